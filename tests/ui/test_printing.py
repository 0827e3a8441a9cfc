"""Printing the posted roster: the preview that used to kill the app, the print dialog to a PDF file, and
a page that keeps a readable scale, the Excel sheet's orientation and its place in the middle of the paper."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from partyplan.rosters import roster_export as rx
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.views import FairnessRow, ShiftTypeRow
from partyplan.ui import printing
from partyplan.ui.print_job import PrintJob
from tests.journeys import drive, pdf
from tests.rosters.test_roster_export import SHIFTS, T, october

NOON = ShiftTypeRow(4, "工作日午间", T(12), T(13, 30), frozenset({DayKind.WORKDAY}), 1)


OFFICE, PHONE = "柳北桥社区党委", "0772-2861234"


def long_month(shifts: list[ShiftTypeRow] = SHIFTS, people: int = 10):  # type: ignore[no-untyped-def]
    view = october(shifts=shifts)
    view.fairness = [FairnessRow(n, f"值班员{n:02d}" if n > 10 else view.fairness[n - 1].name, 4, 1, 1)
                     for n in range(1, people + 1)]
    return view


def roster_job(language: str = "zh_CN", shifts: list[ShiftTypeRow] = SHIFTS, people: int = 10) -> PrintJob:
    view = long_month(shifts, people)
    office, phone = OFFICE, PHONE
    layout = rx.page_layout(view, language=language, office=office, duty_phone=phone)  # the Excel sheet's choice
    return PrintJob("roster", rx.print_html(view, language=language, office=office, duty_phone=phone, layout=layout),
                    layout.landscape, one_page=True)


def to_pdf(job: PrintJob, path: Path) -> float:
    printer = printing.make_printer(job)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printing.render(job, printer)


def test_the_preview_keeps_its_printer_alive(qtbot):
    """Issue 17: the preview was handed a printer Python freed at once, and painting on it crashed the app.
    A crash here kills pytest, which fails the run."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    job = roster_job(shifts=[*SHIFTS, NOON])
    dialog = printing.preview(parent, job)
    gc.collect()  # what freed the printer before
    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    orientation = dialog.printer().pageLayout().orientation()
    assert orientation == (orientation.Landscape if job.landscape else orientation.Portrait)
    assert 0.8 <= dialog.scale <= 1.0
    widget.updatePreview()  # paints again on the same printer
    dialog.close()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("shifts", [SHIFTS, [*SHIFTS, NOON]], ids=["three-shifts", "four-shifts"])
def test_a_long_month_stays_readable_on_one_centred_page(tmp_path, qapp, language, shifts):
    """31 days, 18 people: one A4 page, portrait or landscape as the Excel sheet of the same month is (one
    rule for both), at 80 % or more, with as much paper left of the table as right of it."""
    job = roster_job(language, shifts, people=18)
    sheet = rx.write_xlsx(long_month(shifts, 18), tmp_path / "roster.xlsx", language=language, office=OFFICE,
                          duty_phone=PHONE)
    orientation = load_workbook(sheet).active.page_setup.orientation
    assert job.landscape == (orientation == "landscape")
    scale = to_pdf(job, tmp_path / "roster.pdf")
    assert scale >= 0.8
    assert len(pdf.page_sizes(tmp_path / "roster.pdf")) == 1
    assert pdf.landscape(tmp_path / "roster.pdf") == (orientation == "landscape")
    ink = pdf.ink_columns(tmp_path / "roster.pdf", tmp_path)
    if ink is not None:
        left, right = ink
        assert abs(left - (1 - right)) < 0.02, f"ink from {left:.3f} to {right:.3f} of the width"


def test_the_record_book_runs_onto_pages_with_its_header(tmp_path, qapp):
    rows = "".join(f"<tr><td>{n}</td><td>事项 {n}</td></tr>" for n in range(200))
    job = PrintJob("book", f"<table><thead><tr><th>日期</th><th>事项</th></tr></thead>{rows}</table>", True, False)
    to_pdf(job, tmp_path / "book.pdf")
    sizes = pdf.page_sizes(tmp_path / "book.pdf")
    assert len(sizes) > 1 and pdf.landscape(tmp_path / "book.pdf")


def test_the_print_dialog_prints_to_a_pdf_file(qtbot, tmp_path):
    """The system's print dialog, driven as a person does: the PDF printer, a file name, Print."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    target = tmp_path / "值班表.pdf"

    def fill_in(dialog) -> None:  # type: ignore[no-untyped-def]
        printers = drive.named(dialog, QComboBox, "printers")  # Qt's own dialog names its fields
        pdf_printer = next(i for i in range(printers.count()) if "PDF" in printers.itemText(i))
        printers.setCurrentIndex(pdf_printer)
        name = drive.named(dialog, QLineEdit, "filename")
        assert name.isEnabled(), "no PDF printer chosen"
        drive.type_text(name, str(target))
        drive.ok(dialog)

    job = roster_job(shifts=[*SHIFTS, NOON])
    with drive.answer(fill_in, kind=printing.QPrintDialog):
        assert printing.print_page(parent, job)
    assert len(pdf.page_sizes(target)) == 1 and pdf.landscape(target) == job.landscape
