"""Several PCs writing one store: stale saves, the month lock, and uniqueness, as typed errors.

A form shows a record as it was when it was read; meanwhile another PC may save it. Every editable
record carries a `row_version` (`partyplan.db.base.Versioned`), and a service that is told which
version the user saw (`expected_version`) loads the record locked (`locked_get`), compares, and raises
`ConflictError` instead of overwriting: it names the record, who changed it and when (from the audit
log), and both values of each field the other PC changed. The caller then either keeps theirs (reads
the record again) or forces its own (calls the service again with `expected_version=exc.current_version`).

Saving without an expected version still cannot undo another PC's change unseen: the UPDATE carries the
version it read, and when that is gone the flush fails and `Database.session` turns it into a
`ConflictError` as well (with less to say: the record's table).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, event, func, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from partyplan.db.audit_log import plain
from partyplan.db.base import Base, Versioned
from partyplan.db.models.audit import AuditEntry
from partyplan.errors import PartyPlanError

T = TypeVar("T", bound=Base)


@dataclass
class ConflictError(PartyPlanError):
    """Someone else saved this record after you read it; nothing of yours was written.

    `mine` and `theirs` hold, for each field they changed, your value and the one now stored (plain
    values: dates as ISO text, enums by value). `deleted` when they deleted it. To force
    your save, call the same service again with `expected_version=current_version`; to keep theirs,
    read the record again."""

    table: str
    key: str
    label: str = ""
    expected_version: int | None = None
    current_version: int | None = None
    changed_by: str | None = None
    changed_at: dt.datetime | None = None  # UTC
    mine: dict[str, Any] = field(default_factory=dict)
    theirs: dict[str, Any] = field(default_factory=dict)
    deleted: bool = False  # they deleted it (current_version is then None)


@dataclass
class DuplicateError(PartyPlanError):
    """The database refused a second copy of something it holds once (`constraint` names the rule:
    "uq_people_name_phone", "uq_rosters_month_draft", ...). Nothing was written."""

    table: str
    constraint: str
    columns: tuple[str, ...] = ()


@dataclass
class MonthChangedError(PartyPlanError):
    """The month's roster changed (by `changed_by`, at `changed_at`) while the solver was working from the
    earlier state; nothing was stored: draw the month up again, so that the change is in its input."""

    year: int
    month: int
    changed_by: str | None = None
    changed_at: dt.datetime | None = None


# -- versions ------------------------------------------------------------------------------------------
def locked_get(session: Session, model: type[T], key: Any) -> T | None:
    """The record as it is now, held against other writers until this unit of work ends: a row lock
    (`SELECT ... FOR UPDATE`) on PostgreSQL, the store's write lock (`BEGIN IMMEDIATE`) on SQLite."""
    if session.get_bind().dialect.name == "sqlite":
        begin_immediate(session)
        return session.get(model, key, populate_existing=True)
    return session.get(model, key, with_for_update=True, populate_existing=True)


def check_version(session: Session, obj: Versioned, expected: int | None, mine: dict[str, Any],
                  label: str = "", theirs: dict[str, Any] | None = None) -> None:
    """Raise ConflictError when `obj` is no longer at the version the caller saw (None: no check).
    `mine` is what the caller is saving, by field; `theirs` gives the stored value of fields that are
    not columns of `obj` (a person's roles)."""
    if expected is None or obj.row_version == expected:
        return
    raise conflict(session, obj, expected, mine, label, theirs)


def conflict(session: Session, obj: Any, expected: int | None, mine: dict[str, Any], label: str = "",
             theirs: dict[str, Any] | None = None) -> ConflictError:
    state = inspect(obj)
    table = state.mapper.local_table.name
    key = "|".join(str(plain(v)) for v in state.mapper.primary_key_from_instance(obj))
    entries = since(session, table, key, expected)
    changed: set[str] = set()
    for entry in entries:
        changed.update(json.loads(entry.new_values or "{}"))
        changed.update(json.loads(entry.old_values or "{}"))
    changed.discard("row_version")
    current = {prop.key: getattr(obj, prop.key) for prop in state.mapper.column_attrs if prop.key in mine}
    current.update(theirs or {})
    fields = [name for name in mine if name in changed or plain(mine[name]) != plain(current.get(name))]
    last = entries[-1] if entries else None
    return ConflictError(table, key, label, expected, obj.row_version,
                         last.user_name if last else None, last.at if last else None,
                         {name: plain(mine[name]) for name in fields}, {name: plain(current.get(name)) for name in fields})


def deleted(session: Session, table: str, key: object, expected: int | None, label: str = "") -> ConflictError:
    """The record the caller saw (at `expected`) is gone: another PC deleted it; who and when from the log."""
    entry = last_change(session, table, str(key))
    if not label and entry is not None:  # what it was called, from the values the deletion logged
        old = json.loads(entry.old_values or "{}")
        label = next((str(old[k]) for k in ("name", "title", "matter") if old.get(k)), "")
    return ConflictError(table, str(key), label, expected, None, entry.user_name if entry else None,
                         entry.at if entry else None, deleted=True)


def since(session: Session, table: str, key: str, version: int | None) -> list[AuditEntry]:
    """The audit entries of one record written after `version` (all of them for None), oldest first."""
    query = select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.record_key == key)
    if version is not None:
        query = query.where((AuditEntry.row_version > version) | AuditEntry.row_version.is_(None))
    return list(session.scalars(query.order_by(AuditEntry.id)))


def last_change(session: Session, table: str, key: str) -> AuditEntry | None:
    return session.scalars(select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.record_key == key)
                           .order_by(AuditEntry.id.desc()).limit(1)).first()


@event.listens_for(Session, "before_flush")
def _bump_parents(session: Session, _context: Any, _instances: Any) -> None:
    """A record whose own columns are unchanged but whose parts changed (a person's roles, an item's
    responsible people) is a new version too, so a stale form that would overwrite the parts is caught."""
    for obj in list(session.dirty):
        if not isinstance(obj, Versioned) or not session.is_modified(obj, include_collections=True):
            continue
        if session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        if state.deleted or "row_version" not in state.dict:
            continue
        obj.row_version = obj.row_version + 1


# -- locks -----------------------------------------------------------------------------------------------
def begin_immediate(session: Session) -> None:
    """Take SQLite's write lock now (BEGIN IMMEDIATE), so that what this unit of work reads next is what it
    writes over: the one-writer lock keeps other copies of the app out, this keeps out the app's own other
    connections and any other program. A unit of work that has written already holds it."""
    connection = session.connection()
    driver = connection.connection.driver_connection
    if driver is not None and not driver.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def lock_month(session: Session, year: int, month: int) -> None:
    """Hold the month's roster against every other writer until this unit of work ends: generating,
    publishing, a new version and hand edits of one month then run one after another, never interleaved.

    PostgreSQL: a transaction-level advisory lock on (this office's rosters table, the month), which
    also covers a month with no roster yet, then the month's roster rows `FOR UPDATE`. SQLite: the
    write lock."""
    if session.get_bind().dialect.name == "sqlite":
        begin_immediate(session)
        return
    from partyplan.db.models import Roster

    connection = session.connection()
    connection.execute(text("SELECT pg_advisory_xact_lock(CAST('rosters'::regclass AS oid)::bigint * 1000000 + :ym)"),
                       {"ym": year * 100 + month})
    session.execute(select(Roster.id).where(Roster.year == year, Roster.month == month).with_for_update())


def lock_rule(session: Session, rule: str) -> None:
    """Hold one of the app's rules (unique certificate numbers, post names, meeting type names) against
    other writers until this unit of work ends, so that a check made here and the write after it cannot
    interleave with another PC's: an advisory lock on (this office, the rule) on PostgreSQL, the write
    lock on SQLite. For rules that are no database constraint (they compare across many rows)."""
    if session.get_bind().dialect.name == "sqlite":
        begin_immediate(session)
        return
    session.connection().execute(text("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':' || :rule))"),
                                 {"rule": rule})


def server_now(connection: Connection) -> dt.datetime:
    if connection.dialect.name == "postgresql":
        return connection.execute(select(func.timezone("UTC", func.now()))).scalar_one()
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# -- database errors as typed errors ---------------------------------------------------------------------
_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)")
_STALE = re.compile(r"on table '(\w+)'")


def duplicate_from(exc: IntegrityError) -> DuplicateError | None:
    """The unique rule an INSERT or UPDATE broke, or None when it broke another kind of rule."""
    orig = exc.orig
    if getattr(orig, "sqlstate", None) == "23505":  # psycopg: unique_violation
        diag = orig.diag  # type: ignore[union-attr]
        table, constraint = diag.table_name or "", diag.constraint_name or ""
        columns = _columns_of(table, constraint)
        return DuplicateError(table, constraint, columns)
    match = _SQLITE_UNIQUE.search(str(orig))
    if match:
        qualified = match.group(1).split(", ")
        table = qualified[0].split(".")[0]
        columns = tuple(name.split(".", 1)[1] for name in qualified)
        return DuplicateError(table, _constraint_of(table, columns), columns)
    return None


def stale_from(exc: StaleDataError) -> ConflictError:
    match = _STALE.search(str(exc))
    return ConflictError(match.group(1) if match else "", "")


def _unique_rules(table_name: str) -> list[tuple[str, tuple[str, ...]]]:
    table = Base.metadata.tables.get(table_name)
    if table is None:
        return []
    rules = [(str(c.name), tuple(col.name for col in c.columns)) for c in table.constraints
             if c.__class__.__name__ in ("UniqueConstraint", "PrimaryKeyConstraint")]
    rules += [(str(i.name), tuple(col.name for col in i.columns)) for i in table.indexes if i.unique]
    return rules


def _constraint_of(table: str, columns: tuple[str, ...]) -> str:
    for name, cols in _unique_rules(table):
        if cols == columns:
            return name
    return ""


def _columns_of(table: str, constraint: str) -> tuple[str, ...]:
    for name, cols in _unique_rules(table):
        if name == constraint:
            return cols
    return ()
