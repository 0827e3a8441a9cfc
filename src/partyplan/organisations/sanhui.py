"""The 三会一课 check, per branch and per party group: were the branch's general meetings, committee
meetings and party lectures, and each group's meetings, held as often as the rules ask?

《中国共产党支部工作条例（试行）》: 三会一课 is the general meeting (第十一条: "一般每季度召开1次"), the
branch committee's meeting (monthly), the party group's meeting (monthly) and the party lecture (at least
quarterly). Each counts at the cadence of its meeting type, which the office may edit (meetings/types.py);
a branch with fewer than seven full members sets up no branch committee (the same 条例: a committee is
set up in a branch of seven full members or more), so its committee meetings are not asked for. A meeting
counts for the branch or group that holds it; in an office with a single branch, meetings recorded for no
organisation count for that branch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from partyplan.db.models import Cadence, OrgKind
from partyplan.meetings import cadence, types
from partyplan.meetings.cadence import SlotCheck, SlotState, Tally
from partyplan.members import roll
from partyplan.members.standing import Standing
from partyplan.organisations import service

BRANCH_TYPES = ("general_meeting", "branch_committee", "party_lecture")  # 支部党员大会、支委会、党课
GROUP_TYPES = ("party_group",)  # 党小组会
COMMITTEE_FROM = 7  # full members from which a branch has a committee


@dataclass(frozen=True)
class UnitCheck:
    org_id: int
    name: str
    kind: OrgKind
    branch_id: int  # itself, or the group's branch
    has_committee: bool  # for a branch: whether its committee's meetings are asked for
    slots: tuple[SlotCheck, ...]

    def tally(self, type_key: str | None = None) -> Tally:
        chosen = [s for s in self.slots if type_key is None or s.type_key == type_key]
        return Tally(sum(s.state is SlotState.HELD for s in chosen), len(chosen),
                     sum(s.state is SlotState.MISSING for s in chosen), sum(s.state is SlotState.OVERDUE for s in chosen))

    def problems(self) -> list[SlotCheck]:
        return [s for s in self.slots if s.state in cadence.PROBLEMS]


@dataclass(frozen=True)
class SanhuiReport:
    year: int
    today: dt.date
    units: tuple[UnitCheck, ...]

    def of(self, org_id: int) -> UnitCheck | None:
        return next((u for u in self.units if u.org_id == org_id), None)

    def problems(self) -> list[tuple[UnitCheck, SlotCheck]]:
        return [(u, s) for u in self.units for s in u.problems()]


def check(session: Session, year: int, today: dt.date, org_id: int | None = None) -> SanhuiReport:
    """Every branch and party group (or the one given, and a branch's groups with it)."""
    kinds = {t.key: t for t in types.list_types(session) if t.key and t.cadence is not Cadence.NONE}
    branches = service.branches(session)
    single = branches[0].id if len(branches) == 1 else None
    units = []
    for branch in branches:
        groups = service.groups_of(session, branch.id)
        if org_id is not None and org_id != branch.id and org_id not in {g.id for g in groups}:
            continue
        full = sum(1 for e in roll.members(session, min(today, dt.date(year, 12, 31)), branch.id)
                   if e.standing is Standing.FULL and e.votes)
        has_committee = full >= COMMITTEE_FROM
        if org_id in (None, branch.id):
            keys = [k for k in BRANCH_TYPES if k != "branch_committee" or has_committee]
            owned = {branch.id, None} if single == branch.id else {branch.id}
            units.append(UnitCheck(branch.id, branch.name, OrgKind.BRANCH, branch.id, has_committee,
                                   _slots(session, year, today, [kinds[k] for k in keys if k in kinds], owned)))
        for group in groups:
            if org_id in (None, branch.id, group.id):
                units.append(UnitCheck(group.id, group.name, OrgKind.GROUP, branch.id, has_committee,
                                       _slots(session, year, today, [kinds[k] for k in GROUP_TYPES if k in kinds],
                                              {group.id})))
    return SanhuiReport(year, today, tuple(units))


def _slots(session: Session, year: int, today: dt.date, kinds: list[types.MeetingTypeRow],
           owned: set[int | None]) -> tuple[SlotCheck, ...]:
    found = []
    for kind in kinds:
        meetings = cadence.meetings_of(session, kind.id, year, owned)
        for slot in cadence.slots(kind.cadence, kind.months, year, kind.position):
            state, meeting_id = cadence.judge(slot.period, meetings, today)
            meeting = next((m for m in meetings if m[0] == meeting_id), None)
            found.append(SlotCheck(kind.id, kind.key, kind.name, kind.name_en, kind.cadence, slot.period, state,
                                   meeting_id, meeting[3] if meeting else None, meeting[2] if meeting else None))
    return tuple(found)
