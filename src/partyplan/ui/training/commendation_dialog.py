"""A commendation, new or edited: to a person from People or to an organisation, at one of five levels,
optionally for a year's evaluation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QRadioButton, QSpinBox, QVBoxLayout,
    QWidget,
)

from partyplan.people.service import PersonRow
from partyplan.texts import training as words
from partyplan.training.commendations import LEVELS, CommendationData, CommendationRow
from partyplan.ui.forms import date_edit, line
from partyplan.ui.training.models import roles_text
from partyplan.ui.training.session_dialog import REFUSED, TrainingForm
from partyplan.ui.widgets import refill_combo


class CommendationDialog(TrainingForm):
    ROWS = {"person_id": "recipient", "organisation": "recipient"}

    def __init__(self, training, people: list[PersonRow], row: CommendationRow | None = None,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(training, parent)
        self.setObjectName("commendation_dialog")
        self._row = row
        today = today or dt.date.today()
        data = row.data if row else CommendationData("", "community", today)
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.level = QComboBox()
        self.day = date_edit(data.day)
        self.to_person, self.to_organisation = QRadioButton(), QRadioButton()
        self.person = QComboBox()
        self.organisation = QLineEdit(data.organisation)
        self.body = QLineEdit(data.awarding_body)
        self.for_evaluation = QCheckBox()
        self.evaluation_year = QSpinBox()
        self.evaluation_year.setRange(1949, 2200)
        self.evaluation_year.setValue(data.evaluation_year or data.day.year - 1)
        self.note = QPlainTextEdit(data.note)
        self._fill_people(people, data.person_id)
        self._build()
        self.retranslate()
        self.title.setEditText(data.title)
        self.level.setCurrentIndex(max(0, self.level.findData(data.level)))
        (self.to_organisation if data.organisation else self.to_person).setChecked(True)
        self.for_evaluation.setChecked(data.evaluation_year is not None)
        self._sync()

    def data(self) -> CommendationData:
        to_person = self.to_person.isChecked()
        return CommendationData(
            title=self.title.currentText(), level=self.level.currentData() or "", day=self.day.date().toPython(),
            person_id=self._chosen_person() if to_person else None,
            organisation="" if to_person else self.organisation.text(), awarding_body=self.body.text(),
            evaluation_year=self.evaluation_year.value() if self.for_evaluation.isChecked() else None,
            note=self.note.toPlainText())

    def choose_person(self, person_id: int) -> None:
        self.to_person.setChecked(True)
        self.person.setCurrentIndex(self.person.findData(person_id))

    def accept(self) -> None:
        if self._row is None:
            outcome = self.attempt(self.training.add_commendation, self.data())
        else:
            outcome = self.attempt(self.training.update_commendation, self._row.id, self.data())
        if outcome is REFUSED:
            return
        self.sig_saved.emit(self._row.id if self._row else int(outcome))  # type: ignore[call-overload]
        super().accept()

    def _chosen_person(self) -> int | None:
        """The person whose line is typed or picked; a name matching nobody is no one."""
        index = self.person.findText(self.person.currentText(), Qt.MatchFlag.MatchExactly)
        return self.person.itemData(index) if index >= 0 else None

    def _fill_people(self, people: list[PersonRow], chosen: int | None) -> None:
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.addItem("", None)
        for person in people:
            if person.archived and person.id != chosen:
                continue
            self.person.addItem(f"{person.name}  ({roles_text(person.roles)})" if person.roles else person.name,
                                person.id)
        completer = QCompleter(self.person.model(), self.person)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person.setCompleter(completer)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))

    def _build(self) -> None:
        group = QButtonGroup(self)
        group.addButton(self.to_person)
        group.addButton(self.to_organisation)
        self.to_person.setMinimumWidth(110)
        self.to_organisation.setMinimumWidth(110)
        recipient = QWidget()
        rows = QVBoxLayout(recipient)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        rows.addWidget(line([self.to_person, self.person], stretch=False))
        rows.addWidget(line([self.to_organisation, self.organisation], stretch=False))
        evaluation = line([self.for_evaluation, self.evaluation_year])
        self.note.setFixedHeight(54)
        self.note.setTabChangesFocus(True)
        for name, widget in (("title", self.title), ("level", line([self.level])), ("day", line([self.day])),
                             ("recipient", recipient), ("awarding_body", self.body),
                             ("evaluation_year", evaluation), ("note", self.note)):
            self.add_row(name, widget)
        self.to_person.toggled.connect(lambda _on: self._sync())
        self.for_evaluation.toggled.connect(lambda _on: self._sync())
        self.person.currentIndexChanged.connect(lambda _i: self.errors["recipient"].hide())
        self.organisation.textEdited.connect(lambda _t: self.errors["recipient"].hide())
        self.title.editTextChanged.connect(lambda _t: self.errors["title"].hide())
        self.setMinimumWidth(560)

    def _sync(self) -> None:
        self.person.setEnabled(self.to_person.isChecked())
        self.organisation.setEnabled(self.to_organisation.isChecked())
        self.evaluation_year.setEnabled(self.for_evaluation.isChecked())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New commendation") if self._row is None else self.tr("Edit commendation"))
        self.set_labels({"title": self.tr("Title *"), "level": self.tr("Level"), "day": self.tr("Date"),
                         "recipient": self.tr("Awarded to *"), "awarding_body": self.tr("Awarding body"),
                         "evaluation_year": self.tr("Evaluation"), "note": self.tr("Note")})
        typed = self.title.currentText()
        self.title.clear()
        self.title.addItems(words.title_suggestions())
        self.title.setEditText(typed)
        refill_combo(self.level, [(words.level_label(level), level) for level in LEVELS])
        self.to_person.setText(self.tr("Person"))
        self.to_organisation.setText(self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("e.g. the community party committee"))
        self.person.lineEdit().setPlaceholderText(self.tr("type to search"))
        self.body.setPlaceholderText(self.tr("e.g. District party committee"))
        self.for_evaluation.setText(self.tr("on the evaluation of"))
