"""A journey starts PartyPlan the way `partyplan --db X --lang L` does, on the suite's store (a new SQLite
file, or a new PostgreSQL database under PARTYPLAN_TEST_DB), in Chinese and in English.

Only the file dialogs are answered by the test (a native one cannot be driven); every other dialog is
the real one. An unexpected error in the window would open the crash dialog; here it is recorded and
fails the journey instead of waiting for a click.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from partyplan import cli, logs
from partyplan.ui import app, crash_dialog, prompts
from partyplan.ui.main_window import MainWindow

LAPTOP = (1024, 700)


class Files:
    """Stands in for the file dialogs: the next name the user would pick, and what was asked."""

    def __init__(self) -> None:
        self.queue: list[str] = []

    def pick(self, *names: Path | str) -> None:
        self.queue.extend(str(n) for n in names)

    def answer(self, _parent, caption: str, *_rest) -> str:  # type: ignore[no-untyped-def]
        assert self.queue, f"the window asked for a file ({caption!r}) the journey did not expect"
        return self.queue.pop(0)


class Watchdog:
    """A message box nobody answers would hang the journey in its event loop: after two looks a second
    apart it is recorded and closed, and the journey fails naming what it said."""

    def __init__(self) -> None:
        self.unanswered: list[str] = []
        self._seen: list[QMessageBox] = []
        self.timer = QTimer()
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        for box in boxes:
            if box in self._seen:
                self.unanswered.append(f"{box.windowTitle()}: {box.text()}")
                box.reject()
        self._seen = boxes


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    chosen = Files()
    for name in ("open_file", "save_file", "folder"):
        monkeypatch.setattr(prompts, name, chosen.answer)
    yield chosen
    assert not chosen.queue, f"the window never asked for {chosen.queue}"


@pytest.fixture
def seed(db_location: str) -> None:
    """What the store holds before PartyPlan starts: nothing (a new office). A journey that starts later in
    the office's life overrides this fixture and fills the store through the services."""


@pytest.fixture
def window(qtbot, qapp, seed, db_location: str, language: str, files: Files, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    crashes: list[str] = []
    monkeypatch.setattr(crash_dialog, "show", lambda _summary, details, _log: crashes.append(details))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # open_window installs the app's hooks: undone after
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    thresholds, log_level = gc.get_threshold(), logging.getLogger().level
    args = cli.build_parser().parse_args(["--db", db_location, "--lang", language])
    opened = app.open_window(args)
    assert isinstance(opened, MainWindow), f"PartyPlan did not start (exit code {opened})"
    qtbot.waitExposed(opened)
    opened.resize(*LAPTOP)
    watchdog = Watchdog()
    yield opened
    watchdog.timer.stop()
    opened.close()
    # Gone before the store is: a later language switch must not reach this window's dialogs, which would
    # read a store that no longer exists (on PostgreSQL each test's database is dropped).
    opened.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(opened), "the window outlived its journey"
    logs.set_crash_hook(None)
    logs.shutdown_logging()  # open_window logged into this test's folder; later tests log as before
    logging.getLogger().setLevel(log_level)
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    assert not crashes, "the window hit an unexpected error:\n" + "\n".join(crashes)
    assert not watchdog.unanswered, f"messages the journey did not expect: {watchdog.unanswered}"


@pytest.fixture
def store(window, db_location: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The same store, opened apart from the window, to check what the window wrote."""
    from partyplan.db.database import open_database

    db = open_database(db_location, backup_dir=tmp_path / "check-backups")
    yield db
    db.close()
