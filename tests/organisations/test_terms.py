"""A branch committee's term: elected by a valid election (more than four fifths present), three or five
years, the next election due six months before the end, a postponement of at most a year."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import OrgKind, Presence, Role, VoteKind
from partyplan.meetings import service, types
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.organisations import InvalidOrganisation, overview, terms
from partyplan.organisations import service as orgs
from partyplan.organisations.service import OrgData
from partyplan.organisations.terms import TermData
from partyplan.people import service as people
from partyplan.people.validation import PersonData

D = dt.date
TODAY = D(2026, 11, 23)


@pytest.fixture
def branch(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        types.seed_default_types(s)
        branch_id = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部"))
        members = [people.add_person(s, PersonData(f"党员{n}", roles={Role.PARTY_MEMBER}, joined_date=D(2005, 7, 1)),
                                     TODAY) for n in range(10)]
        orgs.assign(s, members, branch_id)
        election = next(t.id for t in types.list_types(s) if t.key == "election")
    return database, branch_id, members, election


def elect(s, kind: int, branch_id: int, members: list[int], day: dt.date, present: int) -> int:  # type: ignore[no-untyped-def]
    meeting = service.create_meeting(s, MeetingData(kind, day), organisation_id=branch_id)
    attendees = tuple(AttendeeData(p, Presence.PRESENT if n < present else Presence.ABSENT)
                      for n, p in enumerate(members))
    service.record_meeting(s, meeting, RecordData(day, attendees=attendees, resolutions=(
        ResolutionData("选举支部委员会", voted=True, votes_for=present, kind=VoteKind.ELECTION),)), today=TODAY)
    return meeting


def test_a_term_needs_a_valid_election(branch):
    database, branch_id, members, election = branch
    with database.session() as s:
        thin = elect(s, election, branch_id, members, D(2023, 12, 5), 8)
        for data, code in ((TermData(D(2023, 12, 5), 3), "election_missing"),
                           (TermData(D(2023, 12, 5), 3, thin), "election_failed"),
                           (TermData(D(2023, 12, 6), 3, thin), "election_day"),
                           (TermData(D(2023, 12, 5), 4, thin), "term_years")):
            with pytest.raises(InvalidOrganisation) as caught:
                terms.record_term(s, branch_id, data, TODAY)
            assert caught.value.code == code
        valid = elect(s, election, branch_id, members, D(2023, 12, 12), 9)
        terms.record_term(s, branch_id, TermData(D(2023, 12, 12), 3, valid), TODAY)
        (term,) = terms.list_terms(s, branch_id)
    assert (term.ends_on, term.election_due) == (D(2026, 12, 12), D(2026, 6, 12))


def test_the_next_election_is_due_six_months_before_the_end(branch):
    database, branch_id, members, election = branch
    with database.session() as s:
        meeting = elect(s, election, branch_id, members, D(2023, 12, 12), 10)
        term = terms.record_term(s, branch_id, TermData(D(2023, 12, 12), 3, meeting), TODAY)
        assert terms.terms_due(s, D(2026, 6, 11)) == []
        (due,) = terms.terms_due(s, TODAY)
        assert (due.kind, due.ends_on, due.overdue) == ("election_due", D(2026, 12, 12), False)
        assert overview.branch_figures(s, TODAY)[0].election == "election_due"
        (expired,) = terms.terms_due(s, D(2026, 12, 13))
        assert (expired.kind, expired.overdue) == ("expired", True)
        with pytest.raises(InvalidOrganisation) as caught:
            terms.postpone(s, term, D(2028, 1, 10), "街道党工委批复")
        assert caught.value.code == "postpone_range"
        terms.postpone(s, term, D(2027, 6, 30), "街道党工委批复同意延期换届")
        assert terms.terms_due(s, D(2027, 1, 5))[0].kind == "election_due", "postponed: not overdue yet"
        assert terms.terms_due(s, D(2027, 7, 1))[0].kind == "expired"
        with pytest.raises(InvalidOrganisation) as caught:
            terms.record_term(s, branch_id, TermData(D(2023, 12, 12), 5, meeting), TODAY)
        assert caught.value.code == "before_current"
