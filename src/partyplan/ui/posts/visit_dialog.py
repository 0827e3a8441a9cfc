"""A household visit (new or edited), and closing the difficulty a visit raised."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLabel, QPlainTextEdit, QWidget

from partyplan.people.service import PersonRow
from partyplan.posts.visits import HouseholdChoice, VisitData, VisitRow
from partyplan.ui.forms import date_edit, line
from partyplan.ui.posts.form import REFUSED, PeopleChecklist, PostsForm
from partyplan.ui.posts.models import roles_text

SEPARATOR = "  ·  "


class VisitDialog(PostsForm):
    ROWS = {"resident_id": "household", "resolved_on": "outcome", "follow_up_due": "outcome"}

    def __init__(self, operations, households: list[HouseholdChoice], people: list[PersonRow],  # type: ignore[no-untyped-def]
                 visit: VisitRow | None = None, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(operations, parent)
        self.setObjectName("visit_dialog")
        self._visit = visit
        self._today = today or dt.date.today()
        self.household = QComboBox()
        self.household.setEditable(True)
        self.household.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in households:
            self.household.addItem(f"{choice.household}{SEPARATOR}{choice.name}", choice)
        completer = QCompleter(self.household.model(), self.household)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.household.setCompleter(completer)
        self.day = date_edit(visit.day if visit else self._today)
        self.visitors = PeopleChecklist()
        self.visitors.view.setMinimumHeight(120)
        self.texts = {name: QPlainTextEdit() for name in ("situation", "difficulty", "action")}
        self.has_resolved, self.has_follow_up = QCheckBox(), QCheckBox()
        self.resolved = date_edit(self._today)
        self.follow_up = date_edit(self._today + dt.timedelta(days=14))
        self._build()
        self.retranslate()
        self._fill(visit.to_data() if visit else VisitData("", self._today), people)

    def data(self) -> VisitData:
        choice = self._chosen_household()
        household = choice.household if choice else self.household.currentText().strip()
        return VisitData(
            household=household, day=self.day.date().toPython(), visitors=tuple(self.visitors.chosen_ids()),
            resident_id=choice.resident_id if choice else None,
            situation=self.texts["situation"].toPlainText(), difficulty=self.texts["difficulty"].toPlainText(),
            action=self.texts["action"].toPlainText(),
            resolved_on=self.resolved.date().toPython() if self.has_resolved.isChecked() else None,
            follow_up_due=self.follow_up.date().toPython() if self.has_follow_up.isChecked() else None)

    def accept(self) -> None:
        if self._visit is None:
            outcome = self.attempt(self.posts.add_visit, self.data(), self._today)
        else:
            outcome = self.attempt(self.posts.update_visit, self._visit.id, self.data(), self._today)
        if outcome is REFUSED:
            return
        self.sig_saved.emit(self._visit.id if self._visit else int(outcome))  # type: ignore[call-overload]
        super().accept()

    def choose_household(self, text: str) -> None:
        """Pick the People household whose line starts with `text`, else type `text` as it is."""
        index = next((n for n in range(self.household.count()) if self.household.itemText(n).startswith(text)), -1)
        if index >= 0:
            self.household.setCurrentIndex(index)
        else:
            self.household.setEditText(text)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        for edit in self.texts.values():
            edit.setFixedHeight(54)
            edit.setTabChangesFocus(True)
        outcome = line([self.has_resolved, self.resolved, self.has_follow_up, self.follow_up])
        for name, widget in (("household", self.household), ("day", self.day), ("visitors", self.visitors),
                             ("situation", self.texts["situation"]), ("difficulty", self.texts["difficulty"]),
                             ("action", self.texts["action"]), ("outcome", outcome)):
            self.add_row(name, widget)
        self.has_resolved.toggled.connect(self._sync)
        self.has_follow_up.toggled.connect(self._sync)
        self.texts["difficulty"].textChanged.connect(self._sync)
        self.household.editTextChanged.connect(lambda _t: self.errors["household"].hide())
        self.visitors.sig_changed.connect(lambda: self.errors["visitors"].hide())
        self.day.dateChanged.connect(lambda _d: self.errors["day"].hide())
        self.setMinimumWidth(600)

    def _fill(self, data: VisitData, people: list[PersonRow]) -> None:
        chosen = set(data.visitors)
        self.visitors.set_people([(p.id, f"{p.name} ({roles_text(p.roles)})" if p.roles else p.name)
                                  for p in people if not p.archived or p.id in chosen], chosen)
        index = next((n for n in range(self.household.count())
                      if self.household.itemData(n).resident_id == data.resident_id
                      and self.household.itemData(n).household == data.household), -1)
        self.household.setCurrentIndex(index)
        if index < 0:
            self.household.setEditText(data.household)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(data, name))
        self.has_resolved.setChecked(data.resolved_on is not None)
        if data.resolved_on:
            self.resolved.setDate(QDate(data.resolved_on))
        self.has_follow_up.setChecked(data.follow_up_due is not None)
        if data.follow_up_due:
            self.follow_up.setDate(QDate(data.follow_up_due))
        self._sync()

    def _chosen_household(self) -> HouseholdChoice | None:
        index = self.household.findText(self.household.currentText(), Qt.MatchFlag.MatchExactly)
        return self.household.itemData(index) if index >= 0 else None

    def _sync(self) -> None:
        """Resolved and follow-up dates concern a difficulty; they are offered when one is written."""
        difficulty = bool(self.texts["difficulty"].toPlainText().strip())
        self.has_resolved.setEnabled(difficulty or self.has_resolved.isChecked())
        self.has_follow_up.setEnabled(difficulty and not self.has_resolved.isChecked()
                                      or self.has_follow_up.isChecked())
        self.resolved.setEnabled(self.has_resolved.isChecked())
        self.follow_up.setEnabled(self.has_follow_up.isChecked())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New household visit") if self._visit is None else self.tr("Edit household visit"))
        self.set_labels({"household": self.tr("Household *"), "day": self.tr("Date"),
                         "visitors": self.tr("Visitors *"), "situation": self.tr("Situation"),
                         "difficulty": self.tr("Difficulty raised"), "action": self.tr("Action taken"),
                         "outcome": self.tr("Outcome")})
        self.household.lineEdit().setPlaceholderText(self.tr("choose from People, or type e.g. 3-502"))
        self.texts["situation"].setPlaceholderText(self.tr("Who lives there, how they are"))
        self.texts["difficulty"].setPlaceholderText(self.tr("Leave empty when no difficulty was raised"))
        self.has_resolved.setText(self.tr("resolved on"))
        self.has_follow_up.setText(self.tr("follow up by"))


class CloseDifficultyDialog(PostsForm):
    """Resolve an open difficulty: when, and what was done (added below the visit's action)."""

    ROWS = {"difficulty": "about"}

    def __init__(self, operations, visit: VisitRow, parent: QWidget | None = None,  # type: ignore[no-untyped-def]
                 today: dt.date | None = None) -> None:
        super().__init__(operations, parent)
        self.setObjectName("close_difficulty_dialog")
        self._visit = visit
        self._today = today or dt.date.today()
        self.about = QLabel(f"{visit.day.isoformat()}{SEPARATOR}{visit.household}{SEPARATOR}"
                            f"{' '.join(visit.difficulty.split())}")
        self.about.setWordWrap(True)
        self.resolved_on = date_edit(self._today)
        self.action = QPlainTextEdit()
        self.action.setFixedHeight(72)
        for name, widget in (("about", self.about), ("resolved_on", self.resolved_on), ("action", self.action)):
            self.add_row(name, widget)
        self.setMinimumWidth(480)
        self.retranslate()

    def accept(self) -> None:
        outcome = self.attempt(self.posts.close_difficulty, self._visit.id, self.resolved_on.date().toPython(),
                               self.action.toPlainText(), self._today)
        if outcome is not REFUSED:
            self.sig_saved.emit(self._visit.id)
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close difficulty"))
        self.set_labels({"about": self.tr("Difficulty"), "resolved_on": self.tr("Resolved on"),
                         "action": self.tr("What was done")})
