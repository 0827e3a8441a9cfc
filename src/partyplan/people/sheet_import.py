"""Reading people from the spreadsheets an office already keeps: .xlsx rosters and CSV files.

Real rosters have a title row above the headers, headers like "姓名（必填）", phones stored as numbers,
dates typed five different ways, roles written the office's way (社区干部, 两委委员, 支部书记, 预备党员,
楼栋长) and CSV files saved as GBK. The reader accepts all of that, and says row by row what it could not
understand, and what it made of what it did, so that nothing is imported silently wrong: a role word
that is none of the app's roles is kept in the person's notes with a warning, not a reason to refuse
the person. Reading writes nothing: the user sees the preview first, and apply_import adds only the
rows shown as ok. Opening the file (sheets, encodings, limits) is people.sheet_files' part.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from partyplan.dates import BadDate, parse_date
from partyplan.db.models import Education, Gender, PartyCategory, Role
from partyplan.errors import MalformedSheetError, PartyPlanError
from partyplan.people import service
from partyplan.people.matching import PeopleIndex, clean_text
from partyplan.people.sheet_files import HEADER_SEARCH_ROWS, MAX_CELL_CHARS, SheetRows, read_rows
from partyplan.people.validation import FieldProblem, InvalidPerson, PersonData, validate

FIELDS = (
    "name", "gender", "birth_date", "phone", "id_number", "address",
    "household", "unit", "roles", "party_category", "joined_date", "education", "notes",
)  # fmt: skip

# The headers and value words the export writes, one dict per language. The importer accepts all of
# them (plus the aliases below), so that an exported file always reads back.
HEADERS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "name": "姓名", "gender": "性别", "birth_date": "出生日期", "phone": "手机", "id_number": "身份证号",
        "address": "地址", "household": "户号", "unit": "单位", "roles": "身份",
        "party_category": "党员类别", "joined_date": "入党日期", "education": "学历", "notes": "备注",
        "archived": "状态",
    },
    "en": {
        "name": "Name", "gender": "Gender", "birth_date": "Birth date", "phone": "Phone",
        "id_number": "ID card no.", "address": "Address", "household": "Household", "unit": "Unit",
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
    "gender": ("sex", "性別"),
    "birth_date": ("出生年月", "生日", "date of birth", "dob", "birthday"),
    "phone": ("手机号", "手机号码", "联系电话", "联系方式", "电话", "mobile", "telephone", "tel", "手機", "電話",
              "手機號碼", "聯繫電話"),
    "id_number": ("身份证号", "身份证号码", "身份证", "证件号码", "编号", "ID number", "id", "number", "身份證號",
                  "身份證號碼"),  # 编号: what earlier exports wrote
    "address": ("住址", "家庭住址", "居住地址"),
    "household": ("户", "户籍"),
    "unit": ("工作单位", "所在单位", "work unit", "employer", "單位", "工作單位"),
    "roles": ("角色", "类型", "role", "人员类别", "人员类型", "政治面貌", "职务", "position"),
    "party_category": ("党员类型", "类别", "category", "黨員類別"),
    "joined_date": ("入党时间", "joined", "join date", "入黨日期", "入黨時間"),
    "education": ("文化程度", "教育程度", "最高学历", "学历学位", "education level", "schooling", "學歷"),
    "notes": ("说明", "note", "remarks", "備註"),
}
_HEADER_NOISE = re.compile(r"[(（][^)）]*[)）]|[*＊:：\s]")
_ROLE_SEPARATORS = re.compile(r"[、,，;；/]")
_NAME_PADDING = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
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
# Role words as member lists write them. Each means a set of roles, and 预备党员 also a probation that
# the development file records (apply_import opens one). Words that mean no role at all (群众, the
# "masses" of a 政治面貌 column) are dropped without a word.
C, P, V, R = Role.CADRE, Role.PARTY_MEMBER, Role.VOLUNTEER, Role.RESIDENT_REP
PROBATIONARY = "probationary"
_ROLE_SYNONYMS: dict[str, frozenset[object]] = {
    **{word: frozenset({C}) for word in (
        "干部", "社区干部", "两委", "两委委员", "两委成员", "社区两委", "书记", "副书记", "支部书记", "党支部书记",
        "党委书记", "党总支书记", "主任", "副主任", "居委会主任", "社区主任", "支委", "支委委员", "居委委员",
        "社区工作者", "社工", "专职社工", "幹部", "社區幹部", "community cadre", "secretary", "party secretary",
        "branch secretary", "director", "deputy director", "committee member", "community worker")},
    **{word: frozenset({P}) for word in ("中共党员", "正式党员", "共产党员", "黨員", "中共黨員", "cpc member",
                                          "communist party member", "full member", "full party member")},
    **{word: frozenset({P, PROBATIONARY}) for word in (
        "预备党员", "中共预备党员", "預備黨員", "probationary member", "probationary party member", "probationary")},
    **{word: frozenset({V}) for word in ("义工", "志願者", "volunteers")},
    **{word: frozenset() for word in ("群众", "普通群众", "居民", "普通居民", "非党员", "无", "masses", "none", "-",
                                      "—", "/")},
    "党员志愿者": frozenset({P, V}),
    "resident rep": frozenset({R}),
}
# Words not in any list are read by what they contain ("社区党委副书记" is a cadre, "退休党员" a party
# member), and the preview says so; anything else is kept in the notes.
_NO_ROLE_PARTS = ("非党员", "非中共党员")
_ROLE_PARTS: tuple[tuple[tuple[str, ...], frozenset[object]], ...] = (
    (("预备党员", "預備黨員"), frozenset({P, PROBATIONARY})),
    (("党员", "黨員"), frozenset({P})),
    (("书记", "主任", "两委", "支委", "居委委员", "干部", "社工", "社区工作者", "幹部"), frozenset({C})),
    (("志愿者", "义工", "志願者"), frozenset({V})),
    (("居民代表",), frozenset({R})),
)
_ROLES: dict[str, frozenset[object]] = {
    **{word: frozenset({role}) for word, role in _word_table(Role).items()}, **_ROLE_SYNONYMS,
}
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


@dataclass(frozen=True)
class CellProblem(FieldProblem):
    """A problem or warning whose sentence needs words from the sheet: the role words kept in the
    notes, the lines an open quote took in. `values` are stored values (roles) the sentence names."""

    detail: str = ""
    values: tuple[str, ...] = ()


@dataclass
class ImportRow:
    line: int  # 1-based row number in the sheet as the user sees it
    values: dict[str, str]  # field -> text as read, for the preview table
    data: PersonData | None  # normalised data when the row is valid
    problems: list[FieldProblem]
    duplicate_of: int | None = None  # id of the person already in the database
    duplicate_line: int | None = None  # earlier line of this file with the same person
    warnings: list[FieldProblem] = field(default_factory=list)  # imported, but the user should know
    duplicate_name: str = ""  # the recorded person's name, as stored
    duplicate_field: str = ""  # what they share: "id_number" or "phone"
    probationary: bool = False  # 预备党员: apply_import opens the development file at probation

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
    sheet: str = ""  # the worksheet read, when the workbook has more than one visible
    encoding: str = ""  # a CSV's encoding when it is not UTF-8 ("GBK", "Big5", "UTF-16")

    @property
    def ok_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.status == "ok"]

    @property
    def invalid_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.status == "invalid"]

    @property
    def duplicate_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.status == "duplicate"]

    @property
    def warned_rows(self) -> list[ImportRow]:
        """Rows that will be imported with something the user should look at."""
        return [r for r in self.ok_rows if r.warnings]


class _Bad(Exception):
    """A cell that cannot mean anything for its field; carries the problem code."""


def read_people_sheet(path: Path, session: Session, today: dt.date | None = None) -> ImportPreview:
    """Understand a sheet without writing anything; the session is only read, to find duplicates."""
    path = Path(path)
    sheet = read_rows(path, _names_a_name_column)
    index, mapping, columns, ignored = _find_header(path, sheet.rows)
    headers = {column: _text("", cell) for column, cell in enumerate(sheet.rows[index][1])}
    rows = [row for n, cells in sheet.rows[index + 1 :] if (row := _parse_row(n, cells, mapping, headers, sheet, today))]
    if not rows:
        raise MalformedSheetError(path, "empty")
    _mark_duplicates(session, rows)
    return ImportPreview(path, columns, ignored, rows, sheet.sheet if sheet.sheets > 1 else "", sheet.encoding)


def apply_import(session: Session, preview: ImportPreview, report: Callable[[float], None] | None = None,
                 stopped: Callable[[], bool] | None = None) -> int:
    """Add the rows the user saw as ok, nothing else, and open the development file of each
    probationary member whose joining date the sheet gives.

    If someone added one of these people since the preview, add_person raises InvalidPerson and the
    caller's transaction adds nobody: the preview was stale and should be read again. `report` hears
    how far it got (0 to 1); once `stopped()` is true it raises ImportCancelled, and the caller's
    transaction, rolled back, adds nobody either.
    """
    from partyplan.development import pipeline

    rows = preview.ok_rows
    known = PeopleIndex.of(session)
    for n, row in enumerate(rows):
        if stopped is not None and stopped():
            raise ImportCancelled(preview.path)
        if report is not None and n % 50 == 0:
            report(n / len(rows))
        assert row.data is not None
        person_id = service.add_person(session, row.data, known=known)
        if row.probationary and row.data.joined_date is not None:
            pipeline.record_probation(session, person_id, row.data.joined_date,
                                      note=f"{preview.path.name}: {row.values.get('roles', '')}")
    return len(rows)


def _names_a_name_column(cells: list[object]) -> bool:
    return "name" in (_HEADER_ALIASES.get(_header_key(_text("", cell))) for cell in cells)


def _find_header(
    path: Path, lines: list[tuple[int, list[object]]]
) -> tuple[int, dict[int, str], dict[str, str], list[str]]:
    """The header is the first row naming a name column; rows above it are titles."""
    for index, (_, cells) in enumerate(lines[:HEADER_SEARCH_ROWS]):
        if not _names_a_name_column(cells):
            continue
        headers = [_text("", cell) for cell in cells]
        mapping: dict[int, str] = {}
        columns: dict[str, str] = {}
        ignored: list[str] = []
        for column, header in enumerate(headers):
            name = _HEADER_ALIASES.get(_header_key(header))
            if name and (name not in columns or name == "roles"):  # 身份, 政治面貌 and 职务 all say roles
                mapping[column] = name
                columns.setdefault(name, header)
            elif header:
                ignored.append(header)
        return index, mapping, columns, ignored
    raise MalformedSheetError(path, "no_name_column")


def _parse_row(line: int, cells: list[object], mapping: dict[int, str], headers: dict[int, str], sheet: SheetRows,
               today: dt.date | None) -> ImportRow | None:
    """One row to PersonData, problems and warnings; None for a row with nothing in any column we know."""
    raw = {name: cells[column] if column < len(cells) else None for column, name in mapping.items() if name != "roles"}
    values = {name: _text(name, cell) for name, cell in raw.items()}
    role_cells = [(headers.get(column, ""), _text("roles", cells[column]) if column < len(cells) else "")
                  for column, name in mapping.items() if name == "roles"]
    if role_cells:
        values["roles"] = "、".join(text for _, text in role_cells if text)
    unsaved = [CellProblem(name, "formula_no_value") for column, name in mapping.items()
               if (line, column) in sheet.unsaved_formulas]
    if not any(values.values()) and not unsaved:
        return None
    reading = _Reading()
    data = reading.fields(raw, values, [(header, text) for header, text in role_cells if text])
    found = [*unsaved, *reading.problems]
    if line in sheet.merged_lines:
        found.insert(0, CellProblem("row", "merged_rows", f"{line}-{sheet.merged_lines[line]}"))
    row = ImportRow(line, values, None, found, warnings=reading.warnings, probationary=reading.probationary)
    if row.probationary:
        row.warnings.append(CellProblem("roles", "probation_file", data.joined_date.isoformat())
                            if data.joined_date else CellProblem("joined_date", "probation_without_date"))
    try:
        clean = validate(data, today)  # run even after a parse problem, to list every problem at once
    except InvalidPerson as exc:
        row.problems += exc.problems
        return row
    row.data = None if found else clean
    return row


class _Reading:
    """The fields of one row, with what went wrong (problems) and what the user should know (warnings)."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []
        self.warnings: list[FieldProblem] = []
        self.probationary = False

    def fields(self, raw: dict[str, object], values: dict[str, str], role_cells: list[tuple[str, str]]) -> PersonData:
        """`role_cells` are the (header, text) of every column that says roles: a list may give 身份,
        政治面貌 and 职务 each a column of their own."""
        data = PersonData()
        for name, cell in raw.items():
            text = values[name]
            if not text:
                continue
            if len(text) > MAX_CELL_CHARS:
                self.problems.append(FieldProblem(name, "too_long"))
                continue
            try:
                setattr(data, name, _PARSERS.get(name, _plain)(cell, text))
            except _Bad as bad:
                self.problems.append(FieldProblem(name, str(bad)))
        kept_notes = []
        for header, text in role_cells:
            if len(text) > MAX_CELL_CHARS:
                self.problems.append(FieldProblem("roles", "too_long"))
                continue
            roles, kept = self.roles(text)
            data.roles |= roles
            if kept:  # words that are no role of ours stay with the person, in the notes
                words = ("、" if not "".join(kept).isascii() else ", ").join(kept)
                kept_notes.append(f"{header}{'：' if not header.isascii() else ': '}{words}")
                self.warnings.append(CellProblem("roles", "kept_in_notes", words))
        if kept_notes:
            data.notes = "\n".join(filter(None, (data.notes, *kept_notes)))
        if data.party_category is not None:
            data.roles.add(Role.PARTY_MEMBER)  # a party category means a party member: keep it, not drop it
        return data

    def roles(self, text: str) -> tuple[set[Role], list[str]]:
        """Split on list separators; words are matched longest first, so 'party member' is one role.
        Returns the roles and the words that are none (English ones run together into one phrase)."""
        meanings: list[frozenset[object]] = []
        kept: list[str] = []
        pending: list[str] = []

        def flush() -> None:
            if pending:
                kept.append(" ".join(pending))
                pending.clear()

        for chunk in _ROLE_SEPARATORS.split(text):
            words = chunk.split()
            start = 0
            while start < len(words):
                end = next((e for e in range(len(words), start, -1)
                            if " ".join(words[start:e]).lower() in _ROLES), 0)
                if end:
                    flush()
                    meanings.append(_ROLES[" ".join(words[start:end]).lower()])
                    start = end
                    continue
                word = words[start]
                start += 1
                if word.isascii():
                    pending.append(word)
                    continue
                flush()
                meaning = _role_by_parts(word)
                if meaning is None:
                    kept.append(word)
                    continue
                meanings.append(meaning)
                if meaning:
                    self.warnings.append(CellProblem("roles", "read_as", word,
                                                     tuple(sorted(r.value for r in meaning if isinstance(r, Role)))))
            flush()
        self.probationary = self.probationary or any(PROBATIONARY in meaning for meaning in meanings)
        return {r for meaning in meanings for r in meaning if isinstance(r, Role)}, kept


def _role_by_parts(word: str) -> frozenset[object] | None:
    """What a role word not in the lists means by the words inside it; None when nothing."""
    if any(part in word for part in _NO_ROLE_PARTS):
        return frozenset()
    meaning = {role for parts, roles in _ROLE_PARTS if any(part in word for part in parts) for role in roles}
    return frozenset(meaning) if meaning else None


def _text(name: str, cell: object) -> str:
    """What the user sees in the cell, without invisible characters. Numbers stored by Excel print
    as digits, never 1.38e10; full-width digits in a phone or an ID number are plain digits."""
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    text = clean_text(str(cell)).strip()
    if name in ("phone", "id_number"):
        text = unicodedata.normalize("NFKC", text)
    elif name == "name":
        text = _NAME_PADDING.sub("", text)  # "王  芳", padded to line up with three-character names
    return text


def _plain(cell: object, text: str) -> str:
    return text


def _date(cell: object, text: str) -> dt.date:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, float) and math.isfinite(cell) and not cell.is_integer():
        return _year_month(cell)  # (an infinite or NaN cell, which a sheet can hold, is read as its text)
    try:
        parsed = parse_date(text, month_is_first=True)  # a register's 出生年月 column gives no day
    except BadDate as exc:
        raise _Bad(exc.reason) from None
    if parsed is None:
        raise _Bad("bad_date")
    return parsed


def _year_month(number: float) -> dt.date:
    """"1985.03" typed into Excel is kept as the number 1985.03 (March), "1985.3" as 1985.3 (March too,
    as month 30 does not exist), but "1985.1" and "1985.10" are both kept as 1985.1: January or
    October, which nobody can tell any more. That one is refused, not guessed."""
    year = int(number)
    hundredths = round((number - year) * 100)
    months = {hundredths} | ({hundredths // 10} if hundredths % 10 == 0 else set())
    months = {m for m in months if 1 <= m <= 12}
    if not 1000 <= year <= 9999 or not months:
        raise _Bad("bad_date")
    if len(months) > 1:
        raise _Bad("ambiguous_month")
    return dt.date(year, months.pop(), 1)


def _gender(cell: object, text: str) -> Gender:
    return _lookup(_GENDERS, text, "bad_gender")


def _category(cell: object, text: str) -> PartyCategory:
    return _lookup(_CATEGORIES, text, "bad_category")


def _education(cell: object, text: str) -> Education:
    return _lookup(_EDUCATIONS, text.replace(" ", "") if not text.isascii() else text, "bad_education")


def _lookup(table: dict[str, E], text: str, code: str) -> E:
    try:
        return table[text.lower()]
    except KeyError:
        raise _Bad(code) from None


_PARSERS = {
    "gender": _gender,
    "birth_date": _date,
    "joined_date": _date,
    "party_category": _category,
    "education": _education,
}


def _mark_duplicates(session: Session, rows: list[ImportRow]) -> None:
    """The same person (people.matching) already recorded, or on an earlier row of this file."""
    recorded = PeopleIndex.of(session)
    earlier = PeopleIndex()  # keyed by line number instead of person id
    for row in rows:
        if row.data is None:
            continue
        data = row.data
        if match := recorded.find(data.name, data.phone, data.id_number):
            row.duplicate_of, row.duplicate_name, row.duplicate_field = match.person_id, match.name, match.field
        if match := earlier.find(data.name, data.phone, data.id_number):
            row.duplicate_line, row.duplicate_field = match.person_id, row.duplicate_field or match.field
        if row.status == "ok":
            earlier.add(row.line, data.name, data.phone, data.id_number)
