"""The district's year in one sheet: every office's figures side by side (members, development, duty,
meetings held against those required), read by a district role that may read every office.

Each office is read with its own engine whose search path is the office's schema, through the same
services that the office's own yearly summary uses, so the figures are the ones the office sees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from partyplan.db import schema
from partyplan.district.offices import DistrictError, Office, list_offices, office_url
from partyplan.reports import sheets


@dataclass(frozen=True)
class OfficeFigures:
    office: Office
    members: int  # party members on the register (not archived)
    new_members: int  # admitted as probationary members in the year
    activists: int
    targets: int  # development targets
    months_published: int  # months of the year with a published roster
    duty_entries: int  # lines in the on-duty record book in the year
    meetings_required: int
    meetings_held: int
    meetings_missing: int


FIELDS = ("members", "new_members", "activists", "targets", "months_published", "duty_entries",
          "meetings_required", "meetings_held", "meetings_missing")


def figures(session: Session, office: Office, year: int, today: dt.date) -> OfficeFigures:
    from partyplan.db.models import Person, PersonRole, Role
    from partyplan.development import stats
    from partyplan.meetings import cadence
    from partyplan.reports.summary_data import Period, duty_result

    members = session.scalar(select(func.count()).select_from(Person).join(PersonRole).where(
        PersonRole.role == Role.PARTY_MEMBER, Person.archived.is_(False))) or 0
    development = stats.year_stats(session, year, today)
    duty = duty_result(session, Period(year))
    report = cadence.check(session, year, today)
    tallies = [report.tally(type_id) for type_id in report.type_ids()]
    return OfficeFigures(office, members, development.new_members, development.activists, development.targets,
                         len(duty.months_published), duty.entries, sum(t.required for t in tallies),
                         sum(t.held for t in tallies), sum(t.missing for t in tallies))


def collect(url: URL, year: int, today: dt.date | None = None) -> list[OfficeFigures]:
    """Every office's figures; an office whose schema is not at this version is refused by name (the
    district's owner upgrades it with `partyplan district upgrade`)."""
    today = today or dt.date.today()
    found = []
    for office in list_offices(url):
        engine = create_engine(office_url(url, office.schema), connect_args={"connect_timeout": 15})
        try:
            with engine.connect() as conn:
                revision = schema.stored_revision(conn)
            if revision != schema.HEAD:
                raise DistrictError("needs_upgrade", office.schema, revision or "")
            with Session(engine) as session:
                found.append(figures(session, office, year, today))
        finally:
            engine.dispose()
    return found


WORDS = {
    "zh_CN": {"title": "{}年各社区工作情况汇总", "sheet": "汇总", "office": "社区", "total": "合计",
              "members": "党员人数", "new_members": "新发展党员", "activists": "入党积极分子", "targets": "发展对象",
              "months_published": "已发布排班（月）", "duty_entries": "值班记录（条）", "meetings_required": "应开会议",
              "meetings_held": "已开会议", "meetings_missing": "缺开会议"},
    "en": {"title": "District summary {}", "sheet": "Summary", "office": "Office", "total": "Total",
           "members": "Party members", "new_members": "New members", "activists": "Activists",
           "targets": "Development targets", "months_published": "Months with a published roster",
           "duty_entries": "Duty record entries", "meetings_required": "Meetings required",
           "meetings_held": "Meetings held", "meetings_missing": "Meetings missing"},
}


def write_xlsx(rows: list[OfficeFigures], year: int, path: Path, *, language: str = "zh_CN") -> Path:
    w = WORDS["zh_CN" if language.lower().startswith("zh") else "en"]
    book = Workbook()
    ws = book.active
    ws.title = w["sheet"]
    header = [w["office"], *(w[f] for f in FIELDS)]
    sheets.write_title(ws, w["title"].format(year), len(header))
    ws.append(header)
    sheets.style_header_row(ws, 2)
    for row in rows:
        ws.append([row.office.title or row.office.schema, *(getattr(row, f) for f in FIELDS)])
    ws.append([w["total"], *(sum(getattr(r, f) for r in rows) for f in FIELDS)])
    sheets.style_body(ws, 3, ws.max_row)
    sheets.fit_columns(ws)
    return sheets.save_workbook(book, Path(path))
