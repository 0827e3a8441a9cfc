"""The Plans tab's calls into the plan services: one unit of work each, then `changed("plans")`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from partyplan.enums import ItemStatus
from partyplan.plans import copying, importing, progress, service, targets
from partyplan.plans.service import PlanData, PlanSummary, PlanTree
from partyplan.ui.operations import AreaOperations

if TYPE_CHECKING:
    from partyplan.plans.text_import import ParsedPlan

AREA = "plans"


class PlanOperations(AreaOperations):
    area = AREA

    # plans
    def list(self) -> list[PlanSummary]:
        return self._read(service.list_plans)

    def tree(self, plan_id: int) -> PlanTree:
        return self._read(service.load_tree, plan_id)

    def create(self, data: PlanData) -> int:
        return self._write(service.create_plan, data)

    def update(self, plan_id: int, data: PlanData) -> None:
        self._write(service.update_plan, plan_id, data)

    def delete(self, plan_id: int) -> None:
        self._write(service.delete_plan, plan_id)

    def copy_to(self, plan_id: int, year: int) -> int:
        return self._write(copying.copy_plan, plan_id, year)

    def store_parsed(self, parsed: ParsedPlan, year: int, **kwargs) -> int:  # type: ignore[no-untyped-def]
        return self._write(importing.store_parsed, parsed, year, **kwargs)

    # sections and items
    def add_section(self, plan_id: int, title: str, **kwargs) -> int:  # type: ignore[no-untyped-def]
        return self._write(service.add_section, plan_id, title, **kwargs)

    def add_item(self, section_id: int, title: str, **kwargs) -> int:  # type: ignore[no-untyped-def]
        return self._write(service.add_item, section_id, title, **kwargs)

    def update_item(self, item_id: int, changes: dict[str, object], *, expected_version: int | None = None) -> None:
        self._write(service.update_item, item_id, changes, expected_version=expected_version)

    def update_section(self, section_id: int, changes: dict[str, object], *,
                       expected_version: int | None = None) -> None:
        self._write(service.update_section, section_id, changes, expected_version=expected_version)

    def set_people(self, item_id: int, person_ids: list[int]) -> None:
        self._write(service.set_item_people, item_id, person_ids)

    def set_occurrence(self, item_id: int, period: int, status: ItemStatus) -> None:
        self._write(service.set_occurrence, item_id, period, status)

    def add_note(self, item_id: int, text: str, noted_on: dt.date | None = None) -> int:
        return self._write(service.add_note, item_id, text, noted_on)

    def delete_note(self, note_id: int) -> None:
        self._write(service.delete_note, note_id)

    def set_deleted(self, kind: str, key: int, deleted: bool) -> None:
        self._write(service.set_deleted, kind, key, deleted)

    def move_item(self, item_id: int, section_id: int, position: int) -> None:
        self._write(service.move_item, item_id, section_id, position)

    def move_section(self, section_id: int, position: int) -> None:
        self._write(service.move_section, section_id, position)

    # targets
    def targets(self, plan_id: int, year: int) -> list[targets.TargetRow]:
        return self._read(targets.list_targets, plan_id, year)

    def add_target(self, plan_id: int, data: targets.TargetData) -> int:
        return self._write(targets.add_target, plan_id, data)

    def update_target(self, target_id: int, data: targets.TargetData) -> None:
        self._write(targets.update_target, target_id, data)

    def delete_target(self, target_id: int) -> None:
        self._write(targets.delete_target, target_id)

    def add_actual(self, target_id: int, value: float, measured_on: dt.date, note: str = "") -> int:
        return self._write(targets.add_actual, target_id, value, measured_on, note)

    # exports
    def export_docx(self, plan_id: int, path: Path) -> None:
        from partyplan.plans import export

        self._read(export.write_docx, plan_id, path)

    def export_xlsx(self, plan_id: int, path: Path, language: str) -> None:
        from partyplan.plans import export

        self._read(export.write_xlsx, plan_id, path, language=language)

    # read-only figures
    @staticmethod
    def section_progress(tree: PlanTree) -> dict[int, progress.Progress]:
        return progress.section_progress(tree)
