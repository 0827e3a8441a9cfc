"""Writing in the on-duty record book: a new or corrected entry, closing a follow-up, a leader's inspection.

A problem is shown under the field it concerns and the dialog stays open, so nothing typed is lost;
only the record-book service decides what is acceptable (the form never second-guesses it).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTimeEdit, QWidget

from partyplan.enums import FollowUp
from partyplan.rosters.duty_log import CATEGORIES, EntryData, EntryNotFound, EntryRow, InvalidEntry, phone_ok
from partyplan.texts import duty_log as words
from partyplan.ui import conflicts, prompts
from partyplan.ui.forms import REFUSED, FieldForm, date_edit, line
from partyplan.ui.widgets import refill_combo

NOBODY = "—"


class _BookForm(FieldForm):
    """The three book dialogs' form."""

    ROWS = {"follow_up_due": "follow_up"}  # the due date sits on the follow-up row

    def __init__(self, operations, parent: QWidget | None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._ops = operations

    def show_problem(self, field: str, code: str) -> None:
        """Show one problem under its row (a field without a row still gets told, in a message box)."""
        self.clear_problems()
        self.show_text(field, words.problem(field, code))

    def _write(self, name: str, *args, **kwargs) -> object:  # type: ignore[no-untyped-def]
        """One write through the record book; a refused one is shown at its field and the dialog stays.

        (Words of this shared base come from texts.duty_log: tr() here would take the subclass's context.)"""
        self.clear_problems()
        try:
            return self._ops.rosters.log_write(name, *args, **kwargs)
        except InvalidEntry as exc:
            self.show_problem(exc.field, exc.code)
        except EntryNotFound:
            prompts.error(self, self.windowTitle(), words.problem("entry", "not_found"))
            self.reject()
        return REFUSED


class DutyEntryDialog(_BookForm):
    """A new entry (day defaults to today inside the shown month, else its 1st) or an edit of a stored one.

    A new entry starts with the shift and the person on duty that the published roster names for its day
    and time, and follows the day and time as they are changed, until the user picks either by hand."""

    def __init__(self, operations, year: int, month: int, entry: EntryRow | None = None,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(operations, parent)
        self.setObjectName("duty_entry_dialog")
        self._entry = entry
        today = today or dt.date.today()
        start = today if (today.year, today.month) == (year, month) else dt.date(year, month, 1)
        self.day = date_edit(start)
        self.has_time = QCheckBox()
        self.time = QTimeEdit(QTime.currentTime())
        self.time.setDisplayFormat("HH:mm")
        self.shift, self.handled_by, self.category, self.follow_up = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.edits = {name: QLineEdit() for name in ("resident_name", "contact", "household")}
        self.texts = {name: QPlainTextEdit() for name in ("matter", "answer", "result")}
        self.has_due = QCheckBox()
        self.due = date_edit(start + dt.timedelta(days=7))
        self.roster_note = QLabel()
        self.roster_note.setObjectName("roster_note")
        self.roster_note.setStyleSheet("color: #555;")
        self.roster_note.setWordWrap(True)
        self._picked_by_hand = entry is not None  # a stored entry keeps what it says
        self._build()
        self.retranslate()
        self._fill(entry.to_data() if entry else EntryData(day=start, time=dt.datetime.now().time()
                                                           if start == today else None))
        self._follow_roster()

    def data(self) -> EntryData:
        """What the form says, in the service's terms."""
        follow_up = FollowUp(self.follow_up.currentData())
        due = self.due.date().toPython() if follow_up is FollowUp.OPEN and self.has_due.isChecked() else None
        clock = self.time.time().toPython().replace(second=0, microsecond=0) if self.has_time.isChecked() else None
        return EntryData(
            day=self.day.date().toPython(), time=clock, shift_type_id=self.shift.currentData(),
            handled_by_id=self.handled_by.currentData(), resident_name=self.edits["resident_name"].text(),
            contact=self.edits["contact"].text(), household=self.edits["household"].text(),
            matter=self.texts["matter"].toPlainText(), category=self.category.currentData(),
            answer=self.texts["answer"].toPlainText(), result=self.texts["result"].toPlainText(),
            follow_up=follow_up, follow_up_due=due)

    def accept(self) -> None:
        if self._entry is None:
            outcome = conflicts.save(self, lambda _seen: self._write("add_entry", self.data()), None)
        else:
            entry = self._entry
            outcome = conflicts.save(
                self, lambda seen: self._write("update_entry", entry.id, self.data(), expected_version=seen),
                entry.row_version, take_theirs=self._take_theirs,
                save_new=lambda: self._write("add_entry", self.data()))
        if outcome is REFUSED or outcome is conflicts.NOT_SAVED:
            return
        self.sig_saved.emit(self._entry.id if self._entry else outcome)
        super().accept()

    def _take_theirs(self) -> None:
        """Another PC's save of this entry wins: the form shows the entry as stored now."""
        assert self._entry is not None
        self._entry = self._ops.rosters.log("get_entry", self._entry.id)
        self._fill(self._entry.to_data())
        self.mark_clean()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.add_row("day", self.day)
        self.add_row("time", line([self.has_time, self.time]))
        self.add_row("shift_type_id", self.shift)
        self.add_row("handled_by_id", self.handled_by)
        self.form.addRow("", self.roster_note)
        for name in ("resident_name", "contact", "household"):
            self.add_row(name, self.edits[name])
        for name, height in (("matter", 72), ("category", 0), ("answer", 52), ("result", 52)):
            self.add_row(name, self.category if name == "category" else self.texts[name])
            if height:
                self.texts[name].setFixedHeight(height)
                self.texts[name].setTabChangesFocus(True)
        self.add_row("follow_up", line([self.follow_up, self.has_due, self.due]))
        self.has_time.toggled.connect(self.time.setEnabled)
        self.follow_up.currentIndexChanged.connect(self._follow_up_chosen)
        self.has_due.toggled.connect(self._sync_due)
        self.edits["contact"].textChanged.connect(self._check_contact)
        for combo in (self.shift, self.handled_by):
            combo.activated.connect(self._picked)  # only a choice the user makes, not one filled in here
        for signal in (self.day.dateChanged, self.time.timeChanged, self.has_time.toggled):
            signal.connect(lambda *_: self._follow_roster())
        for row, signal in (("day", self.day.dateChanged), ("matter", self.texts["matter"].textChanged),
                            ("follow_up", self.due.dateChanged)):
            signal.connect(lambda *_, r=row: self.errors[r].hide())  # the hint goes once the user acts on it
        self.setMinimumWidth(560)

    def _fill(self, data: EntryData) -> None:
        self.day.setDate(QDate(data.day))
        self.has_time.setChecked(data.time is not None)
        if data.time is not None:
            self.time.setTime(QTime(data.time.hour, data.time.minute))
        self._refill_people(data)
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        for name, text in self.texts.items():
            text.setPlainText(getattr(data, name))
        known = data.category if data.category in CATEGORIES else "other"  # as the month's figures count it
        self.category.setCurrentIndex(self.category.findData(known))
        self.follow_up.setCurrentIndex(max(0, self.follow_up.findData(data.follow_up.value)))
        self.has_due.setChecked(data.follow_up_due is not None)
        if data.follow_up_due is not None:
            self.due.setDate(QDate(data.follow_up_due))
        self.time.setEnabled(self.has_time.isChecked())
        self._sync_due()

    def _refill_people(self, data: EntryData) -> None:
        """Shift types and duty members now, plus the stored choice even if it has since been retired."""
        shifts = [(f"{s.name} ({s.hours})", s.id) for s in self._ops.rosters.shift_types()]
        members = [(m.name, m.person_id) for m in self._ops.rosters.members()]
        if self._entry is not None:
            if data.shift_type_id is not None and data.shift_type_id not in {v for _t, v in shifts}:
                shifts.append((self._entry.shift_name, data.shift_type_id))
            if data.handled_by_id is not None and data.handled_by_id not in {v for _t, v in members}:
                members.append((self._entry.handled_by_name, data.handled_by_id))
        for combo, items, chosen in ((self.shift, shifts, data.shift_type_id),
                                     (self.handled_by, members, data.handled_by_id)):
            refill_combo(combo, [(NOBODY, None), *items])
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _picked(self) -> None:
        self._picked_by_hand = True
        self.roster_note.hide()

    def _follow_roster(self) -> None:
        """Fill in the shift and the first of its people from the published roster, and name them all."""
        if self._picked_by_hand:
            return
        clock = self.time.time().toPython() if self.has_time.isChecked() else None
        duty = self._ops.rosters.log("on_duty", self.day.date().toPython(), clock)
        self.roster_note.setVisible(duty is not None)
        if duty is None:
            return
        self.shift.setCurrentIndex(max(0, self.shift.findData(duty.shift_type_id)))
        if duty.people:
            self.handled_by.setCurrentIndex(max(0, self.handled_by.findData(duty.people[0][0])))
        self.roster_note.setText(self.tr("On duty by the published roster: %1, %2").replace("%1", duty.shift_name)
                                 .replace("%2", self.tr(", ").join(name for _id, name in duty.people)))

    def _follow_up_chosen(self) -> None:
        """Opening a follow-up suggests a due date a week after the day, so it can fall overdue."""
        if self.follow_up.currentData() == FollowUp.OPEN.value and not self.has_due.isChecked():
            self.due.setDate(self.day.date().addDays(7))
            self.has_due.setChecked(True)
        self._sync_due()

    def _sync_due(self) -> None:
        is_open = self.follow_up.currentData() == FollowUp.OPEN.value
        self.has_due.setEnabled(is_open)
        self.due.setEnabled(is_open and self.has_due.isChecked())

    def _check_contact(self, text: str) -> None:
        """Tell at once when a phone number has too few or too many digits, not only on OK."""
        if phone_ok(text):
            self.errors["contact"].hide()
        else:
            self.show_text("contact", words.problem("contact", "phone_digits"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New entry") if self._entry is None else self.tr("Edit entry"))
        labels = {
            "day": self.tr("Date"), "time": self.tr("Time"), "shift_type_id": self.tr("Shift"),
            "handled_by_id": self.tr("Handled by"), "resident_name": self.tr("Resident"),
            "contact": self.tr("Contact"), "household": self.tr("Household / address"),
            "matter": self.tr("Matter *"), "category": self.tr("Category"), "answer": self.tr("Answer / action"),
            "result": self.tr("Result"), "follow_up": self.tr("Follow-up"),
        }
        for name, label in self.labels.items():
            label.setText(labels[name])
        self.has_time.setText(self.tr("noted at"))
        self.has_due.setText(self.tr("due by"))
        refill_combo(self.category, [(words.category_label(c), c) for c in CATEGORIES])
        refill_combo(self.follow_up, [(words.follow_up_label(f), f.value) for f in FollowUp])
        self.edits["contact"].setPlaceholderText(self.tr("phone, or how to reach them"))
        self.edits["household"].setPlaceholderText(self.tr("e.g. 3-502"))
        self.texts["matter"].setPlaceholderText(self.tr("What the resident came about"))


class CloseFollowUpDialog(_BookForm):
    """Close an open follow-up: when, and what came of it (added below the entry's result)."""

    def __init__(self, operations, entry: EntryRow, parent: QWidget | None = None,  # type: ignore[no-untyped-def]
                 today: dt.date | None = None) -> None:
        super().__init__(operations, parent)
        self.setObjectName("close_follow_up_dialog")
        self._entry = entry
        self.about = QLabel(f"{entry.day.isoformat()}  {entry.resident_name}  {' '.join(entry.matter.split())}")
        self.about.setWordWrap(True)
        self.closed_on = date_edit(today or dt.date.today())
        self.closed_on.setMaximumDate(self.closed_on.date())  # closing is reported after the fact
        self.result = QPlainTextEdit()
        self.result.setFixedHeight(72)
        for name, widget in (("follow_up", self.about), ("closed_on", self.closed_on), ("result", self.result)):
            self.add_row(name, widget)
        self.setMinimumWidth(460)
        self.retranslate()

    def accept(self) -> None:
        closed_on = self.closed_on.date().toPython()
        if self._write("close_follow_up", self._entry.id, closed_on, self.result.toPlainText()) is not REFUSED:
            self.sig_saved.emit(self._entry.id)
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close follow-up"))
        for name, text in (("follow_up", self.tr("Entry")), ("closed_on", self.tr("Closed on")),
                           ("result", self.tr("What came of it"))):
            self.labels[name].setText(text)


class InspectDialog(_BookForm):
    """A leader's check of the chosen entries: who looked, on which day, and what they said."""

    def __init__(self, operations, entry_ids: list[int], parent: QWidget | None = None,  # type: ignore[no-untyped-def]
                 today: dt.date | None = None) -> None:
        super().__init__(operations, parent)
        self.setObjectName("inspect_dialog")
        self.entry_ids = list(entry_ids)
        self.count = QLabel()
        self.inspector = QComboBox()
        self.comment = QLineEdit()
        self.on = date_edit(today or dt.date.today())
        self.on.setMaximumDate(self.on.date())
        for name, widget in (("entries", self.count), ("inspected_by_id", self.inspector), ("comment", self.comment),
                             ("on", self.on)):
            self.add_row(name, widget)
        self.setMinimumWidth(420)
        # Read once: a language switch only rewords the dialog, it never goes back to the store.
        self._people = [(p.name, p.id) for p in self._ops.people() if not p.archived]
        self.retranslate()

    def accept(self) -> None:
        inspector = self.inspector.currentData()
        if inspector is None:
            self.show_problem("inspected_by_id", "required")
            return
        if self._write("inspect", self.entry_ids, inspector, self.comment.text(),
                       self.on.date().toPython()) is not REFUSED:
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark inspected"))
        for name, text in (("entries", self.tr("Entries")), ("inspected_by_id", self.tr("Inspected by *")),
                           ("comment", self.tr("Comment")), ("on", self.tr("Date"))):
            self.labels[name].setText(text)
        self.count.setText(self.tr("%1 chosen").replace("%1", str(len(self.entry_ids))))
        refill_combo(self.inspector, [(self.tr("— choose —"), None), *self._people])
        self.comment.setPlaceholderText(self.tr("e.g. records complete, follow up the repair"))
