"""Is a SQLite store sound? A quick check on every start, a full one from Help > Check database.

`PRAGMA quick_check` reads every page and is fast; `integrity_check` also compares every index with its
table, and the full check adds `foreign_key_check` (rows pointing at rows that are gone). A damaged
file is reported as DamagedDatabaseError with the problems SQLite names, never opened for writing,
and the newest backup that passes its own check is offered in its place (`newest_good_backup`).
A file that is not SQLite at all stays NotADatabaseError: it may be someone's letter, not our damage;
and a file SQLite cannot reach (permissions, a read-only folder) is a LocationError: only what SQLite
says about a file's content is damage.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from partyplan.db.database import Database
from partyplan.db.engine import SQLITE_HEADER, sqlite_inspect_uri
from partyplan.errors import LocationError, NotADatabaseError, PartyPlanError
from partyplan.exchange import rotation

MAX_PROBLEMS = 20


@dataclass
class DamagedDatabaseError(PartyPlanError):
    path: Path
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class IntegrityReport:
    location: str
    full: bool
    problems: tuple[str, ...] = ()
    on_server: bool = False  # a PostgreSQL store: the server keeps its own files sound
    tables: int = 0
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: Path, full: bool = False) -> IntegrityReport:
    """Check a SQLite file read-only. A missing or empty file is sound (it is a new store)."""
    path = Path(path)
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return IntegrityReport(str(path), full)
    _check_header(path)
    try:
        con = sqlite3.connect(sqlite_inspect_uri(path), uri=True, timeout=15)
    except sqlite3.Error as exc:
        raise _not_damage(path, exc) from exc
    try:
        problems = _problems(con, full)
        rows = _row_counts(con) if full and not problems else {}
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):  # cannot be read here (permissions, a lock), which says nothing of its content
            raise _not_damage(path, exc) from exc
        problems, rows = [str(exc)], {}
    finally:
        con.close()
    return IntegrityReport(str(path), full, tuple(problems[:MAX_PROBLEMS]), tables=len(rows), rows=rows)


def ensure_sound(path: Path, full: bool = False) -> IntegrityReport:
    """`check_file`, raising DamagedDatabaseError when it finds anything."""
    report = check_file(path, full)
    if not report.ok:
        raise DamagedDatabaseError(Path(path), report.problems)
    return report


def check_database(db: Database, full: bool = True) -> IntegrityReport:
    """The open store: its file when it is SQLite; for a server, only that it answers."""
    if db.path is not None:
        return check_file(db.path, full)
    from sqlalchemy import text

    with db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return IntegrityReport(db.display_name, full, on_server=True)


def newest_good_backup(path: Path, folder: Path) -> rotation.Backup | None:
    """The newest automatic backup of the store at `path` (by its identity: never another store's of the
    same name, nor one of an earlier version that cannot say whose it is) that passes its check and that
    this version can open (not written by a newer PartyPlan)."""
    from partyplan.exchange.restore import preview_backup

    store = rotation.store_identity(Path(path), folder)
    for backup in rotation.backups_of(folder, store):
        try:
            preview = preview_backup(backup.path, full=True)  # what restore_backup will check
        except PartyPlanError:
            continue
        if preview.is_of(store):
            return backup
    return None


def is_damage(exc: sqlite3.Error) -> bool:
    """Did SQLite say something about the file's content (corrupt, not a database), rather than about
    reaching it (permissions, a read-only folder, a lock, a URI it refused)? Only the former is damage:
    a store on a Windows share whose URI SQLite refused was called damaged, and a backup offered over it."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
    text = str(exc)
    return "malformed" in text or "not a database" in text


def _not_damage(path: Path, exc: sqlite3.Error) -> LocationError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LocationError(path, "locked")
    return LocationError(path, "read_only" if "readonly" in text or "permission" in text else "unreadable")


def _check_header(path: Path) -> None:
    if path.is_dir():
        raise LocationError(path, "is_directory")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise LocationError(path, "unreadable") from exc
    if header != SQLITE_HEADER:
        raise NotADatabaseError(path)


def _problems(con: sqlite3.Connection, full: bool) -> list[str]:
    pragma = f"PRAGMA integrity_check({MAX_PROBLEMS})" if full else f"PRAGMA quick_check({MAX_PROBLEMS})"
    found = [str(row[0]) for row in con.execute(pragma).fetchall()]
    problems = [] if found == ["ok"] else found
    if full and not problems:
        for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS):
            problems.append(f"{table} row {rowid}: refers to a missing row of {parent}")
    return problems


def _row_counts(con: sqlite3.Connection) -> dict[str, int]:
    tables = [row[0] for row in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: con.execute('SELECT count(*) FROM "%s"' % name.replace('"', '""')).fetchone()[0] for name in tables}
