"""The window's side of data safety: open with checks, restore, check, back up on exit, read-only.

Opening a SQLite store (at start and from File > Open) goes through `partyplan.exchange.opening`, as
every command line command does: one-writer lock (held elsewhere: offer the store read-only), quick
integrity check (damaged: offer the newest good backup; declined: the usual "choose another file or
quit", never a crash loop), then open. Every question goes through `prompts`, so tests answer them.
The services do the work (`partyplan.exchange`); this module only asks and tells.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from partyplan import texts
from partyplan.errors import PartyPlanError
from partyplan.exchange import integrity, lock, opening, restore, rotation
from partyplan.settings import backups_dir
from partyplan.ui import background, prompts
from partyplan.ui.operations import (
    CONCURRENT_WRITES,
    REFUSED_WRITES,
    DatabaseBusyError,
    ReadOnlyDatabaseError,
    StoreFullError,
    TextTooLongError,
)

if TYPE_CHECKING:
    from partyplan.ui.main_window import MainWindow
    from partyplan.ui.operations import Database

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


# ------------------------------------------------------------------------------------------- opening


def open_checked(parent: QWidget | None, location: str | None, interactive: bool = True) -> Database:
    """Open a store the safe way (`partyplan.exchange.opening`), asking the user what to do with a store
    in use or a damaged one. Refusals and declined offers raise PartyPlanError."""
    return opening.open_checked(
        location,
        on_locked=lambda exc: interactive and offer_read_only(parent, exc),
        on_damaged=lambda path, exc: interactive and offer_newest_backup(parent, path, exc))


def offer_read_only(parent: QWidget | None, exc: lock.DatabaseLockedError) -> bool:
    return prompts.confirm(parent, translate("DataSafety", "Database in use"), texts.error_message(exc) + "\n\n" + translate(
        "DataSafety", "Open it read-only? You can look at everything, and change nothing."))


def offer_newest_backup(parent: QWidget | None, path: Path, exc: integrity.DamagedDatabaseError) -> bool:
    """Offer the newest backup that passes its check; True when it was restored into `path`."""
    title = translate("DataSafety", "Damaged database")
    backup = integrity.newest_good_backup(path, backups_dir())
    if backup is None:
        prompts.error(parent, title, texts.error_message(exc) + "\n\n" + translate(
            "DataSafety", "No good backup of it was found in %1.").replace("%1", str(backups_dir())))
        return False
    question = texts.error_message(exc) + "\n\n" + translate(
        "DataSafety", "Restore the newest good backup, taken %1? The damaged file is kept beside it, renamed.").replace(
        "%1", backup.taken_at.strftime("%Y-%m-%d %H:%M"))
    if not prompts.confirm(parent, title, question):
        return False
    # In line, not as background work: opening a store is one question-and-answer sequence that the start
    # (before any window exists) and File > Open wait on for their answer, and a restore cannot be cancelled.
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = restore.restore_backup(backup.path, path, backups_dir())
    finally:
        QGuiApplication.restoreOverrideCursor()
    prompts.info(parent, title, restored_text(result))
    return True


def switch_store(window: MainWindow, location: str) -> bool:
    """File > Open / New: the same checks as at start; False when the user declined."""
    ops = window.ops
    old = ops.db.path
    new = open_checked(window, location)
    if new is None:
        return False
    if new.read_only:
        ops.use(new)
    else:
        new.close()  # Operations opens it again its own way; the lock stays held by this process
        try:
            ops.switch_database(location)
        except BaseException:
            if new.path != old:
                lock.release(new.path)  # type: ignore[arg-type]
            raise
    if old is not None and old != ops.db.path:
        lock.release(old)
    return True


def use_opened(window: MainWindow, database: Database) -> None:
    """Switch to a store opened elsewhere (File > Connect to server), letting go of the file before."""
    old = window.ops.db.path
    window.ops.use(database)
    if old is not None and old != database.path:
        lock.release(old)


# ---------------------------------------------------------------------------------- window actions


def restore_from_backup(window: MainWindow) -> None:
    """File > Restore...: the dialog; on its accept, the restore."""
    from partyplan.ui.restore_dialog import RestoreDialog

    title = translate("DataSafety", "Restore from a backup")
    path = window.ops.db.path
    if path is None:
        prompts.info(window, title, translate(
            "DataSafety", "This database is on a PostgreSQL server; restore it on the server (pg_restore)."))
        return
    if window.ops.db.read_only:
        prompts.warning(window, title, texts.error_message(ReadOnlyDatabaseError(window.ops.db.display_name)))
        return
    store = rotation.store_identity(path, backups_dir())
    dialog = RestoreDialog(path, rotation.backups_of(backups_dir(), store, path.stem), window, store_id=store)
    dialog.accepted.connect(lambda: dialog.chosen and restore_into_window(window, dialog.chosen))
    window.restore_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def restore_into_window(window: MainWindow, backup: Path) -> None:
    """Close the store's connections, restore (the current file is backed up first), open it again."""
    title = translate("DataSafety", "Restore from a backup")
    ops = window.ops
    path = ops.db.path
    assert path is not None
    ops.close_connections()

    def reopen() -> bool:
        try:
            ops.switch_database(str(path))  # a fresh engine; an older backup is migrated here
        except PartyPlanError as exc:
            prompts.error(window, title, texts.error_message(exc))
            return False
        return True

    def done(result: restore.RestoreResult) -> None:
        reopen()
        prompts.info(window, title, restored_text(result))

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, PartyPlanError):
            reopen()
            raise exc
        prompts.error(window, title, texts.error_message(exc))
        reopen()

    # a safety copy and a checked copy of a big file: off the GUI thread; a half-made swap cannot be cancelled
    background.start(window, title, translate("DataSafety", "Restoring %1...").replace("%1", backup.name),
                     lambda _report, _stopped: restore.restore_backup(backup, path, backups_dir()),
                     cancellable=False, done=done, failed=failed)


def check_database(window: MainWindow, checked: Callable[[integrity.IntegrityReport], object] | None = None) -> None:
    """Help > Check database: the full check; a damaged file is offered its newest good backup.
    `checked(report)` hears the report once it was told (the tests read it)."""
    title = translate("DataSafety", "Check database")
    db = window.ops.db

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, PartyPlanError):
            raise exc
        prompts.error(window, title, texts.error_message(exc))

    def done(report: integrity.IntegrityReport) -> None:
        tell_check(window, title, report)
        if checked is not None:
            checked(report)

    # reads every page of the file: seconds on a ten-year store
    background.start(window, title, translate("DataSafety", "Checking every table and record..."),
                     lambda _report, _stopped: integrity.check_database(db, full=True), done=done, failed=failed)


def tell_check(window: MainWindow, title: str, report: integrity.IntegrityReport) -> None:
    if report.on_server:
        prompts.info(window, title, translate(
            "DataSafety", "%1 is on a PostgreSQL server, which looks after its own files; it answers normally.").replace(
            "%1", report.location))
    elif report.ok:
        prompts.info(window, title, translate("DataSafety", "No damage found in %1: %2 tables, %3 records checked.")
                     .replace("%1", report.location).replace("%2", str(report.tables))
                     .replace("%3", str(sum(report.rows.values()))))
    else:
        path = window.ops.db.path
        assert path is not None
        backup = integrity.newest_good_backup(path, backups_dir())
        message = texts.error_message(integrity.DamagedDatabaseError(path, report.problems))
        if backup is None:
            prompts.error(window, title, message + "\n\n" + translate(
                "DataSafety", "No good backup of it was found in %1.").replace("%1", str(backups_dir())))
        elif prompts.confirm(window, title, message + "\n\n" + translate(
                "DataSafety", "Restore the newest good backup, taken %1? The damaged file is kept beside it, "
                              "renamed.").replace("%1", backup.taken_at.strftime("%Y-%m-%d %H:%M"))):
            restore_into_window(window, backup.path)


def close_store(window: MainWindow, quiet: bool = False) -> rotation.Backup | None:
    """On exit: a verified backup into the backups folder (unless nothing changed), close, release the
    lock. Safe to run twice (closeEvent, then aboutToQuit): the second backup finds nothing changed."""
    db = window.ops.db
    made = _exit_backup(window, quiet)
    window.ops.close()
    if db.path is not None and not db.read_only:
        lock.release(db.path)
    return made


def _exit_backup(window: MainWindow, quiet: bool) -> rotation.Backup | None:
    db = window.ops.db
    if db.path is None or db.read_only or not db.path.exists():
        return None
    try:
        return rotation.make_backup(db.path, backups_dir(), "on-exit", skip_if_unchanged=True)
    except PartyPlanError as exc:
        log.warning("Backup on exit failed: %s", exc)
        if not quiet:
            prompts.warning(window, translate("DataSafety", "Backup on exit"), texts.error_message(exc))
        return None


RETAKE_AFTER_MS = 20_000


def watch_session_end(app: QGuiApplication, window: MainWindow) -> tuple[Callable[..., object], Callable[[], object]]:
    """Windows ends a session (log-off, shut-down, an update's restart) without closing windows, and the
    process is then ended: neither closeEvent nor atexit runs, and the exit backup was never taken.
    Qt says so first (commitDataRequest, then aboutToQuit). Returns the two slots connected."""
    def on_commit(_manager: object) -> None:
        session_ending(window)

    def on_quit() -> None:
        close_store(window, quiet=True)

    app.commitDataRequest.connect(on_commit)
    app.aboutToQuit.connect(on_quit)
    return on_commit, on_quit


def session_ending(window: MainWindow, retake_after_ms: int = RETAKE_AFTER_MS) -> rotation.Backup | None:
    """Take the exit backup and release the lock now, asking nothing (a dialog would hold up log-off).
    If the session goes on after all (another program refused to end it), the lock is taken back."""
    db = window.ops.db
    if db.path is None or db.read_only:
        return None
    made = _exit_backup(window, quiet=True)
    lock.release(db.path)
    log.info("Session ending: exit backup %s, lock on %s released", made.path if made else "not needed", db.path)
    path = db.path
    QTimer.singleShot(retake_after_ms, window, lambda: _retake_lock(window, path))
    return made


def _retake_lock(window: MainWindow, path: Path) -> None:
    if window.ops.db.path != path or window.ops.db.read_only:
        return
    try:
        lock.acquire(path)
    except PartyPlanError as exc:
        log.warning("The session went on but the lock on %s could not be taken back: %s", path, exc)


def status_note(db: Database) -> str:
    """For the status bar after the database name."""
    if db.read_only:
        return translate("DataSafety", "(read-only: another copy of PartyPlan is using it)")
    return ""


def restored_text(result: restore.RestoreResult) -> str:
    lines = [translate("DataSafety", "%1 was restored from %2.").replace("%1", str(result.store))
             .replace("%2", str(result.backup))]
    if result.safety_copy is not None:
        lines.append(translate("DataSafety", "The database as it was is kept in %1.").replace("%1", str(result.safety_copy)))
    if result.moved_aside is not None:
        lines.append(translate("DataSafety", "The damaged file was moved to %1.").replace("%1", str(result.moved_aside)))
    return "\n".join(lines)


# ------------------------------------------------------------------------------------ unhandled writes


def explain_read_only_writes() -> None:
    """A write refused by the store (read-only, kept waiting too long by another program, a text longer
    than its field; another PC's save, a second copy of what is held once, a month changed under the
    solver) that a screen did not catch becomes a clear message, not the crash dialog; the dialog it came
    from stays open with what was typed."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, REFUSED_WRITES + CONCURRENT_WRITES):
            explain(exc)
            return
        previous(exc_type, exc, tb)

    sys.excepthook = hook


def explain(exc: PartyPlanError) -> None:
    log.info("Refused: %s", exc)
    if isinstance(exc, DatabaseBusyError):
        title = translate("DataSafety", "Database busy")
    elif isinstance(exc, (TextTooLongError, StoreFullError, *CONCURRENT_WRITES)):
        title = translate("DataSafety", "Not saved")
    else:
        title = translate("DataSafety", "Read-only")
    prompts.warning(None, title, texts.error_message(exc))
