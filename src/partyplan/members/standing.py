"""Whether a person is a full member, a probationary member or no member on a given day.

《中国共产党章程》第七条 and 《中国共产党发展党员工作细则》第五章: a member admitted by the branch general
meeting is probationary; the probation lasts a year and may be extended once, by six months to a year;
only a vote of the general meeting on the conversion (and its approval) makes a full member. So the
member's development file decides: a probationary member whose year is up but whose conversion has not
been voted is still probationary, and an extended probation runs to its new end. Only a member with no
file falls back to what People holds: the day they became a full member if recorded (转正日期,
members/records.py), else the joining day plus the probation the office's rules set (a member with neither date is taken as full: the
registers of long-standing members rarely carry them).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import DevelopmentCase, DevelopmentStep, Person, PersonRole, Role, StepKind
from partyplan.development.pipeline import add_months, facts_of, probation_end
from partyplan.development.rules import Rules, load_rules


class Standing(enum.StrEnum):
    FULL = "full"  # 正式党员
    PROBATIONARY = "probationary"  # 预备党员
    NOT_MEMBER = "not_member"


class Source(enum.StrEnum):
    """Where a standing was read from, so that a list can say why."""

    FILE = "file"  # the development file's steps
    RECORD = "record"  # the dates in People
    ASSUMED = "assumed"  # a party member in People without dates


@dataclass(frozen=True)
class MemberStanding:
    person_id: int
    standing: Standing
    source: Source
    admitted: dt.date | None = None  # became a probationary member
    probation_ends: dt.date | None = None  # with any extension; for a probationary member
    full_since: dt.date | None = None


def standings(session: Session, on: dt.date, person_ids: Iterable[int] | None = None) -> dict[int, MemberStanding]:
    """The standing on `on` of everyone who is a party member in People or has been admitted through a
    development file (of the given people only, when `person_ids` is given)."""
    rules = load_rules(session)
    wanted = None if person_ids is None else set(person_ids)
    query = (select(Person.id, Person.joined_date, Person.full_member_date)
             .join(PersonRole, PersonRole.person_id == Person.id).where(PersonRole.role == Role.PARTY_MEMBER))
    if wanted is not None:
        query = query.where(Person.id.in_(wanted))
    people = {pid: (joined, full) for pid, joined, full in session.execute(query).tuples().all()}
    admitted = select(DevelopmentStep.case_id).where(DevelopmentStep.kind == StepKind.PROBATIONARY,
                                                     DevelopmentStep.day <= on)
    cases = select(DevelopmentCase).where(DevelopmentCase.id.in_(admitted))  # only files that admitted someone
    if wanted is not None:
        cases = cases.where(DevelopmentCase.person_id.in_(wanted))
    from_files: dict[int, MemberStanding] = {}
    for case in session.scalars(cases.order_by(DevelopmentCase.opened_on, DevelopmentCase.id)):
        found = _from_file(case, on, rules)
        if found is not None:  # a later file that admitted the person wins over an earlier one
            from_files[case.person_id] = found
    result = {pid: from_files.get(pid) or _from_record(pid, joined, full, on, rules)
              for pid, (joined, full) in people.items()}
    result.update({pid: s for pid, s in from_files.items() if pid not in result})
    return result


def standing_of(session: Session, person_id: int, on: dt.date) -> MemberStanding:
    return standings(session, on, [person_id]).get(person_id) or MemberStanding(person_id, Standing.NOT_MEMBER,
                                                                                Source.RECORD)


def _from_file(case: DevelopmentCase, on: dt.date, rules: Rules) -> MemberStanding | None:
    """None when this file never admitted the person (or not by `on`): People decides then."""
    steps = [s for s in case.steps if s.day <= on]
    facts = facts_of(steps)
    admitted = facts.first.get(StepKind.PROBATIONARY)
    if admitted is None:
        return None
    if StepKind.CANCELLED in facts.last and facts.last[StepKind.CANCELLED] >= admitted:
        return MemberStanding(case.person_id, Standing.NOT_MEMBER, Source.FILE, admitted)
    if StepKind.FULL in facts.first:
        return MemberStanding(case.person_id, Standing.FULL, Source.FILE, admitted,
                              full_since=facts.first[StepKind.FULL])
    return MemberStanding(case.person_id, Standing.PROBATIONARY, Source.FILE, admitted,
                          probation_ends=probation_end(facts, rules))


def _from_record(person_id: int, joined: dt.date | None, full: dt.date | None, on: dt.date,
                 rules: Rules) -> MemberStanding:
    if joined is not None and joined > on:
        return MemberStanding(person_id, Standing.NOT_MEMBER, Source.RECORD, joined)
    if full is not None:  # the 转正日期 of the member's record (members/records.py)
        if on >= full:
            return MemberStanding(person_id, Standing.FULL, Source.RECORD, joined, full_since=full)
        return MemberStanding(person_id, Standing.PROBATIONARY, Source.RECORD, joined, probation_ends=full)
    if joined is None:
        return MemberStanding(person_id, Standing.FULL, Source.ASSUMED)
    if joined > on:
        return MemberStanding(person_id, Standing.NOT_MEMBER, Source.RECORD, joined)
    ends = add_months(joined, rules.probation_months)
    if on < ends:
        return MemberStanding(person_id, Standing.PROBATIONARY, Source.RECORD, joined, probation_ends=ends)
    return MemberStanding(person_id, Standing.FULL, Source.RECORD, joined, full_since=ends)
