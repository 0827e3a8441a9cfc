"""The pieces every form dialog is made of: a field with its error line under it, a row of small widgets.

A refusal from the services is shown under the field it concerns, in red, and the dialog stays open so
nothing typed is lost. One implementation, so every dialog shows problems the same way.
A form is a `GuardedDialog` (ui/unsaved.py): leaving it after typing asks before the typing goes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget,
)

from partyplan.ui import prompts
from partyplan.ui.unsaved import GuardedDialog

ERROR_STYLE = "color: #b00020;"
REFUSED = object()  # what a form's write returns when the service said no


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


class FieldForm(GuardedDialog):
    """A dialog of labelled rows, each with its error line, over OK and Cancel.

    Subclasses add rows with `add_row`, name them in `retranslate`, and turn a service's refusal into
    text for `show_text`; `ROWS` maps a service field shown on another row (an end date under the
    dates) to that row."""

    sig_saved = Signal(int)
    ROWS: dict[str, str] = {}
    ERROR_WIDTH = 200  # the width an error line is laid out for before the dialog has its own

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_row(self, name: str, field: QWidget) -> None:
        self.errors[name] = error_label(name)
        self.labels[name] = QLabel()
        self.form.addRow(self.labels[name], with_error(field, self.errors[name]))

    def set_labels(self, labels: dict[str, str]) -> None:
        for name, text in labels.items():
            if name in self.labels:  # a dialog may leave a row out (ending a membership has no new post)
                self.labels[name].setText(text)

    def show_text(self, field: str, text: str) -> None:
        """`text` under the row of `field`; a field without a row is told in a message box."""
        row = self.ROWS.get(field, field)
        if row not in self.errors:
            prompts.error(self, self.windowTitle(), text)
            return
        show_error(self.errors[row], text, self.ERROR_WIDTH)

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.hide()

    def problem_text(self) -> str:
        """The problems now shown (for tests and screen readers)."""
        return " ".join(label.text() for label in self.errors.values() if not label.isHidden())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError
