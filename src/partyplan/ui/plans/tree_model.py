"""Plan > section > item as a Qt tree: inline edits and drags go out as requests, never as writes.

The tab turns each request into an undoable command that calls the services, then reloads the tree;
the model itself holds only plain service data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from partyplan import texts
from partyplan.enums import ItemStatus, Recurrence
from partyplan.plans import periods, progress
from partyplan.plans.service import ItemNode, PlanTree, SectionNode
from partyplan.texts import plans as plan_texts

COLUMNS = ("title", "responsible", "period", "status", "progress")
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
RATIO_ROLE = Qt.ItemDataRole.UserRole + 2
MIME = "application/x-partyplan-plan-node"
OVERDUE = QColor("#b00020")

Index = QModelIndex | QPersistentModelIndex
EditRequest = Callable[[str, int, str, object], None]
MoveRequest = Callable[[str, int, int, int], None]


@dataclass(eq=False)
class Node:
    kind: str  # "section" or "item"
    data: SectionNode | ItemNode
    parent: Node | None
    quarter: int | None = None  # inherited from the nearest section with one
    children: list[Node] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, int]:
        return self.kind, self.data.id



class PlanTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._roots: list[Node] = []
        self._previous: list[Node] = []
        self._tree: PlanTree | None = None
        self._progress: dict[int, progress.Progress] = {}
        self._overdue: set[int] = set()
        self.on_edit: EditRequest | None = None
        self.on_move: MoveRequest | None = None

    # -- loading -------------------------------------------------------------------------------
    def set_tree(self, tree: PlanTree | None, today: dt.date | None = None) -> None:
        self.beginResetModel()
        # Indexes hold raw pointers to nodes: keep the previous generation alive one reload longer, so a
        # stale index held by a view during a reset reads old data instead of freed memory.
        self._previous = self._roots
        self._tree = tree
        self._roots = [self._section_node(s, None, None) for s in tree.sections] if tree else []
        self._progress = progress.section_progress(tree) if tree else {}
        self._overdue = progress.overdue_items(tree, today or dt.date.today()) if tree else set()
        self.endResetModel()

    @property
    def tree(self) -> PlanTree | None:
        return self._tree

    def is_overdue(self, item_id: int) -> bool:
        return item_id in self._overdue

    def index_of(self, key: tuple[str, int]) -> QModelIndex:
        def search(nodes: list[Node], parent: QModelIndex) -> QModelIndex:
            for n, node in enumerate(nodes):
                index = self.index(n, 0, parent)
                if node.key == key:
                    return index
                found = search(node.children, index)
                if found.isValid():
                    return found
            return QModelIndex()

        return search(self._roots, QModelIndex())

    def node(self, index: Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[return-value]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.layoutChanged.emit()

    # -- structure ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        siblings = self._children(parent)
        if 0 <= row < len(siblings) and 0 <= column < len(COLUMNS):
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(self._row_of(node.parent), 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "title": self.tr("Section / item"),
            "responsible": self.tr("Responsible"),
            "period": self.tr("Period"),
            "status": self.tr("Status"),
            "progress": self.tr("Progress / completed"),
        }[COLUMNS[section]]

    # -- values ---------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        node = self.node(index)
        if node is None:
            return None
        column = COLUMNS[index.column()]
        if role == NODE_ROLE:
            return node.key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._section_text(node, column) if node.kind == "section" else self._item_text(node, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(node, column)
        if role == RATIO_ROLE and node.kind == "section" and column == "progress":
            return self._progress.get(node.data.id, progress.Progress()).ratio
        if role == Qt.ItemDataRole.FontRole and node.kind == "section" and column == "title":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "item" and node.data.id in self._overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "item" and node.data.status is ItemStatus.CANCELLED:
            return QBrush(QColor("#8a8a8a"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if node.kind == "section":
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        column = COLUMNS[index.column()]
        editable = column == "title" or (node.kind == "item" and column == "responsible")
        editable |= node.kind == "item" and column == "status" and node.data.recurrence is Recurrence.NONE
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or self.on_edit is None:
            return False
        column = COLUMNS[index.column()]
        field_name = {"title": "title", "responsible": "responsible_unit", "status": "status"}.get(column)
        if field_name is None:
            return False
        if field_name == "title" and not str(value).strip():
            return False  # an empty title is refused; the old one stays
        if field_name == "status":
            value = ItemStatus(value)
        if value == self._edit_value(node, column):
            return False
        # After this call returns: the edit reloads (resets) this model, which must not happen while a
        # view or a proxy is still inside setData.
        QTimer.singleShot(0, lambda edit=self.on_edit, k=node.key: edit(k[0], k[1], field_name, value))
        return True

    # -- drag and drop --------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        node = self.node(indexes[0]) if indexes else None
        if node is not None:
            mime.setData(MIME, f"{node.kind}:{node.data.id}".encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        target = self._drop_target(data, row, parent)
        if target is None or self.on_move is None:
            return False
        QTimer.singleShot(0, lambda move=self.on_move: move(*target))  # reloads the model: not inside the drop
        return False  # the tree is reloaded from the store; Qt must not remove the dragged row itself

    def _drop_target(self, data: QMimeData, row: int, parent: Index) -> tuple[str, int, int, int] | None:
        """(kind, id, section or parent id, position) for a drop the store can make, else None."""
        if not data.hasFormat(MIME):
            return None
        kind, _, key = bytes(data.data(MIME).data()).decode().partition(":")
        onto = self.node(parent)
        if kind == "item":
            if onto is None or onto.kind != "section":
                return None
            sections_first = sum(1 for c in onto.children if c.kind == "section")
            position = len([c for c in onto.children if c.kind == "item"]) if row < 0 else max(0, row - sections_first)
            return "item", int(key), onto.data.id, position
        dragged = self._find(("section", int(key)))
        if dragged is None or dragged.parent is not onto:
            return None  # sections move among their siblings only
        position = len(self._children(parent)) if row < 0 else row
        return "section", int(key), onto.data.id if onto else 0, position

    # -- helpers --------------------------------------------------------------------------------
    def _row_of(self, node: Node) -> int:
        siblings = node.parent.children if node.parent is not None else self._roots
        return siblings.index(node)

    def _children(self, parent: Index) -> list[Node]:
        node = self.node(parent)
        return node.children if node is not None else self._roots

    def _find(self, key: tuple[str, int]) -> Node | None:
        index = self.index_of(key)
        return self.node(index)

    def _section_node(self, section: SectionNode, parent: Node | None, quarter: int | None) -> Node:
        inherited = section.quarter if section.quarter is not None else quarter
        node = Node("section", section, parent, inherited)
        node.children = [self._section_node(s, node, inherited) for s in section.sections]
        node.children += [self._item_node(i, node, inherited) for i in section.items]
        return node

    def _item_node(self, item: ItemNode, parent: Node, quarter: int | None) -> Node:
        node = Node("item", item, parent, quarter)
        node.children = [self._item_node(i, node, quarter) for i in item.children]
        return node

    def _section_text(self, node: Node, column: str) -> str:
        section: SectionNode = node.data  # type: ignore[assignment]
        if column == "title":
            return f"{section.number}  {section.title}".strip() if section.number else section.title
        if column == "period" and section.quarter:
            return plan_texts.quarter_label(section.quarter)
        if column == "progress":
            p = self._progress.get(section.id, progress.Progress())
            return f"{p.done}/{p.total}"
        return ""

    def _item_text(self, node: Node, column: str) -> str:
        item: ItemNode = node.data  # type: ignore[assignment]
        if column == "title":
            return f"{item.number}. {item.title}" if item.number else item.title
        if column == "responsible":
            names = texts.list_separator().join(name for _id, name in item.people)
            return texts.list_separator().join(v for v in (item.responsible_unit, names) if v)
        if column == "period":
            return plan_texts.period_text(item.quarter, item.month, item.due_date, item.recurrence)
        if column == "status":
            if item.recurrence is not Recurrence.NONE:
                return self._occurrence_summary(item)
            return plan_texts.status_label(item.status)
        if column == "progress":
            return item.completed_on.isoformat() if item.completed_on else ""
        return ""

    def _occurrence_summary(self, item: ItemNode) -> str:
        done = sum(1 for status, _d in item.occurrences.values() if status is ItemStatus.DONE)
        total = len(periods.occurrence_periods(item.recurrence))
        return self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))

    def _edit_value(self, node: Node, column: str) -> object:
        if column == "title":
            return node.data.title
        if node.kind == "item" and column == "responsible":
            return node.data.responsible_unit  # type: ignore[union-attr]
        if node.kind == "item" and column == "status":
            return node.data.status.value  # type: ignore[union-attr]
        return None


class PlanFilter(QSortFilterProxyModel):
    """Status, quarter, responsible, overdue and text filters over items; sections show around matches."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.status: ItemStatus | None = None
        self.quarter: int | None = None
        self.responsible = ""
        self.overdue_only = False
        self.search = ""

    def set_filters(self, *, status: ItemStatus | None = None, quarter: int | None = None, responsible: str = "",
                    overdue_only: bool = False, search: str = "") -> None:
        self.beginFilterChange()
        self.status, self.quarter, self.overdue_only = status, quarter, overdue_only
        self.responsible, self.search = responsible.strip().casefold(), search.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def active(self) -> bool:
        return bool(self.status or self.quarter or self.responsible or self.overdue_only or self.search)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PlanTreeModel)
        node = model.node(model.index(source_row, 0, source_parent))
        if node is None or not self.active():
            return True
        if node.kind == "section":
            return False  # shown when something inside matches (recursive filtering)
        top = node
        while top.parent is not None and top.parent.kind == "item":
            top = top.parent  # sub-points follow their item
        return self._item_matches(model, top)

    def _item_matches(self, model: PlanTreeModel, node: Node) -> bool:
        item: ItemNode = node.data  # type: ignore[assignment]
        if self.status is not None and not self._has_status(item):
            return False
        if self.quarter is not None and self.quarter not in self._quarters(item, node.quarter):
            return False
        if self.overdue_only and not model.is_overdue(item.id):
            return False
        if self.responsible:
            who = " ".join([item.responsible_unit, *(name for _id, name in item.people)]).casefold()
            if self.responsible not in who:
                return False
        if self.search:
            text = " ".join([item.number, item.title, item.description, *(n.text for n in item.notes)]).casefold()
            return all(word in text for word in self.search.split())
        return True

    def _has_status(self, item: ItemNode) -> bool:
        if item.recurrence is Recurrence.NONE:
            return item.status is self.status
        statuses = {p: item.occurrences.get(p, (ItemStatus.NOT_STARTED, None))[0]
                    for p in periods.occurrence_periods(item.recurrence)}
        return self.status in statuses.values()

    @staticmethod
    def _quarters(item: ItemNode, inherited: int | None) -> set[int | None]:
        if item.recurrence is not Recurrence.NONE:
            return {periods.occurrence_quarter(item.recurrence, p) for p in periods.occurrence_periods(item.recurrence)}
        return {periods.item_quarter(item.quarter, item.month, item.due_date, inherited)}
