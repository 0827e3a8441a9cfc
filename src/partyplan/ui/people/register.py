"""People: the shared register every other tab draws on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.enums import Role
from partyplan.organisations.service import OrgRow
from partyplan.ui import prompts
from partyplan.ui.empty_state import EmptyState
from partyplan.ui.operations import Operations
from partyplan.ui.organisations.org_dialog import path_label
from partyplan.ui.people.models import ID_ROLE, ROLE_ORDER, PeopleFilter, PeopleModel
from partyplan.ui.people.person_dialog import PersonDialog
from partyplan.ui.widgets import refill_combo

NO_UNIT = -1  # the unit filter's "in no branch"


class PeopleTab(QWidget):
    sig_import_requested = Signal()
    sig_export_requested = Signal()
    sig_assign_requested = Signal(list)  # the selected people, to put in a branch or party group

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = operations
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.search = QLineEdit()
        self.role_filter = QComboBox()
        self.status_filter = QComboBox()
        self.unit_filter = QComboBox()
        self.units: list[OrgRow] = []
        self.assign_action = QAction(self)
        self.count_label = QLabel()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.archive_button = QPushButton()
        self.delete_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.empty_add, self.empty_import = QPushButton(), QPushButton()
        self.empty = EmptyState([self.empty_add, self.empty_import])  # instead of the table while nobody is in it
        self.table_or_empty = QStackedWidget()
        self.dialog: PersonDialog | None = None
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self.reload)
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_ids()
        membership, self.units = self._ops.organisations.units()
        self.model.off_roll = self._ops.members.off_roll(dt.date.today())
        self.model.set_rows(self._ops.people(), membership, {o.id: o.name for o in self.units})
        self._fill_units()
        self._select(selected)
        self._update_count()

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(index.data(ID_ROLE)) for index in rows]

    def add_person(self) -> PersonDialog:
        return self._open_dialog(None)

    def edit_selected(self) -> PersonDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        return self._open_dialog(ids[0])

    def toggle_archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        archive = not self._all_archived(ids)
        self._ops.set_archived(ids, archive)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = "、".join(self._ops.person(i).name for i in ids[:5]) + ("…" if len(ids) > 5 else "")
        question = self.tr(
            "Delete %1? People already named in records (duties, meetings, posts) are archived instead, "
            "so that those records stay complete."
        ).replace("%1", names)
        if not prompts.confirm(self, self.tr("Delete people"), question):
            return
        outcome = self._ops.delete_people(ids)
        if outcome["archived"]:
            prompts.info(
                self,
                self.tr("Delete people"),
                self.tr("%1 deleted; %2 archived because records refer to them.")
                .replace("%1", str(outcome["deleted"]))
                .replace("%2", str(outcome["archived"])),
            )

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.table.setObjectName("people_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((90, 70, 100, 110, 115, 200, 100, 120, 160, 230, 80, 160, 100, 70)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.search.setObjectName("people_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.role_filter.currentIndexChanged.connect(self._on_role)
        self.status_filter.currentIndexChanged.connect(self._on_status)
        self.unit_filter.setObjectName("people_unit_filter")
        for combo, letters in ((self.role_filter, 6), (self.unit_filter, 8)):  # the bar fits 1024 px
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        self.unit_filter.currentIndexChanged.connect(self._on_unit)
        self.assign_action.triggered.connect(lambda: self.sig_assign_requested.emit(self.selected_ids()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archive_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.sig_import_requested)
        self.empty_add.clicked.connect(self.add_person)
        self.empty_import.clicked.connect(self.sig_import_requested)
        self.export_button.clicked.connect(self.sig_export_requested)
        bar = QHBoxLayout()
        for widget in (self.search, self.role_filter, self.status_filter, self.unit_filter):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.archive_button, self.delete_button,
                       self.import_button, self.export_button):
            bar.addWidget(button)
        self.search.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.table_or_empty.addWidget(self.table)
        self.table_or_empty.addWidget(self.empty)
        layout.addWidget(self.table_or_empty, 1)
        layout.addWidget(self.count_label)
        self._update_buttons()

    def _open_dialog(self, person_id: int | None) -> PersonDialog:
        person = self._ops.person(person_id) if person_id is not None else None
        self.dialog = PersonDialog(self._ops, person, self)
        self.dialog.sig_saved.connect(lambda pid: self._select([pid]))
        self.dialog.open()
        return self.dialog

    def _select(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for person_id in ids:
            source_row = self.model.row_of(person_id)
            if source_row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid():
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                selection.select(index, flags)
                self.table.scrollTo(index)
        self._update_buttons()

    def _all_archived(self, ids: list[int]) -> bool:
        rows = [self.model.row_at(r) for r in (self.model.row_of(i) for i in ids) if r is not None]
        return bool(rows) and all(r.archived for r in rows)

    def _on_changed(self, area: str) -> None:
        if area in ("people", "organisations", "members"):
            self.reload()

    def _context_menu(self, point) -> None:  # type: ignore[no-untyped-def]
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction(self.assign_action)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _fill_units(self) -> None:
        """All, none, then each branch and party group in tree order (a branch shows its groups' people too)."""
        items: list[tuple[str, object]] = [(self.tr("All branches"), None), (self.tr("In no branch"), NO_UNIT)]
        items += [(path_label(o, self.units), o.id) for o in self.units if o.is_unit and not o.archived]
        refill_combo(self.unit_filter, items)
        self.unit_filter.setVisible(len(items) > 2)
        self._on_unit()

    def _on_unit(self) -> None:
        value = self.unit_filter.currentData()
        if value is None:
            units: set[int | None] | None = None
        elif value == NO_UNIT:
            units = {None}
        else:
            units = {value} | {o.id for o in self.units if o.parent_id == value}
        self.proxy.set_units(units)
        self._update_count()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_role(self) -> None:
        value = self.role_filter.currentData()
        self.proxy.set_role(Role(value) if value else None)
        self._update_count()

    def _on_status(self) -> None:
        self.proxy.set_status(self.status_filter.currentData() or PeopleFilter.STATUS_ACTIVE)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        self.table_or_empty.setCurrentWidget(self.table if total else self.empty)
        archived = sum(1 for n in range(total) if self.model.row_at(n).archived)
        self.count_label.setText(
            self.tr("People shown: %1 of %2 (%3 archived)")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(total))
            .replace("%3", str(archived))
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        self.edit_button.setEnabled(len(ids) == 1)
        self.archive_button.setEnabled(bool(ids))
        self.delete_button.setEnabled(bool(ids))
        self.archive_button.setText(self.tr("Restore") if ids and self._all_archived(ids) else self.tr("Archive"))

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, phone, address, unit ..."))
        refill_combo(self.role_filter, [(self.tr("All roles"), None)] + [(texts.role_label(r.value), r.value) for r in ROLE_ORDER])
        refill_combo(self.status_filter, [
            (self.tr("Active"), PeopleFilter.STATUS_ACTIVE),
            (self.tr("Archived"), PeopleFilter.STATUS_ARCHIVED),
            (self.tr("All"), PeopleFilter.STATUS_ALL),
        ])
        self._fill_units()
        self.assign_action.setText(self.tr("Assign to a branch or group..."))
        self.add_button.setText(self.tr("Add person..."))
        self.edit_button.setText(self.tr("Edit..."))
        self.delete_button.setText(self.tr("Delete..."))
        self.import_button.setText(self.tr("Import..."))
        self.export_button.setText(self.tr("Export..."))
        self.empty_add.setText(self.tr("Add person..."))
        self.empty_import.setText(self.tr("Import a member list..."))
        self.empty.set_text(self.tr("No one in the register yet"), self.tr(
            "Duty rosters, volunteer posts, meetings and training all draw on this register. Add people one at a "
            "time, or import the member list you keep in Excel or as a .csv file (%1 does the same): a preview "
            "shows who will be added before anything is saved.")
            .replace("%1", texts.place(("MainWindow", "&File"), ("MainWindow", "&Import people..."))))
        self.model.retranslate()
        self._update_count()

