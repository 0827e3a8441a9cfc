"""Heart-to-heart talks (谈心谈话) between cadres and members, and who has not been talked to.

Party practice asks for at least one talk with every member each half-year; `not_talked_to` lists the
members with no talk in a period, longest-waiting first.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partyplan.db.models import Person, PersonRole, Role, Talk
from partyplan.meetings import InvalidMeeting, MeetingNotFound

DEFAULT_MONTHS = 6


@dataclass(frozen=True)
class TalkData:
    day: dt.date | None
    cadre_id: int | None
    member_id: int | None
    topic: str = ""
    follow_up: str = ""


@dataclass(frozen=True)
class TalkRow:
    id: int
    day: dt.date
    cadre_id: int
    cadre_name: str
    member_id: int
    member_name: str
    topic: str
    follow_up: str

    def data(self) -> TalkData:
        return TalkData(self.day, self.cadre_id, self.member_id, self.topic, self.follow_up)


@dataclass(frozen=True)
class MemberGap:
    """A member with no talk in the period, and when they were last talked to (if ever)."""

    person_id: int
    name: str
    last_talk: dt.date | None


def add_talk(session: Session, data: TalkData, today: dt.date | None = None) -> int:
    _check(session, data, today or dt.date.today())
    talk = Talk()
    _apply(talk, data)
    session.add(talk)
    session.flush()
    return talk.id


def update_talk(session: Session, talk_id: int, data: TalkData, today: dt.date | None = None) -> None:
    _check(session, data, today or dt.date.today())
    _apply(_load(session, talk_id), data)
    session.flush()


def delete_talk(session: Session, talk_id: int) -> None:
    session.delete(_load(session, talk_id))
    session.flush()


def list_talks(session: Session, start: dt.date | None = None, end: dt.date | None = None) -> list[TalkRow]:
    query = select(Talk).order_by(Talk.day.desc(), Talk.id.desc())
    if start is not None:
        query = query.where(Talk.day >= start)
    if end is not None:
        query = query.where(Talk.day <= end)
    talks = list(session.scalars(query))
    ids = {t.cadre_id for t in talks} | {t.member_id for t in talks}
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all()) if ids else {}
    return [TalkRow(t.id, t.day, t.cadre_id, names.get(t.cadre_id, "?"), t.member_id, names.get(t.member_id, "?"),
                    t.topic, t.follow_up) for t in talks]


def not_talked_to(session: Session, start: dt.date, end: dt.date) -> list[MemberGap]:
    """Current party members with no talk between `start` and `end`, those never talked to first."""
    members = session.execute(
        select(Person.id, Person.name).join(PersonRole, PersonRole.person_id == Person.id)
        .where(PersonRole.role == Role.PARTY_MEMBER, Person.archived.is_(False))).tuples().all()
    talked = set(session.scalars(select(Talk.member_id).where(Talk.day >= start, Talk.day <= end)))
    last = dict(session.execute(
        select(Talk.member_id, func.max(Talk.day)).where(Talk.day <= end).group_by(Talk.member_id)).tuples().all())
    gaps = [MemberGap(pid, name, last.get(pid)) for pid, name in members if pid not in talked]
    return sorted(gaps, key=lambda g: (g.last_talk or dt.date.min, g.name, g.person_id))


def window(today: dt.date, months: int = DEFAULT_MONTHS) -> tuple[dt.date, dt.date]:
    """The last `months` months up to today: 2026-11-22 and 6 give 2026-05-23 .. 2026-11-22."""
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(today.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day) + dt.timedelta(days=1), today


def half_year(year: int, half: int) -> tuple[dt.date, dt.date]:
    if half not in (1, 2):
        raise ValueError(f"half must be 1 or 2, not {half}")
    return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if half == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))


def _check(session: Session, data: TalkData, today: dt.date) -> None:
    if data.day is None:
        raise InvalidMeeting("day", "required")
    if data.day > today:
        raise InvalidMeeting("day", "future")
    if data.cadre_id is None:
        raise InvalidMeeting("cadre", "required")
    if data.member_id is None:
        raise InvalidMeeting("member", "required")
    if data.cadre_id == data.member_id:
        raise InvalidMeeting("member", "same_person")
    for field, person_id in (("cadre", data.cadre_id), ("member", data.member_id)):
        if session.get(Person, person_id) is None:
            raise InvalidMeeting(field, "not_found")


def _apply(talk: Talk, data: TalkData) -> None:
    assert data.day is not None and data.cadre_id is not None and data.member_id is not None
    talk.day, talk.cadre_id, talk.member_id = data.day, data.cadre_id, data.member_id
    talk.topic, talk.follow_up = data.topic.strip(), data.follow_up.strip()


def _load(session: Session, talk_id: int) -> Talk:
    talk = session.get(Talk, talk_id)
    if talk is None:
        raise MeetingNotFound("talk", talk_id)
    return talk
