"""Done / total per section, per quarter and for the whole plan, and which items are overdue.

A unit of work is an item (sub-points are part of their item), or one period of a recurring item,
so "enlarged committee meeting every quarter" counts four times. Cancelled work leaves the total.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from partyplan.db.models import ItemStatus, Recurrence
from partyplan.plans import periods
from partyplan.plans.service import ItemNode, PlanTree, SectionNode


@dataclass(frozen=True)
class Progress:
    done: int = 0
    total: int = 0

    @property
    def ratio(self) -> float:
        return self.done / self.total if self.total else 0.0

    def __add__(self, other: Progress) -> Progress:
        return Progress(self.done + other.done, self.total + other.total)


@dataclass(frozen=True)
class Unit:
    item_id: int
    quarter: int | None
    status: ItemStatus
    ends: dt.date | None


def units(item: ItemNode, year: int, section_quarter: int | None) -> list[Unit]:
    if item.recurrence is Recurrence.NONE:
        quarter = periods.item_quarter(item.quarter, item.month, item.due_date, section_quarter)
        ends = periods.period_end(year, quarter if item.month is None else None, item.month, item.due_date)
        return [Unit(item.id, quarter, item.status, ends)]
    return [
        Unit(item.id, periods.occurrence_quarter(item.recurrence, p),
             item.occurrences.get(p, (ItemStatus.NOT_STARTED, None))[0],
             periods.occurrence_end(year, item.recurrence, p))
        for p in periods.occurrence_periods(item.recurrence)
    ]


def progress_of(unit_list: list[Unit]) -> Progress:
    counted = [u for u in unit_list if u.status is not ItemStatus.CANCELLED]
    return Progress(sum(u.status is ItemStatus.DONE for u in counted), len(counted))


def walk(sections: list[SectionNode], quarter: int | None = None) -> Iterator[tuple[SectionNode, ItemNode, int | None]]:
    """Every top-level item with its section and the quarter it inherits from the nearest section."""
    for section in sections:
        inherited = section.quarter if section.quarter is not None else quarter
        for item in section.items:
            yield section, item, inherited
        yield from walk(section.sections, inherited)


def section_progress(tree: PlanTree, only_quarter: int | None = None) -> dict[int, Progress]:
    """Done / total per section (its sub-sections included); with `only_quarter`, the work of that quarter
    alone: work with no period is the whole year's, and counts in no single quarter."""
    result: dict[int, Progress] = {}

    def visit(section: SectionNode, quarter: int | None) -> Progress:
        inherited = section.quarter if section.quarter is not None else quarter
        total = progress_of([u for item in section.items for u in units(item, tree.plan.year, inherited)
                             if only_quarter is None or u.quarter == only_quarter])
        for child in section.sections:
            total = total + visit(child, inherited)
        result[section.id] = total
        return total

    for section in tree.sections:
        visit(section, None)
    return result


def quarter_progress(tree: PlanTree) -> dict[int | None, Progress]:
    """Quarters 1-4, and None for work with no period (the whole year)."""
    buckets: dict[int | None, list[Unit]] = {1: [], 2: [], 3: [], 4: []}
    for _section, item, quarter in walk(tree.sections):
        for unit in units(item, tree.plan.year, quarter):
            buckets.setdefault(unit.quarter, []).append(unit)
    return {key: progress_of(value) for key, value in buckets.items()}


def plan_progress(tree: PlanTree) -> Progress:
    return progress_of([u for _s, item, q in walk(tree.sections) for u in units(item, tree.plan.year, q)])


def is_overdue(item: ItemNode, year: int, section_quarter: int | None, today: dt.date) -> bool:
    return any(
        u.ends is not None and u.ends < today and u.status not in periods.CLOSED
        for u in units(item, year, section_quarter)
    )


def overdue_items(tree: PlanTree, today: dt.date) -> set[int]:
    return {item.id for _s, item, q in walk(tree.sections) if is_overdue(item, tree.plan.year, q, today)}
