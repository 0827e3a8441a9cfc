"""The on-duty record book page as the duty cadre and the inspecting leader use it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import FollowUp, Role, ShiftType
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.rosters.duty_log import EntryData
from partyplan.ui.operations import Operations
from partyplan.ui.rosters.duty_log_model import COLUMNS, OPEN_FILL, OVERDUE
from partyplan.ui.rosters.duty_log_page import DutyLogPage

D = dt.date
TODAY = D(2026, 11, 22)


@pytest.fixture
def staff(database):  # type: ignore[no-untyped-def]
    """Two cadres (so: duty members), a party secretary who inspects, and the workday evening shift."""
    with database.session() as s:
        ids = {key: people.add_person(s, PersonData(name=name, roles=roles)) for key, name, roles in (
            ("zhang", "张伟", {Role.CADRE}), ("li", "李娜", {Role.CADRE}), ("wang", "王书记", set()))}
        shift = ShiftType(name="工作日晚班", start_time=dt.time(17, 30), end_time=dt.time(20, 30),
                          day_kinds="workday")
        s.add(shift)
        s.flush()
        return {**ids, "shift": shift.id}


@pytest.fixture
def page(qtbot, database, staff, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    page = DutyLogPage(Operations(database))
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.set_month(2026, 11)
    page.resize(1280, 720)
    page.show()
    return page


def add(page, day: dt.date, matter: str, **fields) -> int:  # type: ignore[no-untyped-def]
    return page.rosters.log_write("add_entry", EntryData(day=day, matter=matter, **fields))


def column(page, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.index(r, COLUMNS.index(name)).data() for r in range(page.model.rowCount())]


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def write(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type Chinese as an input method would: QTest's key clicks cannot send CJK characters."""
    widget.setFocus()
    widget.insert(text) if hasattr(widget, "insert") else widget.insertPlainText(text)


def press_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def select_rows(page, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.clearSelection()
    for row in rows:
        page.table.selectionModel().select(page.model.index(row, 0), flags)


def test_add_entry_through_dialog_shows_row_and_summary(qtbot, page):
    assert "no entries yet" in page.summary.text()
    click(qtbot, page.buttons["new"])
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.day.date() == QDate(2026, 11, 22), "today, as it lies in the month shown"
    dialog.day.setDate(QDate(2026, 11, 18))
    dialog.has_time.setChecked(True)
    dialog.time.setTime(QTime(18, 40))
    choose(dialog.shift, "工作日晚班")
    choose(dialog.handled_by, "张伟")
    write(dialog.edits["resident_name"], "赵大妈")
    qtbot.keyClicks(dialog.edits["contact"], "138 0013 8000")
    write(dialog.texts["matter"], "投诉楼上噪音")
    choose(dialog.category, "Complaint")
    choose(dialog.follow_up, "Open")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert column(page, "day") == ["2026-11-18"]
    assert column(page, "time") == ["18:40"]
    assert column(page, "handled_by") == ["张伟"]
    assert column(page, "matter") == ["投诉楼上噪音"]
    assert column(page, "category") == ["Complaint"]
    assert column(page, "follow_up") == ["Open, due 2026-11-25"], "a week from the day unless changed"
    assert page.selected_ids() == [page.model.rows[0].id]
    assert "entries: 1 · resolved: 0% · follow-ups open: 1" in page.summary.text()
    assert page.categories.text() == "Complaint 1"


def test_empty_matter_is_refused_at_its_field_and_nothing_is_saved(qtbot, page):
    dialog = page.new_entry()
    write(dialog.edits["resident_name"], "钱师傅")
    qtbot.keyClicks(dialog.texts["matter"], "   ")
    press_ok(qtbot, dialog)
    assert dialog.isVisible(), "the dialog stays open"
    assert dialog.errors["matter"].isVisible()
    assert "what the resident came about" in dialog.errors["matter"].text()
    assert dialog.edits["resident_name"].text() == "钱师傅", "nothing typed is lost"
    assert page.rosters.log("list_entries", 2026, 11) == []
    assert page.model.rowCount() == 0
    write(dialog.texts["matter"], "开具居住证明")
    assert not dialog.errors["matter"].isVisible(), "the hint goes once the user writes"
    press_ok(qtbot, dialog)
    assert column(page, "resident") == ["钱师傅"]


def test_phone_hint_appears_while_typing(qtbot, page):
    dialog = page.new_entry()
    qtbot.keyClicks(dialog.edits["contact"], "1380")
    assert dialog.errors["contact"].isVisible() and "5 to 15 digits" in dialog.errors["contact"].text()
    qtbot.keyClicks(dialog.edits["contact"], "0138000")
    assert not dialog.errors["contact"].isVisible()
    dialog.edits["contact"].setText("微信 zhang_san")
    assert not dialog.errors["contact"].isVisible(), "words are a contact too"


def test_future_day_is_refused_at_the_date(qtbot, page):
    dialog = page.new_entry()
    dialog.day.setDate(QDate.currentDate().addDays(3))
    write(dialog.texts["matter"], "咨询")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "future" in dialog.errors["day"].text()


def test_open_follow_up_listed_for_all_months_red_when_overdue_until_closed(qtbot, page, prompt_log):
    october = add(page, D(2026, 10, 8), "困难家庭申请临时救助", category="assistance", follow_up=FollowUp.OPEN,
                  follow_up_due=D(2026, 10, 20))
    later = add(page, D(2026, 11, 3), "楼道灯不亮", category="repair", follow_up=FollowUp.OPEN,
                follow_up_due=D(2026, 12, 1))
    add(page, D(2026, 11, 4), "咨询医保")
    late = add(page, D(2026, 11, 5), "井盖松动", follow_up=FollowUp.OPEN, follow_up_due=D(2026, 11, 14))
    items = [page.follow_ups.item(n) for n in range(page.follow_ups.count())]
    assert [item.data(Qt.ItemDataRole.UserRole + 1) for item in items] == [october, late, later]
    assert items[0].foreground().color() == OVERDUE and "Overdue since 2026-10-20" in items[0].text()
    assert items[2].foreground().color() != OVERDUE and "Open, due 2026-12-01" in items[2].text()
    cells = [page.model.index(row, COLUMNS.index("follow_up")) for row in range(3)]  # Nov 3, 4, 5
    assert [cell.data(Qt.ItemDataRole.BackgroundRole) is not None for cell in cells] == [True, False, True]
    assert cells[0].data(Qt.ItemDataRole.BackgroundRole).color() == OPEN_FILL
    assert cells[2].data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert cells[0].data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Open follow-ups (all months): 3" == page.follow_up_title.text()

    page.follow_ups.setCurrentRow(0)  # October's: not in the month shown, but still closable
    assert page.buttons["close"].isEnabled()
    click(qtbot, page.buttons["close"])
    dialog = page.dialog
    dialog.closed_on.setDate(QDate(2026, 10, 1))
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "before the day" in dialog.errors["closed_on"].text()
    dialog.closed_on.setDate(QDate(2026, 11, 21))
    write(dialog.result, "已发放救助金")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert [page.follow_ups.item(n).data(Qt.ItemDataRole.UserRole + 1) for n in range(page.follow_ups.count())] \
        == [late, later]
    closed = page.rosters.log("get_entry", october)
    assert (closed.follow_up, closed.closed_on, closed.result) == (FollowUp.CLOSED, D(2026, 11, 21), "已发放救助金")


def test_double_click_in_follow_up_list_opens_that_entry(qtbot, page):
    entry = add(page, D(2026, 9, 30), "邻里漏水纠纷", follow_up=FollowUp.OPEN)
    item = page.follow_ups.item(0)
    page.follow_ups.itemDoubleClicked.emit(item)
    assert page.dialog.isVisible() and page.dialog.texts["matter"].toPlainText() == "邻里漏水纠纷"
    page.dialog.texts["result"].setPlainText("已协调")
    press_ok(qtbot, page.dialog)
    assert page.rosters.log("get_entry", entry).result == "已协调"


def test_mark_two_entries_inspected(qtbot, page, staff):
    for day in (3, 4, 5):
        add(page, D(2026, 11, day), f"咨询 {day}")
    select_rows(page, [0, 2])
    click(qtbot, page.buttons["inspect"])
    dialog = page.dialog
    assert dialog.count.text() == "2 chosen"
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.errors["inspected_by_id"].isVisible(), "who inspected is required"
    assert dialog.errors["inspected_by_id"].text() == "Choose who inspected the book."
    choose(dialog.inspector, "王书记")
    write(dialog.comment, "记录完整")
    dialog.on.setDate(QDate(2026, 11, 20))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert column(page, "inspected") == ["王书记 11-20", "", "王书记 11-20"]
    assert "记录完整" in page.model.index(0, COLUMNS.index("inspected")).data(Qt.ItemDataRole.ToolTipRole)
    assert "inspected: 2" in page.summary.text()


def test_filters_search_category_and_open_only(qtbot, page):
    add(page, D(2026, 11, 2), "投诉楼上噪音", category="complaint", follow_up=FollowUp.OPEN)
    add(page, D(2026, 11, 3), "楼道灯不亮", category="repair")
    add(page, D(2026, 11, 4), "投诉广场舞噪音", category="complaint", resident_name="孙阿姨")
    write(page.search, "噪音")
    assert column(page, "matter") == ["投诉楼上噪音", "投诉广场舞噪音"]
    assert "(showing 2)" in page.summary.text() and "entries: 3" in page.summary.text()
    page.search.clear()
    write(page.search, "孙阿姨")
    assert column(page, "matter") == ["投诉广场舞噪音"]
    page.search.clear()
    choose(page.category_filter, "Repair")
    assert column(page, "matter") == ["楼道灯不亮"]
    choose(page.category_filter, "All categories")
    click(qtbot, page.open_only)
    assert column(page, "matter") == ["投诉楼上噪音"]
    click(qtbot, page.open_only)
    assert page.model.rowCount() == 3


def test_delete_asks_first(qtbot, page, prompt_log):
    add(page, D(2026, 11, 2), "咨询社保卡补办")
    select_rows(page, [0])
    prompt_log.confirm_answer = False
    click(qtbot, page.buttons["delete"])
    assert page.model.rowCount() == 1
    prompt_log.confirm_answer = True
    click(qtbot, page.buttons["delete"])
    assert page.model.rowCount() == 0 and page.rosters.log("list_entries", 2026, 11) == []


def test_excel_export_writes_the_month(qtbot, page, prompt_log, tmp_path, settle):
    add(page, D(2026, 11, 2), "投诉楼上噪音", category="complaint", follow_up=FollowUp.OPEN)
    add(page, D(2026, 10, 2), "十月的事")
    prompt_log.files = [str(tmp_path / "book")]
    click(qtbot, page.buttons["excel"])
    settle()
    target = tmp_path / "book.xlsx"
    assert prompt_log.errors == [] and str(target) in prompt_log.infos[0]
    cells = [c for row in load_workbook(target).active.iter_rows(values_only=True) for c in row if c]
    assert "投诉楼上噪音" in cells and "十月的事" not in cells


def test_locked_export_target_names_the_file_and_offers_again(qtbot, page, prompt_log, tmp_path, monkeypatch, settle):
    add(page, D(2026, 11, 2), "咨询医保")
    locked, other = tmp_path / "open-in-excel.xlsx", tmp_path / "copy.xlsx"
    locked.write_bytes(b"the version Excel holds open")
    real_replace = os.replace

    def replace(source, target) -> None:  # type: ignore[no-untyped-def]
        if Path(target) == locked:
            raise PermissionError(13, "in use", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    prompt_log.files = [str(locked), str(other)]
    click(qtbot, page.buttons["excel"])
    settle()
    assert len(prompt_log.errors) == 1 and str(locked) in prompt_log.errors[0]
    assert locked.read_bytes() == b"the version Excel holds open"
    assert prompt_log.files == [], "the file name was asked for again"
    assert other.exists() and str(other) in prompt_log.infos[0]


def test_renaming_a_cadre_in_people_shows_in_the_book(qtbot, page, staff):
    add(page, D(2026, 11, 2), "咨询医保", handled_by_id=staff["zhang"])
    page._ops.update_person(staff["zhang"], PersonData(name="张伟强", roles={Role.CADRE}))
    assert column(page, "handled_by") == ["张伟强"]


def test_duty_log_model_passes_model_tester(qtmodeltester, page):
    add(page, D(2026, 11, 2), "咨询医保", follow_up=FollowUp.OPEN, follow_up_due=D(2026, 11, 5))
    add(page, D(2026, 11, 3), "报修", follow_up=FollowUp.CLOSED)
    qtmodeltester.check(page.model)


def test_entry_saved_outside_the_month_shown_is_not_silently_lost(qtbot, page, prompt_log):
    dialog = page.new_entry()
    dialog.day.setDate(QDate(2026, 10, 30))
    write(dialog.texts["matter"], "十月底的来电")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible() and page.model.rowCount() == 0
    assert len(prompt_log.infos) == 1 and "outside this month" in prompt_log.infos[0]
    assert [row.matter for row in page.rosters.log("list_entries", 2026, 10)] == ["十月底的来电"]


def test_edit_keeps_what_is_stored_and_saves_changes(qtbot, page, staff):
    entry = add(page, D(2026, 11, 6), "咨询医保报销", handled_by_id=staff["li"], shift_type_id=staff["shift"],
                contact="13800138000", category="consultation")
    viewport, spot = page.table.viewport(), page.table.visualRect(page.model.index(0, 4)).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=spot)  # QTest's double click lacks the first press
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=spot)
    dialog = page.dialog
    assert dialog.windowTitle() == "Edit entry"
    assert (dialog.handled_by.currentText(), dialog.edits["contact"].text()) == ("李娜", "13800138000")
    assert dialog.shift.currentData() == staff["shift"] and not dialog.has_time.isChecked()
    choose(dialog.category, "Assistance")
    press_ok(qtbot, dialog)
    stored = page.rosters.log("get_entry", entry)
    assert (stored.category, stored.handled_by_id, stored.time) == ("assistance", staff["li"], None)
    assert column(page, "category") == ["Assistance"]


def test_language_switch_keeps_the_chosen_filter(qtbot, page):
    add(page, D(2026, 11, 2), "楼道灯不亮", category="repair")
    add(page, D(2026, 11, 3), "咨询医保")
    choose(page.category_filter, "Repair")
    i18n.install("zh_CN")
    i18n.install("en")
    assert page.category_filter.currentData() == "repair"
    assert column(page, "matter") == ["楼道灯不亮"]
    assert page.buttons["new"].text() == "New entry..."


def test_switching_database_reloads(qtbot, page, tmp_path):
    add(page, D(2026, 11, 2), "咨询医保", follow_up=FollowUp.OPEN)
    assert page.model.rowCount() == 1 and page.follow_ups.count() == 1
    page._ops.switch_database(str(tmp_path / "other.sqlite3"))
    assert page.model.rowCount() == 0 and page.follow_ups.count() == 0
    assert "no entries yet" in page.summary.text()


def test_print_the_month_as_filed(page, staff, tmp_path):
    """Every entry of the month, whatever the filters show, on landscape pages as the Excel sheet."""
    from PySide6.QtPrintSupport import QPrinter

    from partyplan.ui import printing
    from tests.journeys import pdf

    add(page, D(2026, 11, 3), "楼道灯不亮", resident_name="王阿姨", handled_by_id=staff["zhang"])
    add(page, D(2026, 11, 5), "咨询医保", follow_up=FollowUp.OPEN)
    page.search.setText("楼道")
    job = page.print_job()
    assert job.landscape and not job.one_page
    assert "楼道灯不亮" in job.html and "咨询医保" in job.html and "王阿姨" in job.html and "张伟" in job.html
    printer = printing.make_printer(job)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "book.pdf"))
    printing.render(job, printer)
    assert len(pdf.page_sizes(tmp_path / "book.pdf")) == 1 and pdf.landscape(tmp_path / "book.pdf")


def test_a_new_entry_names_who_the_published_roster_put_on_duty(qtbot, page, staff, database):
    from partyplan.db.models import Roster, RosterAssignment, RosterStatus

    with database.session() as s:
        roster = Roster(year=2026, month=11, version=1, status=RosterStatus.PUBLISHED)
        s.add(roster)
        s.flush()
        for person in ("li", "zhang"):
            s.add(RosterAssignment(roster_id=roster.id, day=D(2026, 11, 18), shift_type_id=staff["shift"],
                                   person_id=staff[person]))
    dialog = page.new_entry()
    assert dialog.shift.currentData() is None and not dialog.roster_note.isVisible()  # the 22nd: nobody
    dialog.day.setDate(QDate(2026, 11, 18))
    assert dialog.shift.currentData() == staff["shift"]
    assert dialog.handled_by.currentData() in (staff["zhang"], staff["li"])
    assert dialog.roster_note.isVisible() and "张伟" in dialog.roster_note.text() and "李娜" in dialog.roster_note.text()
    dialog.handled_by.setFocus()
    qtbot.keyClick(dialog.handled_by, Qt.Key.Key_Up if dialog.handled_by.currentData() == staff["li"] else Qt.Key.Key_Down)
    picked = dialog.handled_by.currentData()
    dialog.day.setDate(QDate(2026, 11, 17))  # a day without duty: the choice made by hand stays
    assert dialog.handled_by.currentData() == picked and not dialog.roster_note.isVisible()
    write(dialog.texts["matter"], "咨询医保")
    press_ok(qtbot, dialog)
    saved = page.rosters.log("list_entries", 2026, 11)[0]
    assert (saved.day, saved.shift_type_id, saved.handled_by_id) == (D(2026, 11, 17), staff["shift"], picked)
