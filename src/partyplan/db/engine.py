"""From what the user typed (--db, PARTYPLAN_DB, nothing) to a configured SQLAlchemy engine."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from partyplan.errors import BadAddressError, LocationError, NotADatabaseError
from partyplan.settings import default_database_path

SQLITE_HEADER = b"SQLite format 3\x00"
ENV_VAR = "PARTYPLAN_DB"
# How long a write waits for another program's write to finish before it is refused (DatabaseBusyError).
BUSY_TIMEOUT_SECONDS = 15.0


def resolve_url(location: str | os.PathLike[str] | URL | None) -> URL:
    """A path means a SQLite file; anything with '://' is a URL (PostgreSQL for a shared server)."""
    if isinstance(location, URL):
        location = location.render_as_string(hide_password=False)
    text = os.fspath(location) if location else os.environ.get(ENV_VAR, "")
    if not text:
        return sqlite_url(default_database_path())
    if "://" in text:
        return server_url(text)
    return sqlite_url(Path(text).expanduser())


SERVER_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg",
                  "postgresql+psycopg": "postgresql+psycopg", "sqlite": "sqlite", "sqlite+pysqlite": "sqlite+pysqlite"}


def server_url(text: str) -> URL:
    """A URL typed by a person: refused with a reason (BadAddressError) rather than a traceback from
    the URL parser or a driver that is not installed."""
    shown = _without_password(text)
    try:
        url = make_url(text)
    except (ValueError, ArgumentError) as exc:
        raise BadAddressError(shown, "port" if "int()" in str(exc) and "[" not in text else "malformed") from exc
    driver = SERVER_DRIVERS.get(url.drivername)
    if driver is None:
        raise BadAddressError(shown, "driver")
    try:
        port = url.port
    except ValueError as exc:
        raise BadAddressError(shown, "port") from exc
    if port is not None and not 1 <= port <= 65535:
        raise BadAddressError(shown, "port")
    if "[" in (url.host or "") or "]" in (url.host or ""):
        raise BadAddressError(shown, "malformed")
    return url.set(drivername=driver)


def _without_password(text: str) -> str:
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", text)


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path.resolve()))


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def sqlite_readonly_uri(path: Path) -> str:
    """A `file:` URI (percent-encoded, so '#' or '?' in a folder name stay part of the path) opening read-only."""
    return sqlite_file_uri(Path(path).resolve()) + "?mode=ro"


def sqlite_file_uri(path: PurePath) -> str:
    r"""The `file:` URI SQLite accepts for an absolute path, on Windows as well as here.

    `Path.as_uri()` writes a share as `file://server/share/x`, and SQLite refuses any URI authority but
    an empty one or "localhost" (sqlite.org/uri.html), so a store on a share, or on a mapped drive that
    `resolve()` turned into its share, failed every read-only open and was reported damaged. SQLite
    takes `file:///Z:/x` for a drive and `file:////server/share/x` (the UNC path in the URI's path) for
    a share; `\\?\` long-path prefixes are dropped first. Pure, so tests check Windows paths as strings.
    """
    if isinstance(path, PureWindowsPath):
        text = str(path)
        if text.startswith("\\\\?\\UNC\\"):
            text = "\\\\" + text[8:]
        elif text.startswith("\\\\?\\"):
            text = text[4:]
        text = text.replace("\\", "/")
        if text.startswith("//"):  # \\server\share\x -> ////server/share/x
            return "file://" + quote(text, safe="/")
        drive, rest = text[:2], text[2:]
        if len(drive) == 2 and drive[1] == ":":
            return f"file:///{drive}" + quote(rest, safe="/")
        raise ValueError(f"not an absolute Windows path: {path}")
    if not path.is_absolute():
        raise ValueError(f"not an absolute path: {path}")
    return "file://" + quote(os.fsencode(str(path)), safe="/")


def sqlite_inspect_uri(path: Path) -> str:
    """For a short, read-only look at a file (a check, a preview, a copy) that must leave nothing beside it.

    Even a read-only connection to a file in WAL mode creates `-wal` and `-shm` beside it, which then
    stay (a reader cannot clean up), and in a read-only folder it cannot create them and fails, which
    used to be reported as damage. When no `-wal` is there, no connection has the file open and every
    committed change is in the file itself, so it is opened `immutable`: nothing is created. When one
    is there, the file is in use (or a writer died): it is opened normally, to see what the journal holds."""
    uri = sqlite_readonly_uri(path)
    if is_wal_file(path) and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def is_wal_file(path: Path) -> bool:
    """The header's read and write versions are 2 in a file left in WAL mode."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(20)
    except OSError:
        return False
    return len(header) == 20 and header.startswith(SQLITE_HEADER) and header[18] == 2 and header[19] == 2


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


# Folders a sync client copies to the cloud and to the user's other PCs, by the names they create.
SYNC_FOLDER_NAMES = ("onedrive", "dropbox", "google drive", "googledrive", "icloud drive", "iclouddrive",
                     "nutstore", "坚果云", "baidusyncdisk", "百度网盘", "百度云同步盘", "wps云盘", "wpsdrive")
SYNC_ENV_VARS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")  # set by Windows' OneDrive client


def synced_folder(path: PurePath, environ: Mapping[str, str] | None = None) -> str | None:
    """The sync service whose folder holds `path` (OneDrive, Dropbox, ...), or None.

    A live SQLite file with its -wal and -shm beside it is unsafe there: the client uploads and
    replaces the three files at different moments, and a copy synced from another PC overwrites this
    one. Pure (a Windows path and an environment can be given), so tests check Windows' own layout."""
    environ = os.environ if environ is None else environ
    windows = isinstance(path, PureWindowsPath)
    text = str(path).casefold() if windows else str(path)
    for var in SYNC_ENV_VARS:
        root = environ.get(var, "")
        if root:
            root = str(PureWindowsPath(root)).casefold() if windows else root
            if text == root or text.startswith(root.rstrip("\\/") + ("\\" if windows else "/")):
                return "OneDrive"
    for part in path.parts[:-1]:
        name = part.casefold()
        for known in SYNC_FOLDER_NAMES:
            if name == known or name.startswith(known + " - ") or name.startswith(known + " ("):
                return part.split(" - ")[0].split(" (")[0]
    return None


def _mount_fstype(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
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
    from partyplan.district.connection import DEFAULT_TIMEOUT, with_password

    connect_args = {} if "connect_timeout" in url.query else {"connect_timeout": DEFAULT_TIMEOUT}
    return create_engine(with_password(url), pool_pre_ping=True, connect_args=connect_args)


def sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
    cursor.close()
