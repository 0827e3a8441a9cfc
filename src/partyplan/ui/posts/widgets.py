"""Small pieces the Volunteer Posts pages share: a read-only sortable table, selection by id, a titled box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from partyplan.errors import PartyPlanError
from partyplan.texts import posts as words
from partyplan.ui import prompts
from partyplan.ui.rows import ID_ROLE, RowsModel, SortProxy


def table(model: RowsModel, name: str, widths: tuple[int, ...], *, stretch: int | None = None,
          multi: bool = False, by_column: int = -1) -> QTableView:
    """A sortable, read-only view of `model` (through its own SortProxy) with starting column widths;
    column `stretch` (else the last) takes the room left, so the table fits a 1024-pixel window.
    Rows keep the service's order unless `by_column` names a column to sort by (names: by pinyin)."""
    proxy = SortProxy(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(by_column, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected_ids(view: QTableView) -> list[int]:
    return [int(index.data(ID_ROLE)) for index in view.selectionModel().selectedRows()]


def select_ids(view: QTableView, ids: list[int]) -> None:
    """Select the rows of these ids (those still shown) and scroll to the first."""
    proxy = view.model()
    model = proxy.sourceModel()  # type: ignore[attr-defined]
    selection = view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    first = None
    for key in ids:
        row = model.row_of(key)
        if row is None:
            continue
        index = proxy.mapFromSource(model.index(row, 0))  # type: ignore[attr-defined]
        if index.isValid():
            selection.select(index, flags)
            first = first or index
    if first is not None:
        selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        view.scrollTo(first)


def write(parent: QWidget, title: str, fn: Callable[..., object], *args: object) -> bool:
    """A write started from a page (not a dialog): a refusal is told in a message box; True when done."""
    try:
        fn(*args)
    except PartyPlanError as exc:
        prompts.error(parent, title, words.error_message(exc))
        return False
    return True


def box(*widgets: QWidget) -> QGroupBox:
    group = QGroupBox()
    layout = QVBoxLayout(group)
    layout.setContentsMargins(6, 6, 6, 6)
    for widget in widgets:
        layout.addWidget(widget)
    return group
