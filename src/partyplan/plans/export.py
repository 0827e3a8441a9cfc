"""A plan as a Word document in the official style, and its progress as a print-ready Excel table.

The words written into the files follow the chosen language; the plan's own text is the office's.
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
        "actual": "目前完成", "section": "部分", "no": "序号", "task": "任务", "who": "责任单位/责任人",
        "status": "状态", "done_on": "完成日期", "latest": "最新进展", "progress": "完成情况",
        "quarter": "第{}季度", "month": "{}月", "due": "{}前", "every_quarter": "每季度", "every_month": "每月",
        "statuses": {ItemStatus.NOT_STARTED: "未开始", ItemStatus.IN_PROGRESS: "进行中", ItemStatus.DONE: "已完成",
                     ItemStatus.POSTPONED: "已推迟", ItemStatus.CANCELLED: "已取消"},
        "comparisons": {"at_least": "不少于", "at_most": "不超过", "about": "约", "equal": "等于"},
        "of_done": "已完成{}/{}", "sep": "；",
    },
    "en": {
        "responsible": "Responsible", "period": "Period", "targets": "Targets", "indicator": "Indicator",
        "aim": "Target", "actual": "Actual", "section": "Section", "no": "No.", "task": "Task",
        "who": "Responsible", "status": "Status", "done_on": "Completed", "latest": "Latest note",
        "progress": "Progress", "quarter": "Q{}", "month": "Month {}", "due": "by {}",
        "every_quarter": "Every quarter", "every_month": "Every month",
        "statuses": {ItemStatus.NOT_STARTED: "Not started", ItemStatus.IN_PROGRESS: "In progress",
                     ItemStatus.DONE: "Done", ItemStatus.POSTPONED: "Postponed", ItemStatus.CANCELLED: "Cancelled"},
        "comparisons": {"at_least": "at least", "at_most": "at most", "about": "about", "equal": "exactly"},
        "of_done": "{}/{} done", "sep": "; ",
    },
}


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def write_docx(session: Session, plan_id: int, path: Path, *, language: str = "zh_CN",
               today: dt.date | None = None) -> Path:
    tree = service.load_tree(session, plan_id)
    w = words(language)
    doc = docx.new_document()
    docx.add_title(doc, tree.plan.title)
    if tree.plan.guiding_text:
        for paragraph in tree.plan.guiding_text.split("\n"):
            if paragraph.strip():
                docx.add_paragraph(doc, paragraph.strip())
    numbering = docx.Numbering()
    for section in tree.sections:
        _docx_section(doc, section, 1, numbering, w)
    rows = targets.list_targets(session, plan_id, tree.plan.year)
    if rows:
        docx.add_heading(doc, 1, w["targets"], numbering=numbering)
        docx.add_table(doc, [w["indicator"], w["aim"], w["actual"]], [
            [t.indicator, f"{w['comparisons'][t.comparison.value]}{_num(t.target_value)}{t.unit}",
             f"{_num(t.actual)}{t.unit}" if t.actual is not None else ""] for t in rows], [80, 45, 35])
    docx.add_signature(doc, tree.plan.organization, today or dt.date.today())
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
    ws.freeze_panes = "A3"
    sheets.set_print_setup(ws, landscape=True, title_rows="2:2", language=language)
    return sheets.save_workbook(book, path)


def _docx_section(doc, section: SectionNode, level: int, numbering: docx.Numbering, w: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    docx.add_heading(doc, min(level, 2), section.title, numbering=numbering)
    if section.text:
        docx.add_paragraph(doc, section.text)
    for child in section.sections:
        _docx_section(doc, child, level + 1, numbering, w)
    for n, item in enumerate(section.items, 1):
        docx.add_paragraph(doc, f"{item.number or n}. {item.title}{_details(item, w)}")
        for sub in item.children:
            docx.add_paragraph(doc, f"（{sub.number}）{sub.title}" if sub.number else sub.title)


def _details(item: ItemNode, w: dict) -> str:  # type: ignore[type-arg]
    parts = []
    who = "、".join([item.responsible_unit, *(name for _i, name in item.people)] if item.responsible_unit
                   else [name for _i, name in item.people])
    if who:
        parts.append(f"{w['responsible']}：{who}")
    period = _period(item, w)
    if period:
        parts.append(f"{w['period']}：{period}")
    return f"（{w['sep'].join(parts)}）" if parts else ""


def _period(item: ItemNode, w: dict) -> str:  # type: ignore[type-arg]
    if item.recurrence is Recurrence.QUARTERLY:
        return w["every_quarter"]
    if item.recurrence is Recurrence.MONTHLY:
        return w["every_month"]
    if item.due_date:
        return w["due"].format(docx.format_date(item.due_date) if w is WORDS["zh_CN"] else item.due_date.isoformat())
    if item.month:
        return w["month"].format(item.month)
    if item.quarter:
        return w["quarter"].format(item.quarter)
    return ""


def _xlsx_row(section: SectionNode, item: ItemNode, w: dict) -> list[object]:  # type: ignore[type-arg]
    if item.recurrence is Recurrence.NONE:
        status = w["statuses"][item.status]
    else:
        span = periods.occurrence_periods(item.recurrence)
        done = sum(1 for p in span if item.occurrences.get(p, (ItemStatus.NOT_STARTED, None))[0] is ItemStatus.DONE)
        status = w["of_done"].format(done, len(span))
    who = "、".join(v for v in [item.responsible_unit, *(n for _i, n in item.people)] if v)
    latest = item.notes[-1] if item.notes else None
    return [section.title, item.number, item.title, who, _period(item, w), status, item.completed_on,
            f"{latest.noted_on.isoformat()} {latest.text}" if latest else ""]


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
