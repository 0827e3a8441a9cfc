"""Word documents in the Chinese official-document layout (GB/T 9704) shared by every Word export.

python-docx cannot name an East Asian font, write a field or repeat a table header (see NOTES.md,
"Word output"), so those few XML pieces live here once. Documents start from our own template
(`scripts/make_template.py`), whose styles carry the fonts; this module re-applies FONTS to them so
that an office can name other installed fonts without rebuilding the template.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import weakref
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import _Footer
from docx.shared import Mm, Pt
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from partyplan.files import atomic_write
from partyplan.reports import fonts as system_fonts
from partyplan.resources import resource_path

FONTS: dict[str, str] = {
    "body": "仿宋_GB2312",  # not on Windows 10+ by default: the template names 仿宋 as its alternative
    "body_fallback": "仿宋",
    "title": "方正小标宋简体",  # commercial: referenced by name, never bundled
    "title_fallback": "宋体",
    "heading1": "黑体",
    "heading2": "楷体_GB2312",
    "heading2_fallback": "楷体",
    "latin": "Times New Roman",
    "page_number": "宋体",  # GB/T 9704: page numbers in 宋体 Arabic numerals
}
STYLE_FONTS = {
    "Normal": "body", "Body Text": "body", "Table Text": "body", "Heading 3": "body",
    "Title": "title", "Heading 1": "heading1", "Heading 2": "heading2", "Footer": "page_number",
}  # fmt: skip
THEME_ATTRIBUTES = ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme")
BODY_PT = 16
TITLE_PT = 22  # 二号, the template's title size
TITLE_SMALLER_PT = 18  # 小二: one step down, for a title that has no good place to break
# Where a Chinese title may break between meaningful parts (GB/T 9704 asks for whole words on each line):
# after the year ("2026年", "2025—2027年度"), before a quarter or "关于", after "关于…的" clauses' 的.
_TITLE_BREAKS = re.compile(r"(?<=年度)|(?<=年)(?!度)|(?=第[一二三四1-4]季度)|(?=关于)|(?<=季度)|(?<=的)")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DIGITS = "零一二三四五六七八九"
_NUMBERINGS: weakref.WeakKeyDictionary[Any, Numbering] = weakref.WeakKeyDictionary()


def template_path() -> Path:
    return resource_path("templates", "official.docx")


def new_document(fonts: Mapping[str, str] | None = None) -> Document:
    """A blank document from the template: its styles, page setup and theme, none of its text."""
    doc = docx.Document(str(template_path()))
    body = doc.element.body
    for child in [child for child in body if child.tag != qn("w:sectPr")]:
        body.remove(child)
    apply_fonts(doc, fonts)
    keep_title_weight(doc)
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    doc.core_properties.created = doc.core_properties.modified = now
    return doc


def apply_fonts(doc: Document, fonts: Mapping[str, str] | None = None) -> None:
    """Name the fonts on the defaults and on every style we use, so no theme font can win."""
    names = {**FONTS, **(fonts or {})}
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    _set_rfonts(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")), names["body"], names["latin"])
    for style_name, key in STYLE_FONTS.items():
        latin = names[key] if key == "page_number" else names["latin"]  # digits of page numbers in 宋体
        set_east_asian_font(doc.styles[style_name], names[key], latin=latin)
    # 小标宋 is drawn heavy already; the 宋体 that stands in for it needs bold to read as a title.
    doc.styles["Title"].font.bold = "小标宋" not in names["title"]


def keep_title_weight(doc: Document) -> None:
    """Where 小标宋 is not installed, Word draws the title in 宋体, which is light: bold keeps its weight.
    Decided per PC when a document is made (the template itself says "not bold")."""
    title = doc.styles["Title"]
    name = title.element.rPr.rFonts.get(qn("w:eastAsia")) or ""
    if "小标宋" in name and system_fonts.is_installed(name) is not True:
        title.font.bold = True


def set_east_asian_font(run_or_style: Any, name: str, *, latin: str | None = None) -> None:
    """Write w:eastAsia (python-docx's font.name writes only ascii/hAnsi) and drop theme overrides."""
    _set_rfonts(run_or_style.element.get_or_add_rPr(), name, latin)


def _set_rfonts(rpr: Any, name: str, latin: str | None) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = _element("w:rFonts")
        rpr.insert(1 if len(rpr) and rpr[0].tag == qn("w:rStyle") else 0, rfonts)  # after rStyle only
    for attribute in THEME_ATTRIBUTES:
        rfonts.attrib.pop(qn(attribute), None)
    rfonts.set(qn("w:eastAsia"), name)
    if latin:
        rfonts.set(qn("w:ascii"), latin)
        rfonts.set(qn("w:hAnsi"), latin)


def chinese_numeral(number: int) -> str:
    """一 … 十, 十一 … 九十九: the numbers headings and dates are counted in."""
    if not 1 <= number <= 99:
        raise ValueError(f"Chinese numerals are written for 1-99, not {number}")
    tens, units = divmod(number, 10)
    prefix = "" if tens == 0 else "十" if tens == 1 else _DIGITS[tens] + "十"
    return prefix + (_DIGITS[units] if units else "")


class Numbering:
    """Counters for the three heading levels; a new parent heading restarts the levels below it.

    Chinese documents count 一、（一）1.; English ones 1. 1.1 1.1.1, with no Chinese numerals."""

    def __init__(self, language: str = "zh_CN") -> None:
        self._counts = [0, 0, 0]
        self.english = not language.lower().startswith("zh")

    def next(self, level: int) -> str:
        """The label of the next heading at `level`: "二、", "（三）" or "4."."""
        return self.set(level, self._counts[self._index(level)] + 1)

    def set(self, level: int, number: int) -> str:
        """Continue from `number` (a plan that resumes at 三、, say); later headings count on from it."""
        index = self._index(level)
        self._counts[index] = number
        self._counts[index + 1 :] = [0] * (len(self._counts) - index - 1)
        if self.english:
            return ".".join(str(n) for n in self._counts[: index + 1]) + (". " if level == 1 else " ")
        return label(level, number)

    @staticmethod
    def _index(level: int) -> int:
        if level not in (1, 2, 3):
            raise ValueError(f"heading level must be 1, 2 or 3, not {level}")
        return level - 1


def label(level: int, number: int) -> str:
    """一、 （一） 1.: the first three heading levels of GB/T 9704."""
    return f"{number}." if level == 3 else ("{}、" if level == 1 else "（{}）").format(chinese_numeral(number))


def add_title(doc: Document, text: str, *, breaks: Sequence[int] = ()) -> Paragraph:
    """The title, on one line when it fits; else broken between two meaningful parts into lines of about
    equal length (GB/T 9704: never "…进展情 / 况"), or one size smaller when no such break fits.

    `breaks` are positions the caller knows to be good (after the office's name); the years, quarters
    and "关于" of the title offer more."""
    capacity = _line_capacity(doc, TITLE_PT)
    paragraph = doc.add_paragraph(style="Title")
    if _em_width(text) <= capacity or _is_latin(text):
        paragraph.add_run(text)
        return paragraph
    for size in (TITLE_PT, TITLE_SMALLER_PT):
        lines = title_lines(text, _line_capacity(doc, size), breaks)
        if lines is not None:
            break
    else:
        lines = [text]  # nothing fits even one size down: Word breaks it
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        if size != TITLE_PT:
            run.font.size = Pt(size)
        if n < len(lines) - 1:
            run.add_break()
    return paragraph


def title_lines(text: str, capacity: float, breaks: Sequence[int] = ()) -> list[str] | None:
    """`text` as one line, or as two lines split at the meaningful break that balances them best; None
    when no meaningful break gives two lines that fit `capacity` (in body characters)."""
    if _em_width(text) <= capacity:
        return [text]
    candidates = {i for i in breaks if 0 < i < len(text)} | {
        m.start() for m in _TITLE_BREAKS.finditer(text) if 0 < m.start() < len(text)}
    fitting = [(abs(_em_width(text[:i]) - _em_width(text[i:])), i) for i in candidates
               if _em_width(text[:i]) <= capacity and _em_width(text[i:]) <= capacity]
    if not fitting:
        return None
    _gap, at = min(fitting)
    return [text[:at], text[at:]]


def _line_capacity(doc: Document, size_pt: float) -> float:
    """Characters of `size_pt` on one line of the page, less half a character: Word and WPS wrap a line
    that is full to the last point."""
    section = doc.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    return width / Pt(size_pt) - 0.5


def _is_latin(text: str) -> bool:
    """An English title wraps between words by itself."""
    return not any(unicodedata.east_asian_width(ch) in "WF" for ch in text)


def add_heading(
    doc: Document, level: int, text: str, *, number: int | None = None, numbering: Numbering | None = None
) -> Paragraph:
    """A heading whose number is plain text, as offices type it, not a Word list that WPS renumbers."""
    counter = numbering if numbering is not None else _NUMBERINGS.setdefault(doc.element, Numbering())
    prefix = counter.next(level) if number is None else counter.set(level, number)
    return doc.add_paragraph(prefix + text, style=f"Heading {level}")


def add_paragraph(doc: Document, text: str) -> Paragraph:
    """Body text; its style indents the first line by two characters."""
    return doc.add_paragraph(text, style="Body Text")


def add_table(
    doc: Document, header: Sequence[str], rows: Iterable[Sequence[object]], widths_mm: Sequence[float]
) -> Table:
    """A bordered table with fixed column widths and a header row repeated on every page."""
    if len(widths_mm) != len(header):
        raise ValueError("one width per column")
    body = [list(row) for row in rows]
    table = doc.add_table(rows=1 + len(body), cols=len(header))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # fixed layout: Word and WPS otherwise resize columns to the text
    _set_borders(table)
    _set_grid(table, widths_mm)
    for index, (row, values) in enumerate(zip(table.rows, [list(header), *body])):
        _fill_row(row, values, widths_mm, header=index == 0)
    _row_properties(table.rows[0], "w:tblHeader")
    return table


def _set_borders(table: Table) -> None:
    line = {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"}  # 0.5 pt black
    borders = _element("w:tblBorders")
    borders.extend(_element(f"w:{side}", line) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    successors = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
    table._tbl.tblPr.insert_element_before(borders, *successors)


def _set_grid(table: Table, widths_mm: Sequence[float]) -> None:
    """Word reads the grid, WPS and LibreOffice the cell widths: both must agree."""
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        column.set(qn("w:w"), str(Mm(width).twips))
    total = table._tbl.tblPr.find(qn("w:tblW"))
    total.set(qn("w:type"), "dxa")
    total.set(qn("w:w"), str(sum(Mm(width).twips for width in widths_mm)))


def _fill_row(row: _Row, values: Sequence[object], widths_mm: Sequence[float], *, header: bool) -> None:
    _row_properties(row, "w:cantSplit")  # a row torn across two pages is hard to read on paper
    for cell, value, width in zip(row.cells, values, widths_mm):
        cell.width = Mm(width)
        _fill_cell(cell, "" if value is None else str(value), header=header)


def _fill_cell(cell: _Cell, text: str, *, header: bool) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    paragraph.style = "Table Text"
    run = paragraph.add_run(text)
    if header:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run.bold = True


def _row_properties(row: _Row, tag: str) -> None:
    properties = row._tr.get_or_add_trPr()
    if properties.find(qn(tag)) is None:
        properties.append(_element(tag))


def _element(tag: str, attributes: Mapping[str, str] | None = None, text: str | None = None) -> Any:
    element = OxmlElement(tag, {qn(key): value for key, value in (attributes or {}).items()})
    element.text = text
    return element


def add_page_number_footer(doc: Document) -> None:
    """ "— 1 —" at the outer edge: odd pages right, even pages left, one character in from the edge."""
    doc.settings.odd_and_even_pages_header_footer = True
    for section in doc.sections:
        _page_number(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)
        _page_number(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)


def _page_number(footer: _Footer, alignment: WD_ALIGN_PARAGRAPH) -> None:
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.clear()
    paragraph.style = "Footer"
    paragraph.alignment = alignment
    side = "right_indent" if alignment == WD_ALIGN_PARAGRAPH.RIGHT else "left_indent"
    setattr(paragraph.paragraph_format, side, Pt(14))
    paragraph.add_run("— ")
    _add_field(paragraph, "PAGE", "1")
    paragraph.add_run(" —")


def _add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """begin / instruction / separate / last shown value / end: the shape Word itself writes."""
    paragraph.add_run()._r.append(_element("w:fldChar", {"w:fldCharType": "begin"}))
    paragraph.add_run()._r.append(_element("w:instrText", {"xml:space": "preserve"}, f" {instruction} "))
    paragraph.add_run()._r.append(_element("w:fldChar", {"w:fldCharType": "separate"}))
    paragraph.add_run(shown)
    paragraph.add_run()._r.append(_element("w:fldChar", {"w:fldCharType": "end"}))


def format_date(date: dt.date, language: str = "zh_CN") -> str:
    """2026年11月22日: the year in full, month and day without leading zeros (GB/T 9704); in English
    documents 22 November 2026."""
    if not language.lower().startswith("zh"):
        return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
    return f"{date.year}年{date.month}月{date.day}日"


def add_signature(doc: Document, office: str, date: dt.date, *, blank_lines: int = 1,
                  language: str = "zh_CN") -> list[Paragraph]:
    """Office over date, right-aligned four characters in, the shorter line centred on the longer; kept on
    one page with the text above (GB/T 9704: no page holds the signature or the date alone)."""
    if doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    for _ in range(blank_lines):
        doc.add_paragraph(style="Normal").paragraph_format.keep_with_next = True
    lines = [line for line in (office, format_date(date, language)) if line]
    widest = max(_em_width(line) for line in lines)
    paragraphs = []
    for line in lines:
        paragraph = doc.add_paragraph(line, style="Normal")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.right_indent = Pt(BODY_PT * (4 + (widest - _em_width(line)) / 2))
        paragraph.paragraph_format.keep_with_next = line != lines[-1]
        paragraphs.append(paragraph)
    return paragraphs


def _em_width(text: str) -> float:
    """Width in body characters: a Chinese character is one, a digit or Latin letter half."""
    return sum(1 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def save(doc: Document, path: Path) -> Path:
    """Replace `path` only once the whole file is written; a file open in Word raises ExportTargetError."""
    with atomic_write(Path(path), ".docx") as temp:
        doc.save(str(temp))
    return Path(path)
