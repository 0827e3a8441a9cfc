"""Add or edit a meeting type: its names in both languages, how often it is required, who attends,
and whether and how it votes. Problems are shown under their field; the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import Cadence, Majority, Quorum
from partyplan.meetings import InvalidMeeting
from partyplan.meetings.types import ATTENDEE_GROUPS, MeetingTypeData, MeetingTypeRow, parse_months
from partyplan.texts import meetings as words
from partyplan.ui.meetings.fields import error_label, with_error
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import refill_combo

FIELDS = ("name", "name_en", "cadence", "months", "attendee_role", "votes", "quorum", "majority")


class MeetingTypeDialog(GuardedDialog):
    sig_saved = Signal(int)

    def __init__(self, meetings: MeetingsOperations, row: MeetingTypeRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_type_dialog")
        self._meetings, self._row = meetings, row
        self.name, self.name_en, self.months = QLineEdit(), QLineEdit(), QLineEdit()
        self.cadence, self.attendees, self.quorum, self.majority = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.votes = QCheckBox()
        self.errors = {name: error_label(name) for name in ("name", "name_en", "months")}
        self._labels = {name: QLabel() for name in FIELDS}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self.retranslate()
        self._fill(row.data() if row else MeetingTypeData(""))

    def data(self) -> MeetingTypeData:
        return MeetingTypeData(
            name=self.name.text(), name_en=self.name_en.text(), cadence=Cadence(self.cadence.currentData()),
            months=parse_months(self.months.text()), attendee_role=self.attendees.currentData() or "",
            votes=self.votes.isChecked(), quorum=Quorum(self.quorum.currentData()),
            majority=Majority(self.majority.currentData()))

    def accept(self) -> None:
        try:
            type_id = self._meetings.save_type(self.data(), self._row.id if self._row else None)
        except InvalidMeeting as exc:
            self.show_problem(exc.field, exc.code)
            return
        self.sig_saved.emit(type_id)
        super().accept()

    def show_problem(self, field: str | None, code: str = "") -> None:
        for name, label in self.errors.items():
            label.setText(words.problem(name, code) if name == field else "")
            label.setVisible(name == field)

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        widgets = {"name": with_error(self.name, self.errors["name"]),
                   "name_en": with_error(self.name_en, self.errors["name_en"]), "cadence": self.cadence,
                   "months": with_error(self.months, self.errors["months"]), "attendee_role": self.attendees,
                   "votes": self.votes, "quorum": self.quorum, "majority": self.majority}
        for name in FIELDS:
            form.addRow(self._labels[name], widgets[name])
        self.name.setMaxLength(60)
        self.name_en.setMaxLength(80)
        self.cadence.currentIndexChanged.connect(self._sync)
        self.votes.toggled.connect(self._sync)
        self.name.textEdited.connect(lambda _t: self.show_problem(None))
        self.months.textEdited.connect(lambda _t: self.show_problem(None))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _fill(self, data: MeetingTypeData) -> None:
        self.name.setText(data.name)
        self.name_en.setText(data.name_en)
        self.months.setText(", ".join(str(m) for m in data.months))
        self.votes.setChecked(data.votes)
        for combo, value in ((self.cadence, data.cadence.value), (self.attendees, data.attendee_role),
                             (self.quorum, data.quorum.value), (self.majority, data.majority.value)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._sync()

    def _sync(self) -> None:
        cadence = self.cadence.currentData()
        self.months.setEnabled(cadence in (Cadence.MONTHS.value, Cadence.YEARLY.value))
        self.months.setPlaceholderText(self.tr("e.g. 2, 4, 6") if cadence == Cadence.MONTHS.value
                                       else self.tr("preferred month, e.g. 12") if cadence == Cadence.YEARLY.value
                                       else "")
        self.majority.setEnabled(self.votes.isChecked())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New meeting type") if self._row is None else self.tr("Edit meeting type"))
        for name, text in (("name", self.tr("Name (Chinese) *")), ("name_en", self.tr("Name (English)")),
                           ("cadence", self.tr("Required")), ("months", self.tr("Months")),
                           ("attendee_role", self.tr("Attendees")), ("votes", self.tr("Votes")),
                           ("quorum", self.tr("Valid when")), ("majority", self.tr("Passes with"))):
            self._labels[name].setText(text)
        self.votes.setText(self.tr("The meeting takes votes on resolutions"))
        refill_combo(self.cadence, [(words.cadence_label(c), c.value) for c in Cadence])
        refill_combo(self.attendees, [(words.attendee_label(g), g) for g in ATTENDEE_GROUPS])
        refill_combo(self.quorum, [(words.quorum_label(q), q.value) for q in Quorum])
        refill_combo(self.majority, [(words.majority_label(m), m.value) for m in Majority])
        self._sync()
