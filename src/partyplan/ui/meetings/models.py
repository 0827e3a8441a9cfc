"""Tables of the Meetings tab: the schedule as a list and as a month, and the cadence check.

Rows are the services' dataclasses; each model only turns them into words and colours.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from partyplan.enums import MeetingStatus
from partyplan.meetings.cadence import SlotState
from partyplan.meetings.service import MeetingRow
from partyplan.texts import meetings as words
from partyplan.texts import rosters as roster_words

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DAY_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_COLOURS = {MeetingStatus.HELD: "#1b7a3d", MeetingStatus.POSTPONED: "#9a6700",
                  MeetingStatus.CANCELLED: "#8a8a8a", MeetingStatus.PLANNED: "#1f4e99"}
STATE_FILLS = {SlotState.HELD: "#dff0d8", SlotState.MISSING: "#f8d7da", SlotState.OVERDUE: "#fff0c8"}
Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of dataclass rows; subclasses say what each column shows."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self.rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.header(self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ID_ROLE:
            return getattr(row, "id", None)
        value = self.extra(row, column, role)
        if value is None and role == Qt.ItemDataRole.ToolTipRole:
            text = self.text(row, column)
            return text if len(text) > 12 else None  # cells are elided, not wrapped: show the whole text
        return value

    # what subclasses fill in
    def header(self, column: str) -> str:
        return column

    def text(self, row: Row, column: str) -> str:
        return str(getattr(row, column, ""))

    def sort_key(self, row: Row, column: str) -> Any:
        return self.text(row, column)

    def extra(self, row: Row, column: str, role: int) -> Any:
        return None


class MeetingListModel(RowsModel[MeetingRow]):
    columns = ("day", "type", "title", "status", "place", "attendance", "resolutions")

    def header(self, column: str) -> str:
        return {
            "day": self.tr("Date"), "type": self.tr("Type"), "title": self.tr("Title"), "status": self.tr("Status"),
            "place": self.tr("Place"), "attendance": self.tr("Attendance"), "resolutions": self.tr("Resolutions"),
        }[column]

    def text(self, row: MeetingRow, column: str) -> str:
        if column == "day":
            return row.day.isoformat() + (row.start_time.strftime("  %H:%M") if row.start_time else "")
        if column == "type":
            return words.type_name(row.type_name, row.type_name_en)
        if column == "title":
            return row.title
        if column == "status":
            return words.status_label(row.status)
        if column == "attendance":
            a = row.attendance
            return f"{a.present}/{a.expected}  {words.rate_text(a.rate)}" if a.expected else ""
        if column == "resolutions":
            return str(row.resolutions) if row.resolutions else ""
        return row.place

    def sort_key(self, row: MeetingRow, column: str) -> Any:
        if column == "day":
            return f"{row.day.isoformat()} {row.start_time or ''}"
        if column == "attendance":
            return row.attendance.rate if row.attendance.rate is not None else -1.0
        if column == "resolutions":
            return row.resolutions
        return self.text(row, column)

    def extra(self, row: MeetingRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.ForegroundRole and row.status is MeetingStatus.CANCELLED:
            return QBrush(QColor("#8a8a8a"))
        return None


class MeetingFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._type_id: int | None = None
        self._status: MeetingStatus | None = None
        self._month: int | None = None
        self._search = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, type_id: int | None, status: MeetingStatus | None, month: int | None,
                    search: str) -> None:
        self.beginFilterChange()
        self._type_id, self._status, self._month = type_id, status, month
        self._search = search.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        return (a < b) if type(a) is type(b) else str(a) < str(b)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MeetingListModel)
        row = model.row_at(source_row)
        if self._type_id is not None and row.type_id != self._type_id:
            return False
        if self._status is not None and row.status is not self._status:
            return False
        if self._month is not None and row.day.month != self._month:
            return False
        if not self._search:
            return True
        haystack = " ".join((row.title, row.type_name, row.type_name_en, row.place, row.chair_name)).casefold()
        return all(word in haystack for word in self._search.split())


class MonthModel(QAbstractTableModel):
    """Seven columns, Monday first, a row per week; each day lists its meetings, one line each."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.year, self.month = 2026, 1
        self._by_day: dict[dt.date, list[MeetingRow]] = {}
        self._offset = 0
        self._days = 31

    def set_month(self, year: int, month: int, meetings: list[MeetingRow]) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        first = dt.date(year, month, 1)
        self._offset = first.weekday()
        self._days = ((first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - first).days
        self._by_day = {}
        for row in meetings:
            if (row.day.year, row.day.month) == (year, month):
                self._by_day.setdefault(row.day, []).append(row)
        self.endResetModel()

    def day_at(self, index: Index) -> dt.date | None:
        position = index.row() * 7 + index.column() - self._offset
        return dt.date(self.year, self.month, position + 1) if index.isValid() and 0 <= position < self._days else None

    def meetings_on(self, day: dt.date) -> list[MeetingRow]:
        return self._by_day.get(day, [])

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else (self._offset + self._days + 6) // 7

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 7:
            return roster_words.weekday_short(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) if self.day_at(index) else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        day = self.day_at(index)
        if day is None:
            return None
        meetings = self.meetings_on(day)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day)] + [f"{_mark(m.status)} {words.type_name(m.type_name, m.type_name_en)}"
                                      for m in meetings]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and meetings:
            return "\n".join(f"{m.title or words.type_name(m.type_name, m.type_name_en)}: "
                             f"{words.status_label(m.status)}" for m in meetings)
        if role == DAY_ROLE:
            return day
        if role == ID_ROLE:
            return meetings[0].id if meetings else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if day.weekday() >= 5:
                return QBrush(QColor("#f3f3f3"))
            if meetings:
                return QBrush(QColor("#eef4fc"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        if role == Qt.ItemDataRole.FontRole and day == dt.date.today():
            font = QFont()
            font.setBold(True)
            return font
        return None


def _mark(status: MeetingStatus) -> str:
    """A sign that reads without colour: ✓ held, ○ planned, → postponed, ✕ cancelled."""
    return {MeetingStatus.HELD: "✓", MeetingStatus.PLANNED: "○", MeetingStatus.POSTPONED: "→",
            MeetingStatus.CANCELLED: "✕"}[status]
