"""A month's staggered-hours duty roster (错时值班表) as the page the office posts: Excel and print HTML.

Both outputs draw the same single A4 page: the title, a line saying which version this is (and 草稿
while it is not published, so a draft on the notice board is never taken for the real roster), one
row per day, one column per shift, a legend for the shading with each shift's hours, and the
fairness counts. The office posts one sheet, so the page is made to fit one page wide and tall.
Plain Python only: the window turns the HTML into a QTextDocument itself.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from partyplan.db.models import RosterStatus
from partyplan.reports import sheets
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.views import DayRow, FairnessRow, RosterView, ShiftTypeRow

# Pale tints that stay readable under black text and on a black-and-white printer; the "no shift"
# grey is clearly darker than both, so it stays distinguishable when the colours print as greys.
REST_FILL = "E2EFDA"  # light green: weekend rest days
HOLIDAY_FILL = "FADBD8"  # light red: public holidays
OFF_FILL = "BFBFBF"  # grey: this shift does not run that day
DRAFT_COLOUR = "C00000"  # dark red: the draft mark must catch the eye
HEADER_ROW = 3  # title, subtitle, then the column headers
ROW_PT = 14.25  # every row but the title: 宋体 11 pt's own height, set so every program prints the same page
TITLE_PT = 30
GAP_WIDTH = 2  # the column between the table and the counts beside it
KIND_WIDTH = 18  # "节假日 国庆节", "Holiday (国庆节)"; longer names ("工作日 国庆节调休上班") take two lines
# Printed points per unit of column width. Excel draws a unit as 7 pixels of Calibri (5.25 pt, 5.7 with the
# padding); LibreOffice on a PC without Calibri measures DejaVu Sans' wider digits, 7 pt. Planning with the
# wider keeps the page at least as large as planned everywhere.
POINTS_PER_WIDTH = 7.0
HTML_TABLE_PT = 9  # 31 rows of 9 pt fit an A4 page with the legend and the fairness counts
# People side by side in the print fairness table: 18 people (6 rows) fit under 31 days; four abreast
# would overflow the page width with the English headers.
FAIRNESS_GROUPS = 3
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

Words = dict[str, Any]  # one language's entry of WORDS
WORDS: dict[str, Words] = {
    "zh_CN": {
        "title": "{office}{year}年{month}月错时值班表", "date": "日期", "weekday": "星期", "kind": "类型",
        "weekdays": ("一", "二", "三", "四", "五", "六", "日"),
        "kinds": {DayKind.WORKDAY: "工作日", DayKind.REST_DAY: "休息日", DayKind.HOLIDAY: "节假日"},
        "named_day": "{kind} {name}", "version": "版本", "phone": "值班电话", "draft": "草稿",
        "published": "已发布", "superseded": "已被新版本取代", "unconfirmed": "节假日安排尚未确认",
        "legend": "说明", "rest_note": "休息日", "holiday_note": "节假日", "off_note": "当天不设该班次",
        "shift_line": "{name}：{hours}（{kinds}，每班{needed}人）", "fairness": "值班统计",
        "name": "姓名", "duties": "合计", "rest_day": "休息日", "holiday": "节假日",
        "names_sep": "、", "kinds_sep": "、", "parts_sep": "　", "hours_sep": "；", "colon": "：",
        "xlsx_date": 'm"月"d"日"', "short_date": "{month}月{day}日",
    },
    "en": {
        "title": "{office} duty roster, {month_name} {year}", "date": "Date", "weekday": "Weekday", "kind": "Day",
        "weekdays": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        "kinds": {DayKind.WORKDAY: "Workday", DayKind.REST_DAY: "Rest day", DayKind.HOLIDAY: "Holiday"},
        "named_day": "{kind} ({name})", "version": "Version", "phone": "Duty phone", "draft": "Draft",
        "published": "Published", "superseded": "Superseded", "unconfirmed": "Holidays not yet confirmed",
        "legend": "Legend", "rest_note": "Rest day", "holiday_note": "Public holiday",
        "off_note": "Shift not held that day", "shift_line": "{name}: {hours} ({kinds}, {needed} per shift)",
        "fairness": "Duty counts", "name": "Name", "duties": "Total", "rest_day": "Rest days", "holiday": "Holidays",
        "names_sep": ", ", "kinds_sep": ", ", "parts_sep": "   ", "hours_sep": "; ", "colon": ": ",
        "xlsx_date": "d mmm", "short_date": "{day} {mon}",
    },
}


def words(language: str) -> Words:
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def shift_columns(view: RosterView) -> list[ShiftTypeRow]:
    """Active shifts, plus a retired one that still has people this month: nobody's duty may vanish."""
    used = {shift_id for (_day, shift_id), people in view.cells.items() if people}
    return [s for s in view.shifts if s.active or s.id in used]


def title(view: RosterView, w: Words, office: str = "") -> str:
    text = w["title"].format(office=office, year=view.year, month=view.month, month_name=_MONTHS[view.month - 1])
    text = text.strip()
    return text[:1].upper() + text[1:]


def subtitle_parts(view: RosterView, w: Words, duty_phone: str = "") -> list[str]:
    """The draft mark first, then version and status, then the duty phone: what a reader checks."""
    parts = [] if is_published(view) else [w["draft"]]
    if view.version:
        parts.append(f"{w['version']} {view.version}")
    if view.status is RosterStatus.SUPERSEDED:
        parts.append(w["superseded"])
    elif view.status is RosterStatus.PUBLISHED:
        stamp = f" {view.published_at:%Y-%m-%d}" if view.published_at else ""
        parts.append(w["published"] + stamp)
    if view.unconfirmed:
        parts.append(w["unconfirmed"])
    if duty_phone:
        parts.append(f"{w['phone']}{w['colon']}{duty_phone}")
    return parts


def is_published(view: RosterView) -> bool:
    """Only a published (or later superseded) version was ever official; anything else is a draft."""
    return view.status in (RosterStatus.PUBLISHED, RosterStatus.SUPERSEDED)


def day_kind_text(day: DayRow, w: Words) -> str:
    kind = w["kinds"][day.kind]
    return w["named_day"].format(kind=kind, name=day.name) if day.name else kind


def cell_text(view: RosterView, day: DayRow, shift: ShiftTypeRow, w: Words) -> str:
    return w["names_sep"].join(p.name for p in view.cells.get((day.date, shift.id), []))


def day_fill(day: DayRow) -> str | None:
    return {DayKind.REST_DAY: REST_FILL, DayKind.HOLIDAY: HOLIDAY_FILL}.get(day.kind)


def legend_lines(shifts: list[ShiftTypeRow], w: Words) -> list[tuple[str | None, str]]:
    """(swatch colour or None, text): the three shadings, then each shift's hours and the days it runs."""
    lines: list[tuple[str | None, str]] = [
        (REST_FILL, w["rest_note"]), (HOLIDAY_FILL, w["holiday_note"]), (OFF_FILL, w["off_note"])]
    order = [DayKind.WORKDAY, DayKind.REST_DAY, DayKind.HOLIDAY]
    for shift in shifts:
        kinds = w["kinds_sep"].join(w["kinds"][k] for k in order if k in shift.day_kinds)
        lines.append((None, w["shift_line"].format(name=shift.name, hours=shift.hours, kinds=kinds,
                                                   needed=shift.needed)))
    return lines


# --- Excel -------------------------------------------------------------------------------------------


def write_xlsx(view: RosterView, path: Path, *, language: str = "zh_CN", office: str = "",
               duty_phone: str = "") -> Path:
    """One sheet, one A4 page (fitToHeight=1: the office posts a single sheet), written atomically.

    The duty counts go below the table or beside it (in one or more blocks, with the legend under them),
    on a portrait or a landscape page, whichever of these layouts prints largest (`choose_layout`): a
    31-day month of 36 people used to print its counts below the table and shrink the page to 65 %."""
    book, _layout = _sheet(view, language=language, office=office, duty_phone=duty_phone)
    return sheets.save_workbook(book, path)


def page_layout(view: RosterView, *, language: str = "zh_CN", office: str = "", duty_phone: str = "") -> Layout:
    """The layout the Excel sheet chose (the sheet is built in memory, in some 20 ms): the window's own
    print follows it, so the printed page and the sheet are one page, portrait or landscape alike."""
    return _sheet(view, language=language, office=office, duty_phone=duty_phone)[1]


def _sheet(view: RosterView, *, language: str, office: str, duty_phone: str) -> tuple[Workbook, Layout]:
    w = words(language)
    shifts = shift_columns(view)
    span = 3 + len(shifts)
    book = Workbook()
    ws = book.active
    ws.title = f"{view.year}-{view.month:02d}"
    sheets.write_title(ws, title(view, w, office), span)
    _write_subtitle(ws, subtitle_parts(view, w, duty_phone), w, draft=not is_published(view), span=span)
    ws.append([w["date"], w["weekday"], w["kind"], *(s.name for s in shifts)])
    sheets.style_header_row(ws, HEADER_ROW)
    for day in view.days:
        _write_day(ws, view, day, shifts, w)
    last = ws.max_row
    sheets.style_body(ws, HEADER_ROW + 1, last)
    _shade_and_align_days(ws, view, shifts, HEADER_ROW + 1)
    sheets.fit_columns(ws)  # the table's widths: the layout is chosen from them
    ws.column_dimensions["A"].width = max(sheets.display_width(w["date"]), _date_width(view, w)) + 2
    kind_width = min(ws.column_dimensions["C"].width, KIND_WIDTH)  # a long holiday name wraps, not widens
    ws.column_dimensions["C"].width = kind_width
    for row in range(2, last + 1):  # set, so that Excel, WPS and LibreOffice print one page alike
        long = row > HEADER_ROW and sheets.display_width(ws.cell(row=row, column=3).value) > kind_width - 2
        ws.row_dimensions[row].height = ROW_PT * (2 if long else 1)
    legend = legend_lines(shifts, w)
    layout = choose_layout(ws, view.fairness, legend, w, table_end=last)
    if layout.beside:
        left = span + 2
        ws.column_dimensions[get_column_letter(span + 1)].width = GAP_WIDTH
        end = _write_fairness(ws, view.fairness, w, HEADER_ROW - 1, left, groups=layout.groups, heading=False)
        _set_widths(ws, left, _fairness_widths(view.fairness, w) * layout.groups)
        if layout.legend_beside:
            _write_legend(ws, legend, w, end + 2, left, 4 * layout.groups)  # every line fits one line here
        else:
            _write_legend(ws, legend, w, last + 2, 1, span)
    else:
        end = _write_legend(ws, legend, w, last + 2, 1, span)
        _write_fairness(ws, view.fairness, w, end + 2, 1)
        _set_widths(ws, 1, _fairness_widths(view.fairness, w), keep_wider=True)
    for row in (1, 2):  # title and subtitle centred over everything, and the subtitle not cut off
        ws.unmerge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ws.max_column)
    _chinese_font_everywhere(ws)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    sheets.set_print_setup(ws, layout.landscape, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", language=language)
    ws.page_setup.fitToHeight = 1  # after set_print_setup, which allows any number of pages tall
    sheets.narrow_margins(ws)
    return book, layout


@dataclass(frozen=True)
class Layout:
    landscape: bool
    beside: bool  # the counts beside the table (else below the legend)
    groups: int  # blocks of counts side by side, each a name and three figures
    legend_beside: bool  # the legend under the counts beside the table (else under the table)
    scale: float  # how large the page prints: 1.0 is full size


def choose_layout(ws: Worksheet, fairness: list[FairnessRow], legend: list[tuple[str | None, str]], w: Words, *,
                  table_end: int) -> Layout:
    """The layout that prints largest on one A4 page, worked out from the table as written (its columns
    fitted, its rows sized). Ties go to portrait, then to fewer blocks."""
    table_w = page_width(ws, 1, ws.max_column)
    table_h = sheets.rows_points(ws, 1, table_end)
    block = sum(_fairness_widths(fairness, w))
    below_legend = ROW_PT * (1 + _legend_rows_below(ws, legend, ws.max_column))  # a blank row, then the legend
    candidates = []
    for landscape in (False, True):
        page_w, page_h = sheets.printable_points(landscape)
        options = [(False, 1, False)] + [(True, g, lb) for g in range(1, 4) for lb in (False, True) if fairness]
        for beside, groups, legend_beside in options:
            if legend_beside and not _fits_one_line(legend, groups * block):
                continue  # beside the table its rows are the table's: a line may not wrap there
            if beside:
                width = table_w + (GAP_WIDTH + groups * block) * POINTS_PER_WIDTH
                counts = ROW_PT * (2 + -(-len(fairness) // groups)) + table_h - sheets.rows_points(ws, 2, table_end)
                legend_h = ROW_PT * (2 + len(legend)) if legend_beside else 0.0
                height = max(table_h + (0.0 if legend_beside else below_legend), counts + legend_h)
            else:
                width = max(table_w, block * POINTS_PER_WIDTH)
                height = table_h + below_legend + ROW_PT * (3 + len(fairness))
            scale = min(1.0, page_w / width, page_h / height)
            candidates.append(Layout(landscape, beside, groups, legend_beside, round(scale, 3)))
    return max(candidates, key=lambda c: (c.scale, not c.landscape, -c.groups, not c.legend_beside))


def page_width(ws: Worksheet, first: int, last: int) -> float:
    """Points the columns take on paper at full size (POINTS_PER_WIDTH a width unit)."""
    return sum((ws.column_dimensions[get_column_letter(c)].width or sheets.DEFAULT_WIDTH) * POINTS_PER_WIDTH
               for c in range(first, last + 1))


def page_height(last_row: int) -> float:
    """Points rows 1 to `last_row` take: the title's, then ROW_PT a row (the sheet sets them so)."""
    return TITLE_PT + ROW_PT * (last_row - 1)


def _fits_one_line(lines: list[tuple[str | None, str]], width: float) -> bool:
    return all(sheets.display_width(text) <= width - 2 for _colour, text in lines)


def _legend_rows_below(ws: Worksheet, lines: list[tuple[str | None, str]], span: int) -> int:
    """Rows the legend takes under the table: side by side, the shadings under the date and day columns
    and the shifts' hours under the shift columns, when both fit on their lines; else one line after the
    other."""
    if _compact(ws, lines, span):
        return 1 + max(sum(1 for c, _t in lines if c), sum(1 for c, _t in lines if not c))
    return 1 + len(lines)


def _compact(ws: Worksheet, lines: list[tuple[str | None, str]], span: int) -> bool:
    def width(first: int, last: int) -> float:
        return sum(ws.column_dimensions[get_column_letter(c)].width or sheets.DEFAULT_WIDTH for c in range(first, last + 1))

    return span > 4 and _fits_one_line([x for x in lines if x[0]], width(2, 3)) and \
        _fits_one_line([x for x in lines if not x[0]], width(4, span))


def _date_width(view: RosterView, w: Words) -> int:
    """The day as the cell shows it ("10月31日", "31 Oct"), not as a full date, sizes its column."""
    return max(sheets.display_width(w["short_date"].format(month=d.date.month, day=d.date.day,
                                                           mon=_MONTHS[d.date.month - 1][:3])) for d in view.days)


def _fairness_widths(rows: list[FairnessRow], w: Words) -> list[float]:
    """One block of counts: the widest name, then each figure's header; an English header may wrap
    between its words ("Rest / days"), never inside one."""
    name = max([sheets.display_width(w["name"]), *(sheets.display_width(f.name) for f in rows)])
    figures = [max(sheets.display_width(word) for word in w[key].split()) for key in ("duties", "rest_day", "holiday")]
    return [max(4, width + 2) for width in (name, *figures)]


def _set_widths(ws: Worksheet, first: int, widths: list[float], *, keep_wider: bool = False) -> None:
    for n, width in enumerate(widths):
        dimension = ws.column_dimensions[get_column_letter(first + n)]
        dimension.width = max(width, dimension.width or 0) if keep_wider else width


def _write_subtitle(ws: Worksheet, parts: list[str], w: Words, *, draft: bool, span: int) -> None:
    cell = ws.cell(row=2, column=1, value=w["parts_sep"].join(parts))
    cell.font = sheets.chinese_font(bold=draft, color=DRAFT_COLOUR if draft else None)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    if span > 1:
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=span)


def _write_day(ws: Worksheet, view: RosterView, day: DayRow, shifts: list[ShiftTypeRow], w: Words) -> None:
    ws.append([day.date, w["weekdays"][day.date.weekday()], day_kind_text(day, w),
               *(cell_text(view, day, s, w) or None for s in shifts)])
    ws.cell(row=ws.max_row, column=1).number_format = w["xlsx_date"]


def _shade_and_align_days(ws: Worksheet, view: RosterView, shifts: list[ShiftTypeRow], first: int) -> None:
    """Row tint for rest days and holidays; the grey of a shift that does not run wins over the tint."""
    for offset, day in enumerate(view.days):
        row = first + offset
        if fill := day_fill(day):
            sheets.shade_row(ws, row, fill)
        sheets.shade_cells([ws.cell(row=row, column=4 + i) for i, s in enumerate(shifts)
                            if not view.needed(day, s)], OFF_FILL)
        for column in (1, 2):
            ws.cell(row=row, column=column).alignment = Alignment(horizontal="center", vertical="center")


def _write_legend(ws: Worksheet, lines: list[tuple[str | None, str]], w: Words, row: int, column: int,
                  span: int) -> int:
    """The heading, then each swatch with its meaning and each shift's hours; under the table the two go
    side by side when they fit (`_compact`). Returns the last row written."""
    ws.cell(row=row, column=column, value=w["legend"]).font = sheets.chinese_font(bold=True)
    _height(ws, row, ROW_PT)
    if column == 1 and _compact(ws, lines, span):
        swatches = [x for x in lines if x[0]]
        hours = [x for x in lines if not x[0]]
        for n, (colour, text) in enumerate(swatches, row + 1):
            _legend_line(ws, n, 1, 3, colour, text)
        for n, (colour, text) in enumerate(hours, row + 1):
            _legend_line(ws, n, 4, span, colour, text)
        return row + max(len(swatches), len(hours))
    for colour, text in lines:
        row += 1
        _legend_line(ws, row, column, column + span - 1, colour, text)
    return row


def _legend_line(ws: Worksheet, row: int, first: int, last: int, colour: str | None, text: str) -> None:
    """A swatch in `first` and its meaning merged to `last`, or the text alone across them; one line tall."""
    start = first + 1 if colour else first
    ws.cell(row=row, column=start, value=text).alignment = Alignment(vertical="center")
    if colour:
        sheets.shade_cells([ws.cell(row=row, column=first)], colour)
        ws.cell(row=row, column=first).border = sheets.BORDER
    if last > start:
        ws.merge_cells(start_row=row, start_column=start, end_row=row, end_column=last)
    _height(ws, row, ROW_PT)


def _height(ws: Worksheet, row: int, points: float) -> None:
    """A row's height, unless the table beside it has set it already (a holiday name on two lines)."""
    if ws.row_dimensions[row].height is None:
        ws.row_dimensions[row].height = points


def _write_fairness(ws: Worksheet, rows: list[FairnessRow], w: Words, row: int, column: int, *,
                    groups: int = 1, heading: bool = True) -> int:
    """The heading at (row, column), the bordered table under it, in `groups` blocks; returns the last
    row written. Beside the table the heading's row is the subtitle's, so the blocks go without one
    (their header says what they are). An English header wraps between its words onto a second line."""
    if not rows:
        return row
    wraps = any(len(w[key].split()) > 1 for key in ("duties", "rest_day", "holiday"))
    ws.row_dimensions[row + 1].height = max(ws.row_dimensions[row + 1].height or 0, ROW_PT * (2 if wraps else 1))
    if heading:
        _height(ws, row, ROW_PT)
        ws.cell(row=row, column=column, value=w["fairness"]).font = sheets.chinese_font(bold=True)
    header = [w["name"], w["duties"], w["rest_day"], w["holiday"]]
    per_group = -(-len(rows) // groups)
    for group in range(groups):
        body = [[f.name, f.duties, f.rest_day, f.holiday] for f in rows[group * per_group:(group + 1) * per_group]]
        left = column + 4 * group
        for offset, values in enumerate([header, *body], 1):
            for index, value in enumerate(values):
                cell = ws.cell(row=row + offset, column=left + index, value=value)
                cell.border = sheets.BORDER
                cell.font = sheets.chinese_font(bold=offset == 1)
                cell.alignment = Alignment(horizontal="left" if index == 0 else "center", vertical="center",
                                           wrap_text=offset == 1)
                if offset == 1:
                    sheets.shade_cells([cell], sheets.HEADER_FILL)
                elif group == 0:
                    _height(ws, row + offset, ROW_PT)
    return row + 1 + per_group


def _chinese_font_everywhere(ws: Worksheet) -> None:
    """Cells outside the styled table (empty legend cells, fairness gaps) default to Calibri; WPS then
    substitutes a font without Chinese glyphs in some setups, so every cell gets the Chinese font."""
    for line in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
        for cell in line:
            if cell.font.name != sheets.FONT_NAME:
                old = cell.font
                cell.font = sheets.chinese_font(bold=bool(old.b), size=old.sz, color=old.color)


# --- print HTML --------------------------------------------------------------------------------------


def print_html(view: RosterView, *, language: str = "zh_CN", office: str = "", duty_phone: str = "",
               layout: Layout | None = None) -> str:
    """The same page in the HTML subset QTextDocument understands (tables, bgcolor, inline font sizes),
    laid out as the Excel sheet is (`page_layout`): the counts beside the table when the sheet has them there."""
    layout = layout or page_layout(view, language=language, office=office, duty_phone=duty_phone)
    w = words(language)
    shifts = shift_columns(view)
    draft = not is_published(view)
    parts = [html.escape(p) for p in subtitle_parts(view, w, duty_phone)]
    if draft:
        parts[0] = f'<font color="#{DRAFT_COLOUR}"><b>{parts[0]}</b></font>'
    table = _html_days(view, shifts, w) + _html_legend(legend_lines(shifts, w), w)
    if layout.beside:  # as on the sheet: the counts beside the table
        body = ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
                f'<td valign="top">{table}</td><td width="12">&nbsp;</td>'
                f'<td valign="top">{_html_fairness(view.fairness, w, groups=layout.groups)}</td></tr></table>')
    else:
        body = table + _html_fairness(view.fairness, w)
    return "".join([
        f'<html><body style="font-size:{HTML_TABLE_PT}pt">',
        _para(f"<b>{html.escape(title(view, w, office))}</b>", 15, "center", top=0),
        _para("&nbsp;&nbsp;".join(parts), 10, "center", top=2),
        body, "</body></html>",
    ])


def _para(content: str, size: float = HTML_TABLE_PT, align: str = "", top: int = 6) -> str:
    """A paragraph with small margins: QTextDocument's default ones cost a 31-day month its single page."""
    al = f' align="{align}"' if align else ""
    return f'<p{al} style="font-size:{size}pt; margin-top:{top}px; margin-bottom:2px">{content}</p>'


def _table(rows: list[str]) -> str:
    """Collapsed solid borders: Qt's default border=1 style is a 3D "outset" that prints muddy."""
    return (f'<table border="1" cellspacing="0" cellpadding="1" width="100%" style="font-size:{HTML_TABLE_PT}pt; '
            f'border-collapse:collapse; border-style:solid; border-color:#000000">{"".join(rows)}</table>')


def _td(text: str, colour: str | None = None, align: str = "", width: int = 0, nowrap: bool = False) -> str:
    """An escaped cell; an empty one gets &nbsp; so Qt still paints its background and borders."""
    attrs = f' bgcolor="#{colour}"' if colour else ""
    attrs += f' align="{align}"' if align else ""
    attrs += f' width="{width}"' if width else ""
    attrs += ' style="white-space:nowrap"' if nowrap else ""
    return f'<td valign="middle"{attrs}>{html.escape(text) if text else "&nbsp;"}</td>'


def _header(cells: list[str]) -> str:
    """nowrap: Qt otherwise breaks "Holidays" inside the word when twelve columns share the width."""
    fill = f'bgcolor="#{sheets.HEADER_FILL}"'
    return f"<tr {fill}>" + "".join(
        f'<th style="white-space:nowrap" {fill}>{html.escape(c)}</th>' for c in cells) + "</tr>"


def _html_days(view: RosterView, shifts: list[ShiftTypeRow], w: Words) -> str:
    rows = [_header([w["date"], w["weekday"], w["kind"], *(s.name for s in shifts)])]
    for day in view.days:
        tint = day_fill(day)
        date = w["short_date"].format(month=day.date.month, day=day.date.day, mon=_MONTHS[day.date.month - 1][:3])
        cells = [_td(date, tint, "center"), _td(w["weekdays"][day.date.weekday()], tint, "center"),
                 _td(day_kind_text(day, w), tint)]
        cells += [_td(cell_text(view, day, s, w), tint if view.needed(day, s) else OFF_FILL) for s in shifts]
        bg = f' bgcolor="#{tint}"' if tint else ""
        rows.append(f"<tr{bg}>{''.join(cells)}</tr>")
    return _table(rows)


def _html_legend(lines: list[tuple[str | None, str]], w: Words) -> str:
    """Swatches in one row, shift hours on one line: the legend must not cost the page its fit."""
    swatches = "".join(f'{_td("", colour, width=24)}<td>{html.escape(text)}&nbsp;&nbsp;</td>'
                       for colour, text in lines if colour)
    hours = w["hours_sep"].join(html.escape(text) for colour, text in lines if not colour)
    return (f'<table border="0" cellspacing="2" cellpadding="1" style="font-size:{HTML_TABLE_PT}pt; '
            f'margin-top:6px"><tr><td><b>{html.escape(w["legend"])}</b>&nbsp;&nbsp;</td>{swatches}</tr></table>'
            + _para(hours, top=2))


def _html_fairness(rows: list[FairnessRow], w: Words, groups: int = FAIRNESS_GROUPS) -> str:
    """Several people per table row under the days, so a whole office's counts take a few lines, not half
    a page; one per row beside them on a landscape page."""
    if not rows:
        return ""
    header = [w["name"], w["duties"], w["rest_day"], w["holiday"]] * min(groups, len(rows))
    lines = [_header(header)]
    for start in range(0, len(rows), groups):
        group = rows[start:start + groups]
        cells = [_td(f.name, nowrap=True) + "".join(_td(str(n), align="center")
                                                    for n in (f.duties, f.rest_day, f.holiday)) for f in group]
        if start:  # pad the last row so its borders line up with the full rows above
            cells += ["<td>&nbsp;</td>" * 4] * (groups - len(group))
        lines.append(f"<tr>{''.join(cells)}</tr>")
    return _para(f'<b>{html.escape(w["fairness"])}</b>', top=0 if groups == 1 else 6) + _table(lines)
