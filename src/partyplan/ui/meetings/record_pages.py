"""The attendance and resolutions pages of the record-meeting dialog, the presence chooser, and the
voter roll of the meeting's day: who is entitled to vote, and who attends without a vote and why."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import Presence
from partyplan.meetings.service import Attendance, attendance_of
from partyplan.members.roll import RollEntry
from partyplan.texts import meetings as words
from partyplan.ui.meetings.fields import error_label
from partyplan.ui.meetings.models import RowsModel
from partyplan.ui.meetings.record_models import AttendanceModel, ResolutionsModel

Index = QModelIndex | QPersistentModelIndex


class PresenceDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for presence in Presence:
            combo.addItem(words.presence_label(presence), presence.value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(0x0002))))  # EditRole

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


def table(model, name: str) -> QTableView:  # type: ignore[no-untyped-def]
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


def roll_reason(entry: RollEntry) -> str:
    return words.no_vote_reason(entry.no_vote.value if entry.no_vote else None,
                                entry.category.value if entry.category else None, entry.probation_ends)


class RollModel(RowsModel[RollEntry]):
    columns = ("name", "votes", "why")

    def header(self, column: str) -> str:
        return {"name": self.tr("Name"), "votes": self.tr("Votes"), "why": self.tr("Why not")}[column]

    def text(self, row: RollEntry, column: str) -> str:
        if column == "name":
            return row.name
        if column == "votes":
            return self.tr("Entitled to vote") if row.votes else self.tr("No vote")
        return roll_reason(row)

    def extra(self, row: RollEntry, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == "votes":
            return QBrush(QColor("#1b7a3d" if row.votes else "#8a5a00"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "why":
            return roll_reason(row) or None
        return None


class VoterRollDialog(QDialog):
    """The roll a vote on this day counts: full members registered here vote; the others are listed
    with the reason, so the chair can answer "why may she not vote?" at the meeting."""

    def __init__(self, entries: list[RollEntry], day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voter_roll_dialog")
        self._entries, self._day = entries, day
        self.model = RollModel(self)
        self.model.set_rows(sorted(entries, key=lambda e: (not e.votes, e.name)))
        self.view = table(self.model, "roll_table")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(1, 110)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 460)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Voter roll"))
        self.summary.setText(roll_summary(self._entries, self._day))
        self.model.retranslate()


def roll_summary(entries: list[RollEntry], day: dt.date) -> str:
    voters = sum(e.votes for e in entries)
    return (QCoreApplication.translate("AttendancePage", "Voter roll on %1: %2 entitled to vote; %3 attend "
                                                         "without a vote.")
            .replace("%1", day.isoformat()).replace("%2", str(voters)).replace("%3", str(len(entries) - voters)))


class AttendancePage(QWidget):
    sig_add_people = Signal()
    sig_fill_group = Signal()
    sig_show_roll = Signal()

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = table(model, "attendance_table")
        self.view.setItemDelegateForColumn(1, PresenceDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 150), (1, 110), (2, 260), (3, 60)):
            self.view.setColumnWidth(column, width)
        self.summary = QLabel()
        self.summary.setObjectName("attendance_summary")
        self.summary.setWordWrap(True)
        self.error = error_label("attendees")
        self.roll: list[RollEntry] | None = None
        self._roll_day: dt.date | None = None
        self.roll_label = QLabel()
        self.roll_label.setObjectName("roll_summary")
        self.roll_label.setWordWrap(True)
        self.buttons = {key: QPushButton() for key in ("all_present", "fill", "add", "remove", "roll")}
        self.buttons["roll"].clicked.connect(self.sig_show_roll)
        self.buttons["all_present"].clicked.connect(lambda: model.set_all(Presence.PRESENT))
        self.buttons["fill"].clicked.connect(self.sig_fill_group)
        self.buttons["add"].clicked.connect(self.sig_add_people)
        self.buttons["remove"].clicked.connect(self._remove)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.roll_label)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        model.sig_edited.connect(self.update_summary)
        model.modelReset.connect(self.update_summary)

    def attendance(self) -> Attendance:
        return attendance_of(self.model.attendees())

    def set_roll(self, entries: list[RollEntry] | None, day: dt.date) -> None:
        """The roll of the meeting's day (None: not a party meeting); the Votes column says why a member
        on it does not vote."""
        self.roll, self._roll_day = entries, day
        self.model.no_vote = {e.person_id: roll_reason(e) for e in entries or [] if not e.votes}
        self.roll_label.setVisible(entries is not None)
        self.model.retranslate()
        self.update_summary()

    def update_summary(self) -> None:
        self.error.hide()
        a = self.attendance()
        self.summary.setText(
            self.tr("Expected %1 · present %2 · on leave %3 · absent %4 · attendance %5 · "
                    "voting members present %6 of %7")
            .replace("%1", str(a.expected)).replace("%2", str(a.present)).replace("%3", str(a.leave))
            .replace("%4", str(a.absent)).replace("%5", words.rate_text(a.rate) or "—")
            .replace("%6", str(a.voters_present)).replace("%7", str(a.eligible)))
        if self.roll is not None and self._roll_day is not None:
            self.roll_label.setText(roll_summary(self.roll, self._roll_day))

    def show_problem(self, row: int | None, text: str) -> None:
        self.model.problem_row = row
        self.error.setText(text)
        self.error.show()
        if row is not None:
            index = self.model.index(row, 2)
            self.view.scrollTo(index)
            self.view.setCurrentIndex(index)

    def _remove(self) -> None:
        ids = {self.model.row_at(i.row()).person_id for i in self.view.selectionModel().selectedRows()}
        if ids:
            self.model.remove_ids(ids)

    def retranslate(self) -> None:
        for key, text in (("all_present", self.tr("All present")), ("fill", self.tr("Fill from the type's group")),
                          ("add", self.tr("Add people...")), ("remove", self.tr("Remove")),
                          ("roll", self.tr("Voter roll..."))):
            self.buttons[key].setText(text)
        self.model.retranslate()
        self.update_summary()


class ResolutionsPage(QWidget):
    sig_add = Signal()
    sig_edit = Signal(int)
    sig_to_plan = Signal(int)

    def __init__(self, model: ResolutionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = table(model, "resolutions_table")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, width in ((0, 280), (1, 90), (2, 95), (3, 170)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda index: self.sig_edit.emit(index.row()))
        self.error = error_label("resolutions")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.buttons = {key: QPushButton() for key in ("add", "edit", "remove", "up", "down", "to_plan")}
        self.buttons["add"].clicked.connect(self.sig_add)
        self.buttons["edit"].clicked.connect(lambda: self._emit(self.sig_edit))
        self.buttons["to_plan"].clicked.connect(lambda: self._emit(self.sig_to_plan))
        self.buttons["remove"].clicked.connect(lambda: self._with_row(self.model.remove))
        self.buttons["up"].clicked.connect(lambda: self._with_row(lambda n: self._move(n, -1)))
        self.buttons["down"].clicked.connect(lambda: self._with_row(lambda n: self._move(n, 1)))
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        model.rowsInserted.connect(lambda *_: self.update_buttons())
        model.rowsRemoved.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def current(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def show_problem(self, row: int | None, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        if row is not None and 0 <= row < self.model.rowCount():
            self.view.selectRow(row)

    def update_buttons(self) -> None:
        n = self.current()
        for key in ("edit", "remove", "up", "down"):
            self.buttons[key].setEnabled(n is not None)
        saved = n is not None and self.model.row_at(n).data.id is not None
        self.buttons["to_plan"].setEnabled(saved and self.model.row_at(n).plan_item_id is None)  # type: ignore[arg-type]

    def _emit(self, signal) -> None:  # type: ignore[no-untyped-def]
        n = self.current()
        if n is not None:
            signal.emit(n)

    def _with_row(self, action) -> None:  # type: ignore[no-untyped-def]
        n = self.current()
        if n is not None:
            action(n)
            self.error.hide()
            self.update_buttons()

    def _move(self, n: int, step: int) -> None:
        self.model.move(n, step)
        target = n + step
        if 0 <= target < self.model.rowCount():
            self.view.selectRow(target)

    def retranslate(self) -> None:
        for key, text in (("add", self.tr("Add...")), ("edit", self.tr("Edit...")), ("remove", self.tr("Remove")),
                          ("up", self.tr("Up")), ("down", self.tr("Down")), ("to_plan", self.tr("Make a plan item..."))):
            self.buttons[key].setText(text)
        self.hint.setText(self.tr("Votes are checked against the attendance: quorum counts the voting members "
                                  "present, the majority counts votes for among them. A saved resolution can "
                                  "become an item of this year's plan."))
        self.model.retranslate()
