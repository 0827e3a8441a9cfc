"""The People tab: the register everyone else draws on, plus member development and training, which
are about the same people and are looked up from their records. The two are built on their first
visit (`LazyPage`): on a ten-year store, training's yearly totals alone took a tenth of a second, paid
on every visit to the register."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from partyplan.ui.development.page import DevelopmentPage
from partyplan.ui.dues.page import DuesPage
from partyplan.ui.lazy_page import LazyPage
from partyplan.ui.organisations.page import BranchesPage
from partyplan.ui.members.structure_page import StructurePage
from partyplan.ui.members.transfers_page import TransfersPage
from partyplan.ui.people.register import PeopleTab
from partyplan.ui.training.page import TrainingPage


class PeopleArea(QWidget):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("people_area")
        self.register = PeopleTab(operations)
        self._branches = LazyPage(lambda: BranchesPage(operations))
        self.register.sig_assign_requested.connect(lambda ids: self.branches.assign(ids, self.register))
        self._development = LazyPage(lambda: DevelopmentPage(operations))
        self._training = LazyPage(lambda: TrainingPage(operations))
        self._dues = LazyPage(lambda: DuesPage(operations))
        self._transfers = LazyPage(lambda: TransfersPage(operations))
        self._structure = LazyPage(lambda: StructurePage(operations))
        self.pages = QTabWidget()
        for page in (self.register, self._branches, self._development, self._training, self._dues,
                     self._transfers, self._structure):
            self.pages.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.retranslate()

    @property
    def branches(self) -> BranchesPage:
        return self._branches.widget()  # type: ignore[return-value]

    @property
    def development(self) -> DevelopmentPage:
        return self._development.widget()  # type: ignore[return-value]

    @property
    def training(self) -> TrainingPage:
        return self._training.widget()  # type: ignore[return-value]

    def show_page(self, name: str) -> None:
        """Bring a page to the front by name (the Overview's cards link to them)."""
        pages = {"register": self.register, "branches": self._branches, "development": self._development,
                 "training": self._training, "dues": self._dues,
                 "transfers": self._transfers, "structure": self._structure}
        self.pages.setCurrentWidget(pages[name])

    @property
    def dues(self) -> DuesPage:
        return self._dues.widget()  # type: ignore[return-value]

    @property
    def transfers(self) -> TransfersPage:
        return self._transfers.widget()  # type: ignore[return-value]

    @property
    def structure(self) -> StructurePage:
        return self._structure.widget()  # type: ignore[return-value]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for n, text in enumerate((self.tr("Register"), self.tr("Branches"), self.tr("Member development"),
                                  self.tr("Training and commendations"), self.tr("Party dues"),
                                  self.tr("Transfers"), self.tr("Member structure"))):
            self.pages.setTabText(n, text)
