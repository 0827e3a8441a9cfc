"""A tab's place in the window, filled the first time the tab is shown or asked for.

On a ten-year store each area reads thousands of rows when it is built; building them all at start made
the window take seconds to appear. Only the tab on screen is built; the others wait for their first
visit, and then read the store as it is at that moment, so nothing is stale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    sig_built = Signal(QWidget)

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._widget is not None

    def widget(self) -> QWidget:
        if self._widget is None:
            self._widget = self._factory()
            self.layout().addWidget(self._widget)
            if self.isVisible():  # otherwise Qt shows it only on the next turn of the event loop
                self._widget.show()
            self.sig_built.emit(self._widget)
        return self._widget

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.widget()
        super().showEvent(event)
