"""Importing people from the kind of sheets an office really has: titles, Chinese headers, GBK CSV."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from partyplan.db.models import Education, Gender, PartyCategory, Role
from partyplan.errors import MalformedSheetError
from partyplan.people import service
from partyplan.people.sheet_import import CellProblem, apply_import, read_people_sheet
from partyplan.people.validation import FieldProblem, InvalidPerson, PersonData

TODAY = dt.date(2026, 6, 1)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def patch_sheet_xml(path: Path, *replacements: tuple[str, str]) -> Path:
    """Rewrite the first sheet's XML: to store numbers as Excel does (1.38E10), or a wrong sheet size."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for old, new in replacements:
        # openpyxl writes "<x/>" with lxml installed and "<x />" without: compare without that space
        xml = xml.replace(" />", "/>")
        old = old.replace(" />", "/>")
        assert old in xml, old
        xml = xml.replace(old, new)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def write_csv(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def people_in(database) -> set[tuple]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return {
            (p.name, p.gender, p.birth_date, p.phone, p.id_number, p.roles, p.party_category, p.joined_date)
            for p in service.list_people(session)
        }


def add(database, **fields) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return service.add_person(session, PersonData(**fields))


def preview_of(database, path: Path):  # type: ignore[no-untyped-def]
    with database.session() as session:
        return read_people_sheet(path, session, today=TODAY)


def one_row(database, tmp_path: Path, header: str, text: str):  # type: ignore[no-untyped-def]
    """A one-person CSV with `text` in column `header`; the row it gives."""
    path = write_csv(tmp_path / "one.csv", f"姓名,{header}\n张三,{text}\n")
    (row,) = preview_of(database, path).rows
    return row


MESSY_ROSTER = [
    ["柳北桥社区党员花名册"],
    [],
    ["序号", "姓名（必填）", "性别", "出生年月", "手机号码", "身份证号", "家庭住址", "身份", "党员类别", "入党时间", "爱好", "备注"],
    [1, "王芳", "女", dt.datetime(1985, 3, 12), 13812345678, None, "柳北桥1号", "党员、志愿者", "在册", "2005年7月1日", "读书"],
    [2, "李强", "男", "1979/13/40", "12"],
    [3, "赵敏", "F", "1990.5", "137-0000-2222"],
    [],
    [4, " 王芳 ", "女", "1985-03-12", 13812345678.0],
    [5, "陈刚", "男子", "198503", None, 20190001.0, None, "干部 班长"],
    [6, None, None, None, None, None, None, None, None, None, "唱歌", "只有备注"],
    [7],
    [8, "孙丽", "female", "1949年12月", None, "11010519491231002X", None, "志愿者", "流动", "1975.10"],
    [9, "周杰", "M", 19850312, None, 20190002.0, None, "居民代表"],
    [10, "吴兵", "男", "1990-01-01", "13900001111", None, None, "党员", None, "1989-06-01"],
    [11, "冯军", "男", None, None, 999],  # 999: replaced by a full ID stored as Excel does
]  # fmt: skip


@pytest.fixture
def roster(tmp_path: Path, database) -> tuple[Path, int]:  # type: ignore[no-untyped-def]
    """The messy roster as Excel stores it, with 赵敏 already in the database.

    Excel writes large numbers as doubles (an 18-digit ID loses its last digits); some programs write
    a wrong sheet size, which openpyxl's read-only mode would believe.
    """
    zhao = add(database, name="赵敏", gender=Gender.FEMALE, phone="13700002222")
    path = patch_sheet_xml(
        write_xlsx(tmp_path / "花名册.xlsx", MESSY_ROSTER),
        ('<c r="E8" t="n"><v>13812345678</v>', '<c r="E8" t="n"><v>1.3812345678E10</v>'),
        ('<c r="F15" t="n"><v>999</v>', '<c r="F15" t="n"><v>1.1010519491231002E+17</v>'),  # 110105194912310011
        ('<dimension ref="A1:L15" />', '<dimension ref="A1" />'),
    )
    return path, zhao


def test_messy_xlsx_rows_are_sorted_into_ok_invalid_and_duplicate(roster, database) -> None:  # type: ignore[no-untyped-def]
    path, zhao = roster
    preview = preview_of(database, path)

    assert {r.line: r.status for r in preview.rows} == {
        4: "ok", 5: "invalid", 6: "duplicate", 8: "duplicate", 9: "invalid",
        10: "invalid", 12: "ok", 13: "ok", 14: "invalid", 15: "invalid",
    }  # fmt: skip
    problems = {r.line: r.problems for r in preview.invalid_rows}
    assert problems == {
        5: [FieldProblem("birth_date", "bad_date"), FieldProblem("phone", "phone_digits")],
        9: [FieldProblem("gender", "bad_gender")],  # "干部 班长": a cadre; 班长 is kept in the notes
        10: [FieldProblem("name", "required")],
        14: [FieldProblem("joined_date", "before_birth")],
        15: [FieldProblem("id_number", "id_checksum")],
    }
    assert [(r.line, r.warnings) for r in preview.rows if r.warnings] == [
        (9, [CellProblem("roles", "kept_in_notes", "班长")])]
    dupes = {r.line: (r.duplicate_of, r.duplicate_line) for r in preview.duplicate_rows}
    assert dupes == {6: (zhao, None), 8: (None, 4)}
    assert preview.ignored_headers == ["序号", "爱好"]
    assert preview.columns["name"] == "姓名（必填）"
    assert preview.columns["joined_date"] == "入党时间"


def test_numbers_stored_by_excel_read_as_digits(roster, database) -> None:  # type: ignore[no-untyped-def]
    rows = {r.line: r for r in preview_of(database, roster[0]).rows}

    assert rows[4].values["phone"] == "13812345678"
    assert rows[8].values["phone"] == "13812345678"
    assert rows[13].values["id_number"] == "20190002"
    assert rows[15].values["id_number"] == "110105194912310016"  # what Excel kept of the ID
    assert rows[13].data is not None and rows[13].data.birth_date == dt.date(1985, 3, 12)
    assert rows[4].values["birth_date"] == "1985-03-12"


def test_apply_import_adds_exactly_the_ok_rows(roster, database) -> None:  # type: ignore[no-untyped-def]
    path, _ = roster
    preview = preview_of(database, path)
    with database.session() as session:
        assert apply_import(session, preview) == 3

    pm, vol = Role.PARTY_MEMBER, Role.VOLUNTEER
    assert people_in(database) == {
        ("赵敏", "female", None, "13700002222", None, frozenset(), None, None),
        ("王芳", "female", dt.date(1985, 3, 12), "13812345678", None, frozenset({pm, vol}), "registered",
         dt.date(2005, 7, 1)),
        # a party category without the party-member role still means a party member
        ("孙丽", "female", dt.date(1949, 12, 1), None, "11010519491231002X", frozenset({pm, vol}), "floating",
         dt.date(1975, 10, 1)),
        ("周杰", "male", dt.date(1985, 3, 12), None, "20190002", frozenset({Role.RESIDENT_REP}), None, None),
    }  # fmt: skip


def test_apply_refuses_a_stale_preview(roster, database) -> None:  # type: ignore[no-untyped-def]
    preview = preview_of(database, roster[0])
    add(database, name="王芳", phone="13812345678")  # someone else typed her in meanwhile
    before = people_in(database)

    with pytest.raises(InvalidPerson), database.session() as session:
        apply_import(session, preview)
    assert people_in(database) == before


def test_gbk_csv_with_title_row(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    text = (
        "柳北桥社区党员花名册,,,,,\r\n"
        "姓名,性别,手机,出生日期,身份,未知列\r\n"
        "张伟,男,13811112222,1970-05-06 00:00:00,干部,x\r\n"
        "李娜,女,13811113333,1970/13/01,党员,y\r\n"
    )
    preview = preview_of(database, write_csv(tmp_path / "gbk.csv", text, "gbk"))

    assert [(r.line, r.values["name"], r.status) for r in preview.rows] == [(3, "张伟", "ok"), (4, "李娜", "invalid")]
    assert preview.rows[1].problems == [FieldProblem("birth_date", "bad_date")]
    assert preview.ignored_headers == ["未知列"]
    with database.session() as session:
        apply_import(session, preview)
    assert people_in(database) == {
        ("张伟", "male", dt.date(1970, 5, 6), "13811112222", None, frozenset({Role.CADRE}), None, None)
    }


def test_semicolon_csv_with_english_headers(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    text = "Full Name;Sex;Mobile;DOB;Role;Category\nAnna Lee;F;138-1111-4444;1985.3.12;party member, volunteer;in-service\n"
    (row,) = preview_of(database, write_csv(tmp_path / "en.csv", text)).rows

    assert row.status == "ok"
    assert row.data == PersonData(
        name="Anna Lee", gender=Gender.FEMALE, birth_date=dt.date(1985, 3, 12), phone="13811114444",
        roles={Role.PARTY_MEMBER, Role.VOLUNTEER}, party_category=PartyCategory.IN_SERVICE,
    )  # fmt: skip


def test_tab_separated_csv_and_spaced_header(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    text = "* 姓  名 (必填)\t联系电话\n李雷\t13900002222\n"
    (row,) = preview_of(database, write_csv(tmp_path / "tab.csv", text)).rows

    assert (row.values, row.status) == ({"name": "李雷", "phone": "13900002222"}, "ok")


def test_within_file_duplicate_by_id_number(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    text = "姓名,编号,手机\n韩梅,A001,13900000001\n韩梅,A001,13900000002\n韩梅,A002,13900000003\n"
    preview = preview_of(database, write_csv(tmp_path / "d.csv", text))

    assert [(r.status, r.duplicate_line) for r in preview.rows] == [("ok", None), ("duplicate", 2), ("ok", None)]


def test_only_the_first_worksheet_is_read(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    book.active.append(["姓名"])
    book.active.append(["第一页"])
    book.create_sheet("Sheet2").append(["姓名"])
    book["Sheet2"].append(["第二页"])
    book.save(tmp_path / "two.xlsx")

    assert [r.values["name"] for r in preview_of(database, tmp_path / "two.xlsx").rows] == ["第一页"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1985-03-12", dt.date(1985, 3, 12)),
        ("1985/3/12", dt.date(1985, 3, 12)),
        ("1985.3.12", dt.date(1985, 3, 12)),
        ("1985年3月12日", dt.date(1985, 3, 12)),
        ("1985年3月", dt.date(1985, 3, 1)),
        ("1985.10", dt.date(1985, 10, 1)),
        ("198503", dt.date(1985, 3, 1)),
        ("19850312", dt.date(1985, 3, 12)),
    ],
)
def test_date_forms(text: str, expected: dt.date, tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    row = one_row(database, tmp_path, "出生日期", text)
    assert row.data is not None and row.data.birth_date == expected


@pytest.mark.parametrize(("text", "reason"), [("1985-02-30", "no_such_day"), ("1985年2月30日", "no_such_day"),
                                             ("12/03/1985", "bad_date"), ("去年", "bad_date"),
                                             ("1985年13月", "bad_date"), ("85.3", "bad_date")])
def test_bad_dates(text: str, reason: str, tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    """The preview says why: a day the month does not have is not the same mistake as no date at all."""
    assert one_row(database, tmp_path, "出生日期", text).problems == [FieldProblem("birth_date", reason)]


def test_year_month_numbers_in_a_date_column(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    """Excel keeps "1985.03" as 1985.03 and "1985.3" as 1985.3 (both March, as there is no month 30),
    but "1985.1" and "1985.10" both as 1985.1: January or October. That one is refused, not guessed."""
    path = write_xlsx(tmp_path / "ym.xlsx", [["姓名", "出生年月"], ["张三", 1985.1], ["李四", 1985.03], ["王五", 1985.3],
                                             ["赵六", 1985.12], ["钱七", 1985.11]])
    rows = preview_of(database, path).rows
    assert [(r.values["birth_date"], r.data.birth_date if r.data else r.problems) for r in rows] == [
        ("1985.1", [FieldProblem("birth_date", "ambiguous_month")]), ("1985.03", dt.date(1985, 3, 1)),
        ("1985.3", dt.date(1985, 3, 1)), ("1985.12", dt.date(1985, 12, 1)), ("1985.11", dt.date(1985, 11, 1)),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [("男", Gender.MALE), ("女", Gender.FEMALE), ("M", Gender.MALE), ("f", Gender.FEMALE),
     ("Male", Gender.MALE), ("FEMALE", Gender.FEMALE)],
)  # fmt: skip
def test_genders(text: str, expected: Gender, tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    row = one_row(database, tmp_path, "性别", text)
    assert row.data is not None and row.data.gender == expected


@pytest.mark.parametrize("text", ["x", "未知", "MF"])
def test_bad_genders(text: str, tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    assert one_row(database, tmp_path, "性别", text).problems == [FieldProblem("gender", "bad_gender")]


C, P, V, R = Role.CADRE, Role.PARTY_MEMBER, Role.VOLUNTEER, Role.RESIDENT_REP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("干部、党员", {C, P}),
        ('"cadre, Party Member"', {C, P}),
        ("预备党员", {P}),
        ("正式党员/志愿者", {P, V}),
        ("resident representative；volunteer", {R, V}),
        ("居民代表 干部", {R, C}),
        ("Resident Rep", {R}),
        ("party_member", {P}),
        ("社区干部", {C}), ("两委委员", {C}), ("两委", {C}), ("书记", {C}), ("支部书记", {C}), ("主任", {C}),
        ("党委书记、中共党员", {C, P}), ("党员志愿者", {P, V}), ("群众", set()), ("中共预备党员", {P}),
        ('"Party secretary, CPC member"', {C, P}), ("黨員", {P}),
    ],
)  # fmt: skip
def test_roles(text: str, expected: set[Role], tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    row = one_row(database, tmp_path, "身份", text)
    assert row.data is not None and row.data.roles == expected
    assert [w for w in row.warnings if w.code != "probation_without_date"] == []


@pytest.mark.parametrize(
    ("text", "expected", "kept", "notes"),
    [
        ("楼栋长", set(), "楼栋长", "身份：楼栋长"),
        ("网格员、志愿者", {V}, "网格员", "身份：网格员"),
        ('"cadre, boss"', {C}, "boss", "身份：boss"),
        ('"party, head of block 3"', set(), "party, head of block 3", "身份：party, head of block 3"),
    ],
)  # fmt: skip
def test_role_words_that_are_no_role_are_kept_in_the_notes_with_a_warning(text, expected, kept, notes, tmp_path,
                                                                          database) -> None:  # type: ignore[no-untyped-def]
    row = one_row(database, tmp_path, "身份", text)
    assert row.status == "ok" and row.data is not None
    assert (row.data.roles, row.data.notes) == (expected, notes)
    assert row.warnings == [CellProblem("roles", "kept_in_notes", kept)]


def test_role_words_read_by_what_they_contain_say_so(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    row = one_row(database, tmp_path, "身份", "社区党委副书记、退休党员")
    assert row.data is not None and row.data.roles == {C, P}
    assert row.warnings == [CellProblem("roles", "read_as", "社区党委副书记", ("cadre",)),
                            CellProblem("roles", "read_as", "退休党员", ("party_member",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("在册", PartyCategory.REGISTERED), ("registered", PartyCategory.REGISTERED),
     ("在职", PartyCategory.IN_SERVICE), ("In Service", PartyCategory.IN_SERVICE),
     ("in-service", PartyCategory.IN_SERVICE), ("流动", PartyCategory.FLOATING)],
)  # fmt: skip
def test_categories(text: str, expected: PartyCategory, tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    row = one_row(database, tmp_path, "党员类别", text)
    assert row.data is not None and row.data.party_category == expected
    assert Role.PARTY_MEMBER in row.data.roles


def test_bad_category(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    assert one_row(database, tmp_path, "类别", "退休").problems == [FieldProblem("party_category", "bad_category")]


@pytest.mark.parametrize(
    ("header", "text", "expected"),
    [("学历", "小学", Education.PRIMARY), ("文化程度", "初中", Education.JUNIOR), ("学历", "高中", Education.SENIOR),
     ("学历", "中专", Education.SENIOR), ("学历（最高）", "大专", Education.COLLEGE), ("学历", "大学本科", Education.BACHELOR),
     ("学历", "本科", Education.BACHELOR), ("学历", "硕士研究生", Education.POSTGRADUATE), ("学历", "博士", Education.POSTGRADUATE),
     ("Education", "High School", Education.SENIOR), ("education", "Bachelor's degree", Education.BACHELOR),
     ("Education", "master's", Education.POSTGRADUATE), ("教育程度", "小学及以下", Education.PRIMARY)],
)  # fmt: skip
def test_educations(header: str, text: str, expected: Education, tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    row = one_row(database, tmp_path, header, text)
    assert row.problems == [] and row.data is not None and row.data.education == expected


def test_bad_education(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    assert one_row(database, tmp_path, "学历", "幼儿园").problems == [FieldProblem("education", "bad_education")]


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: write_csv(d / "people.txt", "姓名\n张三\n"), "unsupported_type"),
        (lambda d: write_csv(d / "people.xls", "姓名\n张三\n"), "unsupported_type"),
        (lambda d: write_bytes(d / "people.xlsx", os.urandom(2000)), "unreadable"),
        (lambda d: write_bytes(d / "people.csv", "姓名\n张三\n".encode() + b"\xff\x81\x30"), "encoding"),
        (lambda d: write_xlsx(d / "people.xlsx", [["花名册"], ["序号", "电话"], [1, "13800000000"]]), "no_name_column"),
        (lambda d: write_xlsx(d / "people.xlsx", [*[["标题"]] * 10, ["姓名"], ["张三"]]), "no_name_column"),
        (lambda d: write_xlsx(d / "people.xlsx", [["花名册"], ["姓名", "电话"], [], [None, None]]), "empty"),
        (lambda d: write_xlsx(d / "people.xlsx", [["姓名", "序号"], [None, 1]]), "empty"),
    ],
)  # fmt: skip
def test_malformed_sheets_are_refused_and_nothing_is_written(make, reason, tmp_path, database) -> None:  # type: ignore[no-untyped-def]
    add(database, name="已有的人")
    path = make(tmp_path)
    with pytest.raises(MalformedSheetError) as caught:
        preview_of(database, path)
    assert (caught.value.reason, caught.value.path) == (reason, path)
    assert bool(caught.value.detail) == (reason == "unreadable")  # "encoding": none recognised, none named
    assert {p[0] for p in people_in(database)} == {"已有的人"}


def test_second_column_for_the_same_field_is_ignored(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "two.csv", "姓名,手机,电话,身份证\n张三,13900000001,010-1234567,A1\n")
    preview = preview_of(database, path)

    assert preview.columns == {"name": "姓名", "phone": "手机", "id_number": "身份证"}
    assert preview.ignored_headers == ["电话"]
    assert preview.rows[0].values["phone"] == "13900000001"


# --------------------------------------------------------------------- member lists as offices write them

OFFICE_LIST = [
    ["东湖社区人员花名册（2027年1月）"],
    ["序号", "姓名", "性别", "手机号码", "政治面貌", "入党时间", "备注"],
    [1, "周建国", "男", "13900001001", "社区干部、中共党员", "1998-07-01", None],
    [2, "吴丽华", "女", "13900001002", "两委委员", None, None],
    [3, "郑  涛", "男", "13900001003", "支部书记", "2001-07-01", "兼网格长"],
    [4, "冯晓雪", "女", "13900001004", "预备党员", "2025-12-28", None],
    [5, "陈思远", "男", "13900001005", "预备党员", None, None],
    [6, "褚卫东", "男", "13900001006", "楼栋长", None, "3栋"],
    [7, "卫兰芳", "女", "13900001007", "网格员、志愿者", None, None],
    [8, "蒋志明", "男", "13900001008", "居民代表、群众", None, None],
    [9, "沈玉梅", "女", "13900001009", "社区党委副书记", "1995-05-04", None],
    [10, "郑涛", "男", "+86 139 0000 1003", "支部书记", "2001-07-01", None],  # row 5 again, typed differently
]  # fmt: skip


def test_a_member_list_in_the_offices_own_words(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from partyplan.db.models import DevelopmentCase, DevelopmentStep, Stage, StepKind

    path = write_xlsx(tmp_path / "花名册.xlsx", OFFICE_LIST)
    preview = preview_of(database, path)
    assert preview.columns["roles"] == "政治面貌"
    rows = {r.line: r for r in preview.rows}
    assert {line: r.status for line, r in rows.items()} == {**{n: "ok" for n in range(3, 12)}, 12: "duplicate"}
    assert (rows[12].duplicate_line, rows[12].duplicate_field) == (5, "phone")  # the row it repeats, and why
    assert {line: [(w.code, w.detail) for w in r.warnings] for line, r in rows.items() if r.warnings} == {
        6: [("probation_file", "2025-12-28")],
        7: [("probation_without_date", "")],
        8: [("kept_in_notes", "楼栋长")],
        9: [("kept_in_notes", "网格员")],
        11: [("read_as", "社区党委副书记")],
    }
    with database.session() as session:
        assert apply_import(session, preview) == 9
    with database.session() as session:
        people = {p.name: p for p in service.list_people(session)}
        cases = session.execute(select(DevelopmentCase.person_id, DevelopmentCase.stage, DevelopmentCase.opened_on)).all()
        steps = session.execute(select(DevelopmentStep.kind, DevelopmentStep.day, DevelopmentStep.note)).all()
    assert {name: set(p.roles) for name, p in people.items()} == {
        "周建国": {C, P}, "吴丽华": {C}, "郑涛": {C}, "冯晓雪": {P}, "陈思远": {P}, "褚卫东": set(), "卫兰芳": {V},
        "蒋志明": {R}, "沈玉梅": {C},
    }  # fmt: skip
    assert (people["褚卫东"].notes, people["卫兰芳"].notes, people["郑涛"].notes) == ("3栋\n政治面貌：楼栋长",
                                                                                  "政治面貌：网格员", "兼网格长")
    # the probationary member with a joining date gets her development file, at probation since that day
    assert cases == [(people["冯晓雪"].id, Stage.PROBATIONARY, dt.date(2025, 12, 28))]
    assert steps == [(StepKind.PROBATIONARY, dt.date(2025, 12, 28), "花名册.xlsx: 预备党员")]


@pytest.mark.parametrize(
    ("recorded", "typed"),
    [
        (dict(name="王芳", phone="13812345678"), ["王  芳", "138 1234 5678"]),
        (dict(name="王芳", phone="13812345678"), ["王芳\u200b", "+86 138-1234-5678"]),
        (dict(name="王芳", phone="13812345678"), ["王　芳", "１３８１２３４５６７８"]),
        (dict(name="王芳", phone="13812345678"), ["王芳", "0086 13812345678"]),
        (dict(name="王芳", phone="01065529988"), ["王芳", "+86 10 6552 9988"]),
        (dict(name="阿依·买买提", phone="13812345678"), ["阿依•买买提", "13812345678"]),
    ],
)  # fmt: skip
def test_duplicates_are_found_however_the_name_and_phone_are_typed(recorded, typed, tmp_path, database) -> None:  # type: ignore[no-untyped-def]
    person = add(database, **recorded)
    text = "姓名,手机\n" + ",".join(typed) + "\n" + ",".join(typed) + "\n"
    first, second = preview_of(database, write_csv(tmp_path / "d.csv", text)).rows
    assert (first.status, first.duplicate_of, first.duplicate_name, first.duplicate_field) == (
        "duplicate", person, recorded["name"], "phone")
    assert second.status == "duplicate" and second.duplicate_of == person


def test_the_same_id_number_is_the_same_person_whatever_the_name(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    person = add(database, name="李建华", id_number="11010519491231002X")
    text = "姓名,身份证号\n李建华,11010519491231002x\n李健华,１１０１０５１９４９１２３１００２Ｘ\n张三,A-01\n张叁,a01\n"
    rows = preview_of(database, write_csv(tmp_path / "ids.csv", text)).rows
    assert [(r.status, r.duplicate_of, r.duplicate_line, r.duplicate_field) for r in rows] == [
        ("duplicate", person, None, "id_number"), ("duplicate", person, None, "id_number"),
        ("ok", None, None, ""), ("duplicate", None, 4, "id_number"),
    ]  # fmt: skip
    assert rows[1].data is not None and rows[1].data.id_number == "11010519491231002X"  # stored as plain digits


def test_forms_refuse_the_same_person_typed_another_way(database) -> None:  # type: ignore[no-untyped-def]
    add(database, name="王芳", phone="13812345678", id_number="A001")
    for data, field_name in ((PersonData(name="王 芳", phone="+86 13812345678"), "phone"),
                             (PersonData(name="王小芳", id_number="a001"), "id_number")):
        with pytest.raises(InvalidPerson) as caught, database.session() as session:
            service.add_person(session, data)
        assert caught.value.problems == [FieldProblem(field_name, "duplicate")]
    add(database, name="王小芳", phone="13812345678")  # a household's shared phone, another name: someone else


def test_roles_written_over_several_columns_are_read_together(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    """身份, 政治面貌 and 职务 each in a column of their own: a branch secretary's membership is not lost
    because another column came first, and each kept word is noted under its own column."""
    path = write_csv(tmp_path / "list.csv", "姓名,身份,政治面貌,职务\n郑涛,志愿者,中共党员,支部书记\n褚卫东,居民代表,群众,楼栋长\n")
    preview = preview_of(database, path)
    assert (preview.columns["roles"], preview.ignored_headers) == ("身份", [])
    first, second = preview.rows
    assert first.values["roles"] == "志愿者、中共党员、支部书记"
    assert first.data is not None and first.data.roles == {V, P, C} and first.warnings == []
    assert second.data is not None and (second.data.roles, second.data.notes) == ({R}, "职务：楼栋长")


def test_an_infinite_number_in_a_date_column_is_a_bad_date(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    """A sheet can hold a number next to the largest there is, written 1.797693134862316e+308, which reads
    back as infinity: the row is refused as a bad date, not the whole import ended by an OverflowError (a
    fuzz run found it)."""
    path = write_xlsx(tmp_path / "inf.xlsx", [["姓名", "出生日期"], ["张三", 1.7976931348623155e308],
                                              ["李四", -1.7976931348623155e308], ["王五", 1985.03]])
    rows = preview_of(database, path).rows
    assert [r.data.birth_date if r.data else r.problems for r in rows] == [
        [FieldProblem("birth_date", "bad_date")], [FieldProblem("birth_date", "bad_date")], dt.date(1985, 3, 1)]
