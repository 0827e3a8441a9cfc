"""Where the user's data lives on this PC (platformdirs), apart from what Qt keeps for the window."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from platformdirs import user_cache_path, user_data_path

from partyplan.errors import LocationError

APP_NAME = "PartyPlan"
APP_AUTHOR = "PartyPlan"


def data_dir_path() -> Path:
    """Where the data folder is, without creating it (for saying so)."""
    override = os.environ.get("PARTYPLAN_HOME")
    return Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR, roaming=False)


def data_dir() -> Path:
    """The folder for the default database and its backups; `PARTYPLAN_HOME` overrides it (tests, USB use).
    LocationError when it cannot be made or used (no permission, a file in its place)."""
    path = data_dir_path()
    return _usable(path, tighten=not os.environ.get("PARTYPLAN_HOME"))  # a folder the user chose keeps its permissions


def cache_dir() -> Path:
    """Rebuildable things (matplotlib's font list): the user's cache folder, or `PARTYPLAN_HOME/cache`."""
    override = os.environ.get("PARTYPLAN_HOME")
    path = Path(override) / "cache" if override else user_cache_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "partyplan.sqlite3"


def backups_dir() -> Path:
    return _usable(data_dir() / "backups")


def _usable(path: Path, tighten: bool = True) -> Path:
    try:
        return private_dir(path, tighten)
    except OSError as exc:
        if isinstance(exc, (FileExistsError, NotADirectoryError)):
            raise LocationError(path, "not_a_folder") from exc
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            raise LocationError(path, "read_only") from exc
        raise LocationError(path, "unreadable") from exc


def private_dir(path: Path, tighten: bool = True) -> Path:
    """Create `path` readable by this user only (0700 on POSIX): it holds personal data. With `tighten`,
    an existing folder is narrowed too (installations made before this rule). Windows keeps a user's
    AppData private already; there chmod only sets the read-only flag, so it is left alone."""
    existed = path.is_dir()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and (tighten or not existed):
        try:
            if path.stat().st_mode & 0o777 != 0o700:
                os.chmod(path, 0o700)
        except OSError:
            pass  # a folder we do not own (a shared USB mount): still usable, just not narrowed
    return path
