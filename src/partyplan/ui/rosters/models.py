"""The month grid (days down, shift types across) and the fairness table beside it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from partyplan import texts
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.views import RosterView
from partyplan.texts import rosters as roster_texts

Index = QModelIndex | QPersistentModelIndex
CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # (date, shift id) or None for the day column
FILL = {DayKind.REST_DAY: QColor("#e3f1e0"), DayKind.HOLIDAY: QColor("#fde2e1")}
NOT_RUNNING = QColor("#ececec")
WARNING = QColor("#b00020")


class RosterGridModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.view: RosterView | None = None
        self._warnings: dict[tuple[dt.date, int], list[str]] = {}

    def set_view(self, view: RosterView | None, warnings: dict[tuple[dt.date, int], list[str]] | None = None) -> None:
        self.beginResetModel()
        self.view = view
        self._warnings = warnings or {}
        self.endResetModel()

    def cell_at(self, index: Index) -> tuple[dt.date, int] | None:
        return index.data(CELL_ROLE) if index.isValid() else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.view is None else len(self.view.days)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.view is None else 1 + len(self.view.shifts)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role != Qt.ItemDataRole.DisplayRole or self.view is None or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Day")
        shift = self.view.shifts[section - 1]
        return f"{shift.name}\n{shift.hours}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or self.view is None:
            return None
        day = self.view.days[index.row()]
        if index.column() == 0:
            return self._day_data(day, role)
        shift = self.view.shifts[index.column() - 1]
        key = (day.date, shift.id)
        people = self.view.cells.get(key, [])
        running = self.view.needed(day, shift) > 0
        if role == CELL_ROLE:
            return key
        if role == Qt.ItemDataRole.DisplayRole:
            return texts.list_separator().join(p.name for p in people)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(FILL.get(day.kind, QColor("white")) if running or people else NOT_RUNNING)
        if role == Qt.ItemDataRole.FontRole and any(p.locked for p in people):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and key in self._warnings:
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(key, people, running)
        return None

    def _day_data(self, day, role: int):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            label = f"{day.date.month}-{day.date.day:02d} {roster_texts.weekday_short(day.date.weekday())}"
            return f"{label}  {day.name}" if day.name else label
        if role == Qt.ItemDataRole.BackgroundRole and day.kind in FILL:
            return QBrush(FILL[day.kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            return roster_texts.day_kind_label(day.kind)
        return None

    def _cell_tooltip(self, key, people, running: bool) -> str:  # type: ignore[no-untyped-def]
        lines = list(self._warnings.get(key, []))
        if any(p.locked for p in people):
            lines.append(self.tr("Locked: regenerating keeps this cell."))
        if not running and not people:
            lines.append(self.tr("This shift does not run on this day."))
        else:
            lines.append(self.tr("Double-click to choose who is on duty; right-click to lock, swap or clear it."))
        return "\n".join(lines)


class FairnessModel(QAbstractTableModel):
    """Per person: duties, rest-day and holiday duties, and the days, so unfairness is visible at once."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[tuple[str, int, int, int, str]] = []

    def set_view(self, view: RosterView | None, members: list[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._rows = []
        if view is not None:
            days: dict[int, list[int]] = {}
            for (day, _shift), people in sorted(view.cells.items()):
                for p in people:
                    days.setdefault(p.person_id, []).append(day.day)
            seen = {f.person_id for f in view.fairness}
            rows = [(f.name, f.duties, f.rest_day, f.holiday, f.person_id) for f in view.fairness]
            rows += [(name, 0, 0, 0, pid) for pid, name in members if pid not in seen]
            self._rows = [(n, d, r, h, ", ".join(str(x) for x in sorted(set(days.get(pid, [])))))
                          for n, d, r, h, pid in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Duties"), self.tr("Rest days"), self.tr("Holidays"), self.tr("Days"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= index.column() <= 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def spread(self) -> int:
        counts = [r[1] for r in self._rows]
        return max(counts) - min(counts) if counts else 0
