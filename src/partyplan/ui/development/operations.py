"""Member development's calls into the development services: one unit of work each, then
`changed("development")`, and `changed("people")` when the service says an admission made or unmade a
party member."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from partyplan.development import checklist, due, pipeline, rules, stats
from partyplan.development.pipeline import CaseDetail, StepData
from partyplan.ui.operations import AreaOperations

if TYPE_CHECKING:
    from partyplan.people.service import PersonRow

AREA = "development"


class DevelopmentOperations(AreaOperations):
    area = AREA

    # files and steps
    def pipeline(self, today: dt.date) -> list[due.PipelineRow]:
        return self._read(due.pipeline, today)

    def case(self, case_id: int) -> CaseDetail:
        return self._read(pipeline.case_detail, case_id)

    def checklist(self, case_id: int, today: dt.date) -> checklist.Checklist:
        return self._read(checklist.checklist, case_id, today)

    def open_case(self, person_id: int, day: dt.date, *, by_id: int | None = None, note: str = "",
                  justification: str = "", today: dt.date | None = None) -> int:
        return self._write(pipeline.open_case, person_id, day, by_id=by_id, note=note, justification=justification,
                           today=today)

    def add_step(self, case_id: int, data: StepData, today: dt.date | None = None, *,
                 expected_version: int | None = None) -> int:
        return self._write(pipeline.add_step, case_id, data, today=today, expected_version=expected_version)

    def delete_last_step(self, case_id: int) -> bool:
        return self._write(pipeline.delete_last_step, case_id)

    # the to-do list and the figures
    def due(self, today: dt.date, horizon_days: int = due.HORIZON_DAYS) -> list[due.DueItem]:
        return self._read(due.due_list, today, horizon_days)

    def stats(self, year: int, today: dt.date) -> tuple[stats.YearStats, list[stats.TargetLine]]:
        def both(session):  # type: ignore[no-untyped-def]
            figures = stats.year_stats(session, year, today)
            return figures, stats.against_targets(session, figures)

        return self._read(both)

    # rules
    def rules(self) -> rules.Rules:
        return self._read(rules.load_rules)

    def save_rules(self, value: rules.Rules) -> None:
        self._write(rules.save_rules, value)

    # choices for the step dialog
    def people(self) -> list[PersonRow]:
        return self._ops.people()

    def people_with_open_files(self) -> set[int]:
        return self._read(pipeline.people_with_open_files)

    def meetings(self) -> list[tuple[int, dt.date, str]]:
        return self._read(pipeline.meeting_choices)

    # exports
    def export_register(self, path: Path, language: str, today: dt.date | None = None) -> Path:
        from partyplan.development import export  # python-docx and openpyxl: on the first export

        return self._read(export.write_register_xlsx, path, language=language, today=today)

    def export_record(self, case_id: int, path: Path, language: str, today: dt.date | None = None) -> Path:
        from partyplan.development import export

        return self._read(export.write_record_docx, case_id, path, language=language, today=today)

    def export_checklist(self, case_ids: list[int], path: Path, language: str, today: dt.date | None = None) -> Path:
        """The standard checklist of each file, one page per member, in the order given."""
        from partyplan.development import checklist_docx

        return self._read(checklist_docx.write_checklist_docx, case_ids, path, language=language, today=today)
