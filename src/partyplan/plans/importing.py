"""Store a parsed plan (from pasted text or a file) as one new plan, in one transaction: its sections
and items, each item's unit, people and period, its targets, and its office and date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Person, PlanKind
from partyplan.plans import service, targets

if TYPE_CHECKING:
    from partyplan.plans.text_import import ParsedItem, ParsedPlan, ParsedSection


def store_parsed(session: Session, parsed: ParsedPlan, year: int, *, kind: PlanKind = PlanKind.ANNUAL,
                 title: str | None = None, organization: str = "") -> int:
    """`organization` is the office's name, used when the document is not signed by one."""
    plan_id = service.create_plan(session, service.PlanData(
        year=year, title=(title or parsed.title or str(year)).strip()[:200], kind=kind,
        organization=(parsed.organization or organization)[:100], guiding_text=parsed.text, dated=parsed.dated))
    plan = service._get(session, service.Plan, plan_id)
    plan.notes = "\n".join(parsed.notes)
    people = _people_by_name(session)
    for section in parsed.sections:
        _store_section(session, plan_id, section, None, people)
    for line in parsed.targets:
        targets.add_target(session, plan_id, targets.TargetData(line.indicator, line.target_value, line.unit,
                                                                line.comparison, line.source))
    session.flush()
    return plan_id


def _people_by_name(session: Session) -> dict[str, int]:
    """Active people by name (the first recorded, when two share one): a responsible person is named."""
    found: dict[str, int] = {}
    for person_id, name in session.execute(select(Person.id, Person.name).where(Person.archived.is_(False))
                                           .order_by(Person.id)):
        found.setdefault(name, person_id)
    return found


def _store_section(session: Session, plan_id: int, section: ParsedSection, parent_id: int | None,
                   people: dict[str, int]) -> None:
    # A quarter heading's "number" is its ordinal word ("first season"): the title already says it.
    number = "" if section.quarter else section.number
    section_id = service.add_section(session, plan_id, section.title or section.number or "-", parent_id=parent_id,
                                     quarter=section.quarter, number=number, text=section.text)
    for item in section.items:
        _store_item(session, section_id, item, None, section.quarter, people)
    for child in section.sections:
        _store_section(session, plan_id, child, section_id, people)


def _store_item(session: Session, section_id: int, item: ParsedItem, parent_id: int | None,
                quarter: int | None, people: dict[str, int]) -> None:
    details = item.details
    fields: dict[str, object] = {}
    named: list[int] = []
    if details is not None:
        named = [people[name] for name in details.who if name in people]
        unit = "、".join(name for name in details.who if name not in people)  # the rest is the unit
        fields = {"responsible_unit": unit[:200], "quarter": details.quarter, "month": details.month,
                  "due_date": details.due_date, "recurrence": details.recurrence}
    item_id = service.add_item(session, section_id, item.text or item.number, parent_id=parent_id,
                               number=item.number, **fields)
    if named:
        service.set_item_people(session, item_id, named)
    for sub in item.items:
        _store_item(session, section_id, sub, item_id, quarter, people)
