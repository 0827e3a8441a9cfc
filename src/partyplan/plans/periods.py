"""When an item falls due: its own due date, month or quarter, else its section's quarter.

Progress per quarter, the quarter filter and 'overdue' all rest on this one reading of an item's period.
"""

from __future__ import annotations

import calendar
import datetime as dt

from partyplan.db.models import ItemStatus, Recurrence

CLOSED = (ItemStatus.DONE, ItemStatus.CANCELLED)


def quarter_of_month(month: int) -> int:
    return (month - 1) // 3 + 1


def period_end(year: int, quarter: int | None, month: int | None, due: dt.date | None) -> dt.date | None:
    if due is not None:
        return due
    if month is not None:
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if quarter is not None:
        last = quarter * 3
        return dt.date(year, last, calendar.monthrange(year, last)[1])
    return None


def item_quarter(quarter: int | None, month: int | None, due: dt.date | None, section_quarter: int | None) -> int | None:
    if quarter is not None:
        return quarter
    if month is not None:
        return quarter_of_month(month)
    if due is not None:
        return quarter_of_month(due.month)
    return section_quarter


def occurrence_periods(recurrence: Recurrence) -> range:
    if recurrence is Recurrence.QUARTERLY:
        return range(1, 5)
    if recurrence is Recurrence.MONTHLY:
        return range(1, 13)
    return range(0)


def occurrence_end(year: int, recurrence: Recurrence, period: int) -> dt.date:
    if recurrence is Recurrence.QUARTERLY:
        return period_end(year, period, None, None)  # type: ignore[return-value]
    return period_end(year, None, period, None)  # type: ignore[return-value]


def occurrence_quarter(recurrence: Recurrence, period: int) -> int:
    return period if recurrence is Recurrence.QUARTERLY else quarter_of_month(period)
