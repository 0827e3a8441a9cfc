"""Exporting people: a print-ready sheet that imports back, written without ever losing the old file."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from partyplan.db.database import open_database
from partyplan.db.models import Education, Gender, PartyCategory, Role
from partyplan.errors import ExportTargetError
from partyplan.files import atomic_write
from partyplan.people import service
from partyplan.people.sheet_export import export_people
from partyplan.people.sheet_import import apply_import, read_people_sheet
from partyplan.people.validation import PersonData

PEOPLE = [
    PersonData(
        name="欧阳娜娜娜", gender=Gender.FEMALE, birth_date=dt.date(1960, 2, 29), phone="13812345678",
        id_number="11010519491231002X", address="柳北桥社区3栋2单元101", household="3-2-101", unit="街道办",
        roles={Role.CADRE, Role.PARTY_MEMBER, Role.VOLUNTEER}, party_category=PartyCategory.REGISTERED,
        joined_date=dt.date(1985, 7, 1), notes="负责宣传", education=Education.BACHELOR,
    ),
    PersonData(name="Li Lei", gender=Gender.MALE, phone="010-6512 3456", roles={Role.RESIDENT_REP, Role.VOLUNTEER}),
    PersonData(name="王五", id_number="20190001", roles={Role.PARTY_MEMBER}, party_category=PartyCategory.FLOATING),
]  # fmt: skip


@pytest.fixture
def filled(database):  # type: ignore[no-untyped-def]
    """Three people, plus 赵六 who is archived."""
    with database.session() as session:
        for person in PEOPLE:
            service.add_person(session, person)
        service.set_archived(session, service.add_person(session, PersonData(name="赵六")), True)
    return database


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An export folder of its own, so that a test can see every file left in it."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


def export(database, path: Path, **options) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return export_people(session, path, **options)


def sheet_values(path: Path) -> list[list[object]]:
    return [list(row) for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]


def test_chinese_headers_and_values(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "人员.xlsx"
    assert export(filled, path) == 3

    rows = sheet_values(path)
    assert rows[0] == ["姓名", "性别", "出生日期", "手机", "身份证号", "地址", "户号", "单位", "身份", "党员类别",
                       "入党日期", "学历", "备注", "状态"]  # fmt: skip
    assert [r[0] for r in rows[1:]] == ["Li Lei", "欧阳娜娜娜", "王五"]
    assert rows[2] == ["欧阳娜娜娜", "女", dt.datetime(1960, 2, 29), "13812345678", "11010519491231002X",
                       "柳北桥社区3栋2单元101", "3-2-101", "街道办", "干部、党员、志愿者", "在册",
                       dt.datetime(1985, 7, 1), "本科", "负责宣传", "正常"]  # fmt: skip
    assert rows[1][1:5] == ["男", None, "01065123456", None]


def test_english_headers_values_and_archived(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "people.xlsx"
    assert export(filled, path, language="en", include_archived=True) == 4

    rows = sheet_values(path)
    assert rows[0] == ["Name", "Gender", "Birth date", "Phone", "ID card no.", "Address", "Household", "Unit",
                       "Roles", "Party category", "Joined date", "Education", "Notes", "Status"]  # fmt: skip
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["欧阳娜娜娜"][1] == "Female"
    assert by_name["欧阳娜娜娜"][8:10] == ["Cadre, Party member, Volunteer", "Registered"]
    assert by_name["Li Lei"][8] == "Volunteer, Resident representative"  # the order of the Role enum
    assert (by_name["欧阳娜娜娜"][11], by_name["王五"][11]) == ("Bachelor's degree", None)
    assert (by_name["赵六"][13], by_name["王五"][13]) == ("Archived", "Active")
    sheet = openpyxl.load_workbook(path).active
    for cell in sheet[1]:  # every header word fits its column: headers wrap between words, never inside one
        longest = max(len(word) for word in str(cell.value).split())
        assert sheet.column_dimensions[cell.column_letter].width >= longest + 1, cell.value
    roles_row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 9).value == "Cadre, Party member, Volunteer")
    assert sheet.row_dimensions[roles_row].height == 19, "rows are sized for their text: one line here"


def test_files_with_the_earlier_id_headers_still_import(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for header in ("编号", "ID number", "身份证号", "ID card no."):
        book = openpyxl.Workbook()
        book.active.append(["姓名", header])
        book.active.append(["张三", "11010519491231002X"])
        book.save(tmp_path / "old.xlsx")
        with filled.session() as session:
            preview = read_people_sheet(tmp_path / "old.xlsx", session)
        assert preview.rows[0].values["id_number"] == "11010519491231002X", header


def test_cells_are_typed_and_the_sheet_is_print_ready(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "人员.xlsx"
    export(filled, path)
    sheet = openpyxl.load_workbook(path).active

    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert len(cells) == 4 * 14 and {c.font.name for c in cells} == {"SimSun"}
    assert [c.font.b for c in sheet[1]] == [True] * 14 and not any(c.font.b for c in sheet[2])
    assert isinstance(sheet["C3"].value, dt.datetime) and sheet["C3"].number_format == "yyyy-mm-dd"
    assert (sheet["D3"].data_type, sheet["D3"].number_format) == ("s", "@")
    assert (sheet["E3"].data_type, sheet["E3"].number_format) == ("s", "@")
    assert sheet.column_dimensions["A"].width == 12  # 欧阳娜娜娜: five wide characters count ten, plus two
    assert sheet.column_dimensions["D"].width == 13  # eleven digits, plus two
    assert (sheet.freeze_panes, sheet.auto_filter.ref) == ("A2", "A1:N4")
    setup = sheet.page_setup
    assert (setup.paperSize, setup.orientation) == (9, "landscape")  # 9: A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$1:$1"
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_round_trip_gives_the_same_people(filled, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{language}.xlsx"
    export(filled, path, language=language)
    fresh = open_database(tmp_path / "fresh.sqlite3", backup_dir=tmp_path / "fresh-backups")
    try:
        with fresh.session() as session:
            preview = read_people_sheet(path, session)
            assert [r.status for r in preview.rows] == ["ok"] * 3
            assert apply_import(session, preview) == 3
        with fresh.session() as session, filled.session() as original:
            copied = [p.data() for p in service.list_people(session)]
            assert copied == [p.data() for p in service.list_people(original, include_archived=False)]
    finally:
        fresh.close()


def test_failed_write_leaves_the_old_file_and_no_temporary(filled, folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = folder / "人员.xlsx"
    path.write_bytes(b"the old export")

    def half_write(self, filename) -> None:  # type: ignore[no-untyped-def]
        Path(filename).write_bytes(b"PK\x03\x04 half")
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", half_write)
    with pytest.raises(OSError, match="disk full"):
        export(filled, path)
    assert path.read_bytes() == b"the old export"
    assert [p.name for p in folder.iterdir()] == ["人员.xlsx"]


def test_file_open_in_excel_is_locked(folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On Windows, replacing a file that Excel holds open fails with PermissionError."""
    path = folder / "人员.xlsx"
    path.write_bytes(b"old")

    def refuse(src, dst) -> None:  # type: ignore[no-untyped-def]
        raise PermissionError(13, "being used by another process")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportTargetError) as caught, atomic_write(path, ".xlsx") as temp:
        temp.write_bytes(b"new")
    assert (caught.value.path, caught.value.reason) == (path, "locked")
    assert [p.name for p in folder.iterdir()] == ["人员.xlsx"] and path.read_bytes() == b"old"


def test_atomic_write_replaces_the_target(folder: Path) -> None:
    path = folder / "out.xlsx"
    path.write_bytes(b"old")
    with atomic_write(path, ".xlsx") as temp:
        assert temp.parent == folder and temp.suffix == ".xlsx" and temp != path
        temp.write_bytes(b"new")
    assert path.read_bytes() == b"new" and list(folder.iterdir()) == [path]


def test_missing_folder_and_directory_target(tmp_path: Path) -> None:
    with pytest.raises(ExportTargetError) as caught, atomic_write(tmp_path / "nope" / "a.xlsx", ".xlsx"):
        pass
    assert caught.value.reason == "no_folder"
    written = []
    with pytest.raises(ExportTargetError) as caught, atomic_write(tmp_path, ".xlsx") as temp:
        written.append(temp)  # refused before the (maybe long) export is written, not at the end
    assert (caught.value.reason, written) == ("is_directory", [])


def test_no_permission_to_create_the_file_is_read_only(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(**kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportTargetError) as caught, atomic_write(tmp_path / "a.xlsx", ".xlsx"):
        pass
    assert caught.value.reason == "read_only"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportTargetError) as caught:
            export(filled, folder / "人员.xlsx")
        assert caught.value.reason == "read_only"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
