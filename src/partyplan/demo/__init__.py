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
from partyplan.demo import development as demo_development
from partyplan.demo import meetings as demo_meetings
from partyplan.demo import party as demo_party
from partyplan.demo import posts as demo_posts
from partyplan.demo import rosters as demo_rosters
from partyplan.demo import training as demo_training
from partyplan.people import service as people_service
from partyplan.demo.people import DemoRefused

__all__ = ["DemoRefused", "DemoSummary", "fill"]


@dataclass(frozen=True)
class DemoSummary:
    people: int
    plans: int
    rosters: int
    meetings: int = 0


def fill(session: Session, *, today: dt.date | None = None, seed: int = 2026) -> DemoSummary:
    today = today or dt.date.today()
    cadres = demo_people.fill(session, today=today, seed=seed)
    plans = demo_plans.fill(session, cadres, today=today)
    rosters = demo_rosters.fill(session, cadres, today=today, seed=seed)
    everyone = [p.id for p in people_service.list_people(session)]
    demo_posts.fill(session, everyone, today=today, seed=seed)
    meetings = demo_meetings.fill(session, everyone, cadres, today=today, seed=seed)
    demo_training.fill(session, everyone, cadres, today=today, seed=seed)
    plans += 1 if demo_development.fill(session, everyone, cadres, today=today, seed=seed) else 0
    demo_party.fill(session, cadres, today=today, seed=seed)
    return DemoSummary(people=demo_people.PEOPLE_COUNT, plans=plans, rosters=rosters, meetings=meetings)
