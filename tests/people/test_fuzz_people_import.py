"""Property-based runs (hypothesis) over the people importer with its limits in place: whatever the
role words, encodings, quote marks, date numbers and sheet shapes, the import never reads text as
mojibake, never loses a role word, never passes a merged row as ok, never guesses a month, and stops
at its limits with the documented refusal. Example counts are bounded: a few seconds per test."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from fuzzing import fuzz
from openpyxl import Workbook

from partyplan.db.database import open_database
from partyplan.db.models import Role
from partyplan.errors import MalformedSheetError
from partyplan.people import sheet_files
from partyplan.people.sheet_import import CellProblem, read_people_sheet

pytestmark = pytest.mark.skipif(bool(os.environ.get("PARTYPLAN_TEST_DB")),
                                reason="files and SQLite only: runs once, in the SQLite pass")
REFUSALS = {"unsupported_type", "unreadable", "too_large", "too_many_rows", "encoding", "open_quote", "no_name_column",
            "empty", "no_visible_sheet"}




@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("fuzz-people")
    db = open_database(home / "people.sqlite3", backup_dir=home / "b")
    yield db
    db.close()


def preview(store, path: Path):  # type: ignore[no-untyped-def]
    with store.session() as session:
        return read_people_sheet(path, session, today=dt.date(2026, 6, 1))


# ---------------------------------------------------------------------------------------- roles

ROLE_WORDS = ("干部", "社区干部", "两委委员", "支部书记", "主任", "党员", "中共党员", "预备党员", "志愿者", "居民代表",
              "楼栋长", "网格员", "群众", "社区党委副书记", "退休党员", "党员志愿者", "cadre", "party member",
              "volunteer", "head of block", "Secretary", "probationary", "小组长", "调解员")
SEPARATORS = ("、", ",", "，", ";", "；", "/", " ")


@fuzz(150)
@given(words=st.lists(st.one_of(st.sampled_from(ROLE_WORDS),
                                st.text(alphabet="楼网格员长调解副组社区abcxyz", min_size=1, max_size=5)),
                      min_size=1, max_size=5),
       separator=st.sampled_from(SEPARATORS))
def test_every_role_word_is_a_role_or_kept_in_the_notes(tmp_path_factory, store, words, separator):
    text = separator.join(words)
    path = tmp_path_factory.mktemp("roles") / "list.csv"
    path.write_text(f'姓名,身份\n张三,"{text}"\n', encoding="utf-8")
    (row,) = preview(store, path).rows
    assert row.status == "ok" and row.data is not None and row.data.roles <= set(Role)
    kept = [w for w in row.warnings if w.code == "kept_in_notes"]
    for word in re.split(r"[、,，;；/\s]+", text):
        if not word or word.isascii():
            continue  # English words are matched as phrases; covered below
        lowered = word.lower()
        explained = (row.data.roles or row.probationary or lowered in ("群众",)
                     or any(word in w.detail for w in kept) or any(w.detail == word for w in row.warnings))
        assert explained, (word, row)
    if kept:
        assert row.data.notes is not None and kept[0].detail in row.data.notes


# ------------------------------------------------------------------------------------- encodings

SIMPLIFIED = "张王李赵陈刘杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
TRADITIONAL = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴方宋范鄧杜傅侯曹薛丁卓阮馬董温唐藍蔣石古紀姚連馮歐程湯黃田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒張闕凌崔尹孔辛歐陽偉華玲美惠淑芬雅婷怡君宏志明豪"



def encodable(characters: str, encoding: str) -> str:
    def fits(character: str) -> bool:
        try:
            character.encode(encoding)
        except UnicodeEncodeError:
            return False
        return True

    return "".join(sorted(set(filter(fits, characters))))


NAMES = {encoding: encodable(SIMPLIFIED + TRADITIONAL, encoding) if encoding == "utf-8" else encodable(pool, encoding)
         for encoding, pool in (("gbk", SIMPLIFIED), ("gb18030", SIMPLIFIED), ("utf-8", ""), ("utf-16", SIMPLIFIED),
                                ("big5", TRADITIONAL))}


@fuzz(120)
@given(data=st.data(), encoding=st.sampled_from(sorted(NAMES)), delimiter=st.sampled_from((",", "\t", ";")))
def test_csv_text_is_read_exactly_or_refused_never_garbled(tmp_path_factory, store, data, encoding, delimiter):
    names = data.draw(st.lists(st.text(alphabet=NAMES[encoding], min_size=2, max_size=3), min_size=1, max_size=12,
                               unique=True))
    header = "姓名" + delimiter + ("性別" if encoding == "big5" else "性别")
    text = "\r\n".join([header, *(f"{name}{delimiter}{'男' if n % 2 else '女'}" for n, name in enumerate(names))])
    path = tmp_path_factory.mktemp("enc") / "list.csv"
    path.write_bytes(text.encode(encoding))
    try:
        read = preview(store, path)
    except MalformedSheetError as exc:
        assert exc.reason == "encoding", exc  # a short text may be ambiguous: then it is refused, not guessed
        return
    assert [row.values["name"] for row in read.rows] == names


# ---------------------------------------------------------------------------------------- quotes

@fuzz(120)
@given(rows=st.lists(st.tuples(st.text(alphabet="张王李赵", min_size=1, max_size=3),
                               st.text(alphabet='独居3栋"腿脚不便\n, ', max_size=8)), min_size=1, max_size=8))
def test_rows_merged_by_a_quote_are_never_imported_as_ok(tmp_path_factory, store, rows):
    path = tmp_path_factory.mktemp("quotes") / "list.csv"
    path.write_text("姓名,备注\n" + "".join(f"{name},{note}\n" for name, note in rows), encoding="utf-8")
    try:
        read = preview(store, path)
    except MalformedSheetError as exc:
        assert exc.reason in REFUSALS
        return
    for row in read.ok_rows:
        notes = row.values.get("notes", "")
        assert not any("," in line for line in notes.split("\n")[1:]), row  # another row inside a cell


# ------------------------------------------------------------------------------------ date numbers

@fuzz(100)
@given(year=st.integers(1900, 2025), hundredths=st.integers(1, 99))
def test_a_number_in_a_date_column_is_read_only_when_it_can_mean_one_month(tmp_path_factory, store, year, hundredths):
    number = year + hundredths / 100
    path = tmp_path_factory.mktemp("dates") / "list.xlsx"
    book = Workbook()
    book.active.append(["姓名", "出生年月"])
    book.active.append(["张三", number])
    book.save(path)
    (row,) = preview(store, path).rows
    months = {m for m in (hundredths, hundredths // 10 if hundredths % 10 == 0 else 0) if 1 <= m <= 12}
    if len(months) == 1:
        assert row.data is not None and row.data.birth_date == dt.date(year, months.pop(), 1)
    else:
        assert row.data is None and row.problems[0].code == ("ambiguous_month" if months else "bad_date")


# ------------------------------------------------------------------------------------ sheet limits

@fuzz(40)
@given(rows=st.integers(0, 60), far=st.sampled_from(("B", "Z", "GR", "GS", "AAA", "XFD")),
       limit_rows=st.integers(5, 40), limit_cells=st.integers(20, 200))
def test_sheets_stop_at_their_limits(tmp_path_factory, store, monkeypatch_module, rows, far, limit_rows, limit_cells):
    monkeypatch_module.setattr(sheet_files, "MAX_ROWS", limit_rows)
    monkeypatch_module.setattr(sheet_files, "MAX_CELLS", limit_cells)
    path = tmp_path_factory.mktemp("limits") / "list.xlsx"
    book = Workbook()
    book.active.append(["姓名"])
    for n in range(rows):
        book.active.append([f"人{n}"])
        book.active[f"{far}{n + 2}"] = n
    book.save(path)
    try:
        read = preview(store, path)
    except MalformedSheetError as exc:
        assert exc.reason in ("too_many_rows", "too_large", "empty")
        assert exc.reason != "too_many_rows" or rows + 1 > limit_rows
        return
    assert len(read.rows) == rows <= limit_rows
    assert all(len(cells) <= sheet_files.MAX_COLUMNS for _, cells in sheet_files.read_rows(path).rows)


@pytest.fixture(scope="module")
def monkeypatch_module():  # type: ignore[no-untyped-def]
    patch = pytest.MonkeyPatch()
    yield patch
    patch.undo()


def test_cell_problem_is_a_field_problem():
    """The preview, the command line and the fronts' texts handle both the same way."""
    assert CellProblem("roles", "kept_in_notes", "楼栋长").field == "roles"
