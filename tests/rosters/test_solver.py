"""The roster solver: hard rules always, fairness and wishes when free to, facts when impossible."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import time
from collections import defaultdict

import pytest

from partyplan.rosters.calendar import DayKind, month_days, official_days
from partyplan.rosters.explain import Blocked, CapacityShortage, Conflict, Infeasible, Shortage
from partyplan.rosters.solver import (
    Cancelled, Candidate, Fairness, History, Problem, Rules, Slot, Solution, solve,
)

D = dt.date
OCT = {day.date: day.kind for day in official_days(2026) or []}
SHIFTS = {DayKind.WORKDAY: "evening", DayKind.REST_DAY: "day", DayKind.HOLIDAY: "holiday"}
LEADER = (("leader", 1),)


def slots(first: dt.date, last: dt.date, needed: int = 2, leader_on_rest_days: bool = False) -> tuple[Slot, ...]:
    """One slot a day, its shift chosen by the official October 2026 calendar."""
    days = [(day, kind) for day, kind in month_days(2026, 10, OCT) if first <= day <= last]
    return tuple(
        Slot(day, SHIFTS[kind], kind, needed, LEADER if leader_on_rest_days and kind == DayKind.REST_DAY else ())
        for day, kind in days
    )


def person(number: int, **facts) -> Candidate:
    return Candidate(number, f"P{number}", **facts)


def october_problem(**changes) -> Problem:
    """A whole October for 12 people: three leaders, leave, a weekday off, a maximum, wishes."""
    people = [
        person(1, roles=frozenset({"leader"})),
        person(2, roles=frozenset({"leader"}), undesired=frozenset({D(2026, 10, 1)})),
        person(3, roles=frozenset({"leader"}), max_per_month=4),
        person(4, unavailable=frozenset(D(2026, 10, n) for n in range(12, 17))),
        person(5, unavailable_weekdays=frozenset({2})),
        person(6, max_per_month=3, desired=frozenset({D(2026, 10, 20)})),
        *(person(n) for n in range(7, 13)),
    ]
    base = Problem(slots(D(2026, 10, 1), D(2026, 10, 31), leader_on_rest_days=True), tuple(people), time_limit_s=0.5)
    return dataclasses.replace(base, **changes)


def check_hard_rules(problem: Problem, solution: Solution) -> list[tuple]:
    """Every hard rule the roster breaks, as (rule, ...facts); an empty list means a valid roster."""
    people = {c.id: c for c in problem.candidates}
    broken: list[tuple] = []
    served: dict[int, list[dt.date]] = defaultdict(list)
    for slot in problem.slots:
        key = (slot.date, slot.shift)
        ids = solution.assignments.get(key)
        if ids is None:
            broken.append(("missing_cell", key))
            continue
        if key in problem.fixed:
            if sorted(ids) != sorted(problem.fixed[key]):
                broken.append(("locked_changed", key))
        else:
            broken += _cell_breaks(slot, ids, people)
        for candidate_id in ids:
            served[candidate_id].append(slot.date)
    broken += [("extra_cell", key) for key in solution.assignments if key not in {(s.date, s.shift) for s in problem.slots}]
    for candidate_id, days in sorted(served.items()):
        broken += _person_breaks(problem, people.get(candidate_id), candidate_id, sorted(days))
    counted = {c.id: Fairness(len(served[c.id]), *_kind_counts(problem, solution, c.id)) for c in problem.candidates}
    if counted != solution.fairness:
        broken.append(("fairness_miscounted",))
    return broken


def _cell_breaks(slot: Slot, ids: tuple[int, ...], people: dict[int, Candidate]) -> list[tuple]:
    key, broken = (slot.date, slot.shift), []
    if len(ids) != slot.needed or len(set(ids)) != len(ids):
        broken.append(("headcount", key))
    for role, minimum in slot.required_roles:
        if sum(role in people[i].roles for i in ids if i in people) < minimum:
            broken.append(("missing_role", key, role))
    for candidate_id in ids:
        candidate = people.get(candidate_id)
        if candidate is None:
            broken.append(("unknown_candidate", key, candidate_id))
        elif slot.date in candidate.unavailable:
            broken.append(("unavailable", key, candidate_id))
        elif slot.date.weekday() in candidate.unavailable_weekdays:
            broken.append(("weekday", key, candidate_id))
    return broken


def _person_breaks(problem: Problem, candidate: Candidate | None, candidate_id: int, days: list[dt.date]) -> list[tuple]:
    broken = []
    for earlier, later in zip(days, days[1:]):
        gap = (later - earlier).days
        if gap == 0:
            broken.append(("same_day", candidate_id, later))
        elif gap <= problem.rules.min_gap_days:
            broken.append(("rest_gap", candidate_id, later))
    if candidate is not None and candidate.max_per_month is not None and len(days) > candidate.max_per_month:
        broken.append(("max_per_month", candidate_id))
    return broken


def _kind_counts(problem: Problem, solution: Solution, candidate_id: int) -> tuple[int, int]:
    kinds = [s.day_kind for s in problem.slots if candidate_id in solution.assignments.get((s.date, s.shift), ())]
    return kinds.count(DayKind.REST_DAY), kinds.count(DayKind.HOLIDAY)


def codes(broken: list[tuple]) -> set[str]:
    return {entry[0] for entry in broken}


# --- the checker itself --------------------------------------------------------------------------

def tiny_problem(fixed=None) -> Problem:
    return Problem(
        (
            Slot(D(2026, 10, 12), "evening", DayKind.WORKDAY, 1),
            Slot(D(2026, 10, 13), "evening", DayKind.WORKDAY, 1),
            Slot(D(2026, 10, 17), "day", DayKind.REST_DAY, 1, LEADER),
        ),
        (
            person(1, roles=frozenset({"leader"})),
            person(2, unavailable=frozenset({D(2026, 10, 13)})),
            person(3, roles=frozenset({"leader"}), max_per_month=1),
        ),
        fixed=fixed or {},
    )


def tiny_roster(p12=(2,), p13=(3,), p17=(1,)) -> Solution:
    problem = tiny_problem()
    assignments = {(D(2026, 10, 12), "evening"): p12, (D(2026, 10, 13), "evening"): p13, (D(2026, 10, 17), "day"): p17}
    counts = {c.id: Fairness(0, 0, 0) for c in problem.candidates}
    for (day, _), ids in assignments.items():
        for i in ids:
            old = counts.setdefault(i, Fairness(0, 0, 0))
            counts[i] = Fairness(old.duties + 1, old.rest_day + (day.day == 17), old.holiday)
    counts = {c.id: counts[c.id] for c in problem.candidates}
    return Solution(assignments, counts, spread=0, optimal=True, wall_seconds=0.0)


def test_checker_accepts_a_valid_roster():
    assert check_hard_rules(tiny_problem(), tiny_roster()) == []


@pytest.mark.parametrize(
    ("roster", "rule"),
    [
        (dict(p12=()), "headcount"),
        (dict(p12=(2, 2)), "headcount"),
        (dict(p13=(2,)), "unavailable"),
        (dict(p12=(1,), p13=(1,)), "rest_gap"),
        (dict(p17=(3,)), "max_per_month"),
        (dict(p17=(2,)), "missing_role"),
        (dict(p12=(9,)), "unknown_candidate"),
    ],
)
def test_checker_catches_a_broken_roster(roster, rule):
    assert rule in codes(check_hard_rules(tiny_problem(), tiny_roster(**roster)))


def test_checker_catches_a_changed_locked_cell_and_a_miscount():
    locked = tiny_problem(fixed={(D(2026, 10, 12), "evening"): frozenset({1})})
    assert "locked_changed" in codes(check_hard_rules(locked, tiny_roster()))
    wrong = tiny_roster()
    wrong.fairness[1] = Fairness(5, 0, 0)
    assert "fairness_miscounted" in codes(check_hard_rules(tiny_problem(), wrong))


# --- generated rosters -----------------------------------------------------------------------------

def test_generated_month_obeys_every_hard_rule():
    problem = october_problem()
    solution = solve(problem)
    assert check_hard_rules(problem, solution) == []
    assert solution.warnings == []
    assert solution.spread <= 1


def test_symmetric_problem_is_spread_evenly():
    people = tuple(person(n) for n in range(1, 7))
    problem = Problem(slots(D(2026, 10, 8), D(2026, 10, 21)), people, time_limit_s=1.0)
    solution = solve(problem)
    assert check_hard_rules(problem, solution) == []
    duties = [f.duties for f in solution.fairness.values()]
    rest_days = [f.rest_day for f in solution.fairness.values()]
    assert solution.spread == max(duties) - min(duties) <= 1
    assert max(rest_days) - min(rest_days) <= 1
    assert solution.optimal


def test_someone_away_all_fortnight_does_not_hold_the_spread_open():
    cells = slots(D(2026, 10, 8), D(2026, 10, 21))
    away = person(6, unavailable=frozenset(cell.date for cell in cells))
    problem = Problem(cells, (*(person(n) for n in range(1, 6)), away), time_limit_s=1.0)
    solution = solve(problem)
    duties = [solution.fairness[n].duties for n in range(1, 6)]
    assert solution.fairness[6].duties == 0
    assert solution.spread == max(duties) - min(duties) <= 1


@pytest.mark.parametrize("veteran", [1, 2, 3])
def test_holiday_history_moves_holidays_to_the_others(veteran):
    """Two holiday cells for three people: whoever already did four holiday duties gets neither."""
    days = (D(2026, 10, 1), D(2026, 10, 3), D(2026, 10, 8), D(2026, 10, 9), D(2026, 10, 12), D(2026, 10, 13))
    cells = tuple(Slot(d, SHIFTS[OCT.get(d, DayKind.WORKDAY)], OCT.get(d, DayKind.WORKDAY), 1) for d in days)
    people = tuple(person(n, history=History(holiday=4 if n == veteran else 0)) for n in (1, 2, 3))
    problem = Problem(cells, people, time_limit_s=1.0)
    solution = solve(problem)
    assert check_hard_rules(problem, solution) == []
    assert solution.fairness[veteran] == Fairness(duties=2, rest_day=0, holiday=0)


def test_wishes_are_honoured_when_free_to():
    days = [D(2026, 10, n) for n in (12, 13, 14, 15)]
    people = (
        person(1, desired=frozenset({days[2]})),
        person(2, undesired=frozenset(days[:3])),
        person(3, desired=frozenset({days[0]})),
        person(4),
    )
    problem = Problem(tuple(Slot(d, "evening", DayKind.WORKDAY, 1) for d in days), people, time_limit_s=1.0)
    solution = solve(problem)
    assert solution.assignments == {
        (days[0], "evening"): (3,), (days[1], "evening"): (4,), (days[2], "evening"): (1,), (days[3], "evening"): (2,),
    }


def test_locked_cells_are_kept_and_the_rest_planned_around_them():
    fixed = {(D(2026, 10, 12), "evening"): frozenset({7, 8}), (D(2026, 10, 17), "day"): frozenset({1, 9})}
    problem = october_problem(fixed=fixed)
    solution = solve(problem)
    assert solution.assignments[D(2026, 10, 12), "evening"] == (7, 8)
    assert solution.assignments[D(2026, 10, 17), "day"] == (1, 9)
    assert check_hard_rules(problem, solution) == []
    assert solution.warnings == []


def test_locked_cells_that_break_rules_are_kept_and_reported():
    fixed = {
        (D(2026, 10, 12), "evening"): frozenset({4}),  # on leave, and one short
        (D(2026, 10, 20), "evening"): frozenset({7, 8}),
        (D(2026, 10, 21), "evening"): frozenset({7, 9}),  # 7 two days running
        (D(2026, 9, 30), "evening"): frozenset({1, 2}),  # no such slot this month
    }
    problem = october_problem(fixed=fixed)
    solution = solve(problem)
    assert solution.assignments[D(2026, 10, 12), "evening"] == (4,)
    assert solution.assignments[D(2026, 10, 21), "evening"] == (7, 9)
    assert (D(2026, 9, 30), "evening") not in solution.assignments
    assert solution.warnings == [
        Conflict(D(2026, 9, 30), "evening", "unknown_slot"),
        Conflict(D(2026, 10, 12), "evening", "headcount", needed=2, found=1),
        Conflict(D(2026, 10, 12), "evening", "unavailable", 4),
        Conflict(D(2026, 10, 21), "evening", "rest_gap", 7),
    ]
    expected = {("headcount", (D(2026, 10, 12), "evening")), ("unavailable", (D(2026, 10, 12), "evening"), 4),
                ("rest_gap", 7, D(2026, 10, 21))}
    assert {b for b in check_hard_rules(problem, solution) if b[0] != "extra_cell"} <= expected


def test_same_input_gives_the_same_roster():
    problem = october_problem()
    assert solve(problem).assignments == solve(problem).assignments


def test_progress_rises_to_one():
    seen: list[float] = []
    solve(october_problem(), on_progress=seen.append)
    assert seen and seen[-1] == 1.0
    assert seen == sorted(seen) and all(0.0 <= f <= 1.0 for f in seen)


def test_should_stop_cancels_before_solving():
    with pytest.raises(Cancelled):
        solve(october_problem(), should_stop=lambda: True)


def test_should_stop_during_the_search_ends_it_quickly():
    calls = itertools.count()
    problem = october_problem(time_limit_s=60.0)
    started = time.monotonic()
    try:
        solution = solve(problem, should_stop=lambda: next(calls) >= 1)
    except Cancelled:
        pass
    else:
        assert check_hard_rules(problem, solution) == []
    assert time.monotonic() - started < 10.0


# --- impossible months ---------------------------------------------------------------------------

def evenings(*numbers: int, needed: int = 2) -> tuple[Slot, ...]:
    return tuple(Slot(D(2026, 10, n), "evening", DayKind.WORKDAY, needed) for n in numbers)


def infeasible(problem: Problem) -> Infeasible:
    with pytest.raises(Infeasible) as raised:
        solve(problem)
    return raised.value


def test_everyone_away_on_12_october():
    away = frozenset({D(2026, 10, 12)})
    people = (person(1, unavailable=away), person(2, unavailable=away), person(3, unavailable=away),
              person(4, unavailable_weekdays=frozenset({0})))
    error = infeasible(Problem(evenings(12, 13, 14), people, rules=Rules(min_gap_days=0), time_limit_s=1.0))
    blocked = (Blocked(1, "unavailable"), Blocked(2, "unavailable"), Blocked(3, "unavailable"), Blocked(4, "weekday"))
    assert error.shortages == [Shortage(D(2026, 10, 12), "evening", 2, 0, blocked)]
    assert error.capacity is None


def test_monthly_maximum_used_up_by_a_locked_cell():
    people = (person(1), person(2, unavailable=frozenset({D(2026, 10, 12)})), person(3, max_per_month=1))
    fixed = {(D(2026, 10, 14), "evening"): frozenset({1, 3})}
    error = infeasible(Problem(evenings(12, 14), people, fixed=fixed, time_limit_s=1.0))
    assert error.shortages == [
        Shortage(D(2026, 10, 12), "evening", 2, 1, (Blocked(2, "unavailable"), Blocked(3, "max_reached")))
    ]


def test_required_leader_nobody_holds():
    cells = (*evenings(12), Slot(D(2026, 10, 17), "day", DayKind.REST_DAY, 2, LEADER))
    people = tuple(person(n) for n in (1, 2, 3))
    error = infeasible(Problem(cells, people, time_limit_s=1.0))
    missing = tuple(Blocked(n, "missing_role") for n in (1, 2, 3))
    assert error.shortages == [Shortage(D(2026, 10, 17), "day", 1, 0, missing, role="leader")]


def test_monthly_maxima_below_the_head_count():
    people = tuple(person(n, max_per_month=2) for n in (1, 2, 3))
    error = infeasible(Problem(evenings(12, 13, 14, 15), people, rules=Rules(min_gap_days=0), time_limit_s=1.0))
    assert error.shortages == []
    assert error.capacity == CapacityShortage(needed_total=8, capacity_total=6)


def test_leaders_maxima_below_the_leader_duties():
    cells = tuple(Slot(D(2026, 10, n), "day", DayKind.REST_DAY, 1, LEADER) for n in (17, 18, 24, 25))
    people = (person(1, roles=frozenset({"leader"}), max_per_month=1), person(2, roles=frozenset({"leader"}), max_per_month=2),
              *(person(n) for n in (3, 4, 5)))
    error = infeasible(Problem(cells, people, rules=Rules(min_gap_days=0), time_limit_s=1.0))
    assert error.capacity == CapacityShortage(needed_total=4, capacity_total=3, role="leader")


def test_clash_with_no_single_cause_gives_an_empty_explanation():
    """Three people, two a day, three days running, no two days in a row: each day and the month's
    total fit, the sequence does not."""
    error = infeasible(Problem(evenings(12, 13, 14), tuple(person(n) for n in (1, 2, 3)), time_limit_s=1.0))
    assert error.shortages == [] and error.capacity is None
