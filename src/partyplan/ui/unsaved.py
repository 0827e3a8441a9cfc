"""Nothing typed is lost silently: a dialog or a page asks before typing that was not saved goes.

A `GuardedDialog` remembers what its fields held when it was shown, and Esc, Cancel or the close button
on a dialog whose fields now differ asks "Discard your changes?" (Save / Discard / Keep editing) through
`prompts.discard_changes`. A page that keeps typing until a Save button or a change of selection does the
same with an `UnsavedText`, and the window asks every one of those before it closes or opens another
store. Comparing the fields rather than counting keystrokes means a text typed and then deleted again
closes without a question, and a dialog needs no code of its own to take part.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractProxyModel, QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDateTimeEdit, QDialog, QDoubleSpinBox, QGroupBox,
    QLineEdit, QPlainTextEdit, QSpinBox, QStackedWidget, QTabWidget, QTextEdit, QWidget,
)

from partyplan.ui import prompts

IGNORED = "changes_ignored"  # a widget property: a search box or a filter is not typing to keep
MODEL_CELLS = 20000  # a bigger table is compared by its number of rows only
_SKIP = object()


def ignore_changes(widget: QWidget) -> None:
    """Leave `widget` (and what it holds) out of the comparison: a search box, a filter, a preview."""
    widget.setProperty(IGNORED, True)


def field_state(root: QWidget) -> dict[int, object]:
    """What every input under `root` holds now, by widget: texts, choices, ticks, numbers, dates, and
    the rows of its tables (the source model under any sort or filter). A sub-dialog is left out: it
    has its own. (By widget, not in a list: a tab brought to the front moves among its siblings.)"""
    state: dict[int, object] = {}
    _collect(root, state)
    return state


def _collect(widget: QWidget, state: dict[int, object]) -> None:
    for child in widget.children():
        if not isinstance(child, QWidget) or child.property(IGNORED) or isinstance(child, QDialog):
            continue
        value = input_value(child)
        if value is not _SKIP:
            state[shiboken6.getCppPointer(child)[0]] = value
            if not isinstance(child, QGroupBox):
                continue  # a line edit's, combo's or table's own parts are not further inputs
        _collect(child, state)


def input_value(widget: QWidget) -> object:
    """The value of one input widget, or _SKIP for a widget that is not one."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return _SKIP if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText()) if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else _SKIP
    if isinstance(widget, QGroupBox):
        return widget.isChecked() if widget.isCheckable() else _SKIP
    if isinstance(widget, QAbstractItemView):
        model = widget.model()
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        return _model_state(model) if model is not None else None
    return _SKIP


def _model_state(model: QAbstractItemModel) -> list[object]:
    flat = isinstance(model, (QAbstractTableModel, QAbstractListModel))  # no children (and, from Python,
    listing = isinstance(model, QAbstractListModel)  # no hasChildren; a list has no columnCount either)

    def columns(parent: QModelIndex) -> int:
        return 1 if listing else model.columnCount(parent)

    if model.rowCount(QModelIndex()) * columns(QModelIndex()) > MODEL_CELLS:
        return [model.rowCount(QModelIndex())]
    state: list[object] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                state.append((index.data(Qt.ItemDataRole.DisplayRole), index.data(Qt.ItemDataRole.CheckStateRole)))
            if not flat and len(state) < MODEL_CELLS:
                visit(model.index(row, 0, parent))

    visit(QModelIndex())
    return state


class GuardedDialog(QDialog):
    """A dialog that asks before it lets what was typed in it go.

    What its fields hold is taken when it is first shown (after the dialog has filled them). Esc, Cancel
    and the window's close button all arrive at `reject`; if the fields differ, the user is asked, and
    Save runs `save_changes` (OK's work: the dialog stays open if the service refuses), Discard closes,
    Keep editing stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_state: dict[int, object] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_contents()
        if self._shown_state is None:
            self.mark_clean()

    def fit_contents(self) -> None:
        """Never narrower than what the fields need: a fixed minimum width chosen for one language
        clipped a longer label of the other ("Resident represe")."""
        need = self.minimumSizeHint()
        if self.width() < need.width() or self.height() < need.height():
            self.resize(max(self.width(), need.width()), max(self.height(), need.height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.fit_contents()  # after the subclass has put in the new words

    def mark_clean(self) -> None:
        """What the fields hold now counts as nothing to lose (after a part of the work was saved)."""
        self._shown_state = field_state(self)

    def has_changes(self) -> bool:
        return self._shown_state is not None and field_state(self) != self._shown_state

    def save_changes(self) -> None:
        self.accept()

    def reject(self) -> None:
        if self.has_changes():
            answer = prompts.discard_changes(self, self.windowTitle())
            if answer == prompts.KEEP:
                return
            if answer == prompts.SAVE:
                self.save_changes()
                return
        super().reject()


_UNSAVED: weakref.WeakSet[UnsavedText] = weakref.WeakSet()


class UnsavedText:
    """Typing on a page (not in a dialog) that is kept by a Save button, or by the page when its
    selection moves on. The page calls `mark_clean` whenever it fills the widgets from the store, and
    `settle` before it would replace them; the window settles them all before it closes.

    `autosave` is for fields the page saves by itself when they lose focus: settling saves them without
    a question (closing the window does not take the focus away first)."""

    def __init__(self, owner: QWidget, widgets: Sequence[QWidget], save: Callable[[], bool],
                 title: Callable[[], str], autosave: bool = False) -> None:
        self.owner = owner
        self._widgets = list(widgets)
        self._save = save
        self._title = title
        self._autosave = autosave
        self._state = self.state()
        _UNSAVED.add(self)

    def state(self) -> list[object]:
        return [input_value(widget) for widget in self._widgets]

    def mark_clean(self) -> None:
        self._state = self.state()

    def has_changes(self) -> bool:
        return self.owner.isEnabled() and self.state() != self._state

    def settle(self) -> bool:
        """Ask about unsaved typing, if there is any: True when the caller may go on and replace it,
        False when the user keeps editing (the caller leaves everything as it is)."""
        if not self.has_changes():
            return True
        if self._autosave:
            if not self._save():
                return False
            self.mark_clean()
            return True
        answer = prompts.discard_changes(self.owner, self._title())
        if answer == prompts.KEEP or (answer == prompts.SAVE and not self._save()):
            return False
        self.mark_clean()
        return True


def settle_all(window: QWidget) -> bool:
    """Before `window` closes: every page in it with unsaved typing asks; False when one keeps editing
    (that page is brought to the front)."""
    for unsaved in list(_UNSAVED):
        owner = unsaved.owner
        try:
            inside = window.isAncestorOf(owner)
        except RuntimeError:  # the page's widget is already gone
            continue
        if inside and not unsaved.settle():
            bring_to_front(owner)
            return False
    return True


def bring_to_front(widget: QWidget) -> None:
    """Make every tab and stacked page that holds `widget` the current one."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            holder = parent.parentWidget()
            if isinstance(holder, QTabWidget):
                holder.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
