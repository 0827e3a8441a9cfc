"""Hostile input for every importer: only the documented typed errors, never a partial write.

Property-based (hypothesis), with bounded example counts so each test takes a few seconds:

- the plan text importer (`parse_plan`, `read_plan_file`): any text, plan-shaped text, any bytes in a
  .txt, wrong encodings, damaged and truncated .docx files, huge files -> a plan or UnreadablePlanError;
- the people sheet importer: random cells under real headers in .xlsx, random .csv in three encodings,
  damaged workbooks -> a preview or MalformedSheetError; reading writes nothing, applying writes all
  the rows it promised or none;
- the data-file importer: random JSON, random bytes, and a real document with random changes -> data,
  or DataFileError; whatever validates imports without a database error, whatever does not leaves the
  store empty.

The counts of examples run are printed (pytest -s) and add up to the figure in the closing note.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import shutil
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from fuzzing import fuzz
from openpyxl import Workbook
from sqlalchemy import func, select

from partyplan.db.database import open_database
from partyplan.db.models import Person
from partyplan.errors import MalformedSheetError, PartyPlanError
from partyplan.exchange import data_file
from partyplan.people import sheet_import
from partyplan.plans.text_import import UnreadablePlanError, parse_plan, read_plan_file

RUNS: Counter[str] = Counter()
pytestmark = pytest.mark.skipif(bool(os.environ.get("PARTYPLAN_TEST_DB")),
                                reason="files and SQLite only: runs once, in the SQLite pass")




@pytest.fixture(scope="module", autouse=True)
def _report_counts():  # type: ignore[no-untyped-def]
    yield
    print(f"\nfuzz cases run: {sum(RUNS.values())} " + ", ".join(f"{k}={v}" for k, v in sorted(RUNS.items())))


# ------------------------------------------------------------------------------------- plan text

HEADINGS = ("一、", "二、", "十二、", "（一）", "（三）", "1.", "2、", "3．", "（1）", "(2)", "①", "②", "First,", "Second,",
            "V.", "IV.", "第一季度：", "Second quarter:", "一是", "二是", "附件：", "首页 > 通知公告 > ", "推荐阅读",
            "2026年3月12日", "柳北桥社区党委", "")
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
LINE = st.builds(lambda head, body, tail: head + body + tail, st.sampled_from(HEADINGS), WORDS,
                 st.sampled_from(("", "。", "；", ".", "：", " 2.5万元", "\t", "  ")))
PLAN_TEXT = st.builds(lambda lines, newline: newline.join(lines), st.lists(LINE, max_size=40),
                      st.sampled_from(("\n", "\r\n", "\r", "\n\n", "\u2028")))


def plan_or_typed_error(text: str) -> None:
    try:
        plan = parse_plan(text)
    except UnreadablePlanError as exc:
        assert exc.reason == "empty"
        return
    assert isinstance(plan.title, str)


@fuzz(400)
@given(st.text())
def test_parse_plan_any_text(text):
    RUNS["parse_plan/any text"] += 1
    plan_or_typed_error(text)


@fuzz(400)
@given(PLAN_TEXT)
def test_parse_plan_plan_shaped_text(text):
    RUNS["parse_plan/plan-shaped"] += 1
    plan_or_typed_error(text)


@fuzz(300)
@given(data=st.one_of(st.binary(max_size=4000),
                      st.builds(lambda t, enc: t.encode(enc, errors="replace"), PLAN_TEXT,
                                st.sampled_from(("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le",
                                                 "utf-16-be", "utf-32", "big5", "latin-1", "shift_jis")))))
def test_read_plan_file_any_bytes_and_encodings(tmp_path, data):
    RUNS["read_plan_file/.txt bytes"] += 1
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    try:
        text = read_plan_file(path)
    except UnreadablePlanError as exc:
        assert exc.reason in ("binary", "empty") and exc.path == path
        return
    plan_or_typed_error(text)


@pytest.fixture(scope="module")
def docx_bytes(tmp_path_factory) -> bytes:  # type: ignore[no-untyped-def]
    document = docx.Document()
    document.add_paragraph("柳北桥社区党委2026年工作计划")
    for n in range(1, 6):
        document.add_paragraph(f"{'一二三四五'[n - 1]}、重点工作{n}")
        document.add_paragraph(f"1. 开展活动{n}。2. 完成任务{n}。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "事项"
    table.cell(1, 1).text = "季度"
    path = tmp_path_factory.mktemp("docx") / "plan.docx"
    document.save(str(path))
    return path.read_bytes()


def mangled_zip(original: bytes, how: str, where: int, junk: bytes, member: str = "word/document.xml") -> bytes:
    """A .docx/.xlsx (a zip) cut short, with bytes flipped, replaced, a member dropped or its XML broken."""
    if how == "truncate":
        return original[: where % len(original)]
    if how == "flip":
        data = bytearray(original)
        for n, byte in enumerate(junk[:64]):
            data[(where + n * 97) % len(data)] ^= byte or 1
        return bytes(data)
    if how == "random":
        return junk
    out = io.BytesIO()  # a real zip whose members are replaced or dropped
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(out, "w") as target:
        for n, item in enumerate(source.infolist()):
            if how == "drop" and n == where % len(source.infolist()):
                continue
            content = source.read(item.filename)
            if how == "xml" and item.filename == member:
                content = content[: where % len(content)] + junk
            target.writestr(item.filename, content)
    return out.getvalue()


@fuzz(150)
@given(how=st.sampled_from(("truncate", "flip", "random", "drop", "xml")), where=st.integers(0, 10**6),
       junk=st.binary(max_size=300))
def test_read_plan_file_damaged_docx(tmp_path, docx_bytes, how, where, junk):
    RUNS["read_plan_file/.docx damaged"] += 1
    path = tmp_path / "plan.docx"
    path.write_bytes(mangled_zip(docx_bytes, how, where, junk))
    try:
        text = read_plan_file(path)
    except UnreadablePlanError as exc:
        assert exc.reason in ("damaged_docx", "empty", "binary") and exc.path == path
        return
    plan_or_typed_error(text)


def test_huge_plan_files_are_refused_quickly(tmp_path):
    txt = tmp_path / "huge.txt"
    txt.write_bytes(("一、工作要点\n" * 400_000).encode("utf-8"))  # ~7 MB
    with pytest.raises(UnreadablePlanError) as caught:
        read_plan_file(txt)
    assert caught.value.reason == "too_large"
    big = tmp_path / "huge.docx"
    with big.open("wb") as fh:
        fh.truncate(40 * 1024 * 1024)
    with pytest.raises(UnreadablePlanError) as caught:
        read_plan_file(big)
    assert caught.value.reason == "too_large"
    RUNS["huge files"] += 2


# ---------------------------------------------------------------------------------- people sheets

SHEET_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), max_size=30)  # what Excel can hold
CELL = st.one_of(
    st.none(), SHEET_TEXT, st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=False),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)), st.booleans(),
    st.sampled_from(("男", "女", "党员", "志愿者、干部", "在册", "1985-03-12", "1985.10", "13907710002", "=1+1",
                     "110101199003071234", "  ", "#N/A")),
)
HEADER_NAMES = sorted({*sheet_import.HEADERS["zh_CN"].values(), *sheet_import.HEADERS["en"].values(), "序号", "备用"})


def people_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def preview_and_apply(db, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Reading writes nothing; applying adds exactly the rows it promised, or nobody."""
    before = people_count(db)
    try:
        with db.session() as session:
            preview = sheet_import.read_people_sheet(path, session)
    except MalformedSheetError as exc:
        assert exc.path == path
        assert people_count(db) == before
        return
    assert people_count(db) == before
    promised = len(preview.ok_rows)
    try:
        with db.session() as session:
            added = sheet_import.apply_import(session, preview)
    except PartyPlanError:
        assert people_count(db) == before
        return
    assert added == promised and people_count(db) == before + promised


@pytest.fixture(scope="module")
def sheet_store(tmp_path_factory):  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("sheets")
    db = open_database(home / "sheets.sqlite3", backup_dir=home / "b")
    yield db
    db.close()


@fuzz(40)
@given(headers=st.lists(st.sampled_from(HEADER_NAMES), min_size=1, max_size=8),
       rows=st.lists(st.lists(CELL, max_size=9), max_size=12), title_rows=st.integers(0, 2))
def test_people_xlsx_random_cells(tmp_path, sheet_store, headers, rows, title_rows):
    RUNS["people sheet/.xlsx cells"] += 1
    book = Workbook()
    sheet = book.active
    for _ in range(title_rows):
        sheet.append(["柳北桥社区人员名单"])
    sheet.append(headers)
    for row in rows:
        sheet.append([None if isinstance(c, float) and c != c else c for c in row])
    path = tmp_path / "people.xlsx"
    book.save(path)
    preview_and_apply(sheet_store, path)


@fuzz(200)
@given(rows=st.lists(st.lists(st.one_of(st.text(max_size=20), st.sampled_from(HEADER_NAMES)), max_size=8), max_size=15),
       delimiter=st.sampled_from((",", ";", "\t", "|")),
       encoding=st.sampled_from(("utf-8", "utf-8-sig", "gb18030", "utf-16", "latin-1", "big5")))
def test_people_csv_random_text_and_encodings(tmp_path, sheet_store, rows, delimiter, encoding):
    RUNS["people sheet/.csv text"] += 1
    text = "\n".join(delimiter.join(cell.replace("\n", " ") for cell in row) for row in rows)
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    preview_and_apply(sheet_store, path)


@fuzz(150)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from((".csv", ".xlsx", ".xlsm", ".xls", ".txt")))
def test_people_sheet_random_bytes(tmp_path, sheet_store, data, suffix):
    RUNS["people sheet/random bytes"] += 1
    path = tmp_path / f"people{suffix}"
    path.write_bytes(data)
    preview_and_apply(sheet_store, path)


@fuzz(80)
@given(how=st.sampled_from(("truncate", "flip", "drop", "xml")), where=st.integers(0, 10**6),
       junk=st.binary(max_size=200))
def test_people_xlsx_damaged(tmp_path, sheet_store, how, where, junk):
    RUNS["people sheet/.xlsx damaged"] += 1
    book = Workbook()
    book.active.append(["姓名", "性别", "出生日期"])
    book.active.append(["张伟", "男", dt.date(1985, 3, 12)])
    good = io.BytesIO()
    book.save(good)
    path = tmp_path / "people.xlsx"
    path.write_bytes(mangled_zip(good.getvalue(), how, where, junk, member="xl/worksheets/sheet1.xml"))
    preview_and_apply(sheet_store, path)


# ------------------------------------------------------------------------------------- data files

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)


@pytest.fixture(scope="module")
def small_document(demo_store_file) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The demo data cut down to a few rows per table, references kept whole (generic over the models)."""
    db = open_database(demo_store_file, read_only=True)
    with data_file.snapshot(db) as conn:
        document = data_file.export_document(conn)
    db.close()
    kept: dict[str, set[tuple[Any, ...]]] = {}
    for table in data_file.tables():
        rows, keep = document["tables"][table.name], []
        for row in rows:
            refs_ok = all(
                any(row[c.name] is None for c in fk.columns)
                or tuple(row[c.name] for c in fk.columns) in kept.get(fk.referred_table.name, set())
                or (fk.referred_table is table and any(tuple(row[c.name] for c in fk.columns) == tuple(
                    r[e.column.name] for e in fk.elements) for r in keep))
                for fk in table.foreign_key_constraints)
            if refs_ok and len(keep) < 6:
                keep.append(row)
        document["tables"][table.name] = keep
        document["counts"][table.name] = len(keep)
        kept[table.name] = {tuple(r[c.name] for c in table.primary_key.columns) for r in keep}
    data_file.validate_document(document)  # the starting point is valid
    return document


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("template")
    path = home / "empty.sqlite3"
    open_database(path, backup_dir=home / "b").close()
    return path


def import_into_fresh_store(template: Path, folder: Path, document: Any) -> None:
    """Validated data must import without a database error; refused data must leave the store empty."""
    store = folder / "store.sqlite3"
    shutil.copy(template, store)
    db = open_database(store, backup_dir=folder / "b")
    try:
        try:
            data = data_file.validate_document(document, "fuzz.json")
        except data_file.DataFileError as exc:
            assert exc.reason in ("invalid", "not_partyplan", "newer_format", "newer_schema")
            path = folder / "fuzz.json"
            path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
            with pytest.raises(data_file.DataFileError):
                data_file.import_data_file(db, path)
            with db.engine.connect() as conn:
                data_file.ensure_empty(conn, str(store))
            return
        data_file.import_data(db, data, "fuzz.json")  # a DataFileError("write_failed") here is a bug
    finally:
        db.close()
        store.unlink()


@fuzz(250)
@given(value=JSON)
def test_data_file_random_json(value):
    RUNS["data file/random JSON"] += 1
    with pytest.raises(data_file.DataFileError):
        data_file.validate_document(value)
    envelope = {"format": "partyplan-data", "format_version": 1, "schema_revision": "0001_people"}
    for tables, valid in (({"tables": value}, value == {}), ({"tables": {"people": value}}, value == [])):
        try:
            data_file.validate_document(envelope | tables)
        except data_file.DataFileError as exc:
            assert not valid and exc.reason == "invalid" and exc.problems
        else:
            assert valid


@fuzz(200)
@given(data=st.binary(max_size=2000))
def test_data_file_random_bytes(tmp_path, data):
    RUNS["data file/random bytes"] += 1
    path = tmp_path / "data.json"
    path.write_bytes(data)
    with pytest.raises(data_file.DataFileError):
        data_file.validate_document(data_file.read_data_file(path), str(path))


MUTATION = st.tuples(
    st.sampled_from(("set", "delete_field", "add_field", "drop_row", "duplicate_row", "swap_rows", "drop_table")),
    st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 10**6),
    st.one_of(JSON, st.sampled_from(("2026-02-30", "1985-03-12", "25:61", "08:30", "male", "", "x" * 300,
                                     "2026-11-22T08:30:00", 2**31, -1, 0, 1.5, True, None, "\ud800"))),
)


def mutate(document: dict[str, Any], mutation: tuple[str, int, int, int, Any]) -> None:
    how, a, b, c, value = mutation
    tables = [name for name, rows in document["tables"].items() if rows]
    name = tables[a % len(tables)]
    rows = document["tables"][name]
    row = rows[b % len(rows)]
    fields = list(row)
    if how == "set" and fields:
        row[fields[c % len(fields)]] = value
    elif how == "delete_field" and fields:
        del row[fields[c % len(fields)]]
    elif how == "add_field":
        row[str(value)[:10] if not isinstance(value, str) else value[:10]] = value
    elif how == "drop_row":
        rows.remove(row)
    elif how == "duplicate_row":
        rows.append(copy.deepcopy(row))
    elif how == "swap_rows":
        other = c % len(rows)
        rows[b % len(rows)], rows[other] = rows[other], rows[b % len(rows)]
    elif how == "drop_table":
        del document["tables"][name]


@fuzz(100)
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4), keep_counts=st.booleans())
def test_data_file_mutated_document(tmp_path, small_document, empty_template, mutations, keep_counts):
    RUNS["data file/mutated document"] += 1
    document = copy.deepcopy(small_document)
    for mutation in mutations:
        mutate(document, mutation)
    if not keep_counts:
        document.pop("counts")
    import_into_fresh_store(empty_template, tmp_path, document)


@fuzz(15)
@given(value=JSON)
def test_data_file_valid_document_imports_whole(tmp_path, small_document, empty_template, value):
    """The unchanged document (with a harmless extra header field) always imports, every row of it."""
    RUNS["data file/valid document"] += 1
    document = copy.deepcopy(small_document)
    document["note"] = value
    import_into_fresh_store(empty_template, tmp_path, document)
