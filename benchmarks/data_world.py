"""What make_data.py's generators share: the people as the generators see them (who is active when),
the seeded set-up, and the way rows are written (a table at a time, in one transaction)."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import insert

from partyplan.db.base import Base
from partyplan.db.database import Database
from partyplan.db.models import Gender, Role
from partyplan.rosters.calendar import DayKind


@dataclass
class Someone:
    id: int
    name: str
    gender: Gender
    birth: dt.date
    roles: frozenset[Role]
    household: str
    joined: dt.date | None = None
    since: dt.date = dt.date(2000, 1, 1)  # a cadre: in the office from this day
    left: dt.date | None = None  # archived: moved away or retired on this day

    def active_on(self, day: dt.date) -> bool:
        return (self.left is None or day < self.left) and day.year - self.birth.year >= 18


@dataclass
class World:
    """What the generators share: the seeded set-up and who is who."""

    rng: random.Random
    today: dt.date
    years: range
    people: list[Someone] = field(default_factory=list)
    cadres: list[Someone] = field(default_factory=list)
    leaders: set[int] = field(default_factory=set)
    off: dict[int, tuple[int | None, dt.date, dt.date]] = field(default_factory=dict)  # weekday off, absence
    most: dict[int, int] = field(default_factory=dict)  # duties a month at most
    shifts: dict[DayKind, tuple[int, int, bool]] = field(default_factory=dict)  # kind -> (id, needed, leader)
    duties: list[tuple[dt.date, int, tuple[int, ...]]] = field(default_factory=list)  # published cells to today
    _on_duty: dict[dt.date, list[Someone]] = field(default_factory=dict)

    def cadres_on(self, day: dt.date) -> list[Someone]:
        if day not in self._on_duty:
            self._on_duty[day] = [c for c in self.cadres if c.active_on(day) and c.since <= day]
        return self._on_duty[day]

    def per_decade(self, count: int) -> int:
        """`count` things in ten years, as many for the years asked."""
        return count * len(self.years) // 10

    def can_serve(self, cadre: Someone, day: dt.date) -> bool:
        weekday, away_from, away_to = self.off.get(cadre.id, (None, dt.date.max, dt.date.max))
        return day.weekday() != weekday and not away_from <= day <= away_to


class Tables:
    """Rows of several tables, ids handed out in order (the store is new, so they start at 1)."""

    def __init__(self) -> None:
        self.rows: dict[type[Base], list[dict]] = defaultdict(list)  # type: ignore[type-arg]

    def add(self, model: type[Base], row: dict, *, numbered: bool = True) -> dict:  # type: ignore[type-arg]
        if numbered:
            row = {"id": len(self.rows[model]) + 1, **row}
        self.rows[model].append(row)
        return row

    def write(self, db: Database, *models: type[Base]) -> None:
        for model in models:
            write(db, model, self.rows[model])


def write(db: Database, model: type[Base], rows: list[dict]) -> None:  # type: ignore[type-arg]
    """One table's rows in one transaction (the executemany batches them)."""
    if rows:
        with db.session() as session:
            session.execute(insert(model), rows)
