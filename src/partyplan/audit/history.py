"""Who changed a record, when, and from what to what: read from the audit log that every write fills
(`partyplan.db.audit_log`). Times are UTC as stored; `local` gives the PC's own time for a view."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from partyplan.db.models import AuditEntry


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryRow:
    id: int
    at: dt.datetime  # UTC
    user: str
    table: str
    key: str
    action: str  # insert, update, delete
    row_version: int | None
    changes: tuple[Change, ...]

    @property
    def local(self) -> dt.datetime:
        return self.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def row(entry: AuditEntry) -> HistoryRow:
    old = json.loads(entry.old_values or "{}")
    new = json.loads(entry.new_values or "{}")
    names = [n for n in sorted(set(old) | set(new)) if n != "row_version"]
    return HistoryRow(entry.id, entry.at, entry.user_name, entry.table_name, entry.record_key, entry.action,
                      entry.row_version, tuple(Change(n, old.get(n), new.get(n)) for n in names))


def record_history(session: Session, table: str, key: object) -> list[HistoryRow]:
    """Every write of one record, oldest first: `record_history(s, "duty_log_entries", 12)`,
    `("evaluation_subjects", "3|17")` for a composite key (evaluation 3, person 17)."""
    entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == table,
                                                       AuditEntry.record_key == str(key)).order_by(AuditEntry.id))
    return [row(e) for e in entries]


def children_history(session: Session, table: str, parent_column: str, parent_id: int) -> list[HistoryRow]:
    """The writes of the rows of `table` that belong to one parent (a roster's assignments, a meeting's
    resolutions or attendees), found by the parent's id in the logged values."""
    marks = [f'%"{parent_column}": {int(parent_id)},%', f'%"{parent_column}": {int(parent_id)}}}%']
    query = select(AuditEntry).where(AuditEntry.table_name == table, or_(
        *(AuditEntry.new_values.like(m) for m in marks), *(AuditEntry.old_values.like(m) for m in marks)))
    return [row(e) for e in session.scalars(query.order_by(AuditEntry.id))]


def roster_history(session: Session, roster_id: int) -> list[HistoryRow]:
    """A month's roster version: its own writes (generated, published, superseded) and every cell's."""
    rows = record_history(session, "rosters", roster_id) + children_history(
        session, "roster_assignments", "roster_id", roster_id)
    return sorted(rows, key=lambda r: r.id)


def meeting_history(session: Session, meeting_id: int) -> list[HistoryRow]:
    """A meeting, its attendance and its resolutions with their votes."""
    rows = record_history(session, "meetings", meeting_id)
    for table in ("meeting_attendees", "meeting_resolutions"):
        rows += children_history(session, table, "meeting_id", meeting_id)
    return sorted(rows, key=lambda r: r.id)


def evaluation_history(session: Session, evaluation_id: int) -> list[HistoryRow]:
    """A democratic evaluation and every subject's tallies and grade."""
    rows = record_history(session, "evaluations", evaluation_id) + children_history(
        session, "evaluation_subjects", "evaluation_id", evaluation_id)
    return sorted(rows, key=lambda r: r.id)


def between(session: Session, start: dt.date, end: dt.date) -> list[HistoryRow]:
    """The log from `start` to `end` (both days whole, UTC), oldest first."""
    first = dt.datetime.combine(start, dt.time())
    last = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    entries = session.scalars(select(AuditEntry).where(AuditEntry.at >= first, AuditEntry.at < last)
                              .order_by(AuditEntry.id))
    return [row(e) for e in entries]
