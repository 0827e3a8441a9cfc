"""How PartyPlan performs on a large store, against the budgets of issue #10.

Run: ``.venv/bin/python benchmarks/run.py [--runs 5] [--keep-store PATH]``. It builds the large
ten-year store with make_data.py (or reuses PATH; with --keep-store a new store is left there for the
next run), migrates an empty one, and prints one line per figure, ``name value unit``, followed by
its budget and ``ok`` or ``MISS``; the same figures go to benchmarks/results/run.json. Each figure is
the median of --runs runs; a process timed whole gets one warm-up run first (so the files are in the
OS cache, as on an office PC that opened them yesterday).

1. cold start: ``partyplan --db X --screenshot OUT.png`` in a new process, wall time to exit (the
   backup on exit included: the app takes it on every close), on the large and the empty store, and a
   bare PySide6 window doing the same; the ratios to the bare window.
2. the window on the large store with offscreen Qt, a new session (process: window_steps.py) each
   run: building it and showing it (not budgeted: they explain the cold start), then opening every tab
   (the first visit builds the area and reads the store for it) and sub-page and applying filters, each
   timed until painted.
3. in the same sessions, scrolling the two longest tables page by page: the year's service records
   and People; the slowest frame has the budget.
4. roster generation, 40 and 150 people with three shift types (roster_solver.py's problems).
5. the Excel roster of this month (write_xlsx of the view the tab shows) and the Word yearly summary of
   this year (collect and write) on the large store, and their ratio to writing as many cells (the
   sheet's rows x columns) / paragraphs (body and table cells) with bare openpyxl / python-docx.
6. the peak memory of those sessions (each child's own VmHWM, so Linux only: getrusage would report
   this process's peak too, which a child started with fork or vfork inherits).

Every child gets QT_QPA_PLATFORM=offscreen (unless set) and PARTYPLAN_HOME pointing at a temporary
folder for the app's logs and backups on exit, so the user's own data folder is never touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import make_data
import roster_solver
from partyplan import office
from partyplan.db.database import open_database
from partyplan.reports import summary_data, yearly
from partyplan.rosters import roster_export
from partyplan.rosters import service as rosters
from partyplan.rosters.solver import Problem, solve

HERE = Path(__file__).parent
RESULTS = HERE / "results" / "run.json"
BARE_WINDOW = """import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
sys.exit(0 if window.grab().save(sys.argv[1]) else 1)
"""
COLD_START_S, COLD_START_RATIO, STEP_MS, FRAME_MS = 1.5, 2.5, 150.0, 50.0
ROSTER_S = {40: 2.0, 150: 10.0}
XLSX_S, DOCX_S, RSS_MB = 1.0, 5.0, 400.0


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    budget: float | None = None  # the value must stay below it; None: shown to explain the others

    @property
    def ok(self) -> bool | None:
        return None if self.budget is None else self.value < self.budget

    def line(self) -> str:
        head = f"{self.name} {self.value:g} {self.unit}"
        if self.budget is None:
            return head
        return f"{head:<44} budget < {self.budget:g} {self.unit:<4} {'ok' if self.ok else 'MISS'}"


def median_of(runs: int, action: Callable[[], object]) -> float:
    """Median wall time of `runs` calls after one to warm up, in seconds."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# -- 1. cold start ---------------------------------------------------------------------------------
def cold_start(stores: dict[str, Path], runs: int, work: Path, env: dict[str, str]) -> list[Figure]:
    bare = work / "bare.py"
    bare.write_text(BARE_WINDOW, encoding="utf-8")
    commands = {"bare": [sys.executable, str(bare), str(work / "bare.png")]}
    for label, store in stores.items():
        commands[label] = [sys.executable, "-m", "partyplan", "--db", str(store), "--lang", "zh_CN",
                           "--screenshot", str(work / f"{label}.png")]
    seconds = {label: median_of(runs, lambda c=command: _run_child(c, env)) for label, command in commands.items()}
    figures = [Figure("coldstart.bare", round(seconds["bare"], 3), "s")]
    for label in stores:
        figures.append(Figure(f"coldstart.{label}", round(seconds[label], 3), "s", COLD_START_S))
        figures.append(Figure(f"coldstart.{label}.ratio", round(seconds[label] / seconds["bare"], 2), "x",
                              COLD_START_RATIO))
    return figures


def _run_child(command: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {done.returncode}: {done.stderr.strip()}")
    return done.stdout


# -- 2, 3 and 6. the window ------------------------------------------------------------------------
def window_figures(store: Path, runs: int, env: dict[str, str]) -> list[Figure]:
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        output = _run_child([sys.executable, str(HERE / "window_steps.py"), str(store)], env)
        for name, value in json.loads(output.splitlines()[-1]).items():
            if isinstance(value, list):  # a scroll's frames
                samples[f"{name}.max"].append(max(value))
                samples[f"{name}.median"].append(statistics.median(value))
            else:
                samples[name].append(value)
    return [Figure(name, round(statistics.median(values), 1), "MB" if name.startswith("memory.") else "ms",
                   _budget(name)) for name, values in samples.items()]


def _budget(name: str) -> float | None:
    if name.startswith(("tab.", "filter.")):
        return STEP_MS
    if name.startswith("scroll.") and name.endswith(".max"):
        return FRAME_MS
    return RSS_MB if name.startswith("memory.") else None


# -- 4. rosters ------------------------------------------------------------------------------------
def roster_figures(runs: int) -> list[Figure]:
    figures = []
    for label, year, month in (("oct2026", 2026, 10), ("nov2026", 2026, 11)):
        for count, limit in ROSTER_S.items():
            problem = Problem(roster_solver.month_slots(year, month), roster_solver.people(count, year, month),
                              time_limit_s=limit)
            solved = [solve(problem) for _ in range(runs)]
            name = f"roster.{label}.people{count}"
            figures.append(Figure(name, round(statistics.median(s.wall_seconds for s in solved), 3), "s", limit))
            figures.append(Figure(f"{name}.spread", statistics.median(s.spread for s in solved), "duties"))
    return figures


# -- 5. exports ------------------------------------------------------------------------------------
def export_figures(store: Path, runs: int, work: Path) -> list[Figure]:
    today = dt.date.today()
    db = open_database(store, backup_dir=work)
    try:
        with db.session() as session:
            view = rosters.load_view(session, today.year, today.month)
            name, phone = office.office_name(session), office.get_setting(session, "duty_phone")
        xlsx = work / "roster.xlsx"
        export = median_of(runs, lambda: roster_export.write_xlsx(view, xlsx, language="zh_CN", office=name,
                                                                  duty_phone=phone))
        rows, columns = _sheet_shape(xlsx)
        bare_xlsx = median_of(runs, lambda: _bare_xlsx(rows, columns, work / "bare.xlsx"))
        docx = work / "yearly.docx"

        def report() -> None:
            with db.session() as session:
                summary = summary_data.collect(session, summary_data.Period(today.year), today)
            yearly.write(summary, docx, today=today)

        written = median_of(runs, report)
    finally:
        db.close()
    paragraphs = _paragraphs(docx)
    bare_docx = median_of(runs, lambda: _bare_docx(paragraphs, work / "bare.docx"))
    return [Figure("export.roster_xlsx", round(export, 3), "s", XLSX_S),
            Figure("export.roster_xlsx.ratio", round(export / bare_xlsx, 1), "x"),
            Figure("export.yearly_docx", round(written, 3), "s", DOCX_S),
            Figure("export.yearly_docx.ratio", round(written / bare_docx, 1), "x")]


def _sheet_shape(path: Path) -> tuple[int, int]:
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    return sheet.max_row, sheet.max_column


def _bare_xlsx(rows: int, columns: int, path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    for row in range(rows):
        book.active.append([f"值班{row}-{column}" for column in range(columns)])
    book.save(path)


def _paragraphs(path: Path) -> int:
    """Body paragraphs and table cells, each of which is at least one paragraph to write."""
    import docx

    document = docx.Document(str(path))
    cells = sum(len(row.cells) for table in document.tables for row in table.rows)
    return len(document.paragraphs) + cells


def _bare_docx(paragraphs: int, path: Path) -> None:
    import docx

    document = docx.Document()
    for n in range(paragraphs):
        document.add_paragraph(f"第{n}段：社区党委全年共召开会议九十七次，按计划完成各项工作任务。")
    document.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep-store", type=Path, help="the large store: reused if it exists, else built there")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="partyplan-bench-") as folder:
        work = Path(folder)
        env = {"QT_QPA_PLATFORM": "offscreen", **os.environ, "PARTYPLAN_HOME": str(work / "home")}
        large = args.keep_store or work / "large.sqlite3"
        if not large.exists():
            start = time.perf_counter()
            make_data.build(large, 10, 2000, 1)
            print(f"(large store built in {time.perf_counter() - start:.1f} s: {large})", file=sys.stderr)
        empty = work / "empty.sqlite3"
        open_database(empty, backup_dir=work).close()
        figures: list[Figure] = []
        for measure in (lambda: cold_start({"large": large, "empty": empty}, args.runs, work, env),
                        lambda: window_figures(large, args.runs, env), lambda: roster_figures(args.runs),
                        lambda: export_figures(large, args.runs, work)):
            found = measure()
            for figure in found:
                print(figure.line(), flush=True)
            figures += found
    misses = [f.name for f in figures if f.ok is False]
    print(f"{len(misses)} of {sum(f.ok is not None for f in figures)} budgets missed: {', '.join(misses) or 'none'}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({f.name: {"value": f.value, "unit": f.unit, "budget": f.budget, "ok": f.ok}
                                   for f in figures}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
