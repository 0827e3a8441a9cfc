"""A year's required meetings from each type's cadence, the schedule drawn from them, and the check a
leader reads before an inspection: which required meetings were missed or are overdue.

`slots` and `judge` are pure; `generate_schedule` and `check` read and write through a Session.
A meeting counts for the period its date falls in (the day it was held, else the day planned).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Cadence, Meeting, MeetingStatus
from partyplan.meetings import types
from partyplan.meetings.types import MeetingTypeRow

BASE_DAYS = (8, 12, 16, 20, 24)  # planned days spread by type, so a month's meetings do not stack up
MIDDLE_MONTHS = (2, 5, 8, 11)  # a quarterly meeting is planned mid-quarter: a month left to catch up


@dataclass(frozen=True)
class Period:
    kind: str  # "month", "quarter" or "year"
    year: int
    number: int  # month 1-12, quarter 1-4, 0 for the whole year

    @property
    def start(self) -> dt.date:
        if self.kind == "month":
            return dt.date(self.year, self.number, 1)
        if self.kind == "quarter":
            return dt.date(self.year, self.number * 3 - 2, 1)
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        if self.kind == "month":
            return dt.date(self.year, self.number, calendar.monthrange(self.year, self.number)[1])
        if self.kind == "quarter":
            last = self.number * 3
            return dt.date(self.year, last, calendar.monthrange(self.year, last)[1])
        return dt.date(self.year, 12, 31)

    @property
    def quarter(self) -> int | None:
        """The quarter the period falls in; None for the whole year."""
        return (self.number - 1) // 3 + 1 if self.kind == "month" else self.number if self.kind == "quarter" else None

    @property
    def key(self) -> str:
        return {"month": f"{self.year}-{self.number:02d}", "quarter": f"{self.year}-Q{self.number}"}.get(
            self.kind, str(self.year))

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Slot:
    """One meeting the cadence asks for: the period it must be held in and the day it is planned."""

    period: Period
    planned_on: dt.date


class SlotState(enum.StrEnum):
    HELD = "held"
    MISSING = "missing"  # the period is over and no meeting was held in it
    OVERDUE = "overdue"  # still in the period, but the planned day has passed without the meeting held
    DUE = "due"  # the period is under way and the meeting still to come
    UPCOMING = "upcoming"  # the period has not begun


PROBLEMS = (SlotState.MISSING, SlotState.OVERDUE)


@dataclass(frozen=True)
class SlotCheck:
    type_id: int
    type_key: str | None
    type_name: str
    type_name_en: str
    cadence: Cadence
    period: Period
    state: SlotState
    meeting_id: int | None  # the meeting held, else the one planned in the period
    held_on: dt.date | None
    planned_on: dt.date | None


@dataclass(frozen=True)
class Tally:
    held: int = 0
    required: int = 0
    missing: int = 0
    overdue: int = 0


@dataclass
class CadenceReport:
    year: int
    today: dt.date
    slots: list[SlotCheck]

    def problems(self) -> list[SlotCheck]:
        return [s for s in self.slots if s.state in PROBLEMS]

    def tally(self, type_id: int, quarter: int | None = None) -> Tally:
        """Held and required for a type in a quarter, or in the whole year when quarter is None."""
        chosen = [s for s in self.slots if s.type_id == type_id and (quarter is None or s.period.quarter == quarter)]
        return Tally(sum(s.state is SlotState.HELD for s in chosen), len(chosen),
                     sum(s.state is SlotState.MISSING for s in chosen), sum(s.state is SlotState.OVERDUE for s in chosen))

    def type_ids(self) -> list[int]:
        return list(dict.fromkeys(s.type_id for s in self.slots))


@dataclass(frozen=True)
class GenerateResult:
    created: int
    already_there: int


# -- pure ----------------------------------------------------------------------------------------
def slots(cadence: Cadence, months: Sequence[int], year: int, spread: int = 0) -> list[Slot]:
    """The meetings a cadence asks for in `year`; `spread` (the type's position) staggers planned days."""
    day = BASE_DAYS[spread % len(BASE_DAYS)]
    if cadence is Cadence.MONTHLY:
        return [Slot(Period("month", year, m), planned_day(year, m, day)) for m in range(1, 13)]
    if cadence is Cadence.QUARTERLY:
        return [Slot(Period("quarter", year, q), planned_day(year, MIDDLE_MONTHS[q - 1], day)) for q in range(1, 5)]
    if cadence is Cadence.MONTHS:
        return [Slot(Period("month", year, m), planned_day(year, m, day)) for m in sorted(set(months))]
    if cadence is Cadence.YEARLY:
        month = months[0] if months else 12
        return [Slot(Period("year", year, 0), planned_day(year, month, day))]
    return []


def planned_day(year: int, month: int, day: int) -> dt.date:
    """The first weekday on or after the given day (a meeting is not planned for a weekend)."""
    date = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    while date.weekday() >= 5:
        date += dt.timedelta(days=1)
    return date if date.month == month else planned_day(year, month, day - 3)


def judge(period: Period, meetings: Iterable[tuple[int, MeetingStatus, dt.date, dt.date | None]],
          today: dt.date) -> tuple[SlotState, int | None]:
    """The state of one required meeting from the type's meetings (id, status, planned_on, held_on)."""
    held = [m for m in meetings if m[1] is MeetingStatus.HELD and period.contains(m[3] or m[2])]
    if held:
        return SlotState.HELD, held[0][0]
    waiting = [m for m in meetings if m[1] in (MeetingStatus.PLANNED, MeetingStatus.POSTPONED)
               and period.contains(m[2])]
    meeting_id = waiting[0][0] if waiting else None
    if period.end < today:
        return SlotState.MISSING, meeting_id
    if period.start > today:
        return SlotState.UPCOMING, meeting_id
    if waiting and all(m[2] < today for m in waiting):
        return SlotState.OVERDUE, meeting_id
    return SlotState.DUE, meeting_id


# -- with a session ------------------------------------------------------------------------------
def generate_schedule(session: Session, year: int, type_ids: Iterable[int] | None = None, *,
                      organisation_id: int | None = None) -> GenerateResult:
    """Plan every required meeting of `year` that has no meeting of its type in its period yet; with
    `organisation_id`, the meetings of that branch or party group (counting only its own)."""
    wanted = set(type_ids) if type_ids is not None else None
    units = None if organisation_id is None else {organisation_id}
    created = kept = 0
    for row in _cadenced(session, wanted):
        dates = _meeting_dates(session, row.id, year, units)
        for slot in slots(row.cadence, row.months, year, row.position):
            if any(slot.period.contains(day) for day in dates):
                kept += 1
                continue
            session.add(Meeting(type_id=row.id, title="", planned_on=slot.planned_on, status=MeetingStatus.PLANNED,
                                place="", agenda="", minutes="", organisation_id=organisation_id))
            dates.append(slot.planned_on)
            created += 1
    session.flush()
    return GenerateResult(created, kept)


def check(session: Session, year: int, today: dt.date) -> CadenceReport:
    found: list[SlotCheck] = []
    for row in _cadenced(session, None):
        meetings = meetings_of(session, row.id, year)
        for slot in slots(row.cadence, row.months, year, row.position):
            state, meeting_id = judge(slot.period, meetings, today)
            meeting = next((m for m in meetings if m[0] == meeting_id), None)
            found.append(SlotCheck(row.id, row.key, row.name, row.name_en, row.cadence, slot.period, state,
                                   meeting_id, meeting[3] if meeting else None, meeting[2] if meeting else None))
    return CadenceReport(year, today, found)


def _cadenced(session: Session, wanted: set[int] | None) -> list[MeetingTypeRow]:
    return [t for t in types.list_types(session)
            if t.cadence is not Cadence.NONE and (wanted is None or t.id in wanted)]


def meetings_of(session: Session, type_id: int, year: int,
                units: Collection[int | None] | None = None) -> list[tuple[int, MeetingStatus, dt.date, dt.date | None]]:
    """A type's meetings touching `year` as (id, status, planned_on, held_on); of the given organisations
    only (None in them: meetings of no organisation), or of all when `units` is None."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    query = (select(Meeting.id, Meeting.status, Meeting.planned_on, Meeting.held_on)
             .where(Meeting.type_id == type_id,
                    ((Meeting.planned_on >= start) & (Meeting.planned_on <= end))
                    | ((Meeting.held_on >= start) & (Meeting.held_on <= end))))
    if units is not None:
        ids = [u for u in units if u is not None]
        query = query.where(Meeting.organisation_id.in_(ids) | Meeting.organisation_id.is_(None) if None in units
                            else Meeting.organisation_id.in_(ids))
    rows = session.execute(query.order_by(Meeting.held_on, Meeting.planned_on, Meeting.id)).tuples().all()
    return [(i, MeetingStatus(s), p, h) for i, s, p, h in rows]



def _meeting_dates(session: Session, type_id: int, year: int,
                   units: Collection[int | None] | None = None) -> list[dt.date]:
    return [held or planned for _i, _s, planned, held in meetings_of(session, type_id, year, units)]
