"""A month of the on-duty record book as a table: open follow-ups shaded, overdue ones red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from partyplan.enums import FollowUp
from partyplan.rosters.duty_log import EntryRow, is_overdue
from partyplan.texts import duty_log as words

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("day", "time", "handled_by", "resident", "matter", "category", "answer", "result", "follow_up", "inspected")
WIDTHS = (86, 48, 70, 80, 220, 124, 150, 110, 180, 120)
OPEN_FILL = QColor("#fff2cc")  # the printed book's shade for an open follow-up
OVERDUE = QColor("#b00020")


def one_line(text: str) -> str:
    """Multi-line words in a single table row: the view elides the rest, the tooltip shows it all."""
    return " ".join(text.split())


def short(text: str, length: int) -> str:
    text = one_line(text)
    return text if len(text) <= length else text[: length - 1] + "…"


class DutyLogModel(QAbstractTableModel):
    """A month of EntryRows (a month is small: rows are held, not fetched lazily)."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[EntryRow] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[EntryRow], today: dt.date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def row_of(self, entry_id: int) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.id == entry_id), None)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Date"), self.tr("Time"), self.tr("On duty"), self.tr("Resident"), self.tr("Matter"),
                self.tr("Category"), self.tr("Answer"), self.tr("Result"), self.tr("Follow-up"),
                self.tr("Inspected"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(self._text(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column == "follow_up" and row.follow_up is FollowUp.OPEN:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OPEN_FILL)
            if role == Qt.ItemDataRole.ForegroundRole and is_overdue(row, self.today):
                return QBrush(OVERDUE)
        return None

    def _text(self, row: EntryRow, column: str) -> str:
        special = {
            "day": row.day.isoformat(), "time": f"{row.time:%H:%M}" if row.time else "",
            "handled_by": row.handled_by_name or row.shift_name, "resident": row.resident_name,
            "category": words.category_label(row.category), "follow_up": words.follow_up_text(row, self.today),
            "inspected": f"{row.inspected_by_name} {row.inspected_on:%m-%d}" if row.inspected_on else "",
        }
        return special[column] if column in special else str(getattr(row, column))

    def _tooltip(self, row: EntryRow, column: str) -> str | None:
        if column in ("matter", "answer", "result"):
            return getattr(row, column) or None
        if column == "resident":
            return "\n".join(part for part in (row.contact, row.household) if part) or None
        if column == "handled_by":
            return row.shift_name or None
        if column == "inspected" and row.inspected_on:
            return "\n".join(p for p in (f"{row.inspected_by_name} {row.inspected_on}", row.inspection_comment) if p)
        return None
