"""The on-duty record book (值班记录簿): every request taken on evening or rest-day duty.

Leaders inspect the book, and open follow-ups must not be forgotten across months, so this module
is the only place that writes `duty_log_entries`. It speaks in data: EntryData in, EntryRow out, and
InvalidEntry(field, code) when an entry cannot be kept; the fronts turn codes into sentences.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, extract, func, or_, select
from sqlalchemy.orm import Session, aliased

from partyplan.db import concurrency
from partyplan.db.concurrency import check_version, locked_get
from partyplan.db.models import DutyLogEntry, FollowUp, Person, Roster, RosterAssignment, RosterStatus, ShiftType
from partyplan.errors import PartyPlanError

# The kinds of request the office counts; the words for them live in duty_log_export.WORDS.
CATEGORIES = ("consultation", "certificate", "complaint", "dispute", "repair", "assistance", "suggestion", "other")

# A contact made only of these characters is read as a phone number and must hold 5-15 digits:
# 5 covers short internal numbers, 15 is the ITU maximum (E.164). Brackets allow "(0571) 8888-1234".
# Anything else ("微信 zhang_san", "转告楼长") is free text and is kept as written.
_PHONE_LIKE = re.compile(r"[\d\s()+\-]+")
PHONE_DIGITS = range(5, 16)


@dataclass
class InvalidEntry(PartyPlanError):
    """An entry that cannot be kept, named by field and reason code.

    Codes: "required" (matter empty), "unknown_category" (category not in CATEGORIES), "future" (day
    after today), "due_before_day" (follow_up_due before day), "phone_digits" (a phone-like contact
    without 5-15 digits), "unknown" (handled_by_id, shift_type_id or inspected_by_id names no row),
    "not_open" (close_follow_up on an entry without an open follow-up), "before_day" (closed_on
    before the entry's day).
    """

    field: str
    code: str


@dataclass
class EntryNotFound(PartyPlanError):
    entry_id: int


@dataclass(frozen=True)
class EntryData:
    """What the duty cadre writes down; the office's own words, stored stripped of outer spaces."""

    day: dt.date
    time: dt.time | None = None
    shift_type_id: int | None = None
    handled_by_id: int | None = None
    resident_name: str = ""
    contact: str = ""
    household: str = ""
    matter: str = ""
    category: str = "other"
    answer: str = ""
    result: str = ""
    follow_up: FollowUp = FollowUp.NONE
    follow_up_due: dt.date | None = None


@dataclass(frozen=True)
class EntryRow:
    """One line of the book with names resolved: plain values, safe after the session is gone."""

    id: int
    day: dt.date
    time: dt.time | None
    shift_type_id: int | None
    shift_name: str
    handled_by_id: int | None
    handled_by_name: str
    resident_name: str
    contact: str
    household: str
    matter: str
    category: str
    answer: str
    result: str
    follow_up: FollowUp
    follow_up_due: dt.date | None
    closed_on: dt.date | None
    inspected_by_id: int | None
    inspected_by_name: str
    inspected_on: dt.date | None
    inspection_comment: str
    row_version: int = 0  # what an edit hands back as expected_version

    def to_data(self) -> EntryData:
        """The editable part, so an edit dialog can start from what is stored."""
        return EntryData(self.day, self.time, self.shift_type_id, self.handled_by_id, self.resident_name,
                         self.contact, self.household, self.matter, self.category, self.answer, self.result,
                         self.follow_up, self.follow_up_due)


@dataclass(frozen=True)
class OnDuty:
    """Who the published roster put on a duty: the shift and its people, in the roster's name order."""

    shift_type_id: int
    shift_name: str
    people: tuple[tuple[int, str], ...]  # (person id, name)


@dataclass(frozen=True)
class MonthSummary:
    """The figures a leader reads at the foot of the month's book."""

    total: int
    by_category: dict[str, int]  # every CATEGORIES key, in that order, zeros included
    resolved: int  # follow_up NONE (settled on the spot) or CLOSED
    open: int
    resolved_share: float  # resolved / total, 0..1; 0.0 for an empty month
    inspected: int


# -- writing -----------------------------------------------------------------------------------
def add_entry(session: Session, data: EntryData, today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    _check(session, data, today)
    entry = DutyLogEntry()
    _apply(entry, data, today)
    session.add(entry)
    session.flush()
    return entry.id


def update_entry(session: Session, entry_id: int, data: EntryData, today: dt.date | None = None, *,
                 expected_version: int | None = None) -> None:
    """With `expected_version` (the row's when the dialog opened), another PC's save since is a
    ConflictError naming them, and nothing is written."""
    today = today or dt.date.today()
    entry = _get(session, entry_id, locked=expected_version is not None)
    check_version(session, entry, expected_version, dataclasses.asdict(data), entry.matter[:40])
    _check(session, data, today)
    _apply(entry, data, today)
    session.flush()


def delete_entry(session: Session, entry_id: int) -> None:
    session.delete(_get(session, entry_id))
    session.flush()


def close_follow_up(session: Session, entry_id: int, closed_on: dt.date, result: str = "") -> None:
    """Close an open follow-up; the outcome is appended so what was first recorded stays readable."""
    entry = _get(session, entry_id)
    if entry.follow_up is not FollowUp.OPEN:
        raise InvalidEntry("follow_up", "not_open")
    if closed_on < entry.day:
        raise InvalidEntry("closed_on", "before_day")
    entry.follow_up, entry.closed_on = FollowUp.CLOSED, closed_on
    if result.strip():
        entry.result = "\n".join(part for part in (entry.result, result.strip()) if part)
    session.flush()


def inspect(session: Session, entry_ids: list[int], inspector_id: int, comment: str, on: dt.date) -> None:
    """A leader's check of the book: who looked, when, and what they said, on each entry checked."""
    if session.get(Person, inspector_id) is None:
        raise InvalidEntry("inspected_by_id", "unknown")
    for entry in [_get(session, entry_id) for entry_id in entry_ids]:
        entry.inspected_by_id, entry.inspected_on, entry.inspection_comment = inspector_id, on, comment.strip()
    session.flush()


# -- reading -----------------------------------------------------------------------------------
def get_entry(session: Session, entry_id: int) -> EntryRow:
    rows = _rows(session, _query().where(DutyLogEntry.id == entry_id))
    if not rows:
        raise EntryNotFound(entry_id)
    return rows[0]


def list_entries(session: Session, year: int, month: int, *, category: str | None = None,
                 follow_up: FollowUp | None = None, search: str = "") -> list[EntryRow]:
    """A month of the book by day and time (entries without a time last in their day), then id."""
    first, after = _month_bounds(year, month)
    query = _query().where(DutyLogEntry.day >= first, DutyLogEntry.day < after)
    if category is not None:
        query = query.where(DutyLogEntry.category == category)
    if follow_up is not None:
        query = query.where(DutyLogEntry.follow_up == follow_up)
    if search.strip():
        query = query.where(_matches(search.strip()))
    return _rows(session, query.order_by(*_BOOK_ORDER))


def open_follow_ups(session: Session, today: dt.date | None = None) -> list[EntryRow]:
    """Every open follow-up of every month, soonest due first (no due date last), so none is lost.

    `today` is accepted for symmetry with is_overdue; the list itself does not depend on it.
    """
    query = _query().where(DutyLogEntry.follow_up == FollowUp.OPEN)
    due = DutyLogEntry.follow_up_due
    return _rows(session, query.order_by(due.is_(None), due, *_BOOK_ORDER))


def on_duty(session: Session, day: dt.date, at: dt.time | None = None) -> OnDuty | None:
    """The duty a new entry most likely belongs to, from the roster the office posted for that day.

    The shift whose hours hold `at` (an overnight shift holds the hours after its start and before its
    end), else the day's only shift; None when the month was never published or the day has no duty, or
    several and `at` says nothing. A draft is not what the office posted, so it is never read."""
    published = (select(Roster.id).where(Roster.year == day.year, Roster.month == day.month,
                                         Roster.status == RosterStatus.PUBLISHED)
                 .order_by(Roster.version.desc()).limit(1).scalar_subquery())
    query = (select(ShiftType.id, ShiftType.name, ShiftType.start_time, ShiftType.end_time, Person.id, Person.name)
             .join(RosterAssignment, RosterAssignment.shift_type_id == ShiftType.id)
             .join(Person, Person.id == RosterAssignment.person_id)
             .where(RosterAssignment.roster_id == published, RosterAssignment.day == day)
             .order_by(ShiftType.start_time, Person.name))
    shifts: dict[int, tuple[str, dt.time, dt.time, list[tuple[int, str]]]] = {}
    for shift_id, name, start, end, person_id, person in session.execute(query):
        shifts.setdefault(shift_id, (name, start, end, []))[3].append((person_id, person))
    held = [key for key, (_n, start, end, _p) in shifts.items() if at is not None and _holds(start, end, at)]
    chosen = held[0] if held else next(iter(shifts)) if len(shifts) == 1 else None
    if chosen is None:
        return None
    name, _start, _end, people = shifts[chosen]
    return OnDuty(chosen, name, tuple(people))


def _holds(start: dt.time, end: dt.time, at: dt.time) -> bool:
    return start <= at < end if start < end else at >= start or at < end


def is_overdue(row: EntryRow, today: dt.date) -> bool:
    """Open and past its due date; an open follow-up without a due date is never overdue."""
    return row.follow_up is FollowUp.OPEN and row.follow_up_due is not None and row.follow_up_due < today


def entries_per_month(session: Session, year: int) -> dict[int, int]:
    """How many entries each month of `year` holds (months without any left out): one query, no rows."""
    month = extract("month", DutyLogEntry.day)
    query = (select(month, func.count(DutyLogEntry.id))
             .where(DutyLogEntry.day >= dt.date(year, 1, 1), DutyLogEntry.day <= dt.date(year, 12, 31)).group_by(month))
    return {int(m): int(n) for m, n in session.execute(query)}


def monthly_summary(session: Session, year: int, month: int) -> MonthSummary:
    rows = list_entries(session, year, month)
    by_category = dict.fromkeys(CATEGORIES, 0)
    for row in rows:  # a category no longer offered still counts, as "other"
        by_category[row.category if row.category in by_category else "other"] += 1
    still_open = sum(1 for row in rows if row.follow_up is FollowUp.OPEN)
    resolved = len(rows) - still_open
    return MonthSummary(total=len(rows), by_category=by_category, resolved=resolved, open=still_open,
                        resolved_share=resolved / len(rows) if rows else 0.0,
                        inspected=sum(1 for row in rows if row.inspected_on is not None))


# -- helpers -----------------------------------------------------------------------------------
def _check(session: Session, data: EntryData, today: dt.date) -> None:
    """Raise the first problem in the order the form shows its fields."""
    if data.day > today:
        raise InvalidEntry("day", "future")
    if data.shift_type_id is not None and session.get(ShiftType, data.shift_type_id) is None:
        raise InvalidEntry("shift_type_id", "unknown")
    if data.handled_by_id is not None and session.get(Person, data.handled_by_id) is None:
        raise InvalidEntry("handled_by_id", "unknown")
    if not phone_ok(data.contact):
        raise InvalidEntry("contact", "phone_digits")
    if not data.matter.strip():
        raise InvalidEntry("matter", "required")
    if data.category not in CATEGORIES:
        raise InvalidEntry("category", "unknown_category")
    if data.follow_up_due is not None and data.follow_up_due < data.day:
        raise InvalidEntry("follow_up_due", "due_before_day")


def phone_ok(contact: str) -> bool:
    """False only for a contact that looks like a phone number but has too few or too many digits."""
    text = contact.strip()
    if not text or not _PHONE_LIKE.fullmatch(text):
        return True
    return sum(ch.isdigit() for ch in text) in PHONE_DIGITS


def _apply(entry: DutyLogEntry, data: EntryData, today: dt.date) -> None:
    entry.day, entry.time = data.day, data.time
    entry.shift_type_id, entry.handled_by_id = data.shift_type_id, data.handled_by_id
    entry.resident_name, entry.contact = data.resident_name.strip(), data.contact.strip()
    entry.household, entry.matter = data.household.strip(), data.matter.strip()
    entry.category, entry.answer, entry.result = data.category, data.answer.strip(), data.result.strip()
    entry.follow_up, entry.follow_up_due = data.follow_up, data.follow_up_due
    # closed_on belongs to CLOSED: keep the date it was closed, stamp today if closed by this edit.
    if data.follow_up is not FollowUp.CLOSED:
        entry.closed_on = None
    elif entry.closed_on is None:
        entry.closed_on = today


def _get(session: Session, entry_id: int, *, locked: bool = False) -> DutyLogEntry:
    entry = locked_get(session, DutyLogEntry, entry_id) if locked else session.get(DutyLogEntry, entry_id)
    if entry is None and locked:
        raise concurrency.deleted(session, "duty_log_entries", entry_id, None)
    if entry is None:
        raise EntryNotFound(entry_id)
    return entry


_Handler = aliased(Person, name="handler")
_Inspector = aliased(Person, name="inspector")
# "time IS NULL" sorts false before true on both SQLite and PostgreSQL, whose NULL orders differ.
_BOOK_ORDER = (DutyLogEntry.day, DutyLogEntry.time.is_(None), DutyLogEntry.time, DutyLogEntry.id)


def _query() -> Select[Any]:
    return (select(DutyLogEntry, _Handler.name, ShiftType.name, _Inspector.name)
            .outerjoin(_Handler, DutyLogEntry.handled_by_id == _Handler.id)
            .outerjoin(ShiftType, DutyLogEntry.shift_type_id == ShiftType.id)
            .outerjoin(_Inspector, DutyLogEntry.inspected_by_id == _Inspector.id))


def _matches(text: str) -> Any:
    """Search the words of an entry and the cadre's name; % and _ typed by the user are literal."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    columns = (DutyLogEntry.resident_name, DutyLogEntry.contact, DutyLogEntry.household, DutyLogEntry.matter,
               DutyLogEntry.answer, DutyLogEntry.result, _Handler.name)
    return or_(*(column.ilike(pattern, escape="\\") for column in columns))


def _rows(session: Session, query: Select[Any]) -> list[EntryRow]:
    return [_row(entry, handler, shift, inspector) for entry, handler, shift, inspector in session.execute(query)]


def _row(e: DutyLogEntry, handler: str | None, shift: str | None, inspector: str | None) -> EntryRow:
    return EntryRow(e.id, e.day, e.time, e.shift_type_id, shift or "", e.handled_by_id, handler or "",
                    e.resident_name, e.contact, e.household, e.matter, e.category, e.answer, e.result,
                    FollowUp(e.follow_up), e.follow_up_due, e.closed_on, e.inspected_by_id, inspector or "",
                    e.inspected_on, e.inspection_comment, e.row_version)


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    return first, dt.date(year + month // 12, month % 12 + 1, 1)
