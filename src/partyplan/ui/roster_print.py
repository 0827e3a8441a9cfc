"""Print and print preview of a roster: the same HTML page for the screen preview and the printer.

The office posts one sheet, so the page is scaled down to fit when a long month or many names would
run onto a second page, instead of letting the text document paginate.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)  # a posted page: use the paper
    return printer


def render(html: str, printer: QPrinter) -> float:
    """Paint the page; returns the scale used (1.0 when it fitted as it was)."""
    document = QTextDocument()
    document.setHtml(html)
    page = printer.pageRect(QPrinter.Unit.Point)
    document.setTextWidth(page.width())
    height = document.size().height()
    fit = min(1.0, page.height() / height) if height else 1.0
    points_to_device = printer.resolution() / 72.0
    painter = QPainter(printer)
    try:
        painter.scale(points_to_device * fit, points_to_device * fit)
        document.drawContents(painter)
    finally:
        painter.end()
    return fit


def preview(parent: QWidget, html: str) -> QPrintPreviewDialog:
    dialog = QPrintPreviewDialog(make_printer(), parent)
    dialog.setObjectName("roster_print_preview")
    dialog.paintRequested.connect(lambda printer: render(html, printer))
    dialog.resize(900, 1000)
    dialog.open()
    return dialog
