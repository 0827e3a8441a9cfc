"""The people list as an .xlsx that prints well on A4 and imports back unchanged.

Headers and values use the words of sheet_import (one table per language), so an exported file is
also a valid import file: staff can export, edit in Excel or WPS, and import into another database.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from partyplan.db.models import Gender, PartyCategory, Role
from partyplan.files import atomic_write
from partyplan.people.service import PersonRow, list_people
from partyplan.people.sheet_import import FIELDS, HEADERS, WORDS

COLUMNS = (*FIELDS, "archived")
ROLE_JOINERS = {"zh_CN": "、", "en": ", "}
SHEET_TITLES = {"zh_CN": "人员名单", "en": "People"}
FOOTERS = {"zh_CN": "第 &P 页，共 &N 页", "en": "Page &P of &N"}
_DATE_FIELDS = {"birth_date", "joined_date"}
_TEXT_FIELDS = {"phone", "id_number"}  # long digit strings: Excel would show 1.38E+10 or drop digits
_FONT = "SimSun"  # 宋体: on every Windows PC, and shows both Chinese and Latin text
_THIN = Side(style="thin")
_MAX_WIDTH = 40


def export_people(
    session: Session, path: Path, *, language: str = "zh_CN", include_archived: bool = False
) -> int:
    """Write the people to `path` (replacing it only when the whole file was written); return the count."""
    language = "zh_CN" if language.lower().startswith("zh") else "en"
    people = list_people(session, include_archived=include_archived)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLES[language]
    sheet.append([HEADERS[language][name] for name in COLUMNS])
    for person in people:
        sheet.append([_value(person, name, language) for name in COLUMNS])
    _style(sheet)
    _set_up_printing(sheet, language)
    with atomic_write(Path(path), ".xlsx") as temp:
        book.save(temp)
    return len(people)


def _value(person: PersonRow, name: str, language: str) -> object:
    words = WORDS[language]
    if name == "archived":
        return words["archived" if person.archived else "active"]
    if name == "gender":
        return words[Gender(person.gender)] if person.gender else None
    if name == "party_category":
        return words[PartyCategory(person.party_category)] if person.party_category else None
    if name == "roles":
        return ROLE_JOINERS[language].join(words[r] for r in Role if r in person.roles) or None
    return getattr(person, name)


def _style(sheet: Worksheet) -> None:
    """Chinese-capable font and borders on every cell, bold header, real dates, digits kept as text."""
    border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
    for column, name in enumerate(COLUMNS, start=1):
        cells = [row[0] for row in sheet.iter_rows(min_col=column, max_col=column)]
        for index, cell in enumerate(cells):
            cell.font = Font(name=_FONT, charset=134, bold=index == 0)  # 134: GB2312
            cell.border = border
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            if index and name in _DATE_FIELDS:
                cell.number_format = "yyyy-mm-dd"
            elif index and name in _TEXT_FIELDS:
                cell.number_format = "@"
        width = max(_display_width(cell.value, name) for cell in cells)
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _display_width(value: object, name: str) -> int:
    """Chinese characters are twice as wide as Latin ones; openpyxl widths count Latin characters."""
    if value is None:
        return 0
    if name in _DATE_FIELDS and not isinstance(value, str):
        return 10
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(value))


def _set_up_printing(sheet: Worksheet, language: str) -> None:
    """A4 landscape, one page wide and as many tall as needed, header row and page number on each page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # without it Excel ignores fitToWidth
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = FOOTERS[language]
