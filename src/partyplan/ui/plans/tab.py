"""Plans: a year's plan as a tree of sections and items, with progress, filters, targets and undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QFrame,
    QProgressBar,
    QScrollArea,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import ItemStatus
from partyplan.plans import progress
from partyplan.plans.service import ItemNode, SectionNode
from partyplan.texts import plans as plan_texts
from partyplan.ui.empty_state import EmptyState
from partyplan.ui.operations import Operations
from partyplan.ui.plans import commands
from partyplan.ui.plans.actions import PlanActions
from partyplan.ui.plans.item_panel import PlanItemPanel
from partyplan.ui.plans.ratio_bar import RatioBarDelegate
from partyplan.ui.plans.targets_model import RATIO_ROLE as TARGET_RATIO_ROLE
from partyplan.ui.plans.targets_model import TargetsModel
from partyplan.ui.plans.tree_model import NODE_ROLE, RATIO_ROLE, PlanFilter, PlanTreeModel
from partyplan.ui.widgets import refill_combo


class PlansTab(QWidget):
    _reverting = False  # Keep editing put the selection back: nothing to show anew
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plans_tab")
        self.ops = operations
        self.plans = operations.plans
        self.undo_stack = QUndoStack(self)
        self.model = PlanTreeModel(self)
        self.model.on_edit = self._inline_edit
        self.model.on_move = self._move
        self.proxy = PlanFilter(self)
        self.proxy.setSourceModel(self.model)
        self.targets_model = TargetsModel(self)
        self.tree = QTreeView()
        self.panel = PlanItemPanel()
        self.targets = QTableView()
        self.plan_combo = QComboBox()
        self.overall = QProgressBar()
        self.quarter_bars = {q: QProgressBar() for q in range(1, 5)}
        self.search = QLineEdit()
        self.status_filter = QComboBox()
        self.quarter_filter = QComboBox()
        self.responsible_filter = QLineEdit()
        self.overdue_filter = QCheckBox()
        self.buttons = {key: QPushButton() for key in (
            "new_plan", "edit_plan", "import", "copy", "export_docx", "export_xlsx", "delete_plan",
            "add_section", "add_item", "delete", "undo", "redo",
            "add_target", "edit_target", "record_actual", "delete_target", "empty_new", "empty_import")}
        self.targets_box = QGroupBox()
        self.stack = QStackedWidget()
        self.plan_id: int | None = None
        self.actions = PlanActions(self)
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self._on_database_switched)
        self.reload_plans()

    # -- loading -----------------------------------------------------------------------------
    def reload_plans(self, select: int | None = None) -> None:
        plans = self.plans.list()
        wanted = select if select is not None else self.plan_id
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in plans:
            years = f"{plan.year}-{plan.end_year}" if plan.end_year else str(plan.year)
            self.plan_combo.addItem(f"{years}  {plan.title}", plan.id)
        index = self.plan_combo.findData(wanted) if wanted is not None else -1
        self.plan_combo.setCurrentIndex(index if index >= 0 else 0 if plans else -1)
        self.plan_combo.blockSignals(False)
        self.stack.setCurrentIndex(1 if plans else 0)
        self._show_plan(self.plan_combo.currentData() if plans else None)

    def reload_tree(self) -> None:
        expanded, selected = self._view_state()
        tree = self.plans.tree(self.plan_id) if self.plan_id is not None else None
        first_load = self.model.tree is None or (tree and self.model.tree.plan.id != tree.plan.id)
        self.model.set_tree(tree)
        if first_load:
            self.tree.expandAll()
        else:
            self._restore_view(expanded, selected)
        self._update_progress()
        self._update_targets()
        self._show_details()

    def selected_key(self) -> tuple[str, int] | None:
        indexes = self.tree.selectionModel().selectedRows()
        return indexes[0].data(NODE_ROLE) if indexes else None

    def select_key(self, key: tuple[str, int]) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(key))
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)

    def push(self, command) -> None:  # type: ignore[no-untyped-def]
        self.undo_stack.push(command)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._content_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        b = self.buttons
        self.plan_combo.currentIndexChanged.connect(lambda: self._show_plan(self.plan_combo.currentData()))
        for key, slot in (("new_plan", self.actions.new_plan), ("empty_new", self.actions.new_plan),
                          ("edit_plan", self.actions.edit_plan), ("import", self.actions.import_plan),
                          ("empty_import", self.actions.import_plan), ("copy", self.actions.copy_plan),
                          ("export_docx", self.actions.export_docx), ("export_xlsx", self.actions.export_xlsx),
                          ("delete_plan", self.actions.delete_plan), ("add_section", self.actions.add_section),
                          ("add_item", self.actions.add_item), ("delete", self.actions.delete_selected),
                          ("undo", self.undo_stack.undo), ("redo", self.undo_stack.redo),
                          ("add_target", self.actions.add_target), ("edit_target", self.actions.edit_target),
                          ("record_actual", self.actions.record_actual),
                          ("delete_target", self.actions.delete_target)):
            b[key].clicked.connect(slot)
        self.undo_stack.canUndoChanged.connect(b["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(b["redo"].setEnabled)
        b["undo"].setEnabled(False)
        b["redo"].setEnabled(False)
        for sequence, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                               (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.panel.sig_edit.connect(self._panel_edit)
        self.panel.sig_occurrence.connect(self._occurrence_edit)
        self.panel.sig_choose_people.connect(self.actions.choose_people)
        self.panel.sig_add_note.connect(lambda item, text, day: self.plans.add_note(item, text, day))
        self.panel.sig_delete_note.connect(self.plans.delete_note)

    def _empty_page(self) -> QWidget:
        self.empty = EmptyState([self.buttons["empty_new"], self.buttons["empty_import"]])
        self.empty_title, self.empty_body = self.empty.title, self.empty.body
        return self.empty

    def _content_page(self) -> QWidget:
        page = QWidget()
        top = QHBoxLayout()
        # A long plan title must not widen the window: the combo shrinks, the list shows titles in full.
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(16)
        top.addWidget(self.plan_combo, 1)
        for key in ("new_plan", "edit_plan", "import", "copy", "export_docx", "export_xlsx", "delete_plan"):
            top.addWidget(self.buttons[key])
        bars = QHBoxLayout()
        bars.addWidget(self.overall, 2)
        for bar in self.quarter_bars.values():
            bars.addWidget(bar, 1)
        for bar in (self.overall, *self.quarter_bars.values()):
            bar.setTextVisible(True)
        filters = QHBoxLayout()
        for widget in (self.search, self.status_filter, self.quarter_filter, self.responsible_filter,
                       self.overdue_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        for key in ("add_section", "add_item", "delete", "undo", "redo"):
            filters.addWidget(self.buttons[key])
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.responsible_filter.setClearButtonEnabled(True)
        for widget in (self.search, self.responsible_filter):
            widget.textChanged.connect(self._apply_filters)
        for combo in (self.status_filter, self.quarter_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.overdue_filter.toggled.connect(self._apply_filters)
        self._setup_tree()
        self._setup_targets()
        details = QScrollArea()  # the panel's form is tall; on a small screen it scrolls instead of growing
        details.setWidget(self.panel)
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.tree)
        upper.addWidget(details)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        upper.setSizes([780, 460])
        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(upper)
        lower.addWidget(self.targets_box)
        lower.setStretchFactor(0, 4)
        lower.setStretchFactor(1, 1)
        lower.setSizes([520, 210])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bars)
        layout.addLayout(filters)
        layout.addWidget(lower, 1)
        return page

    def _setup_tree(self) -> None:
        self.tree.setObjectName("plan_tree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setItemDelegateForColumn(4, RatioBarDelegate(RATIO_ROLE, self.tree))
        from partyplan.ui.plans.delegates import StatusDelegate

        self.tree.setItemDelegateForColumn(3, StatusDelegate(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 140), (2, 90), (3, 90), (4, 100)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._show_details())

    def _setup_targets(self) -> None:
        self.targets.setObjectName("targets_table")
        self.targets.setModel(self.targets_model)
        self.targets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targets.verticalHeader().hide()
        self.targets.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.targets.setItemDelegateForColumn(3, RatioBarDelegate(TARGET_RATIO_ROLE, self.targets))
        self.targets.doubleClicked.connect(lambda _i: self.actions.record_actual())
        row = QHBoxLayout()
        for key in ("add_target", "edit_target", "record_actual", "delete_target"):
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        layout = QVBoxLayout(self.targets_box)
        layout.addWidget(self.targets)
        layout.addLayout(row)

    # -- reactions ---------------------------------------------------------------------------
    def _show_plan(self, plan_id: int | None) -> None:
        if plan_id != self.plan_id:
            self.undo_stack.clear()  # undo history belongs to one plan
        self.plan_id = plan_id
        for key in ("edit_plan", "copy", "export_docx", "export_xlsx", "delete_plan", "add_section", "add_item",
                    "add_target"):
            self.buttons[key].setEnabled(plan_id is not None)
        self.reload_tree()

    def _on_changed(self, area: str) -> None:
        if area == "plans":
            self.reload_plans()  # a plan may have been added, renamed or deleted, not just edited
        elif area in ("people", "development"):
            self.reload_tree()  # names of responsible people, computed targets (member development's too)

    def _on_database_switched(self) -> None:
        self.plan_id = None
        self.undo_stack.clear()
        self.reload_plans()

    def _inline_edit(self, kind: str, key: int, field: str, value: object) -> None:
        node = self.model.node(self.model.index_of((kind, key)))
        if node is None:
            return
        before = {field: getattr(node.data, field)}
        if field == "status":
            before["completed_on"] = node.data.completed_on  # type: ignore[union-attr]
        self.push(commands.EditCommand(self.plans, kind, key, before, {field: value}, self.tr("Edit"),
                                       *self._seen(kind, key)))

    def _panel_edit(self, kind: str, key: int, before: dict, after: dict) -> None:  # type: ignore[type-arg]
        self.push(commands.EditCommand(self.plans, kind, key, before, after, self.tr("Edit"), *self._seen(kind, key)))

    def _seen(self, kind: str, key: int) -> tuple[int | None, QWidget, Callable[[], None]]:
        """The version of the row as shown, the window for a conflict's question, and how to show theirs."""
        node = self.model.node(self.model.index_of((kind, key)))
        version = getattr(node.data, "row_version", None) if node is not None else None
        return version, self, self.reload_tree

    def _occurrence_edit(self, item_id: int, period: int, before: str, after: str) -> None:
        self.push(commands.OccurrenceCommand(self.plans, item_id, period, ItemStatus(before), ItemStatus(after),
                                             self.tr("Edit")))

    def _move(self, kind: str, key: int, target: int, position: int) -> None:
        node = self.model.node(self.model.index_of((kind, key)))
        if node is None:
            return
        parent = node.parent
        siblings = [c for c in (parent.children if parent else self.model._roots) if c.kind == kind]
        before = (node.data.section_id if kind == "item" else 0, siblings.index(node))  # type: ignore[union-attr]
        self.push(commands.MoveCommand(self.plans, kind, key, before, (target, position), self.tr("Move")))

    def _apply_filters(self) -> None:
        status = self.status_filter.currentData()
        self.proxy.set_filters(
            status=ItemStatus(status) if status else None, quarter=self.quarter_filter.currentData() or None,
            responsible=self.responsible_filter.text(), overdue_only=self.overdue_filter.isChecked(),
            search=self.search.text())
        self.tree.expandAll()

    def _show_details(self) -> None:
        if self._reverting:
            return
        if self.selected_key() != self.panel.shown_key() and not self.panel.settle_note():
            self._reverting = True  # Keep editing: the item the note was typed for is chosen again
            try:
                self.select_key(self.panel.shown_key())  # type: ignore[arg-type]
            finally:
                self._reverting = False
            return
        self.panel.commit_texts()
        key = self.selected_key()  # adding a note or saving a text has read the tree again
        node = self.model.node(self.model.index_of(key)) if key else None
        if node is None:
            self.panel.show_nothing()
        elif isinstance(node.data, ItemNode):
            self.panel.show_item(node.data)
        else:
            assert isinstance(node.data, SectionNode)
            self.panel.show_section(node.data)
        self.buttons["delete"].setEnabled(node is not None)

    def _update_progress(self) -> None:
        tree = self.model.tree
        overall = progress.plan_progress(tree) if tree else progress.Progress()
        by_quarter = progress.quarter_progress(tree) if tree else {}
        _set_bar(self.overall, overall, self.tr("Whole plan"))
        for quarter, bar in self.quarter_bars.items():
            _set_bar(bar, by_quarter.get(quarter, progress.Progress()), plan_texts.quarter_label(quarter))

    def _update_targets(self) -> None:
        tree = self.model.tree
        if tree is None:
            self.targets_model.set_rows([])
            return
        plan = tree.plan  # a multi-year plan's computed actuals are this year's, while the plan runs
        year = min(max(dt.date.today().year, plan.year), plan.end_year or plan.year)
        self.targets_model.set_rows(self.plans.targets(plan.id, year))

    def _view_state(self) -> tuple[set[tuple[str, int]], tuple[str, int] | None]:
        expanded: set[tuple[str, int]] = set()

        def visit(parent) -> None:  # type: ignore[no-untyped-def]
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    expanded.add(index.data(NODE_ROLE))
                visit(index)

        visit(self.tree.rootIndex())
        return expanded, self.selected_key()

    def _restore_view(self, expanded: set[tuple[str, int]], selected: tuple[str, int] | None) -> None:
        for key in expanded:
            index = self.proxy.mapFromSource(self.model.index_of(key))
            if index.isValid():
                self.tree.setExpanded(index, True)
        if selected:
            self.select_key(selected)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        words = {
            "new_plan": self.tr("New plan..."), "edit_plan": self.tr("Edit plan..."),
            "import": self.tr("Import..."), "copy": self.tr("Copy to year..."),
            "export_docx": self.tr("Word..."), "export_xlsx": self.tr("Excel..."),
            "delete_plan": self.tr("Delete plan..."), "add_section": self.tr("Add section"),
            "add_item": self.tr("Add item"), "delete": self.tr("Delete"), "undo": self.tr("Undo"),
            "redo": self.tr("Redo"), "add_target": self.tr("Add target..."), "edit_target": self.tr("Edit..."),
            "record_actual": self.tr("Record actual..."), "delete_target": self.tr("Delete"),
            "empty_new": self.tr("New plan..."), "empty_import": self.tr("Import a plan document..."),
        }
        for key, button in self.buttons.items():
            button.setText(words[key])
        self.buttons["export_docx"].setToolTip(self.tr("Export the plan as a Word document"))
        self.buttons["export_xlsx"].setToolTip(self.tr("Export a progress table to Excel"))
        self.search.setPlaceholderText(self.tr("Search items and notes"))
        self.responsible_filter.setPlaceholderText(self.tr("Responsible unit or person"))
        self.overdue_filter.setText(self.tr("Overdue only"))
        self.targets_box.setTitle(self.tr("Targets"))
        self.empty.set_text(self.tr("No plans yet"), self.tr(
            "Start a new plan for the year, or import the plan you already wrote: paste its text or open the "
            ".txt or .docx file, check the preview, and it becomes a plan whose items you can track."))
        refill_combo(self.status_filter, [(self.tr("Any status"), "")]
                     + [(plan_texts.status_label(s), s.value) for s in ItemStatus])
        refill_combo(self.quarter_filter, [(self.tr("Any quarter"), 0)]
                     + [(plan_texts.quarter_label(q), q) for q in range(1, 5)])
        self.model.retranslate()
        self.targets_model.layoutChanged.emit()
        self._update_progress()


def _set_bar(bar: QProgressBar, value: progress.Progress, label: str) -> None:
    bar.setRange(0, max(1, value.total))
    bar.setValue(value.done)
    bar.setFormat(f"{label}  {value.done}/{value.total}")
