"""The office's duty calendar, a month at a time: which days are workdays, rest days and public
holidays, where that comes from, and the office's own marks on top."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.rosters.calendar import DayKind
from partyplan.rosters.views import DayRow
from partyplan.texts import rosters as words
from partyplan.ui.operations import Operations
from partyplan.ui.rosters.notice_dialog import NoticeDialog
from partyplan.ui.rosters.operations import RosterOperations
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import refill_combo

Index = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 3
COLOURS = {DayKind.REST_DAY: QColor("#e2f2e2"), DayKind.HOLIDAY: QColor("#f9dcdc"), "adjusted": QColor("#fff0c8")}
BANNER_STYLE = "background: #fff4ce; color: #5c4400; border: 1px solid #e0b84c; padding: 6px;"
ADJUSTED_MARK = "班"


def is_adjusted(row: DayRow) -> bool:
    """A Saturday or Sunday that is worked, to make up for a holiday."""
    return row.kind is DayKind.WORKDAY and row.date.weekday() >= 5


def cell_text(row: DayRow) -> str:
    first = f"{row.date.day}  {ADJUSTED_MARK}" if is_adjusted(row) else str(row.date.day)
    plain_workday = row.kind is DayKind.WORKDAY and not is_adjusted(row)
    second = row.name or ("" if plain_workday else words.day_kind_label(row.kind))
    return f"{first}\n{second}" if second else first


class MonthModel(QAbstractTableModel):
    """Seven columns, Monday first; a row per week; empty cells before the 1st and after the last."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._days: list[DayRow] = []
        self._marked: set[dt.date] = set()
        self._coverage: str | None = None
        self._offset = 0

    def set_days(self, days: list[DayRow], marked: set[dt.date]) -> None:
        self.beginResetModel()
        self._days, self._marked = days, marked
        self._offset = days[0].date.weekday() if days else 0
        self.endResetModel()

    def day_at(self, index: Index) -> DayRow | None:
        position = index.row() * 7 + index.column() - self._offset
        return self._days[position] if index.isValid() and 0 <= position < len(self._days) else None

    def index_of(self, day: dt.date) -> QModelIndex:
        position = day.day - 1 + self._offset
        return self.index(position // 7, position % 7)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self._days:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 6))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else (self._offset + len(self._days) + 6) // 7

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 7:
            return words.weekday_short(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) if self.day_at(index) else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        row = self.day_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row)
        if role == DAY_ROLE:
            return row.date
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = COLOURS["adjusted"] if is_adjusted(row) else COLOURS.get(row.kind)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            marked = row.date in self._marked
            suffix = "\n" + self.tr("Marked by the office") if marked else ""
            weekday = words.weekday_long(row.date.weekday())
            return f"{row.date.isoformat()} {weekday}: {words.day_kind_label(row.kind)}{suffix}"
        if role == Qt.ItemDataRole.FontRole and row.date in self._marked:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        return None


class MarkDayDialog(GuardedDialog):
    """The office's own mark on one day: a different kind of day, with a note such as 停电."""

    def __init__(self, rosters: RosterOperations, row: DayRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mark_day_dialog")
        self._rosters, self._day = rosters, row.date
        self.kind = QComboBox()
        self.name = QLineEdit(row.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._labels = (QLabel(), QLabel())
        self.name.setMaxLength(60)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self._labels[0], self.kind)
        form.addRow(self._labels[1], self.name)
        form.addRow(self.buttons)
        self.setMinimumWidth(380)
        self.retranslate()
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind.value)))

    def accept(self) -> None:
        self._rosters.set_override(self._day, DayKind(self.kind.currentData()), self.name.text())
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark %1").replace("%1", self._day.isoformat()))
        self._labels[0].setText(self.tr("This day is a"))
        self._labels[1].setText(self.tr("Note"))
        self.name.setPlaceholderText(self.tr("e.g. 停电, 社区活动"))
        refill_combo(self.kind, [(words.day_kind_label(k), k.value) for k in DayKind])


class RosterCalendarPage(QWidget):
    sig_month_changed = Signal(int, int)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = operations
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.model = MonthModel(self)
        self.grid = QTableView()
        self.banner, self.source, self.legend, self.title = QLabel(), QLabel(), QLabel(), QLabel()
        self.buttons = {name: QPushButton() for name in ("previous", "next", "mark", "clear", "notice")}
        self.dialog: QDialog | None = None
        self._marked: set[dt.date] = set()
        self._coverage: str | None = None
        self._build()
        self.retranslate()
        operations.sig_changed.connect(lambda area: self.reload() if area == "rosters" else None)
        operations.sig_database_switched.connect(self.reload)
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.reload()
        self.sig_month_changed.emit(year, month)

    def step(self, months: int) -> None:
        total = self.year * 12 + self.month - 1 + months
        self.set_month(total // 12, total % 12 + 1)

    def reload(self) -> None:
        selected = self.selected_day()
        rosters = self._ops.rosters
        self._coverage = rosters.coverage(self.year)
        self._marked = {day for day, _kind, _name in rosters.overrides(self.year)}
        self.model.set_days(rosters.month_days(self.year, self.month), self._marked)
        if selected is not None and (selected.year, selected.month) == (self.year, self.month):
            self.select_day(selected)
        self._update_texts()
        self._update_buttons()

    def select_day(self, day: dt.date) -> None:
        self.grid.setCurrentIndex(self.model.index_of(day))

    def selected_day(self) -> dt.date | None:
        indexes = self.grid.selectionModel().selectedIndexes()
        return indexes[0].data(DAY_ROLE) if indexes else None

    def mark_day(self) -> MarkDayDialog | None:
        index = self.grid.selectionModel().selectedIndexes()
        row = self.model.day_at(index[0]) if index else None
        return self._open(MarkDayDialog(self._ops.rosters, row, self)) if row else None

    def clear_mark(self) -> None:
        day = self.selected_day()
        if day is not None and day in self._marked:
            self._ops.rosters.clear_override(day)

    def enter_notice(self) -> NoticeDialog:
        return self._open(NoticeDialog(self._ops.rosters, self.year, self))

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.grid.setObjectName("calendar_grid")
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setMinimumSectionSize(44)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.grid.doubleClicked.connect(lambda _i: self.mark_day())
        for name, slot in (("previous", lambda: self.step(-1)), ("next", lambda: self.step(1)),
                           ("mark", self.mark_day), ("clear", self.clear_mark), ("notice", self.enter_notice)):
            self.buttons[name].clicked.connect(slot)
        self.banner.setObjectName("calendar_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.source.setStyleSheet("color: #2f6b2f;")
        self.legend.setStyleSheet("color: #555;")
        self.legend.setWordWrap(True)
        self.title.setMinimumWidth(130)
        for name in ("previous", "next"):
            self.buttons[name].setFixedWidth(36)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        for widget in (self.buttons["previous"], self.title, self.buttons["next"]):
            bar.addWidget(widget)
        bar.addStretch(1)
        for name in ("mark", "clear", "notice"):
            bar.addWidget(self.buttons[name])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        for widget in (self.banner, self.source):
            layout.addWidget(widget)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)

    def _open(self, dialog):  # type: ignore[no-untyped-def]
        self.dialog = dialog
        dialog.open()
        return dialog

    def _update_texts(self) -> None:
        # the format is translated: "MMMM yyyy" gives "October 2026", "yyyy年M月" gives "2026年10月"
        self.title.setText(QLocale().toString(QDate(self.year, self.month, 1), self.tr("MMMM yyyy")))
        self.banner.setText(words.coverage_text(None, self.year))
        self.banner.setVisible(self._coverage is None)
        self.source.setText(words.coverage_text(self._coverage, self.year) if self._coverage else "")
        self.source.setVisible(self._coverage is not None)

    def _update_buttons(self) -> None:
        day = self.selected_day()
        self.buttons["mark"].setEnabled(day is not None)
        self.buttons["clear"].setEnabled(day is not None and day in self._marked)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.buttons["previous"].setText("<")
        self.buttons["next"].setText(">")
        self.buttons["previous"].setToolTip(self.tr("Previous month"))
        self.buttons["next"].setToolTip(self.tr("Next month"))
        self.buttons["mark"].setText(self.tr("Mark day..."))
        self.buttons["clear"].setText(self.tr("Clear mark"))
        self.buttons["notice"].setText(self.tr("Enter holiday notice..."))
        self.legend.setText(self.tr("Green: rest day. Red: public holiday. Yellow with 班: a weekend day that is "
                                    "worked to make up for a holiday. Bold: marked by the office."))
        self.model.retranslate()
        self._update_texts()
