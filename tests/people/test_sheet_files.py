"""Opening people lists that are not what they seem: hidden sheets, unsaved formulas, encodings other
than UTF-8 and GBK, open quote marks, and small files that unpack to huge sheets. Each is read right
or refused with its reason, and reading never writes."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from partyplan import texts
from partyplan.errors import MalformedSheetError
from partyplan.people import sheet_files
from partyplan.people.sheet_import import CellProblem, read_people_sheet
from partyplan.people.validation import FieldProblem
from partyplan.texts import people_import as import_texts


def preview_of(database, path: Path):  # type: ignore[no-untyped-def]
    with database.session() as session:
        return read_people_sheet(path, session)


def refusal(database, path: Path) -> MalformedSheetError:  # type: ignore[no-untyped-def]
    with pytest.raises(MalformedSheetError) as caught:
        preview_of(database, path)
    assert caught.value.path == path
    return caught.value


def names(preview) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.values["name"] for row in preview.rows]


def rewrite(path: Path, part: str, change) -> Path:  # type: ignore[no-untyped-def]
    """Change one part of a saved workbook, as another program would have written it."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts[part] = change(parts[part].decode()).encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


# ------------------------------------------------------------------------------------- worksheets


def test_a_hidden_first_sheet_is_not_read(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    old = book.active
    old.title = "旧名单"
    old.append(["姓名"])
    old.append(["去年的人"])
    current = book.create_sheet("名单")
    current.append(["姓名"])
    current.append(["今年的人"])
    old.sheet_state = "hidden"
    book.active = 1
    book.save(tmp_path / "list.xlsx")

    preview = preview_of(database, tmp_path / "list.xlsx")
    assert (names(preview), preview.sheet) == (["今年的人"], "")  # the only visible sheet: nothing to say


def test_the_sheet_shown_when_saved_is_read_and_named(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    for title in ("说明", "党员", "群众"):
        sheet = book.create_sheet(title)
        sheet.append(["姓名"])
        sheet.append([f"{title}甲"])
    del book["Sheet"]
    book.active = 1
    book.save(tmp_path / "list.xlsx")

    preview = preview_of(database, tmp_path / "list.xlsx")
    assert (names(preview), preview.sheet) == (["党员甲"], "党员")
    assert import_texts.sheet_notice(preview) == "Read the worksheet “党员” (the one shown when the file was saved)."


def test_a_workbook_with_every_sheet_hidden_is_refused(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    book.active.append(["姓名"])
    book.active.append(["张三"])
    book.save(tmp_path / "list.xlsx")
    rewrite(tmp_path / "list.xlsx", "xl/workbook.xml", lambda xml: xml.replace('state="visible"', 'state="hidden"'))
    assert refusal(database, tmp_path / "list.xlsx").reason == "no_visible_sheet"


def test_formulas_without_a_saved_result_are_reported(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    """A program that writes formulas (openpyxl, a web system's export) saves no result for them."""
    book = Workbook()
    book.active.append(["姓名", "手机", "备注"])
    book.active.append(["张三", "=A1", "未计算"])
    book.active.append(["李四", "13900000002", "=1+1"])
    book.active.append(["王五", "13900000003", "=CONCAT(A4,B4)"])
    book.active.append(["=VLOOKUP(1,A1:A2,1)", "=B2"])  # nothing but formulas: not skipped as empty
    book.save(tmp_path / "list.xlsx")
    # Excel saves the formula with its result: that one reads as the result
    rewrite(tmp_path / "list.xlsx", "xl/worksheets/sheet1.xml", lambda xml: re.sub(
        r'<c r="C4"[^>]*><f>CONCAT\(A4,B4\)</f><v\s*/?>(</v>)?',
        '<c r="C4" t="str"><f>CONCAT(A4,B4)</f><v>王五13900000003</v>', xml))

    rows = preview_of(database, tmp_path / "list.xlsx").rows
    assert [(r.line, r.status, r.problems) for r in rows] == [
        (2, "invalid", [CellProblem("phone", "formula_no_value")]),
        (3, "invalid", [CellProblem("notes", "formula_no_value")]),
        (4, "ok", []),
        (5, "invalid", [CellProblem("name", "formula_no_value"), CellProblem("phone", "formula_no_value"),
                        FieldProblem("name", "required")]),
    ]
    assert rows[2].data is not None and rows[2].data.notes == "王五13900000003"
    assert "formula whose result was never saved" in import_texts.row_reasons(rows[0])


# -------------------------------------------------------------------------------------- encodings

PEOPLE_CSV = "姓名,性别,手机\n陈大文,男,13900000001\n林小美,女,13900000002\n"


@pytest.mark.parametrize(
    ("encoding", "named"),
    [("utf-8", ""), ("utf-8-sig", ""), ("gbk", "GBK"), ("gb18030", "GBK"), ("big5", "Big5"), ("utf-16", "UTF-16"),
     ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16")],
)  # fmt: skip
def test_csv_encodings_are_read_as_what_they_are(encoding: str, named: str, tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    text = PEOPLE_CSV if encoding != "big5" else PEOPLE_CSV.replace("性别", "性別").replace("陈", "陳")
    (tmp_path / "list.csv").write_bytes(text.encode(encoding))
    preview = preview_of(database, tmp_path / "list.csv")
    assert names(preview) == [text[text.index("\n") + 1 :][:3], "林小美"] and preview.encoding == named
    assert [r.status for r in preview.rows] == ["ok", "ok"]


def test_the_separator_is_the_one_that_gives_a_header(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    """More semicolons inside a quoted cell than commas in the header: still a comma file."""
    (tmp_path / "list.csv").write_text('姓名,身份\n张三,"干部;党员;志愿者;居民代表"\n', encoding="utf-8")
    (row,) = preview_of(database, tmp_path / "list.csv").rows
    assert row.values == {"name": "张三", "roles": "干部;党员;志愿者;居民代表"}


def test_excels_unicode_text_is_read(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    """Excel's "Unicode text": UTF-16 with a BOM, tab-separated, CRLF."""
    (tmp_path / "list.csv").write_bytes("姓名\t手机\r\n陈大文\t13900000001\r\n".encode("utf-16"))
    assert names(preview_of(database, tmp_path / "list.csv")) == ["陈大文"]


@pytest.mark.parametrize("encoding", ["shift_jis", "cp932"])
def test_japanese_text_is_refused_by_name(encoding: str, tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "list.csv").write_bytes("氏名,ふりがな,電話\n山田太郎,やまだたろう,0312345678\n".encode(encoding))
    error = refusal(database, tmp_path / "list.csv")
    assert (error.reason, error.detail) == ("encoding", "Shift-JIS")
    assert "Shift-JIS text" in texts.error_message(error) and "CSV UTF-8" in texts.error_message(error)


def test_bytes_of_no_known_encoding_are_refused(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "list.csv").write_bytes("姓名\n".encode() + bytes(range(0x80, 0x100)) * 3)
    assert refusal(database, tmp_path / "list.csv").reason == "encoding"


def test_broken_utf16_is_refused_as_utf16_not_as_damaged(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "list.csv").write_bytes("姓名\n张三\n".encode("utf-16") + b"\x00\xd8")  # half a surrogate pair
    error = refusal(database, tmp_path / "list.csv")
    assert (error.reason, error.detail) == ("encoding", "UTF-16")


# ---------------------------------------------------------------------------------------- quotes


def test_a_quote_left_open_is_reported_on_the_row_it_merged(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    text = ('姓名,手机,备注\n张三,13900000001,"常住\n3栋"\n李四,13900000002,"腿脚不便\n'
            '王五,13900000003,独居\n赵六,13900000004,"低保"\n钱七,13900000005,\n')
    (tmp_path / "list.csv").write_text(text, encoding="utf-8")
    rows = preview_of(database, tmp_path / "list.csv").rows
    assert [(r.line, r.values["name"], r.status) for r in rows] == [
        (2, "张三", "ok"),  # a note on two lines, quoted right: one cell
        (4, "李四", "invalid"),  # its quote runs on to line 6, taking in 王五 and 赵六
        (7, "钱七", "ok"),
    ]
    assert rows[0].data is not None and rows[0].data.notes == "常住\n3栋"
    assert rows[1].problems == [CellProblem("row", "merged_rows", "4-6")]
    assert import_texts.row_reasons(rows[1]).startswith('A quotation mark (") is not closed, so lines 4-6 were read')


def test_a_quote_open_to_the_end_of_a_long_file_is_refused(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    rows = "".join(f"人{n},1390000{n:04d}\n" for n in range(20_000))
    (tmp_path / "list.csv").write_text('姓名,手机\n张三,"13900000000\n' + rows, encoding="utf-8")
    error = refusal(database, tmp_path / "list.csv")
    assert (error.reason, error.detail) == ("open_quote", "2")
    assert "opened on line 2 is never closed" in texts.error_message(error)


# ---------------------------------------------------------------------------------------- limits


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sheet_files, "MAX_FILE_BYTES", 1000)
    (tmp_path / "list.csv").write_text("姓名\n" + "张三\n" * 200, encoding="utf-8")
    assert refusal(database, tmp_path / "list.csv").reason == "too_large"


def test_more_rows_than_a_people_list_has_are_refused(tmp_path: Path, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sheet_files, "MAX_ROWS", 50)
    (tmp_path / "list.csv").write_text("姓名\n" + "".join(f"人{n}\n" for n in range(60)), encoding="utf-8")
    error = refusal(database, tmp_path / "list.csv")
    assert (error.reason, error.detail) == ("too_many_rows", "50")
    assert "more than 50 rows" in texts.error_message(error)


def hostile_workbook(path: Path, rows: int, far: str = "XFD") -> Path:
    """Rows of one name each and one cell in the sheet's last column: openpyxl made every row 16,384
    cells wide, 2.6 GB for a 200 KB file of 20,000 rows."""
    book = Workbook()
    book.active.append(["姓名"])
    book.save(path)
    cells = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>人{n}</t></is></c><c r="{far}{n}"><v>1</v></c></row>'
                    for n in range(2, rows + 2))
    return rewrite(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace("</row>", "</row>" + cells, 1))


def test_cells_far_to_the_right_do_not_widen_every_row(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    sheet = sheet_files.read_rows(hostile_workbook(tmp_path / "wide.xlsx", 300))
    assert len(sheet.rows) == 301
    assert max(len(cells) for _, cells in sheet.rows) == 1  # read up to MAX_COLUMNS, empty ones dropped
    assert len(preview_of(database, tmp_path / "wide.xlsx").rows) == 300


def test_a_sheet_with_more_cells_than_the_limit_is_refused_before_it_is_parsed(tmp_path: Path, database,
                                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sheet_files, "MAX_CELLS", 500)
    error = refusal(database, hostile_workbook(tmp_path / "wide.xlsx", 300))
    assert error.reason == "too_large" and "cells" in error.detail


def test_a_sheet_that_unpacks_too_large_is_refused(tmp_path: Path, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sheet_files, "MAX_XML_BYTES", 10_000)
    assert refusal(database, hostile_workbook(tmp_path / "wide.xlsx", 300)).reason == "too_large"


def test_a_row_far_below_the_list_is_read_without_the_empty_rows_between(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    book.active.append(["姓名"])
    book.active.append(["张三"])
    book.active.cell(row=1_048_576, column=1, value="末行的人")
    book.save(tmp_path / "tall.xlsx")
    assert [(r.line, r.values["name"]) for r in preview_of(database, tmp_path / "tall.xlsx").rows] == [
        (2, "张三"), (1_048_576, "末行的人")]


def test_a_cell_longer_than_excel_allows_is_a_problem_of_its_row(tmp_path: Path, database) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "list.csv").write_text("姓名,备注\n张三," + "长" * 40_000 + "\n李四,短\n", encoding="utf-8")
    rows = preview_of(database, tmp_path / "list.csv").rows
    assert [(r.status, r.problems) for r in rows] == [("invalid", [FieldProblem("notes", "too_long")]), ("ok", [])]
