"""Heart-to-heart talks: the year's talks on the left; on the right, the party members nobody has talked
with in the chosen period (at least one talk every six months per member)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.meetings import talks
from partyplan.ui import prompts
from partyplan.ui.meetings.models import ID_ROLE
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.meetings.people_models import GapsModel, TalksModel
from partyplan.ui.meetings.talk_dialog import TalkDialog
from partyplan.ui.widgets import refill_combo


class TalksPage(QWidget):
    def __init__(self, meetings: MeetingsOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_talks")
        self.meetings = meetings
        self.year = dt.date.today().year
        self.today = dt.date.today()
        self.model, self.gaps_model = TalksModel(self), GapsModel(self)
        self.table, self.gaps = QTableView(), QTableView()
        self.period = QComboBox()
        self.gap_count = QLabel()
        self.talks_box, self.gaps_box = QGroupBox(), QGroupBox()
        self.buttons = {key: QPushButton() for key in ("add", "edit", "delete", "talk_with")}
        self.dialog: TalkDialog | None = None
        self._build()
        self.retranslate()

    def set_year(self, year: int, today: dt.date | None = None) -> None:
        self.year = year
        self.today = today or dt.date.today()
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.meetings.talks(dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)))
        start, end = self.period_range()
        self.gaps_model.set_rows(self.meetings.not_talked_to(start, end))
        self._count_gaps()
        self._update_buttons()

    def _count_gaps(self) -> None:
        """Words only, from the rows as read: a language switch says it again."""
        start, end = self.period_range()
        self.gap_count.setText(self.tr("Members not talked to between %2 and %3: %1")
                               .replace("%1", str(len(self.gaps_model.rows))).replace("%2", start.isoformat())
                               .replace("%3", end.isoformat()))

    def period_range(self) -> tuple[dt.date, dt.date]:
        choice = self.period.currentData() or "recent"
        if choice == "recent":
            return talks.window(self.today)
        return talks.half_year(self.year, 1 if choice == "first" else 2)

    def add_talk(self, member_id: int | None = None) -> TalkDialog:
        return self._open(TalkDialog(self.meetings, None, member_id=member_id, today=self.today, parent=self))

    def edit_selected(self) -> TalkDialog | None:
        row = self._selected_talk()
        return self._open(TalkDialog(self.meetings, row, parent=self)) if row else None

    def delete_selected(self) -> None:
        row = self._selected_talk()
        if row and prompts.confirm(self, self.tr("Delete talk"), self.tr("Delete the talk of %1 with %2 on %3?")
                                   .replace("%1", row.cadre_name).replace("%2", row.member_name)
                                   .replace("%3", row.day.isoformat())):
            self.meetings.delete_talk(row.id)

    def talk_with_selected(self) -> TalkDialog | None:
        rows = self.gaps.selectionModel().selectedRows()
        return self.add_talk(rows[0].data(ID_ROLE)) if rows else None

    def _build(self) -> None:
        for view, model, name in ((self.table, self.model, "talks_table"), (self.gaps, self.gaps_model, "gaps_table")):
            view.setObjectName(name)
            view.setModel(model)
            view.verticalHeader().hide()
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for column, width in ((0, 92), (1, 76), (2, 76), (4, 170)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.gaps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.gaps.doubleClicked.connect(lambda _i: self.talk_with_selected())
        self.buttons["add"].clicked.connect(lambda: self.add_talk())
        self.buttons["edit"].clicked.connect(self.edit_selected)
        self.buttons["delete"].clicked.connect(self.delete_selected)
        self.buttons["talk_with"].clicked.connect(self.talk_with_selected)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.gap_count.setWordWrap(True)
        row = QHBoxLayout()
        for key in ("add", "edit", "delete"):
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        left = QVBoxLayout(self.talks_box)
        left.addLayout(row)
        left.addWidget(self.table)
        right = QVBoxLayout(self.gaps_box)
        right.addWidget(self.period)
        right.addWidget(self.gap_count)
        right.addWidget(self.gaps)
        right.addWidget(self.buttons["talk_with"])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.talks_box)
        split.addWidget(self.gaps_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(split)

    def _selected_talk(self) -> talks.TalkRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has_talk = bool(self.table.selectionModel().selectedRows())
        self.buttons["edit"].setEnabled(has_talk)
        self.buttons["delete"].setEnabled(has_talk)
        self.buttons["talk_with"].setEnabled(bool(self.gaps.selectionModel().selectedRows()))

    def _open(self, dialog: TalkDialog) -> TalkDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.talks_box.setTitle(self.tr("Talks"))
        self.gaps_box.setTitle(self.tr("Not talked to"))
        for key, text in (("add", self.tr("Record a talk...")), ("edit", self.tr("Edit...")),
                          ("delete", self.tr("Delete...")), ("talk_with", self.tr("Record a talk with this member..."))):
            self.buttons[key].setText(text)
        self.period.blockSignals(True)
        refill_combo(self.period, [(self.tr("Last six months"), "recent"), (self.tr("First half of the year"), "first"),
                                   (self.tr("Second half of the year"), "second")])
        self.period.blockSignals(False)
        self.model.retranslate()
        self.gaps_model.retranslate()
        self._count_gaps()
