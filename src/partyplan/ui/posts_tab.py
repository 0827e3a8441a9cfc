"""Volunteer Posts: "choose one post, contribute one skill, donate one day", and household visits.

Three pages share the year chosen at the top: posts and their members, service records with totals and
the yearly target, and household visits. The tab owns the area's `PostsOperations` (its only door to
the services), reloads its pages when posts or people change, and exports the year to Excel.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from partyplan.errors import PartyPlanError
from partyplan.texts import posts as words
from partyplan.ui import prompts
from partyplan.ui.dialogs.post_dialog import PostSettingsDialog
from partyplan.ui.models.posts_models import language
from partyplan.ui.posts_members_page import PostsMembersPage
from partyplan.ui.posts_operations import AREA, PostsOperations
from partyplan.ui.posts_service_page import PostsServicePage
from partyplan.ui.posts_visits_page import PostsVisitsPage


class PostsTab(QWidget):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("posts_tab")
        self.ops = operations
        self.posts = PostsOperations(operations)
        self.today = dt.date.today  # a callable: tests (or a session left open past midnight) see the day
        self.ensure_defaults()
        self.year_label, self.figures = QLabel(), QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(self.today().year)
        self.settings_button, self.excel_button = QPushButton(), QPushButton()
        self.members = PostsMembersPage(self.posts)
        self.service = PostsServicePage(self.posts)
        self.visits = PostsVisitsPage(self.posts)
        for page in self.pages():
            page.today = lambda: self.today()
        self.tabs = QTabWidget()
        for page in self.pages():
            self.tabs.addTab(page, "")
        self.dialog: PostSettingsDialog | None = None
        self.last_message = ""
        self._figures = self.posts.year_figures(self.year.value(), self.today())
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self._on_database_switched)

    # -- public ------------------------------------------------------------------------------
    def pages(self) -> tuple[PostsMembersPage, PostsServicePage, PostsVisitsPage]:
        return self.members, self.service, self.visits

    def ensure_defaults(self) -> None:
        """A store without posts gets the eight standard posts (descriptions in the interface language)."""
        self.posts.ensure_defaults(language())

    def reload(self) -> None:
        for page in self.pages():
            page.reload()
        self._load_figures()

    def set_year(self, year: int) -> None:
        self.year.setValue(year)

    def edit_settings(self) -> PostSettingsDialog:
        self.dialog = PostSettingsDialog(self.posts, self)
        self.dialog.open()
        return self.dialog

    def export_excel(self) -> None:
        """Ask for a file until one can be written or the user gives up; a locked file is offered again."""
        year = self.year.value()
        title = self.tr("Export volunteer posts")
        suggested = str(Path.home() / self.tr("volunteer-posts-%1.xlsx").replace("%1", str(year)))
        while path := prompts.save_file(self, title, suggested, self.tr("Excel workbook (*.xlsx)")):
            path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
            try:
                self.posts.export_xlsx(year, Path(path), self._language(), self.today())
            except PartyPlanError as exc:
                prompts.error(self, title, words.error_message(exc))
                suggested = path
                continue
            self.last_message = self.tr("Written to %1.").replace("%1", path)
            prompts.info(self, title, self.last_message)
            return

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.year.valueChanged.connect(lambda _v: self._year_changed())
        self.settings_button.clicked.connect(self.edit_settings)
        self.excel_button.clicked.connect(self.export_excel)
        self.figures.setWordWrap(True)
        self.figures.setStyleSheet("color: #444;")
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addSpacing(12)
        bar.addWidget(self.figures, 1)
        bar.addWidget(self.settings_button)
        bar.addWidget(self.excel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    def _year_changed(self) -> None:
        year = self.year.value()
        self.service.set_year(year)
        self.visits.set_year(year)
        self._load_figures()

    def _on_changed(self, area: str) -> None:
        if area in (AREA, "people", "office"):  # people: names, roles and archiving show on every page
            self.reload()

    def _on_database_switched(self) -> None:
        self.ensure_defaults()
        self.reload()

    def _load_figures(self) -> None:
        self._figures = self.posts.year_figures(self.year.value(), self.today())
        self._show_figures()

    def _show_figures(self) -> None:
        f = self._figures
        self.figures.setText(
            self.tr("%1 people on %2 posts · %3 of service (%4 days) · target met by %5 of %6 · "
                    "%7 households visited, %8 of %9 difficulties solved")
            .replace("%1", str(f.members)).replace("%2", str(f.posts)).replace("%3", words.hours_text(f.service_hours))
            .replace("%4", words.number(round(f.service_days, 1))).replace("%5", str(f.target_met))
            .replace("%6", str(f.target_expected)).replace("%7", str(f.visits.households))
            .replace("%8", str(f.visits.difficulties_solved)).replace("%9", str(f.visits.difficulties_raised)))

    def _language(self) -> str:
        """The main window knows the chosen language; on its own the tab follows the installed locale."""
        chinese = QLocale().language() == QLocale.Language.Chinese
        return getattr(self.window(), "language", None) or ("zh_CN" if chinese else "en")

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Year"))
        self.settings_button.setText(self.tr("Settings..."))
        self.settings_button.setToolTip(self.tr("One main post each, the yearly service target, hours in a day"))
        self.excel_button.setText(self.tr("Excel..."))
        self.excel_button.setToolTip(self.tr("Post roster, service hours and visit register of the year"))
        for n, text in enumerate((self.tr("Posts and members"), self.tr("Service"), self.tr("Household visits"))):
            self.tabs.setTabText(n, text)
        self._show_figures()
