"""Which days are workdays, rest days and public holidays, with China's adjusted workdays (调休).

The official exceptions come from the ``chinesecalendar`` package, which only knows the years whose
State Council notice it has seen (2004-2026 in 1.11). The office keeps the calendar in its own table,
seeded by :func:`official_days` and corrected by staff; this module only holds the pure logic, so the
same rules apply whether the exceptions came from the package, an import or a person typing them.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

import chinese_calendar

_ADJUSTED_WORKDAY_SUFFIX = "调休上班"
# The package abbreviates three names; notices and office staff use the full ones.
_FULL_CHINESE_NAMES = {"清明": "清明节", "端午": "端午节", "中秋": "中秋节"}


class DayKind(StrEnum):
    WORKDAY = "workday"
    REST_DAY = "rest_day"
    HOLIDAY = "holiday"


@dataclass(frozen=True)
class OfficialDay:
    """One official exception to the plain Monday-Friday week.

    ``name`` is the package's English holiday name ("National Day"), a stable key a front end can
    translate; it is the same for the holiday and for the weekend worked to make up for it, ``kind``
    tells them apart. ``name_zh`` is the Chinese label staff expect to read: "国庆节" for the holiday,
    "国庆节调休上班" for the adjusted working day (a weekend day that is a workday).
    """

    date: dt.date
    kind: DayKind
    name: str
    name_zh: str


def covered_years() -> range:
    """The years ``chinesecalendar`` has official data for; any other year is a guess we must not make."""
    years = [day.year for day in chinese_calendar.holidays]
    return range(min(years), max(years) + 1)


def official_days(year: int) -> list[OfficialDay] | None:
    """The year's holidays and adjusted workdays, in date order; None when the package does not know
    the year (the notice is not out yet, or the installed package predates it)."""
    if year not in covered_years():
        return None
    days: list[OfficialDay] = []
    try:
        for day in _every_day(year):
            official = _official_day(day)
            if official is not None:
                days.append(official)
    except NotImplementedError:
        return None
    return days


def classify(day: dt.date, exceptions: Mapping[dt.date, DayKind]) -> DayKind:
    """The recorded exception if there is one; otherwise Saturday and Sunday rest, the rest work."""
    if day in exceptions:
        return exceptions[day]
    return DayKind.REST_DAY if day.weekday() >= 5 else DayKind.WORKDAY


def month_days(year: int, month: int, exceptions: Mapping[dt.date, DayKind]) -> list[tuple[dt.date, DayKind]]:
    """Every day of the month with its kind, first to last."""
    last = _stdlib_calendar.monthrange(year, month)[1]
    days = (dt.date(year, month, number) for number in range(1, last + 1))
    return [(day, classify(day, exceptions)) for day in days]


def _every_day(year: int) -> list[dt.date]:
    first = dt.date(year, 1, 1)
    count = (dt.date(year + 1, 1, 1) - first).days
    return [first + dt.timedelta(days=offset) for offset in range(count)]


def _official_day(day: dt.date) -> OfficialDay | None:
    """The package marks both holidays and make-up workdays with the holiday's name; a plain day has
    no name, whether it is a weekday or a weekend."""
    is_holiday, name = chinese_calendar.get_holiday_detail(day)
    if name is None:
        return None
    chinese = _chinese_name(name)
    if is_holiday:
        return OfficialDay(day, DayKind.HOLIDAY, name, chinese)
    return OfficialDay(day, DayKind.WORKDAY, name, chinese + _ADJUSTED_WORKDAY_SUFFIX)


def _chinese_name(english: str) -> str:
    """The package's Holiday enum carries the Chinese name; a name it does not list stays as given."""
    try:
        short = str(chinese_calendar.Holiday(english).chinese)
    except ValueError:
        return english
    return _FULL_CHINESE_NAMES.get(short, short)
