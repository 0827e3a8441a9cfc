"""Duty roster set-up: who serves (with their limits) and which shift types there are."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.rosters.setup import MemberRow
from partyplan.rosters.views import ShiftTypeRow
from partyplan.texts import rosters as words
from partyplan.ui.operations import Operations
from partyplan.ui.rosters.member_dialog import MemberDialog
from partyplan.ui.rosters.shift_type_dialog import ShiftTypeDialog
from partyplan.ui.unsaved import UnsavedText

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2
GREY = QColor("#8a8a8a")


class RowsModel(QAbstractTableModel):
    """A read-only table of service rows: `headers()` and `cell(row, column)` supply the words."""

    def __init__(self, headers: Callable[[], list[str]], cell: Callable[[object, int], str],
                 greyed: Callable[[object], bool], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._headers, self._cell, self._greyed = headers, cell, greyed
        self._rows: list = []  # type: ignore[type-arg]

    def set_rows(self, rows: Sequence[object]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):  # type: ignore[no-untyped-def]
        return self._rows[row]

    def retranslate(self) -> None:
        columns = self.columnCount()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, columns - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        headers = self._headers()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(headers):
            return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(row, index.column())
        if role == ID_ROLE:
            return getattr(row, "person_id", None) or getattr(row, "id", None)
        if role == Qt.ItemDataRole.ForegroundRole and self._greyed(row):
            return QBrush(GREY)
        return None


class RosterSetupPage(QWidget):
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = operations
        self.members_model = RowsModel(self._member_headers, self._member_cell, lambda m: not m.active, self)
        self.shifts_model = RowsModel(self._shift_headers, self._shift_cell, lambda s: not s.active, self)
        self.members_table, self.shifts_table = QTableView(), QTableView()
        self.explanation = QLabel()
        self.no_members = QLabel()  # while nobody serves: where people come from
        self.show_retired = QCheckBox()
        self.duty_phone = QLineEdit()
        self.buttons = {name: QPushButton() for name in ("edit_member", "add_shift", "edit_shift", "retire_shift")}
        self._boxes = {name: QGroupBox() for name in ("members", "shifts")}
        self._phone_label = QLabel()
        self.dialog: MemberDialog | ShiftTypeDialog | None = None
        self._build()
        # saved when it loses focus; and when the window closes with the focus still in it
        self.typed_phone = UnsavedText(self.duty_phone, (self.duty_phone,), self.save_duty_phone,
                                       lambda: self.tr("Duty phone"), autosave=True)
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self.reload)
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def reload(self) -> None:
        rosters = self._ops.rosters
        self._reload_table(self.members_table, self.members_model, rosters.members())
        self.no_members.setVisible(not self.members_model.rowCount())
        self._reload_table(self.shifts_table, self.shifts_model,
                           rosters.shift_types(include_inactive=self.show_retired.isChecked()))
        if not self.duty_phone.hasFocus():
            self.duty_phone.setText(rosters.duty_phone())
            self.typed_phone.mark_clean()
        self._update_buttons()

    def selected_member(self) -> MemberRow | None:
        return self._selected(self.members_table, self.members_model)

    def selected_shift(self) -> ShiftTypeRow | None:
        return self._selected(self.shifts_table, self.shifts_model)

    def select_row(self, table: QTableView, key: int) -> None:
        model = table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == key:
                table.selectRow(row)
                return
        table.clearSelection()

    def edit_member(self) -> MemberDialog | None:
        member = self.selected_member()
        if member is None:
            return None
        dialog = MemberDialog(self._ops.rosters, member, self._ops.rosters.members(), self)
        return self._open(dialog)

    def add_shift(self) -> ShiftTypeDialog:
        return self._open(ShiftTypeDialog(self._ops.rosters, None, self))

    def edit_shift(self) -> ShiftTypeDialog | None:
        shift = self.selected_shift()
        return self._open(ShiftTypeDialog(self._ops.rosters, shift, self)) if shift else None

    def toggle_retired(self) -> None:
        shift = self.selected_shift()
        if shift is not None:
            self._ops.rosters.set_shift_active(shift.id, not shift.active)

    def save_duty_phone(self) -> bool:
        if self.duty_phone.text().strip() != self._ops.rosters.duty_phone():
            self._ops.rosters.set_duty_phone(self.duty_phone.text())
        return True

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.explanation.setWordWrap(True)
        _setup_table(self.members_table, self.members_model, (110, 70, 150, 130, 150, 110, 100, 150))
        _setup_table(self.shifts_table, self.shifts_model, (160, 110, 260, 100, 160))
        self.members_table.setObjectName("members_table")
        self.shifts_table.setObjectName("shifts_table")
        self.members_table.doubleClicked.connect(lambda _i: self.edit_member())
        self.shifts_table.doubleClicked.connect(lambda _i: self.edit_shift())
        for table in (self.members_table, self.shifts_table):
            table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for name, slot in (("edit_member", self.edit_member), ("add_shift", self.add_shift),
                           ("edit_shift", self.edit_shift), ("retire_shift", self.toggle_retired)):
            self.buttons[name].clicked.connect(slot)
        self.show_retired.toggled.connect(lambda _on: self.reload())
        self.duty_phone.editingFinished.connect(self.save_duty_phone)
        self.duty_phone.setMaxLength(40)
        self.duty_phone.setPlaceholderText("0771-1234567")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._members_box())
        splitter.addWidget(self._shifts_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)

    def _members_box(self) -> QGroupBox:
        box = self._boxes["members"]
        column = QVBoxLayout(box)
        self.no_members.setObjectName("no_members_hint")
        self.no_members.setWordWrap(True)
        self.no_members.setStyleSheet("color: #6b4e00;")
        column.addWidget(self.no_members)
        column.addWidget(self.members_table, 1)
        column.addLayout(_bar([self.buttons["edit_member"]]))
        return box

    def _shifts_box(self) -> QGroupBox:
        box = self._boxes["shifts"]
        column = QVBoxLayout(box)
        column.addWidget(self.shifts_table, 1)
        bar = _bar([self.buttons[n] for n in ("add_shift", "edit_shift", "retire_shift")] + [self.show_retired])
        bar.addSpacing(24)
        bar.addWidget(self._phone_label)
        bar.addWidget(self.duty_phone)
        self.duty_phone.setMinimumWidth(160)
        column.addLayout(bar)
        return box

    def _open(self, dialog):  # type: ignore[no-untyped-def]
        table = self.members_table if isinstance(dialog, MemberDialog) else self.shifts_table
        dialog.sig_saved.connect(lambda key: self.select_row(table, key))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _reload_table(self, table: QTableView, model: RowsModel, rows: Sequence[object]) -> None:
        chosen = table.selectionModel().selectedRows()
        selected = chosen[0].data(ID_ROLE) if chosen else None
        model.set_rows(rows)
        if selected is not None:
            self.select_row(table, selected)

    def _selected(self, table: QTableView, model: RowsModel):  # type: ignore[no-untyped-def]
        rows = table.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if len(rows) == 1 else None

    def _on_changed(self, area: str) -> None:
        if area in ("rosters", "people"):
            self.reload()

    def _update_buttons(self) -> None:
        shift = self.selected_shift()
        self.buttons["edit_member"].setEnabled(self.selected_member() is not None)
        self.buttons["edit_shift"].setEnabled(shift is not None)
        self.buttons["retire_shift"].setEnabled(shift is not None)
        retired = shift is not None and not shift.active
        self.buttons["retire_shift"].setText(self.tr("Bring back") if retired else self.tr("Retire"))

    # -- table words -------------------------------------------------------------------------
    def _member_headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("On duty"), self.tr("Tags"), self.tr("Monthly maximum"),
                self.tr("Not available on"), self.tr("Backup"), self.tr("Leave periods"),
                self.tr("Note")]

    def _member_cell(self, member: MemberRow, column: int) -> str:
        if column == 0:
            return member.name
        if column == 1:
            return self.tr("Yes") if member.active else self.tr("No")
        if column == 2:
            return words.tags_text(member.tags)
        if column == 3:
            return self.tr("no limit") if member.max_per_month is None else str(member.max_per_month)
        if column == 4:
            return words.weekdays_text(member.unavailable_weekdays)
        if column == 5:
            return member.backup_name
        if column == 6:
            return str(len(member.absences)) if member.absences else ""
        return member.note

    def _shift_headers(self) -> list[str]:
        return [self.tr("Shift type"), self.tr("Hours"), self.tr("Runs on"), self.tr("People needed"),
                self.tr("Requirement")]

    def _shift_cell(self, shift: ShiftTypeRow, column: int) -> str:
        if column == 0:
            return shift.name if shift.active else self.tr("%1 (retired)").replace("%1", shift.name)
        if column == 1:
            return shift.hours
        if column == 2:
            return words.day_kinds_text(shift.day_kinds)
        if column == 3:
            return str(shift.needed)
        return words.requirement_text(shift.required_tag, shift.required_count)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.explanation.setText(self.tr(
            "Cadres are on duty by default. Switch someone off, mark leaders, or set limits, weekdays and leave "
            "here; shift types say when duty is needed and by how many people."))
        self._boxes["members"].setTitle(self.tr("Who serves"))
        self.no_members.setText(words.nothing_to_roster("no_members"))
        self._boxes["shifts"].setTitle(self.tr("Shift types"))
        self.buttons["edit_member"].setText(self.tr("Edit..."))
        self.buttons["add_shift"].setText(self.tr("Add..."))
        self.buttons["edit_shift"].setText(self.tr("Edit..."))
        self.show_retired.setText(self.tr("Show retired"))
        self._phone_label.setText(self.tr("Duty phone (printed on rosters):"))
        self.members_model.retranslate()
        self.shifts_model.retranslate()
        self._update_buttons()


def _setup_table(table: QTableView, model: RowsModel, widths: tuple[int, ...]) -> None:
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)


def _bar(widgets: list[QWidget]) -> QHBoxLayout:
    bar = QHBoxLayout()
    for widget in widgets:
        bar.addWidget(widget)
    bar.addStretch(1)
    return bar
