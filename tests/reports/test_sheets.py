"""The shared print-ready sheet layout, checked in the file as Excel will open it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from partyplan.errors import ExportTargetError
from partyplan.reports import sheets

HEADER = ["姓名", "备注", "日期", "编号"]
ROWS = [
    ["张三", "负责社区宣传与志愿者招募工作，每周二值班。" * 3, dt.date(2027, 1, 4), 7],
    ["Ouyang Nana", None, dt.date(2027, 1, 5), 12345],
]


def roster() -> Workbook:
    """A titled sheet laid out the way every export does it."""
    book = Workbook()
    ws = book.active
    sheets.write_title(ws, "2027年1月值班表", span=len(HEADER))
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    sheets.style_header_row(ws, 2)
    ws["A4"].font = openpyxl.styles.Font(bold=True)
    sheets.style_body(ws, 3, ws.max_row)
    sheets.fit_columns(ws, min_width=8, max_width=30)
    sheets.set_print_setup(ws, landscape=False, title_rows="1:2", footer=True)
    sheets.shade_row(ws, 3, "FFF2CC")
    sheets.shade_cells([ws["D4"]], "F8CBAD")
    return book


@pytest.fixture
def reopened(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = sheets.save_workbook(roster(), tmp_path / "值班.xlsx")
    return openpyxl.load_workbook(path).active


@pytest.mark.parametrize(
    ("value", "width"),
    [("张三abc", 7), ("", 0), (None, 0), ("ＡＢ", 4), (12345, 5), (dt.date(2027, 1, 4), 10),
     (dt.datetime(2027, 1, 4, 8, 30), 16), ("第 1 页", 7)],
)  # fmt: skip
def test_display_width_counts_wide_characters_twice(value: object, width: int) -> None:
    assert sheets.display_width(value) == width


def test_columns_fit_their_text_within_limits(reopened) -> None:  # type: ignore[no-untyped-def]
    widths = {col: reopened.column_dimensions[col].width for col in "ABCD"}
    # 姓名 column: "Ouyang Nana" is 11 + 2; the long note is capped; dates 10 + 2; ids at the minimum
    assert widths == {"A": 13, "B": 30, "C": 12, "D": 8}


def test_merged_title_does_not_widen_the_first_column() -> None:
    book = Workbook()
    ws = book.active
    sheets.write_title(ws, "一个很长很长很长很长很长很长的标题", span=3)
    ws.append(["序号", "名称", "说明"])
    sheets.fit_columns(ws)
    assert ws.column_dimensions["A"].width == 6  # "序号" is 4 + 2; the title is not counted


def test_print_setup(reopened) -> None:  # type: ignore[no-untyped-def]
    setup = reopened.page_setup
    assert reopened.sheet_properties.pageSetUpPr.fitToPage is True
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert (setup.paperSize, setup.orientation) == (9, "portrait")  # 9: A4
    assert reopened.print_title_rows == "$1:$2"
    assert reopened.print_options.horizontalCentered is True
    assert reopened.oddFooter.center.text == "第 &P 页 / 共 &N 页"


def test_english_footer_and_landscape() -> None:
    ws = Workbook().active
    sheets.set_print_setup(ws, landscape=True, title_rows="1:1", footer=True, language="en")
    assert (ws.page_setup.orientation, ws.oddFooter.center.text) == ("landscape", "Page &P of &N")
    bare = Workbook().active
    sheets.set_print_setup(bare, landscape=True, footer=False)
    assert bare.oddFooter.center.text is None and bare.print_title_rows is None


def test_every_cell_has_the_chinese_font_and_a_border(reopened) -> None:  # type: ignore[no-untyped-def]
    table = [cell for row in reopened.iter_rows(min_row=2) for cell in row]
    assert len(table) == 3 * 4 and {c.font.name for c in table} == {"SimSun"}
    assert {c.border.left.style for c in table} == {"thin"} and all(c.alignment.wrap_text for c in table)
    assert [c.font.b for c in reopened[2]] == [True] * 4
    assert reopened["A4"].font.b and not reopened["B4"].font.b  # bold set before style_body is kept
    assert reopened["A2"].fill.fgColor.rgb.endswith(sheets.HEADER_FILL)


def test_title_is_merged_bold_and_large(reopened) -> None:  # type: ignore[no-untyped-def]
    assert [str(r) for r in reopened.merged_cells.ranges] == ["A1:D1"]
    title = reopened["A1"]
    assert (title.value, title.font.b, title.font.sz, title.font.name) == ("2027年1月值班表", True, 16, "SimSun")
    assert title.alignment.horizontal == "center"


def test_title_needs_an_empty_sheet() -> None:
    ws = Workbook().active
    ws.append(HEADER)
    with pytest.raises(ValueError):
        sheets.write_title(ws, "迟到的标题", span=4)


def test_shading(reopened) -> None:  # type: ignore[no-untyped-def]
    assert {c.fill.fgColor.rgb[-6:] for c in reopened[3]} == {"FFF2CC"}
    assert reopened["D4"].fill.fgColor.rgb[-6:] == "F8CBAD" and reopened["C4"].fill.fill_type is None


def test_locked_target_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "值班.xlsx"
    path.write_bytes(b"the old export")

    def refuse(src, dst) -> None:  # type: ignore[no-untyped-def]
        raise PermissionError(13, "being used by another process")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportTargetError) as caught:
        sheets.save_workbook(roster(), path)
    assert caught.value.reason == "locked"
    assert path.read_bytes() == b"the old export" and [p.name for p in folder.iterdir()] == ["值班.xlsx"]


def test_rows_are_as_tall_as_their_wrapped_text(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    sheets.write_title(ws, "标题" * 30, span=3)
    ws.append(["序号", "任务", "备注"])
    ws.append([1, "组织社区干部参加政治理论、法律法规、社区服务等培训", "短"])  # 50 wide in a 22-wide column
    ws.append([2, "第一行\n第二行\n第三行", None])
    ws.append([3, "短", "x"])
    ws.column_dimensions["B"].width = 22
    sheets.fit_row_heights(ws, 3, ws.max_row)
    ws = openpyxl.load_workbook(sheets.save_workbook(book, tmp_path / "x.xlsx")).active
    assert [ws.row_dimensions[r].height for r in (3, 4, 5)] == [15 * 3 + 4, 15 * 3 + 4, 15 + 4]
    assert ws.row_dimensions[1].height == 30, "the merged title keeps its own height"
