"""The values commands take (a year, a month, a day), read by argparse: a wrong one is refused with the
usage line and exit code 2 before anything opens the store. Argparse only: the parser is built at
every start of the app."""

from __future__ import annotations

import argparse
import datetime as dt


def year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1949 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"not a year: {text!r} (use YYYY, e.g. 2026)")
    return value


def month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(part) for part in text.split("-"))
        if not 1 <= month <= 12:
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month: {text!r} (use YYYY-MM, e.g. 2026-11)") from None
    return year, month


def day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
