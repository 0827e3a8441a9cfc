"""An honest page for a tab whose work has not landed yet: what it will hold, and what to do until then."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class ComingSoonPage(QWidget):
    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"coming_soon_{area}")
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.body = QLabel()
        self.until = QLabel()
        column = QWidget()
        column.setMaximumWidth(680)
        inner = QVBoxLayout(column)
        inner.setSpacing(14)
        for label in (self.title, self.body, self.until):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            inner.addWidget(label)
        for label in (self.body, self.until):
            label.setStyleSheet("font-size: 11pt; color: #444;")
        # A word-wrapped label only takes the width its layout gives it: centre a column, not the labels.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = {
            "plans": self.tr("Plans: coming in the next release"),
            "rosters": self.tr("Duty Rosters: coming in the next release"),
            "posts": self.tr("Volunteer Posts: coming in the next release"),
            "meetings": self.tr("Meetings: coming in the next release"),
        }
        bodies = {
            "plans": self.tr(
                "Yearly work plans in quarters or sections, each item with its responsible unit, period and "
                "status; targets and progress; import of existing plan documents and export to Word."
            ),
            "rosters": self.tr(
                "Monthly staggered-hours duty rosters drawn up fairly from the cadres' availability, with the "
                "Chinese holiday calendar, printing, Excel export and the on-duty record book."
            ),
            "posts": self.tr(
                "Volunteer responsibility posts, the members on each post and their skills, days of service "
                "and household visits."
            ),
            "meetings": self.tr(
                "Meetings on their required cadence, attendance, minutes, resolutions and votes, the year-end "
                "democratic evaluation and minutes in Word."
            ),
        }
        self.title.setText(titles[self.area])
        self.body.setText(bodies[self.area])
        self.until.setText(
            self.tr(
                "Until then, keep your current sheets for this work. The people you enter in the People tab "
                "now are the ones this tab will use."
            )
        )
