"""Undoable hand edits of a draft roster: a cell's people and its lock, both ways through the services."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QUndoCommand

from partyplan.ui.rosters.operations import RosterOperations

CellState = tuple[list[int], bool]  # people, locked


class CellCommand(QUndoCommand):
    def __init__(self, ops: RosterOperations, roster_id: int, day: dt.date, shift_id: int, before: CellState,
                 after: CellState, text: str) -> None:
        super().__init__(text)
        self._ops, self._roster, self._day, self._shift = ops, roster_id, day, shift_id
        self._before, self._after = before, after
        self.warnings: list = []  # type: ignore[type-arg]

    def redo(self) -> None:
        self.warnings = self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, state: CellState):  # type: ignore[no-untyped-def]
        people, locked = state
        warnings = self._ops.set_cell(self._roster, self._day, self._shift, people, locked=locked)
        return warnings


class SwapCommand(QUndoCommand):
    """Two cells change together; undo restores both as they were."""

    def __init__(self, ops: RosterOperations, roster_id: int, first: tuple[dt.date, int, CellState],
                 second: tuple[dt.date, int, CellState], after: tuple[CellState, CellState], text: str) -> None:
        super().__init__(text)
        self._ops, self._roster, self._first, self._second, self._after = ops, roster_id, first, second, after
        self.warnings: list = []  # type: ignore[type-arg]

    def redo(self) -> None:
        (d1, s1, _), (d2, s2, _) = self._first, self._second
        self.warnings = self._ops.set_cell(self._roster, d1, s1, self._after[0][0], locked=True)
        self.warnings += self._ops.set_cell(self._roster, d2, s2, self._after[1][0], locked=True)

    def undo(self) -> None:
        for day, shift, (people, locked) in (self._first, self._second):
            self._ops.set_cell(self._roster, day, shift, people, locked=locked)
