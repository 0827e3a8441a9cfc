"""Follow-ups of members graded unqualified (不合格), as members/disposals.py keeps them: each opens when the
grade is given and waits for the branch's decision (帮教 by a full member; 限期改正 by a deadline, 劝退 or
除名 by the general meeting's passed vote), then is closed. The list shows what is to decide and which
corrections are due for review; Decide… and Close… refuse what the rules do not allow, at the field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import DisposalOutcome, Measure, Role
from partyplan.members.disposals import VOTED, DisposalRow, InvalidDisposal
from partyplan.texts import members as member_words
from partyplan.ui.forms import error_label
from partyplan.ui.meetings.fields import fill_people
from partyplan.ui.meetings.models import RowsModel
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import refill_combo

DUE = "#b00020"


class FollowupsModel(RowsModel[DisposalRow]):
    columns = ("name", "year", "opened", "measure", "detail", "outcome")

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.today = dt.date.today()

    def header(self, column: str) -> str:
        return {"name": self.tr("Member"), "year": self.tr("Evaluation"), "opened": self.tr("Opened"),
                "measure": self.tr("Decision"), "detail": self.tr("Helper / deadline / meeting"),
                "outcome": self.tr("Outcome")}[column]

    def text(self, row: DisposalRow, column: str) -> str:
        if column == "name":
            return row.name
        if column == "year":
            return str(row.year) if row.year else ""
        if column == "opened":
            return row.opened_on.isoformat()
        if column == "measure":
            decided = f" ({row.decided_on.isoformat()})" if row.decided_on else ""
            return member_words.measure_label(row.measure) + decided
        if column == "detail":
            if row.measure is Measure.HELP:
                return row.helper_name
            if row.measure is Measure.CORRECTION and row.deadline:
                return self.tr("by %1").replace("%1", row.deadline.isoformat())
            return ""
        closed = f" ({row.closed_on.isoformat()})" if row.closed_on else ""
        return member_words.outcome_label(row.outcome) + closed

    def extra(self, row: DisposalRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self._due(row) and column in ("measure", "detail"):
            return QBrush(QColor(DUE))
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        return None

    def _due(self, row: DisposalRow) -> bool:
        if row.closed_on is not None:
            return False
        return row.measure is Measure.UNDECIDED or (
            row.measure is Measure.CORRECTION and row.deadline is not None and row.deadline <= self.today)


class FollowupsPage(QWidget):
    def __init__(self, meetings: MeetingsOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_followups")
        self.meetings = meetings
        self.model = FollowupsModel(self)
        self.table = QTableView()
        self.open_only = QCheckBox()
        self.open_only.setChecked(True)
        self.note = QLabel()
        self.buttons = {key: QPushButton() for key in ("decide", "close")}
        self.dialog: QWidget | None = None
        self._build()
        self.retranslate()

    def set_today(self, today: dt.date) -> None:
        self.model.today = today
        self.reload()

    def reload(self) -> None:
        chosen = self._selected()
        self.model.set_rows(self.meetings.followups(open_only=self.open_only.isChecked()))
        if chosen is not None:
            self.select(chosen.id)
        self._update_buttons()

    def select(self, disposal_id: int) -> None:
        for n, row in enumerate(self.model.rows):
            if row.id == disposal_id:
                self.table.selectRow(n)

    def decide_selected(self) -> DecideDialog | None:
        row = self._selected()
        if row is None or row.closed_on is not None:
            return None
        return self._open(DecideDialog(self.meetings, row, self.model.today, self))

    def close_selected(self) -> CloseDialog | None:
        row = self._selected()
        if row is None or row.closed_on is not None:
            return None
        return self._open(CloseDialog(self.meetings, row, self.model.today, self))

    def _open(self, dialog):  # type: ignore[no-untyped-def]
        self.dialog = dialog
        dialog.open()
        return dialog

    def _build(self) -> None:
        t = self.table
        t.setObjectName("followups_table")
        t.setModel(self.model)
        t.verticalHeader().hide()
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setAlternatingRowColors(True)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
        t.doubleClicked.connect(lambda _i: self.decide_selected())
        t.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.buttons["decide"].clicked.connect(self.decide_selected)
        self.buttons["close"].clicked.connect(self.close_selected)
        self.open_only.toggled.connect(lambda _c: self.reload())
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.addWidget(self.buttons["decide"])
        row.addWidget(self.buttons["close"])
        row.addWidget(self.open_only)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def _selected(self) -> DisposalRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self._selected()
        for button in self.buttons.values():
            button.setEnabled(row is not None and row.closed_on is None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.buttons["decide"].setText(self.tr("Decide..."))
        self.buttons["close"].setText(self.tr("Close..."))
        self.open_only.setText(self.tr("Open follow-ups only"))
        self.note.setText(self.tr("A member graded “unqualified” in the democratic evaluation is followed up: first "
                                  "helped by a full member (帮教), or by the general meeting's vote given a "
                                  "deadline to correct (限期改正), persuaded to leave (劝退) or removed (除名). Red: "
                                  "to decide, or a correction whose deadline has come."))
        self.model.retranslate()


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class _FollowupDialog(GuardedDialog):
    """What the two dialogs share: a heading, a form whose rows show a reason under them, the buttons."""

    FIELDS: tuple[str, ...] = ()

    def __init__(self, row: DisposalRow, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.row = row
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.errors = {name: error_label(name) for name in self.FIELDS}
        self._labels = {name: QLabel() for name in self.FIELDS}
        self._rows: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, widgets: dict[str, QWidget]) -> None:
        for name in self.FIELDS:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widgets[name])
            column.addWidget(self.errors[name])
            self._rows[name] = holder
            self.form.addRow(self._labels[name], holder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(540)

    def show_refusal(self, exc: InvalidDisposal) -> None:
        for label in self.errors.values():
            label.hide()
        field = exc.field if exc.field in self.errors and not self._rows[exc.field].isHidden() else self.FIELDS[0]
        self.errors[field].setText(member_words.error_message(exc))
        self.errors[field].show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class DecideDialog(_FollowupDialog):
    FIELDS = ("measure", "day", "helper", "deadline", "meeting", "note")

    def __init__(self, meetings: MeetingsOperations, row: DisposalRow, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(row, parent)
        self.setObjectName("followup_decide_dialog")
        self._meetings = meetings
        self._months = meetings.correction_months()
        self.measure = QComboBox()
        self.day = _date_edit(max(today, row.opened_on))
        self.helper = QComboBox()
        self.deadline = _date_edit(today)
        self.meeting = QComboBox()
        self.note = QPlainTextEdit(row.note)
        self.note.setFixedHeight(60)
        self._meeting_choices = meetings.held_meetings()
        self._lay_out({"measure": self.measure, "day": self.day, "helper": self.helper, "deadline": self.deadline,
                       "meeting": self.meeting, "note": self.note})
        members = [p for p in meetings.people() if Role.PARTY_MEMBER in p.roles and p.id != row.person_id
                   and not p.archived]
        fill_people(self.helper, members, row.helper_id, self.tr("(choose the member who helps)"))
        self.retranslate()
        self.measure.setCurrentIndex(max(0, self.measure.findData(row.measure.value)))  # a decision revised
        if row.deadline is not None:
            self.deadline.setDate(QDate(row.deadline))
        self.measure.currentIndexChanged.connect(lambda _i: self._sync())
        self.day.dateChanged.connect(lambda _d: self._default_deadline())
        self.meeting.currentIndexChanged.connect(lambda _i: self._meeting_chosen())
        if row.deadline is None:
            self._default_deadline()
        self._sync()

    def current_measure(self) -> Measure:
        return Measure(self.measure.currentData())

    def accept(self) -> None:
        measure = self.current_measure()
        try:
            self._meetings.decide_followup(
                self.row.id, measure, self.day.date().toPython(),
                helper_id=self.helper.currentData() if measure is Measure.HELP else None,
                deadline=self.deadline.date().toPython() if measure is Measure.CORRECTION else None,
                meeting_id=self.meeting.currentData() if measure in VOTED else None,
                note=self.note.toPlainText())
        except InvalidDisposal as exc:
            self.show_refusal(exc)
            return
        super().accept()

    def _sync(self) -> None:
        measure = self.current_measure()
        for name, shown in (("helper", measure is Measure.HELP), ("deadline", measure is Measure.CORRECTION),
                            ("meeting", measure in VOTED)):
            self._rows[name].setVisible(shown)
            self._labels[name].setVisible(shown)
        for label in self.errors.values():
            label.hide()
        self.adjustSize()

    def _default_deadline(self) -> None:
        from partyplan.development.pipeline import add_months

        self.deadline.setDate(QDate(add_months(self.day.date().toPython(), self._months)))

    def _meeting_chosen(self) -> None:
        day = next((d for mid, d, _t in self._meeting_choices if mid == self.meeting.currentData()), None)
        if day is not None:
            self.day.setDate(QDate(day))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Decide the follow-up"))
        year = f" · {self.row.year}" if self.row.year else ""
        self.heading.setText(f"{self.row.name}{year}")
        for name, text in (("measure", self.tr("Decision")), ("day", self.tr("Decided on")),
                           ("helper", self.tr("Member who helps")), ("deadline", self.tr("Correct by")),
                           ("meeting", self.tr("General meeting")), ("note", self.tr("Note"))):
            self._labels[name].setText(text)
        refill_combo(self.measure, [(member_words.measure_label(m), m.value) for m in Measure
                                    if m is not Measure.UNDECIDED])
        refill_combo(self.meeting, [(self.tr("(choose the meeting that voted)"), None)]
                     + [(f"{day.isoformat()}  {title}", mid) for mid, day, title in self._meeting_choices])


class CloseDialog(_FollowupDialog):
    FIELDS = ("outcome", "day", "note")

    def __init__(self, meetings: MeetingsOperations, row: DisposalRow, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(row, parent)
        self.setObjectName("followup_close_dialog")
        self._meetings = meetings
        self.outcome = QComboBox()
        self.day = _date_edit(max(today, row.decided_on or row.opened_on))
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self._lay_out({"outcome": self.outcome, "day": self.day, "note": self.note})
        self.retranslate()

    def accept(self) -> None:
        try:
            self._meetings.close_followup(self.row.id, self.day.date().toPython(),
                                          DisposalOutcome(self.outcome.currentData()), self.note.toPlainText())
        except InvalidDisposal as exc:
            self.show_refusal(exc)
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the follow-up"))
        self.heading.setText(f"{self.row.name} · {member_words.measure_label(self.row.measure)}")
        for name, text in (("outcome", self.tr("Outcome")), ("day", self.tr("Closed on")),
                           ("note", self.tr("Note"))):
            self._labels[name].setText(text)
        refill_combo(self.outcome, [(member_words.outcome_label(o), o.value) for o in
                                    (DisposalOutcome.CORRECTED, DisposalOutcome.OTHER)])
        self.note.setPlaceholderText(self.tr("required for another outcome"))
