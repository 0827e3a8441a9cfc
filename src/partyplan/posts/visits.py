"""Household visits ("enter a hundred doors, know a hundred families"): the only place that writes
`household_visits` and `visit_visitors`.

A visit records the household's situation and any difficulty raised; a difficulty stays open until it
is resolved (closing adds what was done to the action), so the open list keeps it in sight across
years. The household is either a person from People (their household number or address) or typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from partyplan.db.models import HouseholdVisit, Person, VisitVisitor
from partyplan.errors import PartyPlanError
from partyplan.posts import service as posts
from partyplan.posts.service import PostsNotFound

HOUSEHOLD_MAX = 100


@dataclass
class InvalidVisit(PartyPlanError):
    """A visit that cannot be kept. `people` names the people concerned.

    Codes: "required" (household, visitors), "too_long", "future" (day or resolved_on after today),
    "archived" (visitors), "unknown" (resident_id or a visitor names no row), "no_difficulty"
    (resolved_on without a difficulty), "before_day" (resolved_on or follow_up_due before the visit),
    "not_open" (closing a difficulty that is resolved or was never raised).
    """

    field: str
    code: str
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class VisitData:
    household: str
    day: dt.date
    visitors: tuple[int, ...] = ()
    resident_id: int | None = None
    situation: str = ""
    difficulty: str = ""
    action: str = ""
    resolved_on: dt.date | None = None
    follow_up_due: dt.date | None = None


@dataclass(frozen=True)
class VisitRow:
    id: int
    household: str
    resident_id: int | None
    resident_name: str
    day: dt.date
    visitors: tuple[tuple[int, str], ...]
    situation: str
    difficulty: str
    action: str
    resolved_on: dt.date | None
    follow_up_due: dt.date | None

    @property
    def is_open(self) -> bool:
        return bool(self.difficulty) and self.resolved_on is None

    def overdue(self, today: dt.date) -> bool:
        return self.is_open and self.follow_up_due is not None and self.follow_up_due < today

    def to_data(self) -> VisitData:
        return VisitData(self.household, self.day, tuple(pid for pid, _n in self.visitors), self.resident_id,
                         self.situation, self.difficulty, self.action, self.resolved_on, self.follow_up_due)


@dataclass(frozen=True)
class VisitCounts:
    visits: int
    households: int  # distinct households visited
    difficulties_raised: int  # visits of the year that raised a difficulty
    difficulties_solved: int  # difficulties resolved during the year, whenever raised
    open_now: int  # difficulties still open, of any year


@dataclass(frozen=True)
class HouseholdChoice:
    resident_id: int
    name: str
    household: str  # household number, else address


# -- writing -----------------------------------------------------------------------------------
def add_visit(session: Session, data: VisitData, today: dt.date | None = None) -> int:
    household = _check(session, data, today or dt.date.today(), keep=set())
    visit = HouseholdVisit()
    _apply(visit, data, household)
    session.add(visit)
    session.flush()
    return visit.id


def update_visit(session: Session, visit_id: int, data: VisitData, today: dt.date | None = None) -> None:
    visit = _get(session, visit_id)
    household = _check(session, data, today or dt.date.today(), keep={v.person_id for v in visit.visitors})
    visit.visitors.clear()
    session.flush()
    _apply(visit, data, household)
    session.flush()


def delete_visit(session: Session, visit_id: int) -> None:
    session.delete(_get(session, visit_id))
    session.flush()


def close_difficulty(session: Session, visit_id: int, resolved_on: dt.date, action: str = "",
                     today: dt.date | None = None) -> None:
    """Mark an open difficulty resolved; what was done is added below the visit's action."""
    visit = _get(session, visit_id)
    if not visit.difficulty or visit.resolved_on is not None:
        raise InvalidVisit("difficulty", "not_open")
    _check_resolved(visit.day, resolved_on, today or dt.date.today())
    if action.strip():
        line = f"{resolved_on.isoformat()} {action.strip()}"
        visit.action = f"{visit.action}\n{line}" if visit.action else line
    visit.resolved_on = resolved_on
    session.flush()


# -- reading -----------------------------------------------------------------------------------
def get_visit(session: Session, visit_id: int) -> VisitRow:
    _get(session, visit_id)
    return _rows(session, select(HouseholdVisit).where(HouseholdVisit.id == visit_id))[0]


def list_visits(session: Session, year: int | None = None, *, open_only: bool = False,
                search: str = "") -> list[VisitRow]:
    """Visits of a year (or all), newest first; search looks in household, resident, visitors and texts."""
    query = select(HouseholdVisit)
    if year is not None:
        query = query.where(HouseholdVisit.day >= dt.date(year, 1, 1), HouseholdVisit.day <= dt.date(year, 12, 31))
    if open_only:
        query = query.where(HouseholdVisit.difficulty != "", HouseholdVisit.resolved_on.is_(None))
    rows = _rows(session, query.order_by(HouseholdVisit.day.desc(), HouseholdVisit.id.desc()))
    words = search.casefold().split()
    return [r for r in rows if all(w in _haystack(r) for w in words)] if words else rows


def open_difficulties(session: Session) -> list[VisitRow]:
    """Every difficulty not yet resolved, of any year: soonest follow-up first, undated ones after."""
    rows = list_visits(session, open_only=True)
    return sorted(rows, key=lambda r: (r.follow_up_due is None, r.follow_up_due or r.day, r.day))


def year_counts(session: Session, year: int) -> VisitCounts:
    return period_counts(session, dt.date(year, 1, 1), dt.date(year, 12, 31))


def period_counts(session: Session, start: dt.date, end: dt.date) -> VisitCounts:
    """Visits and households of the period, difficulties solved in it, and those open now."""
    visits = session.execute(select(HouseholdVisit.household, HouseholdVisit.difficulty)
                             .where(HouseholdVisit.day >= start, HouseholdVisit.day <= end)).all()
    solved = session.scalar(select(func.count(HouseholdVisit.id)).where(HouseholdVisit.resolved_on >= start,
                                                                        HouseholdVisit.resolved_on <= end)) or 0
    open_now = session.scalar(select(func.count(HouseholdVisit.id)).where(
        HouseholdVisit.difficulty != "", HouseholdVisit.resolved_on.is_(None))) or 0
    return VisitCounts(len(visits), len({household_key(household) for household, _d in visits}),
                       sum(1 for _h, difficulty in visits if difficulty), solved, open_now)


def household_choices(session: Session) -> list[HouseholdChoice]:
    """People (not archived) with a household number or address, to pick a household from."""
    query = (select(Person).where(Person.archived.is_(False), or_(Person.household.is_not(None),
                                                                  Person.address.is_not(None)))
             .order_by(Person.household, Person.name))
    return [HouseholdChoice(p.id, p.name, p.household or p.address or "") for p in session.scalars(query)]


def household_key(text: str) -> str:
    """Two spellings of one household ("3-502", "3 - 502 ") count as one."""
    return "".join(text.split()).casefold()


# -- helpers -----------------------------------------------------------------------------------
def _check(session: Session, data: VisitData, today: dt.date, keep: set[int]) -> str:
    household = " ".join(data.household.split())
    if data.resident_id is not None:
        resident = session.get(Person, data.resident_id)
        if resident is None:
            raise InvalidVisit("resident_id", "unknown")
        household = household or resident.household or resident.address or resident.name
    if not household:
        raise InvalidVisit("household", "required")
    if len(household) > HOUSEHOLD_MAX:
        raise InvalidVisit("household", "too_long")
    if data.day > today:
        raise InvalidVisit("day", "future")
    if not data.visitors:
        raise InvalidVisit("visitors", "required")
    posts.refuse_archived(session, list(dict.fromkeys(data.visitors)), "visitors", InvalidVisit, keep)
    if data.resolved_on is not None:
        if not data.difficulty.strip():
            raise InvalidVisit("resolved_on", "no_difficulty")
        _check_resolved(data.day, data.resolved_on, today)
    if data.follow_up_due is not None and data.follow_up_due < data.day:
        raise InvalidVisit("follow_up_due", "before_day")
    return household


def _check_resolved(day: dt.date, resolved_on: dt.date, today: dt.date) -> None:
    if resolved_on < day:
        raise InvalidVisit("resolved_on", "before_day")
    if resolved_on > today:
        raise InvalidVisit("resolved_on", "future")


def _apply(visit: HouseholdVisit, data: VisitData, household: str) -> None:
    visit.household, visit.resident_id, visit.day = household, data.resident_id, data.day
    visit.situation, visit.difficulty, visit.action = data.situation.strip(), data.difficulty.strip(), data.action.strip()
    visit.resolved_on, visit.follow_up_due = data.resolved_on, data.follow_up_due
    for person_id in dict.fromkeys(data.visitors):
        visit.visitors.append(VisitVisitor(person_id=person_id))


def _rows(session: Session, query: Select) -> list[VisitRow]:  # type: ignore[type-arg]
    """The visits `query` selects, read as plain columns (the tab, the overview and the yearly figures
    all read them, and ORM objects with their visitors cost several times as much)."""
    visits = session.execute(query.with_only_columns(
        HouseholdVisit.id, HouseholdVisit.household, HouseholdVisit.resident_id, HouseholdVisit.day,
        HouseholdVisit.situation, HouseholdVisit.difficulty, HouseholdVisit.action, HouseholdVisit.resolved_on,
        HouseholdVisit.follow_up_due)).all()
    chosen = query.with_only_columns(HouseholdVisit.id).order_by(None).scalar_subquery()
    visitors: dict[int, list[int]] = {}
    for visit_id, person_id in session.execute(
            select(VisitVisitor.visit_id, VisitVisitor.person_id).where(VisitVisitor.visit_id.in_(chosen))):
        visitors.setdefault(visit_id, []).append(person_id)
    ids = {pid for people in visitors.values() for pid in people} | {v.resident_id for v in visits if v.resident_id}
    names = posts.person_names(session, ids)
    return [VisitRow(vid, household, resident_id, names.get(resident_id, "") if resident_id else "", day,
                     tuple(sorted(((pid, names.get(pid, "?")) for pid in visitors.get(vid, ())), key=lambda t: t[1])),
                     situation, difficulty, action, resolved_on, follow_up_due)
            for vid, household, resident_id, day, situation, difficulty, action, resolved_on, follow_up_due in visits]


def _haystack(row: VisitRow) -> str:
    return " ".join((row.household, row.resident_name, row.situation, row.difficulty, row.action,
                     *(name for _i, name in row.visitors))).casefold()


def _get(session: Session, visit_id: int) -> HouseholdVisit:
    visit = session.get(HouseholdVisit, visit_id)
    if visit is None:
        raise PostsNotFound("household_visits", visit_id)
    return visit
