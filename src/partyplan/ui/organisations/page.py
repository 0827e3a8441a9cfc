"""People › Branches (组织机构): the office's 党委 / 党总支 over its 支部, each with its 党小组, as a tree;
the members of the unit chosen in it; "Assign to…" to move people between units.

The tree is small (a community has a handful of branches), so it is a QTreeWidget refilled on each
change; the members are a RowsModel table, since a branch may have hundreds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from partyplan import texts
from partyplan.organisations import InvalidOrganisation
from partyplan.organisations.service import OrgRow
from partyplan.organisations.terms import ELECTED, REMIND_MONTHS, TermRow
from partyplan.people.service import PersonRow
from partyplan.texts import organisations as words
from partyplan.ui import prompts
from partyplan.ui.empty_state import EmptyState
from partyplan.ui.operations import Operations
from partyplan.ui.organisations.assign_dialog import AssignDialog
from partyplan.ui.organisations.org_dialog import OrgDialog, below
from partyplan.ui.organisations.term_dialogs import PostponeDialog, TermDialog
from partyplan.ui.people.models import roles_text
from partyplan.ui.people.picker import PeoplePicker
from partyplan.ui.rows import ID_ROLE, Column, RowsModel

ORG_ROLE = Qt.ItemDataRole.UserRole + 3
ARCHIVED_COLOUR = "#8a8a8a"


class MembersModel(RowsModel):
    """The people of the chosen unit and of the units under it, with the unit each belongs to."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        self.unit_names: dict[int, str] = {}
        self.membership: dict[int, int | None] = {}
        super().__init__((
            Column(lambda: texts.field_label("name"), lambda p: p.name),
            Column(lambda: texts.field_label("roles"), lambda p: roles_text(p.roles)),
            Column(lambda: texts.field_label("party_category"), lambda p: texts.category_label(p.party_category)),
            Column(lambda: self.tr("Belongs to"), lambda p: self.unit_names.get(self.membership.get(p.id) or 0, "")),
        ), parent)


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class TermsModel(RowsModel):
    """A committee's terms, the latest last: when elected, for how long, when the next election is due."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__((
            Column(lambda: self.tr("Elected on"), lambda t: _date(t.elected_on), lambda t: t.elected_on),
            Column(lambda: self.tr("Years"), lambda t: str(t.years), lambda t: t.years, numeric=True),
            Column(lambda: self.tr("Term ends"), lambda t: _date(t.ends_on), lambda t: t.ends_on),
            Column(lambda: self.tr("Prepare the election from"), lambda t: _date(t.election_due),
                   lambda t: t.election_due),
            Column(lambda: self.tr("Postponed to"), lambda t: _date(t.extended_until), lambda t: t.extended_until),
            Column(lambda: self.tr("Note"), lambda t: t.note),
        ), parent, text_tooltips=True)


class BranchesPage(QWidget):
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("branches_page")
        self._ops = operations
        self.orgs = operations.organisations
        self.rows: list[OrgRow] = []
        self.tree = QTreeWidget()
        self.show_archived = QCheckBox()
        self.new_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.unit_title = QLabel()
        self.members_model = MembersModel(self)
        self.members = QTableView()
        self.add_people_button, self.assign_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.members_box = QGroupBox()
        self.today: Callable[[], dt.date] = dt.date.today
        self.terms_model = TermsModel(self)
        self.terms = QTableView()
        self.terms_box = QGroupBox()
        self.term_status = QLabel()
        self.term_button, self.postpone_button = QPushButton(), QPushButton()
        self.empty_new = QPushButton()
        self.empty = EmptyState([self.empty_new])
        self.dialog: OrgDialog | AssignDialog | TermDialog | PostponeDialog | None = None
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self.reload)
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.selected_org()
        self.rows = self.orgs.orgs(include_archived=self.show_archived.isChecked())
        known = self._fill_tree()
        self.empty.setVisible(not self.rows)
        self.tree.setVisible(bool(self.rows))
        self.select(chosen if chosen in known else (self.rows[0].id if self.rows else None))

    def _fill_tree(self) -> set[int]:
        """The tree from the rows read last, the chosen unit kept, without reading the store again (a
        change of language words the kinds anew)."""
        chosen = self.selected_org()
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for row in self.rows:
            holder = items.get(row.parent_id) if row.parent_id is not None else None
            item = QTreeWidgetItem(holder) if holder is not None else QTreeWidgetItem(self.tree)
            item.setText(0, row.name)
            item.setText(1, words.kind_label(row.kind))
            item.setText(2, str(row.people) if row.is_unit else "")
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, ORG_ROLE, row.id)
            if row.archived:
                for column in range(3):
                    item.setForeground(column, Qt.GlobalColor.gray)
                item.setText(1, words.kind_label(row.kind) + " " + self.tr("(archived)"))
            items[row.id] = item
        self.tree.expandAll()
        if chosen in items:
            self.tree.setCurrentItem(items[chosen])
        self.tree.blockSignals(False)
        return set(items)

    def select(self, org_id: int | None) -> None:
        item = self._item(org_id) if org_id is not None else None
        if item is self.tree.currentItem():  # no signal: show it again (what belongs to it may have changed)
            self._show_unit()
            return
        self.tree.setCurrentItem(item)  # type: ignore[arg-type]
        if item is None:
            self._show_unit()

    def selected_org(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, ORG_ROLE)) if item is not None else None

    def selected_row(self) -> OrgRow | None:
        org_id = self.selected_org()
        return next((r for r in self.rows if r.id == org_id), None)

    def selected_people(self) -> list[int]:
        return [int(i.data(ID_ROLE)) for i in self.members.selectionModel().selectedRows()]

    def new_org(self) -> OrgDialog:
        return self._open_org(None)

    def edit_org(self) -> OrgDialog | None:
        row = self.selected_row()
        return self._open_org(row) if row is not None else None

    def delete_org(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.archived:
            self.orgs.set_archived(row.id, False)
            return
        title = self.tr("Delete organisation")
        if not prompts.confirm(self, title, self.tr(
                "Delete %1? If people, meetings or other organisations belong to it, it is archived instead, so "
                "that their records stay complete.").replace("%1", row.name)):
            return
        try:
            deleted = self.orgs.delete_or_archive(row.id)
        except InvalidOrganisation as exc:
            prompts.error(self, title, words.problem(exc.field, exc.code))
            return
        if not deleted:
            prompts.info(self, title, self.tr("%1 is archived: people, meetings or other organisations belong to "
                                              "it. Tick “Show archived” to see it or restore it.").replace("%1", row.name))

    def add_people(self) -> PeoplePicker | None:
        """Choose people from the register to put in the selected branch or group."""
        row = self.selected_row()
        if row is None or not row.is_unit:
            return None
        membership = self.members_model.membership
        picker = PeoplePicker(self.orgs.people(), {p for p, o in membership.items() if o == row.id}, self)
        picker.setWindowTitle(self.tr("People of %1").replace("%1", row.name))
        picker.accepted.connect(lambda: self._picked(row.id, picker.chosen_ids()))
        self.dialog = picker  # type: ignore[assignment]
        picker.open()
        return picker

    def assign_selected(self) -> AssignDialog | None:
        return self.assign(self.selected_people())

    def assign(self, person_ids: list[int], parent: QWidget | None = None) -> AssignDialog | None:
        """The Assign to… dialog for these people (from this page or from the register, its `parent`)."""
        if not person_ids:
            return None
        names = {p.id: p.name for p in self.orgs.people()}
        membership = self.orgs.membership()
        current = {membership.get(p) for p in person_ids}
        self.dialog = AssignDialog(self.orgs, person_ids, [names.get(p, "?") for p in person_ids],
                                   current.pop() if len(current) == 1 else None, parent or self)
        self.dialog.open()
        return self.dialog

    def record_term(self) -> TermDialog | None:
        row = self.selected_row()
        if row is None or row.kind not in ELECTED or row.archived:
            return None
        self.dialog = TermDialog(self.orgs, row.id, row.name, self.today(), self)
        self.dialog.open()
        return self.dialog

    def postpone_term(self) -> PostponeDialog | None:
        current = max(self.terms_model.rows, key=lambda t: t.elected_on, default=None)
        if current is None:
            return None
        self.dialog = PostponeDialog(self.orgs, current, self)
        self.dialog.open()
        return self.dialog

    def remove_selected(self) -> None:
        ids = self.selected_people()
        if ids:
            self.orgs.assign(ids, None)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.tree.setObjectName("org_tree")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._show_unit())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_org())
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.new_button.clicked.connect(self.new_org)
        self.empty_new.clicked.connect(self.new_org)
        self.edit_button.clicked.connect(self.edit_org)
        self.delete_button.clicked.connect(self.delete_org)
        self.members.setObjectName("unit_members")
        self.members.setModel(self.members_model)
        self.members.setSortingEnabled(True)
        self.members.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.verticalHeader().hide()
        self.members.setAlternatingRowColors(True)
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.setWordWrap(False)
        self.members.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for column, width in enumerate((110, 150, 110)):
            self.members.setColumnWidth(column, width)
        self.members.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_people_button.clicked.connect(self.add_people)
        self.assign_button.clicked.connect(self.assign_selected)
        self.remove_button.clicked.connect(self.remove_selected)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.empty, 1)
        left_layout.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        members_layout = QVBoxLayout(self.members_box)
        members_layout.addWidget(self.members, 1)
        row = QHBoxLayout()
        for button in (self.add_people_button, self.assign_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        members_layout.addLayout(row)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setChildrenCollapsible(False)
        self.right.addWidget(self.members_box)
        self.terms.setObjectName("terms_table")
        self.terms.setModel(self.terms_model)
        self.terms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.terms.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.terms.verticalHeader().hide()
        self.terms.setWordWrap(False)
        self.terms.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.terms.horizontalHeader().setStretchLastSection(True)
        self.terms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.term_status.setWordWrap(True)
        self.term_button.clicked.connect(self.record_term)
        self.postpone_button.clicked.connect(self.postpone_term)
        terms_layout = QVBoxLayout(self.terms_box)
        terms_layout.addWidget(self.term_status)
        terms_layout.addWidget(self.terms, 1)
        term_row = QHBoxLayout()
        for button in (self.term_button, self.postpone_button):
            term_row.addWidget(button)
        term_row.addStretch(1)
        terms_layout.addLayout(term_row)
        self.right.addWidget(self.terms_box)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.unit_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        right_layout.addWidget(self.unit_title)
        right_layout.addWidget(self.right, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _item(self, org_id: int) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, ORG_ROLE) == org_id:
                return item
        return None

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for n in range(item.childCount()):
                walk(item.child(n))

        for n in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(n))
        return found

    def _show_unit(self) -> None:
        row = self.selected_row()
        membership = self.orgs.membership()
        under = below(self.rows, row.id) if row else set()
        self.members_model.unit_names = {r.id: r.name for r in self.rows}
        self.members_model.membership = membership
        people: list[PersonRow] = [p for p in self.orgs.people() if membership.get(p.id) in under and not p.archived]
        self.members_model.set_rows(people)
        self._title(row, len(people))
        self._show_terms(row)
        self._update_buttons()

    def _show_terms(self, row: OrgRow | None) -> None:
        """The unit's committee terms; a party group elects none, so the box is hidden for it."""
        elected = row is not None and row.kind in ELECTED
        self.terms_box.setVisible(elected)
        terms: list[TermRow] = self.orgs.terms(row.id) if elected and row is not None else []
        self.terms_model.set_rows(terms)
        self._term_status()

    def _term_status(self) -> None:
        """Where the chosen committee's term stands, from the terms read last."""
        row = self.selected_row()
        terms = sorted(self.terms_model.rows, key=lambda t: t.elected_on)
        current = terms[-1] if terms else None
        today = self.today()
        if current is None:
            text, warn = self.tr("No term recorded. Record the committee elected at the last election meeting."), \
                row is not None and row.kind in ELECTED
        elif current.runs_until < today:
            text, warn = self.tr("The term ended on %1 without a new election: elect the committee now.").replace(
                "%1", current.runs_until.isoformat()), True
        elif current.election_due <= today and current.extended_until is None:
            text, warn = self.tr("The term ends on %1: prepare the election now (the reminder comes %2 months "
                                 "before).").replace("%1", current.ends_on.isoformat()).replace(
                "%2", str(REMIND_MONTHS)), True
        elif current.extended_until is not None:
            text, warn = self.tr("The term ended on %1; the election is postponed to %2 (%3).").replace(
                "%1", current.ends_on.isoformat()).replace("%2", current.extended_until.isoformat()).replace(
                "%3", current.note), current.extended_until <= today
        else:
            text, warn = self.tr("The current term runs until %1; the reminder to prepare the election comes on "
                                 "%2, %3 months before.").replace("%1", current.ends_on.isoformat()).replace(
                "%2", current.election_due.isoformat()).replace("%3", str(REMIND_MONTHS)), False
        self.term_status.setText(text)
        self.term_status.setStyleSheet("color: #b00020; font-weight: 600;" if warn else "")
        self.postpone_button.setEnabled(current is not None)

    def _title(self, row: OrgRow | None, count: int) -> None:
        if row is None:
            self.unit_title.setText("")
            self.members_box.setTitle(self.tr("Members"))
            return
        self.unit_title.setText(f"{row.name}  ({words.kind_label(row.kind)})")
        self.members_box.setTitle(self.tr("Members: %1").replace("%1", str(count)))

    def _picked(self, org_id: int, chosen: list[int]) -> None:
        before = {p for p, o in self.members_model.membership.items() if o == org_id}
        added = [p for p in chosen if p not in before]
        dropped = [p for p in before if p not in set(chosen)]
        if added:
            self.orgs.assign(added, org_id)
        if dropped:
            self.orgs.assign(dropped, None)

    def _open_org(self, row: OrgRow | None) -> OrgDialog:
        self.dialog = OrgDialog(self.orgs, row, self.selected_org(), self)
        self.dialog.sig_saved.connect(lambda org_id: self.select(org_id))
        self.dialog.open()
        return self.dialog

    def _on_changed(self, area: str) -> None:
        if area in ("organisations", "people"):
            self.reload()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None and not row.archived)
        self.delete_button.setEnabled(row is not None)
        self.delete_button.setText(self.tr("Restore") if row is not None and row.archived else self.tr("Delete..."))
        self.add_people_button.setEnabled(row is not None and row.is_unit and not row.archived)
        chosen = bool(self.selected_people())
        self.assign_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Organisation"), self.tr("Kind"), self.tr("People")])
        self.show_archived.setText(self.tr("Show archived"))
        self.new_button.setText(self.tr("New..."))
        self.edit_button.setText(self.tr("Edit..."))
        self.add_people_button.setText(self.tr("Add people..."))
        self.assign_button.setText(self.tr("Assign to..."))
        self.remove_button.setText(self.tr("Remove from unit"))
        self.term_button.setText(self.tr("Record a term..."))
        self.postpone_button.setText(self.tr("Postpone the election..."))
        self.terms_model.retranslate()
        self.empty_new.setText(self.tr("New organisation..."))
        self.empty.set_text(self.tr("No branches yet"), self.tr(
            "Set up the party committee or general branch, its branches (支部) and their party groups (党小组), "
            "then put each member in one. Meetings, the 三会一课 check and committee terms then go by branch."))
        self.members_model.retranslate()
        self.terms_box.setTitle(self.tr("Committee terms"))
        self._title(self.selected_row(), self.members_model.rowCount())
        self._fill_tree()  # the kinds, in the new language; from what was read, not the store again
        self._term_status()
        self._update_buttons()

