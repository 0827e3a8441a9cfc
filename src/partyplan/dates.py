"""Dates as office staff type them, in a form or a spreadsheet: 1985-03-12, 1985/3/12, 1985.3.12,
1985年3月12日, 19850312, and "1985-03-12 00:00:00" as sheets export them.

A year and month alone (1985年3月, 1985.3, 198503) is not a day: a form refuses it with that reason
rather than storing the 1st as if it had been typed. Only a register's 出生年月 column, where a month
is all anyone records, reads it as the month's first day (`month_is_first`)."""

from __future__ import annotations

import datetime as dt
import re

_DATE_TEXT = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*[日号]?|月)?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
)
_DATE_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})?")

NOT_A_DATE, NO_SUCH_DAY, MONTH_ONLY = "bad_date", "no_such_day", "month_only"  # BadDate.reason


class BadDate(ValueError):
    """Text that is not a real date: not one at all (NOT_A_DATE), a day the month does not have such as
    1985-02-30 (NO_SUCH_DAY), or a month without its day (MONTH_ONLY)."""

    def __init__(self, text: str, reason: str = NOT_A_DATE) -> None:
        super().__init__(text)
        self.text = text
        self.reason = reason


def parse_date(text: str, month_is_first: bool = False) -> dt.date | None:
    """None for empty text."""
    value = text.strip()
    if not value:
        return None
    match = _DATE_TEXT.fullmatch(value) or _DATE_DIGITS.fullmatch(value)
    if not match:
        raise BadDate(text)
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None and month is not None
    if not 1 <= month <= 12:
        raise BadDate(text)
    if day is None:
        if not month_is_first:
            raise BadDate(text, MONTH_ONLY)
        day = 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadDate(text, NO_SUCH_DAY) from None


def format_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""
