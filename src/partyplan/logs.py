"""The log file and what happens to an exception nobody caught.

A windowed build (PyInstaller on Windows) has no console: `sys.stderr` is None, so a traceback
printed there is lost and the app seems to vanish. Here every log record goes to a file in the
user's data folder, one per process (`data_dir()/logs/partyplan-YYYYMMDD-HHMMSS-PID.log`): two copies
of the app (the window and a command, or a read-only second window) sharing one rotating file lost
records on Windows, where renaming a file another process holds open fails. A process rotates only
its own file, and at start the oldest files beyond KEEP_FILES are deleted (one still open elsewhere is
simply left for next time). An unhandled exception is logged and
then handed to a crash hook, which the window installs to show a dialog naming the log file
(`partyplan.ui.crash_dialog`). No Qt widgets here: the command line uses this module too.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from partyplan.errors import LocationError
from partyplan.settings import data_dir

LOG_PREFIX = "partyplan-"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 2  # per process: a very long session keeps its last 3 MB
KEEP_FILES = 20  # the newest processes' logs kept in the folder
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

log = logging.getLogger("partyplan")

# Called with (a one-line summary, the full traceback text, the log file) after an unhandled
# exception was logged; the window sets it to a function that shows a dialog.
CrashHook = Callable[[str, str, Path | None], None]
_crash_hook: CrashHook | None = None
_handler: logging.Handler | None = None
_stderr_handler: logging.Handler | None = None
_fault_file: IO[str] | None = None
_process_log_name: str | None = None
_in_hook = threading.local()


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path | None:
    """The file the log is written to now, or None before `setup_logging`."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the root logger to the rotating file (and warnings to stderr when there is one).

    Safe to call again: it replaces its own handlers, so a changed PARTYPLAN_HOME takes effect.
    Returns the log file, or None when the data folder cannot be written (the app still runs).
    """
    global _handler, _stderr_handler
    shutdown_logging()
    root = logging.getLogger()
    formatter = logging.Formatter(FORMAT)
    try:
        folder = log_dir()
        prune_logs(folder)
        path = folder / process_log_name()
        handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except (OSError, LocationError):
        path = None
    else:
        handler.setFormatter(formatter)
        handler.setLevel(level)
        root.addHandler(handler)
        _handler = handler
    if sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console.setLevel(logging.WARNING)
        root.addHandler(console)
        _stderr_handler = console
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # seven lines at every start
    logging.captureWarnings(True)
    _enable_faulthandler()
    return path


def process_log_name() -> str:
    """This process's own file; the same name for the whole process, so `setup_logging` again appends."""
    global _process_log_name
    if _process_log_name is None:
        _process_log_name = f"{LOG_PREFIX}{dt.datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.log"
    return _process_log_name


def prune_logs(folder: Path, keep: int = KEEP_FILES) -> None:
    """Delete the oldest processes' logs beyond `keep` (with their rotated parts)."""
    own = process_log_name()
    logs = sorted((p for p in folder.glob(f"{LOG_PREFIX}*.log") if p.name != own),
                  key=lambda p: p.name, reverse=True)  # the name starts with the start time
    for old in logs[max(keep - 1, 0):]:
        for part in [old, *folder.glob(old.name + ".*")]:
            try:
                part.unlink()
            except OSError:
                pass  # still open in a running copy (Windows): next start


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log names people and files: each log file is readable by the user only (0600), the one made
    after a rotation too, and one left readable by an earlier version is narrowed when opened."""

    def _open(self):  # type: ignore[no-untyped-def]
        return open_private(Path(self.baseFilename), self.encoding or "utf-8")


def open_private(path: Path, encoding: str = "utf-8") -> IO[str]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
    if os.name == "posix" and os.fstat(fd).st_mode & 0o077:
        os.fchmod(fd, 0o600)
    return open(fd, "a", encoding=encoding)  # noqa: SIM115 (the handler keeps it open)


def shutdown_logging() -> None:
    """Remove and close what `setup_logging` opened (tests; the files stay), faults.log included, so the
    next `setup_logging` in this process (a test with another data folder) opens its own."""
    global _handler, _stderr_handler, _fault_file
    root = logging.getLogger()
    for old in (_handler, _stderr_handler):
        if old is not None:
            root.removeHandler(old)
            old.close()
    _handler = _stderr_handler = None
    if _fault_file is not None:
        if sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__)  # crashes are reported where they were before
        else:
            faulthandler.disable()
        _fault_file.close()
        _fault_file = None


def _enable_faulthandler() -> None:
    """A crash inside a native library (Qt, the solver) leaves its Python stack in faults.log."""
    global _fault_file
    if _fault_file is not None:
        return
    try:
        _fault_file = open_private(log_dir() / "faults.log")
        faulthandler.enable(_fault_file)
    except (OSError, RuntimeError, ValueError, LocationError):
        _fault_file = None


def set_crash_hook(hook: CrashHook | None) -> None:
    global _crash_hook
    _crash_hook = hook


def install_excepthook() -> None:
    """Route unhandled exceptions, in the main thread, in Qt slots and in other threads, here."""
    sys.excepthook = handle_exception
    threading.excepthook = _thread_excepthook


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.critical("Unhandled exception\n%s", details.rstrip())
    if _stderr_handler is None and sys.stderr is not None:
        sys.stderr.write(details)  # no console handler (setup_logging not called): keep Python's default
    hook = _crash_hook
    if hook is None or getattr(_in_hook, "active", False):
        return
    _in_hook.active = True  # an exception while showing the dialog must not open another one
    try:
        summary = "".join(traceback.format_exception_only(exc_type, exc)).strip()
        hook(summary, details, log_file())
    except Exception:
        log.exception("The crash hook failed")
    finally:
        _in_hook.active = False


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    thread = args.thread.name if args.thread is not None else "?"
    details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    # Only logged: a dialog must be shown from the GUI thread.
    log.critical("Unhandled exception in thread %s\n%s", thread, details.rstrip())
