"""The office's calendar in its own tables: official data seeded from the package or typed in from the
State Council notice, the office's overrides laid on top, and which years are confirmed at all.

A month in a year with no confirmed data still gets a calendar (plain weekends), but every day says
so, and the window warns before generating: January 2027 is exactly that case in late 2026.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from partyplan.db.models import CalendarDay, CalendarOverride, CalendarYear
from partyplan.errors import PartyPlanError
from partyplan.rosters import calendar
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.views import DayRow

NOTICE_WORDS = {
    "holiday": DayKind.HOLIDAY, "放假": DayKind.HOLIDAY, "休": DayKind.HOLIDAY, "假": DayKind.HOLIDAY,
    "workday": DayKind.WORKDAY, "上班": DayKind.WORKDAY, "班": DayKind.WORKDAY, "调休上班": DayKind.WORKDAY,
    "rest_day": DayKind.REST_DAY, "休息": DayKind.REST_DAY,
}


@dataclass
class BadNotice(PartyPlanError):
    """A holiday notice line that cannot be read; `line` counts from 1."""

    line: int
    reason: str  # "bad_date", "bad_kind", "wrong_year", "empty"


def ensure_year(session: Session, year: int) -> str | None:
    """Seed the year's official days once; returns where its data comes from, None if unconfirmed."""
    known = session.get(CalendarYear, year)
    if known is not None:
        return known.source
    days = calendar.official_days(year)
    if days is None:
        return None
    for day in days:
        session.merge(CalendarDay(day=day.date, kind=day.kind.value, name=day.name_zh, source="package"))
    session.add(CalendarYear(year=year, source="package"))
    session.flush()
    return "package"


def month_rows(session: Session, year: int, month: int) -> list[DayRow]:
    confirmed = ensure_year(session, year) is not None
    first = dt.date(year, month, 1)
    last = dt.date(year, month, _stdlib_calendar.monthrange(year, month)[1])
    kinds, names = exceptions(session, first, last)
    return [DayRow(day, calendar.classify(day, kinds), names.get(day, ""), confirmed)
            for day in (first + dt.timedelta(days=n) for n in range((last - first).days + 1))]


def exceptions(session: Session, first: dt.date, last: dt.date) -> tuple[dict[dt.date, DayKind], dict[dt.date, str]]:
    kinds: dict[dt.date, DayKind] = {}
    names: dict[dt.date, str] = {}
    for row in session.scalars(select(CalendarDay).where(CalendarDay.day.between(first, last))):
        kinds[row.day], names[row.day] = DayKind(row.kind), row.name
    for over in session.scalars(select(CalendarOverride).where(CalendarOverride.day.between(first, last))):
        kinds[over.day], names[over.day] = DayKind(over.kind), over.name
    return kinds, names


def set_override(session: Session, day: dt.date, kind: DayKind, name: str = "") -> None:
    session.merge(CalendarOverride(day=day, kind=kind.value, name=name.strip()[:60]))
    session.flush()


def clear_override(session: Session, day: dt.date) -> None:
    session.execute(delete(CalendarOverride).where(CalendarOverride.day == day))
    session.flush()


def overrides(session: Session, year: int) -> list[tuple[dt.date, DayKind, str]]:
    rows = session.scalars(select(CalendarOverride).where(
        CalendarOverride.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))).order_by(CalendarOverride.day))
    return [(r.day, DayKind(r.kind), r.name) for r in rows]


def coverage(session: Session, year: int) -> str | None:
    """"package", "notice", or None when the year's holidays are not confirmed yet."""
    return ensure_year(session, year)


def parse_notice(text: str, year: int) -> list[tuple[dt.date, DayKind, str]]:
    """Lines "2027-01-01,放假,元旦" / "2027-02-07 上班 春节调休" (comma, tab or spaces); a range
    "2027-02-10~2027-02-16,放假,春节" expands to every day of it."""
    entries: list[tuple[dt.date, DayKind, str]] = []
    rows = list(csv.reader(io.StringIO(text.replace("\t", ",")), skipinitialspace=True))
    for number, row in enumerate(rows, 1):
        cells = [c.strip() for c in (row if len(row) > 1 else (row[0].split() if row else [])) if c.strip()]
        if not cells or cells[0].startswith("#"):
            continue
        entries.extend(_notice_line(cells, number, year))
    if not entries:
        raise BadNotice(0, "empty")
    return entries


def import_notice(session: Session, year: int, entries: list[tuple[dt.date, DayKind, str]]) -> int:
    """Replace the year's official exceptions with the notice's; the office's overrides stay on top."""
    session.execute(delete(CalendarDay).where(CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))))
    for day, kind, name in entries:
        session.merge(CalendarDay(day=day, kind=kind.value, name=name[:60], source="notice"))
    session.merge(CalendarYear(year=year, source="notice", updated_at=dt.datetime.now()))
    session.flush()
    return len(entries)


def read_notice_file(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BadNotice(0, "bad_date")


def _notice_line(cells: list[str], number: int, year: int) -> list[tuple[dt.date, DayKind, str]]:
    from partyplan.dates import BadDate, parse_date

    if len(cells) < 2:
        raise BadNotice(number, "bad_kind")
    kind = NOTICE_WORDS.get(cells[1].lower())
    if kind is None:
        raise BadNotice(number, "bad_kind")
    first_text, _, last_text = cells[0].replace("～", "~").partition("~")
    try:
        first = parse_date(first_text)
        last = parse_date(last_text) if last_text else first
    except BadDate as exc:
        raise BadNotice(number, exc.reason) from None
    if first is None or last is None or last < first:
        raise BadNotice(number, "bad_date")
    if first.year != year or last.year != year:
        raise BadNotice(number, "wrong_year")
    name = cells[2] if len(cells) > 2 else ""
    return [(first + dt.timedelta(days=n), kind, name) for n in range((last - first).days + 1)]
