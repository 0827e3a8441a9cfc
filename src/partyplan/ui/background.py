"""Work that can take more than a moment (a report, a backup, a full check) run off the GUI thread.

The caller's code stays a straight line: `run` starts a Worker and waits in a local event loop, so the
window keeps painting and a progress dialog (shown after 300 ms) offers Cancel. A file is written to a
temporary name and only put in place once the work ended without Cancel, so cancelling never leaves a
half-written or replaced file behind.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from partyplan.files import atomic_write
from partyplan.ui.worker import Worker

translate = QCoreApplication.translate
SHOW_AFTER_MS = 300  # quicker work ends without a dialog flashing up
Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class Cancelled(Exception):
    """The user pressed Cancel; whatever the work produced was dropped."""


class _Waiter(QObject):
    """Lives on the GUI thread: the worker's queued signals land here and end the local loop."""

    def __init__(self, worker: Worker, dialog: QProgressDialog) -> None:
        super().__init__()
        self.worker, self.dialog = worker, dialog
        self.loop = QEventLoop()
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = False

    def show_dialog(self) -> None:
        """Qt 6 shows a progress dialog only on setValue; busy work needs it shown by time alone."""
        if not self.finished:
            self.dialog.show()

    def progress(self, fraction: float) -> None:
        if self.dialog.maximum() == 0:  # busy until the work says how far it is
            self.dialog.setRange(0, 100)
        self.dialog.setValue(min(99, int(fraction * 100)))

    def done(self, result: Any) -> None:
        self.result = result
        self.finished = True
        self.loop.quit()

    def failed(self, exc: object) -> None:
        self.error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        self.finished = True
        self.loop.quit()

    def cancel(self) -> None:
        self.worker.cancel()
        self.dialog.setLabelText(translate("Background", "Cancelling..."))


def run(parent: QWidget | None, title: str, label: str, work: Work, *, cancellable: bool = True,
        keep_finished: bool = False) -> Any:
    """Run `work(report, stopped)` in a thread and return its result; its exception is raised here.

    Raises Cancelled if the user cancelled, even when the work finished anyway (its result is dropped).
    With `keep_finished` (a write that commits at its end) work that ran to its end is returned even if
    Cancel came too late to stop it: what it wrote is there, and the caller must say so. Such work
    stops by raising (and rolling back) when `stopped()` turns true; the caller sees Cancelled.
    The work must not touch widgets, and opens its own database session if it needs one.
    """
    worker = Worker(work)
    dialog = QProgressDialog(label, translate("Background", "Cancel") if cancellable else "", 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    waiter = _Waiter(worker, dialog)
    worker.sig_progress.connect(waiter.progress)
    worker.sig_done.connect(waiter.done)
    worker.sig_failed.connect(waiter.failed)
    dialog.canceled.connect(waiter.cancel)
    QTimer.singleShot(SHOW_AFTER_MS, waiter.show_dialog)
    collecting = gc.isenabled()
    gc.disable()  # no collection of Qt wrappers on this thread while the worker runs; they wait for the end
    worker.start()
    try:
        waiter.loop.exec()
    finally:
        worker.wait()
        if collecting:
            gc.enable()
        dialog.canceled.disconnect(waiter.cancel)
        dialog.close()
        dialog.deleteLater()
    if worker.cancelled and not (keep_finished and waiter.error is None):
        raise Cancelled()
    if waiter.error is not None:
        raise waiter.error
    return waiter.result


def write_file(parent: QWidget | None, title: str, label: str, target: Path, write: Callable[[Path], object]) -> Path:
    """`write(temp)` off the GUI thread; `target` is replaced only if it succeeded and was not cancelled."""
    target = Path(target)
    with atomic_write(target, target.suffix) as temp:
        run(parent, title, label, lambda _report, _stopped: write(temp))
    return target
