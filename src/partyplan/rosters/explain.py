"""Facts about why a roster cannot be made, or which locked cells break a rule.

Nothing here writes a sentence: the window and the command line turn these facts into "12 Oct
evening needs 2, only 1 available: Wang on leave, Li at monthly maximum". The solver shares the
per-cell checks below, so what the explanation calls "blocked" is exactly what the model forbids.

Reason codes (``Blocked.reason`` and ``Conflict.reason``):

- ``unavailable``: the date is one of the person's unavailable dates (leave, training, ...).
- ``weekday``: the person never serves on that weekday.
- ``missing_role``: the person does not hold a role the cell requires.
- ``max_reached``: locked cells already give the person their monthly maximum.
- ``same_day``: the person is locked into another cell that same day.
- ``rest_gap``: the person is locked into a cell on a day too close (``Rules.min_gap_days``).

Conflicts (locked cells that break a hard rule; kept anyway, because a person locked them) also use:

- ``headcount``: the locked cell holds a different number of people than the slot needs.
- ``unknown_candidate``: a locked person is not among the candidates (left, or not on duty lists).
- ``unknown_slot``: a locked cell names a date and shift with no slot this month; it is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from partyplan.errors import PartyPlanError

if TYPE_CHECKING:
    from partyplan.rosters.solver import Candidate, Problem, Slot

UNAVAILABLE = "unavailable"
WEEKDAY = "weekday"
MISSING_ROLE = "missing_role"
MAX_REACHED = "max_reached"
SAME_DAY = "same_day"
REST_GAP = "rest_gap"
HEADCOUNT = "headcount"
UNKNOWN_CANDIDATE = "unknown_candidate"
UNKNOWN_SLOT = "unknown_slot"


@dataclass(frozen=True)
class Blocked:
    candidate_id: int
    reason: str


@dataclass(frozen=True)
class Shortage:
    """Too few people can fill one cell. Every candidate is either counted in ``available`` or listed
    once in ``blocked``. With ``role`` set, the shortage is of holders of that role and ``needed`` is
    the role's minimum; people without the role are then blocked as ``missing_role``."""

    date: dt.date
    shift: str
    needed: int
    available: int
    blocked: tuple[Blocked, ...]
    role: str | None = None


@dataclass(frozen=True)
class CapacityShortage:
    """Each cell can be filled on its own, but the month asks more duties than people can give
    (monthly maxima, available days, rest gaps). With ``role`` set, the count is of that role's duties."""

    needed_total: int
    capacity_total: int
    role: str | None = None


@dataclass(frozen=True)
class Conflict:
    """A locked cell that breaks a hard rule. ``needed``/``found`` are set for ``headcount`` (people)
    and ``missing_role`` (holders of ``role``)."""

    date: dt.date
    shift: str
    reason: str
    candidate_id: int | None = None
    role: str | None = None
    needed: int = 0
    found: int = 0


@dataclass
class Infeasible(PartyPlanError):
    """No roster obeys every hard rule. Both fields empty means the pre-checks found no single cause:
    the rules only clash in combination (for example rest gaps and roles across several days)."""

    shortages: list[Shortage] = field(default_factory=list)
    capacity: CapacityShortage | None = None


def absence(candidate: Candidate, day: dt.date) -> str | None:
    """Why the person cannot serve that day at all, before any locked cell is considered."""
    if day in candidate.unavailable:
        return UNAVAILABLE
    if day.weekday() in candidate.unavailable_weekdays:
        return WEEKDAY
    return None


def locked_dates(problem: Problem) -> dict[int, list[dt.date]]:
    """Each person's locked duty dates (with repeats), for the cells that match a slot."""
    known = {(slot.date, slot.shift) for slot in problem.slots}
    dates: dict[int, list[dt.date]] = defaultdict(list)
    for (day, shift), ids in problem.fixed.items():
        if (day, shift) in known:
            for candidate_id in ids:
                dates[candidate_id].append(day)
    return dates


def block_reason(candidate: Candidate, slot: Slot, problem: Problem, locked: list[dt.date]) -> str | None:
    """Why the person may not be placed in this free (unlocked) cell, or None when they may."""
    reason = absence(candidate, slot.date)
    if reason is not None:
        return reason
    if slot.date in locked:
        return SAME_DAY
    if any(abs((day - slot.date).days) <= problem.rules.min_gap_days for day in locked):
        return REST_GAP
    if candidate.max_per_month is not None and len(locked) >= candidate.max_per_month:
        return MAX_REACHED
    return None


def spaced_count(dates: Iterable[dt.date], min_gap_days: int) -> int:
    """The most duties one person can take on these dates with the rest gap between them: picking
    the earliest date that fits is optimal for points on a line."""
    count, last = 0, None
    for day in sorted(set(dates)):
        if last is None or (day - last).days > min_gap_days:
            count, last = count + 1, day
    return count


def free_slots(problem: Problem) -> list[Slot]:
    return [slot for slot in problem.slots if (slot.date, slot.shift) not in problem.fixed]


def why(problem: Problem) -> Infeasible:
    """The explanation: cells nobody can fill first, then month-wide capacity, else no single cause."""
    locked = locked_dates(problem)
    shortages = [s for slot in free_slots(problem) for s in _slot_shortages(problem, slot, locked)]
    if shortages:
        return Infeasible(shortages=shortages)
    return Infeasible(capacity=_capacity_shortage(problem, locked))


def _slot_shortages(problem: Problem, slot: Slot, locked: dict[int, list[dt.date]]) -> list[Shortage]:
    reasons = {c.id: block_reason(c, slot, problem, locked.get(c.id, [])) for c in problem.candidates}
    blocked = tuple(Blocked(cid, reason) for cid, reason in reasons.items() if reason is not None)
    found: list[Shortage] = []
    available = len(reasons) - len(blocked)
    if available < slot.needed:
        found.append(Shortage(slot.date, slot.shift, slot.needed, available, blocked))
    for role, minimum in slot.required_roles:
        role_blocked = tuple(
            Blocked(c.id, reasons[c.id] if role in c.roles else MISSING_ROLE)
            for c in problem.candidates
            if role not in c.roles or reasons[c.id] is not None
        )
        holders = len(problem.candidates) - len(role_blocked)
        if holders < minimum:
            found.append(Shortage(slot.date, slot.shift, minimum, holders, role_blocked, role))
    return found


def _capacity_shortage(problem: Problem, locked: dict[int, list[dt.date]]) -> CapacityShortage | None:
    """All duties first, then each required role's duties."""
    slots = free_slots(problem)
    shortage = _capacity(problem, locked, slots, None, sum(slot.needed for slot in slots))
    roles = sorted({role for slot in slots for role, _ in slot.required_roles})
    for role in roles:
        if shortage is not None:
            break
        role_needed = sum(minimum for slot in slots for name, minimum in slot.required_roles if name == role)
        role_slots = [slot for slot in slots if any(name == role for name, _ in slot.required_roles)]
        shortage = _capacity(problem, locked, role_slots, role, role_needed)
    return shortage


def _capacity(
    problem: Problem, locked: dict[int, list[dt.date]], slots: list[Slot], role: str | None, needed: int
) -> CapacityShortage | None:
    capacity = 0
    for candidate in problem.candidates:
        if role is None or role in candidate.roles:
            capacity += candidate_capacity(candidate, slots, problem, locked.get(candidate.id, []))
    return CapacityShortage(needed, capacity, role) if capacity < needed else None


def candidate_capacity(candidate: Candidate, slots: Iterable[Slot], problem: Problem, locked: list[dt.date]) -> int:
    """An upper bound on the free cells this person can take among ``slots``."""
    dates = [slot.date for slot in slots if block_reason(candidate, slot, problem, locked) is None]
    spaced = spaced_count(dates, problem.rules.min_gap_days)
    if candidate.max_per_month is None:
        return spaced
    return max(0, min(spaced, candidate.max_per_month - len(locked)))


def conflicts(problem: Problem) -> list[Conflict]:
    """Every hard rule the locked cells break, cell by cell, then person by person, in date order."""
    slots = {(slot.date, slot.shift): slot for slot in problem.slots}
    people = {candidate.id: candidate for candidate in problem.candidates}
    found: list[Conflict] = []
    for key in sorted(problem.fixed):
        slot = slots.get(key)
        if slot is None:
            found.append(Conflict(key[0], key[1], UNKNOWN_SLOT))
        else:
            found.extend(_cell_conflicts(slot, problem.fixed[key], people))
    found.extend(_person_conflicts(problem, slots))
    return found


def _cell_conflicts(slot: Slot, ids: frozenset[int], people: dict[int, Candidate]) -> list[Conflict]:
    found: list[Conflict] = []
    if len(ids) != slot.needed:
        found.append(Conflict(slot.date, slot.shift, HEADCOUNT, needed=slot.needed, found=len(ids)))
    for candidate_id in sorted(ids):
        candidate = people.get(candidate_id)
        reason = UNKNOWN_CANDIDATE if candidate is None else absence(candidate, slot.date)
        if reason is not None:
            found.append(Conflict(slot.date, slot.shift, reason, candidate_id))
    for role, minimum in slot.required_roles:
        holders = sum(1 for cid in ids if cid in people and role in people[cid].roles)
        if holders < minimum:
            found.append(Conflict(slot.date, slot.shift, MISSING_ROLE, role=role, needed=minimum, found=holders))
    return found


def _person_conflicts(problem: Problem, slots: dict[tuple[dt.date, str], Slot]) -> list[Conflict]:
    """Same-day and rest-gap clashes between one person's locked cells, and locked cells beyond the
    monthly maximum; each is reported on the later cell."""
    cells: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
    for key in sorted(k for k in problem.fixed if k in slots):
        for candidate_id in problem.fixed[key]:
            cells[candidate_id].append(key)
    limits = {candidate.id: candidate.max_per_month for candidate in problem.candidates}
    found: list[Conflict] = []
    for candidate_id, keys in sorted(cells.items()):
        for earlier, later in zip(keys, keys[1:]):
            gap = (later[0] - earlier[0]).days
            if gap == 0 or gap <= problem.rules.min_gap_days:
                found.append(Conflict(later[0], later[1], SAME_DAY if gap == 0 else REST_GAP, candidate_id))
        limit = limits.get(candidate_id)
        if limit is not None and len(keys) > limit:
            found.append(Conflict(keys[limit][0], keys[limit][1], MAX_REACHED, candidate_id))
    return found
