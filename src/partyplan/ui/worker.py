"""Long work off the GUI thread: a function runs in a QThread, reports progress, can be cancelled.

Only pure computation goes here (the solver, a big export); the store is read before and written after
on the GUI thread, so no database session crosses threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal


class Worker(QObject):
    """Runs `work(report, stopped)`: `report(fraction)` from any thread, `stopped()` true once cancelled."""

    sig_progress = Signal(float)
    sig_done = Signal(object)
    sig_failed = Signal(object)

    def __init__(self, work: Callable[[Callable[[float], None], Callable[[], bool]], object]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._thread = QThread()
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, ms: int = 30000) -> bool:
        return self._thread.wait(ms)

    def _run(self) -> None:
        try:
            result = self._work(self.sig_progress.emit, self._cancel.is_set)
        except Exception as exc:  # handed to the GUI thread, which explains it
            self.sig_failed.emit(exc)
        else:
            self.sig_done.emit(result)
        finally:
            # Home again before the thread ends: a QObject left in a finished thread was later destroyed
            # by the GUI thread's garbage collector, from the wrong thread, and that crashed.
            self.moveToThread(QCoreApplication.instance().thread())
            self._thread.quit()
