"""Add or edit one shift type: when it runs, on which kinds of day, and who it needs. Problems are shown
under the field they concern, and the dialog stays open until the shift type is acceptable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from partyplan.rosters.calendar import DayKind
from partyplan.rosters.setup import InvalidRoster, ShiftTypeData
from partyplan.rosters.views import ShiftTypeRow
from partyplan.texts import rosters as words
from partyplan.ui.forms import error_label, line_of, with_error
from partyplan.ui.rosters.operations import RosterOperations
from partyplan.ui.unsaved import GuardedDialog

FIELDS = ("name", "end", "day_kinds", "needed", "required_count")


class ShiftTypeDialog(GuardedDialog):
    sig_saved = Signal(int)

    def __init__(self, rosters: RosterOperations, shift: ShiftTypeRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shift_type_dialog")
        self._rosters = rosters
        self._shift = shift
        self.name = QLineEdit()
        self.start = QTimeEdit(QTime(9, 0))
        self.end = QTimeEdit(QTime(17, 0))
        self.kind_boxes = {kind: QCheckBox() for kind in DayKind}
        self.needed = QSpinBox()
        self.required_count = QSpinBox()
        self.required_tag = QComboBox()
        self.errors = {name: error_label(name) for name in FIELDS}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._labels = {name: QLabel() for name in ("name", "hours", "day_kinds", "needed", "requirement")}
        self._to = QLabel()
        self._of = QLabel()
        self._build()
        self.retranslate()
        if shift is not None:
            self._fill(shift)

    # -- public ------------------------------------------------------------------------------
    def data(self) -> ShiftTypeData:
        return ShiftTypeData(
            name=self.name.text(),
            start=_time(self.start.time()),
            end=_time(self.end.time()),
            day_kinds=frozenset(kind for kind, box in self.kind_boxes.items() if box.isChecked()),
            needed=self.needed.value(),
            required_tag=self.tag_value() if self.required_count.value() else "",
            required_count=self.required_count.value(),
        )

    def tag_value(self) -> str:
        """The tag as stored: a translated known tag ("Leader") goes back to its key ("leader")."""
        text = self.required_tag.currentText().strip()
        for known in words.KNOWN_TAGS:
            if text in (known, words.tag_label(known)):
                return known
        return text

    def accept(self) -> None:
        try:
            shift_id = self._rosters.save_shift_type(self.data(), self._shift.id if self._shift else None)
        except InvalidRoster as exc:
            self.show_problem(exc.field, exc.code)
            return
        self.sig_saved.emit(shift_id)
        super().accept()

    def show_problem(self, field: str | None, code: str = "") -> None:
        for name, label in self.errors.items():
            label.setText(words.problem(name, code) if name == field else "")
            label.setVisible(name == field)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name.setMaxLength(40)
        self.name.setObjectName("shift_name")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.needed.setRange(1, 20)
        self.needed.setValue(2)
        self.needed.valueChanged.connect(lambda value: self.required_count.setMaximum(value))
        self.required_count.setRange(0, 2)
        self.required_tag.setEditable(True)
        self.required_tag.setMinimumWidth(140)
        form.addRow(self._labels["name"], with_error(self.name, self.errors["name"]))
        form.addRow(self._labels["hours"], with_error(line_of(self.start, self._to, self.end), self.errors["end"]))
        form.addRow(self._labels["day_kinds"], with_error(line_of(*self.kind_boxes.values()), self.errors["day_kinds"]))
        form.addRow(self._labels["needed"], with_error(line_of(self.needed), self.errors["needed"]))
        requirement = line_of(self.required_count, self._of, self.required_tag)
        form.addRow(self._labels["requirement"], with_error(requirement, self.errors["required_count"]))
        self.name.textEdited.connect(lambda _t: self.show_problem(None))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _fill(self, shift: ShiftTypeRow) -> None:
        self.name.setText(shift.name)
        self.start.setTime(QTime(shift.start.hour, shift.start.minute))
        self.end.setTime(QTime(shift.end.hour, shift.end.minute))
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind in shift.day_kinds)
        self.needed.setValue(shift.needed)
        self.required_count.setValue(shift.required_count)
        if shift.required_tag:
            self.required_tag.setCurrentText(words.tag_label(shift.required_tag))

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New shift type") if self._shift is None else self.tr("Edit shift type"))
        self._labels["name"].setText(self.tr("Name *"))
        self._labels["hours"].setText(self.tr("Hours"))
        self._labels["day_kinds"].setText(self.tr("Runs on"))
        self._labels["needed"].setText(self.tr("People needed"))
        self._labels["requirement"].setText(self.tr("Of whom at least"))
        self._to.setText(self.tr("to"))
        self._of.setText(self.tr("marked"))
        self.name.setPlaceholderText(self.tr("e.g. 工作日晚班"))
        for kind, box in self.kind_boxes.items():
            box.setText(words.day_kinds_text([kind]))
        typed = self.required_tag.currentText()
        tag = self.tag_value() if typed else "leader"
        self.required_tag.clear()
        self.required_tag.addItems([words.tag_label(t) for t in words.KNOWN_TAGS])
        self.required_tag.setCurrentText(words.tag_label(tag))
        self.required_count.setToolTip(self.tr("0: anyone may take this duty"))


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())
