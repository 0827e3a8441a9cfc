"""Writing files so that a failed export never leaves a half-written or destroyed file behind."""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from partyplan.errors import ExportTargetError

PRIVATE = 0o600
DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@contextmanager
def atomic_write(path: Path, suffix: str, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary file next to `path`; it replaces `path` only if the block succeeds.

    The temporary file sits in the same folder so that os.replace is a rename on one volume (atomic,
    never a copy). If anything fails, the old file is still there, unchanged, and the temporary file is
    gone. Failures the user can fix are raised as ExportTargetError with a reason code (a full disk is
    "disk_full", whatever was writing).

    The temporary file is readable by its owner only while it is written, so a process killed half-way
    leaves no personal data readable by others; the finished file gets `mode`, by default what the
    user's umask gives any new file (0600 when the umask cannot be read)."""
    path = Path(path)
    temp = _make_temp(path, suffix)
    try:
        try:
            yield temp
        except OSError as exc:
            if exc.errno in DISK_FULL:
                raise ExportTargetError(path, "disk_full") from exc
            raise
        _set_mode(temp, new_file_mode() if mode is None else mode)
        _replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def new_file_mode() -> int:
    """The permissions the user's umask gives a new file (0666 & ~umask), read without changing the umask
    (os.umask would, for a moment, for every thread); PRIVATE where it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return PRIVATE


def new_folder_mode() -> int:
    return (new_file_mode() | ((new_file_mode() & 0o444) >> 2)) & 0o777  # x wherever r


def _set_mode(path: Path, mode: int) -> None:
    if os.name == "posix":  # Windows keeps a user's files private by the folder's ACL; chmod only sets read-only
        os.chmod(path, mode)


def _make_temp(path: Path, suffix: str) -> Path:
    if path.is_dir():
        raise ExportTargetError(path, "is_directory")
    if not path.parent.is_dir():
        raise ExportTargetError(path, "no_folder")
    try:
        handle, name = tempfile.mkstemp(suffix=suffix, prefix=f".{path.stem}-", dir=path.parent)  # 0600
    except PermissionError as exc:
        raise ExportTargetError(path, "read_only") from exc
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise ExportTargetError(path, "read_only") from exc
        if exc.errno in DISK_FULL:
            raise ExportTargetError(path, "disk_full") from exc
        raise
    os.close(handle)
    return Path(name)


# Windows refuses to replace a file another program has open: Excel or Word for as long as it is
# open, but an antivirus scan, the search indexer or OneDrive for a moment only, just after the file
# was written. Those moments are waited out (about 2 s in all) before the user is told it is open.
RETRY_WAITS = (0.1, 0.2, 0.3, 0.5, 0.9)
SHARING_ERRORS = {5, 32, 33}  # ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def replace_retrying(source: Path, target: Path) -> None:
    """os.replace, tried again over about two seconds while Windows says another program holds the file."""
    for wait in (*RETRY_WAITS, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if wait is None or getattr(exc, "winerror", None) not in SHARING_ERRORS:
                raise
            time.sleep(wait)


def _replace(temp: Path, path: Path) -> None:
    """On Windows a file open in Excel or Word cannot be replaced: that is the usual 'locked' case."""
    try:
        replace_retrying(temp, path)
    except IsADirectoryError as exc:
        raise ExportTargetError(path, "is_directory") from exc
    except PermissionError as exc:
        raise ExportTargetError(path, "locked") from exc


def readable_by_others(path: Path, environ: dict[str, str] | None = None) -> bool:
    """Can other users of this computer (or of a network) open `path`? Answered where it is cheap:
    POSIX permission bits; on Windows a folder under Public (%PUBLIC%) or a network share. NTFS
    permissions elsewhere are not read (a user's own folders under C:\\Users are private by default:
    README, "Personal data")."""
    environ = dict(os.environ) if environ is None else environ
    path = Path(path)
    if os.name == "nt":  # pragma: no cover - Windows only (the rule itself is tested as a string rule)
        return public_windows_path(str(path.resolve()), environ)
    try:
        mode = path.stat().st_mode
        folder = path.parent.stat().st_mode
    except OSError:
        return False
    return bool(mode & 0o044) and bool(folder & 0o011)


def public_windows_path(text: str, environ: dict[str, str]) -> bool:
    """A Windows path every user (Public) or every PC of a network (a share) can read."""
    lowered = text.replace("/", "\\").casefold()
    public = environ.get("PUBLIC", r"C:\Users\Public").replace("/", "\\").casefold().rstrip("\\")
    return lowered.startswith("\\\\") or lowered == public or lowered.startswith(public + "\\")
