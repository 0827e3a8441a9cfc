"""Count the evaluation's paper ballots one by one: tick a grade per member as the ballot reads, then
"Count this ballot" adds it and clears the sheet for the next. Probationary members are not listed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import Grade
from partyplan.errors import PartyPlanError
from partyplan.meetings.evaluation import GRADES, SubjectResult
from partyplan.texts import meetings as words
from partyplan.ui import prompts
from partyplan.ui.meetings.models import RowsModel
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.unsaved import GuardedDialog

Index = QModelIndex | QPersistentModelIndex


class BallotModel(RowsModel[list]):  # type: ignore[type-arg]
    """[person_id, name, grade or None] per member; the grade columns behave as one radio row."""

    columns = ("name", *(g.value for g in GRADES))

    def header(self, column: str) -> str:
        return self.tr("Member") if column == "name" else words.grade_label(Grade(column))

    def text(self, row: list, column: str) -> str:  # type: ignore[type-arg]
        return row[1] if column == "name" else ""

    def extra(self, row: list, column: str, role: int) -> Any:  # type: ignore[type-arg]
        if role == Qt.ItemDataRole.CheckStateRole and column != "name":
            return Qt.CheckState.Checked if row[2] is Grade(column) else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() and index.column() > 0 else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() == 0:
            return False
        row = self.rows[index.row()]
        grade = Grade(self.columns[index.column()])
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        row[2] = grade if checked else (None if row[2] is grade else row[2])
        self.dataChanged.emit(self.index(index.row(), 1), self.index(index.row(), len(self.columns) - 1))
        return True

    def marks(self) -> dict[int, Grade]:
        return {row[0]: row[2] for row in self.rows if row[2] is not None}

    def clear_marks(self, grade: Grade | None = None) -> None:
        """Every member blank, or every member at `grade` (most ballots say "qualified" for most)."""
        for row in self.rows:
            row[2] = grade
        self.retranslate()


class BallotDialog(GuardedDialog):
    def __init__(self, meetings: MeetingsOperations, evaluation_id: int, subjects: list[SubjectResult],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ballot_dialog")
        self._meetings, self._evaluation_id = meetings, evaluation_id
        self.counted = 0
        self.model = BallotModel(self)
        self.model.set_rows([[s.person_id, s.name, None] for s in subjects if not s.probationary])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.count_button, self.clear_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.all_button = QPushButton()
        self.all_button.clicked.connect(lambda: self.model.clear_marks(Grade.QUALIFIED))
        self.count_button.setDefault(True)
        self.count_button.clicked.connect(self.count_ballot)
        self.clear_button.clicked.connect(lambda: self.model.clear_marks())
        self.close_button.clicked.connect(self.reject)  # Done asks first while a ticked ballot is not counted
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        for button in (self.all_button, self.clear_button, self.count_button, self.close_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(640, 560)
        self.retranslate()

    def count_ballot(self) -> bool:
        """Add the ticked ballot to the tallies; a blank ballot still counts as cast."""
        try:
            self._meetings.add_ballot(self._evaluation_id, self.model.marks())
        except PartyPlanError as exc:
            prompts.error(self, self.windowTitle(), words.error_message(exc))
            return False
        self.counted += 1
        self.model.clear_marks()
        self._update_status()
        return True

    def save_changes(self) -> None:
        """Save, asked about a ticked ballot on leaving: count it, then close."""
        if self.count_ballot():
            self.accept()

    def _update_status(self) -> None:
        self.status.setText(self.tr("Ballots counted in this sitting: %1").replace("%1", str(self.counted)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Count ballots"))
        self.hint.setText(self.tr("Tick the grade each member has on the ballot in hand (leave a member blank "
                                  "if the ballot does), then count it. Each counted ballot is saved at once."))
        self.count_button.setText(self.tr("Count this ballot"))
        self.clear_button.setText(self.tr("Clear"))
        self.all_button.setText(self.tr("All qualified"))
        self.all_button.setToolTip(self.tr("Mark everyone qualified, then change the few the ballot grades otherwise"))
        self.close_button.setText(self.tr("Done"))
        self.model.retranslate()
        self._update_status()
