"""The organisations as a tree, and who and which meetings belong to each.

《中国共产党支部工作条例（试行）》: party members are organised in branches (支部); a branch with many
members divides them into party groups (党小组); a 党总支 or a community 党委 leads several branches. So a
党委 stands at the top, a 党总支 under a 党委 (or alone), a 支部 under either (or alone), and a 党小组 only
under a 支部. A person belongs to one 支部 or 党小组 (a group's members are its branch's), and a meeting
to the unit that holds it. An organisation anyone or anything belongs to is archived, not deleted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from partyplan.db.models import Meeting, Organisation, OrgKind, Person
from partyplan.organisations import InvalidOrganisation

NAME_MAX = 100
# Which kind may stand under which (None: at the top).
PARENTS: dict[OrgKind, tuple[OrgKind | None, ...]] = {
    OrgKind.COMMITTEE: (None,),
    OrgKind.GENERAL_BRANCH: (None, OrgKind.COMMITTEE),
    OrgKind.BRANCH: (None, OrgKind.COMMITTEE, OrgKind.GENERAL_BRANCH),
    OrgKind.GROUP: (OrgKind.BRANCH,),
}
UNITS = (OrgKind.BRANCH, OrgKind.GROUP)  # what a person belongs to


@dataclass(frozen=True)
class OrgData:
    kind: OrgKind
    name: str
    parent_id: int | None = None


@dataclass(frozen=True)
class OrgRow:
    id: int
    kind: OrgKind
    name: str
    parent_id: int | None
    depth: int  # 0 at the top, for an indented list
    position: int
    archived: bool
    people: int  # who belong to it directly

    @property
    def is_unit(self) -> bool:
        return self.kind in UNITS


def create_org(session: Session, data: OrgData) -> int:
    data = _check(session, data, None)
    siblings = session.scalar(select(func.max(Organisation.position)).where(
        Organisation.parent_id.is_(None) if data.parent_id is None else Organisation.parent_id == data.parent_id))
    row = Organisation(kind=data.kind, name=data.name, parent_id=data.parent_id,
                       position=0 if siblings is None else siblings + 1, archived=False)
    session.add(row)
    session.flush()
    return row.id


def update_org(session: Session, org_id: int, data: OrgData) -> None:
    row = _load(session, org_id)
    data = _check(session, data, org_id)
    if data.kind is not row.kind and session.scalar(select(func.count(Organisation.id)).where(
            Organisation.parent_id == org_id)):
        raise InvalidOrganisation("kind", "in_use")
    row.kind, row.name, row.parent_id = data.kind, data.name, data.parent_id
    session.flush()


def delete_or_archive(session: Session, org_id: int) -> bool:
    """Delete an organisation nobody and nothing belongs to; archive it otherwise. True when deleted."""
    row = _load(session, org_id)
    used = any(session.scalar(select(func.count()).select_from(table).where(column == org_id)) for table, column in (
        (Person, Person.organisation_id), (Meeting, Meeting.organisation_id),
        (Organisation, Organisation.parent_id)))
    if used:
        row.archived = True
        session.flush()
        return False
    session.delete(row)
    session.flush()
    return True


def set_archived(session: Session, org_id: int, archived: bool) -> None:
    _load(session, org_id).archived = archived
    session.flush()


def list_orgs(session: Session, *, include_archived: bool = False) -> list[OrgRow]:
    """Every organisation in tree order: each followed by those under it, by position."""
    rows = list(session.scalars(select(Organisation).order_by(Organisation.position, Organisation.id)))
    if not include_archived:
        rows = [r for r in rows if not r.archived]
    counts = dict(session.execute(select(Person.organisation_id, func.count(Person.id))
                                  .where(Person.organisation_id.is_not(None), Person.archived.is_(False))
                                  .group_by(Person.organisation_id)).tuples().all())
    known = {r.id for r in rows}
    children: dict[int | None, list[Organisation]] = {}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in known else None, []).append(r)
    ordered: list[OrgRow] = []

    def walk(parent: int | None, depth: int) -> None:
        for r in children.get(parent, []):
            ordered.append(OrgRow(r.id, r.kind, r.name, r.parent_id, depth, r.position, r.archived,
                                  counts.get(r.id, 0)))
            walk(r.id, depth + 1)

    walk(None, 0)
    return ordered


def get_org(session: Session, org_id: int) -> OrgRow:
    row = _load(session, org_id)
    people = session.scalar(select(func.count(Person.id)).where(Person.organisation_id == org_id)) or 0
    return OrgRow(row.id, row.kind, row.name, row.parent_id, 0, row.position, row.archived, people)


def branches(session: Session) -> list[OrgRow]:
    return [r for r in list_orgs(session) if r.kind is OrgKind.BRANCH]


def groups_of(session: Session, branch_id: int) -> list[OrgRow]:
    return [r for r in list_orgs(session) if r.kind is OrgKind.GROUP and r.parent_id == branch_id]


def branch_of(session: Session, org_id: int | None) -> int | None:
    """The branch a unit is or belongs to; None for a 党委, a 党总支 or nothing."""
    if org_id is None:
        return None
    row = _load(session, org_id)
    if row.kind is OrgKind.BRANCH:
        return row.id
    return row.parent_id if row.kind is OrgKind.GROUP else None


def unit_ids(session: Session, branch_id: int) -> set[int]:
    """The branch and its party groups: everyone in them is the branch's."""
    return {branch_id} | set(session.scalars(select(Organisation.id).where(Organisation.parent_id == branch_id,
                                                                          Organisation.kind == OrgKind.GROUP)))


def assign(session: Session, person_ids: Iterable[int], org_id: int | None) -> int:
    """Put people in a branch or party group (None: in none); returns how many were moved."""
    ids = list(dict.fromkeys(person_ids))
    if org_id is not None and _load(session, org_id).kind not in UNITS:
        raise InvalidOrganisation("organisation", "not_a_unit")
    known = set(session.scalars(select(Person.id).where(Person.id.in_(ids)))) if ids else set()
    if set(ids) - known:
        raise InvalidOrganisation("people", "not_found")
    if ids:
        session.execute(update(Person).where(Person.id.in_(ids)).values(organisation_id=org_id))
    session.flush()
    session.expire_all()
    return len(ids)


def organisation_of(session: Session, person_ids: Iterable[int] | None = None) -> dict[int, int | None]:
    query = select(Person.id, Person.organisation_id)
    ids = None if person_ids is None else list(person_ids)
    if ids is not None:
        query = query.where(Person.id.in_(ids))
    return dict(session.execute(query).tuples().all())


def find_org(session: Session, text: str) -> int:
    """An organisation named on the command line: by id, or by its name."""
    text = text.strip()
    if text.isdigit() and session.get(Organisation, int(text)) is not None:
        return int(text)
    found = list(session.scalars(select(Organisation.id).where(Organisation.name == text)))
    if len(found) != 1:
        raise InvalidOrganisation("organisation", "not_found")
    return found[0]


def meeting_organisation(session: Session, meeting_id: int) -> int | None:
    """The unit that holds a meeting (None: the office's, unassigned)."""
    from partyplan.meetings import MeetingNotFound

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound("meeting", meeting_id)
    return meeting.organisation_id


def set_meeting_organisation(session: Session, meeting_id: int, org_id: int | None) -> None:
    from partyplan.meetings import MeetingNotFound

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound("meeting", meeting_id)
    if org_id is not None:
        _load(session, org_id)
    meeting.organisation_id = org_id
    session.flush()


def _check(session: Session, data: OrgData, org_id: int | None) -> OrgData:
    name = " ".join(data.name.split())
    kind = OrgKind(data.kind)
    if not name:
        raise InvalidOrganisation("name", "required")
    if len(name) > NAME_MAX:
        raise InvalidOrganisation("name", "too_long")
    parent = _load(session, data.parent_id) if data.parent_id is not None else None
    if (parent.kind if parent else None) not in PARENTS[kind] or (parent is not None and parent.id == org_id):
        raise InvalidOrganisation("parent", "parent_kind")
    same = select(Organisation.id).where(Organisation.name == name, Organisation.archived.is_(False))
    if any(other != org_id for other in session.scalars(same)):
        raise InvalidOrganisation("name", "duplicate")
    return OrgData(kind, name, data.parent_id)


def _load(session: Session, org_id: int) -> Organisation:
    row = session.get(Organisation, org_id)
    if row is None:
        raise InvalidOrganisation("organisation", "not_found")
    return row
