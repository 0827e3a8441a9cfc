"""The People table: rows are service dataclasses; the model sorts them (as `rows.SortedRows` says why),
the proxy does search and filters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from partyplan import texts
from partyplan.dates import format_date
from partyplan.enums import Education, Role
from partyplan.people.service import PersonRow
from partyplan.ui.rows import SortedRows, SortProxy

COLUMNS = (
    "name", "gender", "birth_date", "education", "phone", "roles", "party_category", "organisation",
    "unit", "address", "household", "id_number", "joined_date", "archived",
)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROLE_ORDER = (Role.CADRE, Role.PARTY_MEMBER, Role.VOLUNTEER, Role.RESIDENT_REP)

Index = QModelIndex | QPersistentModelIndex


def roles_text(roles: frozenset[Role] | set[Role]) -> str:
    return texts.list_separator().join(texts.role_label(r.value) for r in ROLE_ORDER if r in roles)


def cell_text(row: PersonRow, column: str) -> str:
    if column == "gender":
        return texts.gender_label(row.gender)
    if column == "roles":
        return roles_text(row.roles)
    if column == "party_category":
        return texts.category_label(row.party_category)
    if column == "education":
        return texts.education_label(row.education)
    if column == "archived":
        return texts.status_label(row.archived)
    value = getattr(row, column)
    if column.endswith("_date"):
        return format_date(value)
    return value or ""


def sort_value(row: PersonRow, column: str) -> object:
    """Dates by value, schooling by level, roles and labels as read, the rest as stored."""
    if column in ("roles", "gender", "party_category", "archived"):
        return cell_text(row, column)
    value = getattr(row, column)
    if column == "education":
        return [e.value for e in Education].index(value) if value else None
    return value


class PeopleModel(SortedRows, QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[PersonRow] = []
        self.membership: dict[int, int | None] = {}  # each person's branch or party group
        self.unit_names: dict[int, str] = {}
        self.off_roll: set[int] = set()  # party members the transfers log has off the roll today

    def set_rows(self, rows: list[PersonRow], membership: dict[int, int | None] | None = None,
                 unit_names: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.membership, self.unit_names = membership or {}, unit_names or {}
        self.rows = self._sorted_rows(rows)
        self.endResetModel()

    def sort_key(self, column: int) -> Callable[[PersonRow], object]:
        name = COLUMNS[column]
        if name == "organisation":
            return self.unit_name
        return lambda row: sort_value(row, name)

    def unit_name(self, person: PersonRow) -> str:
        return self.unit_names.get(self.membership.get(person.id) or 0, "")

    def row_at(self, row: int) -> PersonRow:
        return self.rows[row]

    def row_of(self, person_id: int) -> int | None:
        for n, person in enumerate(self.rows):
            if person.id == person_id:
                return n
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
            self.sort(*self._sorted_by)  # gender, roles and status read differently in another language

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return texts.field_label(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        person = self.rows[index.row()]
        column = COLUMNS[index.column()]
        away = person.id in self.off_roll and Role.PARTY_MEMBER in person.roles
        if role == Qt.ItemDataRole.DisplayRole:
            if away and column == "party_category":
                return QCoreApplication.translate("PeopleModel", "Off the roll")
            return self.unit_name(person) if column == "organisation" else cell_text(person, column)
        if role == ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.ToolTipRole and column in ("address", "unit") :
            return cell_text(person, column) or None
        if away and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("PeopleModel", "Transferred out (or not yet reported here): not on "
                                                             "this office's roll; see People › Transfers.")
        if (person.archived or away) and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#8a8a8a"))
        if person.archived and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class PeopleFilter(SortProxy):
    """Search across the columns people actually look things up by, plus role and status filters."""

    STATUS_ACTIVE, STATUS_ARCHIVED, STATUS_ALL = "active", "archived", "all"

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._search = ""
        self._role: Role | None = None
        self._status = self.STATUS_ACTIVE
        self._units: set[int | None] | None = None

    def set_units(self, units: set[int | None] | None) -> None:
        """Only the people of these units (a branch and its groups; {None}: of none), or everyone (None)."""
        self.beginFilterChange()
        self._units = units
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_role(self, role: Role | None) -> None:
        self.beginFilterChange()
        self._role = role
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PeopleModel)
        person = model.row_at(source_row)
        if self._status == self.STATUS_ACTIVE and person.archived:
            return False
        if self._status == self.STATUS_ARCHIVED and not person.archived:
            return False
        if self._role is not None and self._role not in person.roles:
            return False
        if self._units is not None and model.membership.get(person.id) not in self._units:
            return False
        if not self._search:
            return True
        haystack = " ".join(
            v for v in (person.name, person.phone, person.id_number, person.address, person.household,
                        person.unit, person.notes) if v
        ).casefold()
        return all(word in haystack for word in self._search.split())
