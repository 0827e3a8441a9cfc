"""The figures of a year's (or a quarter's) work, gathered from every area into plain data.

The Word report, the overview tab and the command line all read these, so a number in the report is
the number the office sees on screen.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import ItemStatus, Plan, Recurrence
from partyplan.plans import progress, service, targets
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
    sections: list[SectionResult]
    done_items: list[tuple[str, dt.date | None]]
    open_items: list[tuple[str, ItemStatus, str]]  # title, status, last note
    targets: list[targets.TargetRow]
    by_quarter: dict[int, tuple[int, int]]


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
    summary = Summary(period, office.office_name(session), plan_results(session, period, today),
                      duty_result(session, period), notes=load_notes(session, period.year))
    for name, collector in extra_collectors().items():
        summary.extra[name] = collector(session, period)
    return summary


def extra_collectors() -> dict[str, object]:
    """Areas that have their own figures register a collector here (import lazily: optional areas)."""
    found: dict[str, object] = {}
    for name, module, function in (("posts", "partyplan.posts.summary", "collect"),
                                   ("meetings", "partyplan.meetings.summary", "collect")):
        try:
            found[name] = getattr(__import__(module, fromlist=[function]), function)
        except ImportError:
            continue
    return found


def load_notes(session: Session, year: int) -> str:
    return office.get_setting(session, NOTES_KEY.format(year=year))


def save_notes(session: Session, year: int, text: str) -> None:
    """The typed "experience and shortcomings / next year's ideas" part, kept with the year."""
    office.set_setting(session, NOTES_KEY.format(year=year), text.strip())


def plan_results(session: Session, period: Period, today: dt.date | None = None) -> list[PlanResult]:
    plans = session.scalars(select(Plan).where(Plan.year <= period.year).order_by(Plan.year, Plan.id)).all()
    return [_plan_result(session, p.id, period) for p in plans
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


def _plan_result(session: Session, plan_id: int, period: Period) -> PlanResult:
    tree = service.load_tree(session, plan_id)
    by_section = progress.section_progress(tree)
    done: list[tuple[str, dt.date | None]] = []
    open_: list[tuple[str, ItemStatus, str]] = []
    for _section, item, quarter in progress.walk(tree.sections):
        if period.quarter is not None and not _in_quarter(item, quarter, period.quarter):
            continue
        if item.status is ItemStatus.DONE:
            done.append((item.title, item.completed_on))
        elif item.status is not ItemStatus.CANCELLED and item.recurrence is Recurrence.NONE:
            open_.append((item.title, item.status, item.notes[-1].text if item.notes else ""))
    quarters = {q: (p.done, p.total) for q, p in progress.quarter_progress(tree).items() if q is not None}
    return PlanResult(tree.plan.title, [SectionResult(s.title, by_section[s.id].done, by_section[s.id].total)
                                        for s in tree.sections], done, open_,
                      targets.list_targets(session, plan_id, period.year), quarters)


def _in_quarter(item, inherited: int | None, quarter: int) -> bool:  # type: ignore[no-untyped-def]
    units = progress.units(item, 2000, inherited)  # the year only shapes dates; quarters come from the item
    return any(u.quarter in (quarter, None) for u in units)



