"""The volunteer-post figures of one year, as the yearly report and the tab's summary quote them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from partyplan.db.models import PostMember, ServiceRecord
from partyplan.posts import service, service_records, visits


@dataclass(frozen=True)
class YearFigures:
    year: int
    posts: int  # active posts
    members: int  # distinct people on a post at the end of the year (or today, for the current year)
    service_records: int
    service_hours: float
    service_days: float  # service_hours / hours_per_day
    people_served: int  # distinct people with any service in the year
    target_hours: float
    target_met: int  # party members and volunteers who reached the target
    target_expected: int  # active party members and volunteers
    visits: visits.VisitCounts


def year_figures(session: Session, year: int, today: dt.date | None = None,
                 served: dict[int, float] | None = None) -> YearFigures:
    """`served`, hours per person in the year, is what the caller has added up already, if it has."""
    return period_figures(session, dt.date(year, 1, 1), dt.date(year, 12, 31), today, served)


def period_figures(session: Session, start: dt.date, end: dt.date, today: dt.date | None = None,
                   served: dict[int, float] | None = None) -> YearFigures:
    """The figures of part of a year (a quarter's report); the yearly service target is checked against
    the hours of `start`'s year as far as they go."""
    today = today or dt.date.today()
    year = start.year
    settings = service.get_settings(session)
    on = min(end, today)
    members = session.scalar(  # a count, not rows: the overview asks this on every start
        select(func.count(distinct(PostMember.person_id))).where(
            PostMember.since <= on, (PostMember.ended.is_(None)) | (PostMember.ended > on))) or 0
    served = served if served is not None else service_records.hours_per_person(session, start, end)
    hours = round(sum(served.values()), 2)
    records = session.scalar(select(func.count(ServiceRecord.id)).where(ServiceRecord.day >= start,
                                                                       ServiceRecord.day <= end)) or 0
    whole_year = (start, end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
    target = service_records.target_status(session, year, served if whole_year else None)
    return YearFigures(
        year=year, posts=len(service.list_posts(session)), members=members, service_records=records,
        service_hours=hours, service_days=round(hours / settings.hours_per_day, 2), people_served=len(served),
        target_hours=settings.yearly_target_hours, target_met=sum(1 for t in target if t.met),
        target_expected=len(target), visits=visits.period_counts(session, start, end))
