"""Duty Rosters: one month at a time — its roster, its on-duty record book — plus the standing set-up
(who serves, shift types) and the office calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from partyplan.ui.rosters.calendar_page import RosterCalendarPage
from partyplan.ui.rosters.duty_log_page import DutyLogPage
from partyplan.ui.rosters.grid import RosterGridPage
from partyplan.ui.rosters.setup_page import RosterSetupPage


def default_month(today: dt.date) -> tuple[int, int]:
    """Late in a month the office is drawing up the next one."""
    if today.day >= 20:
        return (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return today.year, today.month


class RosterTab(QWidget):
    sig_month_changed = Signal(int, int)

    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("roster_tab")
        operations.rosters.ensure_defaults()
        operations.sig_database_switched.connect(operations.rosters.ensure_defaults)
        self.month_label = QLabel()
        self.month_edit = QDateEdit()
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(False)
        self.previous = QPushButton("◀")
        self.next = QPushButton("▶")
        for button, name in ((self.previous, "previous_month"), (self.next, "next_month")):
            button.setFixedWidth(36)
            button.setObjectName(name)  # arrows, not words: tests and screen readers find them by name
        self.month_edit.setObjectName("month")
        self.grid = RosterGridPage(operations)
        self.log = DutyLogPage(operations)
        self.setup = RosterSetupPage(operations)
        self.calendar = RosterCalendarPage(operations)
        self.pages = QTabWidget()
        for page in (self.grid, self.log, self.setup, self.calendar):
            self.pages.addTab(page, "")
        bar = QHBoxLayout()
        bar.addWidget(self.month_label)
        bar.addWidget(self.previous)
        bar.addWidget(self.month_edit)
        bar.addWidget(self.next)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.previous.clicked.connect(lambda: self.month_edit.setDate(self.month_edit.date().addMonths(-1)))
        self.next.clicked.connect(lambda: self.month_edit.setDate(self.month_edit.date().addMonths(1)))
        self.month_edit.dateChanged.connect(self._month_changed)
        self.calendar.sig_month_changed.connect(self.set_month)  # its own arrows move the whole tab
        self.retranslate()
        year, month = default_month(dt.date.today())
        self.month_edit.blockSignals(True)  # the pages read the month once, below, not once more for the signal
        self.month_edit.setDate(QDate(year, month, 1))
        self.month_edit.blockSignals(False)
        self._month_changed()

    def set_month(self, year: int, month: int) -> None:
        if (year, month) != self.month:
            self.month_edit.setDate(QDate(year, month, 1))

    def printable_page(self) -> RosterGridPage | DutyLogPage | None:
        """The page on screen if it prints (the month's roster or its record book), for File > Print."""
        page = self.pages.currentWidget()
        return page if isinstance(page, (RosterGridPage, DutyLogPage)) else None

    @property
    def month(self) -> tuple[int, int]:
        date = self.month_edit.date()
        return date.year(), date.month()

    def _month_changed(self) -> None:
        year, month = self.month
        for page in (self.grid, self.log, self.calendar):
            page.set_month(year, month)
        self.sig_month_changed.emit(year, month)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month"))
        for n, text in enumerate((self.tr("Roster"), self.tr("On-duty record book"),
                                  self.tr("Who serves and shifts"), self.tr("Calendar"))):
            self.pages.setTabText(n, text)
        self.previous.setToolTip(self.tr("Previous month"))
        self.next.setToolTip(self.tr("Next month"))
