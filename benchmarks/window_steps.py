"""The main window on a store, used as the office uses it: every tab and sub-page opened, the filters
people reach for applied, the longest tables scrolled end to end. Each step is timed from the call
until what it changed has been painted (an application-wide event filter sees the first Paint event
inside the changed page; Qt paints a window's dirty widgets in one pass, so when that pass returns the
page is on screen).

``window_steps.py STORE`` opens the window on STORE with offscreen Qt, takes every step once and
prints one line of JSON: ms per step, the frame times of each scroll, and the process's peak memory.
run.py starts it once per run, so that each run is a fresh session like a user's (windows built in one
process leave objects behind, and the garbage collector's pauses grow with them).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QTabWidget, QWidget  # noqa: E402

from partyplan import i18n  # noqa: E402
from partyplan.exchange import lock  # noqa: E402
from partyplan.ui import data_safety  # noqa: E402
from partyplan.ui.app import collect_less_often, make_application  # noqa: E402
from partyplan.ui.main_window import MainWindow  # noqa: E402
from partyplan.ui.operations import Operations  # noqa: E402

LANGUAGE = "zh_CN"
SIZE = (1280, 800)  # the window's default size, as in a --screenshot
PAINT_TIMEOUT_S = 10.0


def peak_rss_mb() -> float:
    """This process's own high-water mark (VmHWM, Linux). getrusage would not do: a process started
    with fork or vfork and exec keeps its parent's peak as its own, so it could not be lower than run.py's."""
    for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


class PaintWatch(QObject):
    """Times an action until a widget (or one inside it) has been painted."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self._target: QWidget | None = None
        self._painted = False

    def ms(self, action: Callable[[], object], target: QWidget) -> float:
        self._target, self._painted = target, False
        self.app.installEventFilter(self)
        start = time.perf_counter()
        action()
        while not self._painted and time.perf_counter() - start < PAINT_TIMEOUT_S:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        elapsed = (time.perf_counter() - start) * 1000
        self.app.removeEventFilter(self)
        if not self._painted:
            raise RuntimeError(f"{target.objectName() or type(target).__name__} was not painted")
        self.app.processEvents()  # settle what the step left queued, untimed
        return round(elapsed, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._target is not None and isinstance(watched, QWidget) \
                and (watched is self._target or self._target.isAncestorOf(watched)):
            self._painted = True
        return False


def open_window(store: Path) -> MainWindow:
    """As ui/app.py does it: the checked open (lock, quick check, migrate), then the window."""
    collect_less_often()
    make_application()
    i18n.install(LANGUAGE)
    database = data_safety.open_checked(None, str(store), interactive=False)
    assert database is not None
    gc.freeze()
    window = MainWindow(Operations(database), LANGUAGE)
    window.resize(*SIZE)
    return window


def close_window(window: MainWindow) -> None:
    """Release the store without the backup on exit, which is not what these figures are about."""
    window.hide()
    path = window.ops.db.path
    window.ops.close()
    if path is not None:
        lock.release(path)


def measure(store: Path) -> dict[str, float | list[float]]:
    """One session: build the window, show it, take every step; the figures by name."""
    start = time.perf_counter()
    window = open_window(store)
    found: dict[str, float | list[float]] = {"window.build": round((time.perf_counter() - start) * 1000, 1)}
    watch = PaintWatch(QApplication.instance())  # type: ignore[arg-type]
    found["window.show"] = watch.ms(window.show, window)
    found |= drive(window, watch)
    close_window(window)
    found["memory.peak_rss"] = round(peak_rss_mb(), 1)
    return found


def drive(window: MainWindow, watch: PaintWatch) -> dict[str, float | list[float]]:
    """Every step once, in the order a user might take them; returns ms per step, frame times for scrolls.

    An area or a page is opened by its place in the tab bar, as a click does: the window builds an area
    or page (and reads the store for it) on its first visit, so "tab.<area>" includes that."""
    w, found = window, {}

    def step(name: str, action: Callable[[], object], target: QWidget) -> None:
        found[name] = watch.ms(action, target)

    def open_area(area: str) -> None:
        step(f"tab.{area}", lambda: w.tabs.setCurrentWidget(w.pages[area]), w.pages[area])

    def open_page(name: str, pages: QTabWidget, index: int) -> None:
        """By its place in the tab bar, not by the page: asking an area for a page builds it, and the
        step is to include that, as a click on a page not yet seen does."""
        page = pages.widget(index)
        step(f"tab.{name}", lambda: pages.setCurrentWidget(page), page)

    open_area("plans")
    plans = w.plans_tab
    step("filter.plans.status", lambda: _choose(plans.status_filter, "in_progress"), plans)
    step("filter.plans.search", lambda: plans.search.setText("党员"), plans)
    open_area("rosters")
    rosters = w.roster_tab
    step("filter.rosters.month", lambda: rosters.set_month(2026, 11), rosters)
    open_page("rosters.log", rosters.pages, 1)
    step("filter.dutylog.category", lambda: _choose(rosters.log.category_filter, "repair"), rosters.log)
    step("filter.dutylog.search", lambda: rosters.log.search.setText("物业"), rosters.log)
    open_page("rosters.setup", rosters.pages, 2)
    open_page("rosters.calendar", rosters.pages, 3)
    open_area("posts")
    posts = w.posts_tab
    open_page("posts.service", posts.tabs, 1)
    found["scroll.service_records"] = scroll(watch, posts.service.records_table)
    step("filter.posts.search", lambda: posts.service.search.setText("巡逻"), posts.service)
    step("filter.posts.year", lambda: posts.year.setValue(posts.year.value() - 1), posts)
    open_page("posts.visits", posts.tabs, 2)
    open_area("meetings")
    meetings = w.meetings_tab
    step("filter.meetings.type", lambda: meetings.schedule.type_filter.setCurrentIndex(1), meetings.schedule)
    step("filter.meetings.year", lambda: meetings.year.setValue(meetings.year.value() - 1), meetings)
    for name in ("check", "talks", "evaluation", "types"):
        open_page(f"meetings.{name}", meetings.pages, meetings.pages.indexOf(getattr(meetings, name)))
    open_area("people")
    people, register = w.people_area, w.people_tab
    found["scroll.people"] = scroll(watch, register.table)
    step("filter.people.search", lambda: register.search.setText("王"), register)
    step("filter.people.role", lambda: _choose(register.role_filter, "party_member"), register)
    open_page("people.development", people.pages, 1)
    open_page("people.training", people.pages, 2)
    open_area("overview")
    return found


def scroll(watch: PaintWatch, table: QAbstractItemView) -> list[float]:
    """Page down from the top to the bottom; the time of each frame in ms."""
    bar = table.verticalScrollBar()
    bar.setValue(0)
    watch.app.processEvents()
    frames = []
    while bar.value() < bar.maximum():
        frames.append(watch.ms(lambda: bar.setValue(bar.value() + bar.pageStep()), table.viewport()))
    bar.setValue(0)
    return frames


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index < 0:
        raise LookupError(f"{combo.objectName()} offers no {value!r}")
    combo.setCurrentIndex(index)


def main(argv: list[str]) -> int:
    print(json.dumps(measure(Path(argv[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
