"""From what the user typed (--db, PARTYPLAN_DB, nothing) to a configured SQLAlchemy engine."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from partyplan.errors import LocationError, NotADatabaseError
from partyplan.settings import default_database_path

SQLITE_HEADER = b"SQLite format 3\x00"
ENV_VAR = "PARTYPLAN_DB"
# How long a write waits for another program's write to finish before it is refused (DatabaseBusyError).
BUSY_TIMEOUT_SECONDS = 15.0


def resolve_url(location: str | os.PathLike[str] | None) -> URL:
    """A path means a SQLite file; anything with '://' is a URL (PostgreSQL for a shared server)."""
    text = os.fspath(location) if location else os.environ.get(ENV_VAR, "")
    if not text:
        return sqlite_url(default_database_path())
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    return sqlite_url(Path(text).expanduser())


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path.resolve()))


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def sqlite_readonly_uri(path: Path) -> str:
    """A `file:` URI (percent-encoded, so '#' or '?' in a folder name stay part of the path) opening read-only."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def check_sqlite_file(path: Path) -> None:
    """Refuse before SQLAlchemy touches anything: a wrong file must stay byte-for-byte as it was."""
    if path.is_dir():
        raise LocationError(path, "is_directory")
    if path.exists():
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise LocationError(path, "unreadable") from exc
        if header and header != SQLITE_HEADER:
            raise NotADatabaseError(path)
        if not os.access(path, os.W_OK):
            raise LocationError(path, "read_only")
    else:
        parent = path.parent
        if not parent.is_dir():
            raise LocationError(path, "no_folder")
        if not os.access(parent, os.W_OK):
            raise LocationError(path, "read_only")


def is_network_path(path: Path) -> bool:
    """WAL needs every process on one host; a file on a share corrupts when two PCs write it."""
    text = str(path)
    if sys.platform == "win32":
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE
    return _mount_fstype(path) in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p"}


def _mount_fstype(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, fstype = "", ""
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (target == parts[1] or target.startswith(parts[1].rstrip("/") + "/")):
            if len(parts[1]) > len(best):
                best, fstype = parts[1], parts[2]
    return fstype


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
        event.listen(engine, "connect", sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
    cursor.close()
