"""Automatic backups of a SQLite store: written with the online backup API, verified, rotated.

The app backs the file up on exit, before every migration and before every restore. Each copy is:

- consistent even while the app has the store open (SQLite's online backup copies one snapshot);
- written to a hidden temporary file in the backups folder, then renamed, so a crash or a full disk
  never leaves a half backup under a backup's name;
- verified with `PRAGMA integrity_check` before it counts (a copy that fails is deleted);
- readable by the user only (0600; the folder is 0700, see `settings.private_dir`);
- named `<stem>-<YYYYmmdd-HHMMSS>-<reason>[-n].<store>.sqlite3`, so the name says when and why, and
  whose: `<store>` is the start of the store's identity (`partyplan.db.identity`), which the copy also
  holds in full, being a copy of the store.

One backups folder serves every store of the user, and two stores may have the same file name, so a
store's backups are those carrying its identity, never those that merely share its name. Rotation keeps
the KEEP_RECENT newest copies of a store, the newest copy of each of the last KEEP_MONTHS months and the
newest copy taken before each upgrade, and deletes only files whose contents carry the store's identity.
Backups named without an identity were made by earlier versions: they are listed for a store of the same
file name, marked as such (they may be another store's), and never rotated. Files that do not follow the
naming pattern are never touched. `.stores.json` remembers which identity each store path had at its last
backup, so that the backups of a store too damaged to read its identity from can still be found.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import json
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from partyplan.db import identity
from partyplan.db.engine import sqlite_inspect_uri
from partyplan.errors import PartyPlanError
from partyplan.settings import private_dir

KEEP_RECENT = 10
KEEP_MONTHS = 24
SUFFIX = ".sqlite3"
STALE_TEMP_SECONDS = 3600  # a temporary file this old was left by a process that died while writing
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[A-Za-z0-9_-]+?)(?:-(?P<n>\d+))?"
                   r"(?:\.(?P<store>[0-9a-f]{%d}))?\.sqlite3$" % identity.SHORT)
INDEX = ".stores.json"
UPGRADE_REASON = "before-upgrade"


@dataclass
class BackupError(PartyPlanError):
    """A backup could not be written or failed its check; the store itself was not changed.

    reason: "unreadable" (the store cannot be read), "read_only" (the backups folder cannot be written),
    "disk_full", "check_failed" (the copy failed integrity_check and was deleted)."""

    source: Path
    folder: Path
    reason: str
    detail: str = ""


@dataclass(frozen=True)
class Backup:
    path: Path
    stem: str
    taken_at: dt.datetime
    reason: str
    sequence: int = 1
    store: str = ""  # the start of the store's identity, from the name; "" for a backup of an earlier version
    unchanged: bool = False  # make_backup(skip_if_unchanged=True) found the newest copy identical

    @property
    def sort_key(self) -> tuple[dt.datetime, int, str]:
        return (self.taken_at, self.sequence, self.path.name)

    @property
    def legacy(self) -> bool:
        """Made before stores had an identity: it may be a backup of another store with the same file name."""
        return not self.store

    def of(self, store: str | None) -> bool:
        return bool(store) and self.store == identity.short(store or "")


def make_backup(source: Path, folder: Path, reason: str, *, skip_if_unchanged: bool = False,
                now: dt.datetime | None = None) -> Backup:
    """Copy the store at `source` into `folder`, verify the copy, then rotate that store's backups.

    With `skip_if_unchanged`, a copy identical to the newest backup of this store made for the same
    reason is dropped and that backup returned (marked `unchanged`): opening and closing the app does not
    push real history out, and an upgrade retried ten times keeps one copy of the file it started from.
    """
    source = Path(source)
    folder = _writable_folder(source, Path(folder))
    reason = re.sub(r"[^A-Za-z0-9_-]+", "_", reason).strip("-_") or "backup"
    try:
        temp = _write_copy(source, folder)
        try:
            store = identity.read_file(temp) or ""  # the copy says whose it is
            if skip_if_unchanged:  # compared before the check: an identical copy of a checked backup is sound
                newest = next((b for b in backups_of(folder, store, source.stem)
                               if b.reason == reason and b.store == identity.short(store)), None)
                if newest is not None and _digest(newest.path) == _digest(temp):
                    temp.unlink()
                    remember(folder, source, store)
                    return dataclasses.replace(newest, unchanged=True)
            _check_and_sync(source, temp, folder)
            backup = _move_into_place(temp, folder, source.stem, reason, now or dt.datetime.now(), store)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except OSError as exc:  # fsync, rename, a stick pulled out: the store is untouched either way
        raise BackupError(source, folder, _os_reason(exc), str(exc)) from exc
    rotate(folder, store)
    remember(folder, source, store)
    _remove_stale_temps(folder)
    return backup


def list_backups(folder: Path, stem: str | None = None) -> list[Backup]:
    """Every backup in `folder` (or those whose file name has `stem`), of any store, newest first."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        backup = parse_name(path)
        if backup is not None and (stem is None or backup.stem == stem) and path.is_file():
            found.append(backup)
    return sorted(found, key=lambda b: b.sort_key, reverse=True)


def backups_of(folder: Path, store: str | None, stem: str | None = None) -> list[Backup]:
    """The backups of the store whose identity is `store`, newest first, whatever their file names; with
    `stem`, also the backups of earlier versions (no identity) named after a store file of that stem,
    which are marked `legacy`."""
    return [b for b in list_backups(folder) if b.of(store) or (stem is not None and b.legacy and b.stem == stem)]


def store_identity(source: Path, folder: Path) -> str | None:
    """The identity of the store at `source`: read from the file, or, when it cannot be read (damaged,
    missing), the one it had at its last backup into `folder`."""
    return identity.read_file(Path(source)) or _index(folder).get(_index_key(source))


def parse_name(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return Backup(path, match["stem"], taken, match["reason"], int(match["n"] or 1), match["store"] or "")


def rotate(folder: Path, store: str, keep_recent: int = KEEP_RECENT, keep_months: int = KEEP_MONTHS) -> list[Path]:
    """Delete the backups of the store `store` (its full identity) that `keep` does not keep; returns what
    was deleted. Backups without an identity, or another store's, are never deleted, and neither is a file
    whose name says it is this store's but whose contents do not (renamed by hand)."""
    if not store:
        return []
    backups = [b for b in list_backups(folder) if b.of(store)]
    kept = keep(backups, keep_recent, keep_months)
    removed = []
    for backup in backups:
        if backup.path in kept or identity.read_file(backup.path) != store:
            continue
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError:
            pass  # open in another program (Windows): next rotation tries again
    return removed


def keep(backups: list[Backup], keep_recent: int = KEEP_RECENT, keep_months: int = KEEP_MONTHS) -> set[Path]:
    """The newest `keep_recent`, plus the newest of each of the newest `keep_months` months, plus the newest
    taken before each upgrade (the way back from that version, however often the app was opened since)."""
    ordered = sorted(backups, key=lambda b: b.sort_key, reverse=True)
    kept = {b.path for b in ordered[:keep_recent]}
    months: set[tuple[int, int]] = set()
    upgrades: set[str] = set()
    for backup in ordered:
        month = (backup.taken_at.year, backup.taken_at.month)
        if month not in months and len(months) < keep_months:
            months.add(month)
            kept.add(backup.path)
        if backup.reason.startswith(UPGRADE_REASON) and backup.reason not in upgrades:
            upgrades.add(backup.reason)
            kept.add(backup.path)
    return kept


def remember(folder: Path, source: Path, store: str) -> None:
    """Note in `folder` which identity the store at `source` has (a hint for when it cannot be read)."""
    if not store:
        return
    index = _index(folder)
    key = _index_key(source)
    if index.get(key) == store:
        return
    index[key] = store
    path = Path(folder) / INDEX
    try:
        handle, name = tempfile.mkstemp(prefix=".stores-", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as fh:
            json.dump({"stores": index}, fh, ensure_ascii=False, indent=1)
        os.replace(name, path)
    except OSError:
        pass  # only a hint; the identity in each backup is what counts


def verify(path: Path, full: bool = True) -> list[str]:
    """Problems `integrity_check` (or `quick_check`) finds in a SQLite file; [] when it is sound."""
    try:
        con = sqlite3.connect(sqlite_inspect_uri(Path(path)), uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = con.execute("PRAGMA integrity_check(20)" if full else "PRAGMA quick_check(20)").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


# ------------------------------------------------------------------------------------------ private


def _writable_folder(source: Path, folder: Path) -> Path:
    try:
        return private_dir(folder)
    except OSError as exc:
        raise BackupError(source, folder, "read_only", str(exc)) from exc


def _write_copy(source: Path, folder: Path) -> Path:
    """A copy in a hidden temporary file (0600, as mkstemp makes it) in `folder`, not yet checked."""
    if not source.is_file():
        raise BackupError(source, folder, "unreadable", "no such file")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{source.stem}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BackupError(source, folder, _os_reason(exc), str(exc)) from exc
    os.close(handle)
    temp = Path(name)
    try:
        _copy(source, temp, folder)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _check_and_sync(source: Path, temp: Path, folder: Path) -> None:
    """The copy passes integrity_check and is on disk, or BackupError (the caller deletes it)."""
    problems = verify(temp, full=True)
    if problems:
        raise BackupError(source, folder, "check_failed", "; ".join(problems[:3]))
    _fsync(temp)


def _copy(source: Path, temp: Path, folder: Path) -> None:
    try:
        src = sqlite3.connect(sqlite_inspect_uri(source), uri=True, timeout=15)
    except sqlite3.Error as exc:
        raise BackupError(source, folder, "unreadable", str(exc)) from exc
    try:
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
    except sqlite3.Error as exc:
        text = str(exc)
        reason = "disk_full" if "full" in text else "unreadable"
        raise BackupError(source, folder, reason, text) from exc
    finally:
        src.close()


def _move_into_place(temp: Path, folder: Path, stem: str, reason: str, now: dt.datetime, store: str) -> Backup:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    taken = now.replace(microsecond=0)
    mark = f".{identity.short(store)}" if store else ""
    # After the newest within this second, never in a gap rotation left: that would sort as the oldest.
    same = backups_of(folder, store) if store else [b for b in list_backups(folder, stem) if b.legacy]
    sequence = 1 + max((b.sequence for b in same if b.taken_at == taken), default=0)
    while True:
        target = folder / f"{stem}-{stamp}-{reason}{'' if sequence == 1 else f'-{sequence}'}{mark}{SUFFIX}"
        try:
            os.link(temp, target)  # never replaces: a name another process just took is skipped
        except FileExistsError:
            sequence += 1
            continue
        except OSError:  # no hard links here (FAT32 stick): the name was checked, then rename
            if target.exists():
                sequence += 1
                continue
            os.replace(temp, target)
        else:
            temp.unlink()
        break
    _fsync_dir(folder)
    return Backup(target, stem, taken, reason, sequence, identity.short(store) if store else "")


def _index(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((Path(folder) / INDEX).read_text(encoding="utf-8"))
        stores = data["stores"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {str(k): str(v) for k, v in stores.items()} if isinstance(stores, dict) else {}


def _index_key(source: Path) -> str:
    return os.path.normcase(str(Path(source).resolve()))


def _remove_stale_temps(folder: Path) -> None:
    limit = dt.datetime.now().timestamp() - STALE_TEMP_SECONDS
    for temp in folder.glob(".*.tmp"):
        try:
            if temp.stat().st_mtime < limit:
                temp.unlink()
        except OSError:
            pass


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "disk_full"
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return "read_only"
    return "unreadable"
