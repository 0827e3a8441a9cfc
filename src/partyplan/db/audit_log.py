"""Every write, recorded where it happens: one place that sees all of them, so no service can forget.

`after_flush` writes one `audit_log` row for each record the unit of work inserted, changed or deleted
(the old and new values of the changed columns, as JSON), and `do_orm_execute` does the same for the
few bulk DELETE/UPDATE statements the services run through the session (the rows are read just before,
and after, the statement). Both run inside the writer's own transaction: a change and its audit row are
committed together or not at all. The user is the PostgreSQL role the PC signed in as (`current_user`;
one role per staff member), or the operating system's user name on a database file; the time is the
server's clock (UTC) on a server, so PCs whose clocks differ still agree on the order.

Writes made below the ORM (a data file imported into an empty database, a copy to a server, a restore)
are whole-store operations and are not itemised here.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import enum
import getpass
import json
from typing import Any

from sqlalchemy import Connection, Table, event, func, inspect, insert, select
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.attributes import get_history

from partyplan.db.models.audit import AuditEntry

AUDIT_TABLE = AuditEntry.__table__
SKIPPED_TABLES = frozenset({"audit_log", "store_identity", "alembic_version"})
CHANGED_TABLES = "partyplan_changed_tables"  # session.info: the tables this transaction wrote (live views)
USER_KEY = "partyplan_user"


def current_user(connection: Connection) -> str:
    """Who is writing: the server's role, or the OS user of a file store (cached per connection)."""
    cached = connection.info.get(USER_KEY)
    if cached is None:
        if connection.dialect.name == "postgresql":
            cached = str(connection.exec_driver_sql("SELECT current_user").scalar())
        else:
            try:
                cached = getpass.getuser()
            except (OSError, KeyError, ImportError):  # no login name in the environment (a service account)
                cached = "?"
        connection.info[USER_KEY] = cached
    return cached


def plain(value: Any) -> Any:
    """A column value as JSON can hold it, readable in the exported log."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.time, dt.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def dumps(values: dict[str, Any]) -> str:
    return json.dumps({k: plain(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


def record_key(values: Any) -> str:
    return "|".join(str(plain(v)) for v in values)


def _entry(table: Table, action: str, key: str, old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    version = new.get("row_version", old.get("row_version")) if "row_version" in table.c else None
    return {"table_name": table.name, "record_key": key[:200], "action": action,
            "row_version": version if isinstance(version, int) else None,
            "old_values": dumps(old) if old else "", "new_values": dumps(new) if new else ""}


def write(connection: Connection, entries: list[dict[str, Any]]) -> None:
    if not entries:
        return
    user = current_user(connection)
    if connection.dialect.name == "postgresql":
        at: Any = func.timezone("UTC", func.now())
    else:
        at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    connection.execute(insert(AUDIT_TABLE).values(at=at, user_name=user), entries)


def _note_tables(session: Session, names: set[str]) -> None:
    if names:
        session.info.setdefault(CHANGED_TABLES, set()).update(names)


VERSIONS_BEFORE = "partyplan_versions_before_flush"


@event.listens_for(Session, "before_flush")
def _versions_before(session: Session, _context: Any, _instances: Any) -> None:
    """The row_version each changed record had when read: a record whose only change is a new version (its
    parts changed: a person's roles, a roster's cells) is logged too, and the flush itself leaves no
    history of the version to compare with."""
    before = {}
    for obj in session.dirty:
        state = inspect(obj)
        if "row_version" in state.mapper.local_table.c:
            before[id(obj)] = state.committed_state.get("row_version", state.dict.get("row_version"))
    session.info[VERSIONS_BEFORE] = before


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    entries: list[dict[str, Any]] = []
    for obj in session.new:
        state = inspect(obj)
        table = state.mapper.local_table
        if table.name in SKIPPED_TABLES:
            continue
        new = {prop.columns[0].name: state.dict.get(prop.key) for prop in state.mapper.column_attrs
               if prop.key in state.dict}
        entries.append(_entry(table, "insert", record_key(state.mapper.primary_key_from_instance(obj)), {}, new))
    for obj in session.dirty:
        state = inspect(obj)
        table = state.mapper.local_table
        if table.name in SKIPPED_TABLES or state.deleted or state.was_deleted:
            continue
        old: dict[str, Any] = {}
        new = {}
        for prop in state.mapper.column_attrs:
            if prop.key == "row_version":
                continue
            history = get_history(obj, prop.key)
            if history.added:
                before = history.deleted[0] if history.deleted else None  # SQLAlchemy keeps no None as "deleted"
                if before != history.added[0]:
                    old[prop.columns[0].name], new[prop.columns[0].name] = before, history.added[0]
        before = session.info.get(VERSIONS_BEFORE, {}).get(id(obj))
        bumped = "row_version" in table.c and before is not None and state.dict.get("row_version") != before
        if not new and not bumped:
            continue
        if "row_version" in table.c:
            new["row_version"] = state.dict.get("row_version")
        entries.append(_entry(table, "update", record_key(state.mapper.primary_key_from_instance(obj)), old, new))
    for obj in session.deleted:
        state = inspect(obj)
        table = state.mapper.local_table
        if table.name in SKIPPED_TABLES:
            continue
        old = {prop.columns[0].name: state.dict.get(prop.key) for prop in state.mapper.column_attrs
               if prop.key in state.dict}
        entries.append(_entry(table, "delete", record_key(state.mapper.primary_key_from_instance(obj)), old, {}))
    if entries:
        write(session.connection(), entries)
        _note_tables(session, {e["table_name"] for e in entries})


@event.listens_for(Session, "do_orm_execute")
def _bulk_statement(state: ORMExecuteState) -> Any:
    """`session.execute(delete(X).where(...))` and `update(...)`: the rows they touch, logged around them."""
    if not (state.is_delete or state.is_update):
        return None
    table = state.statement.table  # type: ignore[union-attr]
    if not isinstance(table, Table) or table.name in SKIPPED_TABLES:
        return None
    connection = state.session.connection()
    where = state.statement.whereclause  # type: ignore[union-attr]
    query = select(table) if where is None else select(table).where(where)
    before = [dict(row) for row in connection.execute(query).mappings()]
    result = state.invoke_statement()
    keys = [c.name for c in table.primary_key.columns]
    entries = []
    if state.is_delete:
        entries = [_entry(table, "delete", record_key(row[k] for k in keys), row, {}) for row in before]
    elif before:
        pk = table.primary_key.columns
        after = {}
        for row in before:
            found = connection.execute(select(table).where(*(c == row[c.name] for c in pk))).mappings().first()
            if found is not None:
                after[record_key(row[k] for k in keys)] = dict(found)
        for row in before:
            key = record_key(row[k] for k in keys)
            new_row = after.get(key, {})
            changed = {name for name, value in new_row.items() if row.get(name) != value}
            if changed:
                entries.append(_entry(table, "update", key, {n: row[n] for n in changed},
                                      {n: new_row[n] for n in changed}))
    if entries:
        write(connection, entries)
        _note_tables(state.session, {table.name})
    return result
