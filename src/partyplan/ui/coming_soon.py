"""An honest page for a tab whose work has not landed yet: what it will hold, and what to do until then."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingSoonPage(QWidget):
    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"coming_soon_{area}")
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(640)
        self.body.setStyleSheet("font-size: 11pt; color: #444;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.body):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
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
        self.body.setText(
            bodies[self.area]
            + "\n\n"
            + self.tr(
                "Until then, keep your current sheets for this work. The people you enter in the People tab "
                "now are the ones this tab will use."
            )
        )
