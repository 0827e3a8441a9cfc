"""A record's history: who changed it, when, and each field from what to what, read from the audit log
that every write fills (partyplan.audit.history). Opened by "History..." on a record-book entry, a
meeting (its attendance and votes), a member's evaluation line and a month's roster."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from partyplan.texts import district as words
from partyplan.ui.operations import Operations
from partyplan.ui.rows import Column, RowsModel

translate = QCoreApplication.translate
PERSON_FIELDS = {"person_id", "chair_id", "recorder_id", "handled_by_id", "subject_id", "responsible_id", "by_id",
                 "inspected_by_id", "inspector_id", "leader_id"}
HIDDEN_FIELDS = {"id", "created_at", "updated_at"}  # the store's own bookkeeping


def action_text(action: str) -> str:
    return {"insert": translate("HistoryDialog", "Added"), "update": translate("HistoryDialog", "Changed"),
            "delete": translate("HistoryDialog", "Deleted")}.get(action, action)


def part_text(table: str) -> str:
    """Which part of the record a row of the history concerns."""
    return {
        "duty_log_entries": translate("HistoryDialog", "Entry"),
        "meetings": translate("HistoryDialog", "Meeting"),
        "meeting_attendees": translate("HistoryDialog", "Attendance"),
        "meeting_resolutions": translate("HistoryDialog", "Resolution and vote"),
        "evaluations": translate("HistoryDialog", "Evaluation"),
        "evaluation_subjects": translate("HistoryDialog", "Member's line"),
        "rosters": translate("HistoryDialog", "Roster"),
        "roster_assignments": translate("HistoryDialog", "Duty"),
    }.get(table, table)


class HistoryDialog(QDialog):
    def __init__(self, rows: list[Any], names: dict[int, str], what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self._what, self._names = what, names
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = RowsModel(self._columns(), self, key=lambda row: row.id, single_line=False, text_tooltips=True)
        self.model.set_rows(list(reversed(rows)))  # the newest first
        self.table = QTableView()
        self.table.setObjectName("history_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 440)
        self.retranslate()

    def _columns(self) -> tuple[Column, ...]:
        return (
            Column(lambda: self.tr("When"), lambda r: r.local.strftime("%Y-%m-%d %H:%M"), lambda r: r.id),
            Column(lambda: self.tr("Who"), lambda r: r.user),
            Column(lambda: self.tr("Part"), lambda r: part_text(r.table)),
            Column(lambda: self.tr("What"), lambda r: action_text(r.action)),
            Column(lambda: self.tr("From → to"), self.changes_text),
        )

    def changes_text(self, row: Any) -> str:
        lines = []
        for change in row.changes:
            if change.field in HIDDEN_FIELDS:
                continue
            if row.action in ("insert", "delete") and (change.new if row.action == "insert" else change.old) in (
                    None, ""):
                continue  # a new or deleted record: what it held, not every empty field
            old, new = self._value(change.field, change.old, row.table), self._value(change.field, change.new, row.table)
            if row.action == "insert":
                lines.append(f"{words.field_name(change.field)}: {new}")
            elif row.action == "delete":
                lines.append(f"{words.field_name(change.field)}: {old}")
            else:
                lines.append(f"{words.field_name(change.field)}: {old} → {new}")
        return "\n".join(lines)

    def _value(self, field: str, value: object, table: str) -> str:
        if field in PERSON_FIELDS and isinstance(value, int):
            return self._names.get(value, str(value))
        return words.shown(value, field, table)

    def texts(self) -> list[list[str]]:
        """The rows as shown (for tests and screen readers)."""
        return [[self.model.index(r, c).data() for c in range(self.model.columnCount())]
                for r in range(self.model.rowCount())]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History"))
        self.heading.setText(self.tr("%1: every change, newest first.").replace("%1", self._what)
                             if self.model.rowCount() else self.tr("%1: no change is recorded.").replace("%1", self._what))
        self.model.retranslate()


def show_history(parent: QWidget, ops: Operations, what: str, name: str, *args: object,
                 fetch: Callable[[], list[Any]] | None = None) -> HistoryDialog:
    """Read the history (`ops.history(name, *args)`) and open the dialog beside `parent`."""
    rows = fetch() if fetch is not None else ops.history(name, *args)
    names = {p.id: p.name for p in ops.people()}
    dialog = HistoryDialog(rows, names, what, parent)
    dialog.open()
    return dialog
