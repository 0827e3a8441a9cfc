"""Add or edit one person. Problems are shown beside the field they concern; nothing is saved
until every field is acceptable, and the dialog stays open so nothing typed is lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.dates import BadDate, format_date, parse_date
from partyplan.enums import Education, Gender, PartyCategory, Role
from partyplan.people.service import PersonRow
from partyplan.people.validation import FieldProblem, InvalidPerson, PersonData
from partyplan.ui import conflicts
from partyplan.ui.forms import error_label, show_error
from partyplan.ui.operations import Operations
from partyplan.ui.people.models import ROLE_ORDER
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import refill_combo

DATE_FIELDS = ("birth_date", "joined_date")
TEXT_FIELDS = ("name", "phone", "id_number", "address", "household", "unit")


class PersonDialog(GuardedDialog):
    sig_saved = Signal(int)

    def __init__(self, operations: Operations, person: PersonRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_dialog")
        self._ops = operations
        self._person = person
        self.edits: dict[str, QLineEdit] = {f: QLineEdit() for f in (*TEXT_FIELDS, *DATE_FIELDS)}
        self.errors: dict[str, QLabel] = {}
        self.gender = QComboBox()
        self.education = QComboBox()
        self.category = QComboBox()
        self.role_boxes = {role: QCheckBox() for role in ROLE_ORDER}
        self.notes = QPlainTextEdit()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._labels: dict[str, QLabel] = {}
        self._build()
        self.retranslate()
        if person is not None:
            self._fill(person.data())
        self._sync_category()

    # -- public ------------------------------------------------------------------------------
    def data(self) -> tuple[PersonData, list[FieldProblem]]:
        """What the form says, and the fields whose text could not even be read (bad dates)."""
        bad: list[FieldProblem] = []
        dates: dict[str, dt.date | None] = {}
        for name in DATE_FIELDS:
            try:
                dates[name] = parse_date(self.edits[name].text())
            except BadDate as exc:  # not a date, a day the month lacks, or a month without its day
                dates[name] = None
                bad.append(FieldProblem(name, exc.reason))
        data = PersonData(
            name=self.edits["name"].text(),
            gender=_enum(Gender, self.gender.currentData()),
            birth_date=dates["birth_date"],
            phone=self.edits["phone"].text(),
            id_number=self.edits["id_number"].text(),
            address=self.edits["address"].text(),
            household=self.edits["household"].text(),
            unit=self.edits["unit"].text(),
            roles={role for role, box in self.role_boxes.items() if box.isChecked()},
            party_category=_enum(PartyCategory, self.category.currentData()) if self.category.isEnabled() else None,
            joined_date=dates["joined_date"],
            notes=self.notes.toPlainText(),
            education=_enum(Education, self.education.currentData()),
        )
        return data, bad

    def accept(self) -> None:
        data, bad = self.data()
        if bad:  # every field's problem at once, not the dates first and the rest on the next try
            unread = {p.field for p in bad}
            self.show_problems(bad + [p for p in self._ops.person_problems(data) if p.field not in unread])
            return
        try:
            if self._person is None:
                person_id = conflicts.save(self, lambda _seen: self._ops.add_person(data), None)
            else:
                person = self._person
                person_id = conflicts.save(
                    self, lambda seen: self._ops.update_person(person.id, data, expected_version=seen),
                    person.row_version, take_theirs=self._take_theirs,
                    save_new=lambda: self._ops.add_person(data))
                if person_id is None:
                    person_id = person.id
        except InvalidPerson as exc:
            self.show_problems(exc.problems)
            return
        if person_id is conflicts.NOT_SAVED:
            return
        self.sig_saved.emit(person_id)
        super().accept()

    def _take_theirs(self) -> None:
        """Another PC's save wins: the form shows the person as stored now, and counts as unchanged."""
        assert self._person is not None
        self._person = self._ops.person(self._person.id)
        self._fill(self._person.data())
        self._sync_category()
        self.mark_clean()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        by_field = {p.field: p.code for p in problems}
        for name, label in self.errors.items():
            code = by_field.get(name)
            if code:
                show_error(label, texts.problem(code))
            else:
                label.hide()
        first = next((p.field for p in problems if p.field in self.edits), None)
        if first:
            self.edits[first].setFocus()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("name", "gender", "birth_date", "education", "phone", "id_number", "address", "household",
                     "unit", "roles", "party_category", "joined_date", "notes"):
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], self._field_widget(name))
        self.edits["name"].setMaxLength(64)
        for name in DATE_FIELDS:
            self.edits[name].setPlaceholderText("1985-03-12")
        self.notes.setFixedHeight(70)
        self.role_boxes[Role.PARTY_MEMBER].toggled.connect(self._sync_category)
        for name, edit in self.edits.items():
            edit.setObjectName(f"edit_{name}")
            edit.textEdited.connect(lambda _text, n=name: self._clear_problem(n))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _field_widget(self, name: str) -> QWidget:
        if name == "gender":
            inner: QWidget = self.gender
        elif name == "education":
            inner = self.education
        elif name == "party_category":
            inner = self.category
        elif name == "notes":
            inner = self.notes
        elif name == "roles":
            inner = QWidget()
            row = QHBoxLayout(inner)
            row.setContentsMargins(0, 0, 0, 0)
            for box in self.role_boxes.values():
                row.addWidget(box)
            row.addStretch(1)
        else:
            inner = self.edits[name]
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(inner)
        error = error_label(name)
        self.errors[name] = error
        column.addWidget(error)
        return holder

    def _fill(self, data: PersonData) -> None:
        for name in TEXT_FIELDS:
            self.edits[name].setText(getattr(data, name) or "")
        for name in DATE_FIELDS:
            self.edits[name].setText(format_date(getattr(data, name)))
        self.gender.setCurrentIndex(max(0, self.gender.findData(data.gender.value if data.gender else None)))
        self.education.setCurrentIndex(max(0, self.education.findData(data.education.value if data.education else None)))
        for role, box in self.role_boxes.items():
            box.setChecked(role in data.roles)
        category = data.party_category.value if data.party_category else None
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.notes.setPlainText(data.notes or "")

    def _sync_category(self) -> None:
        self.category.setEnabled(self.role_boxes[Role.PARTY_MEMBER].isChecked())

    def _clear_problem(self, name: str) -> None:
        self.errors[name].hide()

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New person") if self._person is None else self.tr("Edit person"))
        for name, label in self._labels.items():
            suffix = " *" if name == "name" else ""
            label.setText(texts.field_label(name) + suffix)
        for role, box in self.role_boxes.items():
            box.setText(texts.role_label(role.value))
        refill_combo(self.gender, [(self.tr("(not given)"), None)] + [(texts.gender_label(g.value), g.value) for g in Gender])
        refill_combo(self.education, [(self.tr("(not given)"), None)]
                     + [(texts.education_label(e.value), e.value) for e in Education])
        refill_combo(self.category, [(self.tr("(not given)"), None)]
                + [(texts.category_label(c.value), c.value) for c in PartyCategory])
        self.edits["phone"].setPlaceholderText("13812345678")
        self.edits["id_number"].setPlaceholderText(self.tr("resident ID or member number (optional)"))
        self.edits["household"].setPlaceholderText(self.tr("e.g. 3-502"))




def _enum(enum_cls, value):  # type: ignore[no-untyped-def]
    """Combo boxes hand back plain strings; the services want the enum."""
    return enum_cls(value) if value else None
