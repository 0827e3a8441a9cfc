"""Progress shown as bars: a delegate for tree and table cells holding a 0..1 ratio."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

GOOD, PARTIAL, TRACK = QColor("#3c8d40"), QColor("#d08a1c"), QColor("#e6e6e6")


class RatioBarDelegate(QStyledItemDelegate):
    """Draws the cell's text over a bar filled to the ratio under `role` (green once reached)."""

    def __init__(self, role: int, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._role = role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        ratio = index.data(self._role)
        if ratio is None:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QRect(option.rect.adjusted(4, 5, -4, -5))
        painter.fillRect(bar, TRACK)
        filled = QRect(bar)
        filled.setWidth(int(bar.width() * max(0.0, min(1.0, float(ratio)))))
        painter.fillRect(filled, GOOD if ratio >= 1.0 else PARTIAL)
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()
