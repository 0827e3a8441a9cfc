"""The cadence check's two tables: held/required per type and quarter, and the missing and overdue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from partyplan.meetings.cadence import CadenceReport, SlotCheck, SlotState
from partyplan.texts import meetings as words
from partyplan.ui.meetings.models import ID_ROLE, STATE_FILLS, RowsModel

Index = QModelIndex | QPersistentModelIndex


class CheckMatrixModel(QAbstractTableModel):
    """A row per required meeting type; Q1-Q4 and the year as "held/required", coloured by the worst."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.report: CadenceReport | None = None
        self._types: list[SlotCheck] = []

    def set_report(self, report: CadenceReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self._types = [next(s for s in report.slots if s.type_id == t) for t in report.type_ids()] if report else []
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._types)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Meeting type"), self.tr("Cadence"), *(self.tr("Q%1").replace("%1", str(q)) for q in
                                                              range(1, 5)), self.tr("Year")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or self.report is None:
            return None
        first = self._types[index.row()]
        column = index.column()
        if column < 2:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                if column == 0:
                    return words.type_name(first.type_name, first.type_name_en)
                months = tuple(s.period.number for s in self.report.slots if s.type_id == first.type_id)
                return words.cadence_text(first.cadence, months if first.cadence.value == "months" else ())
            return None
        tally = self.report.tally(first.type_id, None if column == 6 else column - 1)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{tally.held}/{tally.required}" if tally.required else "—"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and tally.required:
            state = SlotState.MISSING if tally.missing else SlotState.OVERDUE if tally.overdue else \
                SlotState.HELD if tally.held == tally.required else None
            return QBrush(QColor(STATE_FILLS[state])) if state else None
        if role == Qt.ItemDataRole.ToolTipRole and (tally.missing or tally.overdue):
            return self.tr("%1 missing, %2 overdue").replace("%1", str(tally.missing)).replace("%2", str(tally.overdue))
        return None


class ProblemsModel(RowsModel[SlotCheck]):
    columns = ("period", "type", "state", "planned_on")

    def header(self, column: str) -> str:
        return {"period": self.tr("Period"), "type": self.tr("Meeting type"), "state": self.tr("Problem"),
                "planned_on": self.tr("Planned for")}[column]

    def text(self, row: SlotCheck, column: str) -> str:
        if column == "period":
            return words.period_label(row.period.kind, row.period.year, row.period.number)
        if column == "type":
            return words.type_name(row.type_name, row.type_name_en)
        if column == "state":
            return words.state_label(row.state.value)
        if row.planned_on is None:
            return self.tr("none scheduled")
        return row.planned_on.isoformat()

    def sort_key(self, row: SlotCheck, column: str) -> Any:
        return (row.period.end, row.type_name) if column == "period" else self.text(row, column)

    def extra(self, row: SlotCheck, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == "state":
            return QBrush(QColor(STATE_FILLS[row.state]))
        if role == ID_ROLE:
            return row.meeting_id
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == ID_ROLE and index.isValid():
            return self.rows[index.row()].meeting_id
        return super().data(index, role)
