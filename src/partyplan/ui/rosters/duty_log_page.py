"""The on-duty record book of one month, with every open follow-up of every month beside it.

Leaders inspect the book and a resident waits on each open follow-up, so open ones are shaded, overdue
ones red, and the all-months list keeps a follow-up in sight until someone closes it. All data goes
through `operations.rosters` (the record-book service); this page only shows and asks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QEvent, QItemSelectionModel, QLocale, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMenu, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from partyplan import texts
from partyplan.enums import FollowUp
from partyplan.rosters.duty_log import CATEGORIES, EntryRow, MonthSummary, is_overdue
from partyplan.texts import duty_log as words
from partyplan.ui import prompts
from partyplan.ui.export_flow import export_file, written_text
from partyplan.ui.print_job import PrintJob
from partyplan.ui.rosters.duty_entry_dialog import CloseFollowUpDialog, DutyEntryDialog, InspectDialog
from partyplan.ui.rosters.duty_log_model import DutyLogModel, ID_ROLE, OVERDUE, WIDTHS, short
from partyplan.ui.widgets import refill_combo

Index = QModelIndex | QPersistentModelIndex
class DutyLogPage(QWidget):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("duty_log_page")
        self._ops = operations
        self.rosters = operations.rosters
        self.today = dt.date.today  # a callable, so a test (or a session left open past midnight) sees the day
        self.year, self.month = self.today().year, self.today().month
        self.model = DutyLogModel(self)
        self.table = QTableView()
        self.search, self.category_filter, self.open_only = QLineEdit(), QComboBox(), QCheckBox()
        self.buttons = {key: QPushButton() for key in ("new", "edit", "delete", "close", "inspect", "preview", "print",
                                                      "excel")}
        self.summary, self.categories, self.follow_up_title = QLabel(), QLabel(), QLabel()
        self.follow_ups = QListWidget()
        self.dialog: QDialog | None = None
        self.last_message = ""
        self._summary: MonthSummary | None = None
        self._open: list[EntryRow] = []
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self.reload)
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.reload()

    def reload(self) -> None:
        """Read the month (filtered), its figures and the open follow-ups; keep what was selected."""
        selected = self.selected_ids()
        follow_up = FollowUp.OPEN if self.open_only.isChecked() else None
        rows = self.rosters.log("list_entries", self.year, self.month, category=self.category_filter.currentData(),
                                follow_up=follow_up, search=self.search.text())
        self.model.set_rows(rows, self.today())
        self._summary = self.rosters.log("monthly_summary", self.year, self.month)
        self._open = self.rosters.log("open_follow_ups")
        self._show_summary()
        self._show_follow_ups()
        self._select(selected)

    def selected_ids(self) -> list[int]:
        """The entries chosen in the table, else the one chosen in the open follow-ups list."""
        ids = [int(index.data(ID_ROLE)) for index in self.table.selectionModel().selectedRows()]
        return ids or [int(item.data(ID_ROLE)) for item in self.follow_ups.selectedItems()]

    def new_entry(self) -> QDialog:
        return self._show(DutyEntryDialog(self._ops, self.year, self.month, None, self, self.today()), self._saved)

    def open_entry(self, entry_id: int) -> QDialog:
        entry = self.rosters.log("get_entry", entry_id)
        return self._show(DutyEntryDialog(self._ops, self.year, self.month, entry, self, self.today()), self._saved)

    def show_history(self) -> QDialog | None:
        """Who wrote the chosen entry, and every correction since (the audit log)."""
        from partyplan.ui.history_dialog import show_history

        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        entry = self.rosters.log("get_entry", ids[0])
        self.dialog = show_history(self, self.rosters.ops, self.tr("Record-book entry of %1: %2").replace(
            "%1", entry.day.isoformat()).replace("%2", entry.matter[:30]), "record_history", "duty_log_entries", ids[0])
        return self.dialog

    def _table_menu(self, point) -> None:  # type: ignore[no-untyped-def]
        if self.table.indexAt(point).isValid() and len(self.selected_ids()) == 1:
            menu = QMenu(self)
            menu.addAction(self.tr("Edit..."), self.edit_selected)
            menu.addAction(self.tr("History..."), self.show_history)
            menu.exec(self.table.viewport().mapToGlobal(point))

    def edit_selected(self) -> QDialog | None:
        ids = self.selected_ids()
        return self.open_entry(ids[0]) if len(ids) == 1 else None

    def close_follow_up(self) -> QDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1 or ids[0] not in {row.id for row in self._open}:
            return None
        entry = self.rosters.log("get_entry", ids[0])
        return self._show(CloseFollowUpDialog(self._ops, entry, self, self.today()))

    def mark_inspected(self) -> QDialog | None:
        ids = self.selected_ids()
        return self._show(InspectDialog(self._ops, ids, self, self.today())) if ids else None

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            entry = self.rosters.log("get_entry", ids[0])
            question = self.tr("Delete the entry of %1 about “%2”? This cannot be undone.") \
                .replace("%1", entry.day.isoformat()).replace("%2", short(entry.matter, 40))
        else:
            question = self.tr("Delete the chosen entries (%1)? This cannot be undone.").replace("%1", str(len(ids)))
        if prompts.confirm(self, self.tr("Delete entries"), question):
            for entry_id in ids:
                self.rosters.log_write("delete_entry", entry_id)

    def export_excel(self) -> None:
        year, month, language = self.year, self.month, self._language()
        export_file(self, self.tr("Export record book"),
                    Path.home() / self.tr("duty-log-%1.xlsx").replace("%1", f"{year}-{month:02d}"),
                    self.tr("Excel workbook (*.xlsx)"),
                    lambda path: self.rosters.export_log(year, month, path, language), written=self._written)

    def _written(self, path: Path) -> None:
        self.last_message = written_text(path)

    def print_job(self) -> PrintJob:
        """The whole month as filed (every entry, whatever the filters show), landscape, page after page."""
        title = self.tr("On-duty record book %1").replace("%1", f"{self.year}-{self.month:02d}")
        return PrintJob(title, self.rosters.log_print_html(self.year, self.month, self._language()),
                        landscape=True, one_page=False)

    def print_preview(self) -> QDialog:
        from partyplan.ui import printing  # Qt's print support loads on the first print, not at start

        return printing.preview(self, self.print_job())

    def print_page(self) -> bool:
        from partyplan.ui import printing

        return printing.print_page(self, self.print_job())

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_table()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)  # grows to 280 when there is room; the buttons must fit at 1100 px
        self.search.setMaximumWidth(280)
        for signal in (self.search.textChanged, self.category_filter.currentIndexChanged, self.open_only.toggled):
            signal.connect(lambda *_: self.reload())
        actions = {"new": self.new_entry, "edit": self.edit_selected, "delete": self.delete_selected,
                   "close": self.close_follow_up, "inspect": self.mark_inspected, "preview": self.print_preview,
                   "print": self.print_page, "excel": self.export_excel}
        for key, action in actions.items():
            self.buttons[key].clicked.connect(action)
        self.follow_ups.itemSelectionChanged.connect(self._list_selected)
        self.follow_ups.itemDoubleClicked.connect(lambda item: self.open_entry(int(item.data(ID_ROLE))))
        bar = QHBoxLayout()  # filters and the export on one row, the entry actions on the next: fits 1024 px
        bar.addWidget(self.search, 2)
        bar.addWidget(self.category_filter)
        bar.addWidget(self.open_only)
        bar.addStretch(1)
        for key in ("preview", "print", "excel"):
            bar.addWidget(self.buttons[key])
        actions_row = QHBoxLayout()
        for key in ("new", "edit", "delete", "close", "inspect"):
            actions_row.addWidget(self.buttons[key])
        actions_row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_foot())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions_row)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _build_table(self) -> None:
        self.table.setObjectName("duty_log_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._table_selected())

    def _build_foot(self) -> QWidget:
        """The month's figures on the left, the open follow-ups of all months on the right."""
        foot = QWidget()
        figures = QVBoxLayout()
        for label in (self.summary, self.categories):
            label.setWordWrap(True)
            figures.addWidget(label)
        figures.addStretch(1)
        self.categories.setStyleSheet("color: #555;")
        follow = QVBoxLayout()
        follow.addWidget(self.follow_up_title)
        follow.addWidget(self.follow_ups, 1)
        row = QHBoxLayout(foot)
        row.setContentsMargins(0, 4, 0, 0)
        row.addLayout(figures, 2)
        row.addLayout(follow, 3)
        return foot

    # -- showing -----------------------------------------------------------------------------
    def _show(self, dialog: QDialog, on_saved=None) -> QDialog:  # type: ignore[no-untyped-def]
        """Closing and inspecting keep the selection through the reload; a saved entry is selected."""
        self.dialog = dialog
        if on_saved is not None:
            dialog.sig_saved.connect(on_saved)  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def _saved(self, entry_id: int) -> None:
        """Select the saved entry; if the month or a filter hides it, say so rather than seem to lose it."""
        self._select([entry_id])
        if entry_id not in self.selected_ids():
            self.last_message = self.tr("Saved. The entry is not listed here because it lies outside this month "
                                        "or outside the filters.")
            prompts.info(self, self.tr("Record book"), self.last_message)

    def _show_summary(self) -> None:
        s = self._summary
        if s is None:
            return
        month = QLocale().standaloneMonthName(self.month)
        if not s.total:
            self.summary.setText(self.tr("%1: no entries yet. %2 logs a visitor's matter, the answer given and any "
                                         "follow-up.").replace("%1", month)
                                 .replace("%2", texts.place(("DutyLogPage", "New entry..."))))
        else:
            self.summary.setText(
                self.tr("%1 — entries: %2 · resolved: %3 · follow-ups open: %4 · inspected: %5")
                .replace("%1", month).replace("%2", str(s.total)).replace("%3", f"{s.resolved_share:.0%}")
                .replace("%4", str(s.open)).replace("%5", str(s.inspected)))
        counts = [(words.category_label(c), s.by_category[c]) for c in CATEGORIES]
        self.categories.setText("  ·  ".join(f"{name} {n}" for name, n in counts if n))
        self.summary.setToolTip("\n".join(f"{name}: {n}" for name, n in counts))
        shown = self.model.rowCount()
        if shown != s.total:
            self.summary.setText(self.summary.text() + "  " + self.tr("(showing %1)").replace("%1", str(shown)))

    def _show_follow_ups(self) -> None:
        today = self.today()
        self.follow_ups.blockSignals(True)
        self.follow_ups.clear()
        for row in self._open:
            parts = [row.day.isoformat(), row.resident_name, short(row.matter, 40), words.follow_up_text(row, today)]
            item = QListWidgetItem("  ·  ".join(p for p in parts if p))
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.matter)
            if is_overdue(row, today):
                item.setForeground(QBrush(OVERDUE))
            self.follow_ups.addItem(item)
        self.follow_ups.blockSignals(False)
        self.follow_up_title.setText(self.tr("Open follow-ups (all months): %1").replace("%1", str(len(self._open))))

    def _select(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for entry_id in ids:
            row = self.model.row_of(entry_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
                self.table.scrollTo(self.model.index(row, 0))
        if not selection.hasSelection():  # an entry of another month may still be in the follow-up list
            for n in range(self.follow_ups.count()):
                self.follow_ups.item(n).setSelected(self.follow_ups.item(n).data(ID_ROLE) in ids)
        self._update_buttons()

    def _on_changed(self, area: str) -> None:
        if area in ("rosters", "people"):  # people: a renamed cadre or inspector shows in the book
            self.reload()

    def _table_selected(self) -> None:
        if self.table.selectionModel().hasSelection():
            self.follow_ups.clearSelection()
        self._update_buttons()

    def _list_selected(self) -> None:
        if self.follow_ups.selectedItems():
            self.table.clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        self.buttons["edit"].setEnabled(len(ids) == 1)
        self.buttons["delete"].setEnabled(bool(ids))
        self.buttons["inspect"].setEnabled(bool(ids))
        self.buttons["close"].setEnabled(len(ids) == 1 and ids[0] in {row.id for row in self._open})

    def _language(self) -> str:
        """The main window knows the chosen language; on its own the page follows the installed locale."""
        chinese = QLocale().language() == QLocale.Language.Chinese
        return getattr(self.window(), "language", None) or ("zh_CN" if chinese else "en")

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search words, names, phone ..."))
        refill_combo(self.category_filter, [(self.tr("All categories"), None)]
                     + [(words.category_label(c), c) for c in CATEGORIES])
        self.open_only.setText(self.tr("Open follow-ups only"))
        for key, text in (("new", self.tr("New entry...")), ("edit", self.tr("Edit...")),
                          ("delete", self.tr("Delete...")), ("close", self.tr("Close follow-up...")),
                          ("inspect", self.tr("Mark inspected...")), ("preview", self.tr("Print preview...")),
                          ("print", self.tr("Print...")), ("excel", self.tr("Excel..."))):
            self.buttons[key].setText(text)
        self.model.retranslate()
        self._show_summary()
        self._show_follow_ups()
