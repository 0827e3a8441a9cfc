"""Store a parsed plan (from pasted text or a file) as one new plan, in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from partyplan.db.models import PlanKind
from partyplan.plans import service

if TYPE_CHECKING:
    from partyplan.plans.text_import import ParsedItem, ParsedPlan, ParsedSection


def store_parsed(session: Session, parsed: ParsedPlan, year: int, *, kind: PlanKind = PlanKind.ANNUAL,
                 title: str | None = None, organization: str = "") -> int:
    plan_id = service.create_plan(session, service.PlanData(
        year=year, title=(title or parsed.title or str(year)).strip()[:200], kind=kind,
        organization=organization, guiding_text=parsed.text))
    plan = service._get(session, service.Plan, plan_id)
    plan.notes = "\n".join(parsed.notes)
    for section in parsed.sections:
        _store_section(session, plan_id, section, None)
    session.flush()
    return plan_id


def _store_section(session: Session, plan_id: int, section: ParsedSection, parent_id: int | None) -> None:
    # A quarter heading's "number" is its ordinal word ("first season"): the title already says it.
    number = "" if section.quarter else section.number
    section_id = service.add_section(session, plan_id, section.title or section.number or "-", parent_id=parent_id,
                                     quarter=section.quarter, number=number, text=section.text)
    for item in section.items:
        _store_item(session, section_id, item, None, section.quarter)
    for child in section.sections:
        _store_section(session, plan_id, child, section_id)


def _store_item(session: Session, section_id: int, item: ParsedItem, parent_id: int | None,
                quarter: int | None) -> None:
    item_id = service.add_item(session, section_id, item.text or item.number, parent_id=parent_id,
                               number=item.number)
    for sub in item.items:
        _store_item(session, section_id, sub, item_id, quarter)
