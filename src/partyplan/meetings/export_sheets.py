"""Meeting papers in Excel: a printable sign-in sheet and the year's meeting register (会议台账), whose
second sheet shows how the year's required meetings were kept, type by type and quarter by quarter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from sqlalchemy.orm import Session

from partyplan.db.models import Cadence, MeetingStatus
from partyplan.meetings import cadence, service
from partyplan.reports import sheets

WORDS = {
    "zh_CN": {
        "register": "{}年会议记录台账", "check": "{}年规定会议完成情况", "check_sheet": "完成情况", "no": "序号",
        "date": "日期", "time": "时间", "type": "会议类型", "title": "会议名称", "place": "地点", "chair": "主持人",
        "expected": "应到", "present": "实到", "rate": "出席率", "resolutions": "决议事项", "cadence": "频次",
        "quarter": "第{}季度", "year": "全年", "held_of": "{}/{}",
        "cadences": {Cadence.MONTHLY: "每月", Cadence.QUARTERLY: "每季度", Cadence.YEARLY: "每年",
                     Cadence.MONTHS: "{}月"},
        "passed": "通过", "failed": "未通过", "responsible": "责任人：{}", "due": "期限：{}", "sep": "，", "wrap": "（{}）",
        "sign_in": "{}签到表", "meeting_line": "会议时间：{}　　会议地点：{}", "name": "姓名", "identity": "身份",
        "signature": "签到", "remarks": "备注",
    },
    "en": {
        "register": "Meeting register {}", "check": "Required meetings {}", "check_sheet": "Cadence", "no": "No.",
        "date": "Date", "time": "Time", "type": "Type", "title": "Meeting", "place": "Place", "chair": "Chair",
        "expected": "Expected", "present": "Present", "rate": "Attendance", "resolutions": "Resolutions",
        "cadence": "Cadence", "quarter": "Q{}", "year": "Year", "held_of": "{} of {}",
        "cadences": {Cadence.MONTHLY: "Monthly", Cadence.QUARTERLY: "Quarterly", Cadence.YEARLY: "Yearly",
                     Cadence.MONTHS: "Months {}"},
        "passed": "passed", "failed": "not passed", "responsible": "responsible: {}", "due": "due {}", "sep": "; ", "wrap": " ({})",
        "sign_in": "Sign-in sheet: {}", "meeting_line": "Date: {}    Place: {}", "name": "Name", "identity": "Role",
        "signature": "Signature", "remarks": "Remarks",
    },
}
MISSING_FILL = "F8D7DA"  # pale red: still tells apart from white on a black-and-white printer
RESOLUTIONS_WIDTH = 60  # characters; a resolution longer than that wraps onto the next line


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def write_register_xlsx(session: Session, year: int, path: Path, *, language: str = "zh_CN",
                        today: dt.date | None = None) -> Path:
    """Every meeting held in `year`, by date, and the cadence check on a second sheet."""
    w = words(language)
    english = not language.lower().startswith("zh")
    book = Workbook()
    ws = book.active
    ws.title = str(year)
    header = [w["no"], w["date"], w["time"], w["type"], w["title"], w["place"], w["chair"], w["expected"],
              w["present"], w["rate"], w["resolutions"]]
    sheets.write_title(ws, w["register"].format(year), len(header))
    ws.append(header)
    held = [m for m in service.list_meetings(session, year, status=MeetingStatus.HELD)
            if m.held_on is not None and m.held_on.year == year]
    for n, row in enumerate(held, 1):
        detail = service.load_meeting(session, row.id)
        kind = row.type_name_en if english and row.type_name_en else row.type_name
        a = row.attendance
        ws.append([n, row.held_on, row.start_time.strftime("%H:%M") if row.start_time else "", kind,
                   row.title or kind, row.place, row.chair_name, a.expected, a.present, a.rate,
                   "\n".join(_resolution_line(i, r, w) for i, r in enumerate(detail.resolutions, 1))])
        ws.cell(row=ws.max_row, column=2).number_format = "yyyy-mm-dd"
        ws.cell(row=ws.max_row, column=10).number_format = "0%"
    sheets.style_header_row(ws, 2)
    sheets.style_body(ws, 3, ws.max_row)
    sheets.fit_columns(ws, max_width=24)
    ws.column_dimensions["K"].width = RESOLUTIONS_WIDTH
    # a percentage, however many digits the fraction has; and the header's word whole ("Attendance")
    ws.column_dimensions["J"].width = max(8, max(sheets.display_width(word) for word in w["rate"].split()) + 2)
    for row in range(3, ws.max_row + 1):
        _centre(ws, row, (1, 3, 8, 9, 10))
    sheets.fit_row_heights(ws, 3, ws.max_row)
    ws.freeze_panes = "A3"
    sheets.set_print_setup(ws, landscape=True, title_rows="2:2", language=language)
    _check_sheet(book, session, year, today or dt.date.today(), w, english, language)
    return sheets.save_workbook(book, path)


def write_sign_in_xlsx(session: Session, meeting_id: int, path: Path, *, language: str = "zh_CN",
                       blank_rows: int = 5) -> Path:
    from partyplan.meetings import export

    detail = service.load_meeting(session, meeting_id)
    w, dw = words(language), export.words(language)
    book = Workbook()
    ws = book.active
    ws.title = detail.row.day.isoformat()
    header = [w["no"], w["name"], w["identity"], w["signature"], w["remarks"]]
    sheets.write_title(ws, w["sign_in"].format(export.meeting_name(detail, language)), len(header))
    ws.append([w["meeting_line"].format(export.when_text(detail, language), detail.row.place or "")])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
    ws["A2"].font = sheets.chinese_font()
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.append(header)
    people = export.sign_in_people(session, detail, dw)
    for n, (name, identity) in enumerate(people, 1):
        ws.append([n, name, identity, "", ""])
    for _ in range(blank_rows):
        ws.append(["", "", "", "", ""])
    sheets.style_header_row(ws, 3)
    sheets.style_body(ws, 4, ws.max_row)
    for row in range(4, ws.max_row + 1):
        ws.row_dimensions[row].height = 30  # room for a signature
        _centre(ws, row, (1,))
    for column, width in zip("ABCDE", (6, 14, 22, 24, 16)):
        ws.column_dimensions[column].width = width
    sheets.set_print_setup(ws, landscape=False, title_rows="3:3", language=language)
    return sheets.save_workbook(book, path)


def _centre(ws, row: int, columns: tuple[int, ...]) -> None:  # type: ignore[no-untyped-def]
    for column in columns:
        ws.cell(row=row, column=column).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _resolution_line(n: int, r: service.ResolutionRow, w: dict) -> str:  # type: ignore[type-arg]
    extra = []
    if r.responsible_name:
        extra.append(w["responsible"].format(r.responsible_name))
    if r.due:
        extra.append(w["due"].format(r.due.isoformat()))
    if r.voted:
        extra.append(w["passed"] if r.passed else w["failed"])
    return f"{n}. {r.text}" + (w["wrap"].format(w["sep"].join(extra)) if extra else "")


def _check_sheet(book: Workbook, session: Session, year: int, today: dt.date, w: dict, english: bool,  # type: ignore[type-arg]
                 language: str) -> None:
    report = cadence.check(session, year, today)
    ws = book.create_sheet(w["check_sheet"])
    header = [w["type"], w["cadence"], *(w["quarter"].format(q) for q in range(1, 5)), w["year"]]
    sheets.write_title(ws, w["check"].format(year), len(header))
    ws.append(header)
    for type_id in report.type_ids():
        first = next(s for s in report.slots if s.type_id == type_id)
        name = first.type_name_en if english and first.type_name_en else first.type_name
        months = sorted({s.period.number for s in report.slots if s.type_id == type_id})
        how = w["cadences"][first.cadence].format(",".join(str(m) for m in months))
        cells = [report.tally(type_id, q) for q in (1, 2, 3, 4, None)]
        ws.append([name, how, *(w["held_of"].format(t.held, t.required) if t.required else "—" for t in cells)])
        for column, tally in enumerate(cells, 3):
            if tally.missing:
                sheets.shade_cells([ws.cell(row=ws.max_row, column=column)], MISSING_FILL)
    sheets.style_header_row(ws, 2)
    sheets.style_body(ws, 3, ws.max_row)
    for row in ws.iter_rows(min_row=3, min_col=3):
        for cell in row:
            cell.alignment = Alignment(horizontal="center", vertical="center")
    sheets.fit_columns(ws, max_width=40)
    sheets.set_print_setup(ws, landscape=True, title_rows="2:2", language=language)
