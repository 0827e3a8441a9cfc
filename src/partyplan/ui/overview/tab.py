"""Overview: what needs attention today, gathered from every area — the page a leader opens first.

Each card reads one area's figures through that area's service and says in a sentence or two what is
done, what is late and what comes next; clicking a card's button goes to the tab that fixes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from partyplan import texts
from partyplan.db.models import RosterStatus
from partyplan.plans import progress
from partyplan.plans import service as plan_service
from partyplan.rosters import calendar_store, duty_log
from partyplan.rosters import service as roster_service

WARN = "#b00020"
GO_TO = {"dutylog": "rosters", "development": "people", "training": "people"}


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
        self._providers: dict[str, Callable[[object, dt.date], list[tuple[str, bool]]]] = {
            "plans": self._plans, "rosters": self._rosters, "dutylog": self._dutylog, "meetings": self._meetings,
            "posts": self._posts, "development": _development_lines, "training": self._training}
        grid = QGridLayout()
        for n, area in enumerate(self._providers):
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

    def add_card(self, area: str, provider: Callable[[object, dt.date], list[tuple[str, bool]]]) -> None:
        """Areas that land later add their card here: provider(session, today) -> [(line, warning)]."""
        self._providers[area] = provider
        card = Card(area)
        card.sig_go.connect(self.sig_go)
        self.cards[area] = card
        grid = self.findChild(QGridLayout)
        n = len(self.cards) - 1
        grid.addWidget(card, n // 3, n % 3)
        self.retranslate()

    def reload(self) -> None:
        self._stale = False
        today = self.today()
        with self.ops.db.session() as session:
            for area, provider in self._providers.items():
                self.cards[area].show_lines(provider(session, today))

    # -- the cards ---------------------------------------------------------------------------
    def _plans(self, session, today: dt.date) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
        lines: list[tuple[str, bool]] = []
        plans = [p for p in plan_service.list_plans(session) if p.year <= today.year <= (p.end_year or p.year)]
        if not plans:
            return [(self.tr("No plan for %1 yet.").replace("%1", str(today.year)), True)]
        for plan in plans:
            tree = plan_service.load_tree(session, plan.id)
            done = progress.plan_progress(tree)
            late = progress.overdue_items(tree, today)
            lines.append((self.tr("%1: %2 of %3 done (%4)").replace("%1", plan.title).replace("%2", str(done.done))
                          .replace("%3", str(done.total)).replace("%4", f"{done.ratio:.0%}"), False))
            if late:
                lines.append((self.tr("Overdue items: %1").replace("%1", str(len(late))), True))
        return lines

    def _rosters(self, session, today: dt.date) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
        lines: list[tuple[str, bool]] = []
        next_year, next_month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        for year, month in ((today.year, today.month), (next_year, next_month)):
            view = roster_service.load_view(session, year, month)
            label = f"{year}-{month:02d}"
            if view.id is None:
                lines.append((self.tr("%1: no roster yet").replace("%1", label), (year, month) == (today.year,
                                                                                                    today.month)))
            elif view.status is RosterStatus.DRAFT:
                lines.append((self.tr("%1: draft, not published").replace("%1", label), True))
            else:
                lines.append((self.tr("%1: published, version %2").replace("%1", label)
                              .replace("%2", str(view.version)), False))
        if calendar_store.coverage(session, next_year) is None:
            lines.append((self.tr("No confirmed public holidays for %1 yet: enter the notice.")
                          .replace("%1", str(next_year)), True))
        return lines

    def _dutylog(self, session, today: dt.date) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
        open_rows = duty_log.open_follow_ups(session, today)
        late = [r for r in open_rows if duty_log.is_overdue(r, today)]
        summary = duty_log.monthly_summary(session, today.year, today.month)
        lines = [(self.tr("This month: entries %1, resolved %2").replace("%1", str(summary.total))
                  .replace("%2", f"{summary.resolved_share:.0%}"), False),
                 (self.tr("Open follow-ups: %1").replace("%1", str(len(open_rows))), False)]
        if late:
            lines.append((self.tr("Overdue follow-ups: %1").replace("%1", str(len(late))), True))
        return lines

    def _meetings(self, session, today: dt.date) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
        from partyplan.meetings import cadence

        report = cadence.check(session, today.year, today)
        problems = report.problems()
        held = sum(1 for s in report.slots if s.state is cadence.SlotState.HELD)
        lines = [(self.tr("Required meetings held this year: %1 of %2").replace("%1", str(held))
                  .replace("%2", str(len(report.slots))), False)]
        for slot in problems[:4]:
            name = slot.type_name if self._chinese() or not slot.type_name_en else slot.type_name_en
            lines.append((f"{name} {slot.period.key}: " + (self.tr("missing") if slot.state is
                          cadence.SlotState.MISSING else self.tr("overdue")), True))
        if len(problems) > 4:
            lines.append((self.tr("... and %1 more").replace("%1", str(len(problems) - 4)), True))
        return lines

    def _posts(self, session, today: dt.date) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
        from partyplan.posts import figures

        f = figures.year_figures(session, today.year, today)
        lines = [(self.tr("People on posts: %1 (posts: %2); hours of service this year: %3").replace("%1", str(f.members))
                  .replace("%2", str(f.posts)).replace("%3", f"{f.service_hours:g}"), False),
                 (self.tr("%1 of %2 reached the service target").replace("%1", str(f.target_met))
                  .replace("%2", str(f.target_expected)), f.target_met < f.target_expected),
                 (self.tr("Households visited: %1; difficulties open: %2").replace("%1", str(f.visits.households))
                  .replace("%2", str(f.visits.open_now)), f.visits.open_now > 0)]
        return lines

    def _training(self, session, today: dt.date) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
        from partyplan.training import service as training

        short = training.shortfalls(session, today.year)
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
                  "development": self.tr("Member development"), "training": self.tr("Training")}
        for area, card in self.cards.items():
            card.title.setText(titles.get(area, area))
            card.go.setText(self.tr("Open"))


def _development_lines(session, today: dt.date) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    from partyplan.ui.overview.development_card import overview_lines

    return overview_lines(session, today)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
