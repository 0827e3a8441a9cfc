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


@contextmanager
def atomic_write(path: Path, suffix: str) -> Iterator[Path]:
    """Yield a temporary file next to `path`; it replaces `path` only if the block succeeds.

    The temporary file sits in the same folder so that os.replace is a rename on one volume (atomic,
    never a copy). If anything fails, the old file is still there, unchanged, and the temporary file is
    gone. Failures the user can fix are raised as ExportTargetError with a reason code.
    """
    path = Path(path)
    temp = _make_temp(path, suffix)
    try:
        yield temp
        _replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _make_temp(path: Path, suffix: str) -> Path:
    if path.is_dir():
        raise ExportTargetError(path, "is_directory")
    if not path.parent.is_dir():
        raise ExportTargetError(path, "no_folder")
    try:
        handle, name = tempfile.mkstemp(suffix=suffix, prefix=f".{path.stem}-", dir=path.parent)
    except PermissionError as exc:
        raise ExportTargetError(path, "read_only") from exc
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise ExportTargetError(path, "read_only") from exc
        raise
    os.close(handle)
    # mkstemp makes the file readable by its owner only; an export is meant to be shared and opened.
    os.chmod(name, 0o644)
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
