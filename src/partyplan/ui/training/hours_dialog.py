"""Party members' class hours (学时) of a year against the yearly minimum (members 32, secretaries and
branch committee members 56, training/hours.py), each member's progress, and the two minimums the office
can change. The cadres' training days stay under Requirements…."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.errors import PartyPlanError
from partyplan.texts import training as words
from partyplan.training.hours import LEADER, MEMBER, MOST, HoursTotal
from partyplan.ui.forms import error_label
from partyplan.ui.meetings.models import RowsModel
from partyplan.ui.unsaved import GuardedDialog

SHORT = "#b00020"


class HoursModel(RowsModel[HoursTotal]):
    columns = ("name", "post", "required", "hours", "progress")

    def header(self, column: str) -> str:
        return {"name": self.tr("Member"), "post": self.tr("Party post"), "required": self.tr("Required"),
                "hours": self.tr("Class hours"), "progress": self.tr("Progress")}[column]

    def text(self, row: HoursTotal, column: str) -> str:
        if column == "name":
            return row.name
        if column == "post":
            return row.post
        if column == "required":
            return f"{row.required:g}"
        if column == "hours":
            return f"{row.hours:g}"
        text = f"{row.progress * 100:.0f}%"
        return text if not row.shortfall else self.tr("%1, %2 short").replace("%1", text).replace(
            "%2", f"{row.shortfall:g}")

    def extra(self, row: HoursTotal, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == "progress" and row.shortfall:
            return QBrush(QColor(SHORT))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("required", "hours"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ClassHoursDialog(GuardedDialog):
    def __init__(self, training, year: int, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("class_hours_dialog")
        self._training, self._year = training, year
        required = training.required_hours()
        self.minimums = {kind: _box(required[kind]) for kind in (MEMBER, LEADER)}
        self.errors = {kind: error_label(f"required_hours.{kind}") for kind in (MEMBER, LEADER)}
        self._labels = {kind: QLabel() for kind in (MEMBER, LEADER)}
        self.intro, self.summary = QLabel(), QLabel()
        self.intro.setWordWrap(True)
        self.model = HoursModel(self)
        self.view = QTableView()
        self.view.setObjectName("class_hours_table")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for kind in (MEMBER, LEADER):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.minimums[kind])
            column.addWidget(self.errors[kind])
            form.addRow(self._labels[kind], holder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 540)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._training.class_hours(self._year))
        self._show_summary()

    def accept(self) -> None:
        """Save the minimums; the dialog stays open with the progress counted against them."""
        for label in self.errors.values():
            label.hide()
        try:
            self._training.set_required_hours({kind: box.value() for kind, box in self.minimums.items()})
        except PartyPlanError as exc:
            field = getattr(exc, "field", "").rpartition(".")[2]
            label = self.errors.get(field, self.errors[MEMBER])
            label.setText(words.error_message(exc))
            label.show()
            return
        self.reload()
        self.mark_clean()

    def _show_summary(self) -> None:
        short = sum(1 for row in self.model.rows if row.shortfall)
        self.summary.setText(self.tr("%1: %2 party members, %3 short of the minimum.").replace(
            "%1", str(self._year)).replace("%2", str(len(self.model.rows))).replace("%3", str(short)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Party members' class hours"))
        self.intro.setText(self.tr("Every party member studies at least the first number of class hours (学时) a "
                                   "year, branch secretaries and committee members (a party post naming 书记 or "
                                   "委员) the second. A session recorded in days counts them at the hours of a "
                                   "training day. Cadres' training days are set under Requirements…."))
        self._labels[MEMBER].setText(self.tr("Party members"))
        self._labels[LEADER].setText(self.tr("Secretaries and committee members"))
        for box in self.minimums.values():
            box.setSuffix(self.tr(" class hours a year"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save minimums"))
        self.model.retranslate()
        if hasattr(self, "summary") and self.model.rows:
            self._show_summary()


def _box(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(1)
    box.setRange(0, MOST)
    box.setValue(value)
    box.setMinimumWidth(200)
    return box
