"""What a page shows while it holds nothing yet: a title, a sentence on what to do next, and the buttons
that do it, centred in the page. One widget, so every empty page says it the same way.

The sentence is laid out without an alignment flag and between stretches: a word-wrapped label given an
alignment is not asked for the height its width needs, and a long first hint was clipped to a few lines.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

BODY_WIDTH = 640


class EmptyState(QWidget):
    def __init__(self, buttons: list[QAbstractButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("empty_title")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body = QLabel()
        self.body.setObjectName("empty_body")
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(BODY_WIDTH)
        self.body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body = QHBoxLayout()
        body.addStretch(1)
        body.addWidget(self.body, 10)
        body.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addLayout(body)
        layout.addLayout(row)
        layout.addStretch(2)

    def set_text(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
