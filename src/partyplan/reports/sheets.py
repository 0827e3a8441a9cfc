"""Print-ready .xlsx sheets: the layout every PartyPlan Excel export shares.

Offices print these lists on A4 and hand them in, so each sheet gets a Chinese-capable font on every
cell, columns as wide as their Chinese text, one page wide with the header on every page and page
numbers (NOTES.md, "Excel output", lists the openpyxl settings that are easy to get wrong).

Every workbook is saved through `save_workbook`, which is also where the office's own text is made
safe: a name typed as "=1+1" must print as typed, not run as a formula (see `keep_as_text`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from copy import copy
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from partyplan.errors import PartyPlanError
from partyplan.files import atomic_write

FONT_NAME = "SimSun"  # 宋体: on every Windows PC, and shows both Chinese and Latin text
GB2312 = 134  # font charset: tells Excel and WPS the font is meant for Chinese
FOOTERS = {"zh_CN": "第 &P 页 / 共 &N 页", "en": "Page &P of &N"}
HEADER_FILL = "D9D9D9"  # light grey: still readable on a black-and-white printer
_THIN = Side(style="thin")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
# What makes Excel, WPS or LibreOffice read a typed cell as a formula (OWASP, "CSV injection"): a
# leading = + - @, and a tab or carriage return in front of one of them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LINE_PT = 15  # one line of the sheets' 11 pt text, with its leading
DEFAULT_WIDTH = 8.43  # Excel's width of a column nobody sized
DEFAULT_ROW_PT = 15  # the height of a row nobody sized
_SIGNED_NUMBER = re.compile(r"[+\-][\d\s\-.()]*")
CELL_LIMIT = 32_767  # characters in one cell: Excel cuts (and LibreOffice drops) the rest on opening


@dataclass
class CellTooLongError(PartyPlanError):
    """A text longer than a sheet cell holds: refused rather than cut without a word (nothing is written)."""

    path: Path
    sheet: str
    cell: str
    length: int
    start: str  # the text's first characters, so the user can find it


def _check_string_whole(cell: Cell, value: object) -> str | None:
    """openpyxl's own check of a cell's text, without its silent cut at CELL_LIMIT characters.

    openpyxl truncates a longer text the moment it is put in a cell, so a note of 40,000 characters
    lost its end in the file and nobody was told. Kept whole here, it reaches `save_workbook`, which
    refuses it by name (CellTooLongError). Reading workbooks does not pass through this check.
    """
    if isinstance(value, str) and len(value) > CELL_LIMIT:
        for start in range(0, len(value), CELL_LIMIT):  # illegal characters are refused as before
            _openpyxl_check_string(cell, value[start:start + CELL_LIMIT])
        return value
    return _openpyxl_check_string(cell, value)


_openpyxl_check_string = Cell.check_string
Cell.check_string = _check_string_whole  # type: ignore[method-assign]


def formula_like(value: object) -> bool:
    """Text a spreadsheet would take for a formula if it were typed or stored as it stands."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def looks_like_formula(value: object) -> bool:
    """Formula-like text worth a word in an import preview: not a signed number or phone ("+86 138...", "-")."""
    return formula_like(value) and not _SIGNED_NUMBER.fullmatch(str(value))


def display_width(text: object) -> int:
    """Width in Latin characters, the unit of openpyxl column widths: Chinese characters count two."""
    if text is None:
        return 0
    if isinstance(text, dt.datetime) and text.time() != dt.time():
        return 16  # yyyy-mm-dd hh:mm
    if isinstance(text, dt.date):
        return 10  # yyyy-mm-dd
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def fit_columns(ws: Worksheet, min_width: int = 6, max_width: int = 40, *, padding: int = 2) -> None:
    """Each column as wide as its widest cell, within limits; a merged title does not widen column A."""
    merged = {cell for area in ws.merged_cells.ranges for cell in _coordinates(area.bounds)}
    for column in ws.iter_cols():
        widths = [display_width(c.value) for c in column if (c.row, c.column) not in merged]
        width = max(widths, default=0) + padding
        ws.column_dimensions[get_column_letter(column[0].column)].width = max(min_width, min(width, max_width))


def fit_row_heights(ws: Worksheet, first_row: int, last_row: int, *, line_pt: float = LINE_PT,
                    only_unset: bool = False) -> None:
    """Rows tall enough for their wrapped text. Neither Excel nor WPS (nor LibreOffice, for a file written
    by openpyxl) sizes such a row when the file opens, so a long task or resolution showed its first line
    over the next row; the lines are counted from the text and the column's width instead (merged cells,
    such as titles, are left alone). With `only_unset`, rows a writer sized itself keep their height, and
    rows of one line keep the default."""
    merged = {cell for area in ws.merged_cells.ranges for cell in _coordinates(area.bounds)}
    widths = {column: max(1.0, (ws.column_dimensions[get_column_letter(column)].width or DEFAULT_WIDTH) - 2)
              for column in range(1, ws.max_column + 1)}
    lines: dict[int, int] = {}
    for cell in ws._cells.values():  # only the cells that exist
        if not first_row <= cell.row <= last_row or cell.value is None or (cell.row, cell.column) in merged:
            continue
        text = str(cell.value)
        if only_unset and not (cell.alignment.wrap_text or "\n" in text):
            continue
        count = sum(max(1, math.ceil(display_width(part) / widths[cell.column] - 0.01)) for part in text.split("\n"))
        lines[cell.row] = max(lines.get(cell.row, 1), count)
    for row in range(first_row, last_row + 1):
        if only_unset and (ws.row_dimensions[row].height is not None or lines.get(row, 1) == 1):
            continue
        ws.row_dimensions[row].height = line_pt * lines.get(row, 1) + 4


def _coordinates(bounds: tuple[int, int, int, int]) -> Iterable[tuple[int, int]]:
    min_col, min_row, max_col, max_row = bounds
    return ((row, col) for row in range(min_row, max_row + 1) for col in range(min_col, max_col + 1))


def set_print_setup(
    ws: Worksheet, landscape: bool, title_rows: str = "", footer: bool = True, *, language: str = "zh_CN"
) -> None:
    """A4, one page wide and as many tall as needed, centred, `title_rows` ("1:2") on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # without it Excel ignores fitToWidth
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # 0: as many pages tall as the rows need
    if title_rows:
        ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    if footer:
        ws.oddFooter.center.text = FOOTERS["zh_CN" if language.lower().startswith("zh") else "en"]


# A4 less Excel's "narrow" margins (0.25 in left and right, 0.75 in top and bottom), in points
A4_POINTS = (595.3, 841.9)
NARROW = {"left": 0.25, "right": 0.25, "top": 0.75, "bottom": 0.75, "header": 0.3, "footer": 0.3}  # inches


def narrow_margins(ws: Worksheet) -> None:
    """Excel's "Narrow" margins: a one-page sheet (the roster) prints larger."""
    for side, inches in NARROW.items():
        setattr(ws.page_margins, side, inches)


def printable_points(landscape: bool, margins: dict[str, float] = NARROW) -> tuple[float, float]:
    """Width and height of an A4 page inside the margins."""
    width, height = A4_POINTS[::-1] if landscape else A4_POINTS
    return width - 72 * (margins["left"] + margins["right"]), height - 72 * (margins["top"] + margins["bottom"])


def columns_points_of(widths: Iterable[float]) -> float:
    """Printed width of columns of these widths (Excel's units: 7 pixels a character, 5 of padding)."""
    return sum((7 * width + 5) * 0.75 for width in widths)


def columns_points(ws: Worksheet, first: int, last: int) -> float:
    return columns_points_of(ws.column_dimensions[get_column_letter(c)].width or DEFAULT_WIDTH
                             for c in range(first, last + 1))


def rows_points_of(count: int) -> float:
    return count * DEFAULT_ROW_PT


def rows_points(ws: Worksheet, first: int, last: int) -> float:
    return sum(ws.row_dimensions[r].height or DEFAULT_ROW_PT for r in range(first, last + 1))


def chinese_font(*, bold: bool = False, size: float | None = None, color: object = None) -> Font:
    return Font(name=FONT_NAME, charset=GB2312, bold=bold, size=size, color=color)


def style_header_row(ws: Worksheet, row: int) -> None:
    """Bold, centred, bordered and shaded, so the header reads as one on every printed page."""
    font, fill = chinese_font(bold=True), _solid(HEADER_FILL)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for cell in _row_cells(ws, row):
        cell.font, cell.border, cell.alignment, cell.fill = font, BORDER, centred, fill


def style_body(ws: Worksheet, first_row: int, last_row: int) -> None:
    """Thin borders, the Chinese font and wrapping on every cell, keeping bold or colour already set."""
    wrap = Alignment(vertical="center", wrap_text=True)

    def change(cell: Cell) -> None:
        old = cell.font
        cell.font = chinese_font(bold=bool(old.b), size=old.sz, color=old.color)
        cell.border = BORDER
        cell.alignment = wrap

    restyle((cell for row in ws.iter_rows(min_row=first_row, max_row=last_row, min_col=1, max_col=ws.max_column)
             for cell in row), change)


def restyle(cells: Iterable[Cell], change: Callable[[Cell], None]) -> None:
    """`change(cell)` (setting styles through openpyxl's setters, from the cell's look alone) for the first
    cell of each look; the others that looked the same take a copy of its style array (`Cell._style`,
    openpyxl's own record of a cell's style ids). Each setter hashes the whole style object to find it
    in the workbook's table, which made 2,000 people take five seconds; copying takes milliseconds."""
    styled: dict[tuple[int, ...], StyleArray] = {}
    for cell in cells:
        before = tuple(cell._style) if cell.has_style else ()
        done = styled.get(before)
        if done is not None:
            cell._style = copy(done)
            continue
        change(cell)
        styled[before] = copy(cell._style)


def shade_row(ws: Worksheet, row: int, colour: str) -> None:
    """Fill a row (a weekend, a holiday, a conflict) with `colour` as "RRGGBB"."""
    shade_cells(_row_cells(ws, row), colour)


def shade_cells(cells: Iterable[Cell], colour: str) -> None:
    fill = _solid(colour)
    for cell in cells:
        cell.fill = fill


def write_title(ws: Worksheet, text: str, span: int) -> None:
    """A bold 16 pt title merged over `span` columns in row 1; write the header into row 2 after it."""
    if ws.max_row > 1 or ws.max_column > 1 or ws["A1"].value is not None:
        raise ValueError("write_title needs an empty sheet: the title takes row 1")
    ws["A1"] = text
    ws["A1"].font = chinese_font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    if span > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=span)
    ws.row_dimensions[1].height = 30


def save_workbook(wb: Workbook, path: Path) -> Path:
    """Replace `path` only once the whole file is written; a file open in Excel raises ExportTargetError.

    Every export saves here, so every cell passes `keep_as_text` and the cell-size check first: no
    writer can forget them. A text too long for a cell raises CellTooLongError and writes nothing.
    """
    path = Path(path)
    keep_as_text(wb, path)
    for ws in wb.worksheets:  # every wrapped row its lines, in every sheet (a writer's own heights stay)
        fit_row_heights(ws, 1, ws.max_row, only_unset=True)
    with atomic_write(path, ".xlsx") as temp:
        wb.save(temp)
    return path


def keep_as_text(wb: Workbook, path: Path | None = None) -> None:
    """Store formula-like text as text, and refuse text longer than a cell.

    openpyxl stores any string that starts with "=" as a formula, so a person named "=1+1" showed 2
    and "=HYPERLINK(...)" became a link. The value is kept exactly (it reads back unchanged); the cell
    is typed as a string and carries Excel's quote prefix, the mark Excel itself sets when "'=1+1" is
    typed, so that editing the cell later does not turn it into a formula either.
    """
    for ws in wb.worksheets:
        for cell in ws._cells.values():  # only the cells that exist: iter_rows would add empty ones
            value = cell.value
            if not isinstance(value, str):
                continue
            if len(value) > CELL_LIMIT:
                raise CellTooLongError(Path(path or ""), ws.title, cell.coordinate, len(value), value[:20])
            if value.startswith(FORMULA_STARTS):
                cell.data_type = "s"
                cell.quotePrefix = True


def _row_cells(ws: Worksheet, row: int) -> list[Cell]:
    return [ws.cell(row=row, column=column) for column in range(1, ws.max_column + 1)]


def _solid(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)
