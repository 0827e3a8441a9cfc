"""Small fields the meeting dialogs share: a date, an optional date or time, a person chooser."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QTimeEdit, QWidget

from partyplan.enums import Role
from partyplan.people.service import PersonRow
from partyplan.ui.forms import error_label, line_of, with_error

__all__ = ["OptionalDate", "OptionalTime", "date_edit", "error_label", "fill_people", "line_of", "read_date",
           "set_date", "with_error"]


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumWidth(120)
    set_date(edit, day or dt.date.today())
    return edit


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def read_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class OptionalDate(QWidget):
    """A date that may be left out: a check box switches the date field on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = date_edit()
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> dt.date | None:
        return read_date(self.edit) if self.enabled.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.enabled.setChecked(day is not None)
        if day is not None:
            set_date(self.edit, day)


class OptionalTime(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = QTimeEdit(QTime(14, 30))
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> dt.time | None:
        time = self.edit.time()
        return dt.time(time.hour(), time.minute()) if self.enabled.isChecked() else None

    def set_value(self, value: dt.time | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setTime(QTime(value.hour, value.minute))


def fill_people(combo: QComboBox, people: list[PersonRow], chosen: int | None, none_text: str,
                *, role: Role | None = Role.CADRE) -> None:
    """Everyone active, those holding `role` first (cadres chair and record meetings); None on top."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    active = [p for p in people if not p.archived or p.id == chosen]
    first = [p for p in active if role is not None and role in p.roles]
    for person in first + [p for p in active if p not in first]:
        combo.addItem(person.name, person.id)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)
    combo.setMinimumContentsLength(8)
