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
    today = today or dt.date.today()
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    settings = service.get_settings(session)
    on = min(end, today)
    members = session.scalar(  # a count, not rows: the overview asks this on every start
        select(func.count(distinct(PostMember.person_id))).where(
            PostMember.since <= on, (PostMember.ended.is_(None)) | (PostMember.ended > on))) or 0
    served = served if served is not None else service_records.hours_per_person(session, start, end)
    hours = round(sum(served.values()), 2)
    records = session.scalar(select(func.count(ServiceRecord.id)).where(ServiceRecord.day >= start,
                                                                       ServiceRecord.day <= end)) or 0
    target = service_records.target_status(session, year, served)
    return YearFigures(
        year=year, posts=len(service.list_posts(session)), members=members, service_records=records,
        service_hours=hours, service_days=round(hours / settings.hours_per_day, 2), people_served=len(served),
        target_hours=settings.yearly_target_hours, target_met=sum(1 for t in target if t.met),
        target_expected=len(target), visits=visits.year_counts(session, year))
