"""What the Overview reads: one area's figures per card, all of them in one unit of work.

The cards say in a sentence or two what is done, what is late and what comes next in each area; the
figures behind the sentences are read here, from each area's own service, and the tab words them.
The services of the areas not on screen at start are imported on the first reading, not with the window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from partyplan.enums import RosterStatus
from partyplan.plans import progress
from partyplan.plans import service as plan_service
from partyplan.rosters import calendar_store, duty_log
from partyplan.rosters import service as roster_service
from partyplan.ui.operations import AreaOperations

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from partyplan.development.due import DueItem
    from partyplan.meetings.cadence import CadenceReport
    from partyplan.posts.figures import YearFigures
    from partyplan.training.service import PersonTotal


@dataclass(frozen=True)
class PlanFigures:
    title: str
    done: int
    total: int
    ratio: float
    overdue: int


@dataclass(frozen=True)
class MonthRoster:
    year: int
    month: int
    status: RosterStatus | None  # None: no roster yet
    version: int | None


@dataclass(frozen=True)
class DutyLogFigures:
    entries: int
    resolved_share: float
    open_follow_ups: int
    overdue_follow_ups: int


@dataclass(frozen=True)
class OverviewFigures:
    plans: list[PlanFigures]  # the plans that cover today's year
    months: list[MonthRoster]  # this month's roster and the next one's
    holidays_confirmed_next_year: bool
    duty_log: DutyLogFigures
    meetings: CadenceReport
    posts: YearFigures
    due: list[DueItem]  # member development's to-do list
    training_short: list[PersonTotal]  # who is short of the year's required training days


class OverviewOperations(AreaOperations):
    area = "overview"

    def figures(self, today: dt.date) -> OverviewFigures:
        return self._read(read_figures, today)


def read_figures(session: Session, today: dt.date) -> OverviewFigures:
    from partyplan.development import due
    from partyplan.meetings import cadence
    from partyplan.posts import figures
    from partyplan.training import service as training

    next_year, next_month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return OverviewFigures(
        plans=_plans(session, today),
        months=[_month(session, year, month) for year, month in ((today.year, today.month), (next_year, next_month))],
        holidays_confirmed_next_year=calendar_store.coverage(session, next_year) is not None,
        duty_log=_duty_log(session, today),
        meetings=cadence.check(session, today.year, today),
        posts=figures.year_figures(session, today.year, today),
        due=due.due_list(session, today),
        training_short=training.shortfalls(session, today.year),
    )


def _plans(session: Session, today: dt.date) -> list[PlanFigures]:
    found = []
    for plan in plan_service.list_plans(session):
        if plan.year <= today.year <= (plan.end_year or plan.year):
            tree = plan_service.load_tree(session, plan.id)
            done = progress.plan_progress(tree)
            found.append(PlanFigures(plan.title, done.done, done.total, done.ratio,
                                     len(progress.overdue_items(tree, today))))
    return found


def _month(session: Session, year: int, month: int) -> MonthRoster:
    view = roster_service.load_view(session, year, month)
    if view.id is None:
        return MonthRoster(year, month, None, None)
    return MonthRoster(year, month, view.status, view.version)


def _duty_log(session: Session, today: dt.date) -> DutyLogFigures:
    open_rows = duty_log.open_follow_ups(session, today)
    summary = duty_log.monthly_summary(session, today.year, today.month)
    return DutyLogFigures(summary.total, summary.resolved_share, len(open_rows),
                          sum(1 for r in open_rows if duty_log.is_overdue(r, today)))
