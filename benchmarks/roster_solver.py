"""How fast and how fair the roster solver is on realistic months.

Prints one line per figure, ``name value unit``, each the median of three runs, and writes the same
figures to benchmarks/results/roster_solver.json. Run: ``.venv/bin/python benchmarks/roster_solver.py``.

The months: October 2026 (National Day, 1-7 Oct holidays, Saturday 10 Oct worked) and November 2026
(plain). Shifts: weekday evening (2 people), rest-day day duty (2, at least 1 "leader"), holiday
day duty (2). People: about one in seven leads; some have leave, a weekday they never serve, wishes,
a monthly maximum and earlier months' counts, all drawn from a fixed seed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import sys
from pathlib import Path

from partyplan.rosters.calendar import DayKind, month_days, official_days
from partyplan.rosters.solver import Candidate, History, Problem, Slot, solve

RUNS = 3
RESULTS = Path(__file__).parent / "results" / "roster_solver.json"
SHIFTS = {
    DayKind.WORKDAY: ("evening", 2, ()),
    DayKind.REST_DAY: ("day", 2, (("leader", 1),)),
    DayKind.HOLIDAY: ("holiday", 2, ()),
}


def month_slots(year: int, month: int) -> tuple[Slot, ...]:
    exceptions = {day.date: day.kind for day in official_days(year) or []}
    slots = []
    for day, kind in month_days(year, month, exceptions):
        shift, needed, roles = SHIFTS[kind]
        slots.append(Slot(day, shift, kind, needed, roles))
    return tuple(slots)


def people(count: int, year: int, month: int, seed: int = 1) -> tuple[Candidate, ...]:
    rng = random.Random(seed)
    days = [dt.date(year, month, 1) + dt.timedelta(days=i) for i in range(28)]
    return tuple(_person(rng, number, days) for number in range(count))


def _person(rng: random.Random, number: int, days: list[dt.date]) -> Candidate:
    leave: set[dt.date] = set()
    if rng.random() < 0.15:
        start = rng.randrange(len(days) - 5)
        leave.update(days[start : start + rng.randint(2, 5)])
    return Candidate(
        id=number + 1,
        name=f"P{number + 1}",
        roles=frozenset({"leader"}) if number % 7 == 0 else frozenset(),
        unavailable=frozenset(leave),
        unavailable_weekdays=frozenset({rng.randrange(5)}) if rng.random() < 0.2 else frozenset(),
        desired=frozenset(rng.sample(days, 1)) if rng.random() < 0.2 else frozenset(),
        undesired=frozenset(rng.sample(days, 2)) if rng.random() < 0.3 else frozenset(),
        max_per_month=2 if rng.random() < 0.1 else None,
        history=History(rng.randint(8, 14), rng.randint(2, 6), rng.randint(0, 3)),
    )


def measure(name: str, year: int, month: int, count: int, limit: float) -> dict[str, float | str]:
    problem = Problem(month_slots(year, month), people(count, year, month), time_limit_s=limit)
    runs = [solve(problem) for _ in range(RUNS)]
    return {
        f"{name}.seconds": round(statistics.median(r.wall_seconds for r in runs), 3),
        f"{name}.spread": statistics.median(r.spread for r in runs),
        f"{name}.optimal": "yes" if sum(r.optimal for r in runs) * 2 > RUNS else "no",
    }


def main() -> int:
    figures: dict[str, float | str] = {}
    for label, year, month in (("oct2026", 2026, 10), ("nov2026", 2026, 11)):
        figures |= measure(f"{label}.people40", year, month, 40, 2.0)
        figures |= measure(f"{label}.people150", year, month, 150, 10.0)
    for name, value in figures.items():
        unit = "s" if name.endswith("seconds") else ("duties" if name.endswith("spread") else "")
        print(f"{name} {value} {unit}".rstrip())
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
