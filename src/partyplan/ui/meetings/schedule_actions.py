"""What the schedule's buttons do: dialogs, questions, status changes and exports, apart from layout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from partyplan.enums import MeetingStatus
from partyplan.errors import PartyPlanError
from partyplan.meetings.service import MeetingDetail
from partyplan.texts import meetings as words
from partyplan.ui import prompts
from partyplan.ui.export_flow import export_file
from partyplan.ui.meetings.meeting_dialog import MeetingDialog
from partyplan.ui.meetings.record_dialog import RecordMeetingDialog

if TYPE_CHECKING:
    from partyplan.ui.meetings.schedule_page import SchedulePage


class ScheduleActions:
    def __init__(self, page: SchedulePage) -> None:
        self.page = page
        self.dialog = None  # the dialog last opened, kept alive and reachable from tests

    @property
    def meetings(self):  # type: ignore[no-untyped-def]
        return self.page.meetings

    @staticmethod
    def tr(text: str) -> str:
        """In this class's own context, the one lupdate files these strings under."""
        return QCoreApplication.translate("ScheduleActions", text)

    # -- planning ----------------------------------------------------------------------------
    def generate(self) -> None:
        year = self.page.year
        question = self.tr("Plan every required meeting of %1 from the meeting types' cadences? Meetings already "
                           "planned or held in a period are kept; nothing is planned twice.").replace("%1", str(year))
        if not prompts.confirm(self.page, self.tr("Generate the year"), question):
            return
        result = self.meetings.generate(year)
        prompts.info(self.page, self.tr("Generate the year"),
                     self.tr("Meetings planned: %1; periods that already had their meeting: %2.")
                     .replace("%1", str(result.created)).replace("%2", str(result.already_there)))

    def new_meeting(self, day: dt.date | None = None, type_id: int | None = None,
                    organisation_id: int | None = None) -> MeetingDialog:
        if day is None:
            day = self.page.suggested_day()
        dialog = MeetingDialog(self.meetings, None, year=self.page.year, type_id=type_id, day=day,
                               organisation_id=organisation_id, parent=self.page)
        dialog.sig_saved.connect(self.page.select_meeting)
        return self._open(dialog)

    def edit_selected(self) -> MeetingDialog | None:
        detail = self._selected()
        if detail is None:
            return None
        dialog = MeetingDialog(self.meetings, detail, year=detail.row.day.year, parent=self.page)
        dialog.sig_saved.connect(self.page.select_meeting)
        return self._open(dialog)

    def record_selected(self) -> RecordMeetingDialog | None:
        detail = self._selected()
        if detail is None:
            return None
        if detail.row.status is MeetingStatus.CANCELLED:
            if not prompts.confirm(self.page, self.tr("Record meeting"),
                                   self.tr("This meeting was cancelled. Record it as held after all?")):
                return None
        dialog = RecordMeetingDialog(self.meetings, detail, self.page)
        dialog.sig_saved.connect(self.page.select_meeting)
        return self._open(dialog)

    def open_selected(self) -> None:
        """Double-click: record a meeting that is due or held, edit one still ahead."""
        detail = self._selected()
        if detail is None:
            return
        if detail.row.status is MeetingStatus.HELD or detail.row.planned_on <= dt.date.today():
            self.record_selected()
        else:
            self.edit_selected()

    # -- status ------------------------------------------------------------------------------
    def set_status(self, status: MeetingStatus) -> None:
        detail = self._selected()
        if detail is None:
            return
        new_day = None
        if status is MeetingStatus.POSTPONED:
            planned = detail.row.planned_on
            new_day = prompts.pick_date(self.page, self.tr("Postpone meeting"), self.tr("Postpone to:"),
                                        planned + dt.timedelta(days=7), planned + dt.timedelta(days=1),
                                        dt.date(planned.year + 1, 12, 31))
            if new_day is None:
                return
        elif status is MeetingStatus.CANCELLED or detail.row.status is MeetingStatus.HELD:
            question = (self.tr("Cancel this meeting? It stays in the list as cancelled.")
                        if status is MeetingStatus.CANCELLED
                        else self.tr("Mark this held meeting as %1? Its attendance and minutes are kept.")
                        .replace("%1", words.status_label(status)))
            if not prompts.confirm(self.page, self.tr("Change status"), question):
                return
        try:
            self.meetings.set_status(detail.row.id, status, new_day)
        except PartyPlanError as exc:
            prompts.error(self.page, self.tr("Change status"), words.error_message(exc))

    def delete_selected(self) -> None:
        detail = self._selected()
        if detail is None:
            return
        name = detail.row.title or words.type_name(detail.row.type_name, detail.row.type_name_en)
        question = self.tr("Delete the meeting “%1” of %2 with its attendance, minutes and resolutions? "
                           "This cannot be undone.").replace("%1", name).replace("%2", detail.row.day.isoformat())
        if prompts.confirm(self.page, self.tr("Delete meeting"), question):
            self.meetings.delete(detail.row.id)

    # -- exports -----------------------------------------------------------------------------
    def export_minutes(self) -> None:
        detail = self._selected()
        if detail is None:
            return
        if detail.row.status is not MeetingStatus.HELD:
            prompts.info(self.page, self.tr("Minutes"), self.tr("Record the meeting first; minutes are written "
                                                                "for a held meeting."))
            return
        language = self._language()  # here: the writing runs off the GUI thread, away from widgets
        self._export(self.tr("Minutes"), f"{detail.row.day.isoformat()} {self._name(detail)}.docx",
                     self.tr("Word document (*.docx)"),
                     lambda path: self.meetings.export_minutes(detail.row.id, path, language))

    def export_sign_in(self, suffix: str = ".docx") -> None:
        detail = self._selected()
        if detail is None:
            return
        file_filter = self.tr("Word document (*.docx)") if suffix == ".docx" else self.tr("Excel workbook (*.xlsx)")
        language = self._language()
        self._export(self.tr("Sign-in sheet"), f"{detail.row.day.isoformat()} {self._name(detail)}{suffix}",
                     file_filter, lambda path: self.meetings.export_sign_in(detail.row.id, path, language))

    def export_register(self) -> None:
        year = self.page.year
        language = self._language()
        self._export(self.tr("Meeting register"), self.tr("Meeting register %1.xlsx").replace("%1", str(year)),
                     self.tr("Excel workbook (*.xlsx)"),
                     lambda path: self.meetings.export_register(year, path, language))

    def _export(self, title: str, suggested: str, file_filter: str, write) -> None:  # type: ignore[no-untyped-def]
        export_file(self.page, title, Path.home() / suggested.replace("/", "-"), file_filter, write,
                    explain=words.error_message)

    # -- helpers -----------------------------------------------------------------------------
    def _selected(self) -> MeetingDetail | None:
        meeting_id = self.page.selected_id()
        return self.meetings.meeting(meeting_id) if meeting_id is not None else None

    def _name(self, detail: MeetingDetail) -> str:
        return detail.row.title or words.type_name(detail.row.type_name, detail.row.type_name_en)

    def _language(self) -> str:
        return getattr(self.page.window(), "language", "zh_CN")

    def _open(self, dialog):  # type: ignore[no-untyped-def]
        self.dialog = dialog
        dialog.open()
        return dialog
