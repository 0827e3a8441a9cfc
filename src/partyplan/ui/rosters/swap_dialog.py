"""Swap one person's duty with another person's duty: both cells change together, with one undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from partyplan.rosters.views import RosterView

Duty = tuple[dt.date, int, int]  # day, shift id, person id


class RosterSwapDialog(QDialog):
    def __init__(self, view: RosterView, day: dt.date, shift_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_swap_dialog")
        self.setWindowTitle(self.tr("Swap duties"))
        shifts = {s.id: s.name for s in view.shifts}
        here = view.cells.get((day, shift_id), [])
        self.person = QComboBox()
        for p in here:
            self.person.addItem(p.name, p.person_id)
        self.target = QComboBox()
        present = {p.person_id for p in here}
        self._targets: list[Duty] = []  # combo data are indexes here: Qt cannot match tuples with findData
        for (other_day, other_shift), people in sorted(view.cells.items()):
            if (other_day, other_shift) == (day, shift_id):
                continue
            for p in people:
                if p.person_id not in present:
                    self.target.addItem(f"{other_day.isoformat()} {shifts.get(other_shift, '?')}: {p.name}",
                                        len(self._targets))
                    self._targets.append((other_day, other_shift, p.person_id))
        self._here = (day, shift_id)
        form = QFormLayout()
        form.addRow(self.tr("On %1 %2:").replace("%1", day.isoformat()).replace("%2", shifts.get(shift_id, "")),
                    self.person)
        form.addRow(self.tr("swaps with:"), self.target)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Both duties are locked after the swap.")))
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.person.count() > 0
                                                                          and self.target.count() > 0)
        self.setMinimumWidth(460)

    def choice(self) -> tuple[Duty, Duty]:
        day, shift = self._here
        return (day, shift, int(self.person.currentData())), self._targets[int(self.target.currentData())]

    def choose_target(self, day: dt.date, shift_id: int, person_id: int) -> None:
        self.target.setCurrentIndex(self._targets.index((day, shift_id, person_id)))
