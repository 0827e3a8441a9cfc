"""Plans, their sections and items: the only place that writes the plan tables.

Items and sections are deleted softly so that Undo can bring them back exactly as they were.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partyplan.db import concurrency
from partyplan.db.concurrency import check_version, locked_get
from partyplan.db.models import (
    ItemOccurrence,
    ItemStatus,
    Person,
    Plan,
    PlanItem,
    PlanItemPerson,
    PlanKind,
    PlanSection,
    ProgressNote,
    Recurrence,
)
from partyplan.errors import PartyPlanError
from partyplan.plans import periods


@dataclass
class InvalidPlan(PartyPlanError):
    field: str
    code: str


@dataclass
class PlanNotFound(PartyPlanError):
    kind: str
    key: int


@dataclass(frozen=True)
class PlanData:
    year: int
    title: str
    kind: PlanKind = PlanKind.ANNUAL
    end_year: int | None = None
    organization: str = ""
    guiding_text: str = ""
    dated: dt.date | None = None  # the plan's date (its signature's); None: the day it is entered, or unchanged


@dataclass(frozen=True)
class PlanSummary:
    id: int
    year: int
    end_year: int | None
    kind: PlanKind
    title: str
    organization: str
    guiding_text: str
    notes: str
    dated: dt.date  # the date the plan is signed with: the day it was made, or its document's signature date
    row_version: int = 0


@dataclass(frozen=True)
class NoteRow:
    id: int
    noted_on: dt.date
    text: str


@dataclass
class ItemNode:
    id: int
    section_id: int
    parent_id: int | None
    number: str
    title: str
    description: str
    responsible_unit: str
    people: tuple[tuple[int, str], ...]
    quarter: int | None
    month: int | None
    due_date: dt.date | None
    recurrence: Recurrence
    status: ItemStatus
    completed_on: dt.date | None
    notes: tuple[NoteRow, ...]
    occurrences: dict[int, tuple[ItemStatus, dt.date | None]]
    children: list[ItemNode] = field(default_factory=list)
    row_version: int = 0  # what an edit hands back as expected_version


@dataclass
class SectionNode:
    id: int
    parent_id: int | None
    number: str
    title: str
    text: str
    quarter: int | None
    sections: list[SectionNode] = field(default_factory=list)
    items: list[ItemNode] = field(default_factory=list)
    row_version: int = 0


@dataclass
class PlanTree:
    plan: PlanSummary
    sections: list[SectionNode]


ITEM_FIELDS = {"title", "description", "responsible_unit", "quarter", "month", "due_date", "recurrence",
               "status", "completed_on", "number"}
SECTION_FIELDS = {"title", "text", "quarter", "number"}


# -- plans -------------------------------------------------------------------------------------
def create_plan(session: Session, data: PlanData) -> int:
    _check_plan(data)
    plan = Plan(year=data.year, end_year=data.end_year, kind=data.kind, title=data.title.strip(),
                organization=data.organization.strip(), guiding_text=data.guiding_text.strip(), notes="")
    if data.dated is not None:  # kept in created_at: the day a plan was made is the date it is signed with
        plan.created_at = dt.datetime.combine(data.dated, dt.time())
    session.add(plan)
    session.flush()
    return plan.id


def update_plan(session: Session, plan_id: int, data: PlanData, *, expected_version: int | None = None) -> None:
    _check_plan(data)
    plan = _get(session, Plan, plan_id, locked=expected_version is not None)
    check_version(session, plan, expected_version,
                  {"year": data.year, "end_year": data.end_year, "kind": data.kind, "title": data.title.strip(),
                   "organization": data.organization.strip(), "guiding_text": data.guiding_text}, plan.title)
    plan.year, plan.end_year, plan.kind = data.year, data.end_year, data.kind
    plan.title, plan.organization, plan.guiding_text = data.title.strip(), data.organization.strip(), data.guiding_text
    if data.dated is not None:
        plan.created_at = dt.datetime.combine(data.dated, dt.time())
    session.flush()


def delete_plan(session: Session, plan_id: int) -> None:
    session.delete(_get(session, Plan, plan_id))
    session.flush()


def list_plans(session: Session) -> list[PlanSummary]:
    plans = session.scalars(select(Plan).order_by(Plan.year.desc(), Plan.title))
    return [_summary(p) for p in plans]


def load_tree(session: Session, plan_id: int) -> PlanTree:
    plan = _get(session, Plan, plan_id)
    sections = session.scalars(
        select(PlanSection).where(PlanSection.plan_id == plan_id, PlanSection.deleted.is_(False))
        .order_by(PlanSection.position, PlanSection.id)
    ).all()
    section_ids = [s.id for s in sections]
    items = session.scalars(
        select(PlanItem).where(PlanItem.section_id.in_(section_ids), PlanItem.deleted.is_(False))
        .order_by(PlanItem.position, PlanItem.id)
    ).all() if section_ids else []
    names = _person_names(session, {link.person_id for item in items for link in item.people})
    nodes = {s.id: SectionNode(s.id, s.parent_id, s.number, s.title, s.text, s.quarter, row_version=s.row_version)
             for s in sections}
    roots = _attach_sections(sections, nodes)
    item_nodes = {i.id: _item_node(i, names) for i in items}
    for item in items:
        node = item_nodes[item.id]
        if item.parent_id is not None and item.parent_id in item_nodes:
            item_nodes[item.parent_id].children.append(node)
        elif item.section_id in nodes:
            nodes[item.section_id].items.append(node)
    return PlanTree(_summary(plan), roots)


# -- sections and items ------------------------------------------------------------------------
def add_section(session: Session, plan_id: int, title: str, *, parent_id: int | None = None,
                quarter: int | None = None, number: str = "", text: str = "") -> int:
    _get(session, Plan, plan_id)
    position = _next_position(session, PlanSection.position, PlanSection.plan_id == plan_id,
                              PlanSection.parent_id.is_(None) if parent_id is None else PlanSection.parent_id == parent_id)
    section = PlanSection(plan_id=plan_id, parent_id=parent_id, title=title.strip(), quarter=quarter,
                          number=number, text=text, position=position)
    session.add(section)
    session.flush()
    return section.id


def add_item(session: Session, section_id: int, title: str, *, parent_id: int | None = None,
             number: str = "", **fields: object) -> int:
    _get(session, PlanSection, section_id)
    position = _next_position(session, PlanItem.position, PlanItem.section_id == section_id,
                              PlanItem.parent_id.is_(None) if parent_id is None else PlanItem.parent_id == parent_id)
    item = PlanItem(section_id=section_id, parent_id=parent_id, title=title.strip(), number=number,
                    position=position, description="", responsible_unit="")
    session.add(item)
    session.flush()
    if fields:
        update_item(session, item.id, fields)
    return item.id


def update_section(session: Session, section_id: int, changes: dict[str, object], *,
                   expected_version: int | None = None) -> None:
    section = _get(session, PlanSection, section_id, locked=expected_version is not None)
    changes = _checked(changes, SECTION_FIELDS)
    check_version(session, section, expected_version, changes, section.title)
    for name, value in changes.items():
        setattr(section, name, value)
    session.flush()


def update_item(session: Session, item_id: int, changes: dict[str, object], today: dt.date | None = None, *,
                expected_version: int | None = None) -> None:
    """Apply field changes; marking an item done dates it, reopening it clears that date. With
    `expected_version` (the row_version the view showed), another PC's save since is a ConflictError."""
    item = _get(session, PlanItem, item_id, locked=expected_version is not None)
    changes = _checked(changes, ITEM_FIELDS)
    check_version(session, item, expected_version, changes, item.title)
    for name, value in changes.items():
        setattr(item, name, value)
    if "status" in changes and "completed_on" not in changes:
        item.completed_on = (item.completed_on or today or dt.date.today()) if item.status is ItemStatus.DONE else None
    session.flush()


def set_item_people(session: Session, item_id: int, person_ids: list[int], *,
                    expected_version: int | None = None) -> None:
    item = _get(session, PlanItem, item_id, locked=expected_version is not None)
    check_version(session, item, expected_version, {"people": list(dict.fromkeys(person_ids))}, item.title,
                  {"people": [link.person_id for link in item.people]})
    item.people.clear()
    session.flush()
    for person_id in dict.fromkeys(person_ids):
        item.people.append(PlanItemPerson(person_id=person_id))
    session.flush()


def set_occurrence(session: Session, item_id: int, period: int, status: ItemStatus, today: dt.date | None = None,
                   *, expected_version: int | None = None) -> None:
    """`expected_version` is the item's: ticking a period off is an edit of the item."""
    item = _get(session, PlanItem, item_id, locked=expected_version is not None)
    current = {o.period: o.status.value for o in item.occurrences}
    check_version(session, item, expected_version, {f"period_{period}": ItemStatus(status).value}, item.title,
                  {f"period_{period}": current.get(period, ItemStatus.NOT_STARTED.value)})
    if period not in periods.occurrence_periods(item.recurrence):
        raise InvalidPlan("period", "not_a_period")
    row = session.get(ItemOccurrence, (item_id, period))
    if row is None:
        row = ItemOccurrence(item_id=item_id, period=period)
        session.add(row)
    row.status = status
    row.completed_on = (today or dt.date.today()) if status is ItemStatus.DONE else None
    item.row_version = item.row_version + 1  # the item's version covers its periods
    session.flush()


def add_note(session: Session, item_id: int, text: str, noted_on: dt.date | None = None) -> int:
    item = _get(session, PlanItem, item_id)
    if not text.strip():
        raise InvalidPlan("note", "required")
    note = ProgressNote(item_id=item.id, noted_on=noted_on or dt.date.today(), text=text.strip())
    session.add(note)
    session.flush()
    return note.id


def delete_note(session: Session, note_id: int) -> None:
    session.delete(_get(session, ProgressNote, note_id))
    session.flush()


def set_deleted(session: Session, kind: str, key: int, deleted: bool, *, expected_version: int | None = None) -> None:
    """Soft delete (and its undo) of a section or an item; children go and come back with it."""
    model = PlanSection if kind == "section" else PlanItem
    row = _get(session, model, key, locked=expected_version is not None)
    check_version(session, row, expected_version, {"deleted": deleted}, row.title)
    row.deleted = deleted
    session.flush()


def move_item(session: Session, item_id: int, section_id: int, position: int) -> None:
    """Put an item at `position` among its new section's top-level items (drag and drop)."""
    item = _get(session, PlanItem, item_id)
    _get(session, PlanSection, section_id)
    siblings = [i for i in session.scalars(
        select(PlanItem).where(PlanItem.section_id == section_id, PlanItem.parent_id.is_(None),
                               PlanItem.deleted.is_(False), PlanItem.id != item_id)
        .order_by(PlanItem.position, PlanItem.id))]
    position = max(0, min(position, len(siblings)))
    siblings.insert(position, item)
    if item.section_id != section_id:
        for child in session.scalars(select(PlanItem).where(PlanItem.parent_id == item_id)):
            child.section_id = section_id
    item.section_id, item.parent_id = section_id, None
    for n, sibling in enumerate(siblings):
        sibling.position = n
    session.flush()


def move_section(session: Session, section_id: int, position: int) -> None:
    section = _get(session, PlanSection, section_id)
    parent = PlanSection.parent_id.is_(None) if section.parent_id is None else PlanSection.parent_id == section.parent_id
    siblings = list(session.scalars(
        select(PlanSection).where(PlanSection.plan_id == section.plan_id, parent, PlanSection.deleted.is_(False),
                                  PlanSection.id != section_id).order_by(PlanSection.position, PlanSection.id)))
    siblings.insert(max(0, min(position, len(siblings))), section)
    for n, sibling in enumerate(siblings):
        sibling.position = n
    session.flush()


def plan_of_item(session: Session, item_id: int) -> int:
    item = _get(session, PlanItem, item_id)
    return _get(session, PlanSection, item.section_id).plan_id


# -- helpers -----------------------------------------------------------------------------------
def _check_plan(data: PlanData) -> None:
    if not data.title.strip():
        raise InvalidPlan("title", "required")
    if not 1949 <= data.year <= 2200:
        raise InvalidPlan("year", "year_range")
    if data.end_year is not None and data.end_year < data.year:
        raise InvalidPlan("end_year", "before_start")


def _checked(changes: dict[str, object], allowed: set[str]) -> dict[str, object]:
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    changes = dict(changes)
    for name, enum_type in (("status", ItemStatus), ("recurrence", Recurrence)):
        if name in changes:
            changes[name] = enum_type(changes[name])  # front ends may hand over the plain value
    if "title" in changes and not str(changes["title"]).strip():
        raise InvalidPlan("title", "required")
    if changes.get("quarter") is not None and not 1 <= int(changes["quarter"]) <= 4:  # type: ignore[arg-type]
        raise InvalidPlan("quarter", "quarter_range")
    if changes.get("month") is not None and not 1 <= int(changes["month"]) <= 12:  # type: ignore[arg-type]
        raise InvalidPlan("month", "month_range")
    return changes


def _get(session: Session, model, key, *, locked: bool = False):  # type: ignore[no-untyped-def]
    row = locked_get(session, model, key) if locked else session.get(model, key)
    if row is None and locked:  # deleted on another PC since the view was read
        raise concurrency.deleted(session, model.__tablename__, key, None)
    if row is None:
        raise PlanNotFound(model.__tablename__, key)
    return row


def _next_position(session: Session, column, *where) -> int:  # type: ignore[no-untyped-def]
    current = session.scalar(select(func.max(column)).where(*where))
    return 0 if current is None else current + 1


def _summary(plan: Plan) -> PlanSummary:
    made = plan.created_at
    return PlanSummary(plan.id, plan.year, plan.end_year, plan.kind, plan.title, plan.organization,
                       plan.guiding_text, plan.notes, made.date() if made else dt.date.today(), plan.row_version)


def _person_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all())


def _attach_sections(sections, nodes: dict[int, SectionNode]) -> list[SectionNode]:  # type: ignore[no-untyped-def]
    roots: list[SectionNode] = []
    for section in sections:
        node = nodes[section.id]
        if section.parent_id is None:
            roots.append(node)
        elif section.parent_id in nodes:
            nodes[section.parent_id].sections.append(node)
    return roots


def _item_node(item: PlanItem, names: dict[int, str]) -> ItemNode:
    return ItemNode(
        id=item.id, section_id=item.section_id, parent_id=item.parent_id, number=item.number, title=item.title,
        description=item.description, responsible_unit=item.responsible_unit,
        people=tuple((link.person_id, names.get(link.person_id, "?")) for link in item.people),
        quarter=item.quarter, month=item.month, due_date=item.due_date, recurrence=item.recurrence,
        status=item.status, completed_on=item.completed_on,
        notes=tuple(NoteRow(n.id, n.noted_on, n.text) for n in item.notes),
        occurrences={o.period: (o.status, o.completed_on) for o in item.occurrences},
        row_version=item.row_version,
    )
