"""The Overview's card for the branches: each branch's 三会一课 held so far and its gaps, the committees
whose election is due, the party members in no branch; its Open button goes to People › Branches."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import OrgKind, Presence, Role, VoteKind
from partyplan.meetings import service, types
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.organisations import service as orgs
from partyplan.organisations import terms
from partyplan.organisations.service import OrgData
from partyplan.people import service as people
from partyplan.people.validation import PersonData

D = dt.date
TODAY = D(2026, 11, 23)


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """第一党支部 (eight full members, elected its committee on 2023-12-12 for three years, held its general
    meetings in Q1-Q3) and 第二党支部 (two members, nothing held); 赵六 is in no branch."""
    with database.session() as s:
        types.seed_default_types(s)
        kinds = {t.key: t.id for t in types.list_types(s)}
        first = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部"))
        second = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第二党支部"))

        def member(name: str) -> int:
            return people.add_person(s, PersonData(name, roles={Role.PARTY_MEMBER}, joined_date=D(2005, 7, 1)), TODAY)

        firsts = [member(f"一支{n}") for n in range(8)]
        orgs.assign(s, firsts, first)
        orgs.assign(s, [member("二支甲"), member("二支乙")], second)
        member("赵六")
        election = service.create_meeting(s, MeetingData(kinds["election"], D(2023, 12, 12)), organisation_id=first)
        service.record_meeting(s, election, RecordData(D(2023, 12, 12), attendees=tuple(
            AttendeeData(p, Presence.PRESENT) for p in firsts), resolutions=(
            ResolutionData("选举支部委员会", voted=True, votes_for=8, kind=VoteKind.ELECTION),)), today=TODAY)
        terms.record_term(s, first, terms.TermData(D(2023, 12, 12), 3, election), TODAY)
        for day in (D(2026, 3, 20), D(2026, 6, 19), D(2026, 9, 25)):
            meeting = service.create_meeting(s, MeetingData(kinds["general_meeting"], day), organisation_id=first)
            service.record_meeting(s, meeting, RecordData(day), today=TODAY)
    return {"first": first, "second": second}


def test_the_card_names_each_branchs_gaps_and_the_election_due(window, office):
    overview = window.overview_tab
    overview.today = lambda: TODAY
    window.show_tab("overview")
    overview.reload()
    card = overview.cards["branches"]
    assert card.title.text() == "Branches and terms"
    text = card.body.text()
    assert "第一党支部: 3 of 20, missing 13" in text, "the committee, monthly, missed 10 months to October; the lectures 3 quarters"
    assert "第二党支部: 0 of 8, missing 6" in text, "too small for a committee: general meetings and lectures only"
    assert "第一党支部: prepare the election, the term ends 2026-12-12" in text
    assert "Party members in no branch: 1" in text
    window.set_language("zh_CN")
    assert "第一党支部：准备换届选举，任期于 2026-12-12 届满" in overview.cards["branches"].body.text()
    window.set_language("en")
    card.go.click()
    people = window.people_area
    assert window.tabs.currentWidget() is window.pages["people"]
    assert people.pages.currentWidget() is people._branches and people._branches.built


def test_an_office_without_branches_is_told_where_to_set_them_up(window):
    overview = window.overview_tab
    window.show_tab("overview")
    overview.reload()
    assert overview.cards["branches"].body.text() == "No branches set up: People › Branches."
