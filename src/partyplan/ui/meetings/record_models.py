"""The record-meeting dialog's two tables: who came (edited in place) and the resolutions with votes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from partyplan.enums import Presence
from partyplan.meetings.service import AttendeeData, ResolutionData
from partyplan.meetings.votes import VoteResult
from partyplan.texts import meetings as words
from partyplan.ui.meetings.models import RowsModel

Index = QModelIndex | QPersistentModelIndex
PRESENCE_ROLE = Qt.ItemDataRole.UserRole + 6
PRESENCE_FILLS = {Presence.ABSENT: "#f8d7da", Presence.LEAVE: "#fff0c8"}
ERROR = QColor("#b00020")


@dataclass
class AttendeeEdit:
    person_id: int
    name: str
    presence: Presence = Presence.PRESENT
    reason: str = ""
    can_vote: bool = True

    def data(self) -> AttendeeData:
        return AttendeeData(self.person_id, self.presence, self.reason, self.can_vote)


class AttendanceModel(RowsModel[AttendeeEdit]):
    sig_edited = Signal()
    columns = ("name", "presence", "reason", "can_vote")

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.problem_row: int | None = None
        self.no_vote: dict[int, str] = {}  # person id -> why the roll gives them no vote

    def header(self, column: str) -> str:
        return {"name": self.tr("Name"), "presence": self.tr("Presence"), "reason": self.tr("Reason for leave"),
                "can_vote": self.tr("Votes")}[column]

    def text(self, row: AttendeeEdit, column: str) -> str:
        if column == "presence":
            return words.presence_label(row.presence)
        if column == "can_vote":
            return ""
        return row.name if column == "name" else row.reason

    def extra(self, row: AttendeeEdit, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == "can_vote":
            return Qt.CheckState.Checked if row.can_vote else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            return row.presence.value if column == "presence" else row.reason if column == "reason" else None
        if role == Qt.ItemDataRole.BackgroundRole and row.presence in PRESENCE_FILLS and column != "can_vote":
            return QBrush(QColor(PRESENCE_FILLS[row.presence]))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("can_vote", "name") and row.person_id in self.no_vote:
            return self.no_vote[row.person_id]
        if role == Qt.ItemDataRole.ToolTipRole and column == "can_vote":
            return self.tr("Has voting rights (probationary members do not)")
        if role == Qt.ItemDataRole.ForegroundRole and self.problem_row == self.rows.index(row) and column == "reason":
            return QBrush(ERROR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        column = self.columns[index.column()] if index.isValid() else ""
        if column in ("presence", "reason"):
            flags |= Qt.ItemFlag.ItemIsEditable
        if column == "can_vote":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = self.rows[index.row()], self.columns[index.column()]
        if column == "can_vote" and role == Qt.ItemDataRole.CheckStateRole:
            row.can_vote = _checked(value)
        elif column == "presence" and role == Qt.ItemDataRole.EditRole:
            row.presence = Presence(str(value))
            if row.presence is not Presence.LEAVE:
                row.reason = ""
        elif column == "reason" and role == Qt.ItemDataRole.EditRole:
            row.reason = str(value)
        else:
            return False
        self.problem_row = None
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        self.sig_edited.emit()
        return True

    def set_all(self, presence: Presence) -> None:
        for row in self.rows:
            row.presence = presence
            if presence is not Presence.LEAVE:
                row.reason = ""
        self.retranslate()
        self.sig_edited.emit()

    def add_people(self, people: list[tuple[int, str, bool]]) -> None:
        known = {r.person_id for r in self.rows}
        fresh = [AttendeeEdit(pid, name, can_vote=vote) for pid, name, vote in people if pid not in known]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()
            self.sig_edited.emit()

    def remove_ids(self, ids: set[int]) -> None:
        self.set_rows([r for r in self.rows if r.person_id not in ids])
        self.sig_edited.emit()

    def attendees(self) -> tuple[AttendeeData, ...]:
        return tuple(r.data() for r in self.rows)


@dataclass
class ResolutionEdit:
    data: ResolutionData
    responsible_name: str = ""
    plan_item_id: int | None = None


class ResolutionsModel(RowsModel[ResolutionEdit]):
    columns = ("text", "responsible", "due", "vote", "result")

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.decide: Callable[[ResolutionData], VoteResult | str | None] = lambda _d: None

    def header(self, column: str) -> str:
        return {"text": self.tr("Resolution"), "responsible": self.tr("Responsible"), "due": self.tr("Due"),
                "vote": self.tr("For / against / abstain"), "result": self.tr("Result")}[column]

    def text(self, row: ResolutionEdit, column: str) -> str:
        d = row.data
        if column == "text":
            return d.text.replace("\n", " ")
        if column == "responsible":
            return row.responsible_name
        if column == "due":
            return d.due.isoformat() if d.due else ""
        if column == "vote":
            return f"{d.votes_for} / {d.votes_against} / {d.abstentions}" if d.voted else self.tr("no vote")
        result = self.decide(d) if d.voted else None
        if isinstance(result, VoteResult):
            return words.outcome_label(result.outcome.value)
        return result or ""

    def extra(self, row: ResolutionEdit, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == "result" and row.data.voted:
            result = self.decide(row.data)
            passed = isinstance(result, VoteResult) and result.passed
            return QBrush(QColor("#1b7a3d") if passed else ERROR)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return row.data.text
        return None

    def replace_row(self, n: int, edit: ResolutionEdit) -> None:
        self.rows[n] = edit
        self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.columns) - 1))

    def append(self, edit: ResolutionEdit) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(edit)
        self.endInsertRows()

    def remove(self, n: int) -> None:
        self.beginRemoveRows(QModelIndex(), n, n)
        del self.rows[n]
        self.endRemoveRows()

    def move(self, n: int, step: int) -> None:
        target = n + step
        if 0 <= target < len(self.rows):
            self.rows[n], self.rows[target] = self.rows[target], self.rows[n]
            self.retranslate()

    def resolutions(self) -> tuple[ResolutionData, ...]:
        return tuple(replace(r.data) for r in self.rows)


def _checked(value: object) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value in (2, Qt.CheckState.Checked.value)
