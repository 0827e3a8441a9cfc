"""Party dues (党费) of one year: the month grid where one click (or Space) on a month records that member's
payment or undoes it, a bulk "paid" for the members chosen, each member's base, the unpaid list up to last
month, the register in Excel and the office's rules.

Everything goes through `DuesOperations` (`operations.dues`); a refusal is told in words from
texts/dues.py and the grid shows the stored state again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from partyplan.dues.service import last_month
from partyplan.errors import PartyPlanError
from partyplan.texts import dues as words
from partyplan.ui import prompts
from partyplan.ui.dues import models
from partyplan.ui.dues.base_dialog import DuesBaseDialog
from partyplan.ui.dues.operations import AREA, DuesOperations
from partyplan.ui.dues.rules_dialog import DuesRulesDialog
from partyplan.ui.export_flow import export_file, written_text
from partyplan.ui.rows import ID_ROLE, SortProxy

BUTTONS = ("rules", "excel", "base", "bulk")


class DuesPage(QWidget):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("dues_page")
        self.dues: DuesOperations = operations.dues
        self.today = dt.date.today  # a callable, so a test (or a window left open past midnight) sees the day
        self.year = self.today().year
        self.year_box, self.month_combo = QSpinBox(), QComboBox()
        self.year_box.setRange(1949, 2200)
        self.year_label, self.summary, self.hint, self.status = QLabel(), QLabel(), QLabel(), QLabel()
        self.titles = {key: QLabel() for key in ("grid", "unpaid")}
        self.buttons = {key: QPushButton() for key in BUTTONS}
        self.grid_state = models.Grid()
        self.grid, self.unpaid = models.grid_model(self, self.grid_state), models.unpaid_model(self)
        self.tables = {"grid": QTableView(), "unpaid": QTableView()}
        self.dialog: QDialog | None = None
        self.last_message = ""
        self._build()
        self.retranslate()
        self.month_combo.setCurrentIndex(max(self.through(), 1) - 1)
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self.reload)
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def through(self) -> int:
        """The month arrears run to: last month in the current year, all of a past year, none of a future one."""
        today = self.today()
        if self.year < today.year:
            return 12
        if self.year > today.year:
            return 0
        year, month = last_month(today)
        return month if year == self.year else 0

    def reload(self) -> None:
        """Read the year again, keeping the members chosen and the cell the keyboard is on."""
        index = self.tables["grid"].currentIndex()
        chosen = self.selected_members()
        current = (int(index.data(ID_ROLE)), index.column()) if index.isValid() else None
        self.year_box.blockSignals(True)
        self.year_box.setValue(self.year)
        self.year_box.blockSignals(False)
        self.grid_state.through = self.through()
        self.grid.set_rows(self.dues.lines(self.year))
        self.unpaid.set_rows(self.dues.unpaid(self.year, self.grid_state.through))
        self._restore(chosen, current)
        self._show_summary()
        self._update_buttons()

    def selected_members(self) -> list[int]:
        rows = self.tables["grid"].selectionModel().selectedRows()
        return [int(index.data(ID_ROLE)) for index in sorted(rows, key=lambda i: i.row())]

    def select_members(self, person_ids: list[int]) -> None:
        table, selection = self.tables["grid"], QItemSelection()
        for person_id in person_ids:
            row = self.grid.row_of(person_id)
            if row is not None:
                index = table.model().mapFromSource(self.grid.index(row, 0))  # type: ignore[attr-defined]
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        table.selectionModel().select(selection, flags)

    def toggle(self, person_id: int, month: int) -> None:
        """Record the month paid today, or undo a payment recorded."""
        row = self.grid.row_of(person_id)
        if row is None:
            return
        line = self.grid.rows[row]
        if month in line.paid:
            self._try(self.dues.undo_payment, person_id, self.year, month)
            self._say(self.tr("%1: month %2 no longer paid.").replace("%1", line.name).replace("%2", str(month)))
        elif month not in line.owed_months:
            self._say(self.tr("%1 owes no dues for month %2: not on this branch's roll then.")
                      .replace("%1", line.name).replace("%2", str(month)))
        elif self._try(self.dues.record_payment, person_id, self.year, month, self.today()):
            self._say(self.tr("%1: month %2 paid, %3 yuan.").replace("%1", line.name).replace("%2", str(month))
                      .replace("%3", words.yuan(line.due.get(month))))

    def mark_paid(self) -> None:
        """The members chosen paid for the month in the list, each at their amount."""
        chosen, month = self.selected_members(), int(self.month_combo.currentData())
        if not chosen:
            return
        try:
            result = self.dues.bulk_paid(chosen, self.year, month, self.today())
        except PartyPlanError as exc:
            self._refused(exc)
            return
        self._say(self.tr("Month %1: %2 marked paid, %3 had paid already, %4 owe nothing that month or have no "
                          "base.").replace("%1", str(month)).replace("%2", str(len(result.paid)))
                  .replace("%3", str(len(result.already))).replace("%4", str(len(result.not_owed))))

    def edit_base(self) -> QDialog | None:
        chosen = self.selected_members()
        if not chosen:
            return None
        line = self.grid.rows[self.grid.row_of(chosen[0])]  # type: ignore[index]
        first = min((m for m in line.owed_months if line.due.get(m) is None), default=1)
        return self._show(DuesBaseDialog(self.dues, line.person_id, line.name, self.year, first, self))

    def edit_rules(self) -> QDialog:
        return self._show(DuesRulesDialog(self.dues, self))

    def export_register(self) -> None:
        year, language, today = self.year, self._language(), self.today()
        export_file(self, self.tr("Export dues register"),
                    Path.home() / self.tr("dues-register-%1.xlsx").replace("%1", str(year)),
                    self.tr("Excel workbook (*.xlsx)"),
                    lambda path: self.dues.export_register(year, path, language, today),
                    explain=words.error_message, written=self._written)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        for key, model in (("grid", self.grid), ("unpaid", self.unpaid)):
            self._build_table(key, model)
        grid = self.tables["grid"]
        grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        grid.clicked.connect(self._clicked)
        grid.installEventFilter(self)
        for key, action in (("rules", self.edit_rules), ("excel", self.export_register), ("base", self.edit_base),
                            ("bulk", self.mark_paid)):
            self.buttons[key].clicked.connect(action)
        grid.doubleClicked.connect(lambda index: self.edit_base() if index.column() < models.FIRST_MONTH else None)
        self.year_box.valueChanged.connect(self.set_year)
        for month in range(1, 13):
            self.month_combo.addItem("", month)
        for label in (self.hint, self.status):
            label.setStyleSheet("color: #555;")
            label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year_box)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.buttons["rules"])
        bar.addWidget(self.buttons["excel"])
        top = self._pane("grid", [self.buttons["base"], self.buttons["bulk"], self.month_combo])
        top.layout().addWidget(self.hint)  # type: ignore[union-attr]
        top.layout().addWidget(self.status)  # type: ignore[union-attr]
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setChildrenCollapsible(False)
        rows.addWidget(top)
        rows.addWidget(self._pane("unpaid", []))
        rows.setSizes([430, 150])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(rows, 1)

    def _build_table(self, key: str, model) -> None:  # type: ignore[no-untyped-def]
        proxy = SortProxy(self)
        proxy.setSourceModel(model)
        table = self.tables[key]
        table.setObjectName(f"dues_{key}_table")
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        widths = models.GRID_WIDTHS if key == "grid" else models.UNPAID_WIDTHS
        for column, width in enumerate(widths):
            if width:
                table.setColumnWidth(column, width)
        stretch = 0 if key == "grid" else 1
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _pane(self, key: str, tools: list[QWidget]) -> QWidget:
        pane = QWidget()
        head = QHBoxLayout()
        self.titles[key].setStyleSheet("font-weight: bold;")
        head.addWidget(self.titles[key], 1)
        for tool in tools:
            head.addWidget(tool)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(head)
        column.addWidget(self.tables[key], 1)
        return pane

    # -- acting ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tables["grid"] and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Space and not event.modifiers():  # type: ignore[attr-defined]
            self._clicked(self.tables["grid"].currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _clicked(self, index: QModelIndex) -> None:
        """A plain click on a month cell pays or undoes it; Ctrl or Shift with it only chooses members."""
        from PySide6.QtWidgets import QApplication

        month = index.column() - models.FIRST_MONTH + 1
        if not index.isValid() or not 1 <= month <= 12:
            return
        held = QApplication.keyboardModifiers() & (Qt.KeyboardModifier.ControlModifier
                                                   | Qt.KeyboardModifier.ShiftModifier)
        if held != Qt.KeyboardModifier.NoModifier:
            return
        self.toggle(int(index.data(ID_ROLE)), month)

    def _try(self, fn, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn(*args)
        except PartyPlanError as exc:
            self._refused(exc)
            return False
        return True

    def _refused(self, exc: PartyPlanError) -> None:
        self.last_message = words.error_message(exc)
        prompts.error(self, self.tr("Party dues"), self.last_message)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.status.setText(text)

    def _written(self, path: Path) -> None:
        self._say(written_text(path))

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def _restore(self, chosen: list[int], current: tuple[int, int] | None) -> None:
        """The model was reset: its indexes are gone, so the members and the cell are found by person."""
        self.select_members(chosen)
        row = self.grid.row_of(current[0]) if current is not None else None
        if row is not None:
            index = self.tables["grid"].model().mapFromSource(self.grid.index(row, current[1]))  # type: ignore[attr-defined,index]
            self.tables["grid"].selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _on_changed(self, area: str) -> None:
        if area in (AREA, "people", "office", "members", "development"):  # who owes follows the roll
            self.reload()

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_members())
        self.buttons["base"].setEnabled(chosen)
        self.buttons["bulk"].setEnabled(chosen)

    def _language(self) -> str:
        chinese = QLocale().language() == QLocale.Language.Chinese
        return getattr(self.window(), "language", None) or ("zh_CN" if chinese else "en")

    # -- showing -----------------------------------------------------------------------------
    def _show_summary(self) -> None:
        lines = self.grid.rows
        due = sum(line.due_total for line in lines)
        paid = sum(line.paid_total for line in lines)
        self.summary.setText(self.tr("Members %1 · year's dues %2 · paid %3 yuan").replace("%1", str(len(lines)))
                             .replace("%2", words.yuan(due)).replace("%3", words.yuan(paid)))
        self.titles["grid"].setText(self.tr("Payments %1").replace("%1", str(self.year)))
        through = self.grid_state.through
        self.titles["unpaid"].setText(
            self.tr("Unpaid through month %1 (%2)").replace("%1", str(through)).replace("%2", str(len(self.unpaid.rows)))
            if through else self.tr("Unpaid (no month of %1 is over yet)").replace("%1", str(self.year)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Year"))
        self.hint.setText(self.tr("Click a month (or press Space) to record it paid today or to undo it; "
                                  "Ctrl+click or Shift+click chooses several members."))
        for key, text in (("rules", self.tr("Rules...")), ("excel", self.tr("Export register...")),
                          ("base", self.tr("Set base...")), ("bulk", self.tr("Mark paid for"))):
            self.buttons[key].setText(text)
        for n in range(self.month_combo.count()):
            self.month_combo.setItemText(n, self.tr("month %1").replace("%1", str(n + 1)))
        for model in (self.grid, self.unpaid):
            model.retranslate()
        self._show_summary()
