"""The year's meetings as a list or a month calendar, with filters, the actions on a meeting, and the
selected meeting summed up on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import MeetingStatus
from partyplan.texts import meetings as words
from partyplan.texts import plans as plan_words
from partyplan.ui.meetings.models import DAY_ROLE, ID_ROLE, MeetingFilter, MeetingListModel, MonthModel
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.meetings.schedule_actions import ScheduleActions
from partyplan.ui.meetings.summary import MeetingSummary
from partyplan.ui.widgets import refill_combo

ACTION_KEYS = ("generate", "new", "edit", "record", "status", "delete", "export")


class SchedulePage(QWidget):
    def __init__(self, meetings: MeetingsOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_schedule")
        self.meetings = meetings
        self.year = dt.date.today().year
        self.month = dt.date.today().month
        self.model = MeetingListModel(self)
        self.proxy = MeetingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.month_model = MonthModel(self)
        self.table, self.calendar = QTableView(), QTableView()
        self.stack = QStackedWidget()
        self.summary = MeetingSummary()
        self.view_buttons = {key: QPushButton() for key in ("list", "calendar")}
        self.type_filter, self.status_filter, self.month_filter = QComboBox(), QComboBox(), QComboBox()
        self.search = QLineEdit()
        self.buttons = {key: QPushButton() for key in ACTION_KEYS}
        self.status_menu, self.export_menu = QMenu(self), QMenu(self)
        self.month_label = QLabel()
        self.legend = QLabel()
        self.legend.setStyleSheet("color: #555;")
        self.previous, self.next = QPushButton("◀"), QPushButton("▶")
        self.actions = ScheduleActions(self)
        self._calendar_day: dt.date | None = None
        self._types: list = []  # type: ignore[type-arg]  # the meeting types as last read, for the filter
        self._build()
        self.retranslate()

    # -- public ------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.year = year
        today = dt.date.today()
        self.month = today.month if year == today.year else 1
        self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        rows = self.meetings.meetings(self.year)
        self.model.set_rows(rows)
        self.month_model.set_month(self.year, self.month, rows)
        self.month_label.setText(f"{self.year}-{self.month:02d}")
        self._types = self.meetings.types(include_archived=True)
        self._refill_types()
        if selected is not None:
            self.select_meeting(selected)
        self._show_selected()

    def selected_id(self) -> int | None:
        if self.stack.currentIndex() == 1:
            index = self.calendar.currentIndex()
            return index.data(ID_ROLE) if index.isValid() else None
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def show_history(self):  # type: ignore[no-untyped-def]
        """Who recorded the chosen meeting, its attendance and its votes, and every change since."""
        from partyplan.ui.history_dialog import show_history

        meeting_id = self.selected_id()
        if meeting_id is None:
            return None
        title = self.meetings.meeting(meeting_id).row.title
        self.history_dialog = show_history(self, self.meetings.ops, title, "meeting_history", meeting_id)
        return self.history_dialog

    def _table_menu(self, point) -> None:  # type: ignore[no-untyped-def]
        if self.table.indexAt(point).isValid() and self.selected_id() is not None:
            menu = QMenu(self)
            menu.addAction(self.tr("History..."), self.show_history)
            menu.exec(self.table.viewport().mapToGlobal(point))

    def select_meeting(self, meeting_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == meeting_id:
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                break
        match = next((m for m in self.model.rows if m.id == meeting_id), None)
        if match is not None:
            if (match.day.year, match.day.month) != (self.year, self.month) and match.day.year == self.year:
                self.set_month(match.day.month)
            self.calendar.setCurrentIndex(self._calendar_index(match.day))

    def show_calendar(self, on: bool) -> None:
        self.view_buttons["calendar" if on else "list"].setChecked(True)
        self.stack.setCurrentIndex(1 if on else 0)
        for widget in (self.previous, self.next, self.month_label):
            widget.setVisible(on)
        self.month_filter.setVisible(not on)
        self._show_selected()

    def set_month(self, month: int) -> None:
        self.month = month
        self.month_model.set_month(self.year, month, self.model.rows)
        self.month_label.setText(f"{self.year}-{month:02d}")

    def suggested_day(self) -> dt.date:
        if self.stack.currentIndex() == 1 and self._calendar_day:
            return self._calendar_day
        today = dt.date.today()
        return today if today.year == self.year else dt.date(self.year, self.month, 1)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._setup_table()
        self._setup_calendar()
        calendar_page = QWidget()
        column = QVBoxLayout(calendar_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.calendar, 1)
        column.addWidget(self.legend)
        self.stack.addWidget(self.table)
        self.stack.addWidget(calendar_page)
        group = QButtonGroup(self)
        for key, button in self.view_buttons.items():
            button.setCheckable(True)
            group.addButton(button)
            button.clicked.connect(lambda _c=False, k=key: self.show_calendar(k == "calendar"))
        self.view_buttons["list"].setChecked(True)
        for combo in (self.type_filter, self.status_filter, self.month_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.search.textChanged.connect(self._apply_filters)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.type_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_filter.setMinimumContentsLength(16)
        self.previous.clicked.connect(lambda: self.set_month(12 if self.month == 1 else self.month - 1))
        self.next.clicked.connect(lambda: self.set_month(1 if self.month == 12 else self.month + 1))
        for button in (self.previous, self.next):
            button.setFixedWidth(32)
        self.month_label.setMinimumWidth(64)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        a = self.actions
        for key, slot in (("generate", a.generate), ("new", lambda: a.new_meeting()), ("edit", a.edit_selected),
                          ("record", a.record_selected), ("delete", a.delete_selected)):
            self.buttons[key].clicked.connect(slot)
        self.buttons["status"].setMenu(self.status_menu)
        self.buttons["export"].setMenu(self.export_menu)
        filters = QHBoxLayout()
        for widget in (*self.view_buttons.values(), self.previous, self.month_label, self.next, self.type_filter,
                       self.status_filter, self.month_filter, self.search):
            filters.addWidget(widget)
        filters.setStretchFactor(self.search, 1)
        actions = QHBoxLayout()
        for key in ACTION_KEYS:
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.stack)
        split.addWidget(self.summary)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        self.show_calendar(False)

    def _setup_table(self) -> None:
        t = self.table
        t.setObjectName("meetings_table")
        t.setModel(self.proxy)
        t.setSortingEnabled(True)
        t.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.verticalHeader().hide()
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        t.setWordWrap(False)
        for column, width in enumerate((128, 180, 0, 66, 130, 92, 92)):
            if width:
                t.setColumnWidth(column, width)
        t.doubleClicked.connect(lambda _i: self.actions.open_selected())
        t.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        t.customContextMenuRequested.connect(self._table_menu)
        t.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

    def _setup_calendar(self) -> None:
        c = self.calendar
        c.setObjectName("meetings_calendar")
        c.setModel(self.month_model)
        c.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        c.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        c.setWordWrap(True)
        c.verticalHeader().hide()
        c.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        c.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        c.verticalHeader().setMinimumSectionSize(56)
        c.doubleClicked.connect(self._calendar_open)
        c.selectionModel().currentChanged.connect(lambda *_: self._show_selected())

    # -- reactions ---------------------------------------------------------------------------
    def _calendar_open(self, index) -> None:  # type: ignore[no-untyped-def]
        day = index.data(DAY_ROLE)
        if day is None:
            return
        if index.data(ID_ROLE) is not None:
            self.actions.open_selected()
        else:
            self.actions.new_meeting(day)

    def _calendar_index(self, day: dt.date):  # type: ignore[no-untyped-def]
        for row in range(self.month_model.rowCount()):
            for column in range(7):
                index = self.month_model.index(row, column)
                if index.data(DAY_ROLE) == day:
                    return index
        return self.month_model.index(0, 0)

    def _show_selected(self) -> None:
        if self.stack.currentIndex() == 1:
            self._calendar_day = self.calendar.currentIndex().data(DAY_ROLE)
        meeting_id = self.selected_id()
        detail = self.meetings.meeting(meeting_id) if meeting_id is not None else None
        item = self.meetings.plan_item_title(detail.row.plan_item_id) if detail and detail.row.plan_item_id else ""
        self.summary.show_meeting(detail, item, self._hint())
        self._enable(detail is not None)

    def _enable(self, chosen: bool) -> None:
        for key in ("edit", "record", "status", "delete"):
            self.buttons[key].setEnabled(chosen)
        for action in self.export_menu.actions()[:3]:  # the papers of one meeting; the register is the year's
            action.setEnabled(chosen)

    def _hint(self) -> str:
        if not self.model.rows:
            return self.tr("No meetings in %1 yet. “Generate year...” plans every required meeting from the "
                           "meeting types' cadences; “Plan meeting...” adds one.").replace("%1", str(self.year))
        return self.tr("Choose a meeting to see its details. Double-click to record it; in the calendar, "
                       "double-click a free day to plan one.")

    def _apply_filters(self) -> None:
        status = self.status_filter.currentData()
        self.proxy.set_filters(type_id=self.type_filter.currentData(), status=MeetingStatus(status) if status else None,
                               month=self.month_filter.currentData() or None, search=self.search.text())

    def _refill_types(self) -> None:
        kinds = [(words.type_name(t.name, t.name_en), t.id) for t in self._types]
        refill_combo(self.type_filter, [(self.tr("All types"), None), *kinds])

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.view_buttons["list"].setText(self.tr("List"))
        self.view_buttons["calendar"].setText(self.tr("Calendar"))
        labels = {"generate": self.tr("Generate year..."), "new": self.tr("Plan meeting..."),
                  "edit": self.tr("Edit..."), "record": self.tr("Record..."), "status": self.tr("Status"),
                  "delete": self.tr("Delete..."), "export": self.tr("Export")}
        for key, text in labels.items():
            self.buttons[key].setText(text)
        self.buttons["generate"].setToolTip(self.tr("Plan the year's required meetings from the meeting types"))
        self.buttons["record"].setToolTip(self.tr("Attendance, minutes, resolutions and votes"))
        self.previous.setToolTip(self.tr("Previous month"))
        self.next.setToolTip(self.tr("Next month"))
        self.search.setPlaceholderText(self.tr("Search title, place, chair"))
        self.legend.setText(self.tr("✓ held   ○ planned   → postponed   ✕ cancelled   — double-click a day to plan "
                                    "a meeting or open one"))
        self.status_menu.clear()
        for status, text in ((MeetingStatus.PLANNED, self.tr("Planned")), (MeetingStatus.POSTPONED, self.tr("Postpone...")),
                             (MeetingStatus.CANCELLED, self.tr("Cancel..."))):
            self.status_menu.addAction(text, lambda s=status: self.actions.set_status(s))
        self.export_menu.clear()
        a = self.actions
        self.export_menu.addAction(self.tr("Minutes (Word)..."), a.export_minutes)
        self.export_menu.addAction(self.tr("Sign-in sheet (Word)..."), lambda: a.export_sign_in(".docx"))
        self.export_menu.addAction(self.tr("Sign-in sheet (Excel)..."), lambda: a.export_sign_in(".xlsx"))
        self.export_menu.addAction(self.tr("Year's register (Excel)..."), a.export_register)
        refill_combo(self.status_filter, [(self.tr("Any status"), ""), *((words.status_label(s), s.value)
                                                                           for s in MeetingStatus)])
        refill_combo(self.month_filter, [(self.tr("Any month"), 0), *((plan_words.month_label(m), m)
                                                                       for m in range(1, 13))])
        self._refill_types()
        self.model.retranslate()
        self.month_model.retranslate()
        self.summary.show_meeting(self.summary.detail, self.summary.plan_item, self._hint())  # no reading here
        self._enable(self.summary.detail is not None)
