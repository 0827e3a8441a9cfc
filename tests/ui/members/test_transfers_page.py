"""The Transfers page as the office uses it: record a letter out and in (a member new here added by name),
set the report and the receipt, delete a letter, see what is due; who is on the roll follows, and a
refusal is told at its field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import Direction, OrgKind, Role
from partyplan.members import transfers
from partyplan.members.transfers import TransferData
from partyplan.organisations import service as orgs
from partyplan.organisations.service import OrgData
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.members.transfers_page import TransfersPage
from partyplan.ui.operations import Operations

D = dt.date
TODAY = D(2026, 11, 23)


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """A branch with two members; 周 left in June 2026 and the receipt is not back."""
    with database.session() as s:
        branch = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部"))
        ids = {name: people.add_person(s, PersonData(name, roles={Role.PARTY_MEMBER}, joined_date=D(2001, 7, 1)),
                                       TODAY) for name in ("王芳", "周调出")}
        orgs.assign(s, list(ids.values()), branch)
        out = transfers.record_transfer(s, ids["周调出"], TransferData(
            Direction.OUT, D(2026, 6, 15), "柳组转〔2026〕8号", "中共城中街道第三社区支部委员会"), TODAY)
    return {**ids, "branch": branch, "out": out}


@pytest.fixture
def page(qtbot, database, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    page = TransfersPage(Operations(database))
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.set_year(2026)
    page.resize(1000, 600)
    page.show()
    return page


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def on_roll(database, person_id: int, day: dt.date) -> bool:
    with database.session() as s:
        return transfers.on_roll(s, person_id, day)


def test_a_letter_whose_receipt_is_due_is_listed_and_shaded(page, office):
    assert page.titles["due"].text() == "Due: receipts and reports awaited (1)"
    assert page.due.index(0, 1).data() == "Receipt of the letter not returned"
    assert page.log.index(0, 2).data() == "柳组转〔2026〕8号"
    assert page.log.index(0, 0).data() == "Out"
    assert page.log.index(0, 1).data(0x8) is not None, "the due letter is shaded"  # BackgroundRole


def test_setting_the_receipt_clears_what_is_due(page, office, database, prompt_log):
    page.select(office["out"])
    assert page.buttons["receipt"].isEnabled() and not page.buttons["arrival"].isEnabled(), "no report of a letter out"
    prompt_log.answers = [D(2026, 11, 20)]
    page.buttons["receipt"].click()
    assert prompt_log.offered == [(TODAY, D(2026, 6, 15), TODAY)], "between the letter's day and today"
    with database.session() as s:
        (row,) = transfers.list_transfers(s, 2026)
    assert row.receipt_on == D(2026, 11, 20)
    assert page.due.rowCount() == 0 and page.log.index(0, 7).data() == "2026-11-20"


def test_recording_a_letter_out_takes_the_member_off_the_roll(page, office, database):
    dialog = page.new_transfer()
    dialog.direction.setCurrentIndex(dialog.direction.findData("out"))
    assert not dialog.labels["organisation_id"].isVisible(), "only a member coming in joins a branch here"
    dialog.person.setCurrentIndex(dialog.person.findData(office["王芳"]))
    ok(dialog)
    assert dialog.isVisible() and dialog.errors["letter_no"].text() == "This field is required."
    dialog.letter_no.setText("柳组转〔2026〕12号")
    dialog.other_org.setText("中共柳南区河西街道党工委")
    dialog.issued_on.setDate(QDate(2026, 10, 8))
    dialog.dates["receipt_on"].setText("2026-10-01")
    ok(dialog)
    assert dialog.isVisible() and dialog.errors["receipt_on"].text() == "This date is before the letter was issued."
    assert dialog.letter_no.text() == "柳组转〔2026〕12号", "nothing typed is lost"
    dialog.dates["receipt_on"].clear()
    ok(dialog)
    assert not dialog.isVisible()
    assert not on_roll(database, office["王芳"], D(2026, 10, 8)) and on_roll(database, office["王芳"], D(2026, 10, 7))
    assert page.log.rowCount() == 2 and page.log.rows[page.log.row_of(page.selected())].name == "王芳"


def test_a_member_transferred_in_is_added_by_name_and_reports_later(page, office, database, prompt_log):
    dialog = page.new_transfer()
    assert dialog.going_in()
    dialog.person.setEditText("刘新来")
    dialog.letter_no.setText("桂组转〔2026〕127号")
    dialog.other_org.setText("中共柳州市鱼峰区委组织部")
    dialog.issued_on.setDate(QDate(2026, 11, 2))
    dialog.unit.setCurrentIndex(dialog.unit.findData(office["branch"]))
    ok(dialog)
    assert not dialog.isVisible(), dialog.problem_text() + str(prompt_log.errors)
    with database.session() as s:
        person = next(p for p in people.list_people(s) if p.name == "刘新来")
    assert Role.PARTY_MEMBER in person.roles and on_roll(database, person.id, D(2026, 11, 2))
    page.select(page.log.rows[-1].id)
    assert page.buttons["arrival"].isEnabled()
    prompt_log.answers = [D(2026, 11, 9)]
    page.buttons["arrival"].click()
    assert page.log.rows[-1].arrived_on == D(2026, 11, 9)
    assert not on_roll(database, person.id, D(2026, 11, 8)), "on the roll from the report"


def test_a_member_going_out_must_be_chosen_from_people(page):
    dialog = page.new_transfer()
    dialog.direction.setCurrentIndex(dialog.direction.findData("out"))
    dialog.person.setEditText("不在名册")
    dialog.letter_no.setText("x")
    dialog.other_org.setText("y")
    ok(dialog)
    assert dialog.isVisible() and dialog.errors["person"].text() == "Choose a member from People."


def test_deleting_a_letter_asks_and_puts_the_member_back_on_the_roll(page, office, database, prompt_log):
    page.select(office["out"])
    prompt_log.confirm_answer = False
    page.buttons["delete"].click()
    assert page.log.rowCount() == 1
    prompt_log.confirm_answer = True
    page.buttons["delete"].click()
    assert page.log.rowCount() == 0 and on_roll(database, office["周调出"], TODAY)


def test_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.log)
    qtmodeltester.check(page.due)


def test_the_register_marks_who_is_off_the_roll(qtbot, page, office, database):
    from partyplan.ui.people.models import COLUMNS
    from partyplan.ui.people.register import PeopleTab

    register = PeopleTab(page.members.ops)
    qtbot.addWidget(register)

    def category(name: str) -> str:
        row = next(n for n, p in enumerate(register.model.rows) if p.name == name)
        return register.model.index(row, COLUMNS.index("party_category")).data()

    assert category("周调出") == "Off the roll" and category("王芳") != "Off the roll"
    page.select(office["out"])
    page.buttons["delete"].click()  # the letter was a mistake: back on the roll, in the register at once
    assert category("周调出") != "Off the roll"
