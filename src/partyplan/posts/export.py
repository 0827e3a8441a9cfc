"""The year's volunteer posts as one print-ready workbook: the post roster, service hours per person,
and the household-visit register. The words written into the file follow the chosen language; the
office's own entries (names, activities, situations) are written as they were typed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import Person, Role
from partyplan.people.service import role_sets
from partyplan.posts import service, service_records, visits
from partyplan.reports import sheets

RED = "B00020"
OPEN_FILL = "FFF2CC"
# A post's name, leader, count and skills stand on every row of its members: a merged block prints its
# text once, so a page break inside it left the rows after the break with blank post columns. The rows
# after a post's first print those columns in grey, and each post starts under a heavier line.
REPEAT_COLOUR = "808080"
POST_LINE = Side(style="medium")
WORDS = {
    "zh_CN": {
        "roster_sheet": "岗位花名册", "hours_sheet": "服务时长", "visits_sheet": "入户走访",
        "roster_title": "{office}{year}年志愿服务岗位花名册", "hours_title": "{office}志愿服务时长统计（{start}至{end}）",
        "visits_title": "{office}{year}年入户走访登记表",
        "roster_head": ["岗位", "负责人", "人数/定员", "所需技能", "序号", "姓名", "身份", "奉献技能", "认岗时间"],
        "hours_head": ["序号", "姓名", "身份", "岗位", "服务次数", "服务时长（小时）", "折合天数", "是否达标"],
        "visits_head": ["序号", "走访日期", "户号/地址", "住户", "走访人", "家庭情况", "反映困难", "帮扶措施", "办理情况"],
        "nobody": "（暂无）", "main": "", "second": "（兼）", "total": "合计", "yes": "是", "no": "否（差{}小时）",
        "solved": "已解决（{}）", "due": "待跟进（{}前）", "open": "待解决", "none": "—",
        "summary": "本年度走访{households}户{visits}次，反映困难{raised}件，解决{solved}件，尚未解决{open}件。",
        "roles": {Role.CADRE: "社区干部", Role.PARTY_MEMBER: "党员", Role.VOLUNTEER: "志愿者",
                  Role.RESIDENT_REP: "居民代表"},
        "sep": "、",
    },
    "en": {
        "roster_sheet": "Post roster", "hours_sheet": "Service hours", "visits_sheet": "Household visits",
        "roster_title": "{office} volunteer post roster {year}", "hours_title": "{office} service hours, {start} to {end}",
        "visits_title": "{office} household visits {year}",
        "roster_head": ["Post", "Leader", "Members/capacity", "Skills wanted", "No.", "Name", "Role", "Skill given",
                        "Since"],
        "hours_head": ["No.", "Name", "Role", "Post", "Records", "Hours", "Days", "Target met"],
        "visits_head": ["No.", "Date", "Household", "Resident", "Visitors", "Situation", "Difficulty", "Action",
                        "Outcome"],
        "nobody": "(nobody yet)", "main": "", "second": " (second post)", "total": "Total", "yes": "yes",
        "no": "no ({} h short)", "solved": "resolved {}", "due": "follow up by {}", "open": "open", "none": "—",
        "summary": "This year: {households} households visited ({visits} visits); {raised} difficulties raised, "
                   "{solved} solved, {open} still open.",
        "roles": {Role.CADRE: "Cadre", Role.PARTY_MEMBER: "Party member", Role.VOLUNTEER: "Volunteer",
                  Role.RESIDENT_REP: "Resident rep."},
        "sep": ", ",
    },
}
ROLE_ORDER = (Role.PARTY_MEMBER, Role.VOLUNTEER, Role.CADRE, Role.RESIDENT_REP)


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def write_xlsx(session: Session, year: int, path: Path, *, language: str = "zh_CN", today: dt.date | None = None,
               start: dt.date | None = None, end: dt.date | None = None) -> Path:
    """All three sheets; service hours cover `start`..`end` (the whole year unless given)."""
    today = today or dt.date.today()
    w = words(language)
    lang = "zh_CN" if w is WORDS["zh_CN"] else "en"
    name = office.office_name(session)
    book = Workbook()
    _roster(book.active, session, year, today, w, lang, name)
    _hours(book.create_sheet(), session, year, (start or dt.date(year, 1, 1), end or dt.date(year, 12, 31)), today,
           w, lang, name)
    _visits(book.create_sheet(), session, year, today, w, lang, name)
    return sheets.save_workbook(book, path)


# -- the three sheets --------------------------------------------------------------------------
def _roster(ws: Worksheet, session: Session, year: int, today: dt.date, w: dict, lang: str, name: str) -> None:  # type: ignore[type-arg]
    ws.title = w["roster_sheet"]
    head = w["roster_head"]
    _start(ws, w["roster_title"].format(office=name, year=year).strip(), head)
    members = service.list_members(session, on=min(today, dt.date(year, 12, 31)))
    last = ws.max_row  # counted here: ws.max_row looks at every cell each time it is asked
    starts: list[tuple[int, int]] = []
    for post in service.list_posts(session):
        own = sorted((m for m in members if m.post_id == post.id),  # the leader first, then by seniority
                     key=lambda m: (m.person_id != post.leader_id, not m.main, m.since, m.name))
        first = last + 1
        last += max(1, len(own))
        count = f"{len(own)}/{post.capacity}" if post.capacity is not None else str(len(own))
        post_cells = [_post_name(post.name, post.name_en, lang), post.leader_name, count, post.skills]
        if not own:
            ws.append([*post_cells, "", w["nobody"], "", "", ""])
        for n, m in enumerate(own, 1):
            who = m.name + (w["main"] if m.main else w["second"])
            ws.append([*post_cells, n, who, _roles(m.roles, w), m.skill, m.since])
        starts.append((first, last))
    _finish(ws, landscape=True, language=lang, max_width=40, centred=(3, 5, 9))
    grey = sheets.chinese_font(color=REPEAT_COLOUR)
    width = ws.max_column
    sheets.restyle((ws.cell(row=first, column=column) for first, _last in starts for column in range(1, width + 1)),
                   lambda cell: setattr(cell, "border", Border(left=cell.border.left, right=cell.border.right,
                                                               top=POST_LINE, bottom=cell.border.bottom)))
    sheets.restyle((ws.cell(row=row, column=column) for first, last in starts for row in range(first + 1, last + 1)
                    for column in range(1, 5)), lambda cell: setattr(cell, "font", grey))
    sheets.fit_row_heights(ws, 3, ws.max_row)


def _hours(ws: Worksheet, session: Session, year: int, period: tuple[dt.date, dt.date], today: dt.date,
           w: dict, lang: str, name: str) -> None:  # type: ignore[type-arg]
    start, end = period
    ws.title = w["hours_sheet"]
    whole_year = (start, end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
    head = w["hours_head"] if whole_year else w["hours_head"][:-1]
    _start(ws, w["hours_title"].format(office=name, start=start.isoformat(), end=end.isoformat()).strip(), head)
    settings = service.get_settings(session)
    totals = {t.person_id: t for t in service_records.person_totals(session, start, end)}
    served = {pid: t.hours for pid, t in totals.items()} if whole_year else None  # the year's, if read already
    targets = {t.person_id: t for t in service_records.target_status(session, year, served)}
    people = _people(session, set(totals) | set(targets))
    posts_of = _posts_of(session, min(end, today), lang, w)
    order = sorted(people, key=lambda pid: (-(totals[pid].hours if pid in totals else 0.0), people[pid][0]))
    first = ws.max_row + 1  # rows counted here: ws.max_row looks at every cell each time it is asked
    red = sheets.chinese_font(color=RED)
    for n, pid in enumerate(order, 1):
        total = totals.get(pid)
        hours = total.hours if total else 0.0
        row: list[object] = [n, people[pid][0], _roles(people[pid][1], w), posts_of.get(pid, ""),
                             total.records if total else 0, hours, round(hours / settings.hours_per_day, 1)]
        target = targets.get(pid)
        if whole_year:
            row.append("" if target is None else w["yes"] if target.met else w["no"].format(_num(target.missing)))
        ws.append(row)
        if whole_year and target is not None and not target.met:
            ws.cell(row=first + n - 1, column=8).font = red
    hours_sum = round(sum(t.hours for t in totals.values()), 2)
    ws.append([w["total"], None, None, None, sum(t.records for t in totals.values()), hours_sum,
               round(hours_sum / settings.hours_per_day, 1)] + ([None] if whole_year else []))
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
    for cell in ws[ws.max_row]:
        cell.font = sheets.chinese_font(bold=True)
    _finish(ws, landscape=False, language=lang, max_width=40, centred=(1, 5, 8))
    ws.cell(row=ws.max_row, column=1).alignment = Alignment(horizontal="center", vertical="center")


def _visits(ws: Worksheet, session: Session, year: int, today: dt.date, w: dict, lang: str, name: str) -> None:  # type: ignore[type-arg]
    ws.title = w["visits_sheet"]
    _start(ws, w["visits_title"].format(office=name, year=year).strip(), w["visits_head"])
    rows = sorted(visits.list_visits(session, year), key=lambda v: (v.day, v.id))
    for n, v in enumerate(rows, 1):
        ws.append([n, v.day, v.household, v.resident_name, w["sep"].join(name for _i, name in v.visitors),
                   v.situation, v.difficulty, v.action, _outcome(v, w)])
        if v.is_open:
            sheets.shade_cells([ws.cell(row=ws.max_row, column=9)], OPEN_FILL)
            if v.overdue(today):
                ws.cell(row=ws.max_row, column=9).font = sheets.chinese_font(color=RED)
    last = ws.max_row
    _finish(ws, landscape=True, language=lang, max_width=28, centred=(1, 2))
    counts = visits.year_counts(session, year)
    ws.cell(row=last + 2, column=1, value=w["summary"].format(
        households=counts.households, visits=counts.visits, raised=counts.difficulties_raised,
        solved=counts.difficulties_solved, open=counts.open_now)).font = sheets.chinese_font()


# -- helpers -----------------------------------------------------------------------------------
def _start(ws: Worksheet, title: str, head: list[str]) -> None:
    sheets.write_title(ws, title, len(head))
    ws.append(head)


def _finish(ws: Worksheet, *, landscape: bool, language: str, max_width: int, centred: tuple[int, ...]) -> None:
    sheets.style_header_row(ws, 2)
    sheets.style_body(ws, 3, ws.max_row)
    middle = Alignment(horizontal="center", vertical="center", wrap_text=True)
    last, width = ws.max_row, ws.max_column  # asked first: reading a cell past the end adds it
    sheets.restyle((cell for column in centred if column <= width
                    for (cell,) in ws.iter_rows(min_row=3, max_row=last, min_col=column, max_col=column)),
                   lambda cell: setattr(cell, "alignment", middle))
    sheets.fit_columns(ws, max_width=max_width)
    ws.freeze_panes = "A3"
    sheets.set_print_setup(ws, landscape=landscape, title_rows="2:2", language=language)


def _people(session: Session, ids: set[int]) -> dict[int, tuple[str, frozenset[Role]]]:
    """Name and roles of these people, read as columns (a big office's year names 1,900 of them)."""
    if not ids:
        return {}
    roles = role_sets(session, ids)
    return {pid: (name, roles.get(pid, frozenset()))
            for pid, name in session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all()}


def _posts_of(session: Session, on: dt.date, lang: str, w: dict) -> dict[int, str]:  # type: ignore[type-arg]
    """Each person's posts on a day, main post first."""
    found: dict[int, list[str]] = {}
    for m in sorted(service.list_members(session, on=on), key=lambda m: not m.main):
        found.setdefault(m.person_id, []).append(_post_name(m.post_name, m.post_name_en, lang))
    return {pid: w["sep"].join(names) for pid, names in found.items()}


def _post_name(name: str, name_en: str, lang: str) -> str:
    return (name_en or name) if lang == "en" else name


def _roles(roles: frozenset[Role], w: dict) -> str:  # type: ignore[type-arg]
    return w["sep"].join(w["roles"][r] for r in ROLE_ORDER if r in roles)


def _outcome(v: visits.VisitRow, w: dict) -> str:  # type: ignore[type-arg]
    if not v.difficulty:
        return w["none"]
    if v.resolved_on is not None:
        return w["solved"].format(v.resolved_on.isoformat())
    if v.follow_up_due is not None:
        return w["due"].format(v.follow_up_due.isoformat())
    return w["open"]


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
