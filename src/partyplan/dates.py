"""Dates as office staff type them, in a form or a spreadsheet: 1985-03-12, 1985/3/12, 1985.3.12,
1985年3月12日, 1985年3月, 19850312, 198503, and "1985-03-12 00:00:00" as sheets export them."""

from __future__ import annotations

import datetime as dt
import re

_DATE_TEXT = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*[日号]?|月)?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
)
_DATE_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})?")


class BadDate(ValueError):
    """Text that is not a real date in any form we accept (1985-02-30 included)."""


def parse_date(text: str) -> dt.date | None:
    """None for empty text; a month without a day means its first day."""
    value = text.strip()
    if not value:
        return None
    match = _DATE_TEXT.fullmatch(value) or _DATE_DIGITS.fullmatch(value)
    if not match:
        raise BadDate(text)
    year, month, day = match.groups()
    try:
        return dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        raise BadDate(text) from None


def format_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""
