"""Training sessions, who took part, and each person's yearly total against the requirement of their role.

A session counts in the year it starts. For a days requirement a session counts its days, or, when only
class hours were recorded, its hours divided by the hours of a training day (8 unless the office says
otherwise). Requirements live in the office settings ("training.required_days.<role>"): cadres need 10
days a year unless edited, other roles nothing until the office sets a number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.concurrency import lock_rule
from partyplan.db.models import Person, Role, TrainingParticipant, TrainingSession
from partyplan.people.service import role_sets
from partyplan.training import InvalidTraining, TrainingNotFound

KINDS = ("political_theory", "law", "community_service", "business_skills", "development_target", "backbone",
         "other")
REQUIRED_KEY = "training.required_days.{}"
HOURS_KEY = "training.hours_per_day"
DEFAULT_REQUIRED = {Role.CADRE: 10.0}
DEFAULT_HOURS_PER_DAY = 8.0
CERTIFICATE_MAX = 60


@dataclass(frozen=True)
class SessionData:
    title: str
    start: dt.date
    end: dt.date
    days: float = 0.0
    class_hours: float = 0.0
    kind: str = "other"
    organiser: str = ""
    place: str = ""
    note: str = ""


@dataclass(frozen=True)
class SessionRow:
    id: int
    data: SessionData
    participants: int
    attended: int
    certificates: int


@dataclass(frozen=True)
class ParticipantRow:
    session_id: int
    person_id: int
    name: str
    roles: frozenset[Role]
    archived: bool
    attended: bool
    certificate_no: str


@dataclass(frozen=True)
class PersonTotal:
    """One person's year: raw sums, the days they count for, and what their roles require (None: nothing)."""

    person_id: int
    name: str
    roles: frozenset[Role]
    archived: bool
    sessions: int
    days: float
    class_hours: float
    counted_days: float
    required_days: float | None

    @property
    def shortfall(self) -> float:
        if self.required_days is None:
            return 0.0
        return max(0.0, round(self.required_days - self.counted_days, 2))


@dataclass(frozen=True)
class PersonSession:
    """A session in a person's record."""

    session_id: int
    title: str
    kind: str
    start: dt.date
    end: dt.date
    days: float
    class_hours: float
    attended: bool
    certificate_no: str


# -- sessions ----------------------------------------------------------------------------------
def add_session(session: Session, data: SessionData) -> int:
    row = TrainingSession()
    _apply(row, _checked(data))
    session.add(row)
    session.flush()
    return row.id


def update_session(session: Session, session_id: int, data: SessionData) -> None:
    _apply(_session(session, session_id), _checked(data))
    session.flush()


def delete_session(session: Session, session_id: int) -> None:
    session.delete(_session(session, session_id))
    session.flush()


def get_session(session: Session, session_id: int) -> SessionRow:
    return _row(_session(session, session_id))


def list_sessions(session: Session, year: int) -> list[SessionRow]:
    rows = session.scalars(select(TrainingSession).where(*_in_year(year))
                           .order_by(TrainingSession.start, TrainingSession.id))
    return [_row(r) for r in rows]


def years(session: Session) -> list[int]:
    """Years that hold a session, newest first."""
    starts = session.scalars(select(TrainingSession.start).distinct())
    return sorted({d.year for d in starts}, reverse=True)


# -- participants ------------------------------------------------------------------------------
def participants(session: Session, session_id: int) -> list[ParticipantRow]:
    links = _session(session, session_id).participants
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_([x.person_id for x in links])))}
    rows = [ParticipantRow(session_id, x.person_id, people[x.person_id].name, people[x.person_id].role_set,
                           people[x.person_id].archived, x.attended, x.certificate_no) for x in links]
    return sorted(rows, key=lambda r: (r.name, r.person_id))


def set_participants(session: Session, session_id: int, person_ids: list[int]) -> None:
    """The session's list becomes `person_ids`; an archived person may stay but not be added."""
    row = _session(session, session_id)
    current = {x.person_id: x for x in row.participants}
    wanted = list(dict.fromkeys(person_ids))
    newcomers = [i for i in wanted if i not in current]
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(newcomers)))}
    missing = [i for i in newcomers if i not in people]
    if missing:
        raise TrainingNotFound("person", missing[0])
    archived = tuple(people[i].name for i in newcomers if people[i].archived)
    if archived:
        raise InvalidTraining("participants", "archived", archived)
    row.participants[:] = [current.get(i) or TrainingParticipant(person_id=i, attended=True, certificate_no="")
                           for i in wanted]
    session.flush()


def set_attended(session: Session, session_id: int, person_id: int, attended: bool) -> None:
    link = _participant(session, session_id, person_id)
    if not attended and link.certificate_no:
        raise InvalidTraining("attended", "has_certificate")
    link.attended = attended
    session.flush()


def set_certificate(session: Session, session_id: int, person_id: int, number: str) -> None:
    """A certificate number (empty: none); only for someone who attended, and never one already given
    (checked under the rule's lock, so two PCs cannot give the same number at once)."""
    lock_rule(session, "certificate_no")
    link = _participant(session, session_id, person_id)
    number = " ".join(number.split())
    if len(number) > CERTIFICATE_MAX:
        raise InvalidTraining("certificate_no", "too_long")
    if number and not link.attended:
        raise InvalidTraining("certificate_no", "not_attended")
    if number and session.scalar(select(func.count()).select_from(TrainingParticipant).where(
            TrainingParticipant.certificate_no == number,
            (TrainingParticipant.session_id != session_id) | (TrainingParticipant.person_id != person_id))):
        raise InvalidTraining("certificate_no", "duplicate")
    link.certificate_no = number
    session.flush()


def person_sessions(session: Session, person_id: int) -> list[PersonSession]:
    """Every session a person was put down for, newest first (their record)."""
    rows = session.execute(select(TrainingSession, TrainingParticipant).join(TrainingParticipant).where(
        TrainingParticipant.person_id == person_id).order_by(TrainingSession.start.desc(), TrainingSession.id))
    return [PersonSession(s.id, s.title, s.kind, s.start, s.end, s.days, s.class_hours, p.attended, p.certificate_no)
            for s, p in rows.tuples()]


# -- totals ------------------------------------------------------------------------------------
def training_totals(session: Session, person_id: int, start: dt.date, end: dt.date) -> tuple[float, float]:
    """Days and class hours of the sessions a person attended that started between `start` and `end`."""
    days, hours = session.execute(
        select(func.coalesce(func.sum(TrainingSession.days), 0.0),
               func.coalesce(func.sum(TrainingSession.class_hours), 0.0))
        .join(TrainingParticipant).where(TrainingParticipant.person_id == person_id,
                                         TrainingParticipant.attended.is_(True),
                                         TrainingSession.start >= start, TrainingSession.start <= end)).one()
    return float(days), float(hours)


def yearly_totals(session: Session, year: int) -> list[PersonTotal]:
    """Everyone trained in `year`, and every active person whose roles require training, by name."""
    required, per_day = required_days(session), hours_per_day(session)
    sums: dict[int, list[float]] = {}
    for person_id, days, hours in session.execute(
            select(TrainingParticipant.person_id, TrainingSession.days, TrainingSession.class_hours)
            .join(TrainingSession).where(TrainingParticipant.attended.is_(True), *_in_year(year))).tuples():
        entry = sums.setdefault(person_id, [0, 0.0, 0.0, 0.0])
        entry[0] += 1
        entry[1] += days
        entry[2] += hours
        entry[3] += days if days > 0 else hours / per_day
    roles = role_sets(session)  # columns, not 2,000 Person objects with their roles
    totals = []
    for person_id, name, archived in session.execute(
            select(Person.id, Person.name, Person.archived).order_by(Person.name, Person.id)).all():
        held = roles.get(person_id, frozenset())
        need = _requirement(held, required)
        if person_id not in sums and (need is None or archived):
            continue
        count, days, hours, counted = sums.get(person_id, [0, 0.0, 0.0, 0.0])
        totals.append(PersonTotal(person_id, name, held, archived, int(count),
                                  round(days, 2), round(hours, 2), round(counted, 2), need))
    return totals


def shortfalls(session: Session, year: int) -> list[PersonTotal]:
    """Active people short of their requirement, the furthest behind first."""
    short = [t for t in yearly_totals(session, year) if not t.archived and t.shortfall > 0]
    return sorted(short, key=lambda t: (-t.shortfall, t.name))


# -- requirements ------------------------------------------------------------------------------
def required_days(session: Session) -> dict[Role, float | None]:
    result: dict[Role, float | None] = {}
    for role in Role:
        default = DEFAULT_REQUIRED.get(role)
        text = office.get_setting(session, REQUIRED_KEY.format(role.value), "" if default is None else str(default))
        days = _number(text)
        result[role] = days if days and days > 0 else None
    return result


def set_required_days(session: Session, role: Role, days: float | None) -> None:
    """None or 0: the role has no yearly requirement."""
    if days is not None and days < 0:
        raise InvalidTraining(f"required.{role.value}", "negative")
    if days is not None and days > 366:
        raise InvalidTraining(f"required.{role.value}", "too_many")
    office.set_setting(session, REQUIRED_KEY.format(Role(role).value), "" if not days else f"{days:g}")


def hours_per_day(session: Session) -> float:
    hours = _number(office.get_setting(session, HOURS_KEY, ""))
    return hours if hours and 0 < hours <= 24 else DEFAULT_HOURS_PER_DAY


def set_hours_per_day(session: Session, hours: float) -> None:
    if not 0 < hours <= 24:
        raise InvalidTraining("hours_per_day", "hours_range")
    office.set_setting(session, HOURS_KEY, f"{hours:g}")


# -- helpers -----------------------------------------------------------------------------------
def _checked(data: SessionData) -> SessionData:
    if not data.title.strip():
        raise InvalidTraining("title", "required")
    if data.kind not in KINDS:
        raise InvalidTraining("kind", "unknown_kind")
    if data.end < data.start:
        raise InvalidTraining("end", "before_start")
    if data.days < 0:
        raise InvalidTraining("days", "negative")
    if data.class_hours < 0:
        raise InvalidTraining("class_hours", "negative")
    if data.days == 0 and data.class_hours == 0:
        raise InvalidTraining("days", "no_length")
    if data.days > (data.end - data.start).days + 1:
        raise InvalidTraining("days", "longer_than_dates")
    return data


def _apply(row: TrainingSession, data: SessionData) -> None:
    row.title, row.kind, row.start, row.end = data.title.strip(), data.kind, data.start, data.end
    row.days, row.class_hours = float(data.days), float(data.class_hours)
    row.organiser, row.place, row.note = data.organiser.strip(), data.place.strip(), data.note.strip()


def _row(row: TrainingSession) -> SessionRow:
    data = SessionData(row.title, row.start, row.end, row.days, row.class_hours, row.kind, row.organiser,
                       row.place, row.note)
    links = row.participants
    return SessionRow(row.id, data, len(links), sum(1 for x in links if x.attended),
                      sum(1 for x in links if x.certificate_no))


def _in_year(year: int) -> tuple:  # type: ignore[type-arg]
    return TrainingSession.start >= dt.date(year, 1, 1), TrainingSession.start <= dt.date(year, 12, 31)


def _number(text: str) -> float | None:
    """A stored setting; one typed by hand into the database and unreadable counts as not set."""
    try:
        return float(text)
    except ValueError:
        return None


def _requirement(roles: frozenset[Role], required: dict[Role, float | None]) -> float | None:
    """Someone in several roles owes the largest of their roles' requirements."""
    needs = [required[r] for r in roles if required.get(r) is not None]
    return max(needs) if needs else None  # type: ignore[type-var]


def _session(session: Session, session_id: int) -> TrainingSession:
    row = session.get(TrainingSession, session_id)
    if row is None:
        raise TrainingNotFound("session", session_id)
    return row


def _participant(session: Session, session_id: int, person_id: int) -> TrainingParticipant:
    link = session.get(TrainingParticipant, (session_id, person_id))
    if link is None:
        raise TrainingNotFound("participant", (session_id, person_id))
    return link
