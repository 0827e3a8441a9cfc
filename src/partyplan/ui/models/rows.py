"""A read-mostly table of plain rows, described by its columns; and the proxy that sorts it.

The Volunteer Posts and Training tables are lists of service rows held in memory (a year of an office's
records is small): each column says how a row reads, sorts, colours and, where the user may change
it, what field an edit names. The model never writes: `sig_edit` tells the page, which writes through
the services and reloads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCollator, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]
    text: Callable[[Any], str]
    sort: Callable[[Any], object] | None = None
    _: KW_ONLY
    tooltip: Callable[[Any], str] | None = None
    colour: Callable[[Any], QColor | None] | None = None
    fill: Callable[[Any], QColor | None] | None = None
    numeric: bool = False  # right-aligned
    check: Callable[[Any], bool] | None = None  # a check box the user may tick
    editable: bool = False
    field: str = ""  # what sig_edit names when this column is changed


class RowsModel(QAbstractTableModel):
    sig_edit = Signal(object, str, object)  # the row's key, the field, the new value

    def __init__(self, columns: tuple[Column, ...], parent=None, key: Callable[[Any], object] | None = None, *,  # type: ignore[no-untyped-def]
                 single_line: bool = True, text_tooltips: bool = False) -> None:
        """`single_line` folds line breaks into spaces; `text_tooltips` shows a cell's text as its tooltip
        when the column has none (for columns narrower than what they hold)."""
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []
        self._key = key or (lambda row: row.id)
        self._single_line, self._text_tooltips = single_line, text_tooltips

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, key: object) -> int | None:
        return next((n for n, row in enumerate(self.rows) if self._key(row) == key), None)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].check is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.isValid() and self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(column.text(row)) if self._single_line else column.text(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip:
                return column.tooltip(row)
            return (column.text(row) or None) if self._text_tooltips else None
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            return Qt.CheckState.Checked if column.check(row) else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return self._key(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and column.fill:
            colour = column.fill(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked  # type: ignore[call-overload]
            self.sig_edit.emit(self._key(self.rows[index.row()]), column.field, checked)
            return True
        if role == Qt.ItemDataRole.EditRole and column.editable:
            if str(value) == column.text(self.rows[index.row()]):
                return False
            self.sig_edit.emit(self._key(self.rows[index.row()]), column.field, str(value))
            return True
        return False


class SortProxy(QSortFilterProxyModel):
    """Numbers and dates by value, text by pinyin whatever the interface language (numeric mode:
    "3-502" before "12-101")."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, int | float | dt.date) and isinstance(b, type(a)):
            return a < b  # type: ignore[operator]
        return self._collator.compare(str(a if a is not None else ""), str(b if b is not None else "")) < 0
