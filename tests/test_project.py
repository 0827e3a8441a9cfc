"""Rules of the project that no single feature test would notice breaking."""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "partyplan"
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "partyplan.ui")


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_services_do_not_import_widgets():
    """cli/__init__.py is the exception by design: it is the entry point that picks the window or a subcommand."""
    offenders = {
        str(path.relative_to(SRC)): sorted(m for m in imported_modules(path) if m.startswith(WIDGET_MODULES))
        for path in SRC.rglob("*.py")
        if "ui" not in path.relative_to(SRC).parts[:1] and path.relative_to(SRC).as_posix() != "cli/__init__.py"
    }
    assert {k: v for k, v in offenders.items() if v} == {}


STORE = "partyplan.db"
MAY_OPEN_THE_STORE = {"operations.py", "app.py"}  # under ui/: the front door, and the start that opens the store


def store_imports(path: Path) -> list[str]:
    """What a module imports of the store (`partyplan.db` and below), in any import form."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return sorted(m for m in found if m == STORE or m.startswith(STORE + "."))


def store_offenders(ui: Path) -> dict[str, list[str]]:
    return {path.relative_to(ui).as_posix(): found for path in sorted(ui.rglob("*.py"))
            if path.relative_to(ui).as_posix() not in MAY_OPEN_THE_STORE and (found := store_imports(path))}


def test_the_window_reaches_the_store_only_through_its_front_door():
    """Widgets call ui/operations.py, which opens the sessions, and name the store's kinds (statuses,
    roles) through partyplan.enums; only app.py, which opens the store at start, imports it besides."""
    assert store_offenders(SRC / "ui") == {}


def test_the_front_door_check_can_fail(tmp_path):
    """A widget that imports the store in any form is named; the front door, app.py and enums are not."""
    ui = tmp_path / "ui"
    (ui / "rosters").mkdir(parents=True)
    (ui / "operations.py").write_text("from partyplan.db.database import Database\n", encoding="utf-8")
    (ui / "app.py").write_text("import partyplan.db.database\n", encoding="utf-8")
    (ui / "rosters" / "grid.py").write_text(
        "import partyplan.db.database\nfrom partyplan import db, enums\nfrom partyplan.db.models import Role\n"
        "from partyplan.enums import Grade\nfrom partyplan.dbx import y\n", encoding="utf-8")
    (ui / "rosters" / "tab.py").write_text("from partyplan.enums import RosterStatus\n", encoding="utf-8")
    assert store_offenders(ui) == {"rosters/grid.py": ["partyplan.db", "partyplan.db.database",
                                                       "partyplan.db.models", "partyplan.db.models.Role"]}


def outside_references(path: Path) -> list[str]:
    """Paths in a file that leave the repository: a "../" string, or `Path(__file__)...parents[k]`
    climbing above the root. A user's clone has nothing beside it (no ../shared)."""
    depth = len(path.relative_to(ROOT).parts) - 1  # parents[depth] is the root
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and UP.search(node.value):
            found.append(f"line {node.lineno}: {node.value[:60]!r}")
        elif (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
              and node.value.attr == "parents" and isinstance(node.slice, ast.Constant)
              and isinstance(node.slice.value, int) and node.slice.value > depth
              and "__file__" in ast.unparse(node.value)):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


UP = re.compile(r"(^|[/\\])\.\.([/\\]|$)")


def test_nothing_reads_outside_the_repository():
    offenders = {
        str(path.relative_to(ROOT)): refs
        for folder in (SRC, ROOT / "tests", ROOT / "scripts", ROOT / "benchmarks")
        for path in folder.rglob("*.py")
        if (refs := outside_references(path))
    }
    assert offenders == {}


def test_the_outside_check_can_fail(tmp_path):
    probe = ROOT / "tests" / "fixtures" / "probe_outside.py"
    probe.write_text('from pathlib import Path\nA = Path(__file__).resolve().parents[3] / "shared"\nB = "../x"\n',
                     encoding="utf-8")
    try:
        assert len(outside_references(probe)) == 2
    finally:
        probe.unlink()


def test_every_string_has_a_chinese_translation():
    ts = ROOT / "resources" / "translations" / "partyplan_zh_CN.ts"
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_translation_source_is_current():
    """Every tr()/translate() literal in the code has an entry: run lupdate after changing strings."""
    ts = ROOT / "resources" / "translations" / "partyplan_zh_CN.ts"
    known = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    missing = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            literal = node.args[-1] if name == "translate" else node.args[0] if name == "tr" else None
            if isinstance(literal, ast.Constant) and isinstance(literal.value, str) and literal.value not in known:
                missing.append((path.name, literal.value))
    assert missing == []


def test_compiled_translation_loads_in_chinese(qapp):
    from PySide6.QtCore import QCoreApplication

    from partyplan import i18n

    try:
        assert i18n.install("zh_CN"), "partyplan_zh_CN.qm missing: tasks.py builds it"
        assert QCoreApplication.translate("MainWindow", "People") == "人员"
    finally:
        i18n.install("en")


def test_qt_calls_keep_their_references_to_none(qapp):
    """PySide6 6.12.0 dropped a reference to None on each call returning nothing; a long session then
    crashed ("deallocating None"). pyproject excludes it; this catches the next such release."""
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setObjectName("x")
        widget.update()
    assert sys.getrefcount(None) >= before - 10


def test_the_version_written_in_the_package_is_the_one_released():
    import tomllib

    from partyplan import __version__

    assert __version__ == tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


SUBPROCESS_CALLS = {"run", "Popen", "check_output", "call", "check_call"}


def locale_dependent_text(path: Path) -> list[str]:
    """Calls that decode or encode text in the locale's code page when no encoding is given: GBK on a
    Chinese Windows PC, so UTF-8 output or files read as mojibake there (or raise)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func, keywords = node.func, {k.arg for k in node.keywords}
        name = getattr(func, "attr", None) or getattr(func, "id", None)
        if "encoding" in keywords:
            continue
        if (name in SUBPROCESS_CALLS and isinstance(func, ast.Attribute)
                and getattr(func.value, "id", "") == "subprocess"
                and any(k.arg in ("text", "universal_newlines") and not (isinstance(k.value, ast.Constant)
                        and k.value.value is False) for k in node.keywords)):
            found.append(f"line {node.lineno}: subprocess text without encoding")
        elif isinstance(func, ast.Attribute) and ((name == "read_text" and not node.args)
                                                  or (name == "write_text" and len(node.args) < 2)):
            found.append(f"line {node.lineno}: {name} without encoding")
    return found


def test_no_text_depends_on_the_locale_code_page():
    offenders = {
        str(path.relative_to(ROOT)): found
        for folder in (SRC, ROOT / "tests", ROOT / "scripts", ROOT / "benchmarks")
        for path in folder.rglob("*.py")
        if (found := locale_dependent_text(path))
    }
    assert offenders == {}


def test_the_code_page_check_can_fail(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import subprocess\nsubprocess.run(['x'], text=True)\nP.read_text()\nP.write_text('x')\n"
                     "P.read_text(encoding='utf-8')\n", encoding="utf-8")
    assert len(locale_dependent_text(probe)) == 3


def test_portable_names_rule():
    from portable_names import why_hostile

    for bad in ("a?b", "CON", "nul.txt", "x:y", "end.", "end ", "tab\tname"):
        assert why_hostile(bad), bad
    for good in ("党建 #1 %备份", "roster 2026-12.xlsx", "CONTRACT.txt", "a.b.c"):
        assert why_hostile(good) is None, good
