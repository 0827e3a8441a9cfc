"""The year-end archive: every file listed, every file opens, re-runs replace, failures change nothing."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from partyplan.db.models import MeetingStatus
from partyplan.errors import ExportTargetError
from partyplan.meetings import service as meetings
from partyplan.reports import archive, sheets
from partyplan.rosters import service as rosters
from tests.reports.test_yearly import fill

TODAY = dt.date(2026, 12, 20)


def index_rows(folder: Path, name: str = "00 目录.xlsx") -> list[tuple]:
    ws = load_workbook(folder / name).active
    rows = []
    for row in ws.iter_rows(min_row=3, values_only=True):
        if not isinstance(row[0], int):
            break
        rows.append(row)
    return rows


def files_on_disk(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in files_on_disk(folder)}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the archive goes into (tmp_path itself holds the test's SQLite store)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_archive_of_the_demo_year_lists_every_file_and_every_file_opens(demo_database, out):
    database = demo_database
    with database.session() as s:
        published = [m for m in range(1, 13) if rosters.published_view(s, 2026, m) is not None]
        held = [m for m in meetings.list_meetings(s, 2026, status=MeetingStatus.HELD) if m.day.year == 2026]
    result = archive.write_archive(database, 2026, out, language="zh_CN", today=TODAY)
    folder = out / "2026年度档案"
    assert result.target == folder and folder.is_dir()

    rows = index_rows(folder)
    listed = [row[2] for row in rows]
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    assert set(listed) == files_on_disk(folder) - {"00 目录.xlsx"}, "the index lists every file, and only those"
    assert len(result.files) == len(rows) + 1
    rosters_filed = [p for p in listed if p.startswith("02 值班表/")]
    assert rosters_filed == [f"02 值班表/2026年{m:02d}月值班表.xlsx" for m in published] and published
    assert len([p for p in listed if p.startswith("04 会议/会议记录/")]) == len(held) > 10
    assert {"04 会议/会议台账.xlsx", "05 志愿服务/志愿服务台账.xlsx", "06 培训与表彰/培训与表彰台账.xlsx",
            "08 2026年工作总结.docx"} <= set(listed)
    assert any(p.startswith("01 年度工作计划/") and p.endswith(".docx") for p in listed)
    assert any(p.startswith("03 值班记录/") for p in listed)

    for name in listed:
        path = folder / name
        if name.endswith(".xlsx"):
            book = load_workbook(path)
            assert book.active.max_row > 1, name
        else:
            doc = Document(str(path))
            assert doc.paragraphs[0].text.strip(), name
    assert Document(str(folder / "08 2026年工作总结.docx")).paragraphs[0].text.endswith("2026年工作总结")
    training = load_workbook(folder / "06 培训与表彰/培训与表彰台账.xlsx")
    assert len(training.sheetnames) == 4, "sessions, participants, totals and commendations"

    ws = load_workbook(folder / "00 目录.xlsx").active
    assert ws["A1"].value.endswith("2026年度档案目录")
    assert ws["C3"].hyperlink is not None and ws["C3"].hyperlink.target == listed[0]
    assert ws["D3"].font.name == ws["C3"].font.name == sheets.FONT_NAME and ws["C3"].font.charset == sheets.GB2312
    footer = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert any(f"共{len(rows) + 1}个文件" in text for text in footer)
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "no temporary folder left behind"


def test_english_archive_and_notes_on_missing_months(database, out):
    fill(database)  # one published month (September) and one duty record
    result = archive.write_archive(database, 2026, out, language="en", today=TODAY)
    folder = out / "Archive 2026"
    assert result.target == folder
    listed = [row[2] for row in index_rows(folder, "00 Index.xlsx")]
    assert "02 Duty rosters/2026-09 duty roster.xlsx" in listed
    assert "03 Duty record book/2026-09 duty record book.xlsx" in listed
    assert listed[-1] == "08 Work summary 2026.docx"
    assert result.notes[0] == "Months without a published roster: 01, 02, 03, 04, 05, 06, 07, 08, 10, 11, 12"
    ws = load_workbook(folder / "00 Index.xlsx").active
    assert [c.value for c in ws[2]] == ["No.", "Part", "File", "Contents"]
    assert result.notes[0] in [c.value for c in ws["A"]]


def test_rerun_replaces_the_folder_whole(database, out):
    fill(database)
    archive.write_archive(database, 2026, out, today=TODAY)
    folder = out / "2026年度档案"
    (folder / "stray.txt").write_text("left from an old run", encoding="utf-8")
    (folder / "02 值班表" / "2026年13月值班表.xlsx").write_text("not a roster", encoding="utf-8")
    archive.write_archive(database, 2026, out, today=TODAY)
    assert not (folder / "stray.txt").exists()
    assert files_on_disk(folder) == {r[2] for r in index_rows(folder)} | {"00 目录.xlsx"}
    assert [p.name for p in out.iterdir()] == ["2026年度档案"]


def test_cancel_part_way_leaves_the_earlier_archive_as_it_was(database, out):
    fill(database)
    archive.write_archive(database, 2026, out, today=TODAY)
    folder = out / "2026年度档案"
    before = snapshot(folder)
    fractions: list[float] = []
    with pytest.raises(archive.ArchiveCancelled):
        archive.write_archive(database, 2026, out, today=TODAY, report=fractions.append,
                              stopped=lambda: len(fractions) >= 3)
    assert len(fractions) == 3 and fractions == sorted(fractions) and fractions[-1] < 1
    assert snapshot(folder) == before
    assert [p.name for p in out.iterdir()] == ["2026年度档案"]


def test_a_file_that_fails_to_write_changes_nothing(database, out, monkeypatch):
    fill(database)
    archive.write_archive(database, 2026, out, today=TODAY)
    folder = out / "2026年度档案"
    before = snapshot(folder)

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("partyplan.training.export.write_xlsx", broken)
    with pytest.raises(ExportTargetError) as caught:  # a full disk is a message naming the archive
        archive.write_archive(database, 2026, out, today=TODAY)
    assert (caught.value.path, caught.value.reason) == (folder, "disk_full")
    assert snapshot(folder) == before
    assert [p.name for p in out.iterdir()] == ["2026年度档案"]


def test_zip_holds_the_same_files_and_each_opens(database, out):
    fill(database)
    result = archive.write_archive(database, 2026, out, as_zip=True, today=TODAY)
    assert result.target == out / "2026年度档案.zip"
    with zipfile.ZipFile(result.target) as z:
        names = z.namelist()
        assert sorted(names) == sorted(f"2026年度档案/{f.path}" for f in result.files)
        assert all(info.flag_bits & 0x800 for info in z.infolist() if not info.filename.isascii()), "UTF-8 names"
        for name in names:
            data = io.BytesIO(z.read(name))
            if name.endswith(".xlsx"):
                assert load_workbook(data).active.max_row > 1
            else:
                assert Document(data).paragraphs
    assert [p.name for p in out.iterdir()] == ["2026年度档案.zip"]


def test_unusable_targets_are_refused_with_the_reason(database, out):
    with pytest.raises(ExportTargetError) as missing:
        archive.write_archive(database, 2026, out / "nowhere")
    assert missing.value.reason == "no_folder"
    (out / "2026年度档案").write_text("a file where the folder goes", encoding="utf-8")
    with pytest.raises(ExportTargetError) as clash:
        archive.write_archive(database, 2026, out)
    assert clash.value.reason == "not_a_folder"
    assert (out / "2026年度档案").read_text(encoding="utf-8") == "a file where the folder goes"


def test_file_names_are_safe_on_windows_and_unique():
    taken: set[str] = set()
    first = archive._unique("04 会议/会议记录/" + archive._safe('2026-03-01 关于"加装电梯"的听证会: 第1场?.docx'), taken)
    second = archive._unique("04 会议/会议记录/" + archive._safe('2026-03-01 关于"加装电梯"的听证会: 第1场?.docx'), taken)
    assert first == "04 会议/会议记录/2026-03-01 关于_加装电梯_的听证会_ 第1场_.docx"
    assert second == "04 会议/会议记录/2026-03-01 关于_加装电梯_的听证会_ 第1场_ (2).docx"
