"""Record one step of a development file, or open a file with the application (case None).

The fields follow the kind of step: mentors for an activist, sponsors and the general meeting for an
admission, days and class hours for training, months for an extension, the document's number for a
filing (备案), the application form (入党志愿书编号), a preliminary review or an approval. A step that breaks a rule is
refused with the reason beside the field; where the office allows an exception to that rule, the
justification box appears and the step is saved once it is filled in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.development.decisions import VOTED
from partyplan.development.pipeline import PEOPLE_ROLE, CaseDetail, InvalidStep, StepData, allowed_kinds
from partyplan.enums import Role, Stage, StepKind
from partyplan.texts import development as words
from partyplan.ui import conflicts
from partyplan.ui.forms import error_label
from partyplan.ui.people.picker import PeoplePicker
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import refill_combo

HINT_STYLE = "color: #8a4b00;"
FIELDS = ("person", "kind", "day", "by", "people", "training", "months", "meeting", "reference", "note",
          "justification")
REFERENCE_KINDS = (StepKind.FILING, StepKind.APPLICATION_FORM, StepKind.PRE_REVIEW, StepKind.APPROVAL)


class DevelopmentStepDialog(GuardedDialog):
    sig_saved = Signal(int)  # the file's case id

    def __init__(self, development, case: CaseDetail | None = None, parent: QWidget | None = None, *,  # type: ignore[no-untyped-def]
                 kind: StepKind | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("development_step_dialog")
        self._dev = development
        self._case = case
        self._today = today or dt.date.today()
        self._everyone = [p for p in development.people() if not p.archived]
        self.chosen: list[int] = []
        self.picker: PeoplePicker | None = None
        self.title = QLabel()
        self.person = QComboBox()
        self.kind = QComboBox()
        self.day = QDateEdit()
        self.by = QComboBox()
        self.people_text = QLabel()
        self.people_button = QPushButton()
        self.days, self.hours = QDoubleSpinBox(), QDoubleSpinBox()
        self.months = QSpinBox()
        self.meeting = QComboBox()
        self.reference = QLineEdit()
        self.reference.setMaxLength(60)
        self.note = QPlainTextEdit()
        self.justification = QPlainTextEdit()
        self.justification_hint = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        self._build()
        self.retranslate()
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self._sync_fields()

    # -- public ------------------------------------------------------------------------------
    def current_kind(self) -> StepKind:
        return StepKind(self.kind.currentData())

    def set_people(self, person_ids: list[int]) -> None:
        self.chosen = list(dict.fromkeys(person_ids))
        names = {p.id: p.name for p in self._everyone}
        self.people_text.setText(texts.list_separator().join(names.get(i, "?") for i in self.chosen)
                                 or self.tr("(none chosen)"))
        self._show_problem("people", None)

    def choose_people(self) -> PeoplePicker:
        own = self._case.person_id if self._case else self.person.currentData()
        members = [p for p in self._everyone if Role.PARTY_MEMBER in p.roles and p.id != own]
        self.picker = PeoplePicker(members, set(self.chosen), self)
        self.picker.setWindowTitle(words.people_label(self.current_kind()))
        self.picker.accepted.connect(lambda: self.set_people(self.picker.chosen_ids() if self.picker else []))
        self.picker.open()
        return self.picker

    def data(self) -> StepData:
        kind = self.current_kind()
        return StepData(
            kind=kind, day=self.day.date().toPython(), by_id=self.by.currentData(), note=self.note.toPlainText(),
            justification=self.justification.toPlainText() if self.asks_justification() else "",
            meeting_id=self.meeting.currentData() if kind in VOTED else None,
            days=self.days.value() if kind is StepKind.TRAINING else None,
            class_hours=self.hours.value() if kind is StepKind.TRAINING else None,
            months=self.months.value() if kind is StepKind.EXTENSION else None,
            people=tuple(self.chosen) if kind in PEOPLE_ROLE else (),
            reference=self.reference.text() if kind in REFERENCE_KINDS else "")

    def accept(self) -> None:
        data = self.data()
        try:
            if self._case is None:
                case_id = self._dev.open_case(self.person.currentData() or 0, data.day, by_id=data.by_id,
                                              note=data.note, justification=data.justification, today=self._today)
            else:
                case = self._case
                case_id = case.id
                if conflicts.save(self, lambda seen: self._dev.add_step(case.id, data, today=self._today,
                                                                        expected_version=seen),
                                  case.row_version, take_theirs=self._take_theirs,
                                  label=self.tr("The development file of %1").replace("%1", case.name)
                                  ) is conflicts.NOT_SAVED:
                    return
        except InvalidStep as exc:
            self.show_refusal(exc)
            return
        self.sig_saved.emit(case_id)
        super().accept()

    def _take_theirs(self) -> None:
        """The file as another PC left it wins over the step typed here: the form closes (without asking
        about the typing: the user chose to drop it) and the file's page reads it again."""
        self.done(QDialog.DialogCode.Rejected)
        self._dev.ops.changed("development")

    def asks_justification(self) -> bool:
        return not self._rows["justification"].isHidden()

    def show_refusal(self, exc: InvalidStep) -> None:
        """The reason beside the field; for a rule that allows exceptions, the justification box too."""
        for name in FIELDS:
            self._show_problem(name, None)
        field = exc.field if exc.field in self.errors and not self._rows[exc.field].isHidden() else "kind"
        if self._case is None and field == "kind":
            field = "day" if exc.field == "day" else "person"
        self._show_problem(field, words.problem(exc.field, exc.code, exc.limits))
        if exc.needs_justification:
            if self.asks_justification():  # asked before and still empty
                self._show_problem("justification", words.problem("justification", "required"))
            self._rows["justification"].show()
            self._labels["justification"].show()
            self.justification.setFocus()
        self.adjustSize()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.title.setWordWrap(True)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(self._today))
        self.day.setMaximumDate(QDate(self._today))
        for box, top in ((self.days, 60.0), (self.hours, 500.0)):
            box.setRange(0, top)
            box.setDecimals(1)
        self.days.setValue(3)
        self.hours.setValue(24)
        self.months.setRange(1, 24)
        self.months.setValue(6)
        for edit, height in ((self.note, 64), (self.justification, 64)):
            edit.setFixedHeight(height)
            edit.setTabChangesFocus(True)
        self.justification_hint.setWordWrap(True)
        self.justification_hint.setStyleSheet(HINT_STYLE)
        self.people_text.setWordWrap(True)
        self.people_button.clicked.connect(self.choose_people)
        self.kind.currentIndexChanged.connect(self._sync_fields)
        self.meeting.currentIndexChanged.connect(self._meeting_chosen)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELDS:
            self._labels[name] = QLabel()
            self._rows[name] = self._field(name)
            form.addRow(self._labels[name], self._rows[name])
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._fill_choices()
        for name in ("justification",):
            self._rows[name].hide()
            self._labels[name].hide()

    def _field(self, name: str) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if name == "people":
            row = QHBoxLayout()
            row.addWidget(self.people_text, 1)
            row.addWidget(self.people_button)
            column.addLayout(row)
        elif name == "training":
            row = QHBoxLayout()
            self._days_label, self._hours_label = QLabel(), QLabel()
            for widget in (self.days, self._days_label, self.hours, self._hours_label):
                row.addWidget(widget)
            row.addStretch(1)
            column.addLayout(row)
        elif name == "justification":
            column.addWidget(self.justification_hint)
            column.addWidget(self.justification)
        else:
            column.addWidget({"person": self.person, "kind": self.kind, "day": self.day, "by": self.by,
                              "months": self.months, "meeting": self.meeting, "reference": self.reference,
                              "note": self.note}[name])
        error = error_label(name)
        self.errors[name] = error
        column.addWidget(error)
        return holder

    def _fill_choices(self) -> None:
        own = self._case.person_id if self._case else None
        doers = sorted((p for p in self._everyone if p.id != own and p.roles & {Role.CADRE, Role.PARTY_MEMBER}),
                       key=lambda p: (Role.CADRE not in p.roles, p.name))
        self._doers = [(p.name, p.id) for p in doers]
        busy = self._dev.people_with_open_files() if self._case is None else set()
        self._applicants = [(p.name, p.id) for p in self._everyone if self._case is None
                            and Role.PARTY_MEMBER not in p.roles and p.id not in busy]
        meetings = self._dev.meetings()
        self._meetings = [(f"{day.isoformat()}  {title}", mid) for mid, day, title in meetings]
        self._meeting_days = {mid: day for mid, day, _title in meetings}

    def _sync_fields(self) -> None:
        kind = self.current_kind() if self.kind.count() else StepKind.APPLICATION
        shown = {"person": self._case is None, "kind": self._case is not None,
                 "people": kind in PEOPLE_ROLE, "training": kind is StepKind.TRAINING,
                 "months": kind is StepKind.EXTENSION, "meeting": kind in VOTED,
                 "reference": kind in REFERENCE_KINDS}
        for name, visible in shown.items():
            self._rows[name].setVisible(visible)
            self._labels[name].setVisible(visible)
        for name in FIELDS:
            self._show_problem(name, None)
        if kind in PEOPLE_ROLE:
            self._labels["people"].setText(words.people_label(kind))
            self.set_people(self.chosen)
        self._labels["note"].setText(self.tr("Reason *") if kind is StepKind.CANCELLED else self.tr("Note"))
        self.adjustSize()

    def _meeting_chosen(self) -> None:
        day = self._meeting_days.get(self.meeting.currentData())
        if day is not None and day <= self._today:
            self.day.setDate(QDate(day))

    def _show_problem(self, name: str, text: str | None) -> None:
        label = self.errors.get(name)
        if label is not None:
            label.setText(text or "")
            label.setVisible(bool(text))

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        case = self._case
        self.setWindowTitle(self.tr("New applicant") if case is None else self.tr("Record step"))
        self.title.setText(self.tr("Open a development file with the application for membership.") if case is None
                           else f"{case.name} · {words.stage_label(case.stage)}")
        words_of = {"person": self.tr("Person *"), "kind": self.tr("Step"), "day": self.tr("Date"),
                    "by": self.tr("Done by"), "training": self.tr("Training"), "months": self.tr("Extension"),
                    "meeting": self.tr("General meeting"), "reference": self.tr("Document no."),
                    "note": self.tr("Note"),
                    "justification": self.tr("Justification *"), "people": self.tr("Mentors")}
        for name, label in self._labels.items():
            label.setText(words_of[name])
        admitted = case is not None and case.stage is Stage.PROBATIONARY
        kinds = allowed_kinds(case.stage) if case else (StepKind.APPLICATION,)
        refill_combo(self.kind, [(words.kind_label(k, admitted=admitted), k.value) for k in kinds])
        refill_combo(self.person, [(self.tr("(choose a person)"), None)] + self._applicants)
        refill_combo(self.by, [(self.tr("(not given)"), None)] + self._doers)
        refill_combo(self.meeting, [(self.tr("(no meeting linked)"), None)] + self._meetings)
        self._days_label.setText(self.tr("days"))
        self._hours_label.setText(self.tr("class hours"))
        self.months.setSuffix(self.tr(" months"))
        self.people_button.setText(self.tr("Choose..."))
        self.reference.setPlaceholderText(self.tr("e.g. the filing's or the application form's number"))
        self.justification_hint.setText(words.justification_hint())
        self.set_people(self.chosen)
        if self.kind.count():
            self._sync_fields()
