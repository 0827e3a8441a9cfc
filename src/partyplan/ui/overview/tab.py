"""Overview: what needs attention today, gathered from every area — the page a leader opens first.

Each card says in a sentence or two what is done, what is late and what comes next in one area, from
the figures the front door reads for all the cards at once (`operations.overview`); clicking a card's
button goes to the tab that fixes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from partyplan import texts
from partyplan.enums import RosterStatus
from partyplan.ui.overview import branches_card, rules_card
from partyplan.ui.overview.development_card import overview_lines
from partyplan.ui.overview.dues_card import dues_lines
from partyplan.ui.overview.operations import OverviewFigures

WARN = "#b00020"
GO_TO = {"dutylog": "rosters", "development": "people", "training": "people", "branches": "people/branches",
         "dues": "people/dues", rules_card.AREA: "meetings"}


class Card(QFrame):
    sig_go = Signal(str)

    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"card_{area}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#card_%s { background: white; border: 1px solid #d0d0d0; border-radius: 6px; }"
                           % area)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.go = QPushButton()
        self.go.clicked.connect(lambda: self.sig_go.emit(self.area))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.go, 0, Qt.AlignmentFlag.AlignRight)

    def show_lines(self, lines: list[tuple[str, bool]]) -> None:
        """Lines of text; the ones flagged True are warnings, in red."""
        self.body.setText("<br>".join(f'<span style="color:{WARN}">{_escape(t)}</span>' if warn else _escape(t)
                                      for t, warn in lines))


class OverviewTab(QWidget):
    sig_go = Signal(str)  # the tab to show

    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("overview_tab")
        self.ops = operations
        self.today: Callable[[], dt.date] = dt.date.today
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.cards: dict[str, Card] = {}
        self._cards: dict[str, Callable[[OverviewFigures, dt.date], list[tuple[str, bool]]]] = {
            "plans": self._plans, "rosters": self._rosters, "dutylog": self._dutylog, "meetings": self._meetings,
            "posts": self._posts, "development": lambda f, _today: overview_lines(f.due), "training": self._training,
            "branches": lambda _f, today: branches_card.overview_lines(*self.ops.organisations.branch_figures(today)),
            "dues": lambda _f, today: dues_lines(self.ops, today),
            rules_card.AREA: lambda _f, today: rules_card.lines(self.ops, today)}
        grid = QGridLayout()
        for n, area in enumerate(self._cards):
            card = Card(area)
            card.sig_go.connect(lambda a: self.sig_go.emit(GO_TO.get(a, a)))
            self.cards[area] = card
            grid.addWidget(card, n // 3, n % 3)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.heading)
        inner_layout.addLayout(grid)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        # Recounted when next shown, not on every edit elsewhere: the figures span every area.
        self._stale = True
        operations.sig_changed.connect(self._mark_stale)
        operations.sig_database_switched.connect(self._mark_stale)
        self.retranslate()

    def _mark_stale(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        today = self.today()
        figures = self.ops.overview.figures(today)
        for area, lines in self._cards.items():
            self.cards[area].show_lines(lines(figures, today))

    # -- the cards ---------------------------------------------------------------------------
    def _plans(self, f: OverviewFigures, today: dt.date) -> list[tuple[str, bool]]:
        if not f.plans:
            return [(self.tr("No plan for %1 yet.").replace("%1", str(today.year)), True)]
        lines: list[tuple[str, bool]] = []
        for plan in f.plans:
            lines.append((self.tr("%1: %2 of %3 done (%4)").replace("%1", plan.title).replace("%2", str(plan.done))
                          .replace("%3", str(plan.total)).replace("%4", f"{plan.ratio:.0%}"), False))
            if plan.overdue:
                lines.append((self.tr("Overdue items: %1").replace("%1", str(plan.overdue)), True))
        return lines

    def _rosters(self, f: OverviewFigures, today: dt.date) -> list[tuple[str, bool]]:
        lines: list[tuple[str, bool]] = []
        for month in f.months:
            label = f"{month.year}-{month.month:02d}"
            if month.status is None:
                lines.append((self.tr("%1: no roster yet").replace("%1", label), (month.year, month.month) == (
                    today.year, today.month)))
            elif month.status is RosterStatus.DRAFT:
                lines.append((self.tr("%1: draft, not published").replace("%1", label), True))
            else:
                lines.append((self.tr("%1: published, version %2").replace("%1", label)
                              .replace("%2", str(month.version)), False))
        if not f.holidays_confirmed_next_year:
            lines.append((self.tr("No confirmed public holidays for %1 yet: enter the notice.")
                          .replace("%1", str(f.months[-1].year)), True))
        return lines

    def _dutylog(self, f: OverviewFigures, _today: dt.date) -> list[tuple[str, bool]]:
        book = f.duty_log
        lines = [(self.tr("This month: entries %1, resolved %2").replace("%1", str(book.entries))
                  .replace("%2", f"{book.resolved_share:.0%}"), False),
                 (self.tr("Open follow-ups: %1").replace("%1", str(book.open_follow_ups)), False)]
        if book.overdue_follow_ups:
            lines.append((self.tr("Overdue follow-ups: %1").replace("%1", str(book.overdue_follow_ups)), True))
        return lines

    def _meetings(self, f: OverviewFigures, _today: dt.date) -> list[tuple[str, bool]]:
        from partyplan.meetings.cadence import SlotState

        report = f.meetings
        problems = report.problems()
        held = sum(1 for s in report.slots if s.state is SlotState.HELD)
        lines = [(self.tr("Required meetings held this year: %1 of %2").replace("%1", str(held))
                  .replace("%2", str(len(report.slots))), False)]
        for slot in problems[:4]:
            name = slot.type_name if self._chinese() or not slot.type_name_en else slot.type_name_en
            lines.append((f"{name} {slot.period.key}: " + (self.tr("missing") if slot.state is
                          SlotState.MISSING else self.tr("overdue")), True))
        if len(problems) > 4:
            lines.append((self.tr("... and %1 more").replace("%1", str(len(problems) - 4)), True))
        return lines

    def _posts(self, f: OverviewFigures, _today: dt.date) -> list[tuple[str, bool]]:
        p = f.posts
        lines = [(self.tr("People on posts: %1 (posts: %2); hours of service this year: %3").replace("%1", str(p.members))
                  .replace("%2", str(p.posts)).replace("%3", f"{p.service_hours:g}"), False),
                 (self.tr("%1 of %2 reached the service target").replace("%1", str(p.target_met))
                  .replace("%2", str(p.target_expected)), p.target_met < p.target_expected),
                 (self.tr("Households visited: %1; difficulties open: %2").replace("%1", str(p.visits.households))
                  .replace("%2", str(p.visits.open_now)), p.visits.open_now > 0)]
        return lines

    def _training(self, f: OverviewFigures, _today: dt.date) -> list[tuple[str, bool]]:
        short = f.training_short
        if not short:
            return [(self.tr("Everyone has the training days required this year."), False)]
        names = texts.list_separator().join(t.name for t in short[:6])
        return [(self.tr("Short of the required training days (%1): %2").replace("%1", str(len(short)))
                 .replace("%2", names), True)]

    @staticmethod
    def _chinese() -> bool:
        from PySide6.QtCore import QLocale

        return QLocale().language() == QLocale.Language.Chinese

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._mark_stale()  # the cards' lines are sentences in the old language
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What needs attention"))
        titles = {"plans": self.tr("Plans"), "rosters": self.tr("Duty rosters"), "dutylog": self.tr("Record book"),
                  "posts": self.tr("Volunteer posts"), "meetings": self.tr("Meetings"),
                  "development": self.tr("Member development"), "training": self.tr("Training"),
                  "branches": self.tr("Branches and terms"), "dues": self.tr("Dues and transfers"),
                  rules_card.AREA: rules_card.title()}
        for area, card in self.cards.items():
            card.title.setText(titles.get(area, area))
            card.go.setText(self.tr("Open"))


def _escape(text: str) -> str:
    import html

    return html.escape(text)
