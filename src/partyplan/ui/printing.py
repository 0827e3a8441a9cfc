"""Printing a page of the window: print preview, the print dialog, and the page painted on the printer.

Qt's print dialogs keep only a pointer to the printer they are given. A printer that Python frees while
its dialog is open leaves the dialog painting on freed memory, which killed the whole app the first
time anyone opened the roster's print preview; here every dialog owns its printer for as long as it
lives.

A posted page (the month's roster) is scaled down to fit one sheet and widened to fill it, so a long
month stays one page and sits centred on the paper; a book (the month's record book) runs onto as many
pages as it needs, its header row repeated on each.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from partyplan.ui.print_job import PrintJob

MARGIN_MM = 12  # a posted page: use the paper


def make_printer(job: PrintJob) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    orientation = QPageLayout.Orientation.Landscape if job.landscape else QPageLayout.Orientation.Portrait
    printer.setPageOrientation(orientation)
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    printer.setDocName(job.title)
    return printer


def render(job: PrintJob, printer: QPrinter) -> float:
    """Paint the job on `printer`; returns the scale of a one-page job (1.0 when it fitted as it was)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)  # 9 pt is 9 pt on paper, whatever the screen's DPI
    document.setHtml(job.html)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    if not job.one_page:
        frame = document.rootFrame().frameFormat()
        frame.setMargin(0)  # the printer's margins are the page's
        document.rootFrame().setFrameFormat(frame)
        document.setPageSize(QSizeF(page.width(), page.height()))
        document.print_(printer)  # paginates, repeating a <thead> on every page
        return 1.0
    return _render_one_page(document, printer, page.width(), page.height())


def _render_one_page(document: QTextDocument, printer: QPrinter, width: float, height: float) -> float:
    """Scaled down until the page fits one sheet, then laid out as wide as the sheet at that scale, so the
    table fills the paper from margin to margin instead of huddling on the left."""
    document.setTextWidth(width)
    tall = document.size().height()
    fit = min(1.0, height / tall) if tall else 1.0
    document.setTextWidth(width / fit)  # wider text never wraps onto more lines: it still fits
    left = max(0.0, (width / fit - document.idealWidth()) / 2)  # what does not fill the width is centred
    painter = QPainter(printer)
    try:
        painter.scale(fit, fit)
        painter.translate(left, 0)
        document.drawContents(painter)
    finally:
        painter.end()
    return fit


class PrintPreview(QPrintPreviewDialog):
    """The print preview, holding the printer it paints on (its Print button prints on the same one)."""

    def __init__(self, job: PrintJob, parent: QWidget | None = None) -> None:
        printer = make_printer(job)
        super().__init__(printer, parent)
        self.page_printer = printer  # lives exactly as long as the dialog
        self.job = job
        self.scale = 1.0
        self.setObjectName("print_preview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a preview per click must not pile up
        self.setWindowTitle(job.title)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        self.scale = render(self.job, printer)


def preview(parent: QWidget, job: PrintJob) -> PrintPreview:
    """Open the preview window-modal and return at once; the dialog deletes itself when closed."""
    dialog = PrintPreview(job, parent)
    screen = parent.screen().availableGeometry() if parent.screen() is not None else None
    if screen is not None:  # tall enough to read a whole page, never taller than a laptop's screen
        dialog.resize(min(900, screen.width() - 40), min(1000, screen.height() - 60))
    dialog.open()
    return dialog


def print_page(parent: QWidget, job: PrintJob) -> bool:
    """The system's print dialog (printer, copies, or a PDF file), then the page; False when cancelled."""
    printer = make_printer(job)
    dialog = QPrintDialog(printer, parent)  # `printer` is a local of this frame: it outlives the dialog
    dialog.setObjectName("print_dialog")
    dialog.setWindowTitle(job.title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render(job, printer)
    return True
