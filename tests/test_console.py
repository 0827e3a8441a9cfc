"""The command line as Windows starts it: no console at all (a windowed program), a console whose code
page is not UTF-8, or a store file handed over as the first argument by Explorer's "Open with"."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from partyplan import cli, console


@pytest.fixture
def no_console(monkeypatch):  # type: ignore[no-untyped-def]
    """As in PyInstaller's windowed build: the three standard streams are None."""
    for name in ("stdin", "stdout", "stderr"):
        monkeypatch.setattr(sys, name, None)


def test_a_command_runs_without_any_console(no_console, tmp_path):
    sheet = tmp_path / "people.xlsx"
    book = Workbook()
    book.active.append(["姓名", "手机"])
    book.active.append(["王芳", "13800000001"])
    book.save(sheet)
    # Asks "import 1 people?": with no console it cannot ask, so it says so (in the void) and stops.
    code = cli.main(["people", "import", str(sheet), "--db", str(tmp_path / "x.sqlite3"), "--lang", "en"])
    assert code == 1 and sys.stdout is not None and sys.stdin is not None and not console.is_interactive()


def test_output_is_utf8_whatever_the_console_code_page(tmp_path):
    """A redirected stream in the locale's code page (GBK on a Chinese PC) cannot hold 𬌗; forced to
    GBK here, the command still prints it, in UTF-8."""
    env = dict(os.environ, PYTHONIOENCODING="gbk", QT_QPA_PLATFORM="offscreen", PARTYPLAN_HOME=str(tmp_path))
    code = ("import sys; from partyplan import console; console.prepare_streams(); "
            "print('王𬌗', sys.stdout.encoding)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").split() == ["王𬌗", "utf-8"]


def test_unconfigurable_streams_are_left_alone():
    stream = io.StringIO()
    sys_stdout = sys.stdout
    try:
        sys.stdout = stream  # type: ignore[assignment]
        console.prepare_streams()
        assert sys.stdout is stream
    finally:
        sys.stdout = sys_stdout


@pytest.mark.parametrize(("argv", "expected"), [
    ([r"D:\党建\office.sqlite3"], ["--db", r"D:\党建\office.sqlite3"]),
    (["office.SQLITE"], ["--db", "office.SQLITE"]),
    (["x.db", "--lang", "en"], ["--db", "x.db", "--lang", "en"]),
    (["demo", "--db", "x.sqlite3"], ["demo", "--db", "x.sqlite3"]),
    (["--db", "x.sqlite3"], ["--db", "x.sqlite3"]),
    (["notes.txt"], ["notes.txt"]),
    ([], []),
])
def test_a_store_as_first_argument_opens_it(argv, expected):
    assert cli.store_as_first_argument(argv, cli.build_parser()) == expected


def test_an_existing_file_of_any_name_is_taken_as_the_store(tmp_path, monkeypatch):
    store = tmp_path / "办公室数据"
    store.write_bytes(b"")
    assert cli.store_as_first_argument([str(store)], cli.build_parser()) == ["--db", str(store)]
    monkeypatch.chdir(tmp_path)
    assert cli.store_as_first_argument(["demo"], cli.build_parser()) == ["demo"]  # a command wins


def test_opening_with_a_store_path_starts_the_window_on_it(monkeypatch, tmp_path):
    seen = {}
    import partyplan.ui.app as app

    monkeypatch.setattr(app, "run_gui", lambda args: seen.setdefault("db", args.db) and 0)
    path = str(tmp_path / "office.sqlite3")
    assert cli.main([path]) == 0 and seen["db"] == path


def test_scripts_read_our_output_as_utf8():
    """smoke_frozen reads the frozen program's output; it must not use the locale's code page."""
    text = (Path(__file__).resolve().parents[1] / "scripts" / "smoke_frozen.py").read_text(encoding="utf-8")
    assert 'encoding="utf-8"' in text
