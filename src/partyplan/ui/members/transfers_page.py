"""Transfers of the organisational relation (组织关系转接) of one year: the log of letters in and out with
their numbers, dates and receipts, and what is due (a receipt not back, a member who has not reported)
after the letter's validity or the office's months. The log decides who is on the roll (在册), so a
change here reloads the dues and the register too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from partyplan.enums import Direction
from partyplan.errors import PartyPlanError
from partyplan.members.transfers import TransferDue, TransferRow
from partyplan.texts import members as words
from partyplan.ui import prompts
from partyplan.ui.members.operations import AREA, MembersOperations
from partyplan.ui.members.transfer_dialog import TransferDialog
from partyplan.ui.rows import ID_ROLE, Column, RowsModel, SortProxy

DUE_FILL = QColor("#fff3cd")
RED = QColor("#b00020")
BUTTONS = ("new", "arrival", "receipt", "delete")
LOG_WIDTHS = (48, 70, 150, 82, 0, 82, 82, 82, 110)
DUE_WIDTHS = (70, 0, 82)
translate = QCoreApplication.translate


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def short_direction(direction: Direction) -> str:
    return translate("TransfersPage", "In") if direction is Direction.IN else translate("TransfersPage", "Out")


def log_model(parent, due: set[int]) -> RowsModel:  # type: ignore[no-untyped-def]
    def fill(row: TransferRow) -> QColor | None:
        return DUE_FILL if row.id in due else None

    return RowsModel((
        Column(lambda: translate("TransfersPage", "In/out"), lambda r: short_direction(r.direction), fill=fill,
               tooltip=lambda r: words.direction_label(r.direction)),
        Column(lambda: translate("TransfersPage", "Member"), lambda r: r.name, fill=fill),
        Column(lambda: translate("TransfersPage", "Letter no."), lambda r: r.letter_no, fill=fill),
        Column(lambda: translate("TransfersPage", "Issued"), lambda r: _day(r.issued_on), fill=fill),
        Column(lambda: translate("TransfersPage", "From / to"), lambda r: r.other_org, fill=fill,
               tooltip=lambda r: r.other_org + (f"\n{r.note}" if r.note else "")),
        Column(lambda: translate("TransfersPage", "Valid until"), lambda r: _day(r.valid_until), fill=fill),
        Column(lambda: translate("TransfersPage", "Reported"),
               lambda r: _day(r.arrived_on) if r.direction is Direction.IN else "—", fill=fill),
        Column(lambda: translate("TransfersPage", "Receipt"), lambda r: _day(r.receipt_on), fill=fill),
        Column(lambda: translate("TransfersPage", "Joins"), lambda r: r.organisation, fill=fill),
    ), parent, text_tooltips=True)


def due_model(parent) -> RowsModel:  # type: ignore[no-untyped-def]
    return RowsModel((
        Column(lambda: translate("TransfersPage", "Member"), lambda d: d.name),
        Column(lambda: translate("TransfersPage", "Due"), lambda d: words.transfer_due_label(d.kind)),
        Column(lambda: translate("TransfersPage", "Since"), lambda d: _day(d.due),
               colour=lambda d: RED if d.overdue else None),
    ), parent, key=lambda d: d.transfer_id)


class TransfersPage(QWidget):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("transfers_page")
        self.members: MembersOperations = operations.members
        self.today = dt.date.today
        self.year = self.today().year
        self.year_box = QSpinBox()
        self.year_box.setRange(1949, 2200)
        self.year_label, self.summary, self.hint = QLabel(), QLabel(), QLabel()
        self.titles = {key: QLabel() for key in ("log", "due")}
        self.buttons = {key: QPushButton() for key in BUTTONS}
        self._due: set[int] = set()
        self.log, self.due = log_model(self, self._due), due_model(self)
        self.tables = {"log": QTableView(), "due": QTableView()}
        self.dialog: QDialog | None = None
        self.last_message = ""
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self.reload)
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        chosen = self.selected()
        self.year_box.blockSignals(True)
        self.year_box.setValue(self.year)
        self.year_box.blockSignals(False)
        due: list[TransferDue] = self.members.due_transfers(self.today())
        self._due.clear()
        self._due.update(d.transfer_id for d in due)
        self.log.set_rows(self.members.transfers(self.year))
        self.due.set_rows(due)
        self.select(chosen)
        self._show_summary()

    def selected(self) -> int | None:
        rows = self.tables["log"].selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def selected_row(self) -> TransferRow | None:
        key = self.selected()
        row = self.log.row_of(key) if key is not None else None
        return self.log.rows[row] if row is not None else None

    def select(self, transfer_id: int | None) -> None:
        table = self.tables["log"]
        row = self.log.row_of(transfer_id) if transfer_id is not None else None
        if row is None:
            table.selectionModel().clearSelection()
        else:
            index = table.model().mapFromSource(self.log.index(row, 0))  # type: ignore[attr-defined]
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            table.selectionModel().select(index, flags)
            table.scrollTo(index)
        self._update_buttons()

    def new_transfer(self) -> QDialog:
        dialog = TransferDialog(self.members, self.today(), self)
        dialog.sig_saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_arrival(self) -> None:
        self._set_day("arrival", self.tr("Reported here"), self.tr("The member reported here on:"),
                      self.members.set_arrival)

    def set_receipt(self) -> None:
        self._set_day("receipt", self.tr("Receipt"), self.tr("The receipt was returned or sent on:"),
                      self.members.set_receipt)

    def delete(self) -> None:
        row = self.selected_row()
        if row and prompts.confirm(self, self.tr("Delete transfer"), self.tr(
                "Delete the letter %1 of %2? Who is on the roll is worked out again without it.")
                .replace("%1", row.letter_no).replace("%2", row.name)):
            self._try(self.members.delete_transfer, row.id)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        for key, model, widths in (("log", self.log, LOG_WIDTHS), ("due", self.due, DUE_WIDTHS)):
            proxy = SortProxy(self)
            proxy.setSourceModel(model)
            table = self.tables[key]
            table.setObjectName(f"transfers_{key}_table")
            table.setModel(proxy)
            table.setSortingEnabled(True)
            table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setWordWrap(False)
            table.verticalHeader().hide()
            for column, width in enumerate(widths):
                if width:
                    table.setColumnWidth(column, width)
            table.horizontalHeader().setSectionResizeMode(widths.index(0), QHeaderView.ResizeMode.Stretch)
        self.tables["log"].selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.tables["due"].clicked.connect(self._due_clicked)
        for key, action in (("new", self.new_transfer), ("arrival", self.set_arrival),
                            ("receipt", self.set_receipt), ("delete", self.delete)):
            self.buttons[key].clicked.connect(action)
        self.year_box.valueChanged.connect(self.set_year)
        self.hint.setStyleSheet("color: #555;")
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year_box)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.buttons["new"])
        log = self._pane("log", [self.buttons[k] for k in ("arrival", "receipt", "delete")])
        log.layout().addWidget(self.hint)  # type: ignore[union-attr]
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setChildrenCollapsible(False)
        rows.addWidget(log)
        rows.addWidget(self._pane("due", []))
        rows.setSizes([430, 130])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(rows, 1)
        self._update_buttons()

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
    def _set_day(self, kind: str, title: str, label: str, write) -> None:  # type: ignore[no-untyped-def]
        row = self.selected_row()
        if row is None:
            return
        today = self.today()
        day = prompts.pick_date(self, title, label, today, row.issued_on, today)
        if day is not None:
            self._try(write, row.id, day, today)

    def _due_clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        self.show_letter(int(index.data(ID_ROLE)))

    def _saved(self, transfer_id: int) -> None:
        self.show_letter(transfer_id)

    def show_letter(self, transfer_id: int) -> None:
        """Choose a letter, showing its year first when it is another's (a due one, a back-dated one)."""
        if self.log.row_of(transfer_id) is None:
            issued = next((t.issued_on for t in self.members.transfers(None) if t.id == transfer_id), None)
            if issued is not None:
                self.set_year(issued.year)
        self.select(transfer_id)

    def _try(self, fn, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn(*args)
        except PartyPlanError as exc:
            self.last_message = words.error_message(exc)
            prompts.error(self, self.tr("Transfers"), self.last_message)
            return False
        return True

    def _on_changed(self, area: str) -> None:
        if area in (AREA, "people", "office"):
            self.reload()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.buttons["arrival"].setEnabled(row is not None and row.direction is Direction.IN and row.arrived_on is None)
        self.buttons["receipt"].setEnabled(row is not None and row.receipt_on is None)
        self.buttons["delete"].setEnabled(row is not None)

    # -- showing -----------------------------------------------------------------------------
    def _show_summary(self) -> None:
        rows = self.log.rows
        ins = sum(1 for r in rows if r.direction is Direction.IN)
        self.summary.setText(self.tr("In %1 · out %2").replace("%1", str(ins)).replace("%2", str(len(rows) - ins)))
        self.titles["log"].setText(self.tr("Letters of %1").replace("%1", str(self.year)))
        self.titles["due"].setText(self.tr("Due: receipts and reports awaited (%1)").replace(
            "%1", str(len(self.due.rows))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Year"))
        self.hint.setText(self.tr("A letter issued takes the member off the roll that day; one received puts them "
                                  "on it when they report (shaded: a receipt or report is due)."))
        for key, text in (("new", self.tr("Record transfer...")), ("arrival", self.tr("Reported...")),
                          ("receipt", self.tr("Receipt...")), ("delete", self.tr("Delete..."))):
            self.buttons[key].setText(text)
        for model in (self.log, self.due):
            model.retranslate()
        self._show_summary()
