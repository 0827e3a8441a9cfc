"""What a meeting is made of, as plain values: the data a form hands in and the rows the fronts show.

Kept apart from `service` so that the window's models and the exports can name them without the
unit-of-work code; `service` re-exports them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from partyplan.db.models import Majority, MeetingAttendee, MeetingStatus, Presence, Quorum, VoteKind
from partyplan.meetings.types import MeetingTypeRow


@dataclass(frozen=True)
class MeetingData:
    type_id: int
    planned_on: dt.date
    title: str = ""
    start_time: dt.time | None = None
    place: str = ""
    chair_id: int | None = None
    recorder_id: int | None = None
    agenda: str = ""
    plan_item_id: int | None = None


@dataclass(frozen=True)
class AttendeeData:
    person_id: int
    presence: Presence = Presence.PRESENT
    reason: str = ""
    can_vote: bool = True


@dataclass(frozen=True)
class ResolutionData:
    text: str
    responsible_id: int | None = None
    due: dt.date | None = None
    voted: bool = False
    votes_for: int = 0
    votes_against: int = 0
    abstentions: int = 0
    majority: Majority = Majority.MORE_THAN_HALF
    id: int | None = None  # an existing resolution: kept, with its link to a plan item
    kind: VoteKind = VoteKind.RESOLUTION  # what the vote decides; all but RESOLUTION follow meetings/vote_rules.py
    subject_id: int | None = None  # the member an admission, conversion, ... concerns


@dataclass(frozen=True)
class RecordData:
    held_on: dt.date | None
    start_time: dt.time | None = None
    place: str = ""
    chair_id: int | None = None
    recorder_id: int | None = None
    agenda: str = ""
    minutes: str = ""
    attendees: tuple[AttendeeData, ...] = ()
    resolutions: tuple[ResolutionData, ...] = ()


@dataclass(frozen=True)
class Attendance:
    expected: int = 0
    present: int = 0
    absent: int = 0
    leave: int = 0
    eligible: int = 0  # attendees with voting rights
    voters_present: int = 0

    @property
    def rate(self) -> float | None:
        """Present out of expected, 0-1; None when nobody was expected."""
        return self.present / self.expected if self.expected else None


@dataclass(frozen=True)
class MeetingRow:
    id: int
    type_id: int
    type_name: str
    type_name_en: str
    title: str
    planned_on: dt.date
    held_on: dt.date | None
    start_time: dt.time | None
    place: str
    status: MeetingStatus
    chair_id: int | None
    chair_name: str
    attendance: Attendance
    resolutions: int
    plan_item_id: int | None
    row_version: int = 0  # what an edit hands back as expected_version (the detail view's row)

    @property
    def day(self) -> dt.date:
        return self.held_on or self.planned_on


@dataclass(frozen=True)
class AttendeeRow:
    person_id: int
    name: str
    presence: Presence
    reason: str
    can_vote: bool

    def data(self) -> AttendeeData:
        return AttendeeData(self.person_id, self.presence, self.reason, self.can_vote)


@dataclass(frozen=True)
class ResolutionRow:
    id: int
    text: str
    responsible_id: int | None
    responsible_name: str
    due: dt.date | None
    plan_item_id: int | None
    voted: bool
    votes_for: int
    votes_against: int
    abstentions: int
    majority: Majority
    passed: bool | None
    kind: VoteKind = VoteKind.RESOLUTION
    subject_id: int | None = None
    subject_name: str = ""
    quorum: Quorum | None = None  # the quorum the vote was counted by; None: the meeting type's

    def data(self) -> ResolutionData:
        return ResolutionData(self.text, self.responsible_id, self.due, self.voted, self.votes_for,
                              self.votes_against, self.abstentions, self.majority, self.id, self.kind,
                              self.subject_id)


@dataclass(frozen=True)
class MeetingDetail:
    row: MeetingRow
    type: MeetingTypeRow
    recorder_id: int | None
    recorder_name: str
    agenda: str
    minutes: str
    attendees: tuple[AttendeeRow, ...] = field(default=())
    resolutions: tuple[ResolutionRow, ...] = field(default=())


def attendance_of(attendees: list[MeetingAttendee] | tuple[AttendeeData, ...] | list[AttendeeData]) -> Attendance:
    present = [a for a in attendees if a.presence is Presence.PRESENT]
    return Attendance(
        expected=len(attendees), present=len(present),
        absent=sum(a.presence is Presence.ABSENT for a in attendees),
        leave=sum(a.presence is Presence.LEAVE for a in attendees),
        eligible=sum(bool(a.can_vote) for a in attendees), voters_present=sum(bool(a.can_vote) for a in present))


def is_probationary(joined: dt.date | None, on: dt.date) -> bool:
    """A guess from the joining day alone (a year's probation), for a form that has only People's rows; the
    services read the development file (members/standing.py), which knows an extended probation."""
    if joined is None:
        return False
    try:
        anniversary = joined.replace(year=joined.year + 1)
    except ValueError:  # admitted on 29 February
        anniversary = dt.date(joined.year + 1, 3, 1)
    return joined <= on < anniversary
