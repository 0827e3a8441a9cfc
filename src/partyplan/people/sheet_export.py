"""The people list as an .xlsx that prints well on A4 and imports back unchanged.

Headers and values use the words of sheet_import (one table per language), so an exported file is
also a valid import file: staff can export, edit in Excel or WPS, and import into another database.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from partyplan.db.models import Education, Gender, PartyCategory, Role
from partyplan.people.service import PersonRow, list_people
from partyplan.people.sheet_import import FIELDS, HEADERS, WORDS
from partyplan.reports.sheets import (
    fit_columns,
    fit_row_heights,
    save_workbook,
    set_print_setup,
    style_body,
    style_header_row,
)

COLUMNS = (*FIELDS, "archived")
ROLE_JOINERS = {"zh_CN": "、", "en": ", "}
SHEET_TITLES = {"zh_CN": "人员名单", "en": "People"}
_DATE_FIELDS = {"birth_date", "joined_date"}
_TEXT_FIELDS = {"phone", "id_number"}  # long digit strings: Excel would show 1.38E+10 or drop digits
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
    set_print_setup(sheet, landscape=True, title_rows="1:1", footer=True, language=language)
    save_workbook(book, path)
    return len(people)


def _value(person: PersonRow, name: str, language: str) -> object:
    words = WORDS[language]
    if name == "archived":
        return words["archived" if person.archived else "active"]
    if name == "gender":
        return words[Gender(person.gender)] if person.gender else None
    if name == "party_category":
        return words[PartyCategory(person.party_category)] if person.party_category else None
    if name == "education":
        return words[Education(person.education)] if person.education else None
    if name == "roles":
        return ROLE_JOINERS[language].join(words[r] for r in Role if r in person.roles) or None
    return getattr(person, name)


def _style(sheet: Worksheet) -> None:
    """The shared print-ready look, plus real dates, digits kept as text, a frozen and filtered header."""
    style_header_row(sheet, 1)
    style_body(sheet, 2, sheet.max_row)
    formats = {column: _number_format(name) for column, name in enumerate(COLUMNS, start=1)}
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.number_format = formats[cell.column] or cell.number_format
    fit_columns(sheet, max_width=_MAX_WIDTH)
    fit_row_heights(sheet, 2, sheet.max_row)  # "Party member, Volunteer, Resident representative" wraps
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _number_format(name: str) -> str | None:
    if name in _DATE_FIELDS:
        return "yyyy-mm-dd"
    return "@" if name in _TEXT_FIELDS else None
