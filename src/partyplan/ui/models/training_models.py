"""The Training tab's tables: sessions, one session's participants (attendance and certificate edited in
place), totals per person against the requirement, and the commendations register.

Each is a `TableModel` told its columns; a year of an office's training is small, so rows are held.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCollator, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex,
    QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor

from partyplan import texts
from partyplan.db.models import Role
from partyplan.texts import training as words
from partyplan.training.commendations import LEVELS

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RED = QColor("#b00020")
GREY = QColor("#777777")
ROLE_ORDER = (Role.CADRE, Role.PARTY_MEMBER, Role.VOLUNTEER, Role.RESIDENT_REP)
WIDTHS = {"sessions": (105, 0, 120, 95, 65), "participants": (75, 0, 65, 160),
          "totals": (75, 0, 60, 60, 60), "commendations": (90, 0, 80, 140, 80)}
STRETCH = 1  # the title or roles column takes the room left, so every table fits a 1024-pixel window
translate = QCoreApplication.translate


def roles_text(roles: frozenset[Role]) -> str:
    return texts.list_separator().join(texts.role_label(r.value) for r in ROLE_ORDER if r in roles)


def dates_text(start: dt.date, end: dt.date) -> str:
    """"03-10 – 03-12": the page shows one year; a session running into the next shows that year."""
    if start == end:
        return start.strftime("%m-%d")
    return f"{start.strftime('%m-%d')} – {end.strftime('%m-%d') if end.year == start.year else end.isoformat()}"


def _amount(value: float) -> str:
    return words.amount(value) if value else ""


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]
    text: Callable[[Any], str]
    sort: Callable[[Any], object] | None = None
    colour: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    numeric: bool = False
    check: Callable[[Any], bool] | None = None  # a check box the user may tick
    editable: bool = False
    field: str = ""  # what sig_edit names when this column is changed


class TableModel(QAbstractTableModel):
    sig_edit = Signal(object, str, object)  # the row's key, the field, the new value

    def __init__(self, columns: tuple[Column, ...], key: Callable[[Any], object], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []
        self._key = key

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row) or None
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            return Qt.CheckState.Checked if column.check(row) else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return self._key(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edits are not applied here: the page writes them through the services and reloads."""
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
    """Numbers and dates by value, names by pinyin whatever the interface language."""

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


# -- the tables --------------------------------------------------------------------------------
def length_text(days: float, hours: float) -> str:
    parts = []
    if days == 1:
        parts.append(translate("TrainingModels", "1 day"))
    elif days:
        parts.append(translate("TrainingModels", "%1 days").replace("%1", words.amount(days)))
    if hours:
        parts.append(translate("TrainingModels", "%1 h").replace("%1", words.amount(hours)))
    return " · ".join(parts)


def session_tooltip(row: Any) -> str:
    d = row.data
    lines = [d.title, f"{d.organiser}  {d.place}".strip(), d.note]
    if row.certificates:
        lines.append(translate("TrainingModels", "Certificates: %1").replace("%1", str(row.certificates)))
    return "\n".join(line for line in lines if line)


def sessions_model(parent=None) -> TableModel:  # type: ignore[no-untyped-def]
    return TableModel((
        Column(lambda: translate("TrainingModels", "Dates"), lambda r: dates_text(r.data.start, r.data.end),
               lambda r: r.data.start),
        Column(lambda: translate("TrainingModels", "Training"), lambda r: r.data.title, tooltip=session_tooltip),
        Column(lambda: translate("TrainingModels", "Kind"), lambda r: words.kind_label(r.data.kind)),
        Column(lambda: translate("TrainingModels", "Length"), lambda r: length_text(r.data.days, r.data.class_hours),
               lambda r: r.data.days or r.data.class_hours / 8),
        Column(lambda: translate("TrainingModels", "Attended"), lambda r: f"{r.attended}/{r.participants}",
               lambda r: r.attended, numeric=True),
    ), key=lambda r: r.id, parent=parent)


def participants_model(parent=None) -> TableModel:  # type: ignore[no-untyped-def]
    return TableModel((
        Column(lambda: translate("TrainingModels", "Name"), lambda r: r.name,
               colour=lambda r: GREY if r.archived else None),
        Column(lambda: translate("TrainingModels", "Roles"), lambda r: roles_text(r.roles)),
        Column(lambda: translate("TrainingModels", "Attended"), lambda r: "", lambda r: int(r.attended),
               check=lambda r: r.attended, field="attended"),
        Column(lambda: translate("TrainingModels", "Certificate no."), lambda r: r.certificate_no, editable=True,
               field="certificate_no"),
    ), key=lambda r: (r.session_id, r.person_id), parent=parent)


def totals_model(parent=None) -> TableModel:  # type: ignore[no-untyped-def]
    return TableModel((
        Column(lambda: translate("TrainingModels", "Name"), lambda r: r.name),
        Column(lambda: translate("TrainingModels", "Roles"), lambda r: roles_text(r.roles)),
        Column(lambda: translate("TrainingModels", "Done"), lambda r: words.amount(r.counted_days),
               lambda r: r.counted_days, numeric=True),
        Column(lambda: translate("TrainingModels", "Required"),
               lambda r: words.amount(r.required_days) if r.required_days is not None else "",
               lambda r: r.required_days or 0.0, numeric=True),
        Column(lambda: translate("TrainingModels", "Short by"),
               lambda r: words.amount(r.shortfall) if r.shortfall else "", lambda r: r.shortfall,
               colour=lambda r: RED if r.shortfall else None, numeric=True),
    ), key=lambda r: r.person_id, parent=parent)


def commendations_model(parent=None) -> TableModel:  # type: ignore[no-untyped-def]
    return TableModel((
        Column(lambda: translate("TrainingModels", "Date"), lambda r: r.data.day.isoformat(), lambda r: r.data.day),
        Column(lambda: translate("TrainingModels", "Title"), lambda r: r.data.title, tooltip=commendation_tooltip),
        Column(lambda: translate("TrainingModels", "Level"), lambda r: words.level_label(r.data.level),
               lambda r: -LEVELS.index(r.data.level) if r.data.level in LEVELS else 0),
        Column(lambda: translate("TrainingModels", "Awarded to"), lambda r: r.recipient),
        Column(lambda: translate("TrainingModels", "Evaluation"), lambda r: _evaluation(r),
               lambda r: r.data.evaluation_year or 0),
    ), key=lambda r: r.id, parent=parent)


def commendation_tooltip(row: Any) -> str:
    d = row.data
    body = translate("TrainingModels", "Awarded by %1").replace("%1", d.awarding_body) if d.awarding_body else ""
    return "\n".join(line for line in (d.title, body, d.note) if line)


def _evaluation(row: Any) -> str:
    if row.data.evaluation_year is None:
        return ""
    grade = words.grade_label(row.grade)
    return f"{row.data.evaluation_year} {grade}" if grade else str(row.data.evaluation_year)
