"""What the roster solver is asked and what it answers: plain data, with no solver library behind it.

Kept apart from solver.py so that opening the window (which builds problems and reads solutions) does
not load OR-Tools; only drawing up a roster does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from partyplan.errors import PartyPlanError
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.explain import Conflict


@dataclass(frozen=True)
class History:
    """Duties in earlier months: all, on rest days, on holidays."""

    duties: int = 0
    rest_day: int = 0
    holiday: int = 0


@dataclass(frozen=True)
class Slot:
    """One cell of the roster: ``needed`` people, at least n holders of each required role."""

    date: dt.date
    shift: str
    day_kind: DayKind
    needed: int
    required_roles: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A person who can be rostered; weekdays count 0 = Monday, as ``date.weekday()``."""

    id: int
    name: str
    roles: frozenset[str] = frozenset()
    unavailable: frozenset[dt.date] = frozenset()
    unavailable_weekdays: frozenset[int] = frozenset()
    desired: frozenset[dt.date] = frozenset()
    undesired: frozenset[dt.date] = frozenset()
    max_per_month: int | None = None
    history: History = History()


@dataclass(frozen=True)
class Rules:
    """``min_gap_days``: free days required between two duties (1: never two days running;
    0: only one duty a day).

    The weighted sum minimised is: w_balance_duties x spread of this month's duties, plus for rest
    days and holidays w_balance_* x spread of this month's count + w_history x spread of (earlier
    months + this month), plus w_desired per desired date not served and w_undesired per undesired
    date served. With w_history below the balance weights, history never unbalances this month: it
    decides who takes the extra rest-day and holiday duties. ``History.duties`` is not weighed:
    all duties are balanced within the month, so newcomers are not loaded to catch up.
    """

    min_gap_days: int = 1
    w_balance_duties: int = 10
    w_balance_weekend: int = 8
    w_balance_holiday: int = 8
    w_history: int = 3
    w_desired: int = 2
    w_undesired: int = 4


@dataclass(frozen=True)
class Problem:
    """``fixed`` holds locked cells: exactly those people, whatever the rules say."""

    slots: tuple[Slot, ...]
    candidates: tuple[Candidate, ...]
    fixed: Mapping[tuple[dt.date, str], frozenset[int]] = field(default_factory=dict)
    rules: Rules = Rules()
    time_limit_s: float = 10.0


@dataclass(frozen=True)
class Fairness:
    """This month's counts, locked cells included (add ``History`` for running totals)."""

    duties: int
    rest_day: int
    holiday: int


@dataclass
class Solution:
    """``spread`` is the largest duty count minus the smallest among people who could have taken
    more: someone at their monthly maximum or out of available days does not set the minimum.
    ``wall_seconds`` covers building the model and searching."""

    assignments: dict[tuple[dt.date, str], tuple[int, ...]]
    fairness: dict[int, Fairness]
    spread: int
    optimal: bool
    wall_seconds: float
    warnings: list[Conflict] = field(default_factory=list)


class Cancelled(PartyPlanError):
    """``should_stop`` turned true before any roster was found."""


@dataclass
class TimedOut(PartyPlanError):
    """The time limit passed before any roster was found, and without proof that none exists."""

    seconds: float
