"""Shared set-up for the meeting tests: a small office with cadres, members and representatives."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from partyplan.db.models import Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData

TODAY = dt.date(2026, 11, 22)


@dataclass(frozen=True)
class Office:
    cadres: list[int]  # cadres are party members too
    members: list[int]  # party members who are not cadres; the last one is probationary
    reps: list[int]  # residents' representatives (not party members)

    @property
    def probationary(self) -> int:
        return self.members[-1]

    @property
    def party(self) -> list[int]:
        return self.cadres + self.members


def make_office(session, today: dt.date = TODAY) -> Office:  # type: ignore[no-untyped-def]
    def add(name: str, roles: set[Role], joined: dt.date | None = None) -> int:
        return people.add_person(session, PersonData(name=name, roles=roles, joined_date=joined), today)

    cadres = [add(n, {Role.CADRE, Role.PARTY_MEMBER}, dt.date(2005, 7, 1)) for n in ("张书记", "李委员", "王委员")]
    members = [add(f"党员{n}", {Role.PARTY_MEMBER}, dt.date(2010 + n, 7, 1)) for n in range(1, 7)]
    members.append(add("预备党员赵", {Role.PARTY_MEMBER}, today - dt.timedelta(days=100)))
    reps = [add(f"代表{n}", {Role.RESIDENT_REP}) for n in range(1, 4)]
    return Office(cadres, members, reps)
