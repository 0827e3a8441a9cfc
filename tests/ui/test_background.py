"""Long work off the GUI thread: the window keeps turning, Cancel drops the result, files stay whole."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from partyplan.errors import ExportTargetError
from partyplan.ui import background


def slow(seconds: float):  # type: ignore[no-untyped-def]
    def work(report, stopped):  # type: ignore[no-untyped-def]
        steps = 20
        for n in range(steps):
            if stopped():
                raise RuntimeError("stopped")
            time.sleep(seconds / steps)
            report((n + 1) / steps)
        return "finished"
    return work


def progress_dialog(parent: QWidget) -> QProgressDialog | None:
    found = [w for w in QApplication.topLevelWidgets() + parent.findChildren(QProgressDialog)
             if isinstance(w, QProgressDialog) and w.isVisible()]
    return found[0] if found else None


def test_the_event_loop_turns_and_progress_shows_while_work_runs(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    ticks: list[float] = []
    seen: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.timeout.connect(lambda: seen.append(d.value()) if (d := progress_dialog(parent)) else None)
    timer.start()
    started = time.perf_counter()
    results: list[object] = []
    background.start(parent, "Work", "Working...", slow(0.8), done=results.append)
    qtbot.waitUntil(lambda: not background.running(), timeout=10000)
    timer.stop()
    assert results == ["finished"]
    assert time.perf_counter() - started >= 0.8
    assert len(ticks) >= 30, "the GUI thread handled its timer all the while"
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.2, "no freeze longer than 200 ms"
    assert seen and max(seen) > 50, "the progress dialog appeared and moved"
    assert progress_dialog(parent) is None


def ends(qtbot, parent, title, work, **options):  # type: ignore[no-untyped-def]
    """Start the work and wait for its end: which callback ran, and with what."""
    heard: list[tuple[str, object]] = []
    background.start(parent, title, title + "...", work, done=lambda r: heard.append(("done", r)),
                     failed=lambda e: heard.append(("failed", e)), cancelled=lambda: heard.append(("cancelled", None)),
                     **options)
    qtbot.waitUntil(lambda: bool(heard), timeout=15000)
    assert not background.running()
    return heard[0]


def test_cancel_calls_cancelled_even_if_the_work_ignores_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def stubborn(_report, _stopped):  # type: ignore[no-untyped-def]
        release.wait(10)
        return "done anyway"

    def press_cancel() -> None:
        dialog = progress_dialog(parent)
        if dialog is None:
            QTimer.singleShot(50, press_cancel)
            return
        dialog.findChild(QPushButton).click()  # what the user presses
        release.set()

    QTimer.singleShot(50, press_cancel)
    assert ends(qtbot, parent, "Work", stubborn) == ("cancelled", None)


def test_a_write_that_finished_before_cancel_could_stop_it_is_kept(qtbot):
    """keep_finished: work that commits at its end and ran to it returns its result even after a late
    Cancel; work that noticed Cancel and stopped is Cancelled."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def press_cancel() -> None:
        dialog = progress_dialog(parent)
        if dialog is None:
            QTimer.singleShot(50, press_cancel)
            return
        dialog.findChild(QPushButton).click()
        release.set()

    def committed(_report, _stopped):  # type: ignore[no-untyped-def]
        release.wait(10)
        return "written"

    QTimer.singleShot(50, press_cancel)
    assert ends(qtbot, parent, "Write", committed, keep_finished=True) == ("done", "written")

    def careful(_report, stopped):  # type: ignore[no-untyped-def]
        release.wait(10)
        if stopped():
            raise LookupError("stopped before committing")
        return "written"

    release.clear()
    QTimer.singleShot(50, press_cancel)
    assert ends(qtbot, parent, "Write", careful, keep_finished=True) == ("cancelled", None)


def test_errors_of_the_work_reach_the_caller(qtbot):
    def broken(_report, _stopped):  # type: ignore[no-untyped-def]
        raise ValueError("bad input in row 7")

    outcome, error = ends(qtbot, None, "Work", broken)
    assert outcome == "failed" and isinstance(error, ValueError) and "row 7" in str(error)


def test_write_file_replaces_only_when_finished(qtbot, tmp_path: Path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "report.docx"
    target.write_text("the old report", encoding="utf-8")

    def broken(temp: Path) -> None:
        temp.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    heard: list[object] = []
    background.write_file(None, "Write", "Writing...", target, broken, done=heard.append, failed=heard.append)
    qtbot.waitUntil(lambda: bool(heard), timeout=10000)
    assert isinstance(heard[0], ExportTargetError)  # a full disk is a message, not a traceback
    assert (heard[0].path, heard[0].reason) == (target, "disk_full")
    assert target.read_text(encoding="utf-8") == "the old report"
    background.write_file(None, "Write", "Writing...", target,
                          lambda temp: temp.write_text("the new report", encoding="utf-8"), done=heard.append)
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=10000)
    assert heard[1] == target and target.read_text(encoding="utf-8") == "the new report"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.docx"], "no temporary file left"


def test_cancel_while_writing_leaves_no_file(qtbot, tmp_path: Path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "report.docx"
    release = threading.Event()

    def write(temp: Path) -> None:
        temp.write_text("all of it", encoding="utf-8")
        release.wait(10)

    heard: list[object] = []
    job = background.write_file(None, "Write", "Writing...", target, write, done=heard.append,
                                cancelled=lambda: heard.append("cancelled"))
    job.cancel()  # after the work wrote everything, before its end was handed back: still dropped
    release.set()
    qtbot.waitUntil(lambda: bool(heard), timeout=10000)
    assert heard == ["cancelled"] and list(target.parent.iterdir()) == []


def test_no_collection_on_the_gui_thread_while_a_job_runs(qtbot):
    """CI saw the collector free a Qt wrapper from the wrong thread mid-export: it waits for the last job."""
    import gc

    release = threading.Event()
    seen: list[bool] = []
    first = background.start(None, "Work", "Working...", lambda _r, _s: release.wait(10))
    second = background.start(None, "Work", "Working...", lambda _r, _s: None)
    qtbot.waitUntil(lambda: second.ended, timeout=10000)
    seen.append(gc.isenabled())  # the second ended, the first still runs
    release.set()
    qtbot.waitUntil(lambda: first.ended, timeout=10000)
    assert seen == [False] and gc.isenabled()
