"""What a month's roster looks like to the window, the exports and the command line: plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from partyplan.db.models import RosterStatus
from partyplan.rosters.calendar import DayKind


@dataclass(frozen=True)
class ShiftTypeRow:
    id: int
    name: str
    start: dt.time
    end: dt.time
    day_kinds: frozenset[DayKind]
    needed: int
    required_tag: str = ""
    required_count: int = 0
    active: bool = True

    @property
    def hours(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class DayRow:
    date: dt.date
    kind: DayKind
    name: str = ""  # the holiday or adjusted-workday name, or the office's note for an override
    confirmed: bool = True  # False: the year has no confirmed holiday data yet


@dataclass(frozen=True)
class CellPerson:
    person_id: int
    name: str
    locked: bool = False


@dataclass(frozen=True)
class FairnessRow:
    person_id: int
    name: str
    duties: int
    rest_day: int
    holiday: int


@dataclass(frozen=True)
class ChangeRow:
    date: dt.date
    shift: str
    before: str
    after: str
    changed_at: dt.datetime


@dataclass
class RosterView:
    """One month: the latest version of its roster (or none yet), and the calendar around it."""

    year: int
    month: int
    days: list[DayRow]
    shifts: list[ShiftTypeRow]
    id: int | None = None
    version: int = 0
    status: RosterStatus | None = None
    published_at: dt.datetime | None = None
    cells: dict[tuple[dt.date, int], list[CellPerson]] = field(default_factory=dict)
    fairness: list[FairnessRow] = field(default_factory=list)
    changes: list[ChangeRow] = field(default_factory=list)
    row_version: int = 0  # the roster's: every hand edit, generation and publication raises it

    def needed(self, day: DayRow, shift: ShiftTypeRow) -> int:
        """How many people the shift needs that day: 0 when the shift does not run on that kind of day."""
        return shift.needed if day.kind in shift.day_kinds else 0

    @property
    def unconfirmed(self) -> bool:
        return any(not d.confirmed for d in self.days)

    @property
    def spread(self) -> int:
        counts = [f.duties for f in self.fairness]
        return max(counts) - min(counts) if counts else 0
