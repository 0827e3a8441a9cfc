"""Reading people from the spreadsheets an office already keeps: .xlsx rosters and CSV files.

Real rosters have a title row above the headers, headers like "姓名（必填）", phones stored as numbers,
dates typed five different ways and CSV files saved as GBK. The reader accepts all of that, and says
row by row what it could not understand, so that nothing is imported silently wrong. Reading writes
nothing: the user sees the preview first, and apply_import adds only the rows shown as ok.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import openpyxl
from sqlalchemy.orm import Session

from partyplan.dates import BadDate, parse_date
from partyplan.db.models import Education, Gender, PartyCategory, Role
from partyplan.errors import MalformedSheetError, PartyPlanError
from partyplan.people import service
from partyplan.people.validation import FieldProblem, InvalidPerson, PersonData, validate

FIELDS = (
    "name", "gender", "birth_date", "phone", "id_number", "address",
    "household", "unit", "roles", "party_category", "joined_date", "education", "notes",
)  # fmt: skip

# The headers and value words the export writes, one dict per language. The importer accepts all of
# them (plus the aliases below), so that an exported file always reads back.
HEADERS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "name": "姓名", "gender": "性别", "birth_date": "出生日期", "phone": "手机", "id_number": "编号",
        "address": "地址", "household": "户号", "unit": "单位", "roles": "身份",
        "party_category": "党员类别", "joined_date": "入党日期", "education": "学历", "notes": "备注",
        "archived": "状态",
    },
    "en": {
        "name": "Name", "gender": "Gender", "birth_date": "Birth date", "phone": "Phone",
        "id_number": "ID number", "address": "Address", "household": "Household", "unit": "Unit",
        "roles": "Roles", "party_category": "Party category", "joined_date": "Joined date",
        "education": "Education", "notes": "Notes", "archived": "Status",
    },
}  # fmt: skip
WORDS: dict[str, dict[str, str]] = {
    "zh_CN": {
        Gender.MALE: "男", Gender.FEMALE: "女",
        Role.CADRE: "干部", Role.PARTY_MEMBER: "党员", Role.VOLUNTEER: "志愿者",
        Role.RESIDENT_REP: "居民代表",
        PartyCategory.REGISTERED: "在册", PartyCategory.IN_SERVICE: "在职", PartyCategory.FLOATING: "流动",
        Education.PRIMARY: "小学", Education.JUNIOR: "初中", Education.SENIOR: "高中", Education.COLLEGE: "大专",
        Education.BACHELOR: "本科", Education.POSTGRADUATE: "研究生",
        "active": "正常", "archived": "已归档",
    },
    "en": {
        Gender.MALE: "Male", Gender.FEMALE: "Female",
        Role.CADRE: "Cadre", Role.PARTY_MEMBER: "Party member", Role.VOLUNTEER: "Volunteer",
        Role.RESIDENT_REP: "Resident representative",
        PartyCategory.REGISTERED: "Registered", PartyCategory.IN_SERVICE: "In service",
        PartyCategory.FLOATING: "Floating",
        Education.PRIMARY: "Primary school", Education.JUNIOR: "Junior high school",
        Education.SENIOR: "Senior high school", Education.COLLEGE: "Junior college",
        Education.BACHELOR: "Bachelor's degree", Education.POSTGRADUATE: "Postgraduate",
        "active": "Active", "archived": "Archived",
    },
}  # fmt: skip

_MORE_HEADERS = {
    "name": ("名字", "full name"),
    "gender": ("sex",),
    "birth_date": ("出生年月", "生日", "date of birth", "dob", "birthday"),
    "phone": ("手机号", "手机号码", "联系电话", "电话", "mobile", "telephone", "tel"),
    "id_number": ("身份证号", "身份证号码", "身份证", "证件号码", "id", "number"),
    "address": ("住址", "家庭住址", "居住地址"),
    "household": ("户", "户籍"),
    "unit": ("工作单位", "所在单位", "work unit", "employer"),
    "roles": ("角色", "类型", "role"),
    "party_category": ("党员类型", "类别", "category"),
    "joined_date": ("入党时间", "joined", "join date"),
    "education": ("文化程度", "教育程度", "最高学历", "学历学位", "education level", "schooling"),
    "notes": ("说明", "note", "remarks"),
}
_HEADER_NOISE = re.compile(r"[(（][^)）]*[)）]|[*＊:：\s]")
_ROLE_SEPARATORS = re.compile(r"[、,，;；/]")
_DATE_FIELDS = ("birth_date", "joined_date")
_HEADER_SEARCH_ROWS = 10
E = TypeVar("E", bound=enum.Enum)


def _header_key(text: str) -> str:
    """'* 姓名（必填）' and 'Full Name' compare as '姓名' and 'fullname'."""
    return _HEADER_NOISE.sub("", text).lower()


def _word_table(kind: type[E], *extra: tuple[str, E]) -> dict[str, E]:
    """Every word of every language for one kind of value, lowercased, plus the stored value itself."""
    table: dict[str, E] = {member.value: member for member in kind}
    for words in WORDS.values():
        table.update((word.lower(), key) for key, word in words.items() if isinstance(key, kind))
    table.update(extra)
    return table


_HEADER_ALIASES = {
    _header_key(alias): name
    for name in FIELDS
    for alias in (*(headers[name] for headers in HEADERS.values()), *_MORE_HEADERS[name])
}
_GENDERS = _word_table(
    Gender, ("m", Gender.MALE), ("f", Gender.FEMALE), ("男性", Gender.MALE), ("女性", Gender.FEMALE)
)
# 预备党员 (probationary) and 正式党员 (full) are both party members here.
_ROLES = _word_table(
    Role, ("预备党员", Role.PARTY_MEMBER), ("正式党员", Role.PARTY_MEMBER), ("resident rep", Role.RESIDENT_REP)
)
_CATEGORIES = _word_table(PartyCategory, ("in-service", PartyCategory.IN_SERVICE))
# Schooling as rosters write it; 中专/中技/职高 count with senior high school, 硕士/博士 as postgraduate.
_EDUCATIONS = _word_table(Education, *(
    (word, level) for level, words in (
        (Education.PRIMARY, ("小学及以下", "小学以下", "文盲", "半文盲", "primary", "elementary", "elementary school")),
        (Education.JUNIOR, ("初级中学", "初中及以下", "junior high", "middle school", "junior middle school")),
        (Education.SENIOR, ("中专", "中技", "技校", "职高", "高中/中专", "高中、中专", "普通高中", "中等专科",
                            "senior high", "high school", "secondary", "vocational school")),
        (Education.COLLEGE, ("专科", "大学专科", "高职", "college", "associate", "associate degree")),
        (Education.BACHELOR, ("大学本科", "大学", "学士", "bachelor", "bachelor's", "undergraduate", "university")),
        (Education.POSTGRADUATE, ("硕士", "硕士研究生", "博士", "博士研究生", "研究生及以上", "在职研究生",
                                  "graduate", "master", "master's", "phd", "doctorate")),
    ) for word in words))


@dataclass
class ImportCancelled(PartyPlanError):
    """The user stopped the import; nobody was added."""

    path: Path


@dataclass
class ImportRow:
    line: int  # 1-based row number in the sheet as the user sees it
    values: dict[str, str]  # field -> text as read, for the preview table
    data: PersonData | None  # normalised data when the row is valid
    problems: list[FieldProblem]
    duplicate_of: int | None = None  # id of the person already in the database
    duplicate_line: int | None = None  # earlier line of this file with the same person

    @property
    def status(self) -> str:
        if self.problems:
            return "invalid"
        if self.duplicate_of is not None or self.duplicate_line is not None:
            return "duplicate"
        return "ok"


@dataclass
class ImportPreview:
    path: Path
    columns: dict[str, str]  # field -> header text found
    ignored_headers: list[str]
    rows: list[ImportRow]

    @property
    def ok_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.status == "ok"]

    @property
    def invalid_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.status == "invalid"]

    @property
    def duplicate_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.status == "duplicate"]


class _Bad(Exception):
    """A cell that cannot mean anything for its field; carries the problem code."""


def read_people_sheet(path: Path, session: Session, today: dt.date | None = None) -> ImportPreview:
    """Understand a sheet without writing anything; the session is only read, to find duplicates."""
    path = Path(path)
    lines = [(n, cells) for n, cells in enumerate(_read_cells(path), start=1) if any(map(_filled, cells))]
    index, mapping, columns, ignored = _find_header(path, lines)
    rows = [row for n, cells in lines[index + 1 :] if (row := _parse_row(n, cells, mapping, today))]
    if not rows:
        raise MalformedSheetError(path, "empty")
    _mark_duplicates(session, rows)
    return ImportPreview(path, columns, ignored, rows)


def apply_import(session: Session, preview: ImportPreview, report: Callable[[float], None] | None = None,
                 stopped: Callable[[], bool] | None = None) -> int:
    """Add the rows the user saw as ok, nothing else.

    If someone added one of these people since the preview, add_person raises InvalidPerson and the
    caller's transaction adds nobody: the preview was stale and should be read again. `report` hears
    how far it got (0 to 1); once `stopped()` is true it raises ImportCancelled, and the caller's
    transaction, rolled back, adds nobody either.
    """
    rows = preview.ok_rows
    for n, row in enumerate(rows):
        if stopped is not None and stopped():
            raise ImportCancelled(preview.path)
        if report is not None and n % 50 == 0:
            report(n / len(rows))
        assert row.data is not None
        service.add_person(session, row.data)
    return len(rows)


def _read_cells(path: Path) -> list[list[object]]:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv"):
        raise MalformedSheetError(path, "unsupported_type")
    try:
        return _csv_cells(path) if suffix == ".csv" else _xlsx_cells(path)
    except MalformedSheetError:
        raise
    except Exception as exc:  # a damaged file can fail anywhere in zipfile, the XML parser or openpyxl
        raise MalformedSheetError(path, "unreadable", str(exc) or type(exc).__name__) from exc


def _xlsx_cells(path: Path) -> list[list[object]]:
    """First worksheet only. Some programs write a wrong sheet size, which read-only mode would trust."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()  # read-only mode keeps the file open (and locked on Windows) until closed


def _csv_cells(path: Path) -> list[list[object]]:
    """Excel saves CSV as UTF-8 with a BOM, or as GBK on a Chinese Windows (gb18030 covers GBK)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise MalformedSheetError(path, "unreadable", str(exc)) from exc
    sample = "\n".join(text.splitlines()[:_HEADER_SEARCH_ROWS])
    delimiter = max(",\t;", key=sample.count)  # European Excel uses ';', "Unicode text" uses tabs
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _filled(cell: object) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _find_header(
    path: Path, lines: list[tuple[int, list[object]]]
) -> tuple[int, dict[int, str], dict[str, str], list[str]]:
    """The header is the first row naming a name column; rows above it are titles."""
    for index, (_, cells) in enumerate(lines[:_HEADER_SEARCH_ROWS]):
        headers = [_text("", cell) for cell in cells]
        if "name" not in (_HEADER_ALIASES.get(_header_key(h)) for h in headers):
            continue
        mapping: dict[int, str] = {}
        columns: dict[str, str] = {}
        ignored: list[str] = []
        for column, header in enumerate(headers):
            name = _HEADER_ALIASES.get(_header_key(header))
            if name and name not in columns:
                mapping[column], columns[name] = name, header
            elif header:
                ignored.append(header)
        return index, mapping, columns, ignored
    raise MalformedSheetError(path, "no_name_column")


def _parse_row(line: int, cells: list[object], mapping: dict[int, str], today: dt.date | None) -> ImportRow | None:
    """One row to PersonData and problems; None for a row with nothing in any column we know."""
    raw = {name: cells[column] if column < len(cells) else None for column, name in mapping.items()}
    values = {name: _text(name, cell) for name, cell in raw.items()}
    if not any(values.values()):
        return None
    data, found = _read_fields(raw, values)
    try:
        clean = validate(data, today)  # run even after a parse problem, to list every problem at once
    except InvalidPerson as exc:
        return ImportRow(line, values, None, found + exc.problems)
    return ImportRow(line, values, None if found else clean, found)


def _read_fields(raw: dict[str, object], values: dict[str, str]) -> tuple[PersonData, list[FieldProblem]]:
    data = PersonData()
    found: list[FieldProblem] = []
    for name, cell in raw.items():
        if values[name]:
            try:
                setattr(data, name, _PARSERS.get(name, _plain)(cell, values[name]))
            except _Bad as bad:
                found.append(FieldProblem(name, str(bad)))
    if data.party_category is not None:
        data.roles.add(Role.PARTY_MEMBER)  # a party category means a party member: keep it, not drop it
    return data, found


def _text(name: str, cell: object) -> str:
    """What the user sees in the cell. Numbers stored by Excel print as digits, never 1.38e10."""
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, float) and name in _DATE_FIELDS:
        return f"{cell:.2f}"  # "1985.10" typed into Excel is stored as 1985.1: months have two digits
    return str(cell).strip()


def _plain(cell: object, text: str) -> str:
    return text


def _date(cell: object, text: str) -> dt.date:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    try:
        parsed = parse_date(text, month_is_first=True)  # a register's 出生年月 column gives no day
    except BadDate as exc:
        raise _Bad(exc.reason) from None
    if parsed is None:
        raise _Bad("bad_date")
    return parsed


def _gender(cell: object, text: str) -> Gender:
    return _lookup(_GENDERS, text, "bad_gender")


def _category(cell: object, text: str) -> PartyCategory:
    return _lookup(_CATEGORIES, text, "bad_category")


def _education(cell: object, text: str) -> Education:
    return _lookup(_EDUCATIONS, text.replace(" ", "") if not text.isascii() else text, "bad_education")


def _roles(cell: object, text: str) -> set[Role]:
    """Split on list separators; words are matched longest first, so 'party member' is one role."""
    roles: set[Role] = set()
    for chunk in _ROLE_SEPARATORS.split(text.lower()):
        words = chunk.split()
        start = 0
        while start < len(words):
            end = next((e for e in range(len(words), start, -1) if " ".join(words[start:e]) in _ROLES), 0)
            if not end:
                raise _Bad("bad_role")
            roles.add(_ROLES[" ".join(words[start:end])])
            start = end
    return roles


def _lookup(table: dict[str, E], text: str, code: str) -> E:
    try:
        return table[text.lower()]
    except KeyError:
        raise _Bad(code) from None


_PARSERS = {
    "gender": _gender,
    "birth_date": _date,
    "joined_date": _date,
    "roles": _roles,
    "party_category": _category,
    "education": _education,
}


def _mark_duplicates(session: Session, rows: list[ImportRow]) -> None:
    """Same name and same phone or ID, as people.service decides, in the database or earlier in the file."""
    seen: dict[tuple[str, str, str], int] = {}
    for row in rows:
        if row.data is None:
            continue
        row.duplicate_of = service.find_duplicate(session, row.data)
        keys = _duplicate_keys(row.data)
        row.duplicate_line = next((seen[k] for k in keys if k in seen), None)
        if row.status == "ok":
            for key in keys:
                seen.setdefault(key, row.line)


def _duplicate_keys(data: PersonData) -> list[tuple[str, str, str]]:
    keys = [("phone", data.name, data.phone)] if data.phone else []
    return keys + ([("id_number", data.name, data.id_number)] if data.id_number else [])
