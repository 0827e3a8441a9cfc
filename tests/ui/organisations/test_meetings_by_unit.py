"""Meetings by branch and party group in the window: the meeting dialog's "Held by" (所属组织) is saved
and read back, and the cadence check runs the 三会一课 check for a chosen unit, on real dates, and names
the units with gaps under the whole office's check."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import OrgKind, Role
from partyplan.meetings import service, types
from partyplan.meetings.service import MeetingData, RecordData
from partyplan.organisations import service as orgs
from partyplan.organisations.service import OrgData
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.meetings.tab import MeetingsTab
from partyplan.ui.operations import Operations

D = dt.date
TODAY = D(2026, 7, 15)  # Q1 and Q2 are over; July's group meeting still under way


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """第一党支部 (three full members, so no branch committee) with 桥东党小组; the branch held its general
    meeting and a lecture in Q1 only, the group met January to May."""
    with database.session() as s:
        types.seed_default_types(s)
        kinds = {t.key: t.id for t in types.list_types(s)}
        branch = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部"))
        group = orgs.create_org(s, OrgData(OrgKind.GROUP, "桥东党小组", branch))
        members = [people.add_person(s, PersonData(name=f"党员{n}", roles={Role.PARTY_MEMBER},
                                                   joined_date=D(2010, 7, 1)), TODAY) for n in range(3)]
        orgs.assign(s, members, group)
        for kind, org, days in ((kinds["general_meeting"], branch, [D(2026, 3, 20)]),
                                (kinds["party_lecture"], branch, [D(2026, 2, 26)]),
                                (kinds["party_group"], group, [D(2026, m, 15) for m in range(1, 6)])):
            for day in days:
                meeting = service.create_meeting(s, MeetingData(kind, day), organisation_id=org)
                service.record_meeting(s, meeting, RecordData(day), today=TODAY)
    return {"branch": branch, "group": group, **kinds}


@pytest.fixture
def tab(qtbot, database, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    tab = MeetingsTab(Operations(database))
    qtbot.addWidget(tab)
    tab.set_year(2026, TODAY)
    tab.resize(1000, 600)
    tab.show()
    return tab


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def held_by(database, meeting_id: int) -> int | None:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return orgs.meeting_organisation(s, meeting_id)


def test_the_meeting_dialog_saves_and_shows_the_unit_that_holds_it(tab, office, database):
    dialog = tab.schedule.actions.new_meeting(D(2026, 8, 12), office["party_group"])
    assert dialog.held_by.currentData() is None and dialog.held_by.isVisible()
    assert [dialog.held_by.itemText(n).strip() for n in range(dialog.held_by.count())] == [
        "(the office as a whole)", "第一党支部", "第一党支部 › 桥东党小组"]
    dialog.held_by.setCurrentIndex(dialog.held_by.findData(office["group"]))
    ok(dialog)
    meeting = dialog.saved_id
    assert held_by(database, meeting) == office["group"]
    tab.schedule.select_meeting(meeting)
    dialog = tab.schedule.actions.edit_selected()
    assert dialog.held_by.currentData() == office["group"], "the dialog reads the unit back"
    dialog.held_by.setCurrentIndex(0)
    ok(dialog)
    assert held_by(database, meeting) is None


def test_the_held_by_row_is_hidden_in_an_office_without_branches(qtbot, database, prompt_log):
    i18n.install("en")
    tab = MeetingsTab(Operations(database))
    qtbot.addWidget(tab)
    tab.show()
    dialog = tab.schedule.actions.new_meeting(D(2026, 8, 12))
    assert not dialog.held_by.isVisible()
    assert not tab.check.unit.isVisibleTo(tab.check), "no unit to choose on the check page either"


def test_the_check_runs_sanhui_per_unit_and_names_the_gaps(tab, office):
    check = tab.check
    tab.pages.setCurrentWidget(check)
    assert "第一党支部 (Branch (支部)) missing 2, overdue 0" in check.units_line.text(), \
        "Q2's general meeting and lecture were not held"
    assert "桥东党小组 (Party group (党小组)) missing 1, overdue 0" in check.units_line.text(), "June was not held"
    check.choose_unit(office["branch"])
    assert check.headline.text().startswith("Three meetings and one lesson of 第一党支部, 2026: held so far 2 of 8;"
                                            " missing 2, overdue 0")
    assert "No branch committee (fewer than seven full members)" in check.headline.text()
    problems = [(check.problems_model.index(r, 0).data(), check.problems_model.index(r, 1).data())
                for r in range(check.problems_model.rowCount())]
    assert sorted(problems) == [("Q2 2026", "Branch general meeting"), ("Q2 2026", "Party lecture")]
    assert not check.units_line.isVisibleTo(check), "the gaps line belongs to the whole office's check"
    check.choose_unit(office["group"])
    assert [check.problems_model.index(r, 0).data() for r in range(check.problems_model.rowCount())] == ["2026-06"]
    check.problems.selectRow(0)
    check.open_selected()
    dialog = tab.schedule.actions.dialog
    assert dialog.isVisible() and dialog.held_by.currentData() == office["group"], \
        "the meeting planned for the gap is the group's"
    assert dialog.type.currentData() == office["party_group"] and dialog.planned_on.date().toPython() == D(2026, 6, 30)
