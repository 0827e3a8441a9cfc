"""Live views: a window learns that another PC (or process) changed something, and which areas.

On a server every commit that wrote anything sends a PostgreSQL notice (`NOTIFY`) naming the tables it
wrote, on one channel per office schema. It is queued in the writer's own transaction (a `before_commit`
hook: PostgreSQL delivers it at the commit and drops it on a rollback, so a notice never announces a
change that did not happen) from the tables the audit hook saw. `ServerWatcher` listens on a connection
of its own, in a thread, and hands "these areas changed" to a callback; `poll` is the same without a
thread. On a database file, where only one copy writes and a second window reads it read-only,
`FileWatcher` polls SQLite's `PRAGMA data_version` (a cheap read that changes when another connection
commits) and reads which tables changed from the audit log.

Nothing here knows Qt: the window wraps a watcher's callback in a signal to reach its own thread.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from partyplan.db.audit_log import CHANGED_TABLES

CHANNEL_PREFIX = "partyplan_"
ALL = "all"  # the area a watcher reports when it cannot tell which tables changed

AREAS = {
    "people": "people", "person_roles": "people",
    "plans": "plans", "plan_sections": "plans", "plan_items": "plans", "plan_item_people": "plans",
    "plan_progress_notes": "plans", "plan_item_occurrences": "plans", "plan_targets": "plans",
    "plan_target_actuals": "plans",
    "rosters": "rosters", "roster_assignments": "rosters", "roster_changes": "rosters", "shift_types": "rosters",
    "duty_members": "rosters", "duty_absences": "rosters", "duty_wishes": "rosters", "calendar_days": "rosters",
    "calendar_overrides": "rosters", "calendar_years": "rosters",
    "duty_log_entries": "duty_log",
    "meeting_types": "meetings", "meetings": "meetings", "meeting_attendees": "meetings",
    "meeting_resolutions": "meetings", "talks": "meetings", "evaluations": "meetings",
    "evaluation_subjects": "meetings",
    "volunteer_posts": "posts", "post_members": "posts", "service_records": "posts",
    "service_participants": "posts", "household_visits": "posts", "visit_visitors": "posts",
    "development_cases": "development", "development_steps": "development", "development_step_people": "development",
    "training_sessions": "training", "training_participants": "training", "commendations": "training",
    "office_settings": "office",
}


WAKE = 0.05  # seconds: the longest a closing watcher waits for its thread on a quiet server
MARK = "~"  # a notice's first entry: which engine (which window) wrote it, not a table
_MARKS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def engine_mark(engine: Engine) -> str:
    """A name for one engine of this process, so that a window's watcher can leave out its own commits
    (it has announced those itself already, and they are not "from another PC")."""
    if engine not in _MARKS:
        _MARKS[engine] = uuid.uuid4().hex[:12]
    return _MARKS[engine]


def areas_of(tables: Iterable[str]) -> frozenset[str]:
    return frozenset(AREAS.get(name, ALL) for name in tables if name)


def channel(schema: str) -> str:
    return (CHANNEL_PREFIX + schema)[:63]


# -- sending ------------------------------------------------------------------------------------------------
@event.listens_for(Session, "before_commit")
def _notify(session: Session) -> None:
    tables = session.info.get(CHANGED_TABLES)
    if not tables:
        return
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    schema = connection.info.get("partyplan_schema")
    if schema is None:
        schema = connection.info["partyplan_schema"] = str(connection.execute(text("SELECT current_schema()")).scalar())
    payload = ",".join([MARK + engine_mark(connection.engine), *sorted(tables)])[:7000]
    connection.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": channel(schema), "payload": payload})


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(CHANGED_TABLES, None)


# -- watching ------------------------------------------------------------------------------------------------
class Watcher:
    """Start with a callback that receives the set of areas changed ("people", "rosters", ..., or "all"),
    called on the watcher's thread; or call `poll` from a thread of your own. `close` ends it."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def poll(self, timeout: float = 0.0) -> frozenset[str]:
        raise NotImplementedError

    def start(self, callback: Callable[[frozenset[str]], None], interval: float = 1.0) -> None:
        def run() -> None:
            while not self._stop.is_set():
                try:
                    changed = self.poll(interval)
                except Exception:  # the connection went away: say "everything" once, then try again later
                    changed = frozenset({ALL})
                    self._stop.wait(interval)
                if changed and not self._stop.is_set():
                    callback(changed)

        self._thread = threading.Thread(target=run, name="partyplan-watcher", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._close()

    def _close(self) -> None:
        pass


class ServerWatcher(Watcher):
    """LISTEN on the office's channel, on a connection of its own taken from the store's engine (so it
    signs in as the window does: same server, role, TLS, schema). `skip_own`: leave out the commits made
    through `engine` itself (the window's own saves)."""

    def __init__(self, engine: Engine, skip_own: bool = False) -> None:
        super().__init__()
        self._own = MARK + engine_mark(engine) if skip_own else None
        self._raw = engine.raw_connection()
        self._conn: Any = self._raw.driver_connection
        self._conn.autocommit = True
        schema = self._conn.execute("SELECT current_schema()").fetchone()[0]
        self._conn.execute(f'LISTEN "{channel(schema)}"')

    def poll(self, timeout: float = 0.0) -> frozenset[str]:
        """Waits in slices of WAKE, so that closing the watcher (the window closing, or switching stores)
        waits for its thread at most that long instead of a whole quiet second."""
        tables: set[str] = set()
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            wait = min(WAKE, max(deadline - time.monotonic(), 0.0))
            for notice in self._conn.notifies(timeout=wait, stop_after=1):
                self._take(notice.payload, tables)
            if tables or self._stop.is_set() or time.monotonic() >= deadline:
                break
        # more that arrived together with the first
        for notice in self._conn.notifies(timeout=0.0):
            self._take(notice.payload, tables)
        return areas_of(tables)

    def _take(self, payload: str, tables: set[str]) -> None:
        names = payload.split(",")
        if self._own is not None and names[0] == self._own:
            return
        tables.update(name for name in names if not name.startswith(MARK))

    def _close(self) -> None:
        try:
            self._raw.invalidate()  # a listening connection never goes back to the pool
        except Exception:
            pass


class FileWatcher(Watcher):
    """Poll a SQLite file's data_version on a read-only connection of its own."""

    def __init__(self, path: Path, poll_every: float = 0.25) -> None:
        super().__init__()
        from partyplan.db.engine import sqlite_readonly_uri

        self._con = sqlite3.connect(sqlite_readonly_uri(Path(path)), uri=True, check_same_thread=False, timeout=15)
        self._every = poll_every
        self._version = self._data_version()
        self._last_id = self._newest_entry()

    def _data_version(self) -> int:
        return int(self._con.execute("PRAGMA data_version").fetchone()[0])

    def _newest_entry(self) -> int:
        try:
            return int(self._con.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0])
        except sqlite3.Error:
            return 0

    def poll(self, timeout: float = 0.0) -> frozenset[str]:
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                return self._changed_tables()
            if time.monotonic() >= deadline or self._stop.is_set():
                return frozenset()
            self._stop.wait(min(self._every, max(deadline - time.monotonic(), 0.0)))

    def _changed_tables(self) -> frozenset[str]:
        try:
            rows = self._con.execute("SELECT id, table_name FROM audit_log WHERE id > ?", (self._last_id,)).fetchall()
        except sqlite3.Error:
            return frozenset({ALL})
        if not rows:
            return frozenset({ALL})  # a write the log does not itemise (an import, a restore)
        self._last_id = max(r[0] for r in rows)
        return areas_of(r[1] for r in rows)

    def _close(self) -> None:
        self._con.close()


def watcher_for(db: Any, skip_own: bool = False) -> Watcher:
    """The watcher that suits an open store (`partyplan.db.database.Database`). `skip_own` (a server's):
    leave out what this store's own engine commits."""
    if db.is_sqlite:
        return FileWatcher(db.path)
    return ServerWatcher(db.engine, skip_own=skip_own)
