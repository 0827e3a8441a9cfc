"""The window follows other PCs: their commits reload the pages they concern, as the window's own saves do.

A watcher (`Operations.watcher`: LISTEN/NOTIFY on a server, the data_version poll on a file opened
read-only) runs in a thread of its own and hands the areas changed to `sig_arrived`, which Qt queues to
the GUI thread; there each area is announced through the front door (`Operations.changed`), so every built
page reloads exactly as after a save of its own. Open dialogs are not touched: what the user is typing
stays, and saving it over the newer record asks the conflict question (ui/conflicts.py).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from partyplan.ui.operations import Operations

log = logging.getLogger(__name__)

# every area a page listens for; "all" (a change the watcher could not itemise) announces each of them
AREAS = ("people", "plans", "rosters", "posts", "meetings", "development", "training", "office")
ALIASES = {"duty_log": "rosters"}  # the record book's pages reload with the rosters


class LiveRefresh(QObject):
    sig_arrived = Signal(object)  # frozenset of areas, from the watcher's thread
    sig_updated = Signal(tuple)  # the areas announced, on the GUI thread

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = operations
        self._watcher: Any = None
        self.sig_arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._watcher is not None

    def start(self, interval: float = 1.0) -> None:
        """Watch the store now in use (again, after a switch); a store that cannot be watched is only
        logged: the window works as before, with View > Refresh."""
        self.stop()
        try:
            self._watcher = self._ops.watcher()
        except Exception as exc:  # a server that refuses a second connection: no live view, no failure
            log.warning("live refresh not started: %s", exc)
            self._watcher = None
        if self._watcher is not None:
            self._watcher.start(self.sig_arrived.emit, interval=interval)

    def stop(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.close()

    def _arrived(self, areas: frozenset[str]) -> None:
        if self._watcher is None:
            return  # stopped (or switched) while this was queued
        named = AREAS if "all" in areas else tuple(dict.fromkeys(ALIASES.get(a, a) for a in sorted(areas)))
        for area in named:
            self._ops.changed(area)
        self.sig_updated.emit(named)
