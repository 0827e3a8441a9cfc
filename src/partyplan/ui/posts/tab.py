"""Volunteer Posts: "choose one post, contribute one skill, donate one day", and household visits.

Three pages share the year chosen at the top: posts and their members, service records with totals and
the yearly target, and household visits. The tab takes the area's `PostsOperations` from the front door
(`operations.posts`, its only door to the services), reloads its pages when posts or people change, and
exports the year to Excel.

A page is built on its first visit (`LazyPage`). After a change or a new year only the page on
screen reads the store again; the others are marked stale and catch up when shown (or asked for). A
ten-year store has a year of 4,000 service records and their totals, which the tab should not read
before anyone looks at them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from partyplan.texts import posts as words
from partyplan.ui.export_flow import export_file, written_text
from partyplan.ui.lazy_page import LazyPage
from partyplan.ui.posts.members_page import PostsMembersPage
from partyplan.ui.posts.models import language
from partyplan.ui.posts.operations import AREA, PostsOperations
from partyplan.ui.posts.post_dialog import PostSettingsDialog
from partyplan.ui.posts.service_page import PostsServicePage
from partyplan.ui.posts.visits_page import PostsVisitsPage


class PostsTab(QWidget):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("posts_tab")
        self.ops = operations
        self.posts: PostsOperations = operations.posts
        self.today = dt.date.today  # a callable: tests (or a session left open past midnight) see the day
        self.ensure_defaults()
        self.year_label, self.figures = QLabel(), QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(self.today().year)
        self.settings_button, self.excel_button = QPushButton(), QPushButton()
        self._pages = (LazyPage(self._members_page),
                       LazyPage(lambda: PostsServicePage(self.posts, self.year.value(), self._today)),
                       LazyPage(lambda: PostsVisitsPage(self.posts, self.year.value(), self._today)))
        self._stale: set[int] = set()  # built pages behind the tab's year or the store
        self.tabs = QTabWidget()
        for page in self._pages:
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._catch_up)
        self.dialog: PostSettingsDialog | None = None
        self.last_message = ""
        self._figures = self.posts.year_figures(self.year.value(), self.today())
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self._on_database_switched)

    # -- public ------------------------------------------------------------------------------
    @property
    def members(self) -> PostsMembersPage:
        return self._page(0)  # type: ignore[return-value]

    @property
    def service(self) -> PostsServicePage:
        return self._page(1)  # type: ignore[return-value]

    @property
    def visits(self) -> PostsVisitsPage:
        return self._page(2)  # type: ignore[return-value]

    def ensure_defaults(self) -> None:
        """A store without posts gets the eight standard posts (descriptions in the interface language)."""
        self.posts.ensure_defaults(language())

    def reload(self) -> None:
        self._mark_stale()
        self._load_figures()

    def set_year(self, year: int) -> None:
        self.year.setValue(year)

    def edit_settings(self) -> PostSettingsDialog:
        self.dialog = PostSettingsDialog(self.posts, self)
        self.dialog.open()
        return self.dialog

    def export_excel(self) -> None:
        year, language, today = self.year.value(), self._language(), self.today()
        export_file(self, self.tr("Export volunteer posts"),
                    Path.home() / self.tr("volunteer-posts-%1.xlsx").replace("%1", str(year)),
                    self.tr("Excel workbook (*.xlsx)"),
                    lambda path: self.posts.export_xlsx(year, path, language, today), explain=words.error_message,
                    written=self._written)

    def _written(self, path: Path) -> None:
        self.last_message = written_text(path)

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

    def _today(self) -> dt.date:
        return self.today()

    def _members_page(self) -> PostsMembersPage:
        page = PostsMembersPage(self.posts)
        page.today = self._today
        return page

    def _page(self, index: int) -> QWidget:
        """The page, built and up to date."""
        page = self._pages[index].widget()
        self._catch_up(index)
        return page

    def _mark_stale(self) -> None:
        self._stale = {n for n, page in enumerate(self._pages) if page.built}
        self._catch_up(self.tabs.currentIndex())

    def _catch_up(self, index: int) -> None:
        if index not in self._stale:
            return
        self._stale.discard(index)
        page = self._pages[index].widget()
        year = self.year.value()
        if getattr(page, "year", year) != year:
            page.set_year(year)  # type: ignore[attr-defined]  # reads the store for the new year
        else:
            page.reload()  # type: ignore[attr-defined]

    def _year_changed(self) -> None:
        self._mark_stale()
        self._load_figures()

    def _on_changed(self, area: str) -> None:
        if area in (AREA, "people", "office"):  # people: names, roles and archiving show on every page
            self.reload()

    def _on_database_switched(self) -> None:
        self.ensure_defaults()
        self.reload()

    def _load_figures(self) -> None:
        """The year's figures; the hours the Service page has just added up for the year are not read again."""
        service = self._pages[1].widget() if self._pages[1].built and 1 not in self._stale else None
        served = service.year_hours if service is not None and service.year == self.year.value() else None
        self._figures = self.posts.year_figures(self.year.value(), self.today(), served)
        self._show_figures()

    def _show_figures(self) -> None:
        f = self._figures
        self.figures.setText(
            self.tr("People on posts: %1 (posts: %2) · service %3 (days: %4) · target met by %5 of %6 · "
                    "households visited: %7 · difficulties solved: %8 of %9")
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
