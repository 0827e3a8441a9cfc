"""A save that another PC overtook: one dialog and one way of saving, for every form of the window.

A form saves with the version of the record it was filled from; when another PC saved the record since,
the service raises `ConflictError` and nothing is written. `save` then shows who changed it and when,
their value and the user's side by side, and lets the user keep theirs (the same save again, now over
the stored version), take the other's (the form or view is filled again from the store), or cancel
(the form stays open with what was typed). A record deleted on the other PC can only be closed, or saved
as a new one where the form offers that. `DuplicateError` and `MonthChangedError` are a plain message.

The question itself is `ask`, so that a test can answer it as it answers the other prompts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from partyplan import texts
from partyplan.texts import district as words
from partyplan.ui import prompts
from partyplan.ui.operations import ConflictError, DuplicateError, MonthChangedError

KEEP_MINE, TAKE_THEIRS, SAVE_NEW, CANCEL = "mine", "theirs", "new", "cancel"
NOT_SAVED = object()  # what `save` returns when nothing of the user's was written


class ConflictDialog(QDialog):
    """Who changed the record and when, the two values of each field, and the three answers."""

    def __init__(self, exc: ConflictError, parent: QWidget | None = None, can_save_new: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.exc = exc
        self.answer = CANCEL
        self.message = QLabel()
        self.message.setObjectName("conflict_message")
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflict_values")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox()
        self.keep = self._button("keep_mine", KEEP_MINE, QDialogButtonBox.ButtonRole.AcceptRole)
        self.take = self._button("take_theirs", TAKE_THEIRS, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_new = self._button("save_new", SAVE_NEW, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self._button("cancel", CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        fields = list(dict.fromkeys([*exc.theirs, *exc.mine]))
        if "names" in fields:  # a duty's people are shown by name
            fields.remove("names")
            fields = ["names" if f == "people" else f for f in fields]
        self._fields = fields
        self.table.setRowCount(len(fields))
        self.table.setVisible(bool(fields) and not exc.deleted)
        self.keep.setVisible(not exc.deleted and exc.current_version is not None)
        self.take.setVisible(not exc.deleted)
        self.save_new.setVisible(exc.deleted and can_save_new)
        self.setMinimumWidth(560)
        self.retranslate()

    def _button(self, name: str, answer: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton("", role)
        button.setObjectName(f"conflict_{name}")
        button.clicked.connect(lambda: self._answer(answer))
        return button

    def _answer(self, answer: str) -> None:
        self.answer = answer
        self.done(QDialog.DialogCode.Rejected if answer == CANCEL else QDialog.DialogCode.Accepted)

    def values(self) -> list[tuple[str, str, str]]:
        """The rows as shown: field, theirs, mine (for tests and screen readers)."""
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]  # type: ignore[misc]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        exc = self.exc
        self.setWindowTitle(self.tr("Changed on another PC"))
        what = exc.label or words.record_kind(exc.table)
        if exc.deleted:
            text = self.tr("%1 was deleted by %2 at %3 after you opened it. Nothing of yours was saved.")
        elif exc.changed_at is None:
            text = self.tr("%1 was changed on another PC after you opened it. Nothing of yours was saved yet.")
        else:
            text = self.tr("%1 was changed by %2 at %3 after you opened it. Nothing of yours was saved yet.")
        self.message.setText(text.replace("%1", what).replace("%2", words.who(exc.changed_by))
                             .replace("%3", words.local_time(exc.changed_at)))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Theirs (saved now)"), self.tr("Yours")])
        for row, name in enumerate(self._fields):
            for column, value in enumerate((words.field_name(name), words.shown(exc.theirs.get(name), name, exc.table),
                                            words.shown(exc.mine.get(name), name, exc.table))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.keep.setText(self.tr("Keep mine"))
        self.take.setText(self.tr("Take theirs"))
        self.save_new.setText(self.tr("Save as new"))
        self.cancel.setText(self.tr("Close") if exc.deleted else self.tr("Cancel"))


def ask(parent: QWidget | None, exc: ConflictError, can_save_new: bool = False) -> str:
    """KEEP_MINE, TAKE_THEIRS, SAVE_NEW or CANCEL (Esc: CANCEL, the safe answer)."""
    dialog = ConflictDialog(exc, parent, can_save_new)
    dialog.exec()
    return dialog.answer


def save(parent: QWidget | None, attempt: Callable[[Any], Any], seen: Any, *,
         take_theirs: Callable[[], None] | None = None, save_new: Callable[[], Any] | None = None,
         again: Callable[[ConflictError], Any] = lambda exc: exc.current_version, label: str = "") -> Any:
    """`attempt(seen)` (seen: the version the form was filled from); on a conflict the user decides.
    Keep mine: `attempt(again(exc))` (asked again if yet another PC got in between). Take theirs:
    `take_theirs()` fills the form or view again. `label` names the record where the form knows it
    better than the service (a file by its person's name). Returns what the attempt returned, or NOT_SAVED."""
    while True:
        try:
            return attempt(seen)
        except ConflictError as exc:
            conflict = exc
        except (DuplicateError, MonthChangedError) as exc:
            explain(parent, exc)
            return NOT_SAVED
        if label:
            conflict.label = label
        answer = ask(parent, conflict, save_new is not None)
        if answer == KEEP_MINE:
            seen = again(conflict)
            continue
        if answer == TAKE_THEIRS and take_theirs is not None:
            take_theirs()
        elif answer == SAVE_NEW and save_new is not None:
            return save_new()
        return NOT_SAVED


def explain(parent: QWidget | None, exc: Exception) -> None:
    """A refusal that has no choice to offer, as a plain message."""
    prompts.warning(parent, words.not_saved_title(), texts.error_message(exc))
