"""Who is on one duty: tick people (with a hint when they are away or off that weekday), lock it or not."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from partyplan.rosters.setup import MemberRow
from partyplan.texts import rosters as roster_texts


class RosterCellDialog(QDialog):
    def __init__(self, day: dt.date, shift_name: str, members: list[MemberRow], chosen: list[int], locked: bool,
                 needed: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_cell_dialog")
        self.setWindowTitle(self.tr("Duty on %1").replace("%1", day.isoformat()))
        self.model = QStandardItemModel(self)
        for member in members:
            if not member.active and member.person_id not in chosen:
                continue
            hint = self._hint(member, day)
            entry = QStandardItem(f"{member.name}  —  {hint}" if hint else member.name)
            entry.setData(member.person_id, Qt.ItemDataRole.UserRole)
            entry.setCheckable(True)
            entry.setEditable(False)
            entry.setCheckState(Qt.CheckState.Checked if member.person_id in chosen else Qt.CheckState.Unchecked)
            if hint:
                entry.setForeground(Qt.GlobalColor.darkRed)
            self.model.appendRow(entry)
        self.list = QListView()
        self.list.setModel(self.model)
        self.lock = QCheckBox(self.tr("Lock this duty (regenerating keeps it)"))
        self.lock.setChecked(True)  # a duty set by hand is pinned unless the user says otherwise
        heading = QLabel(self.tr("%1, %2: needs %3").replace("%1", day.isoformat()).replace("%2", shift_name)
                         .replace("%3", str(needed)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addWidget(self.lock)
        layout.addWidget(buttons)
        self.resize(380, 460)

    def chosen_ids(self) -> list[int]:
        return [int(self.model.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.CheckState.Checked]

    def set_checked(self, person_id: int, checked: bool) -> None:
        for r in range(self.model.rowCount()):
            entry = self.model.item(r)
            if entry.data(Qt.ItemDataRole.UserRole) == person_id:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @staticmethod
    def _hint(member: MemberRow, day: dt.date) -> str:
        if any(start <= day <= end for _i, start, end, _r in member.absences):
            return roster_texts.blocked_text("unavailable")
        if day.weekday() in member.unavailable_weekdays:
            return roster_texts.blocked_text("weekday")
        return ""
