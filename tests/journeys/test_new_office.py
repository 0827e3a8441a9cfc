"""Journey 1: a new office on an empty store sets itself up and runs its first months of duty.

Office name, people from the office's sheet, a fourth shift type, next month's roster drawn up, one duty
changed by hand, published, previewed, printed to a PDF and exported to Excel; then this month's roster,
and the record book: an entry whose duty comes from the published roster, its follow-up closed, a
leader's inspection. Each step is checked in the store or in the file written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDateEdit, QLabel, QLineEdit, QListView, QPlainTextEdit, QTableView, QTimeEdit,
)

from partyplan import office
from partyplan.db.models import FollowUp, RosterStatus
from partyplan.people import service as people_service
from partyplan.rosters import duty_log, service as roster_service, setup
from tests.journeys import drive, pdf

OFFICE = "柳北桥社区党委"
CADRES = ["张伟", "王芳", "李娜", "刘强", "陈静", "杨洋", "赵磊", "黄敏"]
LEADERS = ["张伟", "王芳"]
NOON = "工作日午间"
EVENING = "工作日晚班"  # one of the shift types a new store starts with
HEADERS = {"zh_CN": ["姓名", "性别", "出生日期", "手机", "身份"], "en": ["Name", "Gender", "Birth date", "Phone", "Roles"]}
ROLES = {"zh_CN": ("干部", "党员", "志愿者"), "en": ("Cadre", "Party member", "Volunteer")}


def office_sheet(path: Path, language: str) -> Path:
    """The office's own list: eight cadres (on duty by default), a party member and a volunteer."""
    cadre, member, volunteer = ROLES[language]
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS[language])
    for n, name in enumerate(CADRES):
        sheet.append([name, "男" if n % 2 else "女", dt.date(1975 + n, 3, 1 + n), f"1390000{n:04d}", cadre])
    sheet.append(["周杰", "男", dt.date(1960, 5, 4), "13900009998", member])
    sheet.append(["吴敏", "女", dt.date(1990, 8, 8), "13900009999", volunteer])
    book.save(path)
    return path


def month_after(day: dt.date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


def go_to_month(page, year: int, month: int) -> None:  # type: ignore[no-untyped-def]
    """Click the month arrows until the month field shows the wanted month."""
    shown = drive.named(page, QDateEdit, "month")
    for _ in range(24):
        current = (shown.date().year(), shown.date().month())
        if current == (year, month):
            return
        drive.click(drive.named(page, QAbstractButton, "next_month" if current < (year, month) else "previous_month"))
    raise AssertionError(f"could not reach {year}-{month:02d}")


def generate(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Generate, saying yes if the holidays of that year are not confirmed yet (it depends on the date)."""
    with drive.answer(drive.ok, title="Holiday data not confirmed", required=False):
        drive.press(page, "Generate")
    qtbot.waitUntil(lambda: drive.button(page, "Publish...").isEnabled(), timeout=60000)


def publish(page) -> None:  # type: ignore[no-untyped-def]
    with drive.answer(drive.ok, title="Publish"):
        drive.press(page, "Publish...")


def published(store, year: int, month: int):  # type: ignore[no-untyped-def]
    with store.session() as session:
        return roster_service.published_view(session, year, month)


def test_a_new_office_sets_up_and_runs_its_duty(qtbot, window, store, files, language, tmp_path):
    today = dt.date.today()
    drive.assert_fits_laptop(window)

    # -- the office's name, in Settings -------------------------------------------------------------
    drive.action(window, "Office name and language...").trigger()
    settings = drive.wait_dialog(qtbot, title="Settings")
    drive.type_text(drive.field(settings, "Office name", QLineEdit), OFFICE)
    drive.ok(settings)
    with store.session() as session:
        assert office.office_name(session) == OFFICE
    assert OFFICE in window.windowTitle()

    # -- people from the office's sheet ------------------------------------------------------------
    register = drive.visit(window, "People")
    files.pick(office_sheet(tmp_path / ("人员名单.xlsx" if language == "zh_CN" else "people.xlsx"), language))
    drive.press(register, "Import...")
    preview = drive.wait_dialog(qtbot, title="Import people from %1")
    assert drive.matches(drive.button(preview, "Import people (%1)").text(), "Import people (%1)")
    drive.finish(qtbot, preview)
    with store.session() as session:
        assert len(people_service.list_people(session)) == 10
        assert sorted(m.name for m in setup.list_members(session)) == sorted(CADRES)

    # -- a fourth shift type: workday lunchtime, one person ----------------------------------------
    shifts_page = drive.visit(window, "Duty Rosters", "Who serves and shifts")
    drive.press(shifts_page, "Add...")
    shift = drive.wait_dialog(qtbot, title="New shift type")
    drive.type_text(drive.field(shift, "Name *", QLineEdit), NOON)
    start, end = drive.fields(shift, "Hours", QTimeEdit)
    drive.type_text(start, "1200")
    drive.type_text(end, "1330")
    for kind in ("Rest days", "Public holidays"):  # a new shift type starts on no day: tick workdays only
        drive.check(drive.find(shift, QAbstractButton, kind), False)
    drive.check(drive.find(shift, QAbstractButton, "Workdays"))
    drive.type_text(drive.field(shift, "People needed"), "1")
    drive.finish(qtbot, shift)
    assert any(NOON in row for row in drive.rows(drive.named(shifts_page, QTableView, "shifts_table")))
    with store.session() as session:
        noon = next(s for s in setup.list_shift_types(session) if s.name == NOON)
    assert (noon.start, noon.end, noon.needed) == (dt.time(12), dt.time(13, 30), 1)

    # -- Generate too early: rest-day duty needs a leader, and nobody is marked one yet ----------------
    grid_page = drive.visit(window, "Duty Rosters", "Roster")
    told: list[str] = []
    with drive.answer(lambda box: (told.append(drive.message_text(box).strip()), drive.ok(box)), title="Generate"), \
            drive.answer(drive.ok, title="Holiday data not confirmed", required=False):
        drive.press(grid_page, "Generate")
    assert drive.matches(told[0], "The shift “%1” needs %2 person marked “%3” on each duty, and %4 of the people "
                                  "on duty are marked so. On the “Who serves and shifts” page, double-click a "
                                  "person and tick “%3”."), told

    # -- two leaders: rest-day and holiday duty needs one of them ------------------------------------
    shifts_page = drive.visit(window, "Duty Rosters", "Who serves and shifts")
    members = drive.named(shifts_page, QTableView, "members_table")
    for leader in LEADERS:
        drive.select_row(members, leader, double=True)
        settings = drive.wait_dialog(qtbot, title="Duty settings: %1")
        drive.check(drive.find(settings, QAbstractButton, "Leader"))
        drive.ok(settings)
        qtbot.waitUntil(lambda: not settings.isVisible())
    with store.session() as session:
        assert sorted(m.name for m in setup.list_members(session) if "leader" in m.tags) == sorted(LEADERS)

    # -- next month: generate, change a duty by hand, publish ---------------------------------------
    rosters = drive.visit(window, "Duty Rosters")
    year, month = month_after(today)
    go_to_month(rosters, year, month)
    grid_page = drive.visit(window, "Duty Rosters", "Roster")
    generate(qtbot, grid_page)
    grid = drive.named(grid_page, QTableView, "roster_grid")
    headers = [grid.model().headerData(c, Qt.Orientation.Horizontal) for c in range(grid.model().columnCount())]
    evening = next(c for c, h in enumerate(headers) if EVENING in str(h))  # the store's default shift type
    row = next(r for r in range(grid.model().rowCount()) if grid.model().index(r, evening).data())
    before = set(str(grid.model().index(row, evening).data()).replace("、", ",").replace(", ", ",").split(","))
    out_name = sorted(before)[0]
    in_name = next(name for name in CADRES if name not in before)
    drive.select_row(grid, str(grid.model().index(row, evening).data()), evening, double=True)
    cell = drive.wait_dialog(qtbot, title="Duty on %1")
    people = drive.shown(cell, QListView)[0]
    drive.toggle_item(people, out_name)
    drive.toggle_item(people, in_name)
    with drive.answer(drive.ok, title="Duty saved, but check it", required=False):
        drive.ok(cell)
    day = dt.date(year, month, row + 1)
    with store.session() as session:
        draft = roster_service.load_view(session, year, month)
    evening_id = next(s.id for s in draft.shifts if s.name == EVENING)
    assert {p.name for p in draft.cells[(day, evening_id)]} == (before - {out_name}) | {in_name}
    publish(grid_page)
    drive.assert_fits_laptop(window)  # the published month's status line is the longest
    view = published(store, year, month)
    assert view is not None and view.status is RosterStatus.PUBLISHED
    assert in_name in {p.name for p in view.cells[(day, evening_id)]}

    # -- print preview, print to PDF (Ctrl+P), Excel -------------------------------------------------
    drive.press(grid_page, "Print preview...")
    preview_dialog = drive.wait_dialog(qtbot, QPrintPreviewDialog)
    pages = drive.shown(preview_dialog, QPrintPreviewWidget)[0]
    qtbot.waitUntil(lambda: pages.pageCount() == 1)
    previewed = preview_dialog.printer().pageLayout().orientation().name  # checked against Excel's below
    preview_dialog.close()
    printed = tmp_path / "值班表.pdf"

    def print_to_pdf(dialog: QPrintDialog) -> None:
        printers = drive.named(dialog, QComboBox, "printers")  # Qt's own dialog names its fields
        printers.setCurrentIndex(next(i for i in range(printers.count()) if "PDF" in printers.itemText(i)))
        drive.type_text(drive.named(dialog, QLineEdit, "filename"), str(printed))
        drive.ok(dialog)

    with drive.answer(print_to_pdf, kind=QPrintDialog):
        drive.shortcut(window, Qt.Key.Key_P)
    assert len(pdf.page_sizes(printed)) == 1
    sheet_path = tmp_path / "值班表.xlsx"
    files.pick(sheet_path)
    with drive.answer(drive.ok):
        drive.press(grid_page, "Excel...")
        drive.settle(qtbot)
    sheet = load_workbook(sheet_path).active
    assert OFFICE in str(sheet["A1"].value)
    # one page, one rule: the window's print is portrait or landscape as the Excel sheet chose
    assert sheet.page_setup.orientation == ("landscape" if pdf.landscape(printed) else "portrait") == previewed.lower()
    assert any(in_name in str(c.value or "") for c in sheet[3 + day.day])

    # -- this month too, so today's duty is on a published roster --------------------------------
    go_to_month(rosters, today.year, today.month)
    generate(qtbot, grid_page)
    publish(grid_page)
    assert published(store, today.year, today.month) is not None

    # -- the record book: who was on duty comes from the roster ------------------------------------
    book = drive.visit(window, "Duty Rosters", "On-duty record book")
    drive.press(book, "New entry...")
    entry = drive.wait_dialog(qtbot, title="New entry")
    drive.check(drive.find(entry, QAbstractButton, "noted at"))
    drive.type_text(drive.fields(entry, "Time", QTimeEdit)[0], "1840")
    with store.session() as session:
        expected = duty_log.on_duty(session, today, dt.time(18, 40))
        duty = roster_service.published_view(session, today.year, today.month)
    assert expected is not None
    on_shift = {p.name for p in duty.cells[(today, expected.shift_type_id)]}
    assert drive.field(entry, "Shift", QComboBox).currentText().startswith(expected.shift_name)
    assert drive.field(entry, "Handled by", QComboBox).currentText() in on_shift
    note = drive.named(entry, QLabel, "roster_note")
    assert note.isVisible() and all(name in note.text() for name in on_shift)
    drive.type_text(drive.field(entry, "Resident", QLineEdit), "王阿姨")
    drive.type_text(drive.field(entry, "Contact", QLineEdit), "13812345678")
    drive.type_text(drive.field(entry, "Matter *", QPlainTextEdit), "楼道灯不亮，晚上看不清台阶")
    drive.choose(drive.field(entry, "Category", QComboBox), "Repair")
    drive.choose(drive.field(entry, "Follow-up", QComboBox), "Open")
    drive.finish(qtbot, entry)
    with store.session() as session:
        [written] = duty_log.list_entries(session, today.year, today.month)
    assert (written.matter, written.resident_name, written.shift_type_id) == (
        "楼道灯不亮，晚上看不清台阶", "王阿姨", expected.shift_type_id)
    assert written.handled_by_name in on_shift and written.follow_up is FollowUp.OPEN

    # -- the month's book in print preview (File menu): landscape pages, as the Excel book --------------
    drive.action(window, "Print pre&view...").trigger()
    book_preview = drive.wait_dialog(qtbot, QPrintPreviewDialog)
    qtbot.waitUntil(lambda: drive.shown(book_preview, QPrintPreviewWidget)[0].pageCount() >= 1)
    assert book_preview.printer().pageLayout().orientation().name == "Landscape"
    book_preview.close()

    # -- its follow-up closed, then a leader's inspection ------------------------------------------
    table = drive.named(book, QTableView, "duty_log_table")
    drive.select_row(table, "王阿姨", column=next(c for c in range(table.model().columnCount())
                                                 if "王阿姨" in drive.rows(table, c)))
    drive.press(book, "Close follow-up...")
    closing = drive.wait_dialog(qtbot, title="Close follow-up")
    drive.type_text(drive.field(closing, "What came of it", QPlainTextEdit), "物业已更换灯泡")
    drive.finish(qtbot, closing)
    drive.press(book, "Mark inspected...")
    inspection = drive.wait_dialog(qtbot, title="Mark inspected")
    drive.choose(drive.field(inspection, "Inspected by *", QComboBox), "周杰")
    drive.type_text(drive.field(inspection, "Comment", QLineEdit), "记录完整")
    drive.finish(qtbot, inspection)
    with store.session() as session:
        [done] = duty_log.list_entries(session, today.year, today.month)
    assert done.follow_up is FollowUp.CLOSED and "物业已更换灯泡" in done.result
    assert (done.inspected_by_name, done.inspection_comment, done.inspected_on) == ("周杰", "记录完整", today)
