"""Writing files so that a failed export never leaves a half-written or destroyed file behind."""

from __future__ import annotations

import errno
import os
import tempfile
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


def _replace(temp: Path, path: Path) -> None:
    """On Windows a file open in Excel or Word cannot be replaced: that is the usual 'locked' case."""
    try:
        os.replace(temp, path)
    except IsADirectoryError as exc:
        raise ExportTargetError(path, "is_directory") from exc
    except PermissionError as exc:
        raise ExportTargetError(path, "locked") from exc
