"""The plan's targets as a table: indicator, target, actual, attainment bar, met or not."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from partyplan.plans.targets import TargetRow
from partyplan.texts import plans as plan_texts

RATIO_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("indicator", "target", "actual", "attainment", "source")

Index = QModelIndex | QPersistentModelIndex


def number(value: float | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


class TargetsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[TargetRow] = []

    def set_rows(self, rows: list[TargetRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> TargetRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Target"), self.tr("Aim"), self.tr("Actual"), self.tr("Attainment"),
                self.tr("Actual value from"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == RATIO_ROLE and column == "attainment":
            return row.attainment
        if role == Qt.ItemDataRole.ForegroundRole and column == "actual" and row.met is not None:
            return QBrush(QColor("#2e7d32" if row.met else "#b00020"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "indicator":
            return row.indicator
        if column == "target":
            return f"{plan_texts.comparison_label(row.comparison)} {number(row.target_value)}{row.unit}"
        if column == "actual":
            return f"{number(row.actual)}{row.unit if row.actual is not None else ''}"
        if column == "attainment":
            return plan_texts.attainment_label(row)
        return plan_texts.source_label(row.source)
