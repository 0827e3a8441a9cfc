"""Undoable plan edits: each command calls the plan operations both ways; the store stays the truth."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from partyplan.enums import ItemStatus
from partyplan.ui import conflicts
from partyplan.ui.plans.operations import PlanOperations


class EditCommand(QUndoCommand):
    """Change fields of an item or a section; `before` holds every field the change may touch.

    The first time, the edit is saved against the version the tree showed (`seen`): when another PC
    saved the row since, the user answers the conflict dialog (`parent` owns it, `reload` shows theirs),
    and an edit that was not saved leaves no step on the undo stack."""

    def __init__(self, ops: PlanOperations, kind: str, key: int, before: dict[str, object],
                 after: dict[str, object], text: str, seen: int | None = None, parent: QWidget | None = None,
                 reload: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self._ops, self._kind, self._key, self._before, self._after = ops, kind, key, before, after
        self._seen, self._parent, self._reload = seen, parent, reload

    def redo(self) -> None:
        if self._seen is None:
            self._apply(self._after)
            return
        seen, self._seen = self._seen, None  # undo and redo later are the user's own steps
        outcome = conflicts.save(self._parent, lambda version: self._apply(self._after, version), seen,
                                 take_theirs=self._reload)
        if outcome is conflicts.NOT_SAVED:
            self.setObsolete(True)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, changes: dict[str, object], version: int | None = None) -> None:
        if self._kind == "item":
            self._ops.update_item(self._key, changes, expected_version=version)
        else:
            self._ops.update_section(self._key, changes, expected_version=version)


class PeopleCommand(QUndoCommand):
    def __init__(self, ops: PlanOperations, item_id: int, before: list[int], after: list[int], text: str) -> None:
        super().__init__(text)
        self._ops, self._item, self._before, self._after = ops, item_id, before, after

    def redo(self) -> None:
        self._ops.set_people(self._item, self._after)

    def undo(self) -> None:
        self._ops.set_people(self._item, self._before)


class OccurrenceCommand(QUndoCommand):
    def __init__(self, ops: PlanOperations, item_id: int, period: int, before: ItemStatus, after: ItemStatus,
                 text: str) -> None:
        super().__init__(text)
        self._ops, self._item, self._period, self._before, self._after = ops, item_id, period, before, after

    def redo(self) -> None:
        self._ops.set_occurrence(self._item, self._period, self._after)

    def undo(self) -> None:
        self._ops.set_occurrence(self._item, self._period, self._before)


class AddCommand(QUndoCommand):
    """Creates on first redo; undo hides the new row, redo shows the same row again."""

    def __init__(self, ops: PlanOperations, kind: str, create: Callable[[], int], text: str) -> None:
        super().__init__(text)
        self._ops, self._kind, self._create = ops, kind, create
        self.key: int | None = None

    def redo(self) -> None:
        if self.key is None:
            self.key = self._create()
        else:
            self._ops.set_deleted(self._kind, self.key, False)

    def undo(self) -> None:
        assert self.key is not None
        self._ops.set_deleted(self._kind, self.key, True)


class DeleteCommand(QUndoCommand):
    def __init__(self, ops: PlanOperations, kind: str, key: int, text: str) -> None:
        super().__init__(text)
        self._ops, self._kind, self._key = ops, kind, key

    def redo(self) -> None:
        self._ops.set_deleted(self._kind, self._key, True)

    def undo(self) -> None:
        self._ops.set_deleted(self._kind, self._key, False)


class MoveCommand(QUndoCommand):
    """Move an item to (section, position) or a section to a position; undo puts it back."""

    def __init__(self, ops: PlanOperations, kind: str, key: int, before: tuple[int, int], after: tuple[int, int],
                 text: str) -> None:
        super().__init__(text)
        self._ops, self._kind, self._key, self._before, self._after = ops, kind, key, before, after

    def redo(self) -> None:
        self._move(self._after)

    def undo(self) -> None:
        self._move(self._before)

    def _move(self, where: tuple[int, int]) -> None:
        if self._kind == "item":
            self._ops.move_item(self._key, where[0], where[1])
        else:
            self._ops.move_section(self._key, where[1])
