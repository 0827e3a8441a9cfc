"""Undoable hand edits of a draft roster: a cell's people and its lock, both ways through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from partyplan.ui import conflicts

from partyplan.ui.rosters.operations import RosterOperations

CellState = tuple[list[int], bool]  # people, locked


class CellCommand(QUndoCommand):
    """The first time, the cell is saved only if it still holds `before`'s people (what the user saw):
    when another PC changed it meanwhile, the user answers the conflict dialog (`parent` owns it, `reload`
    shows theirs), and a change that was not saved leaves no step on the undo stack."""

    def __init__(self, ops: RosterOperations, roster_id: int, day: dt.date, shift_id: int, before: CellState,
                 after: CellState, text: str, parent: QWidget | None = None,
                 reload: Callable[[], None] | None = None, label: str = "") -> None:
        super().__init__(text)
        self._ops, self._roster, self._day, self._shift = ops, roster_id, day, shift_id
        self.label = label  # the duty as the conflict dialog names it
        self._before, self._after = before, after
        self._first, self._parent, self._reload = True, parent, reload
        self.warnings: list = []  # type: ignore[type-arg]

    def redo(self) -> None:
        if not self._first:
            self.warnings = self._apply(self._after)
            return
        self._first = False
        outcome = conflicts.save(self._parent, lambda seen: self._apply(self._after, seen), self._before[0],
                                 take_theirs=self._reload, again=lambda exc: exc.theirs.get("people", []),
                                 label=self.label)
        if outcome is conflicts.NOT_SAVED:
            self.setObsolete(True)
        else:
            self.warnings = outcome

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, state: CellState, seen: list[int] | None = None):  # type: ignore[no-untyped-def]
        people, locked = state
        return self._ops.set_cell(self._roster, self._day, self._shift, people, locked=locked, expected=seen)


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
