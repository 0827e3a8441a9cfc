"""The posted duty roster: October 2026 (National Day 1-7 Oct, Saturday 10 Oct worked) as Excel and print HTML."""

from __future__ import annotations

import datetime as dt
import os
import re
from html.parser import HTMLParser
from itertools import cycle
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell

from partyplan.db.models import RosterStatus
from partyplan.errors import ExportTargetError
from partyplan.reports import sheets
from partyplan.rosters import roster_export as rx
from partyplan.rosters.calendar import DayKind, month_days, official_days
from partyplan.rosters.views import CellPerson, DayRow, FairnessRow, RosterView, ShiftTypeRow

T = dt.time
PEOPLE = ["张伟", "王芳", "李娜", "刘<强>", "陈静", "杨洋", "赵磊", "黄敏", "周杰", "吴敏"]
SHIFTS = [
    ShiftTypeRow(1, "工作日晚班", T(17, 30), T(20, 30), frozenset({DayKind.WORKDAY}), 2),
    ShiftTypeRow(2, "休息日值班", T(9), T(17), frozenset({DayKind.REST_DAY}), 2),
    ShiftTypeRow(3, "节假日值班", T(9), T(17), frozenset({DayKind.HOLIDAY}), 3),
]


def october(status: RosterStatus | None = RosterStatus.PUBLISHED, shifts: list[ShiftTypeRow] = SHIFTS) -> RosterView:
    """The real 2026 calendar, every running shift filled round-robin, and the counts that follow."""
    official = official_days(2026) or []
    names = {d.date: d.name_zh for d in official}
    exceptions = {d.date: d.kind for d in official}
    days = [DayRow(day, kind, names.get(day, "")) for day, kind in month_days(2026, 10, exceptions)]
    view = RosterView(2026, 10, days, list(shifts), id=7, version=2, status=status,
                      published_at=dt.datetime(2026, 9, 25, 10, 0) if status else None)
    people = cycle(enumerate(PEOPLE, 1))
    counts = {n: [0, 0, 0] for n in PEOPLE}
    for day in days:
        for shift in shifts:
            for _ in range(view.needed(day, shift)):
                pid, name = next(people)
                view.cells.setdefault((day.date, shift.id), []).append(CellPerson(pid, name))
                counts[name][0] += 1
                counts[name][1] += day.kind == DayKind.REST_DAY
                counts[name][2] += day.kind == DayKind.HOLIDAY
    view.fairness = [FairnessRow(i, n, *counts[n]) for i, n in enumerate(PEOPLE, 1)]
    return view


def row_of(day: int) -> int:
    return rx.HEADER_ROW + day


def fill(cell) -> str | None:  # type: ignore[no-untyped-def]
    return cell.fill.fgColor.rgb[-6:] if cell.fill.fill_type == "solid" else None


@pytest.fixture
def sheet(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = rx.write_xlsx(october(), tmp_path / "值班表.xlsx", office="城东社区", duty_phone="0571-8888 1234")
    return load_workbook(path).active


def test_title_subtitle_and_header(sheet) -> None:  # type: ignore[no-untyped-def]
    assert sheet["A1"].value == "城东社区2026年10月错时值班表"
    assert "A1:F1" in {str(r) for r in sheet.merged_cells.ranges}
    subtitle = sheet["A2"].value
    assert "版本 2" in subtitle and "已发布 2026-09-25" in subtitle
    assert "值班电话：0571-8888 1234" in subtitle
    assert "草稿" not in subtitle
    assert [c.value for c in sheet[rx.HEADER_ROW]] == ["日期", "星期", "类型", *(s.name for s in SHIFTS)]


def test_day_rows_dates_kinds_and_names(sheet) -> None:  # type: ignore[no-untyped-def]
    first = sheet.cell(row=row_of(1), column=1)
    assert isinstance(first.value, dt.datetime) and first.value.date() == dt.date(2026, 10, 1)
    assert first.number_format == 'm"月"d"日"'
    assert sheet.cell(row=row_of(31), column=1).value.date() == dt.date(2026, 10, 31)
    assert sheet.cell(row=row_of(32), column=1).value != dt.datetime(2026, 11, 1)
    assert sheet.cell(row=row_of(1), column=2).value == "四"
    assert "国庆节" in sheet.cell(row=row_of(1), column=3).value
    assert sheet.cell(row=row_of(10), column=3).value == "工作日 国庆节调休上班"
    assert sheet.cell(row=row_of(17), column=3).value == "休息日"
    assert sheet.cell(row=row_of(1), column=6).value == "张伟、王芳、李娜"
    assert sheet.cell(row=row_of(1), column=4).value is None  # no evening shift on a holiday


def test_shading_of_rest_days_holidays_and_idle_shifts(sheet) -> None:  # type: ignore[no-untyped-def]
    assert fill(sheet.cell(row=row_of(17), column=3)) == rx.REST_FILL  # Saturday 17 Oct
    assert fill(sheet.cell(row=row_of(17), column=5)) == rx.REST_FILL  # rest-day shift runs: tint only
    assert fill(sheet.cell(row=row_of(1), column=1)) == rx.HOLIDAY_FILL
    assert fill(sheet.cell(row=row_of(1), column=4)) == rx.OFF_FILL
    assert fill(sheet.cell(row=row_of(17), column=4)) == rx.OFF_FILL
    assert fill(sheet.cell(row=row_of(10), column=2)) is None  # adjusted workday: plain
    assert fill(sheet.cell(row=row_of(10), column=5)) == rx.OFF_FILL
    assert len({rx.REST_FILL, rx.HOLIDAY_FILL, rx.OFF_FILL, sheets.HEADER_FILL}) == 4


def test_legend_and_fairness_below_the_table(sheet) -> None:  # type: ignore[no-untyped-def]
    texts = [c.value for row in sheet.iter_rows(min_row=row_of(32)) for c in row if isinstance(c.value, str)]
    assert "说明" in texts and "当天不设该班次" in texts
    assert "工作日晚班：17:30-20:30（工作日，每班2人）" in texts
    header = next(r for r in range(row_of(32), sheet.max_row + 1) if sheet.cell(row=r, column=1).value == "姓名")
    assert [c.value for c in sheet[header][:4]] == ["姓名", "合计", "休息日", "节假日"]
    zhang = [c.value for c in sheet[header + 1][:4]]
    assert zhang[0] == "张伟" and all(isinstance(n, int) for n in zhang[1:]) and zhang[3] > 0
    assert sheet.max_row == header + len(PEOPLE)


def test_print_setup_one_page_and_fonts(sheet) -> None:  # type: ignore[no-untyped-def]
    setup = sheet.page_setup
    assert int(setup.paperSize) == int(sheet.PAPERSIZE_A4) and setup.orientation == "portrait"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 1)
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.print_options.horizontalCentered and "&P" in sheet.oddFooter.center.text
    # openpyxl reloads the covered cells of a merge with default styles; what shows is the anchor's font
    shown = [c for row in sheet.iter_rows() for c in row if not isinstance(c, MergedCell)]
    assert {c.font.name for c in shown} == {sheets.FONT_NAME}
    assert sheet.column_dimensions["F"].width >= sheets.display_width("张伟、王芳、李娜")


def printed_scale(sheet) -> float:  # type: ignore[no-untyped-def]
    """How large the one page prints: the page inside its margins over the sheet's size at full scale
    (a width unit at 7 pt, as LibreOffice without Calibri measures it; Excel draws it smaller)."""
    from openpyxl.utils import get_column_letter

    width = sum((sheet.column_dimensions[get_column_letter(c)].width or 8.43) * 7 for c in range(1, sheet.max_column + 1))
    height = sum(sheet.row_dimensions[r].height or 15 for r in range(1, sheet.max_row + 1))
    margins = sheet.page_margins
    page_w, page_h = (841.9, 595.3) if sheet.page_setup.orientation == "landscape" else (595.3, 841.9)
    return min(1.0, (page_w - 72 * (margins.left + margins.right)) / width,
               (page_h - 72 * (margins.top + margins.bottom)) / height)


def big_month(people: int) -> RosterView:
    """January 2027 (31 days) shared round-robin among `people` people with three-character names."""
    days = [DayRow(day, kind, "") for day, kind in month_days(2027, 1, {})]
    view = RosterView(2027, 1, days, list(SHIFTS), id=9, version=1, status=RosterStatus.PUBLISHED,
                      published_at=dt.datetime(2026, 12, 20, 9, 0))
    names = [f"{a}{b}{c}" for a, b, c in zip("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章",
                                                cycle("晓建国海"), cycle("明华平军芳丽"))][:people]
    rotation = cycle(enumerate(names, 1))
    for day in days:
        for shift in SHIFTS:
            view.cells[(day.date, shift.id)] = [CellPerson(*next(rotation)) for _ in range(view.needed(day, shift))]
    view.fairness = [FairnessRow(i, n, 3, 1, 0) for i, n in enumerate(names, 1)]
    return view


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_large_month_prints_on_one_page_at_85_percent(tmp_path: Path, language: str) -> None:
    """31 days and 36 people: the counts sit beside the table in blocks, margins are narrow, one page."""
    sheet = load_workbook(rx.write_xlsx(big_month(36), tmp_path / "r.xlsx", language=language)).active
    header = rx.words(language)["name"]
    beside = [c.column for c in sheet[rx.HEADER_ROW] if c.value == header]
    assert beside and min(beside) > 3 + len(SHIFTS), "the counts are beside the table, not below it"
    names = {sheet.cell(r, c).value for c in beside for r in range(rx.HEADER_ROW + 1, sheet.max_row + 1)}
    assert {f.name for f in big_month(36).fairness} <= names, "everyone's counts are there"
    assert sheet.page_margins.left == 0.25 and sheet.page_margins.top == 0.75
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 1)
    assert printed_scale(sheet) >= 0.845


@pytest.mark.parametrize("shifts", [3, 4])
def test_the_page_takes_the_layout_that_prints_largest(tmp_path: Path, shifts: int) -> None:
    extra = ShiftTypeRow(4, "工作日午间", T(12), T(13, 30), frozenset({DayKind.WORKDAY}), 1)
    view = october(shifts=[*SHIFTS, extra][:shifts])
    sheet = load_workbook(rx.write_xlsx(view, tmp_path / "r.xlsx")).active
    assert printed_scale(sheet) >= 0.85 and sheet.page_setup.fitToHeight == 1
    assert sheet["A1"].value == "2026年10月错时值班表"
    six = [*SHIFTS, extra, ShiftTypeRow(5, "周末夜班", T(19), T(22), frozenset({DayKind.REST_DAY}), 2),
           ShiftTypeRow(6, "节日夜班", T(19), T(22), frozenset({DayKind.HOLIDAY}), 2)]
    wide = load_workbook(rx.write_xlsx(october(shifts=six), tmp_path / "w.xlsx")).active
    assert wide.page_setup.orientation == "landscape", "six shifts are wider than a portrait page"
    assert printed_scale(wide) >= 0.75 and wide.page_setup.fitToHeight == 1


def test_english_variant(tmp_path: Path) -> None:
    view = october()
    sheet = load_workbook(rx.write_xlsx(view, tmp_path / "r.xlsx", language="en", office="East Gate")).active
    assert sheet["A1"].value == "East Gate duty roster, October 2026"
    assert [c.value for c in sheet[rx.HEADER_ROW]][:3] == ["Date", "Weekday", "Day"]
    assert sheet.cell(row=row_of(1), column=1).number_format == "d mmm"
    assert sheet.cell(row=row_of(1), column=2).value == "Thu"
    assert sheet.cell(row=row_of(1), column=3).value == "Holiday (国庆节)"
    assert sheet.cell(row=row_of(1), column=6).value == "张伟, 王芳, 李娜"
    assert "Version 2" in sheet["A2"].value and sheet.oddFooter.center.text == "Page &P of &N"
    untitled = load_workbook(rx.write_xlsx(view, tmp_path / "u.xlsx", language="en")).active
    assert untitled["A1"].value == "Duty roster, October 2026"


@pytest.mark.parametrize("status", [RosterStatus.DRAFT, None])
def test_unpublished_roster_is_marked_draft(tmp_path: Path, status: RosterStatus | None) -> None:
    sheet = load_workbook(rx.write_xlsx(october(status), tmp_path / "r.xlsx")).active
    assert sheet["A2"].value.startswith("草稿") and sheet["A2"].font.b
    english = load_workbook(rx.write_xlsx(october(status), tmp_path / "e.xlsx", language="en")).active
    assert english["A2"].value.startswith("Draft")
    assert "草稿" in rx.print_html(october(status)) and "草稿" not in rx.print_html(october())


def test_locked_target_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    path = rx.write_xlsx(october(RosterStatus.DRAFT), folder / "值班表.xlsx")
    before = path.read_bytes()

    def refuse(src, dst) -> None:  # type: ignore[no-untyped-def]
        raise PermissionError(13, "being used by another process")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportTargetError) as caught:
        rx.write_xlsx(october(), path)
    assert (caught.value.path, caught.value.reason) == (path, "locked")
    assert path.read_bytes() == before and [p.name for p in folder.iterdir()] == ["值班表.xlsx"]


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.bgcolors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.bgcolors += [v or "" for k, v in attrs if k == "bgcolor"]
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.tables[-1][-1].append("")

    def handle_data(self, data: str) -> None:
        if self.tables and self.tables[-1] and self.tables[-1][-1]:
            self.tables[-1][-1][-1] += data


def test_print_html_structure_and_escaping() -> None:
    page = rx.print_html(october(), office="城东社区", duty_phone="12345")
    parser = _Rows()
    parser.feed(page)
    days = parser.tables[0]
    assert len(days) == 1 + 31
    assert days[0] == ["日期", "星期", "类型", "工作日晚班", "休息日值班", "节假日值班"]
    assert days[1][:3] == ["10月1日", "四", "节假日 国庆节"]
    assert "刘&lt;强&gt;" in page and "刘<强>" not in page
    assert any("刘<强>" in cell for row in days for cell in row)  # unescaped again by the parser
    assert f"#{rx.HOLIDAY_FILL}" in parser.bgcolors and f"#{rx.OFF_FILL}" in parser.bgcolors
    assert "城东社区2026年10月错时值班表" in page and "值班电话：12345" in page
    assert "class=" not in page and "display:" not in page


def _printer(path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_print_html_fits_one_a4_page(qapp, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """As the window prints it: QTextDocument.print_ lays the page out on the printer itself."""
    from PySide6.QtGui import QTextDocument

    pdf = tmp_path / "roster.pdf"
    printer = _printer(pdf)
    document = QTextDocument()
    document.setHtml(rx.print_html(october(), language=language, office="城东社区", duty_phone="0571-88881234"))
    document.print_(printer)
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes())) == 1
    paginated = QTextDocument()
    paginated.setHtml(rx.print_html(october(), language=language))
    paginated.documentLayout().setPaintDevice(printer)
    paginated.setPageSize(printer.pageRect(printer.Unit.DevicePixel).size())
    assert paginated.pageCount() == 1
