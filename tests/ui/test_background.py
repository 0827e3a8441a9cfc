"""Long work off the GUI thread: the window keeps turning, Cancel drops the result, files stay whole."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
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
    assert background.run(parent, "Work", "Working...", slow(0.8)) == "finished"
    timer.stop()
    assert time.perf_counter() - started >= 0.8
    assert len(ticks) >= 30, "the GUI thread handled its timer all the while"
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.2, "no freeze longer than 200 ms"
    assert seen and max(seen) > 50, "the progress dialog appeared and moved"
    assert progress_dialog(parent) is None


def test_cancel_raises_cancelled_even_if_the_work_ignores_it(qtbot):
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
    with pytest.raises(background.Cancelled):
        background.run(parent, "Work", "Working...", stubborn)


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
    assert background.run(parent, "Write", "Writing...", committed, keep_finished=True) == "written"

    def careful(_report, stopped):  # type: ignore[no-untyped-def]
        release.wait(10)
        if stopped():
            raise LookupError("stopped before committing")
        return "written"

    release.clear()
    QTimer.singleShot(50, press_cancel)
    with pytest.raises(background.Cancelled):
        background.run(parent, "Write", "Writing...", careful, keep_finished=True)


def test_errors_of_the_work_reach_the_caller(qtbot):
    def broken(_report, _stopped):  # type: ignore[no-untyped-def]
        raise ValueError("bad input in row 7")

    with pytest.raises(ValueError, match="row 7"):
        background.run(None, "Work", "Working...", broken)


def test_write_file_replaces_only_when_finished(qtbot, tmp_path: Path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "report.docx"
    target.write_text("the old report", encoding="utf-8")

    def broken(temp: Path) -> None:
        temp.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportTargetError) as caught:  # a full disk is a message, not a traceback
        background.write_file(None, "Write", "Writing...", target, broken)
    assert (caught.value.path, caught.value.reason) == (target, "disk_full")
    assert target.read_text(encoding="utf-8") == "the old report"
    background.write_file(None, "Write", "Writing...", target, lambda temp: temp.write_text("the new report", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "the new report"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.docx"], "no temporary file left"
