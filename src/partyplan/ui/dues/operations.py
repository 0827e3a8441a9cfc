"""The dues page's calls into the dues services: one unit of work each, then `changed("dues")`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from partyplan.dues import register, rules, service
from partyplan.dues.rules import DuesRules
from partyplan.dues.service import BaseData, BaseRow, BulkResult, DuesLine, Unpaid
from partyplan.ui.operations import AreaOperations

AREA = "dues"


class DuesOperations(AreaOperations):
    area = AREA

    def lines(self, year: int) -> list[DuesLine]:
        return self._read(service.year_lines, year)

    def unpaid(self, year: int, through: int) -> list[Unpaid]:
        return self._read(service.unpaid, year, through) if through >= 1 else []

    def record_payment(self, person_id: int, year: int, month: int, paid_on: dt.date) -> int:
        return self._write(service.record_payment, person_id, year, month, paid_on, today=paid_on)

    def undo_payment(self, person_id: int, year: int, month: int) -> None:
        self._write(service.undo_payment, person_id, year, month)

    def bulk_paid(self, person_ids: list[int], year: int, month: int, paid_on: dt.date) -> BulkResult:
        return self._write(service.bulk_paid, person_ids, year, month, paid_on, today=paid_on)

    def bases(self, year: int, person_id: int) -> list[BaseRow]:
        return self._read(service.bases, year, person_id)

    def set_base(self, person_id: int, year: int, data: BaseData) -> int:
        return self._write(service.set_base, person_id, year, data)

    def rules(self) -> DuesRules:
        return self._read(rules.load_rules)

    def save_rules(self, new: DuesRules) -> None:
        self._write(rules.save_rules, new)

    def export_register(self, year: int, path: Path, language: str, today: dt.date) -> Path:
        return self._read(register.write_register_xlsx, year, path, language=language, today=today)
