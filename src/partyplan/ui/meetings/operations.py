"""The Meetings tab's calls into the meeting services: one unit of work each, then `changed("meetings")`
(and `changed("plans")` when the service says a held meeting or a resolution changed the year's plan)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from partyplan.enums import DisposalOutcome, Grade, Measure, MeetingStatus
from partyplan.meetings import cadence, evaluation, plan_links, service, talks, types, vote_rules
from partyplan.meetings.service import AttendeeData, MeetingData, MeetingDetail, MeetingRow, RecordData
from partyplan.meetings.types import MeetingTypeData, MeetingTypeRow
from partyplan.meetings.vote_rules import VoteRule
from partyplan.members import disposals
from partyplan.members.roll import RollEntry
from partyplan.organisations import service as organisations
from partyplan.ui.operations import AreaOperations

if TYPE_CHECKING:
    from partyplan.enums import VoteKind
    from partyplan.people.service import PersonRow

AREA = "meetings"


class MeetingsOperations(AreaOperations):
    area = AREA

    # types
    def ensure_defaults(self) -> None:
        """Seed the pre-filled meeting types into a store that has none (a new or older database)."""
        if getattr(self._ops.db, "read_only", False):
            return  # a read-only copy shows what is there and writes nothing
        if not self._read(types.count_types):
            self._write(types.seed_default_types)

    def restore_defaults(self) -> int:
        return self._write(types.seed_default_types)

    def types(self, include_archived: bool = False) -> list[MeetingTypeRow]:
        return self._read(types.list_types, include_archived=include_archived)

    def save_type(self, data: MeetingTypeData, type_id: int | None = None) -> int:
        return self._write(types.save_type, data, type_id)

    def set_type_archived(self, type_id: int, archived: bool) -> None:
        self._write(types.set_archived, type_id, archived)

    def delete_type(self, type_id: int) -> bool:
        return self._write(types.delete_type, type_id)

    # meetings
    def meetings(self, year: int | None) -> list[MeetingRow]:
        return self._read(service.list_meetings, year)

    def meeting(self, meeting_id: int) -> MeetingDetail:
        return self._read(service.load_meeting, meeting_id)

    def create(self, data: MeetingData, organisation_id: int | None = None) -> int:
        """A planned meeting of the branch or party group `organisation_id` (None: of the whole office)."""
        return self._write(service.create_meeting, data, organisation_id=organisation_id)

    def update(self, meeting_id: int, data: MeetingData, organisation_id: int | None = None, *,
               expected_version: int | None = None) -> None:
        """The meeting's plan and the unit that holds it, in one unit of work."""
        def apply(session) -> None:  # type: ignore[no-untyped-def]
            service.update_meeting(session, meeting_id, data, expected_version=expected_version)
            organisations.set_meeting_organisation(session, meeting_id, organisation_id)

        self._write(apply)

    def set_status(self, meeting_id: int, status: MeetingStatus, planned_on: dt.date | None = None) -> None:
        self._write(service.set_status, meeting_id, status, planned_on)

    def delete(self, meeting_id: int) -> None:
        self._write(service.delete_meeting, meeting_id)

    def record(self, meeting_id: int, data: RecordData, today: dt.date | None = None, *,
               expected_version: int | None = None) -> None:
        self._write(service.record_meeting, meeting_id, data, today, expected_version=expected_version)

    def default_attendees(self, type_id: int, on: dt.date) -> list[AttendeeData]:
        return self._read(service.default_attendees, type_id, on)

    def people(self) -> list[PersonRow]:
        return self._ops.people()

    def meeting_roll(self, meeting_id: int, on: dt.date) -> list[RollEntry]:
        return self._read(service.meeting_roll, meeting_id, on)

    # vote rules
    def vote_rules(self) -> dict[VoteKind, VoteRule]:
        return self._read(vote_rules.load_rules)

    def save_vote_rules(self, rules: dict[VoteKind, VoteRule]) -> None:
        self._write(_save_rules, rules)

    def reset_vote_rules(self) -> dict[VoteKind, VoteRule]:
        return self._write(vote_rules.reset_rules)

    # schedule and cadence
    def generate(self, year: int) -> cadence.GenerateResult:
        return self._write(cadence.generate_schedule, year)

    def check(self, year: int, today: dt.date) -> cadence.CadenceReport:
        return self._read(cadence.check, year, today)

    # plans
    def plan_choices(self, year: int) -> plan_links.PlanChoices:
        return self._read(plan_links.choices, year)

    def link_plan_item(self, meeting_id: int, item_id: int | None) -> None:
        self._write(plan_links.link_meeting, meeting_id, item_id)

    def resolution_to_plan_item(self, resolution_id: int, section_id: int) -> int:
        return self._write(plan_links.resolution_to_plan_item, resolution_id, section_id)

    def plan_item_title(self, item_id: int | None) -> str:
        return self._read(plan_links.item_title, item_id)

    # talks
    def talks(self, start: dt.date | None = None, end: dt.date | None = None) -> list[talks.TalkRow]:
        return self._read(talks.list_talks, start, end)

    def add_talk(self, data: talks.TalkData) -> int:
        return self._write(talks.add_talk, data)

    def update_talk(self, talk_id: int, data: talks.TalkData) -> None:
        self._write(talks.update_talk, talk_id, data)

    def delete_talk(self, talk_id: int) -> None:
        self._write(talks.delete_talk, talk_id)

    def not_talked_to(self, start: dt.date, end: dt.date) -> list[talks.MemberGap]:
        return self._read(talks.not_talked_to, start, end)

    # evaluation
    def evaluations(self) -> list[evaluation.EvaluationSummary]:
        return self._read(evaluation.list_evaluations)

    def create_evaluation(self, year: int, title: str = "") -> int:
        return self._write(evaluation.create_evaluation, year, title)

    def delete_evaluation(self, evaluation_id: int) -> None:
        self._write(evaluation.delete_evaluation, evaluation_id)

    def evaluation_results(self, evaluation_id: int) -> evaluation.EvaluationResult:
        return self._read(evaluation.results, evaluation_id)

    def set_ballots_cast(self, evaluation_id: int, ballots: int) -> None:
        self._write(evaluation.set_ballots_cast, evaluation_id, ballots)

    def set_tallies(self, evaluation_id: int, person_id: int, counts: dict[Grade, int]) -> None:
        self._write(evaluation.set_tallies, evaluation_id, person_id, counts)

    def add_ballot(self, evaluation_id: int, marks: dict[int, Grade]) -> None:
        self._write(evaluation.add_ballot, evaluation_id, marks)

    def set_grade(self, evaluation_id: int, person_id: int, grade: Grade | None, override_reason: str = "", *,
                  expected_version: int | None = None) -> None:
        self._write(evaluation.set_grade, evaluation_id, person_id, grade, override_reason=override_reason,
                    expected_version=expected_version)

    def apply_suggested(self, evaluation_id: int, override_reason: str = "") -> int:
        return self._write(evaluation.apply_suggested, evaluation_id, override_reason=override_reason)

    def excellent_cap(self) -> Fraction:
        return self._read(evaluation.excellent_cap)

    def save_evaluation_settings(self, cap: Fraction, correction_months: int) -> None:
        def both(session) -> None:  # type: ignore[no-untyped-def]
            evaluation.set_excellent_cap(session, cap)
            disposals.set_correction_months(session, correction_months)

        self._write(both)

    # follow-ups of members graded unqualified
    def correction_months(self) -> int:
        return self._read(disposals.correction_months)

    def followups(self, open_only: bool = False) -> list[disposals.DisposalRow]:
        return self._read(disposals.list_disposals, open_only=open_only)

    def decide_followup(self, disposal_id: int, measure: Measure, day: dt.date, *, helper_id: int | None = None,
                        deadline: dt.date | None = None, meeting_id: int | None = None, note: str = "") -> None:
        self._write(disposals.decide, disposal_id, measure, day, helper_id=helper_id, deadline=deadline,
                    meeting_id=meeting_id, note=note)

    def close_followup(self, disposal_id: int, day: dt.date, outcome: DisposalOutcome, note: str = "") -> None:
        self._write(disposals.close, disposal_id, day, outcome, note)

    def rules_due(self, today: dt.date) -> tuple[list[disposals.FollowupDue], list[evaluation.EvaluationDue]]:
        """What the party rules owe now, for the Overview: follow-ups to decide or review, evaluations missing."""
        def both(session):  # type: ignore[no-untyped-def]
            return disposals.due_followups(session, today), evaluation.evaluation_due(session, today)

        return self._read(both)

    def held_meetings(self) -> list[tuple[int, dt.date, str]]:
        """Held meetings to link a decision to, newest first: (id, day, title)."""
        from partyplan.development import pipeline

        return self._read(pipeline.meeting_choices)

    def set_assessments(self, evaluation_id: int, person_id: int, self_text: str, peer_text: str) -> None:
        self._write(evaluation.set_assessments, evaluation_id, person_id, self_text, peer_text)

    # exports: python-docx and openpyxl are imported on the first export, not at every start
    def export_minutes(self, meeting_id: int, path: Path, language: str) -> None:
        from partyplan.meetings import export

        self._read(export.write_minutes_docx, meeting_id, path, language=language)

    def export_sign_in(self, meeting_id: int, path: Path, language: str) -> None:
        from partyplan.meetings import export

        write = export.write_sign_in_xlsx if path.suffix.lower() == ".xlsx" else export.write_sign_in_docx
        self._read(write, meeting_id, path, language=language)

    def export_register(self, year: int, path: Path, language: str) -> None:
        from partyplan.meetings import export

        self._read(export.write_register_xlsx, year, path, language=language)


def _save_rules(session, rules) -> None:  # type: ignore[no-untyped-def]
    """Every kind's rule in one unit of work: the dialog saves the table as a whole."""
    for kind, rule in rules.items():
        vote_rules.save_rule(session, kind, rule)
