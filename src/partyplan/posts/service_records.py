"""Service given on posts ("donate one day"): the only place that writes `service_records` and
`service_participants`.

One record is one activity on one day; everyone who took part gets the same hours (a tree-planting
day: 25 people, 4 hours each), entered either in hours or in days of `hours_per_day` hours. Records are
of service already given, so a day in the future is refused, as are archived people and hours that are
zero, negative or more than a day (or a month of days) holds.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partyplan.db.models import Person, Post, ServiceParticipant, ServiceRecord
from partyplan.errors import PartyPlanError
from partyplan.posts import service as posts
from partyplan.posts.service import PostsNotFound

TEXT_MAX = 200
MAX_HOURS = 24  # in one record, entered as hours
MAX_DAYS = 31  # in one record, entered as days


class Unit(enum.StrEnum):
    HOURS = "hours"
    DAYS = "days"


@dataclass
class InvalidService(PartyPlanError):
    """A service record that cannot be kept. `people` names the people concerned.

    Codes: "required" (activity, people), "too_long", "not_positive" (amount zero or negative), "too_many"
    (more than 24 hours or 31 days in one record), "future" (day after today), "archived" (people),
    "unknown" (people or post_id names no row), "end_before_start" (a period).
    """

    field: str
    code: str
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceData:
    day: dt.date
    activity: str
    people: tuple[int, ...]
    amount: float  # for each person, in `unit`
    unit: Unit = Unit.HOURS
    post_id: int | None = None
    place: str = ""
    beneficiaries: str = ""


@dataclass(frozen=True)
class ServiceRow:
    id: int
    day: dt.date
    post_id: int | None
    post_name: str
    post_name_en: str
    activity: str
    place: str
    beneficiaries: str
    people: tuple[tuple[int, str, float], ...]  # (person id, name, hours)

    @property
    def total_hours(self) -> float:
        return sum(hours for _id, _name, hours in self.people)

    def to_data(self) -> ServiceData:
        """The editable part; a record whose people have different hours is edited as their largest."""
        hours = max((h for _i, _n, h in self.people), default=0.0)
        return ServiceData(self.day, self.activity, tuple(pid for pid, _n, _h in self.people), hours, Unit.HOURS,
                           self.post_id, self.place, self.beneficiaries)


@dataclass(frozen=True)
class PersonTotal:
    person_id: int
    name: str
    hours: float
    records: int


@dataclass(frozen=True)
class PostTotal:
    post_id: int | None  # None: service recorded without a post
    name: str
    name_en: str
    hours: float
    people: int  # distinct people who served
    records: int


@dataclass(frozen=True)
class PeriodService:
    """A period's records with their totals per person and per post, from one read."""

    records: list[ServiceRow]
    people: list[PersonTotal]
    posts: list[PostTotal]


@dataclass(frozen=True)
class TargetRow:
    person_id: int
    name: str
    hours: float
    target: float

    @property
    def met(self) -> bool:
        return self.hours + 1e-9 >= self.target

    @property
    def missing(self) -> float:
        return max(0.0, self.target - self.hours)


# -- writing -----------------------------------------------------------------------------------
def add_record(session: Session, data: ServiceData, today: dt.date | None = None) -> int:
    hours = _check(session, data, today or dt.date.today(), keep=set())
    record = ServiceRecord()
    _apply(record, data, hours)
    session.add(record)
    session.flush()
    return record.id


def update_record(session: Session, record_id: int, data: ServiceData, today: dt.date | None = None) -> None:
    """Replace a record's facts and people; people archived since they served may stay on it."""
    record = _get(session, record_id)
    hours = _check(session, data, today or dt.date.today(), keep={p.person_id for p in record.participants})
    record.participants.clear()
    session.flush()
    _apply(record, data, hours)
    session.flush()


def delete_record(session: Session, record_id: int) -> None:
    session.delete(_get(session, record_id))
    session.flush()


def hours_of(session: Session, amount: float, unit: Unit) -> float:
    """Hours for each person: days count `hours_per_day` hours (a setting, 8 unless changed)."""
    per_day = posts.get_settings(session).hours_per_day
    return round(amount * per_day if Unit(unit) is Unit.DAYS else amount, 2)


# -- reading -----------------------------------------------------------------------------------
def get_record(session: Session, record_id: int) -> ServiceRow:
    _get(session, record_id)
    return _rows(session, [ServiceRecord.id == record_id])[0]


def list_records(session: Session, start: dt.date, end: dt.date, *, post_id: int | None = None,
                 person_id: int | None = None, search: str = "") -> list[ServiceRow]:
    """Records from `start` to `end` inclusive, newest first; search looks in activity, place, beneficiaries."""
    where = [ServiceRecord.day >= start, ServiceRecord.day <= end]
    if post_id is not None:
        where.append(ServiceRecord.post_id == post_id)
    if person_id is not None:
        where.append(ServiceRecord.id.in_(
            select(ServiceParticipant.record_id).where(ServiceParticipant.person_id == person_id)))
    return filter_rows(_rows(session, where), search)


def filter_rows(rows: list[ServiceRow], search: str) -> list[ServiceRow]:
    """Rows whose activity, place, beneficiaries, post or people hold every word of `search`."""
    words = search.casefold().split()
    return [r for r in rows if all(w in _haystack(r) for w in words)] if words else rows


def period_service(session: Session, start: dt.date, end: dt.date) -> PeriodService:
    """The records of a period and their totals per person (as `person_totals` gives them) and per post,
    added up from the records read: the Service page shows all three, and a year of a big office has
    13,000 participations, which were read three times over."""
    _check_period(start, end)
    rows = _rows(session, [ServiceRecord.day >= start, ServiceRecord.day <= end])
    hours: dict[int, float] = defaultdict(float)
    names: dict[int, str] = {}
    served: dict[int, int] = defaultdict(int)
    post_hours: dict[int | None, float] = defaultdict(float)
    post_people: dict[int | None, set[int]] = defaultdict(set)
    post_records: dict[int | None, int] = defaultdict(int)
    for row in rows:
        post_records[row.post_id] += 1
        for person_id, name, person_hours in row.people:
            hours[person_id] += person_hours
            names[person_id] = name
            served[person_id] += 1
            post_hours[row.post_id] += person_hours
            post_people[row.post_id].add(person_id)
    people = sorted((PersonTotal(pid, names[pid], round(h, 2), served[pid]) for pid, h in hours.items()),
                    key=lambda r: (-r.hours, r.name))
    return PeriodService(rows, people, _post_totals(session, post_hours, post_people, post_records))


def person_totals(session: Session, start: dt.date, end: dt.date) -> list[PersonTotal]:
    """Hours and number of records per person who served in the period, most hours first."""
    _check_period(start, end)
    query = (select(Person.id, Person.name, func.sum(ServiceParticipant.hours), func.count(ServiceRecord.id))
             .join(ServiceParticipant, ServiceParticipant.person_id == Person.id)
             .join(ServiceRecord, ServiceRecord.id == ServiceParticipant.record_id)
             .where(ServiceRecord.day >= start, ServiceRecord.day <= end).group_by(Person.id, Person.name))
    rows = [PersonTotal(pid, name, round(float(hours or 0), 2), int(n)) for pid, name, hours, n in session.execute(query)]
    return sorted(rows, key=lambda r: (-r.hours, r.name))


def hours_per_person(session: Session, start: dt.date, end: dt.date) -> dict[int, float]:
    """Hours per person who served in the period: what the yearly figures and the target need, without
    the names and counts of `person_totals` (the overview asks on every start)."""
    _check_period(start, end)
    records = select(ServiceRecord.id).where(ServiceRecord.day >= start, ServiceRecord.day <= end)
    query = (select(ServiceParticipant.person_id, func.sum(ServiceParticipant.hours))  # IN, not a join: SQLite
             .where(ServiceParticipant.record_id.in_(records))  # reads the day index first, twice as fast
             .group_by(ServiceParticipant.person_id))
    return {person_id: round(float(hours or 0), 2) for person_id, hours in session.execute(query)}


def post_totals(session: Session, start: dt.date, end: dt.date) -> list[PostTotal]:
    """Hours, people and records per post in the period, in the posts' order; service without a post last."""
    return period_service(session, start, end).posts


def _post_totals(session: Session, hours: dict[int | None, float], people: dict[int | None, set[int]],
                 records: dict[int | None, int]) -> list[PostTotal]:
    """Every post in the posts' order (an archived one only if it has service); service without a post last."""
    columns = select(Post.id, Post.name, Post.name_en, Post.archived).order_by(Post.position, Post.id)
    result = [PostTotal(pid, name, name_en, round(hours.get(pid, 0.0), 2), len(people.get(pid, ())),
                        records.get(pid, 0))
              for pid, name, name_en, archived in session.execute(columns) if not archived or pid in hours]
    if None in hours:
        result.append(PostTotal(None, "", "", round(hours[None], 2), len(people[None]), records[None]))
    return result


def target_status(session: Session, year: int, served: dict[int, float] | None = None) -> list[TargetRow]:
    """Each active party member and volunteer against the yearly target (hours), fewest hours first.
    `served`, hours per person in the year, is what the caller has added up already, if it has."""
    target = posts.get_settings(session).yearly_target_hours
    if served is None:
        served = hours_per_person(session, dt.date(year, 1, 1), dt.date(year, 12, 31))
    people = posts.serving_people_query().with_only_columns(Person.id, Person.name)  # columns, not 2,000 objects
    rows = [TargetRow(pid, name, served.get(pid, 0.0), target) for pid, name in session.execute(people)]
    return sorted(rows, key=lambda r: (r.hours, r.name))


def unmet_target(session: Session, year: int) -> list[TargetRow]:
    return [row for row in target_status(session, year) if not row.met]


# -- helpers -----------------------------------------------------------------------------------
def _check(session: Session, data: ServiceData, today: dt.date, keep: set[int]) -> float:
    if not data.activity.strip():
        raise InvalidService("activity", "required")
    for name in ("activity", "place", "beneficiaries"):
        if len(getattr(data, name).strip()) > TEXT_MAX:
            raise InvalidService(name, "too_long")
    if data.day > today:
        raise InvalidService("day", "future")
    if not data.people:
        raise InvalidService("people", "required")
    if not math.isfinite(data.amount) or data.amount <= 0:
        raise InvalidService("amount", "not_positive")
    if data.amount > (MAX_DAYS if Unit(data.unit) is Unit.DAYS else MAX_HOURS):
        raise InvalidService("amount", "too_many")
    if data.post_id is not None and session.get(Post, data.post_id) is None:
        raise InvalidService("post_id", "unknown")
    posts.refuse_archived(session, list(dict.fromkeys(data.people)), "people", InvalidService, keep)
    return hours_of(session, data.amount, data.unit)


def _apply(record: ServiceRecord, data: ServiceData, hours: float) -> None:
    record.day, record.post_id = data.day, data.post_id
    record.activity, record.place = data.activity.strip(), data.place.strip()
    record.beneficiaries = data.beneficiaries.strip()
    for person_id in dict.fromkeys(data.people):
        record.participants.append(ServiceParticipant(person_id=person_id, hours=hours))


def _rows(session: Session, where: list) -> list[ServiceRow]:  # type: ignore[type-arg]
    """Plain column reads through the Core connection, not ORM objects or ORM result rows: a ten-year
    store has 50,000 records, a year of them 13,000 participations, and this runs on every reload.
    Participants come sorted by name from the database rather than sorted record by record here."""
    connection = session.connection()
    records = connection.execute(
        select(ServiceRecord.id, ServiceRecord.day, ServiceRecord.post_id, ServiceRecord.activity,
               ServiceRecord.place, ServiceRecord.beneficiaries)
        .where(*where).order_by(ServiceRecord.day.desc(), ServiceRecord.id.desc())).all()
    people: dict[int, list[tuple[int, str, float]]] = defaultdict(list)
    chosen = select(ServiceRecord.id).where(*where).scalar_subquery()
    for record_id, person_id, name, hours in connection.execute(  # all(): one fetch, not one per row
            select(ServiceParticipant.record_id, ServiceParticipant.person_id, Person.name, ServiceParticipant.hours)
            .join(Person, Person.id == ServiceParticipant.person_id)
            .where(ServiceParticipant.record_id.in_(chosen)).order_by(Person.name, Person.id)).all():
        people[record_id].append((person_id, name, hours))
    post_names = {pid: (name, name_en) for pid, name, name_en in connection.execute(select(Post.id, Post.name,
                                                                                          Post.name_en))}
    return [ServiceRow(rid, day, post_id, *post_names.get(post_id, ("", "")), activity, place,  # type: ignore[arg-type]
                       beneficiaries, tuple(people.get(rid, ())))
            for rid, day, post_id, activity, place, beneficiaries in records]


def _haystack(row: ServiceRow) -> str:
    return " ".join((row.activity, row.place, row.beneficiaries, row.post_name, row.post_name_en,
                     *(name for _i, name, _h in row.people))).casefold()


def _check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise InvalidService("period", "end_before_start")


def _get(session: Session, record_id: int) -> ServiceRecord:
    record = session.get(ServiceRecord, record_id)
    if record is None:
        raise PostsNotFound("service_records", record_id)
    return record
