"""A month of the on-duty record book as a print-ready Excel sheet (and the same page as print HTML), for
leaders to inspect and sign.

A4 landscape, one page wide with the header on every page: the book is printed and filed. Open
follow-ups are shaded so an inspecting leader sees at once what is still owed to a resident, and the
month's figures stand below the entries. The words follow the chosen language; the entries are the
office's own text.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from partyplan.db.models import FollowUp
from partyplan.reports import sheets
from partyplan.rosters import duty_log
from partyplan.rosters.duty_log import CATEGORIES, EntryRow, MonthSummary

OPEN_FILL = "FFF2CC"  # light yellow: still visible, and still readable, on a black-and-white printer
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"
HEADER_ROW = 2
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fixed: calendar.month_name follows the machine's locale

WORDS: dict[str, dict[str, Any]] = {
    "zh_CN": {
        "title": "{office}值班记录簿 {year}年{month}月",
        "header": ("日期", "时间", "值班人", "来访人", "联系方式", "住址/户", "事项", "类别", "答复/处理", "结果",
                   "跟进", "检查"),
        "categories": {"consultation": "咨询", "certificate": "证明开具", "complaint": "投诉",
                       "dispute": "纠纷调解", "repair": "报修", "assistance": "困难求助",
                       "suggestion": "意见建议", "other": "其他"},
        "shift": "{name}（{shift}）", "none": "无需跟进", "open": "待跟进", "open_due": "待跟进（{due}前）",
        "closed": "已办结（{on}）", "inspected": "{name} {on}", "comment": "{text}：{comment}",
        "summary": "本月小结", "total": "合计", "resolved_share": "办结率", "still_open": "待跟进",
        "inspected_count": "已检查",
    },
    "en": {
        "title": "{office} on-duty record book, {month_name} {year}",
        "header": ("Date", "Time", "On duty", "Visitor", "Contact", "Address/household", "Matter", "Category",
                   "Answer/action", "Result", "Follow-up", "Inspection"),
        "categories": {"consultation": "Consultation", "certificate": "Certificate", "complaint": "Complaint",
                       "dispute": "Dispute mediation", "repair": "Repair", "assistance": "Assistance",
                       "suggestion": "Suggestion", "other": "Other"},
        "shift": "{name} ({shift})", "none": "None needed", "open": "Open", "open_due": "Open (due {due})",
        "closed": "Closed ({on})", "inspected": "{name} {on}", "comment": "{text}: {comment}",
        "summary": "Month summary", "total": "Total", "resolved_share": "Resolved", "still_open": "Open",
        "inspected_count": "Inspected",
    },
}


def words(language: str) -> dict[str, Any]:
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def write_xlsx(session: Session, year: int, month: int, path: Path, *, language: str = "zh_CN",
               office: str = "") -> Path:
    """Write the month's book to `path`, replacing it only once complete (ExportTargetError if locked)."""
    w = words(language)
    rows = duty_log.list_entries(session, year, month)
    book = Workbook()
    ws = book.active
    ws.title = f"{year}-{month:02d}"
    sheets.write_title(ws, title(w, office, year, month), len(w["header"]))
    ws.append(list(w["header"]))
    _write_entries(ws, rows, w)
    sheets.style_header_row(ws, HEADER_ROW)
    if rows:
        sheets.style_body(ws, HEADER_ROW + 1, ws.max_row)
    _shade_open(ws, rows)
    _write_summary(ws, ws.max_row + 3, duty_log.monthly_summary(session, year, month), w)
    sheets.fit_columns(ws, max_width=30)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    sheets.set_print_setup(ws, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", language=language)
    return sheets.save_workbook(book, path)


def title(w: dict[str, Any], office: str, year: int, month: int) -> str:
    """The sheet's title; without an office name the English title starts with a capital."""
    text = w["title"].format(office=office.strip(), year=year, month=month, month_name=MONTHS[month - 1]).strip()
    return text[:1].upper() + text[1:]


def _write_entries(ws: Worksheet, rows: list[EntryRow], w: dict[str, Any]) -> None:
    for row in rows:
        ws.append(_cells(row, w))
        ws.cell(row=ws.max_row, column=1).number_format = DATE_FORMAT
        ws.cell(row=ws.max_row, column=2).number_format = TIME_FORMAT


def _cells(row: EntryRow, w: dict[str, Any]) -> list[object]:
    return [row.day, row.time, _on_duty(row, w), row.resident_name, row.contact, row.household, row.matter,
            w["categories"].get(row.category, row.category), row.answer, row.result, _follow_up(row, w),
            _inspection(row, w)]


def _on_duty(row: EntryRow, w: dict[str, Any]) -> str:
    if row.handled_by_name and row.shift_name:
        return str(w["shift"].format(name=row.handled_by_name, shift=row.shift_name))
    return row.handled_by_name or row.shift_name


def _follow_up(row: EntryRow, w: dict[str, Any]) -> str:
    """Dates inside sentences are ISO text: the cell holds words, so it cannot carry a date format."""
    if row.follow_up is FollowUp.CLOSED:
        return str(w["closed"].format(on=row.closed_on.isoformat() if row.closed_on else ""))
    if row.follow_up is FollowUp.OPEN:
        return str(w["open_due"].format(due=row.follow_up_due.isoformat()) if row.follow_up_due else w["open"])
    return str(w["none"])


def _inspection(row: EntryRow, w: dict[str, Any]) -> str:
    if row.inspected_on is None:
        return ""
    text = w["inspected"].format(name=row.inspected_by_name, on=row.inspected_on.isoformat()).strip()
    return str(w["comment"].format(text=text, comment=row.inspection_comment) if row.inspection_comment else text)


def _shade_open(ws: Worksheet, rows: list[EntryRow]) -> None:
    for number, row in enumerate(rows, HEADER_ROW + 1):
        if row.follow_up is FollowUp.OPEN:
            sheets.shade_row(ws, number, OPEN_FILL)


def summary_lines(summary: MonthSummary, w: dict[str, Any]) -> list[tuple[str, int | float]]:
    """The summary block as (label, value) pairs: categories in CATEGORIES order, then the totals."""
    lines: list[tuple[str, int | float]] = [(w["categories"][c], summary.by_category[c]) for c in CATEGORIES]
    return [*lines, (w["total"], summary.total), (w["resolved_share"], summary.resolved_share),
            (w["still_open"], summary.open), (w["inspected_count"], summary.inspected)]


def _write_summary(ws: Worksheet, first: int, summary: MonthSummary, w: dict[str, Any]) -> None:
    """Label in column A, figure in column B, under a bold heading; the share is a real percentage."""
    heading = ws.cell(row=first, column=1, value=w["summary"])
    heading.font = sheets.chinese_font(bold=True)
    for number, (label, value) in enumerate(summary_lines(summary, w), first + 1):
        cells = (ws.cell(row=number, column=1, value=label), ws.cell(row=number, column=2, value=value))
        for cell in cells:
            cell.font, cell.border = sheets.chinese_font(), sheets.BORDER
        cells[1].alignment = Alignment(horizontal="right")
        cells[1].number_format = "0.0%" if isinstance(value, float) else "0"


# --- print HTML --------------------------------------------------------------------------------------
HTML_PT = 8  # twelve columns across a landscape A4 page


def print_html(session: Session, year: int, month: int, *, language: str = "zh_CN", office: str = "") -> str:
    """The month's book as the window prints it: the sheet's columns, open follow-ups shaded, the header
    row in a <thead> so it repeats on every printed page, and the month's figures at the end."""
    w = words(language)
    rows = duty_log.list_entries(session, year, month)
    header = "".join(f'<th bgcolor="#{sheets.HEADER_FILL}">{html.escape(h)}</th>' for h in w["header"])
    body = []
    for row in rows:
        values = _cells(row, w)
        values[0] = row.day.isoformat()
        values[1] = f"{row.time:%H:%M}" if row.time else ""
        shade = f' bgcolor="#{OPEN_FILL}"' if row.follow_up is FollowUp.OPEN else ""
        body.append(f"<tr{shade}>" + "".join(f"<td>{html.escape(str(v or ''))}&nbsp;</td>" for v in values) + "</tr>")
    figures = "　".join(f"{html.escape(label)} {value:.0%}" if isinstance(value, float) else f"{html.escape(label)} {value}"
                       for label, value in summary_lines(duty_log.monthly_summary(session, year, month), w))
    return (f'<html><body style="font-size:{HTML_PT}pt">'
            f'<p align="center" style="font-size:14pt; margin-bottom:6px"><b>{html.escape(title(w, office, year, month))}</b></p>'
            f'<table border="1" cellspacing="0" cellpadding="2" width="100%" style="border-collapse:collapse; '
            f'border-style:solid; border-color:#000000"><thead><tr>{header}</tr></thead>{"".join(body)}</table>'
            f'<p style="margin-top:8px"><b>{html.escape(w["summary"])}</b>　{figures}</p></body></html>')
