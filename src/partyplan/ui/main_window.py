"""The one window: the work tabs, the menus and the status bar that names the database in use.

The areas' modules are imported when an area is first built, not at start: they are a seventh of the
start-up's imports, and the overview on screen at start needs none of them. A second after the window
appears they are imported in the background of the event loop, one per turn, so a first click on a
tab does not pay for them either.
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from partyplan import __version__, i18n, texts
from partyplan.errors import PartyPlanError
from partyplan.files import readable_by_others
from partyplan.i18n import LANGUAGE_NAMES
from partyplan.preferences import save_language, save_last_database, save_window_geometry
from partyplan.settings import data_dir_path
from partyplan.ui import background, data_safety, prompts, unsaved
from partyplan.ui.export_flow import export_file
from partyplan.ui.lazy_page import LazyPage
from partyplan.ui.live_refresh import AREAS as LIVE_AREAS
from partyplan.ui.live_refresh import LiveRefresh
from partyplan.ui.operations import Operations
from partyplan.ui.overview.tab import OverviewTab

if TYPE_CHECKING:
    from partyplan.ui.help_dialog import HelpDialog
    from partyplan.ui.meetings.tab import MeetingsTab
    from partyplan.ui.people.import_dialog import ImportDialog
    from partyplan.ui.people.tab import PeopleArea
    from partyplan.ui.plans.tab import PlansTab
    from partyplan.ui.posts.tab import PostsTab
    from partyplan.ui.reports.archive_dialog import ArchiveDialog
    from partyplan.ui.reports.summary_dialog import SummaryDialog
    from partyplan.ui.rosters.tab import RosterTab
    from partyplan.ui.settings_dialog import SettingsDialog

TAB_ORDER = ("overview", "plans", "rosters", "posts", "meetings", "people")
AREAS = {"plans": ("partyplan.ui.plans.tab", "PlansTab"), "rosters": ("partyplan.ui.rosters.tab", "RosterTab"),
         "posts": ("partyplan.ui.posts.tab", "PostsTab"), "meetings": ("partyplan.ui.meetings.tab", "MeetingsTab"),
         "people": ("partyplan.ui.people.tab", "PeopleArea")}  # each area's module and widget class
PRELOAD_AFTER_MS = 1000  # after the window first appears
DB_FILTER = "PartyPlan (*.sqlite3 *.sqlite *.db);;*"


class MainWindow(QMainWindow):
    remember_geometry = False  # run_gui sets it for the real window; tests and screenshots leave settings alone

    def __init__(self, operations: Operations, language: str) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.ops = operations
        self.language = language
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.pages: dict[str, QWidget] = {area: LazyPage(lambda area=area: self._make_area(area)) for area in AREAS}
        self._preload_started = False
        self.pages["people"].sig_built.connect(self._people_built)  # type: ignore[attr-defined]
        self.overview_tab = OverviewTab(operations)
        self.overview_tab.sig_go.connect(self.show_tab)
        self.pages["overview"] = self.overview_tab
        for area in TAB_ORDER:
            self.tabs.addTab(self.pages[area], "")
        self.setCentralWidget(self.tabs)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label, 1)
        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        self.statusBar().addPermanentWidget(self.user_label)
        self._user = ""
        self.import_dialog: ImportDialog | None = None
        self.help_dialog: HelpDialog | None = None
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self._build_menus()
        self._office_name = operations.office_name()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self._refresh_office)
        operations.sig_database_switched.connect(self._store_switched)
        self.live = LiveRefresh(operations, self)
        self.live.sig_updated.connect(self._updated_elsewhere)
        self._read_user()
        self.live.start()
        self.retranslate()
        self.tabs.setCurrentWidget(self.overview_tab)

    # -- the areas, each built on its first visit -----------------------------------------------
    @property
    def plans_tab(self) -> PlansTab:
        return self._area("plans")  # type: ignore[return-value]

    @property
    def roster_tab(self) -> RosterTab:
        return self._area("rosters")  # type: ignore[return-value]

    @property
    def posts_tab(self) -> PostsTab:
        return self._area("posts")  # type: ignore[return-value]

    @property
    def meetings_tab(self) -> MeetingsTab:
        return self._area("meetings")  # type: ignore[return-value]

    @property
    def people_area(self) -> PeopleArea:
        return self._area("people")  # type: ignore[return-value]

    @property
    def people_tab(self):  # type: ignore[no-untyped-def]
        return self.people_area.register

    def _area(self, area: str) -> QWidget:
        return self.pages[area].widget()  # type: ignore[attr-defined]

    def _make_area(self, area: str) -> QWidget:
        module, name = AREAS[area]
        return getattr(importlib.import_module(module), name)(self.ops)

    def _preload(self, modules: list[str]) -> None:
        """Import the next area's module, then give the event loop a turn before the one after."""
        if modules:
            importlib.import_module(modules[0])
            QTimer.singleShot(0, lambda: self._preload(modules[1:]))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self._preload_started:
            self._preload_started = True
            waiting = [module for module, _name in AREAS.values()]
            QTimer.singleShot(PRELOAD_AFTER_MS, lambda: self._preload(waiting))
        super().showEvent(event)

    def _people_built(self, area: PeopleArea) -> None:
        area.register.sig_import_requested.connect(self.import_people)
        area.register.sig_export_requested.connect(self.export_people)

    # -- public actions ----------------------------------------------------------------------
    def show_tab(self, area: str) -> None:
        area, _, page = area.partition("/")  # "people/branches": a page inside the tab
        self.tabs.setCurrentWidget(self.pages[area])
        if area != "overview":
            widget = self._area(area)
            if page:
                widget.show_page(page)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        """View > Refresh (F5): every page that has been built reads the store again."""
        for area in LIVE_AREAS:
            self.ops.changed(area)
        self.statusBar().showMessage(self.tr("Refreshed."), 3000)

    def new_database(self) -> None:
        path = prompts.save_file(self, self.tr("New database"), str(Path.home() / "partyplan.sqlite3"), DB_FILTER)
        if not path:
            return
        if Path(path).exists():
            prompts.warning(self, self.tr("New database"),
                            self.tr("%1 already exists. Use File > Open database to open it.").replace("%1", path))
            return
        self._switch(path)

    def open_database(self) -> None:
        path = prompts.open_file(self, self.tr("Open database"), DB_FILTER)
        if path:
            self._switch(path)

    def connect_to_server(self):  # type: ignore[no-untyped-def]
        """File > Connect to server...: the form, then (once the server's store opened) the switch to it."""
        from partyplan.district.connection import ServerConnection
        from partyplan.ui.connect_dialog import ConnectDialog

        if not unsaved.settle_all(self):
            return None
        current = None if self.ops.db.is_sqlite else ServerConnection.from_url(self.ops.db.url)
        self.connect_dialog = ConnectDialog(current, self)
        self.connect_dialog.sig_connected.connect(self._connected)
        self.connect_dialog.open()
        return self.connect_dialog

    def _connected(self, database, where: str) -> None:  # type: ignore[no-untyped-def]
        data_safety.use_opened(self, database)
        save_last_database(database.remembered_location())
        self.statusBar().showMessage(self.tr("Connected to %1.").replace("%1", database.display_name), 8000)
        if where == "memory":
            prompts.info(self, self.tr("Connect to server"), self.tr(
                "This PC has no credential store, so the password is kept only until PartyPlan closes; it "
                "will be asked for again next time. It was not written anywhere."))

    def backup_now(self) -> None:
        if self.ops.db.path is None:
            prompts.info(self, self.tr("Back up now"), self.tr(
                "This database is on a PostgreSQL server; back it up on the server (pg_dump)."))
            return
        self._ask_backup(str(Path.home() / f"partyplan-backup-{dt.datetime.now():%Y%m%d-%H%M}.sqlite3"))

    def _ask_backup(self, suggested: str) -> None:
        title = self.tr("Back up now")
        path = prompts.save_file(self, title, suggested, DB_FILTER)
        if not path:
            return

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, PartyPlanError):
                raise exc
            prompts.error(self, title, texts.error_message(exc))
            self._ask_backup(suggested)  # offer another name: the dialog opens again

        background.start(self, title, self.tr("Writing the backup..."),
                         lambda _report, _stopped: self.ops.backup_now(Path(path)), cancellable=False,
                         done=lambda written: prompts.info(self, title, self.tr("Backup written to %1.").replace(
                             "%1", str(written))), failed=failed)

    def import_people(self) -> None:
        """Reads the sheet off the GUI thread; the preview dialog (self.import_dialog) opens when it is read."""
        title = self.tr("Import people")
        path = prompts.open_file(self, title, self.tr("Spreadsheets (*.xlsx *.xlsm *.csv)"))
        if not path:
            return

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, PartyPlanError):
                raise exc
            prompts.error(self, title, texts.error_message(exc))

        background.start(self, title, self.tr("Reading %1...").replace("%1", Path(path).name),
                         lambda _report, _stopped: self.ops.preview_import(Path(path)),
                         done=self._show_import, failed=failed)

    def _show_import(self, preview: object) -> None:
        from partyplan.ui.people.import_dialog import ImportDialog

        self.import_dialog = ImportDialog(self.ops, preview, self)  # type: ignore[arg-type]
        self.import_dialog.accepted.connect(self._import_done)
        self.import_dialog.open()

    def export_people(self) -> None:
        counted: list[int] = []
        language = self.language
        export_file(self, self.tr("Export people"), Path.home() / (self.tr("people") + f"-{dt.date.today():%Y%m%d}.xlsx"),
                    self.tr("Excel workbook (*.xlsx)"), lambda temp: counted.append(
                        self.ops.export_people(temp, language, include_archived=False)), confirm=False,
                    written=lambda written: self._people_written(written, counted))

    def _people_written(self, written: Path, counted: list[int]) -> None:
        self.statusBar().showMessage(self.tr("People written to %2: %1.").replace("%1", str(counted[-1]))
                                     .replace("%2", str(written)), 8000)
        if readable_by_others(written):
            prompts.warning(self, self.tr("Export people"), self.tr(
                "The list holds personal data (ID numbers, phones, addresses), and %1 is in a folder that "
                "other users can open. Keep it in your own folders, or delete it when it has been used."
            ).replace("%1", str(written)))

    def export_audit(self) -> None:
        """File > Export change log...: a year's audit log for an inspector, as `partyplan audit export`."""
        title = self.tr("Export change log")
        year = prompts.pick_year(self, title, self.tr("The year whose changes to write:"), dt.date.today().year,
                                 2000, dt.date.today().year)
        if year is None:
            return
        language, counted = self.language, []
        export_file(self, title, Path.home() / (self.tr("changes") + f"-{year}.xlsx"), self.tr("Excel workbook (*.xlsx)"),
                    lambda temp: counted.append(self.ops.export_audit(dt.date(year, 1, 1), dt.date(year, 12, 31), temp,
                                                                      language)), confirm=False,
                    written=lambda written: self.statusBar().showMessage(self.tr("%1 changes written to %2.").replace(
                        "%1", str(counted[-1])).replace("%2", str(written)), 8000))

    def print_current(self, preview: bool = False) -> None:
        """File > Print (Ctrl+P) prints what is on screen: the month's roster or its record book."""
        page = self.roster_tab.printable_page() if self.tabs.currentWidget() is self.pages["rosters"] else None
        if page is None:
            prompts.info(self, self.tr("Print"), self.tr(
                "Open a month's roster or its on-duty record book on Duty Rosters to print it. Plans, meetings "
                "and registers print from the Word and Excel files their Export buttons write."))
            return
        if page.print_job() is None:
            prompts.info(self, self.tr("Print"), self.tr("This month has no roster yet: generate it first."))
            return
        if preview:
            page.print_preview()
        else:
            page.print_page()

    def open_summary(self) -> SummaryDialog:
        from partyplan.ui.reports.summary_dialog import SummaryDialog  # python-docx, charts: on first use

        self.summary_dialog = SummaryDialog(self.ops, self)
        self.summary_dialog.open()
        return self.summary_dialog

    def open_archive(self) -> ArchiveDialog:
        from partyplan.ui.reports.archive_dialog import ArchiveDialog  # every exporter: on first use

        self.archive_dialog = ArchiveDialog(self.ops, self.language, self)
        self.archive_dialog.open()
        return self.archive_dialog

    def open_settings(self) -> SettingsDialog:
        from partyplan.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ops.office_name(), self.language, self)
        dialog.accepted.connect(lambda: self._apply_settings(*dialog.values()))
        dialog.open()
        return dialog

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        save_language(language)
        i18n.install(language)  # Qt sends LanguageChange to every widget; each retranslates itself

    def open_guide(self) -> HelpDialog:
        """F1: the user guide beside the window (one, brought to the front if already open)."""
        from partyplan.ui.help_dialog import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About PartyPlan"), self.about_text())

    def about_text(self) -> str:
        return (
            self.tr("<b>PartyPlan</b> %1<br>Plans, duty rosters, volunteer posts and meetings for a community "
                    "or party-branch office.<br><br>Database: %2").replace("%1", __version__)
            .replace("%2", self.ops.db.display_name)
            + "<br>" + self.tr("Data folder (database, logs, automatic backups): %1").replace("%1", str(data_dir_path()))
        )

    # -- events ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not unsaved.settle_all(self):  # typing not yet saved on a page, and the user keeps editing
            event.ignore()
            return
        if self.remember_geometry:
            save_window_geometry(self.saveGeometry())
        self.live.stop()
        data_safety.close_store(self)  # backup on exit, close, release the one-writer lock
        super().closeEvent(event)

    # -- private -----------------------------------------------------------------------------
    def _switch(self, location: str) -> None:
        if not unsaved.settle_all(self):
            return
        try:
            if not data_safety.switch_store(self, location):  # lock, quick check, read-only offer
                return
        except PartyPlanError as exc:
            prompts.error(self, self.tr("Open database"), texts.error_message(exc))
            return
        save_last_database(self.ops.db.remembered_location())
        self.warn_network()

    def warn_network(self) -> None:
        if self.ops.db.network_path:
            prompts.warning(self, self.tr("Database on a network folder"), self.network_warning())
        elif self.ops.db.synced_by:
            prompts.warning(self, self.tr("Database in a synced folder"), self.synced_warning())

    def synced_warning(self) -> str:
        return self.tr(
            "%1 is in a folder that %2 copies to the internet and to other computers. The copy can "
            "overwrite this file, or take it half-written, and damage it. Move the file to a folder "
            "that is not synced (File > Open database, then choose it there); PartyPlan keeps its own "
            "backups."
        ).replace("%1", self.ops.db.display_name).replace("%2", self.ops.db.synced_by or "")

    def network_warning(self) -> str:
        return self.tr(
            "%1 is on a network folder. Two computers writing the same file there can damage it. "
            "Keep the file on this computer, or let several computers share a PostgreSQL server "
            "(start PartyPlan with --db postgresql://...)."
        ).replace("%1", self.ops.db.display_name)

    def _apply_settings(self, office_name: str, language: str) -> None:
        self.ops.set_office_name(office_name)
        self.set_language(language)

    def _import_done(self) -> None:
        if self.import_dialog is not None:
            self.statusBar().showMessage(
                self.tr("People imported: %1.").replace("%1", str(self.import_dialog.imported)), 8000)

    def _on_changed(self, area: str) -> None:
        if area == "office":
            self._refresh_office()

    def _store_switched(self) -> None:
        self._read_user()
        self.live.start()
        self._update_status()

    def _read_user(self) -> None:
        self._user = self.ops.signed_in_as()

    def _updated_elsewhere(self, _areas: tuple[str, ...]) -> None:
        self.statusBar().showMessage(self.tr("Updated from another PC."), 5000)

    def _refresh_office(self) -> None:
        self._office_name = self.ops.office_name()
        self._update_status()

    def _update_status(self) -> None:
        """Words only, no queries: this also runs on every language switch."""
        name = self._office_name
        self.setWindowTitle(f"{name} - PartyPlan" if name else "PartyPlan")
        text = self.tr("Database: %1").replace("%1", self.ops.db.display_name)
        if self.ops.db.network_path:
            text += "  " + self.tr("(on a network folder: see File > Open database)")
        elif self.ops.db.synced_by:
            text += "  " + self.tr("(in a %1 folder: move it out)").replace("%1", self.ops.db.synced_by)
        if self.ops.db.read_only:
            text += "  " + data_safety.status_note(self.ops.db)
        self.db_label.setText(text)
        self.user_label.setText(self.tr("Signed in as %1").replace("%1", self._user) if self._user else "")

    def _action(self, key: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self._actions[key] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menus["file"] = bar.addMenu("")
        file_menu.addAction(self._action("new_db", self.new_database, QKeySequence.StandardKey.New))
        file_menu.addAction(self._action("open_db", self.open_database, QKeySequence.StandardKey.Open))
        file_menu.addAction(self._action("connect", self.connect_to_server))
        file_menu.addAction(self._action("backup", self.backup_now))
        file_menu.addAction(self._action("restore", lambda: data_safety.restore_from_backup(self)))
        file_menu.addSeparator()
        file_menu.addAction(self._action("import_people", self.import_people))
        file_menu.addAction(self._action("export_people", self.export_people))
        file_menu.addSeparator()
        file_menu.addAction(self._action("print_preview", lambda: self.print_current(preview=True)))
        file_menu.addAction(self._action("print", lambda: self.print_current(), QKeySequence.StandardKey.Print))
        file_menu.addSeparator()
        file_menu.addAction(self._action("archive", self.open_archive))
        file_menu.addAction(self._action("export_audit", self.export_audit))
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", self.close, QKeySequence.StandardKey.Quit))
        view_menu = self._menus["view"] = bar.addMenu("")
        view_menu.addAction(self._action("refresh", self.refresh, QKeySequence("F5")))
        report_menu = self._menus["report"] = bar.addMenu("")
        report_menu.addAction(self._action("summary", self.open_summary))
        settings_menu = self._menus["settings"] = bar.addMenu("")
        settings_menu.addAction(self._action("settings", self.open_settings))
        language_menu = self._menus["language"] = settings_menu.addMenu("")
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES:
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"action_lang_{code}")
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        help_menu = self._menus["help"] = bar.addMenu("")
        help_menu.addAction(self._action("guide", self.open_guide, QKeySequence.StandardKey.HelpContents))
        help_menu.addSeparator()
        help_menu.addAction(self._action("check_db", lambda: data_safety.check_database(self)))
        help_menu.addAction(self._action("about", self.about))

    def retranslate(self) -> None:
        titles = {
            "overview": self.tr("Overview"),
            "plans": self.tr("Plans"),
            "rosters": self.tr("Duty Rosters"),
            "posts": self.tr("Volunteer Posts"),
            "meetings": self.tr("Meetings"),
            "people": self.tr("People"),
        }
        for n, area in enumerate(TAB_ORDER):
            self.tabs.setTabText(n, titles[area])
        menus = {"file": self.tr("&File"), "settings": self.tr("&Settings"), "language": self.tr("&Language"),
                 "help": self.tr("&Help"), "report": self.tr("&Report"), "view": self.tr("&View")}
        for key, menu in self._menus.items():
            menu.setTitle(menus[key])
        labels = {
            "new_db": self.tr("&New database..."),
            "open_db": self.tr("&Open database..."),
            "connect": self.tr("&Connect to server..."),
            "backup": self.tr("&Back up now..."),
            "restore": self.tr("&Restore from a backup..."),
            "check_db": self.tr("&Check database"),
            "import_people": self.tr("&Import people..."),
            "export_people": self.tr("&Export people..."),
            "quit": self.tr("&Quit"),
            "refresh": self.tr("&Refresh"),
            "archive": self.tr("&Archive year..."),
            "export_audit": self.tr("Export &change log..."),
            "print_preview": self.tr("Print pre&view..."),
            "print": self.tr("&Print..."),
            "settings": self.tr("Office name and language..."),
            "summary": self.tr("&Yearly summary or quarterly report..."),
            "about": self.tr("&About PartyPlan"),
            "guide": self.tr("&User guide"),
        }
        for key, action in self._actions.items():
            action.setText(labels[key])
        for code, _name in LANGUAGE_NAMES:
            action = self.findChild(QAction, f"action_lang_{code}")
            if action is not None:
                action.setChecked(code == self.language)
        self._update_status()
