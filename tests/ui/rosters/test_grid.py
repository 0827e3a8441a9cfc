"""The roster month page as the office uses it: generate, read the fairness, edit, publish, version."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from partyplan import i18n
from partyplan.db.models import Role, RosterStatus
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.rosters import setup
from partyplan.ui.operations import Operations
from partyplan.ui.rosters.grid import RosterGridPage


@pytest.fixture
def cadres(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        ids = [people.add_person(s, PersonData(name=f"干部{n:02d}", roles={Role.CADRE})) for n in range(8)]
        setup.seed_default_shifts(s)
        for pid in ids[:3]:
            setup.save_member(s, pid, setup.MemberData(tags=frozenset({"leader"})))
    return ids


@pytest.fixture
def page(qtbot, database, cadres, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    widget = RosterGridPage(Operations(database))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.set_month(2026, 11)
    return widget


def generate(qtbot, page) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.sig_generation_finished, timeout=60000) as blocker:
        page.buttons["generate"].click()
    return blocker.args[0]


def cell_text(page, day: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return page.model.index(day - 1, column).data()


def test_generate_fills_the_month_and_shows_fairness(qtbot, page, cadres):
    assert "no roster yet" in page.status.text()
    assert generate(qtbot, page) == "done"
    assert "version 1: draft" in page.status.text()
    assert len(cell_text(page, 2, 1).split(", ")) == 2  # Monday 2 Nov: weekday evening, two people
    assert cell_text(page, 1, 1) == "" and len(cell_text(page, 1, 2).split(", ")) == 2  # Sunday: rest-day duty
    assert page.fairness.rowCount() == len(cadres) and page.fairness.spread() <= 1
    assert "differ by at most" in page.last_message
    assert page.buttons["publish"].isEnabled() and not page.banner.isVisible()


def test_unconfirmed_month_warns_before_generating(qtbot, page, prompt_log):
    page.set_month(2027, 1)
    assert page.banner.isVisible() and "2027" in page.banner.text()
    prompt_log.confirm_answer = False
    page.buttons["generate"].click()
    assert page.view.id is None, "declined: nothing generated"
    prompt_log.confirm_answer = True
    assert generate(qtbot, page) == "done" and page.view.id is not None


def test_impossible_month_is_explained_in_plain_words(qtbot, page, database, cadres, prompt_log):
    with database.session() as s:
        for pid in cadres:
            setup.add_absence(s, pid, dt.date(2026, 11, 12), dt.date(2026, 11, 12), "区里培训")
    assert generate(qtbot, page) == "failed"
    message = prompt_log.errors[-1]
    assert "11/12" in message and "needs 2, only 0 available" in message and "干部00 on leave" in message
    assert page.view.id is None


def test_cancel_keeps_nothing(qtbot, page):
    with qtbot.waitSignal(page.sig_generation_finished, timeout=60000) as blocker:
        page.buttons["generate"].click()
        page.cancel_generation()
    assert blocker.args[0] == "cancelled" and page.view.id is None
    assert "cancelled" in page.last_message


def test_edit_a_duty_by_hand_with_conflict_warning_and_undo(qtbot, page, database, cadres, prompt_log):
    with database.session() as s:
        setup.add_absence(s, cadres[7], dt.date(2026, 11, 3), dt.date(2026, 11, 3), "病假")
    generate(qtbot, page)
    before = cell_text(page, 3, 1)
    tip = page.model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Double-click to choose who is on duty; right-click to lock, swap or clear it." in tip, \
        "pointing at a duty says how to change it by hand"
    dialog = page.edit_cell(dt.date(2026, 11, 3), page.view.shifts[0].id)
    for pid in cadres:
        dialog.set_checked(pid, pid in (cadres[6], cadres[7]))
    dialog.accept()
    assert cell_text(page, 3, 1) == "干部06, 干部07"
    assert page.model.index(2, 1).data(Qt.ItemDataRole.FontRole).bold(), "hand-made duties are locked"
    assert prompt_log.warnings and "干部07" in prompt_log.warnings[-1] and "leave" in prompt_log.warnings[-1]
    page.buttons["undo"].click()
    assert cell_text(page, 3, 1) == before


def test_publish_then_change_in_a_new_version(qtbot, page, cadres, prompt_log):
    generate(qtbot, page)
    page.buttons["publish"].click()
    assert page.view.status is RosterStatus.PUBLISHED and "published" in page.status.text()
    assert page.edit_cell(dt.date(2026, 11, 4), page.view.shifts[0].id) is None
    assert "New version" in prompt_log.infos[-1]
    page.buttons["new_version"].click()
    assert page.view.version == 2 and page.view.status is RosterStatus.DRAFT
    page.clear_cell(dt.date(2026, 11, 4), page.view.shifts[0].id)
    page.buttons["publish"].click()
    assert page.view.version == 2 and page.changes.count() == 1 and "2026-11-04" in page.changes.item(0).text()
    page.version_combo.setCurrentIndex(0)
    page.version_combo.activated.emit(0)
    assert page.view.version == 1 and page.view.status is RosterStatus.SUPERSEDED


def test_excel_export_and_print_rendering(qtbot, page, prompt_log, tmp_path, settle):
    from openpyxl import load_workbook
    from PySide6.QtPrintSupport import QPrinter

    from partyplan.ui import printing

    generate(qtbot, page)
    prompt_log.files = [str(tmp_path / "roster")]
    page.export_excel()
    settle()
    sheet = load_workbook(tmp_path / "roster.xlsx").active
    assert "2026" in str(sheet["A1"].value)
    job = page.print_job()
    assert job is not None and job.one_page and not job.landscape  # three shifts: portrait, as the sheet
    printer = printing.make_printer(job)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "roster.pdf"))
    scale = printing.render(job, printer)
    pdf = (tmp_path / "roster.pdf").read_bytes()
    assert len(pdf) > 1000 and 0.8 <= scale <= 1.0
    assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") == 1, "the posted roster is one page"


def test_swap_two_duties_and_undo(qtbot, page, cadres):
    generate(qtbot, page)
    shift = page.view.shifts[0].id
    first = page.view.cells[(dt.date(2026, 11, 3), shift)]
    second = next(people for (day, s), people in sorted(page.view.cells.items())
                  if s == shift and day > dt.date(2026, 11, 5)
                  and not {p.person_id for p in people} & {p.person_id for p in first})
    target_day = next(day for (day, s), people in page.view.cells.items() if people == second and s == shift)
    dialog = page.swap_cell(dt.date(2026, 11, 3), shift)
    dialog.person.setCurrentIndex(0)
    dialog.choose_target(target_day, shift, second[0].person_id)
    dialog.accept()
    moved_out, moved_in = first[0].name, second[0].name
    assert moved_in in cell_text(page, 3, 1) and moved_out not in cell_text(page, 3, 1)
    assert moved_out in cell_text(page, target_day.day, 1)
    page.buttons["undo"].click()
    assert moved_out in cell_text(page, 3, 1) and moved_in in cell_text(page, target_day.day, 1)
