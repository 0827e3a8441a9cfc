#!/usr/bin/env python3
"""Run the frozen PartyPlan that scripts/build.py made and check it works without the source tree.

    .venv/bin/python scripts/smoke_frozen.py [--exe dist/PartyPlan/PartyPlan] [--no-source-timing]

In a temporary PARTYPLAN_HOME, with the working folder outside the repository and no Python
variables set, it runs the executable:
  --version                                   the version pyproject.toml says
  --screenshot on a fresh default database    migrations run from inside the bundle (the new file is
                                              at the bundle's head revision), log file written
  demo --db demo.sqlite3                      demo data
  --screenshot --tab T --lang zh_CN           every tab on the demo database, PNGs not blank
  roster generate --month NEXT --lang zh_CN   the CP-SAT solver's native libraries load and solve;
                                              the answer is in Chinese (our translation loads)
  plan export 1 --docx --xlsx                 python-docx's and our Word templates are bundled
then compares cold-start times: the frozen `--screenshot` against `python -m partyplan --screenshot`.
Prints `smoke: N passed, N failed` and exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from partyplan.cli import TABS  # noqa: E402  (every tab --tab accepts; partyplan.cli imports no Qt)

EXE_NAME = "PartyPlan.exe" if os.name == "nt" else "PartyPlan"
SIZE = (1280, 800)
TIMEOUT = 180


class Smoke:
    def __init__(self, exe: Path, work: Path) -> None:
        self.exe = exe
        self.bundle = exe.parent / "_internal" if (exe.parent / "_internal").is_dir() else exe.parent
        self.work = work
        self.home = work / "home"
        self.passed = 0
        self.failures: list[str] = []
        self.env = clean_env(self.home, work / "settings")

    # -- running ---------------------------------------------------------------------------
    def run(self, *args: str, cmd: list[str] | None = None) -> tuple[subprocess.CompletedProcess, float]:
        command = (cmd or [str(self.exe)]) + list(args)
        started = time.perf_counter()
        try:
            result = subprocess.run(command, cwd=self.work, env=self.env, capture_output=True, text=True,
                                    encoding="utf-8", errors="replace", timeout=TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            result = subprocess.CompletedProcess(command, -1, str(exc.stdout or ""), f"timed out after {TIMEOUT} s")
        return result, time.perf_counter() - started

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"  ok    {name}")
        else:
            self.failures.append(name)
            print(f"  FAIL  {name}" + (f"\n{indent(detail)}" if detail else ""))
        return ok

    def step(self, name: str, *args: str, expect: int = 0) -> tuple[subprocess.CompletedProcess, float]:
        result, seconds = self.run(*args)
        self.check(f"{name} (exit {result.returncode}, {seconds:.2f} s)", result.returncode == expect,
                   f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}")
        return result, seconds

    # -- the checks ------------------------------------------------------------------------
    def bundle_contents(self) -> None:
        needed = ["resources/translations/partyplan_zh_CN.qm", "resources/translations/qtbase_zh_CN.qm",
                  "resources/templates/official.docx", "resources/icons/partyplan.png",
                  "resources/help/guide.zh_CN.md", "resources/help/guide.en.md",
                  "partyplan/db/migrations/env.py", "partyplan/db/migrations/script.py.mako", "docx/templates/default.docx"]
        missing = [p for p in needed if not (self.bundle / p).is_file()]
        self.check("bundle holds translations, templates, icons, the user guide, migrations", not missing, f"missing: {missing}")
        versions = sorted((self.bundle / "partyplan/db/migrations/versions").glob("*.py"))
        source = sorted((ROOT / "src/partyplan/db/migrations/versions").glob("*.py"))
        self.check(f"bundle holds all {len(source)} migration scripts", [p.name for p in versions] == [p.name for p in source],
                   f"bundle: {[p.name for p in versions]}")

    def version(self) -> None:
        expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
        result, _ = self.step("--version", "--version")
        self.check(f"--version says PartyPlan {expected}", result.stdout.strip() == f"PartyPlan {expected}", result.stdout)

    def fresh_database(self) -> float:
        out = self.work / "fresh.png"
        result, seconds = self.step("--screenshot on a fresh default database", "--screenshot", str(out), "--lang", "en")
        db = self.home / "partyplan.sqlite3"
        head = bundle_head_revision(self.bundle / "partyplan/db/migrations/versions")
        revision = read_revision(db)
        self.check(f"fresh database created by the frozen app at head revision {head}", revision == head and head is not None,
                   f"database {db}: revision {revision!r}")
        self.png(out)
        logs = sorted((self.home / "logs").glob("partyplan-*.log"))  # one file per process
        log = logs[-1] if logs else self.home / "logs"
        text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)
        self.check("log file written in the data folder", "frozen=True" in text, f"{log}: {text[-500:]!r}")
        return seconds

    def demo(self) -> Path:
        db = self.work / "demo.sqlite3"
        self.step("demo --db demo.sqlite3", "demo", "--db", str(db), "--lang", "en")
        return db

    def tabs(self, db: Path) -> None:
        for tab in TABS:
            out = self.work / f"tab-{tab}.png"
            self.step(f"--screenshot --tab {tab} --lang zh_CN", "--db", str(db), "--screenshot", str(out), "--tab", tab,
                      "--lang", "zh_CN", "--size", f"{SIZE[0]}x{SIZE[1]}")
            self.png(out)

    def roster(self, db: Path) -> None:
        today = dt.date.today()
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        month_text = f"{year}-{month:02d}"  # the demo's draft month: earlier months are published
        result, _ = self.step(f"roster generate --month {month_text} (CP-SAT)", "roster", "generate", "--month", month_text,
                              "--db", str(db), "--lang", "zh_CN", "--time-limit", "5")
        self.check("solver's answer is in Chinese (partyplan_zh_CN.qm loads)", bool(re.search(r"[\u4e00-\u9fff]", result.stdout)),
                   result.stdout)

    def exports(self, db: Path) -> None:
        docx, xlsx = self.work / "plan.docx", self.work / "plan.xlsx"
        self.step("plan export 1 --docx --xlsx", "plan", "export", "1", "--docx", str(docx), "--xlsx", str(xlsx), "--db", str(db))
        ok = docx.exists() and zipfile.is_zipfile(docx) and "word/document.xml" in zipfile.ZipFile(docx).namelist()
        self.check("Word and Excel files written", ok and xlsx.exists() and xlsx.stat().st_size > 0)

    def png(self, path: Path) -> None:
        problem = png_problem(path)
        self.check(f"{path.name} is a real picture", problem is None, problem or "")

    # -- timing ----------------------------------------------------------------------------
    def timings(self, db: Path, fresh_frozen: float, with_source: bool) -> None:
        shot = ["--db", str(db), "--screenshot", str(self.work / "t.png"), "--lang", "zh_CN"]
        frozen = [self.run(*shot)[1] for _ in range(3)]
        print("\ncold start to a saved screenshot (demo database; median of 3 runs, and the first run on a fresh database):")
        print(f"  frozen  {statistics.median(frozen):5.2f} s   (fresh database, migrations included: {fresh_frozen:.2f} s)")
        if not with_source:
            return
        source_cmd = [sys.executable, "-m", "partyplan"]
        env, self.env = self.env, dict(self.env, PARTYPLAN_HOME=str(self.work / "home-source"))
        try:
            fresh_source = self.run("--screenshot", str(self.work / "s.png"), "--lang", "en", cmd=source_cmd)
            source = [self.run(*shot, cmd=source_cmd)[1] for _ in range(3)]
        finally:
            self.env = env
        print(f"  source  {statistics.median(source):5.2f} s   (fresh database, migrations included: {fresh_source[1]:.2f} s)"
              f"   [{sys.executable} -m partyplan]")


def clean_env(home: Path, settings: Path) -> dict[str, str]:
    """The user's environment without anything that could let the frozen app find the source tree."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "PARTYPLAN_")) and k not in ("VIRTUAL_ENV", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH")}
    env.update(PARTYPLAN_HOME=str(home), PARTYPLAN_SETTINGS_DIR=str(settings), PYTHONIOENCODING="utf-8")
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def bundle_head_revision(folder: Path) -> str | None:
    revisions, downs = set(), set()
    for path in folder.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision(?:\s*:\s*\w+)?\s*=\s*['\"]([^'\"]+)['\"]", text, re.M)
        down = re.search(r"^down_revision[^=]*=\s*(.+)$", text, re.M)
        if rev:
            revisions.add(rev.group(1))
        if down:
            downs.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def read_revision(db: Path) -> str | None:
    if not db.exists():
        return None
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def png_problem(path: Path) -> str | None:
    """None for a PNG of a drawn window; else what is wrong (missing, unreadable, one flat colour)."""
    if not path.exists() or path.stat().st_size == 0:
        return f"{path} missing or empty"
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return f"{path} is not a readable image"
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    if len(colours) < 8:
        return f"{path} looks blank ({len(colours)} colours)"
    return None


def indent(text: str) -> str:
    return "\n".join("        " + line for line in text.strip().splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the frozen PartyPlan.")
    parser.add_argument("--exe", type=Path, default=ROOT / "dist" / "PartyPlan" / EXE_NAME)
    parser.add_argument("--no-source-timing", action="store_true", help="skip timing `python -m partyplan`")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (screenshots, databases)")
    args = parser.parse_args(argv)
    if not args.exe.is_file():
        print(f"smoke: {args.exe} not found; run scripts/build.py first", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="partyplan-smoke-"))
    print(f"smoke-testing {args.exe} in {work}")
    smoke = Smoke(args.exe.resolve(), work)
    try:
        smoke.bundle_contents()
        smoke.version()
        fresh = smoke.fresh_database()
        db = smoke.demo()
        smoke.tabs(db)
        smoke.roster(db)
        smoke.exports(db)
        smoke.timings(db, fresh, with_source=not args.no_source_timing)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"smoke: {smoke.passed} passed, {len(smoke.failures)} failed")
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
