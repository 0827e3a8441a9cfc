"""Meetings: the year's schedule (list and calendar), the cadence check, heart-to-heart talks, the
democratic evaluation and the meeting types, one year at a time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from partyplan.ui.meetings.check_page import CheckPage
from partyplan.ui.meetings.evaluation_page import EvaluationPage
from partyplan.ui.meetings.followups_page import FollowupsPage
from partyplan.ui.meetings.operations import AREA, MeetingsOperations
from partyplan.ui.meetings.schedule_page import SchedulePage
from partyplan.ui.meetings.talks_page import TalksPage
from partyplan.ui.meetings.types_page import TypesPage


class MeetingsTab(QWidget):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("meetings_tab")
        self.ops = operations
        self.meetings: MeetingsOperations = operations.meetings
        self.meetings.ensure_defaults()
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(1949, 2200)
        self.year.setValue(dt.date.today().year)
        self.previous, self.next = QPushButton("◀"), QPushButton("▶")
        self.schedule = SchedulePage(self.meetings)
        self.check = CheckPage(self.meetings)
        self.talks = TalksPage(self.meetings)
        self.evaluation = EvaluationPage(self.meetings)
        self.followups = FollowupsPage(self.meetings)
        self.types = TypesPage(self.meetings)
        self.pages = QTabWidget()
        for page in (self.schedule, self.check, self.talks, self.evaluation, self.followups, self.types):
            self.pages.addTab(page, "")
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self._on_database_switched)
        self.set_year(self.year.value())

    def set_year(self, year: int, today: dt.date | None = None) -> None:
        """Show `year` on every page; `today` (tests, screenshots) fixes the day the check is made on."""
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.schedule.set_year(year)
        self.check.set_year(year, today)
        self.talks.set_year(year, today)
        self.evaluation.set_year(year)
        self.followups.set_today(today or dt.date.today())
        self.types.reload()

    def reload(self) -> None:
        for page in (self.schedule, self.check, self.talks, self.evaluation, self.followups, self.types):
            page.reload()

    def _build(self) -> None:
        for button in (self.previous, self.next):
            button.setFixedWidth(32)
        self.previous.clicked.connect(lambda: self.year.setValue(self.year.value() - 1))
        self.next.clicked.connect(lambda: self.year.setValue(self.year.value() + 1))
        self.year.valueChanged.connect(lambda value: self.set_year(value))
        self.check.sig_open_meeting.connect(self._record_meeting)
        self.check.sig_plan_meeting.connect(self._plan_meeting)
        bar = QHBoxLayout()
        for widget in (self.year_label, self.previous, self.year, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    def _record_meeting(self, meeting_id: int) -> None:
        self.pages.setCurrentWidget(self.schedule)
        self.schedule.show_calendar(False)
        self.schedule.select_meeting(meeting_id)
        self.schedule.actions.record_selected()

    def _plan_meeting(self, type_id: int, day: dt.date) -> None:
        self.pages.setCurrentWidget(self.schedule)
        self.schedule.actions.new_meeting(day, type_id, self.check.org_id)  # the unit whose gap it fills

    def _on_changed(self, area: str) -> None:
        if area == AREA:
            self.reload()
        elif area == "organisations":
            self.check.reload()
        elif area in ("people", "plans"):
            self.schedule.reload()
            self.talks.reload()
            self.evaluation.reload()
            self.followups.reload()

    def _on_database_switched(self) -> None:
        self.meetings.ensure_defaults()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Year"))
        self.previous.setToolTip(self.tr("Previous year"))
        self.next.setToolTip(self.tr("Next year"))
        for n, text in enumerate((self.tr("Schedule"), self.tr("Cadence check"), self.tr("Talks"),
                                  self.tr("Democratic evaluation"), self.tr("Follow-ups"), self.tr("Meeting types"))):
            self.pages.setTabText(n, text)
