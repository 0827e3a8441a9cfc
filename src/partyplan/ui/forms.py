"""The pieces every form dialog is made of: a field with its error line under it, a row of small widgets.

A refusal from the services is shown under the field it concerns, in red, and the dialog stays open so
nothing typed is lost. One implementation, so every dialog shows problems the same way.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"


def error_label(name: str) -> QLabel:
    """The hidden red line under field `name` (object name error_<name>, which tests look for)."""
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    """`widget` with `error` right under it, as one form field."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return holder


def show_error(label: QLabel, text: str, min_width: int = 200) -> None:
    """Show `text` in an error line. A wrapped label's height depends on its width, which the form layout
    does not ask for; left alone, a two-line message would be squeezed over the field above it."""
    label.setText(text)
    label.setMinimumHeight(label.heightForWidth(max(label.parentWidget().width(), min_width)))
    label.show()


def line(widgets: list[QWidget], stretch: bool = True) -> QWidget:
    """Several widgets on one form row; packed to the left, or the last one taking the room left."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    else:
        row.setStretch(len(widgets) - 1, 1)
    return holder


def line_of(*widgets: QWidget) -> QWidget:
    return line(list(widgets))


def date_edit(day: dt.date, latest: dt.date | None = None) -> QDateEdit:
    """A date typed or picked from a calendar, shown as 2026-11-22 whatever the locale."""
    edit = QDateEdit(QDate(day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    if latest is not None:
        edit.setMaximumDate(QDate(latest))
    return edit
