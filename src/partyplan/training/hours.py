"""Party members' yearly study in class hours (学时), beside the cadres' training days of service.py.

The central plan for party-member education, 《2019—2023年全国党员教育培训工作规划》 (中共中央, 2019,
"党员每年集中学习培训时间一般不少于32学时；基层党组织书记和班子成员每年集中学习培训时间不少于56学时"),
sets the yearly minimum in class hours: every party member at least 32 学时 a year, branch secretaries
and branch committee members (书记, 副书记 and the 委员 of the branch committee) at least 56. The office can change both. Who sits on the committee is read from
the member's 党内职务 (members/records.py): a post naming 书记 or 委员. The community cadres' 10 days a
year stays with the roles in service.py. A session counts its class hours; one recorded in days only
counts its days at the office's hours of a training day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import Person, Role, TrainingParticipant, TrainingSession
from partyplan.people.service import role_sets
from partyplan.training import InvalidTraining
from partyplan.training.service import hours_per_day

MEMBER, LEADER = "member", "leader"
DEFAULT_HOURS = {MEMBER: 32.0, LEADER: 56.0}
KEY = "training.required_hours.{}"
MOST = 2000.0  # more class hours than a year could hold is a typing slip
LEADER_WORDS = ("书记", "委员")


@dataclass(frozen=True)
class HoursTotal:
    person_id: int
    name: str
    post: str  # 党内职务, as recorded
    leader: bool  # a secretary or a committee member: the higher requirement
    hours: float
    required: float

    @property
    def shortfall(self) -> float:
        return max(0.0, round(self.required - self.hours, 2))

    @property
    def progress(self) -> float:
        return min(1.0, self.hours / self.required) if self.required else 1.0


def is_leader(post: str | None) -> bool:
    return any(word in (post or "") for word in LEADER_WORDS)


def required_hours(session: Session) -> dict[str, float]:
    """The office's two minimums; a stored value that does not read as a positive number is the default."""
    found = {}
    for kind, default in DEFAULT_HOURS.items():
        try:
            value = float(office.get_setting(session, KEY.format(kind), "") or default)
        except ValueError:
            value = default
        found[kind] = value if 0 < value <= MOST else default
    return found


def set_required_hours(session: Session, kind: str, hours: float) -> None:
    if kind not in DEFAULT_HOURS:
        raise InvalidTraining("required_hours", "unknown_kind")
    if not 0 < hours <= MOST:
        raise InvalidTraining(f"required_hours.{kind}", "hours_required_range")
    office.set_setting(session, KEY.format(kind), f"{hours:g}")


def yearly_hours(session: Session, year: int) -> list[HoursTotal]:
    """Every party member not archived, with the class hours of the sessions they attended that started in
    `year`, the furthest behind first."""
    per_day = hours_per_day(session)
    hours: dict[int, float] = {}
    for person_id, days, class_hours in session.execute(
            select(TrainingParticipant.person_id, TrainingSession.days, TrainingSession.class_hours)
            .join(TrainingSession).where(TrainingParticipant.attended.is_(True),
                                         TrainingSession.start >= dt.date(year, 1, 1),
                                         TrainingSession.start <= dt.date(year, 12, 31))).tuples():
        hours[person_id] = hours.get(person_id, 0.0) + (class_hours if class_hours > 0 else days * per_day)
    roles = role_sets(session)
    required = required_hours(session)
    totals = []
    for person_id, name, post in session.execute(
            select(Person.id, Person.name, Person.party_post).where(Person.archived.is_(False))).tuples():
        if Role.PARTY_MEMBER not in roles.get(person_id, frozenset()):
            continue
        leader = is_leader(post)
        totals.append(HoursTotal(person_id, name, post or "", leader, round(hours.get(person_id, 0.0), 2),
                                 required[LEADER if leader else MEMBER]))
    return sorted(totals, key=lambda t: (-t.shortfall, t.name, t.person_id))
