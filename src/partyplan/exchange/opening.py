"""Opening a store the safe way, for the window and the command line alike.

A SQLite store is opened in three steps: the one-writer lock (`lock`), the quick integrity check
(`integrity`), then `open_database` (which upgrades it). A store whose lock another copy of PartyPlan
holds may be opened read-only instead; a damaged store is never opened for writing (nor upgraded, nor
written into by an import), but its newest good backup may be restored in its place first. Whether to
do either is the caller's question to answer: the window asks the user, the command line answers by
what the command does (a command that only reads may read a store in use; nothing is restored
without being asked for). A server store is opened directly: the server keeps its files sound and
lets many write.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from partyplan.db.database import Database, open_database
from partyplan.db.engine import resolve_url, sqlite_path
from partyplan.exchange import integrity, lock

# Answers to the two questions; True means "do it" (open read-only / the backup was restored).
OnLocked = Callable[[lock.DatabaseLockedError], bool]
OnDamaged = Callable[[Path, integrity.DamagedDatabaseError], bool]


def never(*_args: object) -> bool:
    return False


def open_checked(location: str | os.PathLike[str] | None, *, on_locked: OnLocked = never,
                 on_damaged: OnDamaged = never, backup_dir: Path | None = None) -> Database:
    """Lock, check, open. Raises DatabaseLockedError or DamagedDatabaseError when the answer is no, and
    the usual typed errors for a store that cannot be opened. The lock stays held by this process until
    `lock.release(path)` (the window, at close) or the end of the process."""
    path = sqlite_path(resolve_url(location))
    if path is None:
        return open_database(location, backup_dir=backup_dir)
    try:
        lock.acquire(path)
    except lock.DatabaseLockedError as exc:
        if not on_locked(exc):
            raise
        integrity.ensure_sound(path)
        return open_database(location, read_only=True)
    try:
        if path.exists():
            try:
                integrity.ensure_sound(path)
            except integrity.DamagedDatabaseError as exc:
                if not on_damaged(path, exc):
                    raise
        return open_database(location, backup_dir=backup_dir)
    except BaseException:
        lock.release(path)
        raise
