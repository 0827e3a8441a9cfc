"""The Party dues page as the office uses it: one click on a month records the payment and a second
undoes it, Space does the same from the keyboard, a list of members is marked paid at once, a member's
base is set with the bracket's rate shown while typing, the unpaid list runs to last month, the register
is exported and reopened, and the rules are changed in their dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n, office
from partyplan.db.models import Direction, DuesCategory, OrgKind, Role
from partyplan.dues import rules, service
from partyplan.dues.service import BaseData
from partyplan.members import transfers
from partyplan.members.transfers import TransferData
from partyplan.organisations import service as orgs
from partyplan.organisations.service import OrgData
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.dues.models import FIRST_MONTH
from partyplan.ui.dues.page import DuesPage
from partyplan.ui.operations import Operations

D = dt.date
TODAY = D(2026, 11, 23)
S = DuesCategory.SALARIED


@pytest.fixture
def branch(database):  # type: ignore[no-untyped-def]
    """A branch of four members: 王 and 李 with bases and paid to September, 孙 without a base yet, 周
    transferred out in June."""
    with database.session() as s:
        office.set_office_name(s, "柳北桥社区党委")
        branch_id = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部"))
        ids = {name: people.add_person(s, PersonData(name, roles={Role.PARTY_MEMBER}, joined_date=D(2001, 7, 1)),
                                       TODAY) for name in ("王工程师", "李退休", "孙无基数", "周调出")}
        orgs.assign(s, list(ids.values()), branch_id)
        service.set_base(s, ids["王工程师"], 2026, BaseData(S, 850000))  # 1.5 %: 127.50
        service.set_base(s, ids["李退休"], 2026, BaseData(DuesCategory.RETIRED, 420000))  # 0.5 %: 21.00
        service.set_base(s, ids["周调出"], 2026, BaseData(S, 400000))
        for month in range(1, 10):
            for name in ("王工程师", "李退休"):
                service.record_payment(s, ids[name], 2026, month, D(2026, month, 5), today=TODAY)
        transfers.record_transfer(s, ids["周调出"], TransferData(Direction.OUT, D(2026, 6, 15), "柳组转〔2026〕8号",
                                                                "中共城中街道第三社区支部委员会"), TODAY)
    return ids


@pytest.fixture
def page(qtbot, database, branch, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    page = DuesPage(Operations(database))
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.set_year(2026)
    page.resize(1000, 600)
    page.show()
    return page


def paid(database, person_id: int) -> dict[int, int]:
    with database.session() as s:
        return next((line.paid for line in service.year_lines(s, 2026) if line.person_id == person_id), {})


def cell(page, person_id: int, month: int):  # type: ignore[no-untyped-def]
    table = page.tables["grid"]
    return table.model().mapFromSource(page.grid.index(page.grid.row_of(person_id), FIRST_MONTH + month - 1))


def click(page, person_id: int, month: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    table = page.tables["grid"]
    index = cell(page, person_id, month)
    table.scrollTo(index)
    rect = table.visualRect(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, QPoint(rect.center()))


def column(model, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, n).data() for r in range(model.rowCount())]


def test_one_click_records_a_month_and_a_second_undoes_it(page, database, branch):
    wang = branch["王工程师"]
    assert cell(page, wang, 10).data() == "" and 10 not in paid(database, wang)
    click(page, wang, 10)
    assert paid(database, wang)[10] == 12750, "paid at the month's amount"
    assert cell(page, wang, 10).data() == "✓"
    assert page.status.text() == "王工程师: month 10 paid, 127.50 yuan."
    click(page, wang, 10)
    assert 10 not in paid(database, wang) and cell(page, wang, 10).data() == ""


def test_space_pays_the_cell_the_keyboard_is_on(page, database, branch):
    li = branch["李退休"]
    table = page.tables["grid"]
    table.setFocus()
    table.setCurrentIndex(cell(page, li, 11))
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert paid(database, li)[11] == 2100
    assert table.currentIndex().column() == FIRST_MONTH + 10, "the keyboard stays on the cell"
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert 11 not in paid(database, li)


def test_a_month_not_owed_or_without_a_base_is_refused_with_the_reason(page, database, branch, prompt_log):
    zhou, sun = branch["周调出"], branch["孙无基数"]
    assert cell(page, zhou, 8).data() == "—"
    click(page, zhou, 8)
    assert paid(database, zhou) == {} and "owes no dues for month 8" in page.status.text()
    click(page, sun, 3)
    assert prompt_log.errors == ["Month 3: No dues are set for this member for that month; set the base first."]
    assert paid(database, sun) == {}


def test_ctrl_click_chooses_members_and_mark_paid_pays_them_for_the_month(page, database, branch):
    wang, li, sun = branch["王工程师"], branch["李退休"], branch["孙无基数"]
    click(page, wang, 1)  # paid already: undone by a plain click
    click(page, wang, 1)
    click(page, li, 10, Qt.KeyboardModifier.ControlModifier)
    click(page, sun, 10, Qt.KeyboardModifier.ControlModifier)
    assert sorted(page.selected_members()) == sorted([wang, li, sun])
    assert 10 not in paid(database, li), "a click with Ctrl only chooses"
    page.month_combo.setCurrentIndex(page.month_combo.findData(10))
    page.buttons["bulk"].click()
    assert paid(database, wang)[10] == 12750 and paid(database, li)[10] == 2100 and paid(database, sun) == {}
    assert page.status.text() == ("Month 10: 2 marked paid, 0 had paid already, 1 owe nothing that month or "
                                  "have no base.")
    assert sorted(page.selected_members()) == sorted([wang, li, sun]), "the choice stays for the next month"


def test_the_unpaid_list_runs_to_last_month(page, database, branch):
    assert page.titles["unpaid"].text() == "Unpaid through month 10 (4)"
    assert column(page.unpaid, 0)[0] == "孙无基数", "most months in a row first"
    assert column(page.unpaid, 1)[column(page.unpaid, 0).index("周调出")] == "1, 2, 3, 4, 5", "not after the transfer"
    rows = {u.line.name: u for u in page.unpaid.rows}
    assert rows["王工程师"].months == (10,) and column(page.unpaid, 2)[column(page.unpaid, 0).index("王工程师")] == "127.50"
    assert cell(page, branch["王工程师"], 10).data(Qt.ItemDataRole.BackgroundRole) is not None, "owed: shaded"
    assert cell(page, branch["王工程师"], 11).data(Qt.ItemDataRole.BackgroundRole) is None, "this month: not yet"
    click(page, branch["王工程师"], 10)
    assert "王工程师" not in column(page.unpaid, 0) and page.titles["unpaid"].text() == "Unpaid through month 10 (3)"
    page.year_box.setValue(2025)
    assert page.titles["unpaid"].text() == "Unpaid through month 12 (4)"


def test_setting_a_base_shows_the_rate_while_typing_and_refuses_at_the_field(page, database, branch):
    sun = branch["孙无基数"]
    page.select_members([sun])
    dialog = page.buttons["base"].isEnabled() and page.edit_base()
    assert dialog.windowTitle() == "Dues of 孙无基数 in 2026"
    dialog.category.setCurrentIndex(dialog.category.findData(S.value))
    dialog.base.setFocus()
    QTest.keyClick(dialog.base, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.base, "4500")
    assert dialog.result.text() == "Rate 1 %: 45.00 yuan a month"
    QTest.keyClicks(dialog.base, "0")  # 45,000: the top bracket
    assert dialog.result.text() == "Rate 2 %: 900.00 yuan a month"
    dialog.category.setCurrentIndex(dialog.category.findData(DuesCategory.FARMER.value))
    assert dialog.result.text() == "0.20 yuan a month", "a farmer starts at the least the rules allow"
    dialog.category.setCurrentIndex(dialog.category.findData(DuesCategory.REDUCED.value))
    dialog.amount.setValue(0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "approval" in dialog.errors["note"].text() and not dialog.errors["note"].isHidden()
    dialog.note.setText("街道党工委批准免交")
    dialog.from_month.setValue(3)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    with database.session() as s:
        (base,) = service.bases(s, 2026, sun)
    assert (base.category, base.amount_fen, base.from_month, base.note) == (DuesCategory.REDUCED, 0, 3, "街道党工委批准免交")
    assert column(page.grid, 1)[page.grid.row_of(sun)] == "Reduced"


def test_export_register_writes_the_year_and_reopens(page, prompt_log, tmp_path, settle):
    prompt_log.files = [str(tmp_path / "dues-2026")]
    page.buttons["excel"].click()
    settle()
    book = load_workbook(tmp_path / "dues-2026.xlsx")
    sheet = book.active
    names = [sheet.cell(row=r, column=2).value for r in range(3, sheet.max_row)]
    assert sheet.title == "Dues" and "王工程师" in names and "周调出" in names
    row = 3 + names.index("王工程师")
    assert [sheet.cell(row=row, column=6 + m).value for m in (1, 9, 10)] == [127.5, 127.5, None]
    assert page.status.text().startswith("Written to")


def test_rules_dialog_saves_the_office_rates_and_refuses_a_bad_one(page, database):
    dialog = page.edit_rules()
    dialog.farmer_max.setValue(0.8)
    dialog.salaried.rates[0].setValue(0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "between 0.1 and 10 %" in dialog.problem_text()
    dialog.use_published()
    dialog.farmer_max.setValue(0.8)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    with database.session() as s:
        saved = rules.load_rules(s)
    assert saved.farmer_max_fen == 80 and saved.salaried == rules.DEFAULTS.salaried


def test_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.grid)
    qtmodeltester.check(page.unpaid)


def test_overview_card_names_who_owes_and_the_transfers_due(qtbot, database, branch, prompt_log):
    from partyplan.ui.overview.tab import OverviewTab

    tab = OverviewTab(Operations(database))
    qtbot.addWidget(tab)
    tab.today = lambda: TODAY
    tab.reload()
    card = tab.cards["dues"]
    assert card.title.text() == "Dues and transfers"
    lines = card.body.text()
    assert "Dues unpaid through 2026-10: 4 members" in lines
    assert "Six months or more unpaid, talk with them: 孙无基数" in lines, "ten months without a base"
    assert "周调出: Receipt of the letter not returned since 2026-09-15" in lines
    with database.session() as s:
        for person_id in (branch["王工程师"], branch["李退休"]):
            service.record_payment(s, person_id, 2026, 10, TODAY, today=TODAY)
        service.set_base(s, branch["孙无基数"], 2026, BaseData(DuesCategory.REDUCED, amount_fen=0, note="批准免交"))
        service.bulk_paid(s, [branch["孙无基数"]], 2026, 10, TODAY, today=TODAY)
    tab.reload()
    assert "4 members" not in card.body.text() and "Dues unpaid through 2026-10: 2 members" in card.body.text()
