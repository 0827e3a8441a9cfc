"""A realistic demo office, so that a new user sees every tab with data in it.

Seeded randomness: the same demo every time, which also keeps screenshots and benchmarks comparable.
Each area adds its own module here as it lands.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from partyplan.demo import people as demo_people
from partyplan.demo import plans as demo_plans
from partyplan.demo import rosters as demo_rosters
from partyplan.demo.people import DemoRefused

__all__ = ["DemoRefused", "DemoSummary", "fill"]


@dataclass(frozen=True)
class DemoSummary:
    people: int
    plans: int
    rosters: int


def fill(session: Session, *, today: dt.date | None = None, seed: int = 2026) -> DemoSummary:
    today = today or dt.date.today()
    cadres = demo_people.fill(session, today=today, seed=seed)
    plans = demo_plans.fill(session, cadres, today=today)
    rosters = demo_rosters.fill(session, cadres, today=today, seed=seed)
    return DemoSummary(people=demo_people.PEOPLE_COUNT, plans=plans, rosters=rosters)
