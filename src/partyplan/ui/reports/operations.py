"""Report > Yearly summary and File > Archive year: their calls into the report services.

The summary's figures are gathered in one unit of work (every area's part of the year); the notes the
office types for the year are kept with it. The archive is written off the GUI thread, in the units of
work it opens itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from partyplan.reports import archive, summary_data
from partyplan.ui.operations import AreaOperations

AREA = "reports"


class ReportsOperations(AreaOperations):
    area = AREA

    # the yearly summary or quarterly report
    def summary(self, period: summary_data.Period) -> summary_data.Summary:
        return self._read(summary_data.collect, period)

    def notes(self, year: int) -> str:
        return self._read(summary_data.load_notes, year)

    def save_notes(self, year: int, text: str) -> None:
        self._write(summary_data.save_notes, year, text)

    # the year's archive
    def archive_contents(self, year: int, language: str) -> tuple[list[archive.Job], list[str]]:
        """What the archive of `year` will hold and what is missing; reading only, quick on the GUI thread."""
        return self._read(archive.plan_jobs, year, language=language)

    def write_archive(self, year: int, folder: Path, *, as_zip: bool, language: str,
                      report: Callable[[float], None], stopped: Callable[[], bool]) -> archive.ArchiveResult:
        """Safe off the GUI thread: the archive opens its own sessions."""
        return archive.write_archive(self._ops.db, year, folder, as_zip=as_zip, language=language, report=report,
                                     stopped=stopped)
