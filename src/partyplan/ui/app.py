"""Start the window: application, translators, the store (or a clear refusal), then the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from partyplan import i18n, texts
from partyplan.db.database import Database, open_database
from partyplan.db.engine import ENV_VAR
from partyplan.errors import PartyPlanError
from partyplan.ui import prompts
from partyplan.preferences import load_language, load_last_database, save_last_database

DB_FILTER = "PartyPlan (*.sqlite3 *.sqlite *.db);;*"


translate = QCoreApplication.translate


def make_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("PartyPlan")
    app.setOrganizationName("PartyPlan")
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
            return open_database(location)
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
    from partyplan.ui.main_window import MainWindow
    from partyplan.ui.operations import Operations

    if args.screenshot is not None:
        _offscreen_without_display()
    app = make_application()
    language = i18n.normalize_language(args.lang or load_language())
    i18n.install(language)
    interactive = args.screenshot is None
    database = open_or_explain(choose_location(args.db), interactive)
    if database is None:
        return 1
    if interactive:
        save_last_database(database.display_name)
    window = MainWindow(Operations(database), language)
    if args.tab:
        window.show_tab(args.tab)
    if not interactive:
        return screenshot(app, window, args.screenshot, args.size)
    window.resize(1280, 800)
    window.show()
    window.warn_network()
    return app.exec()


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
