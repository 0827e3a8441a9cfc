"""The branch's party members on a day, and which of them may vote (the voter roll).

《中国共产党章程》第四条 and 《中国共产党基层组织选举工作条例》: only full members have the right to vote;
probationary members attend the general meeting but do not vote. A member votes in the branch that
holds their organisational relation: members serving here whose relation stays with their employer's
branch (在职党员) and floating members registered elsewhere (流动党员) take part in activities here but
are not on this branch's roll and do not count among those entitled to vote. Standing comes from the
development file (members/standing.py), so an extended probation keeps a member off the roll until the
conversion is voted. Who is on the branch's roll at all (在册) is the transfers log's (members/transfers.py):
a member whose relation was transferred out, or is transferred in only later, is not listed.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import PartyCategory, Person
from partyplan.members.standing import Standing, standings
from partyplan.members.transfers import off_roll


class NoVote(enum.StrEnum):
    """Why a party member listed for the branch does not vote."""

    PROBATIONARY = "probationary"
    ELSEWHERE = "elsewhere"  # organisational relation in another branch (in service here, or floating)


@dataclass(frozen=True)
class RollEntry:
    person_id: int
    name: str
    standing: Standing
    category: PartyCategory | None
    no_vote: NoVote | None  # None: on the voter roll
    probation_ends: dt.date | None = None

    @property
    def votes(self) -> bool:
        return self.no_vote is None


def members(session: Session, on: dt.date, branch_id: int | None = None) -> list[RollEntry]:
    """Every party member on `on` (archived people left out), voters and non-voters, by name; of one
    branch (its party groups included) when `branch_id` is given, else of the whole office."""
    found = standings(session, on)
    query = select(Person.id, Person.name, Person.party_category).where(Person.archived.is_(False))
    if branch_id is not None:
        from partyplan.organisations.service import unit_ids

        query = query.where(Person.organisation_id.in_(unit_ids(session, branch_id)))
    people = session.execute(query.order_by(Person.name, Person.id)).all()
    away = off_roll(session, on)
    entries = []
    for pid, name, category in people:  # all read and filtered here: no list of thousands of ids to bind
        standing = found.get(pid)
        if standing is None or standing.standing is Standing.NOT_MEMBER or pid in away:
            continue
        entries.append(RollEntry(pid, name, standing.standing, category, _no_vote(standing.standing, category),
                                 standing.probation_ends))
    return entries


def voter_roll(session: Session, on: dt.date, branch_id: int | None = None) -> list[RollEntry]:
    """Those entitled to vote on `on`: full members whose organisational relation is in this branch."""
    return [e for e in members(session, on, branch_id) if e.votes]


def registered_here(category: PartyCategory | None) -> bool:
    """A member without a recorded category is taken as registered here, as members were before it was kept."""
    return category in (None, PartyCategory.REGISTERED)


def _no_vote(standing: Standing, category: PartyCategory | None) -> NoVote | None:
    if not registered_here(category):
        return NoVote.ELSEWHERE
    if standing is Standing.PROBATIONARY:
        return NoVote.PROBATIONARY
    return None
