"""The business rules the forms check, applied to each record of a data file before it is imported.

`data_file.validate_document` checks what the schema says (types, lengths, required fields, keys,
references); a record can pass all of that and still be something no form would have let in: a plan
of the year 99999, an item in quarter 9, a section that is its own parent, a phone number of letters,
a resident ID whose check digit is wrong. Such a record would break the screens and reports that
trust those rules, so it is refused here, named by its place in the file (`plan_items[4].quarter`).

The people's rules are the forms' own (`people.validation`); the others repeat the ranges that the
services check, each named after the service's rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from partyplan.people import validation as people_rules

YEARS = (1949, 2200)  # as the plan, roster and evaluation services and the command line's --year
Row = dict[str, Any]
# (column, code, detail) for each problem of a row
Check = Callable[[Row], Iterator[tuple[str, str, str]]]


def check(rows: dict[str, list[Row]], add: Callable[[str, str, str], None], index_key: str) -> None:
    """Report every rule a record breaks as `add("table[i].column", code, detail)`."""
    for table, checks in RULES.items():
        for row in rows.get(table, []):
            for rule in checks:
                for column, code, detail in rule(row):
                    add(f"{table}[{row[index_key]}].{column}" if column else f"{table}[{row[index_key]}]", code, detail)


def _between(column: str, low: int, high: int) -> Check:
    def rule(row: Row) -> Iterator[tuple[str, str, str]]:
        value = row.get(column)
        if isinstance(value, int) and not low <= value <= high:
            yield column, "not_between", f"{low}–{high}"
    return rule


def _plan(row: Row) -> Iterator[tuple[str, str, str]]:
    if isinstance(row.get("title"), str) and not row["title"].strip():
        yield "title", "required", ""
    start, end = row.get("year"), row.get("end_year")
    if isinstance(start, int) and isinstance(end, int) and end < start:
        yield "end_year", "before", str(start)


def _person(row: Row) -> Iterator[tuple[str, str, str]]:
    data = people_rules.PersonData(
        name=row.get("name") or "", birth_date=row.get("birth_date"), phone=row.get("phone"),
        id_number=row.get("id_number"), address=row.get("address"), household=row.get("household"),
        unit=row.get("unit"), joined_date=row.get("joined_date"))
    for problem in people_rules.problems(people_rules.normalize(data)):
        if problem.field in row:  # a field that could not be read at all is already reported
            yield problem.field, "person_rule", problem.code


def _phone(column: str) -> Check:
    def rule(row: Row) -> Iterator[tuple[str, str, str]]:
        value = (row.get(column) or "").strip()
        if value:
            digits = people_rules.normalize(people_rules.PersonData(name="-", phone=value)).phone or ""
            if not (digits.lstrip("+").isdigit() and 5 <= len(digits.lstrip("+")) <= 15):
                yield column, "person_rule", "phone_digits"
    return rule


def _shift(row: Row) -> Iterator[tuple[str, str, str]]:
    needed, required = row.get("needed"), row.get("required_count")
    if isinstance(needed, int) and isinstance(required, int) and required > needed:
        yield "required_count", "over", str(needed)


def _not_own(column: str, own: str) -> Check:
    def rule(row: Row) -> Iterator[tuple[str, str, str]]:
        if row.get(column) is not None and row.get(column) == row.get(own):
            yield column, "own_parent", ""
    return rule


def _not_before(column: str, start: str) -> Check:
    def rule(row: Row) -> Iterator[tuple[str, str, str]]:
        first, then = row.get(start), row.get(column)
        if isinstance(first, dt.date) and isinstance(then, dt.date) and then < first:
            yield column, "before", first.isoformat()
    return rule


def _not_negative(*columns: str) -> Check:
    def rule(row: Row) -> Iterator[tuple[str, str, str]]:
        for column in columns:
            value = row.get(column)
            if isinstance(value, (int, float)) and value < 0:
                yield column, "not_between", "0–"
    return rule


RULES: dict[str, tuple[Check, ...]] = {
    "people": (_person,),
    "plans": (_between("year", *YEARS), _between("end_year", *YEARS), _plan),
    "plan_sections": (_between("quarter", 1, 4),),  # a section or item that is its own parent: data_file
    "plan_items": (_between("quarter", 1, 4), _between("month", 1, 12)),
    "plan_item_occurrences": (_between("period", 1, 12),),
    "rosters": (_between("year", *YEARS), _between("month", 1, 12), _between("version", 1, 10_000)),
    "calendar_years": (_between("year", *YEARS),),
    "shift_types": (_between("needed", 1, 20), _shift),
    "duty_members": (_between("max_per_month", 0, 31), _not_own("backup_id", "person_id")),
    "duty_absences": (_not_before("end", "start"),),
    "duty_log_entries": (_phone("contact"), _not_before("follow_up_due", "day")),
    "evaluations": (_between("year", *YEARS),
                    _not_negative("ballots_cast")),
    "commendations": (_between("evaluation_year", *YEARS),),
    "training_sessions": (_not_before("end", "start"), _not_negative("days", "class_hours")),
}
