"""The command line: exit codes, stderr, files written, the screenshot. The window's commands run as a
separate process, as does one test of each subcommand (the real entry point); the rest run the same
main() in this process (the `cli` fixture)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtGui import QImage

from partyplan import __version__


def run(*args: str, env_extra: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "partyplan", *args], capture_output=True, text=True,
                          env=env, timeout=120, input=stdin, encoding="utf-8")


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"PartyPlan {__version__}"


def test_demo_then_screenshot_of_every_tab(cli, db_location, tmp_path):
    result = run("demo", "--db", db_location, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "86 people" in result.stdout
    again = cli("demo", "--db", db_location, "--lang", "en")
    assert again.returncode == 1 and "already holds people" in again.stderr
    for tab in ("people", "plans"):
        out = tmp_path / f"{tab}.png"
        shot = run("--db", db_location, "--screenshot", str(out), "--tab", tab, "--size", "1024x640", "--lang", "en")
        assert shot.returncode == 0, shot.stderr
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1024, 640)


def test_screenshot_on_a_fresh_default_database(tmp_path):
    out = tmp_path / "empty.png"
    result = run("--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert not QImage(str(out)).isNull()
    assert (Path(os.environ["PARTYPLAN_HOME"]) / "partyplan.sqlite3").exists()


def test_not_a_database_exits_non_zero_and_leaves_the_file(cli, tmp_path):
    bad = tmp_path / "minutes.sqlite3"
    bad.write_text("会议纪要", encoding="utf-8")
    result = run("--db", str(bad), "--screenshot", str(tmp_path / "x.png"), "--lang", "en")
    assert result.returncode == 1
    assert str(bad) in result.stderr and "not a PartyPlan database" in result.stderr
    assert bad.read_text(encoding="utf-8") == "会议纪要"
    export = cli("people", "export", str(tmp_path / "p.xlsx"), "--db", str(bad), "--lang", "en")
    assert export.returncode == 1 and not (tmp_path / "p.xlsx").exists()


def test_people_import_asks_then_imports_valid_rows(cli, db_location, tmp_path):
    sheet = tmp_path / "members.xlsx"
    book = Workbook()
    book.active.append(["Name", "Gender", "Birth date", "Phone", "Role"])
    book.active.append(["Li Ming", "M", "1980-01-01", "13800000001", "party member"])
    book.active.append(["", "F", "1980-01-01", "13800000002", "volunteer"])
    book.active.append(["Wang Fang", "F", "not a date", "13800000003", "volunteer"])
    book.save(sheet)
    dry = cli("people", "import", str(sheet), "--db", db_location, "--lang", "en")
    assert dry.returncode == 1 and "--yes" in dry.stderr  # no terminal to ask: refuses, writes nothing
    assert "Row 4: not imported" in dry.stdout and "Rows: 3 · to import: 1" in dry.stdout
    done = cli("people", "import", str(sheet), "--db", db_location, "--yes", "--lang", "en")
    assert done.returncode == 0 and "People imported: 1." in done.stdout
    out = tmp_path / "back.xlsx"
    exported = cli("people", "export", str(out), "--db", db_location, "--lang", "en")
    assert exported.returncode == 0
    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["Li Ming"]


def test_malformed_import_is_an_error_with_the_file_name(cli, db_location, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    result = cli("people", "import", str(notes), "--db", db_location, "--yes", "--lang", "en")
    assert result.returncode == 1 and "notes.txt" in result.stderr and ".xlsx" in result.stderr


def test_chinese_messages_on_the_command_line(tmp_path):
    bad = tmp_path / "x.sqlite3"
    bad.write_text("x", encoding="utf-8")
    result = run("--db", str(bad), "--screenshot", str(tmp_path / "x.png"), "--lang", "zh_CN")
    assert result.returncode == 1 and "不是 PartyPlan 数据库" in result.stderr


def test_a_bad_window_size_exits_non_zero(tmp_path):
    result = run("--screenshot", str(tmp_path / "x.png"), "--size", "big")
    assert result.returncode == 2 and "1280x800" in result.stderr


@pytest.mark.parametrize("args", [["--tab", "nowhere"], ["plan", "import"], ["roster", "generate", "--month", "13"]])
def test_bad_arguments_exit_non_zero(cli, tmp_path, args):
    assert cli("--screenshot", str(tmp_path / "x.png"), *args).returncode == 2


def test_archive_writes_the_year_and_refuses_a_missing_folder(cli, db_location, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = run("archive", "--db", db_location, "--year", "2026", "--out", str(out), "--zip", "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert f"2026年度档案已写入 {out / '2026年度档案.zip'}" in result.stdout
    assert "未发布值班表的月份：1月" in result.stderr
    missing = cli("archive", "--db", db_location, "--year", "2026", "--out", str(tmp_path / "nowhere"), "--lang", "en")
    assert missing.returncode == 1 and "the folder does not exist" in missing.stderr
    assert [p.name for p in out.iterdir()] == ["2026年度档案.zip"]


BUILD_THE_PARSER = """
import sys
from partyplan import cli
cli.build_parser()
print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "sqlalchemy", "partyplan"))))
"""


def test_building_the_parser_loads_neither_qt_nor_a_service():
    """Every start builds the whole parser (`--version`, the window): the commands' modules import their
    services and Qt when they run, never at the top."""
    done = subprocess.run([sys.executable, "-c", BUILD_THE_PARSER], capture_output=True, text=True, timeout=120,
                          encoding="utf-8")
    assert done.returncode == 0, done.stderr
    from partyplan import cli

    commands = sorted(module.__name__ for module in cli.COMMANDS.values())
    expected = sorted(["partyplan", "partyplan.cli", "partyplan.cli.arguments", "partyplan.cli.running",
                       "partyplan.gc_tuning", *commands])
    assert done.stdout.strip() == str(expected)


def test_every_command_module_is_in_the_one_table():
    """partyplan/cli/ holds one module per command and what they share; each is registered in COMMANDS
    under the word that it declares."""
    from partyplan import cli

    shared = {"__init__", "__main__", "arguments", "running"}
    modules = {path.stem for path in Path(cli.__file__).parent.glob("*.py")} - shared
    assert {module.__name__.rpartition(".")[2] for module in cli.COMMANDS.values()} == modules
    for word, module in cli.COMMANDS.items():
        sub = argparse.ArgumentParser().add_subparsers()
        module.add_parser(sub, argparse.ArgumentParser(add_help=False))
        assert list(sub.choices) == [word], module.__name__
