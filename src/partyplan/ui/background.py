"""Work that can take more than a moment (the solver, a report, a backup, a full check) run off the GUI thread.

The one way the window does it: `start` runs `work(report, stopped)` in a thread and returns at once; a
progress dialog (shown after 300 ms) offers Cancel; when the work has ended, one callback runs on the GUI
thread: `done(result)`, `failed(exc)` or `cancelled()`. No local event loop waits for it, so nothing else
the user does can run inside a half-finished action. A file is written to a temporary name and only put in
place once the work ended without Cancel, so cancelling never leaves a half-written or replaced file behind.

While any job runs, the garbage collector does not run on the GUI thread (it resumes when the last job
ends): CI once saw it collect a Qt wrapper there, from the wrong thread, in the middle of an export.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from partyplan.files import atomic_write

translate = QCoreApplication.translate
SHOW_AFTER_MS = 300  # quicker work ends without a dialog flashing up
Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class Cancelled(Exception):
    """The user pressed Cancel; whatever the work produced was dropped."""


class _Worker(QObject):
    """Runs the work in its own QThread and hands what happened to the job (queued, on the GUI thread)."""

    sig_progress = Signal(float)
    sig_done = Signal(object)
    sig_failed = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.stop = threading.Event()
        self.thread = QThread()
        self.moveToThread(self.thread)
        self.thread.started.connect(self._run)

    def _run(self) -> None:
        try:
            result = self._work(self.sig_progress.emit, self.stop.is_set)
        except Exception as exc:  # handed to the GUI thread, which explains it
            self.sig_failed.emit(exc)
        else:
            self.sig_done.emit(result)
        finally:
            # Home again before the thread ends: a QObject left in a finished thread was later destroyed
            # by the GUI thread's garbage collector, from the wrong thread, and that crashed.
            self.moveToThread(QCoreApplication.instance().thread())
            self.thread.quit()


_running: set[Job] = set()  # held here until they end: a job nobody keeps must not be collected mid-way
_paused_collector = False


def running() -> bool:
    """True while any job is under way (the tests wait for this to turn false)."""
    return bool(_running)


class Job(QObject):
    """One piece of work under way: its thread, its progress dialog, and what to call when it ends."""

    sig_ended = Signal(str)  # "done", "failed" or "cancelled", after the callback ran

    def __init__(self, parent: QWidget | None, title: str, label: str, work: Work, *,
                 done: Callable[[Any], object] | None, failed: Callable[[BaseException], object] | None,
                 cancelled: Callable[[], object] | None, cancellable: bool, keep_finished: bool,
                 progress: Callable[[float], object] | None, dialog: bool) -> None:
        super().__init__()
        self._done, self._failed, self._cancelled, self._report = done, failed, cancelled, progress
        self.keep_finished = keep_finished
        self.ended = False
        self.worker = _Worker(work)
        # Bound methods of this GUI-thread object, never lambdas: a lambda would run in the worker's
        # thread that emits the signal, while these must run queued on the GUI thread.
        self.worker.sig_progress.connect(self._progress)
        self.worker.sig_done.connect(self._finish_done)
        self.worker.sig_failed.connect(self._finish_failed)
        self.dialog: QProgressDialog | None = None
        if not dialog:  # the caller shows progress and Cancel in its own window (the archive dialog)
            return
        self.dialog = QProgressDialog(label, translate("Background", "Cancel") if cancellable else "", 0, 0, parent)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> Job:
        global _paused_collector
        if not _running and gc.isenabled():
            gc.disable()  # no collection of Qt wrappers on this thread while a worker runs; they wait for the end
            _paused_collector = True
        _running.add(self)
        if self.dialog is not None:
            QTimer.singleShot(SHOW_AFTER_MS, self._show_dialog)
        self.worker.thread.start()
        return self

    @property
    def cancel_requested(self) -> bool:
        return self.worker.stop.is_set()

    def cancel(self) -> None:
        if not self.ended:
            self.worker.stop.set()
            if self.dialog is not None:
                self.dialog.setLabelText(translate("Background", "Cancelling..."))

    def _show_dialog(self) -> None:
        """Qt 6 shows a progress dialog only on setValue; busy work needs it shown by time alone."""
        if not self.ended and self.dialog is not None:
            self.dialog.show()

    def _progress(self, fraction: float) -> None:
        if self.ended:
            return
        if self._report is not None:
            self._report(fraction)
        if self.dialog is None:
            return
        if self.dialog.maximum() == 0:  # busy until the work says how far it is
            self.dialog.setRange(0, 100)
        self.dialog.setValue(min(99, int(fraction * 100)))

    def _finish_done(self, result: object) -> None:
        self._end(result, None)

    def _finish_failed(self, exc: object) -> None:
        self._end(None, exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))

    def _end(self, result: object, error: BaseException | None) -> None:
        global _paused_collector
        self.ended = True
        self.worker.thread.wait()
        _running.discard(self)
        if not _running and _paused_collector:
            _paused_collector = False
            gc.enable()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self.cancel_requested and not (self.keep_finished and error is None):
            outcome = "cancelled"
            if self._cancelled is not None:
                self._cancelled()
        elif error is not None:
            outcome = "failed"
            try:
                if self._failed is None:
                    raise error  # nobody expected it: the window's excepthook explains it or shows the crash dialog
                self._failed(error)
            finally:
                self.sig_ended.emit(outcome)
            return
        else:
            outcome = "done"
            if self._done is not None:
                self._done(result)
        self.sig_ended.emit(outcome)


def start(parent: QWidget | None, title: str, label: str, work: Work, *,
          done: Callable[[Any], object] | None = None, failed: Callable[[BaseException], object] | None = None,
          cancelled: Callable[[], object] | None = None, cancellable: bool = True, keep_finished: bool = False,
          progress: Callable[[float], object] | None = None, dialog: bool = True) -> Job:
    """Start `work(report, stopped)` in a thread; when it ends, `done(result)`, `failed(exc)` or `cancelled()`.

    Cancel drops the result (`cancelled` is called even when the work finished anyway). With
    `keep_finished` (a write that commits at its end) work that ran to its end is `done` even if Cancel came
    too late to stop it: what it wrote is there, and the caller must say so. Such work stops by raising (and
    rolling back) when `stopped()` turns true; the caller hears `cancelled`. Without `failed`, an error of
    the work is raised on the GUI thread, where the window's hook explains it. The work must not touch
    widgets, and opens its own database session if it needs one. `progress(fraction)` hears the work's
    reports on the GUI thread; without `dialog` the caller shows progress and Cancel (`Job.cancel`) itself.
    """
    return Job(parent, title, label, work, done=done, failed=failed, cancelled=cancelled, cancellable=cancellable,
               keep_finished=keep_finished, progress=progress, dialog=dialog).start()


def write_file(parent: QWidget | None, title: str, label: str, target: Path, write: Callable[[Path], object], *,
               done: Callable[[Path], object] | None = None, failed: Callable[[BaseException], object] | None = None,
               cancelled: Callable[[], object] | None = None) -> Job | None:
    """`write(temp)` off the GUI thread; `target` is replaced (on the GUI thread, after the work) only if it
    succeeded and was not cancelled, and then `done(target)`; a failure the user can fix reaches `failed`
    as ExportTargetError, like a full disk."""
    target = Path(target)
    writing = atomic_write(target, target.suffix)
    try:
        temp = writing.__enter__()  # a missing folder or a read-only one is known before any work starts
    except Exception as exc:
        if failed is None:
            raise
        failed(exc)
        return None

    def finish(exc: BaseException | None) -> BaseException | None:
        """Leave the atomic write the way a `with` block would; what it raised, if anything."""
        try:
            writing.__exit__(type(exc) if exc else None, exc, exc.__traceback__ if exc else None)
        except BaseException as raised:
            return raised
        return None

    def report(problem: BaseException) -> None:
        if failed is None:
            raise problem
        failed(problem)

    def on_done(_result: object) -> None:
        problem = finish(None)
        if problem is not None:
            report(problem)
        elif done is not None:
            done(target)

    def on_failed(exc: BaseException) -> None:
        report(finish(exc) or exc)

    def on_cancelled() -> None:
        finish(Cancelled())
        if cancelled is not None:
            cancelled()

    def work(_report: Callable[[float], None], _stopped: Callable[[], bool]) -> None:
        write(temp)

    return start(parent, title, label, work, done=on_done, failed=on_failed, cancelled=on_cancelled)
