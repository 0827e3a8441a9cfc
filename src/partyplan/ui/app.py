"""Start the window: application, translators, the store (or a clear refusal), then the main window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from partyplan import __version__, i18n, logs, texts
from partyplan.db.database import Database
from partyplan.db.engine import ENV_VAR
from partyplan.errors import PartyPlanError
from partyplan.gc_tuning import collect_less_often
from partyplan.ui import data_safety, prompts
from partyplan.preferences import load_language, load_last_database, load_window_geometry, save_last_database
from partyplan.resources import resource_path

if TYPE_CHECKING:
    from partyplan.ui.main_window import MainWindow

DB_FILTER = "PartyPlan (*.sqlite3 *.sqlite *.db);;*"
DEFAULT_SIZE = (1280, 800)


translate = QCoreApplication.translate


def make_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("PartyPlan")
    app.setOrganizationName("PartyPlan")
    app.setWindowIcon(QIcon(str(resource_path("icons", "partyplan.png"))))
    return app


def choose_location(cli_db: str | None) -> str | None:
    """--db, then PARTYPLAN_DB, then the file opened last time (if it is still there), then the default."""
    if cli_db:
        return cli_db
    if os.environ.get(ENV_VAR):
        return None
    last = load_last_database()
    if last and ("://" in last or Path(last).exists()):
        return last
    return None


def open_or_explain(location: str | None, interactive: bool) -> Database | None:
    """A refused store gets a message and, in the window, the chance to open another file instead."""
    while True:
        try:
            return data_safety.open_checked(None, location, interactive)  # lock, quick check, then open
        except PartyPlanError as exc:
            message = texts.error_message(exc)
            if not interactive:
                print(translate("App", "Error: %1").replace("%1", message), file=sys.stderr)
                return None
            prompts.error(None, translate("App", "PartyPlan cannot open the database"), message + "\n\n"
                          + translate("App", "Choose another database file, or cancel to quit."))
            location = prompts.open_file(None, translate("App", "Open database"), DB_FILTER)
            if not location:
                return None


def run_gui(args: argparse.Namespace) -> int:
    started = open_window(args)
    if isinstance(started, int):
        return started
    return QApplication.instance().exec()  # type: ignore[union-attr]


def open_window(args: argparse.Namespace) -> MainWindow | int:
    """Everything `partyplan` does before the event loop: the window on screen, or an exit code.

    Apart from run_gui, the journeys in tests/journeys call this, so they drive the window a user gets
    (language, store checks, crash dialog, saved geometry) and only leave out `app.exec()`."""
    collect_less_often()  # cli.main has done so before the imports; a caller of run_gui alone gets it here
    from partyplan.ui.main_window import MainWindow
    from partyplan.ui.operations import Operations

    logs.setup_logging()
    logs.install_excepthook()
    logs.log.info("PartyPlan %s starting (frozen=%s, Python %s)", __version__, getattr(sys, "frozen", False),
                  sys.version.split()[0])
    if args.screenshot is not None:
        _offscreen_without_display()
    app = make_application()
    language = i18n.normalize_language(args.lang or load_language())
    i18n.install(language)
    interactive = args.screenshot is None
    if interactive:
        from partyplan.ui import crash_dialog

        crash_dialog.install()
        data_safety.explain_read_only_writes()
    database = open_or_explain(choose_location(args.db), interactive)
    if database is None:
        return 1
    if interactive:
        save_last_database(database.remembered_location())
    gc.freeze()  # what exists before the window (modules, classes) is never garbage: later collections skip it
    window = MainWindow(Operations(database), language)
    if args.tab:
        window.show_tab(args.tab)
    if not interactive:
        return screenshot(app, window, args.screenshot, args.size)
    window.remember_geometry = True
    data_safety.watch_session_end(app, window)
    restore_geometry(window)
    window.show()
    window.warn_network()
    return window


def restore_geometry(window) -> None:  # type: ignore[no-untyped-def]
    """Last run's size and place (Qt moves it back on screen if that screen is gone), else a default
    size that fits the screen, centred."""
    saved = load_window_geometry()
    if saved is not None and window.restoreGeometry(saved):
        return
    screen = window.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else QRect(0, 0, *DEFAULT_SIZE)
    width, height = min(DEFAULT_SIZE[0], int(area.width() * 0.95)), min(DEFAULT_SIZE[1], int(area.height() * 0.92))
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)


def _offscreen_without_display() -> None:
    """A screenshot needs no screen: on a Linux machine without one (CI, a server) render offscreen."""
    headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def screenshot(app: QApplication, window, out: Path, size: str) -> int:  # type: ignore[no-untyped-def]
    try:
        width, height = (int(v) for v in size.lower().split("x"))
    except ValueError:
        print(translate("App", "Error: %1").replace("%1", translate("App", "--size must look like 1280x800")), file=sys.stderr)
        return 2
    window.resize(width, height)
    window.show()
    app.processEvents()
    ok = window.grab().save(str(out))
    window.close()
    if not ok:
        print(translate("App", "Error: %1").replace("%1", translate("App", "cannot write %1").replace("%1", str(out))), file=sys.stderr)
        return 1
    return 0
