"""Where meetings meet the year's plan: a meeting fulfils a plan item, a resolution becomes one.

Plans are written only through `plans.service`; this module picks the item or section and keeps the
link on the meeting or resolution.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan import changes
from partyplan.db.models import ItemStatus, Meeting, PlanItem, Recurrence, Resolution
from partyplan.meetings import InvalidMeeting, MeetingNotFound
from partyplan.plans import service as plans
from partyplan.plans.service import ItemNode, SectionNode


@dataclass(frozen=True)
class PlanChoice:
    """A section or an item offered in a list, with the plan it belongs to."""

    id: int
    plan_title: str
    label: str  # "一、民主议事" or "1. 每季度召开一次情况通报会"
    depth: int


@dataclass(frozen=True)
class PlanChoices:
    sections: tuple[PlanChoice, ...]
    items: tuple[PlanChoice, ...]


def choices(session: Session, year: int) -> PlanChoices:
    """Sections and items of the plans that cover `year`, in plan order."""
    sections: list[PlanChoice] = []
    items: list[PlanChoice] = []
    for summary in plans.list_plans(session):
        if not summary.year <= year <= (summary.end_year or summary.year):
            continue
        tree = plans.load_tree(session, summary.id)
        for node in tree.sections:
            _walk(node, summary.title, 0, sections, items)
    return PlanChoices(tuple(sections), tuple(items))


def link_meeting(session: Session, meeting_id: int, item_id: int | None) -> None:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound("meeting", meeting_id)
    if item_id is not None and session.get(PlanItem, item_id) is None:
        raise InvalidMeeting("plan_item", "not_found")
    meeting.plan_item_id = item_id
    session.flush()
    if item_id is not None and meeting.held_on is not None:
        fulfil(session, item_id, meeting.held_on)


def fulfil(session: Session, item_id: int, day: dt.date) -> None:
    """A held meeting does the item's work: the item is done, or its month's or quarter's occurrence."""
    item = session.get(PlanItem, item_id)
    if item is None or item.deleted:
        return
    changes.touch(session, changes.PLANS)
    if item.recurrence is Recurrence.QUARTERLY:
        plans.set_occurrence(session, item_id, (day.month - 1) // 3 + 1, ItemStatus.DONE, day)
    elif item.recurrence is Recurrence.MONTHLY:
        plans.set_occurrence(session, item_id, day.month, ItemStatus.DONE, day)
    elif item.status is not ItemStatus.DONE:
        plans.update_item(session, item_id, {"status": ItemStatus.DONE, "completed_on": day})


def resolution_to_plan_item(session: Session, resolution_id: int, section_id: int) -> int:
    """A new item in the chosen plan section carrying the resolution's text, person and due date."""
    resolution = session.get(Resolution, resolution_id)
    if resolution is None:
        raise MeetingNotFound("resolution", resolution_id)
    if resolution.plan_item_id is not None and session.get(PlanItem, resolution.plan_item_id) is not None:
        raise InvalidMeeting("plan_item", "already_linked")
    fields: dict[str, object] = {"description": _source(session, resolution)}
    if resolution.due is not None:
        fields["due_date"] = resolution.due
    title = resolution.text.splitlines()[0].strip()[:200] if resolution.text.strip() else "?"
    item_id = plans.add_item(session, section_id, title, **fields)
    if resolution.responsible_id is not None:
        plans.set_item_people(session, item_id, [resolution.responsible_id])
    resolution.plan_item_id = item_id
    session.flush()
    changes.touch(session, changes.PLANS)
    return item_id


def item_title(session: Session, item_id: int | None) -> str:
    if item_id is None:
        return ""
    return session.scalar(select(PlanItem.title).where(PlanItem.id == item_id)) or ""


def _source(session: Session, resolution: Resolution) -> str:
    meeting = session.get(Meeting, resolution.meeting_id)
    day = (meeting.held_on or meeting.planned_on).isoformat() if meeting else ""
    return f"{day} {resolution.text.strip()}".strip()


def _walk(node: SectionNode, plan_title: str, depth: int, sections: list[PlanChoice],
          items: list[PlanChoice]) -> None:
    number = f"{node.number}、" if node.number else ""
    sections.append(PlanChoice(node.id, plan_title, f"{number}{node.title}", depth))
    for item in node.items:
        _item(item, plan_title, depth + 1, items)
    for child in node.sections:
        _walk(child, plan_title, depth + 1, sections, items)


def _item(item: ItemNode, plan_title: str, depth: int, items: list[PlanChoice]) -> None:
    number = f"{item.number}. " if item.number else ""
    items.append(PlanChoice(item.id, plan_title, f"{number}{item.title}", depth))
    for child in item.children:
        _item(child, plan_title, depth + 1, items)
