"""The public notice (公示) before admission, counted in working days of the office's own calendar.

Provincial rules implementing 《中国共产党发展党员工作细则》 set the notice at no fewer than five working
days (the number is the office's rule, `notice_working_days`). Working days are those of the holiday
calendar the duty rosters use (rosters/calendar.py with the office's corrections, calendar_store.py):
the State Council's holidays are not working days and its adjusted weekends (调休) are. So a notice put
up on Tuesday 29 September 2026 runs over 国庆: 29 and 30 September, then 8, 9 and Saturday 10 October,
its fifth working day; admission can be voted from 11 October, not on 5 October as five weekdays would say.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from partyplan.rosters import calendar, calendar_store
from partyplan.rosters.calendar import DayKind

LONGEST_DAYS = 400  # a notice longer than this is a typing error, not a notice


def working_days(session: Session, first: dt.date, last: dt.date) -> list[dt.date]:
    """The working days from `first` to `last`, both included, as the office's calendar has them."""
    if last < first:
        return []
    for year in range(first.year, last.year + 1):
        calendar_store.ensure_year(session, year)  # seeds the year's official days once, as the rosters do
    kinds, _names = calendar_store.exceptions(session, first, last)
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return [day for day in days if calendar.classify(day, kinds) is DayKind.WORKDAY]


def notice_end(session: Session, start: dt.date, days: int) -> dt.date:
    """The day a notice put up on `start` has run `days` working days (`start` counts if it is one)."""
    stretch = max(14, days * 3)
    while True:
        found = working_days(session, start, start + dt.timedelta(days=stretch))
        if len(found) >= days:
            return found[days - 1]
        if stretch > LONGEST_DAYS:
            return start + dt.timedelta(days=stretch)
        stretch *= 2


def length(session: Session, start: dt.date, end: dt.date) -> int:
    """How many working days a notice from `start` to `end` ran."""
    return len(working_days(session, start, end))
