"""What every area's operations class shares: one unit of work per call, then the announcement.

A read runs in its own session. A write runs in its own session, committed as a whole, and then
`changed(<area>)` (and `also`, for a write that touches another area) tells the tabs, each of which
decides whether to reload. The calls may run off the GUI thread (a session is opened there); the
signal is queued to the GUI thread then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from partyplan.ui.operations import Operations


class AreaOperations:
    area: ClassVar[str]  # what sig_changed names after a write

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    @property
    def ops(self) -> Operations:
        return self._ops

    def _write(self, fn, *args, also: str | None = None, **kwargs) -> Any:  # type: ignore[no-untyped-def]
        with self._ops.db.session() as session:
            result = fn(session, *args, **kwargs)
        self._ops.sig_changed.emit(self.area)
        if also:
            self._ops.sig_changed.emit(also)
        return result

    def _read(self, fn, *args, **kwargs) -> Any:  # type: ignore[no-untyped-def]
        with self._ops.db.session() as session:
            return fn(session, *args, **kwargs)
