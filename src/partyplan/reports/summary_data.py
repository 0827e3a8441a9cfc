"""The figures of a year's (or a quarter's) work, gathered from every area into plain data.

The Word report, the overview tab and the command line all read these, so a number in the report is
the number the office sees on screen. A quarter's report counts that quarter: the plan work scheduled
in it (work with no period runs all year and is reported apart, as it stands at the quarter's end), the
rosters, duty records, service, visits, meetings, training and admissions of its three months.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import ItemStatus, Plan, Recurrence
from partyplan.plans import periods, progress, service, targets
from partyplan.rosters import duty_log
from partyplan.rosters import service as rosters

NOTES_KEY = "summary.{year}.notes"


@dataclass(frozen=True)
class Period:
    year: int
    quarter: int | None = None  # None: the whole year

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1 if self.quarter is None else 3 * self.quarter - 2, 1)

    @property
    def end(self) -> dt.date:
        if self.quarter is None or self.quarter == 4:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, 3 * self.quarter + 1, 1) - dt.timedelta(days=1)

    @property
    def months(self) -> range:
        return range(self.start.month, self.end.month + 1)


@dataclass(frozen=True)
class SectionResult:
    title: str
    done: int
    total: int


@dataclass
class PlanResult:
    title: str
    sections: list[SectionResult]  # the period's work only; a quarter's report leaves out empty sections
    done_items: list[tuple[str, dt.date | None]]
    open_items: list[tuple[str, ItemStatus, str]]  # title, status, last note
    targets: list[targets.TargetRow]
    by_quarter: dict[int, tuple[int, int]]
    # A quarter's report only: work with no period (the whole year's), with its status at the quarter's end
    year_round: list[tuple[str, ItemStatus, dt.date | None]] = field(default_factory=list)

    @property
    def done(self) -> int:
        return sum(s.done for s in self.sections)

    @property
    def total(self) -> int:
        return sum(s.total for s in self.sections)


@dataclass
class DutyResult:
    months_published: list[int]
    per_person: list[tuple[str, int, int, int]]  # name, duties, rest-day, holiday
    entries: int
    by_category: dict[str, int]
    resolved_share: float
    open_follow_ups: int
    inspected: int


@dataclass
class Summary:
    period: Period
    office: str
    plans: list[PlanResult]
    duty: DutyResult
    extra: dict[str, object] = field(default_factory=dict)  # posts, meetings, training...: see their collectors
    notes: str = ""


def collect(session: Session, period: Period, today: dt.date | None = None) -> Summary:
    today = today or dt.date.today()
    summary = Summary(period, office.office_name(session), plan_results(session, period, today),
                      duty_result(session, period), notes=load_notes(session, period.year))
    for name, module in AREAS:
        summary.extra[name] = importlib.import_module(module).collect(session, period, today)
    return summary


# The areas with their own part of the report, in the report's order: each module has
# collect(session, period, today) -> part or None, and blocks(part, period, language) -> report blocks.
AREAS = (("posts", "partyplan.posts.summary"), ("meetings", "partyplan.meetings.summary"),
         ("training", "partyplan.training.summary"), ("development", "partyplan.development.summary"))


def load_notes(session: Session, year: int) -> str:
    return office.get_setting(session, NOTES_KEY.format(year=year))


def save_notes(session: Session, year: int, text: str) -> None:
    """The typed "experience and shortcomings / next year's ideas" part, kept with the year."""
    office.set_setting(session, NOTES_KEY.format(year=year), text.strip())


def plan_results(session: Session, period: Period, today: dt.date | None = None) -> list[PlanResult]:
    plans = session.scalars(select(Plan).where(Plan.year <= period.year).order_by(Plan.year, Plan.id)).all()
    return [_plan_result(session, p.id, period, today) for p in plans
            if p.year == period.year or (p.end_year is not None and p.end_year >= period.year)]


def duty_result(session: Session, period: Period) -> DutyResult:
    published: list[int] = []
    totals: Counter[tuple[int, str]] = Counter()
    names: dict[int, str] = {}
    for month in period.months:
        view = rosters.published_view(session, period.year, month)
        if view is None:
            continue  # a draft is not duty served
        published.append(month)
        for row in view.fairness:
            names[row.person_id] = row.name
            totals[(row.person_id, "d")] += row.duties
            totals[(row.person_id, "r")] += row.rest_day
            totals[(row.person_id, "h")] += row.holiday
    per_person = sorted(((names[p], totals[(p, "d")], totals[(p, "r")], totals[(p, "h")]) for p in names),
                        key=lambda row: (-row[1], row[0]))
    months = [duty_log.monthly_summary(session, period.year, m) for m in period.months]
    by_category: Counter[str] = Counter()
    for m in months:
        by_category.update(m.by_category)
    entries = sum(m.total for m in months)
    resolved = sum(m.resolved for m in months)
    return DutyResult(published, per_person, entries, dict(by_category), resolved / entries if entries else 0.0,
                      sum(m.open for m in months), sum(m.inspected for m in months))


def _plan_result(session: Session, plan_id: int, period: Period, today: dt.date | None) -> PlanResult:
    tree = service.load_tree(session, plan_id)
    quarter = period.quarter
    by_section = progress.section_progress(tree, quarter)
    done: list[tuple[str, dt.date | None]] = []
    open_: list[tuple[str, ItemStatus, str]] = []
    year_round: list[tuple[str, ItemStatus, dt.date | None]] = []
    for _section, item, inherited in progress.walk(tree.sections):
        units = progress.units(item, period.year, inherited)
        if quarter is not None:
            if all(u.quarter is None for u in units):  # the whole year's work: apart, as at the quarter's end
                year_round.append((item.title, *_status_on(item, period.end)))
                continue
            units = [u for u in units if u.quarter == quarter]
            if not units:
                continue
        if all(u.status is ItemStatus.DONE for u in units):
            done.append((item.title, _completed(item, quarter)))
        elif item.status is not ItemStatus.CANCELLED and item.recurrence is Recurrence.NONE:
            open_.append((item.title, item.status, item.notes[-1].text if item.notes else ""))
    quarters = {q: (p.done, p.total) for q, p in progress.quarter_progress(tree).items() if q is not None}
    sections = [SectionResult(s.title, by_section[s.id].done, by_section[s.id].total) for s in tree.sections]
    if quarter is not None:
        sections = [s for s in sections if s.total]
    until = min(period.end, today or dt.date.today())
    figures = targets.figures_year(tree.plan.year, tree.plan.end_year, period.end)
    return PlanResult(tree.plan.title, sections, done, open_,
                      targets.list_targets(session, plan_id, figures, until if quarter else None), quarters,
                      year_round)


def _completed(item, quarter: int | None) -> dt.date | None:  # type: ignore[no-untyped-def]
    """The day the work was done: the item's own date, or the last date of its periods in the report."""
    if item.recurrence is Recurrence.NONE:
        return item.completed_on
    days = [day for period, (status, day) in item.occurrences.items() if status is ItemStatus.DONE and day
            and (quarter is None or periods.occurrence_quarter(item.recurrence, period) == quarter)]
    return max(days, default=None)


def _status_on(item, day: dt.date) -> tuple[ItemStatus, dt.date | None]:  # type: ignore[no-untyped-def]
    """An item's status as it stood on `day`: work finished later was still in progress then."""
    if item.status is ItemStatus.DONE and item.completed_on is not None and item.completed_on > day:
        return ItemStatus.IN_PROGRESS, None
    return item.status, item.completed_on if item.status is ItemStatus.DONE else None



