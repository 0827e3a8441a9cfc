"""Copies of a SQLite store that are consistent even while the app has it open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from partyplan.db.engine import sqlite_inspect_uri
from partyplan.errors import ExportTargetError
from partyplan.files import atomic_write


def backup_to(source: Path, target: Path) -> Path:
    """SQLite's online backup into a temporary file beside the target, checked, then renamed, so a USB
    stick pulled out half-way leaves no half backup under the chosen name."""
    with atomic_write(target, ".sqlite3") as temp:
        src = sqlite3.connect(sqlite_inspect_uri(source), uri=True)
        try:
            dst = sqlite3.connect(temp)
            try:
                with dst:
                    src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
                verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dst.close()
        except sqlite3.Error as exc:  # SQLite writes the copy itself: a full stick is its error, not an OSError
            full = "full" in str(exc)
            raise ExportTargetError(target, "disk_full" if full else "unreadable") from exc
        finally:
            src.close()
        if verdict != "ok":
            raise ExportTargetError(target, "unreadable")
    return target
