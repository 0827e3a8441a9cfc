"""Add or edit one person. Problems are shown beside the field they concern; nothing is saved
until every field is acceptable, and the dialog stays open so nothing typed is lost.

A party member's record (民族, 职业, 转正日期, 党内职务: members/records.py) is part of the same form, shown
only while "Party member" is ticked, and saved with the person in one unit of work, so a refused record
keeps the person as it was."""

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
from partyplan.enums import Education, Gender, Occupation, PartyCategory, Role
from partyplan.members.records import ETHNICITIES, InvalidRecord, RecordData
from partyplan.people.service import PersonRow
from partyplan.people.validation import FieldProblem, InvalidPerson, PersonData
from partyplan.texts import members as member_words
from partyplan.ui import conflicts
from partyplan.ui.forms import error_label, show_error
from partyplan.ui.operations import Operations
from partyplan.ui.people.models import ROLE_ORDER
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import refill_combo

DATE_FIELDS = ("birth_date", "joined_date", "full_member_date")
TEXT_FIELDS = ("name", "phone", "id_number", "address", "household", "unit", "party_post")
RECORD_FIELDS = ("ethnicity", "occupation", "full_member_date", "party_post")


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
        self.ethnicity, self.occupation = QComboBox(), QComboBox()
        self.ethnicity.setEditable(True)
        self.ethnicity.addItems(["", *ETHNICITIES])
        self._from_file: dt.date | None | bool = False  # the 转正日期 a development file gives, else False
        self._typed_full: dt.date | None = None
        self.role_boxes = {role: QCheckBox() for role in ROLE_ORDER}
        self.notes = QPlainTextEdit()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._labels: dict[str, QLabel] = {}
        self._build()
        self.retranslate()
        if person is not None:
            self._fill(person.data())
            if Role.PARTY_MEMBER in person.roles:
                self._fill_record(person.id)
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

    def record(self) -> RecordData | None:
        """The member record as typed (None for someone not a party member); a date that cannot be read is
        None here and reported by `data`."""
        if not self.is_member():
            return None
        try:
            full = parse_date(self.edits["full_member_date"].text())
        except BadDate:
            full = None
        if self._from_file is not False:  # shown, not typed: the date kept on the record stays
            full = self._typed_full
        occupation = self.occupation.currentData()
        return RecordData(self.ethnicity.currentText().strip() or None, Occupation(occupation) if occupation else None,
                          full, self.edits["party_post"].text())

    def is_member(self) -> bool:
        return self.role_boxes[Role.PARTY_MEMBER].isChecked()

    def accept(self) -> None:
        data, bad = self.data()
        if not self.is_member():
            bad = [p for p in bad if p.field not in RECORD_FIELDS]
        if bad:  # every field's problem at once, not the dates first and the rest on the next try
            unread = {p.field for p in bad}
            self.show_problems(bad + [p for p in self._ops.person_problems(data) if p.field not in unread])
            return
        try:
            record = self.record()
            if self._person is None:
                person_id = conflicts.save(self, lambda _seen: self._ops.members.save_person(None, data, record), None)
            else:
                person = self._person
                person_id = conflicts.save(
                    self, lambda seen: self._ops.members.save_person(person.id, data, record, expected_version=seen),
                    person.row_version, take_theirs=self._take_theirs,
                    save_new=lambda: self._ops.members.save_person(None, data, record))
                if person_id is None:
                    person_id = person.id
        except InvalidPerson as exc:
            self.show_problems(exc.problems)
            return
        except InvalidRecord as exc:
            field = exc.field if exc.field in self.errors else "roles"
            self.show_problems([])
            show_error(self.errors[field], member_words.problem(exc.field, exc.code))
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
        self._rows: dict[str, QWidget] = {}
        for name in ("name", "gender", "birth_date", "education", "phone", "id_number", "address", "household",
                     "unit", "roles", "party_category", "joined_date", *RECORD_FIELDS, "notes"):
            self._labels[name] = QLabel()
            self._rows[name] = self._field_widget(name)
            form.addRow(self._labels[name], self._rows[name])
        self._form = form
        self.edits["party_post"].setMaxLength(60)
        self.ethnicity.lineEdit().textEdited.connect(lambda _t: self._clear_problem("ethnicity"))
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
        elif name == "ethnicity":
            inner = self.ethnicity
        elif name == "occupation":
            inner = self.occupation
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
            if name not in RECORD_FIELDS:
                self.edits[name].setText(getattr(data, name) or "")
        for name in DATE_FIELDS:
            if name not in RECORD_FIELDS:
                self.edits[name].setText(format_date(getattr(data, name)))
        self.gender.setCurrentIndex(max(0, self.gender.findData(data.gender.value if data.gender else None)))
        self.education.setCurrentIndex(max(0, self.education.findData(data.education.value if data.education else None)))
        for role, box in self.role_boxes.items():
            box.setChecked(role in data.roles)
        category = data.party_category.value if data.party_category else None
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.notes.setPlainText(data.notes or "")

    def _fill_record(self, person_id: int) -> None:
        record = self._ops.members.stored_record(person_id)
        self.ethnicity.setCurrentText(record.ethnicity or "")
        self.occupation.setCurrentIndex(max(0, self.occupation.findData(record.occupation.value
                                                                        if record.occupation else None)))
        self.edits["full_member_date"].setText(format_date(record.full_member_date))
        self._typed_full = record.full_member_date
        self.edits["party_post"].setText(record.party_post or "")
        self._from_file = self._ops.members.full_date_from_file(person_id, dt.date.today())
        if self._from_file is not False:  # the file's conversion decides; a date typed here would not count
            self.edits["full_member_date"].setText(format_date(self._from_file))  # type: ignore[arg-type]
            self.edits["full_member_date"].setReadOnly(True)
        self._full_date_tooltip()

    def _sync_category(self) -> None:
        member = self.is_member()
        self.category.setEnabled(member)
        for name in RECORD_FIELDS:
            self._form.setRowVisible(self._rows[name], member)
        self.adjustSize()

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
        self.edits["full_member_date"].setPlaceholderText(self.tr("empty: a year after joining"))
        self.edits["party_post"].setPlaceholderText(self.tr("e.g. branch secretary, organisation committee member"))
        refill_combo(self.occupation, [(self.tr("(not given)"), None)]
                     + [(member_words.occupation_label(o), o.value) for o in Occupation])
        for name, text in (("ethnicity", self.tr("Ethnicity")), ("occupation", self.tr("Occupation")),
                           ("full_member_date", self.tr("Full member since")), ("party_post", self.tr("Party post"))):
            self._labels[name].setText(text)
        self._full_date_tooltip()

    def _full_date_tooltip(self) -> None:
        self.edits["full_member_date"].setToolTip(
            self.tr("Taken from the member's development file (the conversion step).") if self._from_file is not False
            else self.tr("For members without a development file; empty: a year after joining."))




def _enum(enum_cls, value):  # type: ignore[no-untyped-def]
    """Combo boxes hand back plain strings; the services want the enum."""
    return enum_cls(value) if value else None
