"""File > Archive year as a user does it: pick the folder, see the list, write, cancel, replace."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from partyplan.reports import archive
from tests.reports.test_yearly import fill


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def open_dialog(window, prompt_log, out: Path):  # type: ignore[no-untyped-def]
    window.findChild(QAction, "action_archive").trigger()
    dialog = window.archive_dialog
    dialog.year.setValue(2026)
    dialog.refresh()
    prompt_log.files = [str(out)]
    dialog.choose.click()
    return dialog


def click(dialog, button: QDialogButtonBox.StandardButton) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(button).click()


def test_write_from_the_file_menu_lists_then_files_the_year(window, database, prompt_log, out, qtbot):
    fill(database)
    dialog = open_dialog(window, prompt_log, out)
    listed = dialog.contents.toPlainText()
    assert "02 Duty rosters/2026-09 duty roster.xlsx" in listed and "08 Work summary 2026.docx" in listed
    assert "Months without a published roster: 01, 02" in listed
    assert str(out / "Archive 2026") in dialog.target.text()

    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(dialog.job is not None))
    timer.start()
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.job is not None and not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    timer.stop()
    assert sum(ticks) >= 5, "the event loop kept turning while the archive was written"
    assert prompt_log.errors == []
    folder = out / "Archive 2026"
    assert dialog.last_message.startswith("Archive of 2026 written to") and str(folder) in dialog.last_message
    ws = load_workbook(folder / "00 Index.xlsx").active
    assert ws["C3"].value == dialog.files[0].path
    assert dialog.open_button.isEnabled()


def test_cancel_stops_the_run_and_keeps_the_earlier_archive(window, database, prompt_log, out, qtbot, monkeypatch):
    fill(database)
    archive.write_archive(database, 2026, out, language="en")
    before = {p: p.read_bytes() for p in (out / "Archive 2026").rglob("*") if p.is_file()}
    release = threading.Event()
    real = archive.write_index

    def slow_index(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(archive, "write_index", slow_index)
    dialog = open_dialog(window, prompt_log, out)
    assert "will be replaced" in dialog.target.text()
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Cancel"
    click(dialog, QDialogButtonBox.StandardButton.Close)  # while running, Close is Cancel
    release.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    assert dialog.last_message.startswith("Cancelled; nothing was written")
    assert {p: p.read_bytes() for p in (out / "Archive 2026").rglob("*") if p.is_file()} == before
    assert [p.name for p in out.iterdir()] == ["Archive 2026"]


def test_refusing_to_replace_writes_nothing(window, database, prompt_log, out):
    (out / "Archive 2026").mkdir()
    (out / "Archive 2026" / "keep.txt").write_text("mine", encoding="utf-8")
    dialog = open_dialog(window, prompt_log, out)
    prompt_log.confirm_answer = False
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.job is None
    assert [p.name for p in (out / "Archive 2026").iterdir()] == ["keep.txt"]


def test_a_missing_folder_is_refused_at_the_field(window, prompt_log, out, tmp_path, database):
    dialog = open_dialog(window, prompt_log, out)
    dialog.folder.setText(str(tmp_path / "not there"))
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.job is None and prompt_log.errors == ["Choose an existing folder for the archive."]


def test_chinese_dialog_and_zip(make_window, database, prompt_log, out, qtbot):
    fill(database)
    window = make_window(database, "zh_CN")
    dialog = open_dialog(window, prompt_log, out)
    assert dialog.windowTitle() == "年度归档"
    assert "02 值班表/2026年09月值班表.xlsx" in dialog.contents.toPlainText()
    dialog.as_zip.setChecked(True)
    assert str(out / "2026年度档案.zip") in dialog.target.text()
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    assert (out / "2026年度档案.zip").is_file() and prompt_log.errors == []
