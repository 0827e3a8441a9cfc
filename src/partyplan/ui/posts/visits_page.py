"""Household visits of the year, with every open difficulty of any year kept in sight until resolved.
All data goes through `PostsOperations`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from partyplan.posts.visits import VisitCounts, VisitRow
from partyplan.ui import prompts
from partyplan.ui.posts.models import visit_columns
from partyplan.ui.posts.visit_dialog import CloseDifficultyDialog, VisitDialog
from partyplan.ui.posts.widgets import box, select_ids, selected_ids, table, write
from partyplan.ui.rows import RowsModel

OPEN_COLUMNS = (0, 1, 4, 5, 3)  # of visit_columns: date, household, difficulty, outcome, visitors


class PostsVisitsPage(QWidget):
    def __init__(self, posts, year: int | None = None, today: Callable[[], dt.date] = dt.date.today,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("posts_visits_page")
        self.posts = posts
        self.today = today  # a callable: tests (or a session left open past midnight) see the day
        self.year = year or self.today().year
        columns = visit_columns(lambda: self.today())
        self.visits_model = RowsModel(columns, self)
        self.open_model = RowsModel(tuple(columns[n] for n in OPEN_COLUMNS), self)
        self.visits_table = table(self.visits_model, "visits_table", (90, 100, 70, 110, 200, 190, 150, 150),
                                  stretch=4)
        self.open_table = table(self.open_model, "open_difficulties_table", (90, 110, 260, 190))
        self.search, self.open_only = QLineEdit(), QCheckBox()
        self.buttons = {key: QPushButton() for key in ("new", "edit", "close", "delete")}
        self.counts = QLabel()
        self.open_box = box(self.open_table)
        self.dialog: QDialog | None = None
        self._counts: VisitCounts | None = None
        self._build()
        self.retranslate()
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        chosen = self.selected_ids()
        self.visits_model.set_rows(self.posts.visits(self.year, open_only=self.open_only.isChecked(),
                                                     search=self.search.text()))
        self.open_model.set_rows(self.posts.open_difficulties())
        self._counts = self.posts.visit_counts(self.year)
        self._show_counts()
        select_ids(self.visits_table, chosen)
        if not selected_ids(self.visits_table):
            select_ids(self.open_table, chosen)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        """The visit chosen in the year's table, else the one chosen among the open difficulties."""
        return selected_ids(self.visits_table) or selected_ids(self.open_table)

    def new_visit(self) -> QDialog:
        return self._open(VisitDialog(self.posts, self.posts.households(), self.posts.people(), None, self,
                                      self.today()))

    def edit_selected(self) -> QDialog | None:
        visit = self._visit()
        if visit is None:
            return None
        return self._open(VisitDialog(self.posts, self.posts.households(), self.posts.people(), visit, self,
                                      self.today()))

    def close_difficulty(self) -> QDialog | None:
        visit = self._visit()
        if visit is None or not visit.is_open:
            return None
        return self._open(CloseDifficultyDialog(self.posts, visit, self, self.today()))

    def delete_selected(self) -> None:
        visit = self._visit()
        if visit is None:
            return
        question = self.tr("Delete the visit of %1 to %2? This cannot be undone.") \
            .replace("%1", visit.day.isoformat()).replace("%2", visit.household)
        if prompts.confirm(self, self.tr("Delete visit"), question):
            write(self, self.tr("Delete visit"), self.posts.delete_visit, visit.id)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.search.setMaximumWidth(280)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.open_only.toggled.connect(lambda _c: self.reload())
        for key, slot in (("new", self.new_visit), ("edit", self.edit_selected), ("close", self.close_difficulty),
                          ("delete", self.delete_selected)):
            self.buttons[key].clicked.connect(slot)
        for view, other in ((self.visits_table, self.open_table), (self.open_table, self.visits_table)):
            view.doubleClicked.connect(lambda _i: self.edit_selected())
            view.selectionModel().selectionChanged.connect(lambda *_a, v=view, o=other: self._selected(v, o))
        self.counts.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.open_only)
        top.addStretch(1)
        actions = QHBoxLayout()
        for key in ("new", "edit", "close", "delete"):
            actions.addWidget(self.buttons[key])
        actions.addSpacing(12)
        actions.addWidget(self.counts, 1)
        whole = QSplitter(Qt.Orientation.Vertical)
        whole.addWidget(self.visits_table)
        whole.addWidget(self.open_box)
        whole.setStretchFactor(0, 3)
        whole.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(whole, 1)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.sig_saved.connect(lambda visit_id: select_ids(self.visits_table, [visit_id]))  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def _visit(self) -> VisitRow | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        for model in (self.visits_model, self.open_model):
            row = model.row_of(ids[0])
            if row is not None:
                return model.rows[row]
        return None

    def _selected(self, view: QTableView, other: QTableView) -> None:
        if view.selectionModel().hasSelection():
            other.clearSelection()
        self._update_buttons()

    def _show_counts(self) -> None:
        c = self._counts
        if c is None:
            return
        self.counts.setText(
            self.tr("%1: visits %2 · households %3 · difficulties raised %4, solved %5 · open now %6")
            .replace("%1", str(self.year)).replace("%2", str(c.visits)).replace("%3", str(c.households))
            .replace("%4", str(c.difficulties_raised)).replace("%5", str(c.difficulties_solved))
            .replace("%6", str(c.open_now)))
        self.open_box.setTitle(self.tr("Open difficulties (all years): %1")
                               .replace("%1", str(self.open_model.rowCount())))

    def _update_buttons(self) -> None:
        visit = self._visit()
        self.buttons["edit"].setEnabled(visit is not None)
        self.buttons["delete"].setEnabled(visit is not None)
        self.buttons["close"].setEnabled(visit is not None and visit.is_open)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search household, names, difficulty ..."))
        self.open_only.setText(self.tr("Open difficulties only"))
        for key, text in (("new", self.tr("New visit...")), ("edit", self.tr("Edit...")),
                          ("close", self.tr("Close difficulty...")), ("delete", self.tr("Delete..."))):
            self.buttons[key].setText(text)
        self.visits_model.retranslate()
        self.open_model.retranslate()
        self._show_counts()
