"""Each branch's figures for the overview, in one call: its members (full, probationary, registered
elsewhere), party groups, the 三会一课 gaps of the year so far, the development files open and what they
owe, the follow-ups of unqualified members, the committee's term, and who has dues unpaid this year.

A person counts for the branch they or their party group belong to; people of no branch are counted
under `unassigned`, so that the totals add up to the office's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import DevelopmentCase, Person
from partyplan.development import due
from partyplan.dues.service import last_month, unpaid
from partyplan.members import disposals, roll
from partyplan.members.standing import Standing
from partyplan.organisations import sanhui, service, terms


@dataclass(frozen=True)
class BranchFigures:
    org_id: int | None  # None: people of no branch
    name: str
    full_members: int = 0
    probationary: int = 0
    elsewhere: int = 0  # registered in another branch (在职, 流动)
    groups: int = 0
    sanhui_held: int = 0
    sanhui_required: int = 0
    sanhui_missing: int = 0
    sanhui_overdue: int = 0
    open_files: int = 0
    files_overdue: int = 0  # development files with something overdue
    followups: int = 0  # open follow-ups of unqualified members
    term_ends: dt.date | None = None  # the committee's current term (its approved postponement if any)
    election: str | None = None  # "election_due" within six months of the end, "expired" after it
    dues_unpaid: int = 0  # members with dues unpaid up to last month this year
    dues_lapsing: int = 0  # of them, six months or more in a row (党章第九条)

    @property
    def voters(self) -> int:
        return self.full_members


def branch_figures(session: Session, today: dt.date) -> list[BranchFigures]:
    """One row per branch in tree order, then one for the people of no branch if there are any."""
    branches = service.branches(session)
    branch_of_unit = {}
    for b in branches:
        for unit in service.unit_ids(session, b.id):
            branch_of_unit[unit] = b.id
    where = {pid: branch_of_unit.get(org) if org is not None else None
             for pid, org in session.execute(select(Person.id, Person.organisation_id)).tuples()}
    counts: dict[int | None, dict[str, int]] = {}

    def add(branch: int | None, key: str, n: int = 1) -> None:
        counts.setdefault(branch, {})[key] = counts.get(branch, {}).get(key, 0) + n

    for entry in roll.members(session, today):
        key = ("elsewhere" if entry.no_vote is roll.NoVote.ELSEWHERE
               else "probationary" if entry.standing is Standing.PROBATIONARY else "full_members")
        add(where.get(entry.person_id), key)
    overdue_cases = {row.case_id for row in due.pipeline(session, today, include_closed=False) if row.overdue}
    for case_id, person_id in session.execute(select(DevelopmentCase.id, DevelopmentCase.person_id)
                                              .where(DevelopmentCase.closed_on.is_(None))).tuples():
        add(where.get(person_id), "open_files")
        if case_id in overdue_cases:
            add(where.get(person_id), "files_overdue")
    for row in disposals.list_disposals(session, open_only=True):
        add(where.get(row.person_id), "followups")
    year, through = last_month(today)
    if year == today.year:
        for row in unpaid(session, year, through):
            add(where.get(row.line.person_id), "dues_unpaid")
            if row.lapsing:
                add(where.get(row.line.person_id), "dues_lapsing")
    report = sanhui.check(session, today.year, today)
    for unit in report.units:
        tally = unit.tally()
        add(unit.branch_id, "sanhui_held", tally.held)
        add(unit.branch_id, "sanhui_required", tally.required)
        add(unit.branch_id, "sanhui_missing", tally.missing)
        add(unit.branch_id, "sanhui_overdue", tally.overdue)
    current = terms.current_terms(session)
    elections = {d.organisation_id: d.kind for d in terms.terms_due(session, today)}
    rows = [BranchFigures(b.id, b.name, groups=len(service.groups_of(session, b.id)),
                          term_ends=current[b.id].runs_until if b.id in current else None,
                          election=elections.get(b.id), **counts.get(b.id, {})) for b in branches]
    if counts.get(None):
        rows.append(BranchFigures(None, "", **counts[None]))
    return rows
