"""A read-mostly table of plain rows, described by its columns; and the proxy that sorts it.

The Volunteer Posts and Training tables are lists of service rows held in memory (a year of an office's
records is small): each column says how a row reads, sorts, colours and, where the user may change
it, what field an edit names. The model never writes: `sig_edit` tells the page, which writes through
the services and reloads.

The model sorts its own rows, in Python, by keys computed once per row (`collation_key`).
QSortFilterProxyModel's own sort calls `lessThan`, and from it `data()` twice, back into Python for
each of the n log n comparisons: 2,000 names took a tenth of a second that way, and a few
milliseconds this way. So the proxy (`SortProxy`) only filters, and passes a click on a header on to
the model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCollator, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def one_line(text: str) -> str:
    return " ".join(text.split())


@cache
def _collator() -> QCollator:
    """Pinyin order whatever the interface language (the names are Chinese either way); numbers inside
    text by value, so "3-502" comes before "12-101"; case ignored."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def collation_key(value: object) -> tuple[Any, ...]:
    """A key Python's sort can compare for any cell: numbers before dates before text, each kind in its
    own order. An empty cell is (), which `SortedRows` puts last whichever way the column is sorted."""
    if value is None or value == "":
        return ()
    if isinstance(value, int | float):
        return (0, value)
    if isinstance(value, dt.date):
        return (1, value.isoformat())
    if isinstance(value, tuple):
        return (2, tuple(collation_key(part) for part in value))
    return (3, _collator().sortKey(str(value)))


class SortedRows:
    """For a table model whose rows are a Python list (`self.rows`): sorting as the view asks, kept
    when the rows are replaced. Column -1 (the view's "not sorted") keeps the order the service gave."""

    rows: list[Any]
    _sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)  # set per model by sort()

    def sort_key(self, column: int) -> Callable[[Any], object]:
        raise NotImplementedError

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sorted_by = (column, order)
        if column < 0 or not self.rows:
            return
        model: QAbstractTableModel = self  # type: ignore[assignment]
        model.layoutAboutToBeChanged.emit()
        moved = self._sorted_positions(self.rows)
        self.rows = [self.rows[n] for n in moved]
        place = {old: new for new, old in enumerate(moved)}
        before = model.persistentIndexList()
        model.changePersistentIndexList(before, [model.index(place[i.row()], i.column()) for i in before])
        model.layoutChanged.emit()

    def _sorted_rows(self, rows: list[Any]) -> list[Any]:
        """`rows` in the order last asked for; called between beginResetModel and endResetModel."""
        return [rows[n] for n in self._sorted_positions(rows)] if self._sorted_by[0] >= 0 else list(rows)

    def _sorted_positions(self, rows: list[Any]) -> list[int]:
        """Row positions in sorted order; rows with an empty cell keep their order at the end, as in a
        spreadsheet, so a column half filled in shows what is there first both ways round."""
        column, order = self._sorted_by
        key = self.sort_key(column)
        keys = [collation_key(key(row)) for row in rows]
        filled = sorted((n for n, k in enumerate(keys) if k), key=keys.__getitem__,
                        reverse=order == Qt.SortOrder.DescendingOrder)
        return filled + [n for n, k in enumerate(keys) if not k]


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


class RowsModel(SortedRows, QAbstractTableModel):
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
        self.rows = self._sorted_rows(rows)
        self.endResetModel()

    def sort_key(self, column: int) -> Callable[[Any], object]:
        spec = self.columns[column]
        return spec.sort or spec.text

    def row_of(self, key: object) -> int | None:
        return next((n for n, row in enumerate(self.rows) if self._key(row) == key), None)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))
            self.sort(*self._sorted_by)  # translated words may sort differently

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
    """Between a view and a model that sorts itself (`SortedRows`): it keeps the model's order and
    passes the view's sort on. Subclasses filter."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
