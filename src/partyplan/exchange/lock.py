"""One writer per SQLite store: a lock file beside it says who holds it.

`partyplan.sqlite3.lock` is created with O_CREAT | O_EXCL (atomic on every local file system: of two
copies of the app starting at once, exactly one creates it) and holds, as JSON, the user name, the
computer name, the process id and since when. A second copy is told that and offered the store
read-only, instead of two writers working on stale screens of the same data.

A lock is stale, and taken over, when it names this computer and a process that is no longer running
(or one started before the computer last booted, or this very process id with another token: a pid
reused after a restart). A lock from another computer cannot be checked from here and is respected;
the message names the file, so whoever is sure can delete it. Locks are released on close and at exit;
a process killed outright leaves its lock behind, which the next start takes over as stale.
"""

from __future__ import annotations

import atexit
import datetime as dt
import errno
import getpass
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

from partyplan import __version__
from partyplan.errors import LocationError, PartyPlanError

LOCK_SUFFIX = ".lock"
UNREADABLE_GRACE_SECONDS = 5.0  # an empty lock younger than this is being written right now


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: dt.datetime
    token: str = ""
    app: str = ""

    def to_json(self) -> str:
        data = asdict(self)
        data["since"] = self.since.isoformat(timespec="seconds")
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LockInfo | None:
        try:
            data = json.loads(text)
            return cls(str(data["user"]), str(data["host"]), int(data["pid"]),
                       dt.datetime.fromisoformat(str(data["since"])), str(data.get("token", "")),
                       str(data.get("app", "")))
        except (ValueError, KeyError, TypeError):
            return None


@dataclass
class DatabaseLockedError(PartyPlanError):
    """Another copy of PartyPlan holds the store; `holder` is None when its lock file cannot be read."""

    path: Path
    lock_path: Path
    holder: LockInfo | None


@dataclass
class StoreLock:
    path: Path
    lock_path: Path
    info: LockInfo

    def release(self) -> None:
        """Remove the lock file if it is still ours (never another copy's that took over a stale one)."""
        _held.pop(_key(self.path), None)
        current = _read(self.lock_path)
        if current is not None and current.token == self.info.token:
            try:
                self.lock_path.unlink()
            except OSError:
                pass


def lock_path_for(store: Path) -> Path:
    store = Path(store)
    return store.with_name(store.name + LOCK_SUFFIX)


def acquire(store: Path) -> StoreLock:
    """Take the lock on `store`, taking over a stale one; raises DatabaseLockedError when it is held."""
    store = Path(store).resolve()
    already = _held.get(_key(store))
    if already is not None:
        return already
    lock_path = lock_path_for(store)
    for _attempt in range(5):
        info = LockInfo(_user(), socket.gethostname(), os.getpid(), dt.datetime.now().replace(microsecond=0),
                        uuid.uuid4().hex, f"PartyPlan {__version__}")
        if _create(store, lock_path, info):
            held = StoreLock(store, lock_path, info)
            _held[_key(store)] = held
            return held
        holder = _read(lock_path)
        if holder is None and _age(lock_path) < UNREADABLE_GRACE_SECONDS:
            time.sleep(0.05)  # being written by the copy that just created it: read it again
            continue
        if holder is not None and not is_stale(holder):
            raise DatabaseLockedError(store, lock_path, holder)
        _take_over(lock_path, holder)
    raise DatabaseLockedError(store, lock_path, _read(lock_path))


def holder_of(store: Path) -> LockInfo | None:
    """Who holds the store now (None when nobody, or the lock is unreadable)."""
    return _read(lock_path_for(Path(store).resolve()))


def is_stale(info: LockInfo) -> bool:
    if info.host != socket.gethostname():
        return False  # another computer's process cannot be seen from here
    if info.pid == os.getpid():
        return not any(lock.info.token == info.token for lock in _held.values())
    booted = _boot_time()
    if booted is not None and info.since < booted - dt.timedelta(minutes=1):
        return True
    return not _pid_alive(info.pid, info.since)


def release(store: Path) -> None:
    held = _held.get(_key(Path(store).resolve()))
    if held is not None:
        held.release()


def held_stores() -> list[Path]:
    """The stores this process holds the lock of."""
    return [held.path for held in _held.values()]


def pid_alive(pid: int) -> bool:
    """Is a process with this id running on this computer?"""
    return _pid_alive(pid)


def release_all() -> None:
    for held in list(_held.values()):
        held.release()


# ------------------------------------------------------------------------------------------ private

_held: dict[str, StoreLock] = {}
atexit.register(release_all)


def _key(store: Path) -> str:
    return os.path.normcase(str(Path(store).resolve()))


def _create(store: Path, lock_path: Path, info: LockInfo) -> bool:
    """True when this call created the lock file (and wrote who we are into it)."""
    try:
        fd = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise LocationError(store, "read_only") from exc
        if exc.errno == errno.ENOENT:
            raise LocationError(store, "no_folder") from exc
        raise LocationError(store, "unreadable") from exc
    try:
        try:
            os.write(fd, info.to_json().encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:  # a full disk: leave no empty lock behind for the next start to wait on
        lock_path.unlink(missing_ok=True)
        raise LocationError(store, "read_only" if exc.errno in (errno.EACCES, errno.EROFS) else "unreadable") from exc
    return True


def _read(lock_path: Path) -> LockInfo | None:
    try:
        text = lock_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return LockInfo.from_json(text)


def _age(lock_path: Path) -> float:
    try:
        return time.time() - lock_path.stat().st_mtime
    except OSError:
        return 0.0


def _take_over(lock_path: Path, stale: LockInfo | None) -> None:
    """Move the stale lock away under a unique name and check that it is the one judged stale; if another
    copy replaced it meanwhile, put that one back (os.link never overwrites)."""
    aside = lock_path.with_name(f"{lock_path.name}.stale-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        os.rename(lock_path, aside)
    except FileNotFoundError:
        return  # someone else removed it: try to create again
    moved = _read(aside)
    if (moved.token if moved else None) != (stale.token if stale else None):
        try:
            os.link(aside, lock_path)
        except OSError:
            pass
    aside.unlink(missing_ok=True)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        return "?"


def _pid_alive(pid: int, since: dt.datetime | None = None) -> bool:
    """Is process `pid` running, and is it the one that wrote a lock at `since` (not a later process
    that was given the same number)? psutil answers the same way on Windows and here."""
    if pid <= 0:
        return False
    try:
        process = psutil.Process(pid)
        started = process.create_time()
    except psutil.NoSuchProcess:
        return False
    except (psutil.AccessDenied, OSError):
        return True  # exists, owned by another user
    try:
        if process.status() == psutil.STATUS_ZOMBIE:
            return False  # ended, not yet reaped by its parent
    except (psutil.Error, OSError):
        pass
    if since is not None and dt.datetime.fromtimestamp(started) > since + dt.timedelta(minutes=1):
        return False  # started after the lock was written: the number was reused
    return True


def _boot_time() -> dt.datetime | None:
    """When this computer last started: a lock older than that is stale whatever its pid says. Read
    with psutil, which asks Windows (/proc/stat, read before, does not exist there)."""
    try:
        return dt.datetime.fromtimestamp(psutil.boot_time())
    except (OSError, RuntimeError, ValueError):
        return None
