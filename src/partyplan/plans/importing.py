"""Store a parsed plan (from pasted text or a file) as one new plan, in one transaction: its sections
and items, each item's unit, people and period, its targets, and its office and date.

Sections and items are written a level at a time, each level in one INSERT ... RETURNING, with their
positions counted here: adding them one by one through the service asked the database for the
section's highest position before every item, which made saving grow with the square of the items
(110,000 items did not finish in hours; see benchmarks/hostile_imports.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from partyplan.db.models import Person, PlanItem, PlanItemPerson, PlanKind, PlanSection, Recurrence
from partyplan.plans import service, targets

if TYPE_CHECKING:
    from partyplan.plans.text_import import ParsedItem, ParsedPlan, ParsedSection

SECTION_TITLE_MAX = 500  # the column's size; a longer heading keeps the rest in the section's text


def store_parsed(session: Session, parsed: ParsedPlan, year: int, *, kind: PlanKind = PlanKind.ANNUAL,
                 title: str | None = None, organization: str = "") -> int:
    """`organization` is the office's name, used when the document is not signed by one."""
    plan_id = service.create_plan(session, service.PlanData(
        year=year, title=(title or parsed.title or str(year)).strip()[:200], kind=kind,
        organization=(parsed.organization or organization)[:100], guiding_text=parsed.text, dated=parsed.dated))
    plan = service._get(session, service.Plan, plan_id)
    plan.notes = "\n".join(parsed.notes)
    session.flush()
    items = _store_sections(session, plan_id, parsed.sections)
    _store_items(session, items, _people_by_name(session))
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


def _store_sections(session: Session, plan_id: int, top: list[ParsedSection]) -> list[tuple[int, list[ParsedItem]]]:
    """Every section, a level at a time; returns each section's id with its items."""
    level: list[tuple[int | None, ParsedSection]] = [(None, section) for section in top]
    items: list[tuple[int, list[ParsedItem]]] = []
    while level:
        rows = [_section_row(plan_id, section, parent_id, position)
                for position, (parent_id, section) in _positions(level)]
        ids = _insert(session, PlanSection, rows)
        items += [(section_id, section.items) for section_id, (_, section) in zip(ids, level, strict=True)]
        level = [(section_id, child) for section_id, (_, section) in zip(ids, level, strict=True)
                 for child in section.sections]
    return items


def _store_items(session: Session, groups: list[tuple[int, list[ParsedItem]]], people: dict[str, int]) -> None:
    """Items under their sections, then their sub-points under them, a level at a time; then the people
    each item's bracket names."""
    level = [(section_id, None, item) for section_id, items in groups for item in items]
    named: list[dict[str, int]] = []
    while level:
        rows = [_item_row(section_id, parent_id, item, position, people)
                for position, (section_id, parent_id, item) in _positions(level)]
        ids = _insert(session, PlanItem, rows)
        for item_id, (_, _, item) in zip(ids, level, strict=True):
            who = item.details.who if item.details is not None else []
            named += [{"item_id": item_id, "person_id": person_id}
                      for person_id in dict.fromkeys(people[name] for name in who if name in people)]
        level = [(section_id, item_id, sub) for item_id, (section_id, _, item) in zip(ids, level, strict=True)
                 for sub in item.items]
    if named:
        session.execute(insert(PlanItemPerson), named)


def _item_row(section_id: int, parent_id: int | None, item: ParsedItem, position: int,
              people: dict[str, int]) -> dict[str, Any]:
    # Every row names every column: an executemany takes its columns from the first row's keys.
    row: dict[str, Any] = {"section_id": section_id, "parent_id": parent_id, "position": position,
                           "title": (item.text or item.number).strip(), "number": item.number,
                           "description": "", "responsible_unit": "", "quarter": None, "month": None,
                           "due_date": None, "recurrence": Recurrence.NONE}
    details = item.details
    if details is not None:
        unit = "、".join(name for name in details.who if name not in people)  # the rest is the unit
        row.update(service._checked({"responsible_unit": unit[:200], "quarter": details.quarter,
                                     "month": details.month, "due_date": details.due_date,
                                     "recurrence": details.recurrence}, service.ITEM_FIELDS))
    return row


def _positions(level: list[Any]) -> list[tuple[int, Any]]:
    """Each entry's place among the entries with the same owner (all its fields but the last: the
    parent section, or the section and parent item), counted from 0 as the service counts them."""
    seen: dict[Any, int] = {}
    placed = []
    for entry in level:
        owner = entry[:-1]
        seen[owner] = seen.get(owner, -1) + 1
        placed.append((seen[owner], entry))
    return placed


def _section_row(plan_id: int, section: ParsedSection, parent_id: int | None, position: int) -> dict[str, Any]:
    # A quarter heading's "number" is its ordinal word ("first season"): the title already says it.
    title = (section.title or section.number or "-").strip()
    text = section.text
    if len(title) > SECTION_TITLE_MAX:  # nothing is dropped: the rest of the heading goes to the text
        title, text = title[:SECTION_TITLE_MAX], "\n".join(filter(None, (title[SECTION_TITLE_MAX:], text)))
    return {"plan_id": plan_id, "parent_id": parent_id, "title": title, "quarter": section.quarter,
            "number": "" if section.quarter else section.number, "text": text, "position": position}


def _insert(session: Session, model: type, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
    return list(session.scalars(statement, rows))
