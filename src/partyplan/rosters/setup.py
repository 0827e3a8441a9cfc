"""Shift types and the people who take duty: the standing set-up a month's roster is drawn from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from partyplan.db.models import DutyAbsence, DutyMember, DutyWish, Person, PersonRole, Role, ShiftType
from partyplan.errors import PartyPlanError
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.views import ShiftTypeRow


@dataclass
class InvalidRoster(PartyPlanError):
    field: str
    code: str


@dataclass(frozen=True)
class ShiftTypeData:
    name: str
    start: dt.time
    end: dt.time
    day_kinds: frozenset[DayKind]
    needed: int = 2
    required_tag: str = ""
    required_count: int = 0


@dataclass(frozen=True)
class MemberData:
    active: bool = True
    max_per_month: int | None = None
    unavailable_weekdays: frozenset[int] = frozenset()
    tags: frozenset[str] = frozenset()
    backup_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name: str
    is_cadre: bool
    active: bool
    max_per_month: int | None
    unavailable_weekdays: frozenset[int]
    tags: frozenset[str]
    backup_id: int | None
    backup_name: str
    note: str
    absences: tuple[tuple[int, dt.date, dt.date, str], ...]
    wishes: tuple[tuple[dt.date, bool], ...]


DEFAULT_SHIFTS = (
    ShiftTypeData("工作日晚班", dt.time(17, 30), dt.time(20, 30), frozenset({DayKind.WORKDAY}), 2),
    ShiftTypeData("休息日值班", dt.time(9, 0), dt.time(17, 0), frozenset({DayKind.REST_DAY}), 2, "leader", 1),
    ShiftTypeData("节假日值班", dt.time(9, 0), dt.time(17, 0), frozenset({DayKind.HOLIDAY}), 2, "leader", 1),
)


# -- shift types -----------------------------------------------------------------------------------
def list_shift_types(session: Session, *, include_inactive: bool = False) -> list[ShiftTypeRow]:
    query = select(ShiftType).order_by(ShiftType.position, ShiftType.id)
    if not include_inactive:
        query = query.where(ShiftType.active.is_(True))
    return [_shift_row(s) for s in session.scalars(query)]


def save_shift_type(session: Session, data: ShiftTypeData, shift_id: int | None = None) -> int:
    _check_shift(session, data, shift_id)
    shift = session.get(ShiftType, shift_id) if shift_id else None
    if shift is None:
        count = len(session.scalars(select(ShiftType.id)).all())
        shift = ShiftType(position=count)
        session.add(shift)
    shift.name, shift.start_time, shift.end_time = data.name.strip(), data.start, data.end
    shift.day_kinds = ",".join(sorted(k.value for k in data.day_kinds))
    shift.needed, shift.required_tag, shift.required_count = data.needed, data.required_tag.strip(), data.required_count
    session.flush()
    return shift.id


def set_shift_active(session: Session, shift_id: int, active: bool) -> None:
    """Shift types are retired, not deleted: published rosters still name them."""
    shift = session.get(ShiftType, shift_id)
    if shift is None:
        raise InvalidRoster("shift", "not_found")
    shift.active = active
    session.flush()


def seed_default_shifts(session: Session) -> None:
    if not session.scalars(select(ShiftType.id).limit(1)).first():
        for data in DEFAULT_SHIFTS:
            save_shift_type(session, data)


# -- members ---------------------------------------------------------------------------------------
def list_members(session: Session, *, active_only: bool = False) -> list[MemberRow]:
    """Every cadre (on duty unless switched off), plus anyone else the office added to the duty group."""
    cadres = set(session.scalars(select(PersonRole.person_id).where(PersonRole.role == Role.CADRE)))
    settings = {m.person_id: m for m in session.scalars(select(DutyMember))}
    people = session.scalars(select(Person).where(Person.id.in_(cadres | set(settings)),
                                                  Person.archived.is_(False)).order_by(Person.name)).all()
    names = {p.id: p.name for p in people}
    absences = _absences(session)
    wishes = _wishes(session)
    rows = [_member_row(p, settings.get(p.id), p.id in cadres, names, session, absences, wishes) for p in people]
    return [r for r in rows if r.active] if active_only else rows


def save_member(session: Session, person_id: int, data: MemberData) -> None:
    if data.max_per_month is not None and not 0 <= data.max_per_month <= 31:
        raise InvalidRoster("max_per_month", "max_range")
    if data.backup_id == person_id:
        raise InvalidRoster("backup_id", "own_backup")
    if not all(0 <= d <= 6 for d in data.unavailable_weekdays):
        raise InvalidRoster("unavailable_weekdays", "weekday_range")
    member = session.get(DutyMember, person_id) or DutyMember(person_id=person_id)
    member.active, member.max_per_month, member.backup_id = data.active, data.max_per_month, data.backup_id
    member.unavailable_weekdays = ",".join(str(d) for d in sorted(data.unavailable_weekdays))
    member.tags = ",".join(sorted(t.strip() for t in data.tags if t.strip()))
    member.note = data.note.strip()
    session.add(member)
    session.flush()


def add_absence(session: Session, person_id: int, start: dt.date, end: dt.date, reason: str = "") -> int:
    if end < start:
        raise InvalidRoster("end", "end_before_start")
    row = DutyAbsence(person_id=person_id, start=start, end=end, reason=reason.strip()[:100])
    session.add(row)
    session.flush()
    return row.id


def delete_absence(session: Session, absence_id: int) -> None:
    session.execute(delete(DutyAbsence).where(DutyAbsence.id == absence_id))
    session.flush()


def set_wish(session: Session, person_id: int, day: dt.date, desired: bool | None) -> None:
    """desired True: would like duty that day; False: would rather not; None: no wish."""
    session.execute(delete(DutyWish).where(DutyWish.person_id == person_id, DutyWish.day == day))
    if desired is not None:
        session.add(DutyWish(person_id=person_id, day=day, desired=desired))
    session.flush()


# -- helpers ---------------------------------------------------------------------------------------
def _shift_row(s: ShiftType) -> ShiftTypeRow:
    kinds = frozenset(DayKind(k) for k in s.day_kinds.split(",") if k)
    return ShiftTypeRow(s.id, s.name, s.start_time, s.end_time, kinds, s.needed, s.required_tag, s.required_count,
                        s.active)


def _check_shift(session: Session, data: ShiftTypeData, shift_id: int | None) -> None:
    name = data.name.strip()
    if not name:
        raise InvalidRoster("name", "required")
    clash = session.scalars(select(ShiftType.id).where(ShiftType.name == name)).first()
    if clash is not None and clash != shift_id:
        raise InvalidRoster("name", "duplicate")
    if data.end <= data.start:
        raise InvalidRoster("end", "end_before_start")
    if not data.day_kinds:
        raise InvalidRoster("day_kinds", "required")
    if not 1 <= data.needed <= 20:
        raise InvalidRoster("needed", "needed_range")
    if data.required_count > data.needed or (data.required_count > 0 and not data.required_tag.strip()):
        raise InvalidRoster("required_count", "required_over_needed")


def _absences(session: Session) -> dict[int, list[tuple[int, dt.date, dt.date, str]]]:
    found: dict[int, list[tuple[int, dt.date, dt.date, str]]] = {}
    for a in session.scalars(select(DutyAbsence).order_by(DutyAbsence.start)):
        found.setdefault(a.person_id, []).append((a.id, a.start, a.end, a.reason))
    return found


def _wishes(session: Session) -> dict[int, list[tuple[dt.date, bool]]]:
    found: dict[int, list[tuple[dt.date, bool]]] = {}
    for w in session.scalars(select(DutyWish).order_by(DutyWish.day)):
        found.setdefault(w.person_id, []).append((w.day, w.desired))
    return found


def _member_row(person: Person, member: DutyMember | None, is_cadre: bool, names: dict[int, str],
                session: Session, absences, wishes) -> MemberRow:  # type: ignore[no-untyped-def]
    backup_name = ""
    if member and member.backup_id:
        backup_name = names.get(member.backup_id) or (session.get(Person, member.backup_id).name
                                                      if session.get(Person, member.backup_id) else "")
    return MemberRow(
        person_id=person.id, name=person.name, is_cadre=is_cadre, active=member.active if member else True,
        max_per_month=member.max_per_month if member else None,
        unavailable_weekdays=frozenset(int(d) for d in member.unavailable_weekdays.split(",") if d) if member
        else frozenset(),
        tags=frozenset(t for t in member.tags.split(",") if t) if member else frozenset(),
        backup_id=member.backup_id if member else None, backup_name=backup_name,
        note=member.note if member else "", absences=tuple(absences.get(person.id, ())),
        wishes=tuple(wishes.get(person.id, ())))
