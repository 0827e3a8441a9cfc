"""Dates as office staff type them: 1985-03-12, 1985/3/12, 1985.3.12, 1985年3月12日, 1985年3月, 19850312."""

from __future__ import annotations

import datetime as dt
import re

_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月?$"),
    re.compile(r"^(\d{4})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})(\d{2})$"),
)


class BadDate(ValueError):
    """Text that is not a date in any form we accept."""


def parse_date(text: str) -> dt.date | None:
    """None for empty text; BadDate for text that is not a real date (e.g. 1985-02-30)."""
    value = text.strip().replace(" ", "")
    if not value:
        return None
    value = value.split("T")[0]
    for pattern in _PATTERNS:
        match = pattern.match(value)
        if match:
            parts = [int(g) for g in match.groups()] + [1]
            try:
                return dt.date(parts[0], parts[1], parts[2])
            except ValueError as exc:
                raise BadDate(text) from exc
    if len(value) >= 10 and value[:10] != value:  # "1985-03-12 00:00:00" from a sheet
        return parse_date(value[:10])
    raise BadDate(text)


def format_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""
