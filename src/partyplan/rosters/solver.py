"""A fair monthly duty roster with OR-Tools CP-SAT.

One boolean per (person, free cell) the person may take; cells a person may never take get no
variable at all (see ``explain.block_reason``), which keeps the model small and makes the
explanation of an infeasible month match the model exactly. Fairness is a weighted sum of linear
spreads (largest count minus smallest), never squares, so CP-SAT's LP bound can prove optimality.

Locked cells (``Problem.fixed``) are kept exactly as the user locked them even when they break a
hard rule; those breaks come back as ``Solution.warnings`` (``explain.Conflict``) instead of an error,
and the free cells are planned around them.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from partyplan.errors import PartyPlanError
from partyplan.rosters import explain
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.explain import Conflict, Infeasible  # noqa: F401  (Infeasible: raised by solve)

_SEED = 7
_WORKERS = 2
_POLL_SECONDS = 0.05
_CATEGORIES = ("duties", "rest_day", "holiday")


from partyplan.rosters.problem import (  # noqa: E402,F401  (the public names stay importable here)
    Candidate,
    Cancelled,
    Fairness,
    History,
    Problem,
    Rules,
    Slot,
    Solution,
    TimedOut,
)


def solve(
    problem: Problem,
    *,
    on_progress: Callable[[float], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Solution:
    """The best roster found within the time limit.

    ``on_progress`` gets the fraction of the time limit used (0..1, never decreasing, 1.0 last) and
    ``should_stop`` is polled; both are called from solver threads, so keep them thread-safe (a Qt
    signal emit, an Event check). Stopping after a roster was found returns it with optimal=False.
    Raises ``Infeasible`` (built by ``explain.why``), ``Cancelled`` or ``TimedOut``.
    """
    if should_stop is not None and should_stop():
        raise Cancelled()
    started = time.monotonic()
    model = _Model(problem)
    monitor = _Monitor(problem.time_limit_s, on_progress, should_stop)
    solver = _configured_solver(problem.time_limit_s)
    status = monitor.run(solver, model.model)
    if status == cp_model.INFEASIBLE:
        raise explain.why(problem)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        if monitor.cancelled:
            raise Cancelled()
        if status == cp_model.UNKNOWN:
            raise TimedOut(problem.time_limit_s)
        raise RuntimeError(f"CP-SAT status {solver.status_name(status)}")
    monitor.report(1.0)
    return model.solution(solver, optimal=status == cp_model.OPTIMAL, wall_seconds=time.monotonic() - started)


def _configured_solver(time_limit_s: float) -> cp_model.CpSolver:
    """Interleaved search makes two workers deterministic, and so the limit is counted in CP-SAT's
    deterministic time (close to seconds on the office PCs), with wall time as a backstop for a
    much slower machine (hitting that backstop is the one case where runs may differ)."""
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = _WORKERS
    solver.parameters.interleave_search = True
    solver.parameters.random_seed = _SEED
    solver.parameters.max_deterministic_time = time_limit_s
    solver.parameters.max_time_in_seconds = 3 * time_limit_s
    return solver


class _Monitor(cp_model.CpSolverSolutionCallback):
    """Reports progress on every better roster and stops the search when asked; a watcher thread
    also polls, so a cancel or the progress bar works while CP-SAT proves rather than finds."""

    def __init__(self, limit: float, on_progress: Callable[[float], None] | None, should_stop: Callable[[], bool] | None):
        super().__init__()
        self._limit = max(limit, 1e-6)
        self._on_progress = on_progress
        self._should_stop = should_stop
        self._lock = threading.Lock()
        self._last = 0.0
        self._start = time.monotonic()
        self.cancelled = False

    def run(self, solver: cp_model.CpSolver, model: cp_model.CpModel) -> int:
        done = threading.Event()
        watcher = threading.Thread(target=self._watch, args=(solver, done), daemon=True)
        self._start = time.monotonic()
        watcher.start()
        try:
            return solver.solve(model, self)
        finally:
            done.set()
            watcher.join()

    def on_solution_callback(self) -> None:
        if self._stop_requested():
            self.stop_search()
        self.report(self._elapsed())

    def report(self, fraction: float) -> None:
        if self._on_progress is None:
            return
        with self._lock:
            if fraction <= self._last:
                return
            self._last = fraction
            self._on_progress(fraction)

    def _elapsed(self) -> float:
        return min(0.99, (time.monotonic() - self._start) / self._limit)

    def _watch(self, solver: cp_model.CpSolver, done: threading.Event) -> None:
        while not done.wait(_POLL_SECONDS):
            if self._stop_requested():
                solver.stop_search()
                return
            self.report(self._elapsed())

    def _stop_requested(self) -> bool:
        if self._should_stop is not None and self._should_stop():
            self.cancelled = True
        return self.cancelled


class _Model:
    """The CP-SAT model of one problem, and the way back from its values to a Solution."""

    def __init__(self, problem: Problem) -> None:
        _check_unique(problem)
        self.problem = problem
        self.model = cp_model.CpModel()
        self._locked = explain.locked_dates(problem)
        self._locked_counts = {kind: _locked_counts(problem, kind) for kind in _CATEGORIES}
        self._cells = self._make_cells()
        self._by_person: dict[int, list[tuple[Slot, cp_model.IntVar]]] = defaultdict(list)
        self._by_slot: dict[int, list[tuple[Candidate, cp_model.IntVar]]] = defaultdict(list)
        for (ci, si), cell in self._cells.items():
            self._by_person[ci].append((problem.slots[si], cell))
            self._by_slot[si].append((problem.candidates[ci], cell))
        self._add_cover()
        self._add_rest_gaps()
        self._add_maxima()
        self._caps = {kind: self._capacities(kind) for kind in _CATEGORIES}
        self.model.minimize(self._objective())

    def solution(self, solver: cp_model.CpSolver, *, optimal: bool, wall_seconds: float) -> Solution:
        assignments = {}
        for si, slot in enumerate(self.problem.slots):
            key = (slot.date, slot.shift)
            chosen = [c.id for c, cell in self._by_slot[si] if solver.boolean_value(cell)]
            assignments[key] = tuple(sorted(self.problem.fixed.get(key, chosen)))
        fairness = _fairness(self.problem, assignments)
        spread = self._spread_of(fairness)
        return Solution(assignments, fairness, spread, optimal, wall_seconds, explain.conflicts(self.problem))

    def _make_cells(self) -> dict[tuple[int, int], cp_model.IntVar]:
        """A variable only where the person may serve: the model never sees a forbidden cell."""
        cells, fixed = {}, self.problem.fixed
        for si, slot in enumerate(self.problem.slots):
            if (slot.date, slot.shift) in fixed:
                continue
            for ci, c in enumerate(self.problem.candidates):
                if explain.block_reason(c, slot, self.problem, self._locked.get(c.id, [])) is None:
                    cells[ci, si] = self.model.new_bool_var(f"x_{ci}_{si}")
        return cells

    def _add_cover(self) -> None:
        for si, slot in enumerate(self.problem.slots):
            if (slot.date, slot.shift) in self.problem.fixed:
                continue
            self.model.add(sum(cell for _, cell in self._by_slot[si]) == slot.needed)
            for role, minimum in slot.required_roles:
                self.model.add(sum(cell for c, cell in self._by_slot[si] if role in c.roles) >= minimum)

    def _add_rest_gaps(self) -> None:
        """At most one duty in any window of min_gap_days + 1 consecutive days (one day when 0,
        which is the one-duty-a-day rule). Locked neighbours already removed the clashing cells."""
        span = self.problem.rules.min_gap_days
        for cells in self._by_person.values():
            for start, _ in cells:
                window = [cell for slot, cell in cells if 0 <= (slot.date - start.date).days <= span]
                if len(window) > 1:
                    self.model.add_at_most_one(window)

    def _add_maxima(self) -> None:
        for ci, cells in self._by_person.items():
            c = self.problem.candidates[ci]
            if c.max_per_month is not None:
                self.model.add(sum(cell for _, cell in cells) <= c.max_per_month - len(self._locked.get(c.id, [])))

    def _capacities(self, kind: str) -> list[int]:
        """Per person, an upper bound on this month's count of that kind (locked cells included)."""
        caps = []
        for ci, c in enumerate(self.problem.candidates):
            slots = [slot for slot, _ in self._by_person[ci] if _is(kind, slot)]
            free = explain.candidate_capacity(c, slots, self.problem, self._locked.get(c.id, []))
            caps.append(self._locked_counts[kind].get(c.id, 0) + free)
        return caps

    def _objective(self) -> cp_model.LinearExprT:
        rules, people = self.problem.rules, self.problem.candidates
        weights = {"duties": rules.w_balance_duties, "rest_day": rules.w_balance_weekend, "holiday": rules.w_balance_holiday}
        terms: list[cp_model.LinearExprT] = []
        for kind in _CATEGORIES:
            if not people or self._needed(kind) == 0:
                continue
            counts = [self._count(ci, kind) for ci in range(len(people))]
            excluded = self._exclusions(kind, counts)
            terms.append(weights[kind] * self._spread(kind, counts, [0] * len(people), excluded))
            if kind != "duties":  # duties are balanced within the month alone, see Rules
                past = [getattr(c.history, kind) for c in people]
                terms.append(rules.w_history * self._spread(kind, counts, past, excluded))
        return sum(terms) + sum(self._wishes())

    def _count(self, ci: int, kind: str) -> cp_model.LinearExprT:
        locked = self._locked_counts[kind].get(self.problem.candidates[ci].id, 0)
        return sum(cell for slot, cell in self._by_person[ci] if _is(kind, slot)) + locked

    def _needed(self, kind: str) -> int:
        """How many duties of that kind the candidates will hold this month, locked ones included."""
        fixed = self.problem.fixed
        free = sum(s.needed for s in self.problem.slots if _is(kind, s) and (s.date, s.shift) not in fixed)
        return free + sum(self._locked_counts[kind].get(c.id, 0) for c in self.problem.candidates)

    def _exclusions(self, kind: str, counts: Sequence[cp_model.LinearExprT]) -> list[cp_model.IntVar | None]:
        """A person whose bound is at or below a fair share may end at that bound (leave, monthly
        maximum); then they are left out of the minimum, so they cannot hold everyone's spread
        open. The boolean may only be true when the person really is at their bound."""
        caps = self._caps[kind]
        share = math.ceil(self._needed(kind) / len(caps))
        excluded: list[cp_model.IntVar | None] = []
        for ci, cap in enumerate(caps):
            at_cap = None
            if cap <= share:
                at_cap = self.model.new_bool_var(f"at_cap_{kind}_{ci}")
                self.model.add(counts[ci] >= cap).only_enforce_if(at_cap)
            excluded.append(at_cap)
        return excluded

    def _spread(
        self, kind: str, counts: Sequence[cp_model.LinearExprT], offsets: Sequence[int],
        excluded: Sequence[cp_model.IntVar | None],
    ) -> cp_model.LinearExprT:
        """max - min of count + offset. The max is also held at or above the average, a cut
        CP-SAT would otherwise have to find before it can prove a spread optimal."""
        top = max(self._caps[kind]) + max(offsets)
        high, low = self.model.new_int_var(0, top, "high"), self.model.new_int_var(0, top, "low")
        self.model.add(high * len(counts) >= self._needed(kind) + sum(offsets))
        for count, offset, out in zip(counts, offsets, excluded):
            self.model.add(high >= count + offset)
            at_least = self.model.add(low <= count + offset)
            if out is not None:
                at_least.only_enforce_if(~out)
        self.model.add(low <= high)
        return high - low

    def _wishes(self) -> list[cp_model.LinearExprT]:
        """A desired date costs w_desired when not served, an undesired one w_undesired when served."""
        rules, terms = self.problem.rules, []
        for ci, c in enumerate(self.problem.candidates):
            by_date: dict[dt.date, list[cp_model.IntVar]] = defaultdict(list)
            for slot, cell in self._by_person[ci]:
                by_date[slot.date].append(cell)
            terms += [rules.w_desired * (1 - sum(by_date[d])) for d in c.desired if d in by_date]
            terms += [rules.w_undesired * sum(by_date[d]) for d in c.undesired if d in by_date]
        return terms

    def _spread_of(self, fairness: dict[int, Fairness]) -> int:
        duties = [fairness[c.id].duties for c in self.problem.candidates]
        open_ = [d for d, cap in zip(duties, self._caps["duties"]) if d < cap]
        return max(duties, default=0) - min(open_, default=max(duties, default=0))


def _check_unique(problem: Problem) -> None:
    """Two slots with the same date and shift, or two people with one id, are a caller's bug."""
    keys = [(slot.date, slot.shift) for slot in problem.slots]
    ids = [candidate.id for candidate in problem.candidates]
    if len(set(keys)) != len(keys) or len(set(ids)) != len(ids):
        raise ValueError("slots and candidates must be unique by (date, shift) and by id")


def _is(kind: str, slot: Slot) -> bool:
    return kind == "duties" or slot.day_kind == kind


def _locked_counts(problem: Problem, kind: str) -> dict[int, int]:
    """Per person, their locked cells of that kind (all kinds for "duties")."""
    counts: dict[int, int] = defaultdict(int)
    for slot in problem.slots:
        if _is(kind, slot):
            for candidate_id in problem.fixed.get((slot.date, slot.shift), ()):
                counts[candidate_id] += 1
    return counts


def _fairness(problem: Problem, assignments: Mapping[tuple[dt.date, str], tuple[int, ...]]) -> dict[int, Fairness]:
    counts = {c.id: [0, 0, 0] for c in problem.candidates}
    for slot in problem.slots:
        for candidate_id in assignments.get((slot.date, slot.shift), ()):
            if candidate_id in counts:
                row = counts[candidate_id]
                row[0] += 1
                row[1] += slot.day_kind == DayKind.REST_DAY
                row[2] += slot.day_kind == DayKind.HOLIDAY
    return {cid: Fairness(*row) for cid, row in counts.items()}
