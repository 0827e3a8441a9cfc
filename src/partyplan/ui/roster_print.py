"""Print and print preview of a roster: the same HTML page for the screen preview and the printer."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)  # a posted page: use the paper
    return printer


def render(html: str, printer: QPrinter) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return document


def preview(parent: QWidget, html: str) -> QPrintPreviewDialog:
    dialog = QPrintPreviewDialog(make_printer(), parent)
    dialog.setObjectName("roster_print_preview")
    dialog.paintRequested.connect(lambda printer: render(html, printer))
    dialog.resize(900, 1000)
    dialog.open()
    return dialog
