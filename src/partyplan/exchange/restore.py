"""Putting a backup back: a preview to decide with, then a restore that cannot leave half a store.

`preview_backup` says what a backup holds (when it was taken, its schema, how many rows per table)
and refuses files that could not be restored (damaged, not ours, from a newer PartyPlan, or holding a
trigger, view or table a PartyPlan store of its revision does not have). `restore_backup` also runs
the full check (integrity_check and foreign_key_check) on the backup before it writes anything.

`restore_backup` first backs the current store up ("before-restore", into the backups folder), then
copies the backup into the store with SQLite's backup API. That copy is one write transaction on the
store: if the process dies half-way, the store is the old one, whole. A store that is itself damaged
is not written into: the backup is copied next to it, checked, the damaged file is moved aside
(`<name>.damaged-<time>.sqlite3`, with its -wal) and the copy renamed into its place.

The store keeps its identity (`partyplan.db.identity`) whatever is restored into it: a backup of an
older schema, or a copy of another store chosen by hand, is given the store's identity on the way in,
so the store's own backups stay its own and rotation goes on as before.

The caller closes its connections first; a backup of an older schema is migrated by the next open.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from partyplan.db import identity, schema
from partyplan.db.engine import sqlite_inspect_uri
from partyplan.errors import ForeignDatabaseError, NewerSchemaError, NotADatabaseError, PartyPlanError
from partyplan.exchange import integrity, rotation


@dataclass
class RestoreError(PartyPlanError):
    """reason: "same_file" (the backup is the store itself), "busy" (another program is writing the
    store), "failed" (SQLite refused the copy; `detail` says why). The store was not changed."""

    store: Path
    backup: Path
    reason: str
    detail: str = ""


@dataclass
class UnexpectedSchemaError(PartyPlanError):
    """The file holds objects a PartyPlan store does not (a trigger, a view, another program's table) or
    lacks one of its tables: changed by another program, it is not restored. `objects`: "trigger x"."""

    path: Path
    objects: tuple[str, ...]


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    taken_at: dt.datetime
    reason: str  # "on-exit", "before-upgrade-0004_rosters", ...; "" for a file not named by the app
    revision: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)  # table name -> rows
    store: str | None = None  # the identity of the store it is a copy of (None: made by an earlier version)

    def is_of(self, store: str | None) -> bool:
        return bool(store) and self.store == store

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != schema.HEAD

    @property
    def total_rows(self) -> int:
        return sum(n for table, n in self.counts.items() if table != "alembic_version")


@dataclass(frozen=True)
class RestoreResult:
    store: Path
    backup: Path
    safety_copy: Path | None  # the store as it was, when it was sound
    moved_aside: Path | None  # the damaged store, when it was damaged


def preview_backup(path: Path, full: bool = False) -> BackupPreview:
    """What `path` holds; raises the typed error that explains why it cannot be restored: not SQLite,
    another program's, from a newer PartyPlan, damaged (the quick check; with `full`, also
    integrity_check and foreign_key_check), or holding objects a PartyPlan store does not have."""
    path = Path(path)
    report = integrity.check_file(path, full=False)
    if not path.is_file() or path.stat().st_size == 0:
        raise NotADatabaseError(path)
    if not report.ok:
        raise integrity.DamagedDatabaseError(path, report.problems)
    contents = schema.read_sqlite(path)
    if contents.revision is None:
        raise ForeignDatabaseError(path) if contents.tables - {"alembic_version"} else NotADatabaseError(path)
    from partyplan.db import migrate

    if contents.revision not in migrate.known_revisions():
        raise NewerSchemaError(str(path), contents.revision)
    unexpected = migrate.unexpected_objects(path, contents.revision)
    if unexpected:  # a trigger would run inside the store once restored: never put it there
        raise UnexpectedSchemaError(path, tuple(unexpected))
    if full:
        integrity.ensure_sound(path, full=True)
    named = rotation.parse_name(path)
    stat = path.stat()
    taken = named.taken_at if named else dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
    return BackupPreview(path, taken, named.reason if named else "", contents.revision, stat.st_size,
                         _counts(path, contents.tables), identity.read_file(path))


def restore_backup(backup: Path, store: Path, backup_folder: Path) -> RestoreResult:
    """Replace the store's contents with the backup's, keeping a copy of what was there."""
    backup, store = Path(backup), Path(store)
    preview_backup(backup, full=True)  # rows pointing at rows that are not there are not put back
    if store.exists() and store.resolve() == backup.resolve():
        raise RestoreError(store, backup, "same_file")
    own = rotation.store_identity(store, backup_folder)
    if not store.exists() or store.stat().st_size == 0:
        _copy_beside_and_rename(backup, store, own)
        return RestoreResult(store, backup, None, None)
    if integrity.check_file(store).ok:
        safety = rotation.make_backup(store, backup_folder, "before-restore").path
        if own is None or identity.read_file(backup) == own:
            _copy_into(backup, store)
        else:  # the contents get the store's identity first, then go in with the same single transaction
            with _stamped_copy(backup, store, own) as stamped:
                _copy_into(stamped, store, shown=backup)
        return RestoreResult(store, backup, safety, None)
    moved = _copy_beside_and_rename(backup, store, own)
    return RestoreResult(store, backup, None, moved)


# ------------------------------------------------------------------------------------------ private


def _counts(path: Path, tables: frozenset[str]) -> dict[str, int]:
    con = sqlite3.connect(sqlite_inspect_uri(path), uri=True)
    try:
        return {name: con.execute('SELECT count(*) FROM "%s"' % name.replace('"', '""')).fetchone()[0]
                for name in sorted(tables) if not name.startswith("sqlite_")}
    finally:
        con.close()


@contextmanager
def _stamped_copy(backup: Path, store: Path, own: str) -> Iterator[Path]:
    """A copy of the backup, beside the store, holding the store's identity (deleted afterwards)."""
    temp = _temp_beside(store, backup)
    try:
        _copy_file(backup, temp, store, own)
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def _copy_into(backup: Path, store: Path, shown: Path | None = None) -> None:
    """SQLite's backup API into the live store: one transaction, so all of it or none of it."""
    backup_shown = shown or backup
    src = sqlite3.connect(sqlite_inspect_uri(backup), uri=True)
    try:
        dst = sqlite3.connect(store, timeout=15)
        try:
            dst.execute("PRAGMA busy_timeout=15000")
            src.backup(dst)
            verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
    except sqlite3.OperationalError as exc:
        reason = "busy" if "locked" in str(exc) or "busy" in str(exc) else "failed"
        raise RestoreError(store, backup_shown, reason, str(exc)) from exc
    except sqlite3.Error as exc:
        raise RestoreError(store, backup_shown, "failed", str(exc)) from exc
    finally:
        src.close()
    if verdict != "ok":  # not expected: the backup passed quick_check and the copy is SQLite's own
        raise RestoreError(store, backup_shown, "failed", str(verdict))


def _copy_beside_and_rename(backup: Path, store: Path, own: str | None) -> Path | None:
    """For a damaged or missing store: a checked copy next to it, then renames. Returns where the
    damaged file went (None when there was none)."""
    temp = _temp_beside(store, backup)
    try:
        _copy_file(backup, temp, store, own)
        problems = rotation.verify(temp, full=True)
        if problems:
            raise RestoreError(store, backup, "failed", "; ".join(problems[:3]))
        moved = _move_aside(store)
        os.replace(temp, store)
    except OSError as exc:
        raise RestoreError(store, backup, "failed", str(exc)) from exc
    finally:
        temp.unlink(missing_ok=True)
    return moved


def _temp_beside(store: Path, backup: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{store.stem}-restore-", suffix=".tmp", dir=store.parent)
    except OSError as exc:
        raise RestoreError(store, backup, "failed", str(exc)) from exc
    os.close(handle)
    return Path(name)


def _copy_file(backup: Path, temp: Path, store: Path, own: str | None) -> None:
    """The backup into the file `temp` (one self-contained file), with the identity `own` when given."""
    try:
        src = sqlite3.connect(sqlite_inspect_uri(backup), uri=True)
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            if own is not None and identity.read_file(backup) != own:
                with dst:
                    identity.stamp_sqlite(dst, own)
        finally:
            src.close()
            dst.close()
    except sqlite3.Error as exc:
        raise RestoreError(store, backup, "failed", str(exc)) from exc


def _move_aside(store: Path) -> Path | None:
    """Move the store and its -wal/-shm aside (a -wal left beside the new file would be replayed into it)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = store.with_name(f"{store.stem}.damaged-{stamp}{store.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = store.with_name(f"{store.stem}.damaged-{stamp}-{n}{store.suffix}")
    moved = store.exists()
    if moved:
        os.replace(store, aside)
    for side in ("-wal", "-shm"):
        extra = store.with_name(store.name + side)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + side))
    return aside if moved else None
