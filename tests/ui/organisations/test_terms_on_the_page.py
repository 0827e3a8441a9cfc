"""A branch committee's terms on the Branches page: record one from the meeting whose election passed
(three or five years), see when the next election is due (six months before the end), put it off with
the higher committee's approval; refusals shown at their fields, on real dates."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import OrgKind, Presence, Role, VoteKind
from partyplan.meetings import service, types
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.organisations import service as orgs
from partyplan.organisations import terms
from partyplan.organisations.service import OrgData
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.operations import Operations
from partyplan.ui.organisations.page import BranchesPage

D = dt.date
TODAY = D(2026, 11, 23)


def elect(s, kind: int, branch: int, members: list[int], day: dt.date, present: int) -> int:  # type: ignore[no-untyped-def]
    meeting = service.create_meeting(s, MeetingData(kind, day, title="支部换届选举大会"), organisation_id=branch)
    attendees = tuple(AttendeeData(p, Presence.PRESENT if n < present else Presence.ABSENT)
                      for n, p in enumerate(members))
    service.record_meeting(s, meeting, RecordData(day, attendees=attendees, resolutions=(
        ResolutionData("选举支部委员会", voted=True, votes_for=present, kind=VoteKind.ELECTION),)), today=TODAY)
    return meeting


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """第一党支部 of ten full members: an election on 2023-12-05 with eight present (not over four fifths),
    a valid one on 2023-12-12 with nine; and its party group."""
    with database.session() as s:
        types.seed_default_types(s)
        branch = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部"))
        group = orgs.create_org(s, OrgData(OrgKind.GROUP, "桥东党小组", branch))
        members = [people.add_person(s, PersonData(f"党员{n}", roles={Role.PARTY_MEMBER}, joined_date=D(2005, 7, 1)),
                                     TODAY) for n in range(10)]
        orgs.assign(s, members, branch)
        kind = next(t.id for t in types.list_types(s) if t.key == "election")
        thin = elect(s, kind, branch, members, D(2023, 12, 5), 8)
        valid = elect(s, kind, branch, members, D(2023, 12, 12), 9)
    return {"branch": branch, "group": group, "thin": thin, "valid": valid}


@pytest.fixture
def page(qtbot, database, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    page = BranchesPage(Operations(database))
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.resize(1000, 600)
    page.show()
    page.select(office["branch"])
    return page


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_record_a_term_from_the_election_that_passed(page, office, database):
    assert page.term_status.text().startswith("No term recorded")
    dialog = page.record_term()
    assert dialog.meeting.currentData() == office["valid"], "the latest election meeting first"
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(office["thin"]))
    assert "(the election did not pass)" in dialog.meeting.currentText()
    assert dialog.elected_on.date() == QDate(2023, 12, 5), "a term starts the day of its election"
    ok(dialog)
    assert dialog.isVisible() and "more than four fifths must be present" in dialog.errors["meeting"].text()
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(office["valid"]))
    dialog.elected_on.setDate(QDate(2023, 12, 13))
    ok(dialog)
    assert dialog.isVisible() and "the day the election meeting was held" in dialog.errors["meeting"].text()
    dialog.elected_on.setDate(QDate(2023, 12, 12))
    dialog.years.setCurrentIndex(dialog.years.findData(3))
    dialog.note.setText("选出委员5名")
    ok(dialog)
    assert not dialog.isVisible()
    with database.session() as s:
        (term,) = terms.list_terms(s, office["branch"])
    assert (term.elected_on, term.years, term.meeting_id, term.note) == (D(2023, 12, 12), 3, office["valid"], "选出委员5名")
    model = page.terms_model
    assert [model.index(0, c).data() for c in range(4)] == ["2023-12-12", "3", "2026-12-12", "2026-06-12"]
    assert page.term_status.text() == ("The term ends on 2026-12-12: prepare the election now (the reminder comes "
                                       "6 months before).")


def test_postpone_the_election_with_the_approval(page, office, database):
    with database.session() as s:
        terms.record_term(s, office["branch"], terms.TermData(D(2023, 12, 12), 3, office["valid"]), TODAY)
    page.reload()
    dialog = page.postpone_term()
    assert dialog.until.date() == QDate(2027, 6, 12), "six months after the end, to start from"
    dialog.until.setDate(QDate(2028, 1, 10))
    ok(dialog)
    assert dialog.isVisible() and "at most a year" in dialog.errors["extended_until"].text()
    dialog.until.setDate(QDate(2027, 3, 31))
    ok(dialog)
    assert dialog.isVisible() and dialog.errors["note"].text() == "This field is required."
    dialog.note.setText("街道党工委 2026-11-20 批复")
    ok(dialog)
    assert not dialog.isVisible()
    with database.session() as s:
        (term,) = terms.list_terms(s, office["branch"])
    assert (term.extended_until, term.note) == (D(2027, 3, 31), "街道党工委 2026-11-20 批复")
    assert page.term_status.text() == ("The term ended on 2026-12-12; the election is postponed to 2027-03-31 "
                                       "(街道党工委 2026-11-20 批复).")
    page.today = lambda: D(2027, 4, 1)
    page.reload()
    assert page.term_status.text().startswith("The term ended on 2027-03-31 without a new election")


def test_a_party_group_has_no_committee_terms(page, office):
    page.select(office["group"])
    assert not page.terms_box.isVisible() and page.record_term() is None
