"""A plan as a Word document in the official style, and its progress as a print-ready Excel table.

The words written into the files follow the chosen language; the plan's own text is the office's. The
Word file is the plan as handed in, and reads back into the same plan (plans.importing): each item's
responsible unit, people and period stand in one bracket after it, the targets in a table with the
source of each actual value, and the plan's date under the issuing office.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from partyplan.db.models import ItemStatus, Recurrence
from partyplan.plans import periods, progress, service, targets
from partyplan.plans.service import ItemNode, PlanTree, SectionNode
from partyplan.reports import official_docx as docx
from partyplan.reports import sheets

WORDS = {
    "zh_CN": {
        "responsible": "责任单位", "period": "时间", "targets": "主要目标", "indicator": "指标", "aim": "目标",
        "actual": "目前完成", "source": "实际数来源", "section": "部分", "no": "序号", "task": "任务", "who": "责任单位/责任人",
        "status": "状态", "done_on": "完成日期", "latest": "最新进展", "progress": "完成情况",
        "quarter": "第{}季度", "month": "{}月", "due": "{}前", "every_quarter": "每季度", "every_month": "每月",
        "colon": "：", "open": "（", "close": "）", "people_sep": "、", "cmp_sep": "",
        "as_of": "注：目前完成数截至{date}。",
        "statuses": {ItemStatus.NOT_STARTED: "未开始", ItemStatus.IN_PROGRESS: "进行中", ItemStatus.DONE: "已完成",
                     ItemStatus.POSTPONED: "已推迟", ItemStatus.CANCELLED: "已取消"},
        "comparisons": {"at_least": "不少于", "at_most": "不超过", "about": "约", "equal": "等于"},
        "of_done": "已完成{}/{}", "sep": "；",
    },
    "en": {
        "responsible": "Responsible", "period": "Period", "targets": "Targets", "indicator": "Indicator",
        "aim": "Target", "actual": "Actual", "source": "Actual value from", "section": "Section", "no": "No.",
        "task": "Task",
        "who": "Responsible", "status": "Status", "done_on": "Completed", "latest": "Latest note",
        "progress": "Progress", "quarter": "Q{}", "month": "{}", "due": "by {}",
        "every_quarter": "Every quarter", "every_month": "Every month",
        "colon": ": ", "open": " (", "close": ")", "people_sep": ", ", "cmp_sep": " ",
        "as_of": "Note: actual values as on {date}.",
        "statuses": {ItemStatus.NOT_STARTED: "Not started", ItemStatus.IN_PROGRESS: "In progress",
                     ItemStatus.DONE: "Done", ItemStatus.POSTPONED: "Postponed", ItemStatus.CANCELLED: "Cancelled"},
        "comparisons": {"at_least": "at least", "at_most": "at most", "about": "about", "equal": "exactly"},
        "of_done": "{}/{} done", "sep": "; ",
    },
}


# Where each target's actual value comes from, as the Word file says it (and plans.importing reads it back).
SOURCE_WORDS = {
    "zh_CN": {None: "填报", "party_members": "人员名单（党员数）", "dev_new_members": "发展党员档案（新党员数）",
              "dev_under35_share": "发展党员档案（35岁以下比例）", "dev_women_share": "发展党员档案（女性比例）",
              "dev_senior_education_share": "发展党员档案（高中及以上学历比例）",
              "dev_activist_ratio": "发展党员档案（积极分子与发展对象之比）",
              "members_under35_share": "党员名册（全体党员中35岁及以下比例）",
              "members_women_share": "党员名册（全体党员中女性比例）",
              "members_senior_education_share": "党员名册（全体党员中高中及以上学历比例）"},
    "en": {None: "typed in", "party_members": "People (party members)",
           "dev_new_members": "development files (new members)",
           "dev_under35_share": "development files (share under 35)",
           "dev_women_share": "development files (share of women)",
           "dev_senior_education_share": "development files (share with senior high school or more)",
           "dev_activist_ratio": "development files (activists per target)",
           "members_under35_share": "member register (share of all members aged 35 and under)",
           "members_women_share": "member register (share of women among all members)",
           "members_senior_education_share": "member register (share of all members with senior high school or more)"},
}
# The widest the sheet's columns get (section, task, responsible, latest note): the page stays near full size
SHEET_WIDTHS = {"A": 18, "C": 36, "D": 16, "H": 30}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def write_docx(session: Session, plan_id: int, path: Path, *, language: str = "zh_CN",
               today: dt.date | None = None) -> Path:
    """The plan, signed by its office with its own date; targets with the actual values of the year the
    export is made in (a 2025-2027 plan exported in 2026 shows 2026's), counted to `today`."""
    tree = service.load_tree(session, plan_id)
    today = today or dt.date.today()
    chinese = language.lower().startswith("zh")
    w = words(language)
    doc = docx.new_document()
    docx.add_title(doc, tree.plan.title, breaks=[len(tree.plan.organization)] if tree.plan.organization else [])
    if tree.plan.guiding_text:
        for paragraph in tree.plan.guiding_text.split("\n"):
            if paragraph.strip():
                docx.add_paragraph(doc, paragraph.strip())
    numbering = docx.Numbering(language)
    for section in tree.sections:
        _docx_section(doc, section, 1, numbering, w, chinese)
    year = targets.figures_year(tree.plan.year, tree.plan.end_year, today)
    until = min(today, dt.date(year, 12, 31))
    rows = targets.list_targets(session, plan_id, year, until)
    if rows:
        sources = SOURCE_WORDS["zh_CN" if chinese else "en"]
        docx.add_heading(doc, 1, w["targets"], numbering=numbering)
        docx.add_table(doc, [w["indicator"], w["aim"], w["actual"], w["source"]], [
            [t.indicator, f"{w['comparisons'][t.comparison.value]}{w['cmp_sep']}{_num(t.target_value)}{t.unit}",
             f"{_num(t.actual)}{t.unit}" if t.actual is not None else "",
             sources.get(targets.canonical_source(t.source), "")] for t in rows], [48, 28, 22, 58])
        docx.add_paragraph(doc, w["as_of"].format(date=docx.format_date(until, language)))
    docx.add_signature(doc, tree.plan.organization, tree.plan.dated, language=language)
    docx.add_page_number_footer(doc)
    return docx.save(doc, path)


def write_xlsx(session: Session, plan_id: int, path: Path, *, language: str = "zh_CN",
               today: dt.date | None = None) -> Path:
    tree = service.load_tree(session, plan_id)
    w = words(language)
    book = Workbook()
    ws = book.active
    ws.title = str(tree.plan.year)
    header = [w["section"], w["no"], w["task"], w["who"], w["period"], w["status"], w["done_on"], w["latest"]]
    sheets.write_title(ws, tree.plan.title, len(header))
    ws.append(header)
    overdue = progress.overdue_items(tree, today or dt.date.today())
    for section, item, _quarter in progress.walk(tree.sections):
        ws.append(_xlsx_row(section, item, w))
        if item.id in overdue:
            ws.cell(row=ws.max_row, column=6).font = sheets.chinese_font(color="B00020")
    sheets.style_header_row(ws, 2)
    sheets.style_body(ws, 3, ws.max_row)
    sheets.fit_columns(ws, max_width=50)
    for letter, cap in SHEET_WIDTHS.items():  # long text wraps in its column rather than shrinking the page
        ws.column_dimensions[letter].width = min(ws.column_dimensions[letter].width, cap)
    sheets.fit_row_heights(ws, 3, ws.max_row)
    ws.freeze_panes = "A3"
    sheets.set_print_setup(ws, landscape=True, title_rows="2:2", language=language)
    sheets.narrow_margins(ws)
    return sheets.save_workbook(book, path)


def _docx_section(doc, section: SectionNode, level: int, numbering: docx.Numbering, w: dict,  # type: ignore[no-untyped-def, type-arg]
                  chinese: bool) -> None:
    docx.add_heading(doc, min(level, 2), section.title, numbering=numbering)
    if section.text:
        for paragraph in section.text.split("\n"):
            if paragraph.strip():
                docx.add_paragraph(doc, paragraph.strip())
    for n, item in enumerate(section.items, 1):  # before the sub-sections, or they would take them in
        docx.add_paragraph(doc, f"{item.number or n}. {item.title}{_details(item, w, chinese)}")
        for sub in item.children:
            docx.add_paragraph(doc, f"（{sub.number}）{sub.title}" if sub.number else sub.title)
    for child in section.sections:
        _docx_section(doc, child, level + 1, numbering, w, chinese)


def _details(item: ItemNode, w: dict, chinese: bool) -> str:  # type: ignore[type-arg]
    """"（责任单位：社区党委、夏婷蓉；时间：第二季度）": the unit first, then the people by name."""
    parts = []
    who = w["people_sep"].join(v for v in [item.responsible_unit, *(name for _i, name in item.people)] if v)
    if who:
        parts.append(f"{w['responsible']}{w['colon']}{who}")
    period = period_text(item, w, chinese)
    if period:
        parts.append(f"{w['period']}{w['colon']}{period}")
    return f"{w['open']}{w['sep'].join(parts)}{w['close']}" if parts else ""


def period_text(item: ItemNode, w: dict, chinese: bool) -> str:  # type: ignore[type-arg]
    """第二季度 / 12月 / 2026年3月31日前 in Chinese; Q2 / December / by 2026-03-31 in English."""
    if item.recurrence is Recurrence.QUARTERLY:
        return w["every_quarter"]
    if item.recurrence is Recurrence.MONTHLY:
        return w["every_month"]
    if item.due_date:
        return w["due"].format(docx.format_date(item.due_date) if chinese else item.due_date.isoformat())
    if item.month:
        return w["month"].format(item.month if chinese else MONTHS[item.month - 1])
    if item.quarter:
        return w["quarter"].format(docx.chinese_numeral(item.quarter) if chinese else item.quarter)
    return ""


def _xlsx_row(section: SectionNode, item: ItemNode, w: dict) -> list[object]:  # type: ignore[type-arg]
    if item.recurrence is Recurrence.NONE:
        status = w["statuses"][item.status]
    else:
        span = periods.occurrence_periods(item.recurrence)
        done = sum(1 for p in span if item.occurrences.get(p, (ItemStatus.NOT_STARTED, None))[0] is ItemStatus.DONE)
        status = w["of_done"].format(done, len(span))
    who = w["people_sep"].join(v for v in [item.responsible_unit, *(n for _i, n in item.people)] if v)
    latest = item.notes[-1] if item.notes else None
    return [section.title, item.number, item.title, who, period_text(item, w, w is WORDS["zh_CN"]), status,
            item.completed_on,
            f"{latest.noted_on.isoformat()} {latest.text}" if latest else ""]


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
