"""Record a meeting: when and where it was held, who came (present, absent, on leave with a reason),
the agenda and minutes, and the resolutions with their votes. Saving marks the meeting held; a
problem is shown on the page and beside the row it concerns, and the dialog stays open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.errors import PartyPlanError
from partyplan.meetings import InvalidMeeting
from partyplan.meetings.service import MeetingDetail, RecordData, is_party_vote, is_probationary, vote_rule
from partyplan.meetings.votes import InvalidVote, VoteResult
from partyplan.texts import meetings as words
from partyplan.ui import prompts
from partyplan.ui import conflicts
from partyplan.ui.meetings.fields import (
    OptionalTime, date_edit, error_label, fill_people, read_date, set_date, with_error,
)
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.meetings.record_models import AttendanceModel, AttendeeEdit, ResolutionEdit, ResolutionsModel
from partyplan.ui.meetings.record_pages import AttendancePage, ResolutionsPage, VoterRollDialog
from partyplan.ui.meetings.resolution_dialog import ResolutionDialog, SectionChoiceDialog
from partyplan.ui.people.picker import PeoplePicker
from partyplan.ui.unsaved import GuardedDialog


class RecordMeetingDialog(GuardedDialog):
    sig_saved = Signal(int)

    def __init__(self, meetings: MeetingsOperations, detail: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_meeting_dialog")
        self._meetings, self._detail = meetings, detail
        self._people = meetings.people()
        self._rules = meetings.vote_rules()
        self._party_vote = is_party_vote(detail.type)
        self.tabs = QTabWidget()
        self.held_on = date_edit(detail.row.held_on or min(detail.row.planned_on, dt.date.today()))
        self.start_time = OptionalTime()
        self.place = QLineEdit(detail.row.place)
        self.chair, self.recorder = QComboBox(), QComboBox()
        self.agenda = QPlainTextEdit(detail.agenda)
        self.minutes = QPlainTextEdit(detail.minutes)
        self.errors = {name: error_label(name) for name in ("held_on", "place")}
        self.attendance_model = AttendanceModel(self)
        self.resolutions_model = ResolutionsModel(self)
        self.resolutions_model.decide = self._decide
        self.attendance = AttendancePage(self.attendance_model)
        self.resolutions = ResolutionsPage(self.resolutions_model)
        self.heading = QLabel()
        self._labels = {name: QLabel() for name in ("held_on", "start_time", "place", "chair", "recorder",
                                                    "agenda", "minutes")}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.dialog: QDialog | None = None  # the sub-dialog last opened, for tests
        self._build()
        self._fill()
        self.retranslate()

    # -- public ------------------------------------------------------------------------------
    def data(self) -> RecordData:
        return RecordData(
            held_on=read_date(self.held_on), start_time=self.start_time.value(), place=self.place.text(),
            chair_id=self.chair.currentData(), recorder_id=self.recorder.currentData(),
            agenda=self.agenda.toPlainText(), minutes=self.minutes.toPlainText(),
            attendees=self.attendance_model.attendees(), resolutions=self.resolutions_model.resolutions())

    def accept(self) -> None:
        row = self._detail.row
        try:
            outcome = conflicts.save(self, lambda seen: self._meetings.record(row.id, self.data(), expected_version=seen),
                                     row.row_version, take_theirs=self._take_theirs)
        except InvalidVote as exc:
            self.tabs.setCurrentWidget(self.resolutions)
            self.resolutions.show_problem(exc.row, words.error_message(exc))
            return
        except InvalidMeeting as exc:
            self._show_problem(exc)
            return
        if outcome is conflicts.NOT_SAVED:
            return
        self.sig_saved.emit(self._detail.row.id)
        super().accept()

    def add_resolution(self) -> ResolutionDialog:
        return self._open_resolution(None)

    def edit_resolution(self, n: int) -> ResolutionDialog:
        return self._open_resolution(n)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        details = QWidget()
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in (("held_on", with_error(self.held_on, self.errors["held_on"])),
                             ("start_time", self.start_time), ("place", with_error(self.place, self.errors["place"])),
                             ("chair", self.chair), ("recorder", self.recorder), ("agenda", self.agenda),
                             ("minutes", self.minutes)):
            form.addRow(self._labels[name], widget)
        self.agenda.setFixedHeight(80)
        self.minutes.setMinimumHeight(160)
        self.tabs.addTab(details, "")
        self.tabs.addTab(self.attendance, "")
        self.tabs.addTab(self.resolutions, "")
        self.attendance.sig_add_people.connect(self._add_people)
        self.attendance.sig_fill_group.connect(self._fill_group)
        self.attendance.sig_show_roll.connect(self.show_roll)
        self.held_on.dateChanged.connect(lambda _d: self._load_roll())
        self.attendance_model.sig_edited.connect(self.resolutions_model.retranslate)  # results follow attendance
        self.resolutions.sig_add.connect(self.add_resolution)
        self.resolutions.sig_edit.connect(self.edit_resolution)
        self.resolutions.sig_to_plan.connect(self._to_plan)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 620)

    def _take_theirs(self) -> None:
        """Another PC's record of this meeting wins: the form shows the meeting, its votes, as stored now."""
        self._detail = self._meetings.meeting(self._detail.row.id)
        row = self._detail.row
        set_date(self.held_on, row.held_on or row.planned_on)
        self.place.setText(row.place)
        self.agenda.setPlainText(self._detail.agenda)
        self.minutes.setPlainText(self._detail.minutes)
        self._fill()
        self.mark_clean()

    def _fill(self) -> None:
        row = self._detail.row
        self.start_time.set_value(row.start_time)
        fill_people(self.chair, self._people, row.chair_id, self.tr("(not set)"))
        fill_people(self.recorder, self._people, self._detail.recorder_id, self.tr("(not set)"))
        if self._detail.attendees:
            self.attendance_model.set_rows([AttendeeEdit(a.person_id, a.name, a.presence, a.reason, a.can_vote)
                                            for a in self._detail.attendees])
        else:
            self._fill_group()
        self.resolutions_model.set_rows([ResolutionEdit(r.data(), r.responsible_name, r.plan_item_id)
                                         for r in self._detail.resolutions])
        self.attendance.buttons["roll"].setVisible(self._party_vote)
        self._load_roll()

    def _load_roll(self) -> None:
        """The branch's members on the day held, as the vote counts them; only a party meeting has a roll."""
        if not self._party_vote:
            self.attendance.set_roll(None, read_date(self.held_on))
            return
        self.attendance.set_roll(self._meetings.meeting_roll(self._detail.row.id, read_date(self.held_on)),
                                 read_date(self.held_on))

    def show_roll(self) -> QDialog:
        dialog = VoterRollDialog(self.attendance.roll or [], read_date(self.held_on), self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _fill_group(self) -> None:
        names = {p.id: p.name for p in self._people}
        defaults = self._meetings.default_attendees(self._detail.type.id, read_date(self.held_on))
        self.attendance_model.add_people([(a.person_id, names.get(a.person_id, "?"), a.can_vote) for a in defaults])

    def _add_people(self) -> None:
        chosen = {r.person_id for r in self.attendance_model.rows}
        picker = PeoplePicker(self._people, chosen, self)
        self.dialog = picker
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_people(picker.chosen_ids())

    def add_people(self, ids: list[int]) -> None:
        """People added by hand vote as the day's roll says at a party meeting (an extended probationer or a
        member registered elsewhere does not); elsewhere everyone votes but a probationary member."""
        day = read_date(self.held_on)
        people = {p.id: p for p in self._people}
        roll = {e.person_id: e.votes for e in self.attendance.roll or []}
        self.attendance_model.add_people([
            (i, people[i].name, roll.get(i, False) if self._party_vote
             else not is_probationary(people[i].joined_date, day)) for i in ids if i in people])

    def _open_resolution(self, n: int | None) -> ResolutionDialog:
        edit = self.resolutions_model.row_at(n) if n is not None else None
        dialog = ResolutionDialog(self._people, edit, quorum=self._detail.type.quorum,
                                  attendance=self.attendance.attendance(), majority=self._detail.type.majority,
                                  rules=self._rules, parent=self)
        self.dialog = dialog

        def done() -> None:
            assert dialog.edited is not None
            if n is None:
                self.resolutions_model.append(dialog.edited)
            else:
                self.resolutions_model.replace_row(n, dialog.edited)
            self.resolutions.error.hide()

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def _to_plan(self, n: int) -> None:
        edit = self.resolutions_model.row_at(n)
        sections = self._meetings.plan_choices(self._detail.row.day.year).sections
        if edit.data.id is None:
            return
        if not sections:
            prompts.info(self, self.tr("Make a plan item"), self.tr("There is no plan for %1 yet; make one in the "
                                                                     "Plans tab first.").replace(
                "%1", str(self._detail.row.day.year)))
            return
        chooser = SectionChoiceDialog(sections, self)
        self.dialog = chooser
        if chooser.exec() != QDialog.DialogCode.Accepted or chooser.section_id() is None:
            return
        self.make_plan_item(n, int(chooser.section_id()))  # type: ignore[arg-type]

    def make_plan_item(self, n: int, section_id: int) -> None:
        edit = self.resolutions_model.row_at(n)
        assert edit.data.id is not None
        try:
            item_id = self._meetings.resolution_to_plan_item(edit.data.id, section_id)
        except PartyPlanError as exc:
            prompts.error(self, self.tr("Make a plan item"), words.error_message(exc))
            return
        self.resolutions_model.replace_row(n, ResolutionEdit(edit.data, edit.responsible_name, item_id))
        self.resolutions.update_buttons()
        prompts.info(self, self.tr("Make a plan item"), self.tr("The resolution is now an item of the plan."))

    def _decide(self, data) -> VoteResult | str | None:  # type: ignore[no-untyped-def]
        a = self.attendance.attendance()
        from partyplan.meetings import votes

        try:
            rule = vote_rule(self._detail, data, self._rules)
            return votes.decide(rule.quorum, rule.majority, eligible=a.eligible,
                                present=a.voters_present, votes_for=data.votes_for,
                                votes_against=data.votes_against, abstentions=data.abstentions)
        except InvalidVote as exc:
            return words.vote_problem(exc.code, exc.votes, exc.present)

    def _show_problem(self, exc: InvalidMeeting) -> None:
        text = words.problem(exc.field, exc.code)
        if exc.field == "attendees":
            self.tabs.setCurrentWidget(self.attendance)
            self.attendance.show_problem(exc.row, text)
        elif exc.field == "resolutions":
            self.tabs.setCurrentWidget(self.resolutions)
            self.resolutions.show_problem(exc.row, text)
        elif exc.field in self.errors:
            self.tabs.setCurrentIndex(0)
            self.errors[exc.field].setText(text)
            self.errors[exc.field].show()
        else:
            prompts.error(self, self.windowTitle(), texts.error_message(exc))

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        row = self._detail.row
        name = row.title or words.type_name(row.type_name, row.type_name_en)
        self.setWindowTitle(self.tr("Record meeting"))
        self.heading.setText(self.tr("%1, planned for %2").replace("%1", name).replace("%2", row.planned_on.isoformat()))
        for name_, text in (("held_on", self.tr("Held on *")), ("start_time", self.tr("Time")),
                            ("place", self.tr("Place")), ("chair", self.tr("Chair")), ("recorder", self.tr("Recorder")),
                            ("agenda", self.tr("Agenda")), ("minutes", self.tr("Minutes"))):
            self._labels[name_].setText(text)
        for n, text in enumerate((self.tr("Meeting"), self.tr("Attendance"), self.tr("Resolutions and votes"))):
            self.tabs.setTabText(n, text)
        self.agenda.setPlaceholderText(self.tr("one item per line"))
        self.minutes.setPlaceholderText(self.tr("what was reported, discussed and decided"))
        self.start_time.enabled.setText(self.tr("at"))
        self.attendance.retranslate()
        self.resolutions.retranslate()
