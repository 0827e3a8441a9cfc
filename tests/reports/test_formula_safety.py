"""Text that a spreadsheet would run as a formula ("=1+1", "=HYPERLINK(...)") is written as text in
every Excel export, reads back unchanged, and is pointed out in the people import preview."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import select

from partyplan import office
from partyplan.db.models import (
    DevelopmentStep,
    DutyLogEntry,
    HouseholdVisit,
    Meeting,
    MeetingStatus,
    Person,
    PlanItem,
    Post,
    Resolution,
    TrainingSession,
)
from partyplan.people import sheet_export, sheet_import
from partyplan.reports import archive, sheets

TODAY = dt.date(2026, 11, 22)
HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://example.com/x","点我")',
    "+SUM(1,2)",
    "-2+3",
    "@SUM(1,2)",
    "=cmd|' /C calc'!A0",
]


def _xlsx_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.xlsx") if not p.name.startswith("."))


def _cells(path: Path):  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            yield from row


@pytest.fixture
def hostile_office(demo_database, tmp_path):  # type: ignore[no-untyped-def]
    """The demo office, with formula-like text imported as people and typed into every area."""
    database = demo_database
    source = tmp_path / "名单.csv"
    with source.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "性别", "手机", "单位", "备注"])
        for n, text in enumerate(HOSTILE):
            writer.writerow([text, "女", f"1390000{n:04d}", text, text])
    with database.session() as s:
        preview = sheet_import.read_people_sheet(source, s)
        assert len(preview.ok_rows) == len(HOSTILE)
        sheet_import.apply_import(s, preview)
    with database.session() as s:
        office.set_office_name(s, "=1+1社区")
        # people who stand on rosters, posts, training and development files take the hostile names
        busy = s.scalars(select(Person).where(Person.name.not_in(HOSTILE)).order_by(Person.id)).all()[:len(HOSTILE)]
        for person, text in zip(busy, HOSTILE):
            person.name = text
        for model, column in ((PlanItem, "title"), (Post, "name"), (Post, "skills"), (TrainingSession, "title"),
                              (DutyLogEntry, "matter"), (HouseholdVisit, "situation"), (Resolution, "text"),
                              (DevelopmentStep, "note")):
            for row, text in zip(s.scalars(select(model).order_by(model.id)).all()[:3], HOSTILE[1:]):
                setattr(row, column, text)
        held = s.scalars(select(Meeting).where(Meeting.status == MeetingStatus.HELD).order_by(Meeting.id)).first()
        held.title = HOSTILE[1]
    return preview


def test_the_people_import_preview_points_out_formula_like_text(hostile_office) -> None:  # type: ignore[no-untyped-def]
    from partyplan import texts

    warnings = [texts.formula_warning(row.values) for row in hostile_office.rows]
    assert all("spreadsheet formula" in w and "Name" in w and "Notes" in w for w in warnings)
    assert texts.formula_warning({"phone": "+86 139 0000 0000", "notes": "-"}) == ""


def test_no_export_writes_a_formula_and_every_value_reads_back(database, hostile_office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    for language in ("zh_CN", "en"):
        archive.write_archive(database, 2026, out, language=language, today=TODAY)
    with database.session() as s:
        people_file = out / "people.xlsx"
        sheet_export.export_people(s, people_file)
        from partyplan.meetings import export_sheets

        meeting = s.scalars(select(Meeting).order_by(Meeting.id)).first()
        export_sheets.write_sign_in_xlsx(s, meeting.id, out / "sign-in.xlsx")
    files = _xlsx_files(out)
    assert len(files) > 20, "plans, rosters, record books, registers, the index, people, sign-in"
    seen: set[str] = set()
    for path in files:
        for cell in _cells(path):
            assert cell.data_type != "f", f"{path.name} {cell.coordinate} is a formula: {cell.value!r}"
            if isinstance(cell.value, str):
                seen.add(cell.value)
    text = "\n".join(seen)
    for value in HOSTILE:
        assert value in seen or value in text, value
    assert any(v.startswith("=1+1社区") for v in seen), "the office name starts every title"
    # the people export reads back as the same people, names and notes exactly as typed
    with database.session() as s:
        again = sheet_import.read_people_sheet(people_file, s)
    back = {row.values["name"]: row.values.get("notes", "") for row in again.rows}
    assert all(back.get(value) == value for value in HOSTILE)


@pytest.mark.parametrize("value", [*HOSTILE, "\t=1+1", "\r=1+1", "-", "+86 139 0000 0000"])
def test_the_sheet_layer_keeps_formula_like_text_as_text(tmp_path, value) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    book.active.append([value, "plain", 12])
    path = sheets.save_workbook(book, tmp_path / "x.xlsx")
    cell, plain, number = next(openpyxl.load_workbook(path).active.iter_rows())
    assert (cell.value, cell.data_type, cell.quotePrefix) == (value, "s", True)
    assert (plain.quotePrefix, number.value, number.data_type) == (False, 12, "n")


def test_text_longer_than_a_cell_is_refused_not_cut(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from partyplan import texts

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "people.xlsx"
    target.write_bytes(b"the earlier file")
    book = Workbook()
    book.active.title = "人员名单"
    book.active.append(["张三", "备注" * 20_000])
    with pytest.raises(sheets.CellTooLongError) as caught:
        sheets.save_workbook(book, target)
    assert (caught.value.cell, caught.value.sheet, caught.value.length) == ("B1", "人员名单", 40_000)
    assert target.read_bytes() == b"the earlier file"
    assert [p.name for p in folder.iterdir()] == ["people.xlsx"], "no temporary file left"
    message = texts.error_message(caught.value)
    assert "B1" in message and "40,000" in message and "32,767" in message and "备注备注" in message
    book.active["B1"] = "备注" * 16_383  # 32,766 characters: fits
    assert openpyxl.load_workbook(sheets.save_workbook(book, target)).active["B1"].value == "备注" * 16_383


def test_a_long_note_stops_the_people_export_with_its_cell_named(database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from partyplan.people import service as people
    from partyplan.people.validation import PersonData

    with database.session() as s:
        people.add_person(s, PersonData(name="李四", notes="很长的备注。" * 6_000))
    with database.session() as s, pytest.raises(sheets.CellTooLongError) as caught:
        sheet_export.export_people(s, tmp_path / "people.xlsx")
    assert caught.value.cell == "M2" and not (tmp_path / "people.xlsx").exists()


def test_every_workbook_the_app_writes_is_saved_through_the_sheet_layer() -> None:
    """keep_as_text runs in save_workbook: a writer that saved its workbook itself would skip it."""
    source = Path(sheets.__file__).parents[1]
    writers = [p for p in source.rglob("*.py") if "Workbook()" in p.read_text(encoding="utf-8")]
    assert len(writers) >= 9
    for path in writers:
        text = path.read_text(encoding="utf-8")
        assert "save_workbook(" in text and ".save(" not in text.replace("docx.save(", ""), path
