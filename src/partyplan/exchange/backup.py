"""Copies of a SQLite store that are consistent even while the app has it open."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from partyplan.errors import ExportTargetError


def backup_to(source: Path, target: Path) -> Path:
    """Copy with SQLite's online backup into a temporary file beside the target, check it, then rename,
    so a USB stick pulled out half-way leaves no half backup under the chosen name."""
    folder = target.parent
    if not folder.is_dir():
        raise ExportTargetError(target, "no_folder")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except PermissionError as exc:
        raise ExportTargetError(target, "read_only") from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(temp)
        try:
            with dst:
                src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            src.close()
            dst.close()
        if verdict != "ok":
            raise ExportTargetError(target, "unreadable")
        try:
            os.replace(temp, target)
        except PermissionError as exc:
            raise ExportTargetError(target, "locked") from exc
    finally:
        temp.unlink(missing_ok=True)
    return target
