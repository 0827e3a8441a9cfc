"""Copy a plan into another year: the structure and the work carry over, this year's results do not."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import ItemStatus, Plan, PlanItem, PlanItemPerson, PlanSection, PlanTarget
from partyplan.plans.service import _get


def copy_plan(session: Session, plan_id: int, year: int, title: str | None = None) -> int:
    """Items restart as not started with no notes or dates of completion; recurring items stay recurring;
    due dates move by the same number of years; targets are kept without their actual values."""
    source = _get(session, Plan, plan_id)
    shift = year - source.year
    copy = Plan(year=year, end_year=source.end_year + shift if source.end_year else None, kind=source.kind,
                organization=source.organization, guiding_text=source.guiding_text, notes="",
                title=title or _retitle(source.title, source.year, year))
    session.add(copy)
    session.flush()
    section_map: dict[int, int] = {}
    for section in _parents_first(_live(session, select(PlanSection).where(PlanSection.plan_id == plan_id),
                                        PlanSection)):
        if section.parent_id is not None and section.parent_id not in section_map:
            continue  # its parent section was deleted
        parent = section_map.get(section.parent_id) if section.parent_id else None
        new = PlanSection(plan_id=copy.id, parent_id=parent, position=section.position, number=section.number,
                          title=section.title, text=section.text, quarter=section.quarter)
        session.add(new)
        session.flush()
        section_map[section.id] = new.id
    _copy_items(session, section_map, shift)
    for target in session.scalars(select(PlanTarget).where(PlanTarget.plan_id == plan_id)):
        session.add(PlanTarget(plan_id=copy.id, position=target.position, indicator=target.indicator,
                               unit=target.unit, comparison=target.comparison, target_value=target.target_value,
                               source=target.source))
    session.flush()
    return copy.id


def _copy_items(session: Session, section_map: dict[int, int], shift: int) -> None:
    items = _live(session, select(PlanItem).where(PlanItem.section_id.in_(section_map)), PlanItem)
    item_map: dict[int, int] = {}
    for item in _parents_first(items):
        if item.parent_id is not None and item.parent_id not in item_map:
            continue
        new = PlanItem(
            section_id=section_map[item.section_id], parent_id=item_map.get(item.parent_id) if item.parent_id else None,
            position=item.position, number=item.number, title=item.title, description=item.description,
            responsible_unit=item.responsible_unit, quarter=item.quarter, month=item.month,
            due_date=_shift(item.due_date, shift), recurrence=item.recurrence, status=ItemStatus.NOT_STARTED,
        )
        new.people = [PlanItemPerson(person_id=link.person_id) for link in item.people]
        session.add(new)
        session.flush()
        item_map[item.id] = new.id


def _parents_first(rows: list) -> list:  # type: ignore[type-arg]
    """Order rows so that every parent comes before its children, at any depth."""
    by_id = {row.id: row for row in rows}

    def depth(row) -> int:  # type: ignore[no-untyped-def]
        n = 0
        while row.parent_id is not None and row.parent_id in by_id:
            row, n = by_id[row.parent_id], n + 1
        return n

    return sorted(rows, key=lambda r: (depth(r), r.position, r.id))


def _live(session: Session, query, model):  # type: ignore[no-untyped-def]
    return list(session.scalars(query.where(model.deleted.is_(False)).order_by(model.parent_id.is_not(None),
                                                                              model.position, model.id)))


def _shift(day: dt.date | None, years: int) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def _retitle(title: str, old: int, new: int) -> str:
    return title.replace(str(old), str(new)) if str(old) in title else f"{title} ({new})"
