"""The Windows build's pieces that can be checked in seconds: the spec, the log file, the crash dialog,
the remembered window geometry. Building and running the frozen app is CI's job (scripts/build.py,
scripts/smoke_frozen.py), too slow for the test suite."""

from __future__ import annotations

import ast
import logging
import os
import subprocess
import struct
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from partyplan import logs

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
MIGRATIONS = ROOT / "src" / "partyplan" / "db" / "migrations"


# -- the spec ----------------------------------------------------------------------------------
def spec_literal(name: str):  # type: ignore[no-untyped-def]
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not assigned in build.spec")


def test_spec_parses_and_excludes_the_qt_modules_we_do_not_use():
    unused = spec_literal("QT_UNUSED")
    for module in ("QtQml", "QtQuick", "QtQuickWidgets", "QtWebEngineCore", "QtWebEngineWidgets", "QtDesigner",
                   "QtUiTools", "QtTest", "QtNetwork"):
        assert module in unused
    for used in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport"):
        assert used not in unused


class _Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT: keeps what the spec passed."""

    calls: dict[str, list[tuple[tuple, dict]]] = {}

    def __init__(self, kind: str):
        self.kind = kind

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls.setdefault(self.kind, []).append((args, kwargs))
        result = type("Built", (), {})()
        result.datas = [(dest_dir + "/" + Path(src).name, src, "DATA") for src, dest_dir in kwargs.get("datas", [])]
        result.datas += [("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA")]
        result.binaries = [("PySide6/opengl32sw.dll", "x", "BINARY"), ("PySide6/Qt/lib/libQt6Core.so.6", "x", "BINARY")]
        result.pure, result.scripts = [], []
        return result


@pytest.fixture(scope="module")
def spec(tmp_path_factory):  # type: ignore[no-untyped-def]
    """build.spec executed top to bottom as PyInstaller would, with recording stand-ins."""
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the `build` extra (scripts/build.py installs it)")
    _Recorder.calls = {}
    namespace = {name: _Recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    namespace.update(SPECPATH=str(ROOT), SPEC=str(SPEC), workpath=str(tmp_path_factory.mktemp("work")),
                     DISTPATH=str(tmp_path_factory.mktemp("dist")), __file__=str(SPEC))
    saved_path = list(sys.path)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.path[:] = saved_path
    namespace["_calls"] = _Recorder.calls
    return namespace


def test_spec_collects_translations_templates_icons_and_migrations(spec):
    (_args, analysis), = spec["_calls"]["Analysis"]
    datas = {(Path(src).name, dest) for src, dest in analysis["datas"]}
    for name in ("partyplan_zh_CN.qm", "qtbase_zh_CN.qm"):
        assert (name, "resources/translations") in datas
    assert ("official.docx", "resources/templates") in datas
    assert {("partyplan.ico", "resources/icons"), ("partyplan.png", "resources/icons")} <= datas
    assert {("guide.zh_CN.md", "resources/help"), ("guide.en.md", "resources/help")} <= datas  # F1's guide
    assert {("env.py", "partyplan/db/migrations"), ("script.py.mako", "partyplan/db/migrations")} <= datas
    for script in (MIGRATIONS / "versions").glob("*.py"):
        assert (script.name, "partyplan/db/migrations/versions") in datas
    assert ("default-footer.xml", "docx/templates") in datas  # python-docx's own parts
    assert analysis["module_collection_mode"]["docx"] == "pyz+py"
    hidden = set(analysis["hiddenimports"])
    assert {"chinese_calendar", "chinese_calendar.constants", "partyplan.db.models", "alembic", "sqlalchemy",
            "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql.psycopg"} <= hidden
    assert any("ortools" in src for src, _dest in analysis["binaries"])  # the solver's native libraries
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.QtDesigner"} <= set(analysis["excludes"])


def test_spec_builds_one_folder_with_icon_and_drops_unused_qt_files(spec):
    (_args, exe), = spec["_calls"]["EXE"]
    (_cargs, coll), = spec["_calls"]["COLLECT"]
    assert exe["name"] == coll["name"] == "PartyPlan" and exe["exclude_binaries"] is True
    assert exe["upx"] is False
    assert spec["ICON"] is None or spec["ICON"].endswith("partyplan.ico")
    kept = spec["kept"]
    assert not kept(("PySide6/Qt/translations/qtbase_de.qm", "", "DATA"))
    assert not kept(("PySide6\\translations\\qtbase_de.qm", "", "DATA"))
    assert not kept(("PySide6/opengl32sw.dll", "", "BINARY"))
    assert kept(("resources/translations/qtbase_zh_CN.qm", "", "DATA"))
    assert kept(("PySide6/Qt/plugins/platforms/libqoffscreen.so", "", "BINARY"))
    assert spec["a"].datas and all(kept(entry) for entry in spec["a"].datas + spec["a"].binaries)


def test_windows_version_resource_comes_from_the_package_version(spec):
    from partyplan import __version__

    text = spec["version_file_text"](__version__)
    tree = ast.parse(text)  # PyInstaller evaluates this text as a Python expression
    assert isinstance(tree.body[0], ast.Expr)
    numbers = spec["version_numbers"](__version__)
    assert len(numbers) == 4 and f"filevers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "StringStruct('OriginalFilename', 'PartyPlan.exe')" in text
    assert spec["version_numbers"]("1.2") == (1, 2, 0, 0)


def test_icon_files_are_there_and_the_ico_holds_every_windows_size():
    ico = (ROOT / "resources" / "icons" / "partyplan.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {struct.unpack("<B", ico[6 + 16 * n:7 + 16 * n])[0] or 256 for n in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes
    assert (ROOT / "resources" / "icons" / "partyplan.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- the log file ------------------------------------------------------------------------------
@pytest.fixture
def logging_to_file(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(logs, "_enable_faulthandler", lambda: None)  # pytest keeps its own
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield logs.setup_logging
    logs.shutdown_logging()
    logs.set_crash_hook(None)


def read_log() -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    path = logs.log_file()
    assert path is not None
    return path.read_text(encoding="utf-8")


def test_logging_goes_to_a_rotating_file_in_the_data_folder(logging_to_file, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stderr", None)  # as in a windowed build
    path = logging_to_file()
    assert path.parent == tmp_path / "home" / "logs" and path.name == logs.process_log_name()
    assert path.name.startswith("partyplan-") and path.name.endswith(f"-{os.getpid()}.log")
    assert isinstance(logging.getLogger().handlers[-1], logging.handlers.RotatingFileHandler)
    logging.getLogger("partyplan.test").info("roster generated for %s", "2026-12")
    logging.getLogger("alembic.runtime.migration").info("Running upgrade  -> 0001")
    text = read_log()
    assert "INFO partyplan.test" in text and "roster generated for 2026-12" in text and "Running upgrade" in text
    again = logging_to_file()  # a second call replaces its handlers instead of doubling every line
    assert again == path
    logging.getLogger("partyplan.test").warning("once")
    assert read_log().count("once") == 1


def test_unhandled_exception_without_a_console_is_logged(logging_to_file, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)
    logging_to_file()
    logs.install_excepthook()
    try:
        raise ValueError("no stderr here")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    text = read_log()
    assert "CRITICAL partyplan [" in text and "Unhandled exception" in text and "ValueError: no stderr here" in text


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_qt_slot_reaches_the_log_and_the_crash_dialog(logging_to_file, qtbot, qapp, monkeypatch):
    from partyplan.ui import crash_dialog

    shown: list[tuple[str, str, Path | None]] = []
    monkeypatch.setattr(crash_dialog, "ask", lambda summary, details, path: shown.append((summary, details, path))
                        or crash_dialog.CONTINUE)
    logging_to_file()
    crash_dialog.install()

    def slot() -> None:
        raise RuntimeError("slot went wrong")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    summary, details, path = shown[0]
    assert summary == "RuntimeError: slot went wrong"
    assert "in slot" in details and path == logs.log_file() and path is not None
    assert "RuntimeError: slot went wrong" in read_log()
    assert str(path) in crash_dialog.message(summary, path)


def test_crash_dialog_opens_the_log_folder_then_quits_when_asked(logging_to_file, qapp, monkeypatch, tmp_path):
    from partyplan.ui import crash_dialog

    answers = [crash_dialog.OPEN_FOLDER, crash_dialog.QUIT]
    opened: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(crash_dialog, "ask", lambda *_a: answers.pop(0))
    monkeypatch.setattr(crash_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(crash_dialog.QApplication, "exit", lambda code=0: exits.append(code))
    log_path = tmp_path / "logs" / "partyplan-20261206-101500-42.log"
    crash_dialog.show("RuntimeError: x", "Traceback ...", log_path)
    assert opened == [str(log_path.parent)] and exits == [1] and answers == []


def test_a_failing_crash_dialog_does_not_recurse(logging_to_file, monkeypatch):
    logging_to_file()
    calls: list[str] = []

    def broken(summary: str, _details: str, _path: Path | None) -> None:
        calls.append(summary)
        raise OSError("no display")

    logs.set_crash_hook(broken)
    try:
        raise KeyError("first")
    except KeyError:
        logs.handle_exception(*sys.exc_info())
    assert calls == ["KeyError: 'first'"]
    assert "The crash hook failed" in read_log()


# -- window geometry ---------------------------------------------------------------------------
def test_window_geometry_is_remembered_between_runs(qtbot, database):
    from partyplan.preferences import load_window_geometry
    from partyplan.ui.app import DEFAULT_SIZE, restore_geometry
    from partyplan.ui.main_window import MainWindow
    from partyplan.ui.operations import Operations

    first = MainWindow(Operations(database), "en")
    qtbot.addWidget(first)
    restore_geometry(first)  # nothing saved yet: the default size, fitted to the screen and centred
    screen = first.screen().availableGeometry()
    assert first.width() == min(DEFAULT_SIZE[0], int(screen.width() * 0.95))
    assert screen.contains(first.frameGeometry().center())
    first.close()
    assert load_window_geometry() is None  # only the real window (remember_geometry) writes settings

    default_height = first.height()
    first.remember_geometry = True
    first.show()
    first.resize(700, default_height - 60)  # the offscreen screen is 800x600; the width may be held at the minimum
    first.move(7, 9)
    saved = first.saveGeometry()
    first.close()
    assert load_window_geometry() == saved

    second = MainWindow(Operations(database), "en")
    qtbot.addWidget(second)
    restore_geometry(second)  # Qt fits a saved geometry to the screen: the tiny offscreen one moves and clips it
    assert second.height() == default_height - 60


LOGGING_CHILD = """
import logging, sys
from partyplan import logs
logs.MAX_BYTES = 100_000
logs.setup_logging()
for i in range(2000):
    logging.getLogger("partyplan.child").info("%s line %d %s", sys.argv[1], i, "x" * 400)
print(logs.log_file())
"""


def test_two_processes_log_without_losing_records(tmp_path, monkeypatch):
    """Each process writes its own file and rotates only that one: on Windows a shared rotating file
    lost records (the rename of a file the other process holds open fails)."""
    monkeypatch.setenv("PARTYPLAN_HOME", str(tmp_path / "home"))
    procs = [subprocess.Popen([sys.executable, "-c", LOGGING_CHILD, name], stdout=subprocess.PIPE, text=True,
                              encoding="utf-8") for name in ("window", "command")]
    files = [Path(p.communicate(timeout=120)[0].strip()) for p in procs]
    assert files[0] != files[1] and all(p.returncode == 0 for p in procs)
    for name, path in zip(("window", "command"), files):
        parts = [path, *path.parent.glob(path.name + ".*")]
        lines = [line for part in parts for line in part.read_text(encoding="utf-8").splitlines() if " line " in line]
        assert all(name in line for line in lines)
        assert len(parts) == 1 + logs.BACKUP_COUNT  # 1 MB a process: rotated, within its own files only
        numbers = sorted(int(line.split(" line ")[1].split()[0]) for line in lines)
        assert numbers == list(range(numbers[0], 2000)), "the newest records, none missing in between"


def test_old_process_logs_are_pruned_but_not_this_ones(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir()
    for day in range(1, 31):
        (folder / f"partyplan-202611{day:02d}-080000-{day}.log").write_text("x", encoding="utf-8")
    (folder / "partyplan-20261101-080000-1.log.1").write_text("rotated", encoding="utf-8")
    (folder / "faults.log").write_text("kept", encoding="utf-8")
    logs.prune_logs(folder, keep=5)
    left = sorted(p.name for p in folder.iterdir())
    assert left == ["faults.log"] + [f"partyplan-202611{d}-080000-{int(d)}.log" for d in ("27", "28", "29", "30")]


def test_every_bundled_copy_of_the_msvc_runtime_is_the_newest(spec):
    """OR-Tools crashes with an older msvcp140.dll loaded first (PySide6 ships one): the bundle gets
    the newest found, under every name it had."""
    newest = spec["newest_runtime"]({
        "msvcp140.dll": [(r"C:\py\Lib\site-packages\PySide6\msvcp140.dll", (14, 36, 32532, 0)),
                         (r"C:\Windows\System32\msvcp140.dll", (14, 42, 34433, 0))],
        "vcruntime140.dll": [(r"C:\py\vcruntime140.dll", (14, 38, 0, 0))],
    })
    assert newest == {"msvcp140.dll": r"C:\Windows\System32\msvcp140.dll", "vcruntime140.dll": r"C:\py\vcruntime140.dll"}
    bundled = [(r"PySide6\msvcp140.dll", r"C:\py\Lib\site-packages\PySide6\msvcp140.dll", "BINARY"),
               ("Qt6Core.dll", r"C:\py\Qt6Core.dll", "BINARY")]
    assert spec["unify_runtime"](bundled, newest) == [
        (r"PySide6\msvcp140.dll", r"C:\Windows\System32\msvcp140.dll", "BINARY"),
        ("Qt6Core.dll", r"C:\py\Qt6Core.dll", "BINARY")]
    assert spec["MSVCP140_MIN"] == (14, 40)
