"""Driving the real window as a person does: find things by what they say, click and type, answer dialogs.

A journey names a control by its English words; in Chinese the same control is found by the words of
the shipped translation (resources/translations/partyplan_zh_CN.ts), so a missing translation fails the
journey as a Chinese user would notice it. Widgets are found by their visible text, their label, or
their object name, never through a page's attributes.

Chinese is typed as an input method commits it (QInputMethodEvent), which is how it reaches a widget on
a real desktop; QTest.keyClicks only types ASCII.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QTabWidget, QTextEdit,
    QWidget,
)

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "partyplan_zh_CN.ts"
WAIT_MS = 20000  # how long a dialog may take to appear before the journey fails (a generous ceiling)
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QAbstractItemView)
W = TypeVar("W", bound=QWidget)


# -- words -----------------------------------------------------------------------------------------
@cache
def _catalogue() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if translation.strip():
            found.setdefault(source, set()).add(translation)
    return {source: frozenset(texts) for source, texts in found.items()}


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def words(english: str) -> frozenset[str]:
    """What `english` looks like on screen in the running language (mnemonic & removed)."""
    if not chinese():
        return frozenset({plain(english)})
    shown = _catalogue().get(english)
    assert shown, f"no Chinese for {english!r} in the translation: a Chinese user would see English"
    return frozenset(plain(text) for text in shown)


def plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


def says(widget: QWidget, english: str) -> bool:
    return matches(_text(widget), english)


def matches(text: str, english: str) -> bool:
    """`text` is `english` in the running language, any %1, %2 standing for whatever was filled in."""
    return any(re.fullmatch(_pattern(form), plain(text), re.S) for form in words(english))


@cache
def _pattern(form: str) -> str:
    return ".*".join(re.escape(part) for part in re.split(r"%\d", form))


def _text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    text = getattr(widget, "text", None)
    return text() if callable(text) else ""


# -- finding ---------------------------------------------------------------------------------------
def shown(root: QWidget, kind: type[W]) -> list[W]:
    """Every widget of `kind` under `root` that a person can see now."""
    return [w for w in root.findChildren(kind) if w.isVisible()]


def find(root: QWidget, kind: type[W], english: str) -> W:
    found = [w for w in shown(root, kind) if says(w, english)]
    if not found:
        seen = sorted({plain(_text(w)) for w in shown(root, kind) if _text(w)})
        raise AssertionError(f"no visible {kind.__name__} saying {sorted(words(english))} in "
                             f"{root.objectName() or type(root).__name__}; visible: {seen}")
    return found[0]


def button(root: QWidget, english: str) -> QAbstractButton:
    return find(root, QAbstractButton, english)


def named(root: QWidget, kind: type[W], name: str) -> W:
    widget = root.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name!r}"
    return widget


def beside(label: QLabel) -> list[QWidget]:
    """The widgets a form shows beside `label`: its buddy, else what its QFormLayout row holds."""
    if label.buddy() is not None:
        return [label.buddy()]
    for form in label.window().findChildren(QFormLayout):
        row, role = form.getWidgetPosition(label)
        if row >= 0 and role == QFormLayout.ItemRole.LabelRole:
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and item.widget() is not None:
                return [item.widget()]
            if item is not None and item.layout() is not None:
                return _layout_widgets(item.layout())
    raise AssertionError(f"the label {plain(label.text())!r} names no field")


def _layout_widgets(layout) -> list[QWidget]:  # type: ignore[no-untyped-def]
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _layout_widgets(item.layout())
    return found


def field(root: QWidget, label: str, kind: type[W] = QWidget) -> W:  # type: ignore[assignment]
    """The input a form's label stands for (the first one, when its row holds several)."""
    return fields(root, label, kind)[0]


def fields(root: QWidget, label: str, kind: type[W] = QWidget) -> list[W]:  # type: ignore[assignment]
    """Every visible input of `kind` on the form row `label` names (a "from ... to" pair of times)."""
    found: list[W] = []
    for holder in beside(find(root, QLabel, label)):
        if isinstance(holder, kind) and isinstance(holder, INPUTS):
            found.append(holder)
        else:
            found += [w for w in holder.findChildren(kind) if isinstance(w, INPUTS) and w.isVisibleTo(holder)]
    found = [w for w in found if w.isVisible()]
    assert found, f"no {kind.__name__} beside the label {label!r}"
    return found


def by_placeholder(root: QWidget, english: str) -> QLineEdit:
    """A line whose grey hint text says `english` (fields without a label of their own)."""
    for edit in shown(root, QLineEdit):
        if edit.placeholderText() and matches(edit.placeholderText(), english):
            return edit
    raise AssertionError(f"no field hinting {sorted(words(english))}")


def action(window: QWidget, english: str) -> QAction:
    """A menu command by its words (File > Print... is `action(window, "&Print...")`)."""
    for candidate in window.findChildren(QAction):
        if candidate.text() and matches(candidate.text(), english):
            return candidate
    raise AssertionError(f"no menu command {sorted(words(english))}")


def click_tab(tabs: QTabWidget, index: int) -> QWidget:
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(index).center())
    assert tabs.currentIndex() == index, f"the tab {tabs.tabText(index)!r} did not open"
    return tabs.widget(index)


def tab(root: QWidget, english: str) -> QWidget:
    """Click the tab saying `english` on the first tab bar under `root` that has it; returns its page."""
    for tabs in [root] if isinstance(root, QTabWidget) else shown(root, QTabWidget):
        for index in range(tabs.count()):
            if matches(tabs.tabText(index), english):
                return click_tab(tabs, index)
    raise AssertionError(f"no tab {sorted(words(english))}")


def rows(view: QAbstractItemView, column: int = 0) -> list[str]:
    model = view.model()
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


# -- acting ----------------------------------------------------------------------------------------
def activate(widget: QWidget) -> None:
    """Bring the widget's window to the front, as the person working in it has it: focus moves (and a
    field's "editing finished") only happen in the active window."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window), f"{window.windowTitle()!r} cannot be made the active window"


def shortcut(window: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:  # type: ignore[no-untyped-def]
    """Press a keyboard shortcut in `window` (which a person would be looking at: it is made active)."""
    activate(window)
    QTest.keyClick(window, key, modifiers)


def click(widget: QWidget) -> None:
    assert widget.isVisible(), f"{_text(widget)!r} is not on screen"
    assert widget.isEnabled(), f"{_text(widget)!r} is greyed out"
    activate(widget)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(root: QWidget, english: str) -> None:
    click(button(root, english))


def type_text(widget: QWidget, text: str, replace: bool = True) -> None:
    """Type into a line, text box, spin box or editable combo: ASCII key by key, Chinese as an input
    method commits it. A date or time field takes digits section by section, as on a keyboard."""
    if isinstance(widget, QAbstractSpinBox):
        _type_sections(widget, text)
        return
    target = widget.lineEdit() if isinstance(widget, QComboBox) and widget.lineEdit() else widget
    activate(target)
    target.setFocus()
    if replace:
        QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(target, Qt.Key.Key_Delete)
    for run in re.findall(r"\n|[\x20-\x7e]+|[^\x20-\x7e\n]+", text):
        if run == "\n":
            QTest.keyClick(target, Qt.Key.Key_Return)
        elif run.isascii():
            for char in run:  # QTest.keyClicks loses keys in date and time fields
                QTest.keyClick(target, char)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(target, event)


def _type_sections(box: QAbstractSpinBox, text: str, leave: bool = True) -> None:
    activate(box)
    box.setFocus()
    if isinstance(box, QDateTimeEdit):
        box.setSelectedSection(box.sectionAt(0))  # as a click on its first part: typing replaces it
    else:
        QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for char in text:
        QTest.keyClick(box, char)
    if leave:
        QTest.keyClick(box, Qt.Key.Key_Tab)  # leaving the field commits it


def choose(combo: QComboBox, english_or_text: str) -> None:
    """Pick an item by its words (or, for names and other data, its exact text) with the keyboard."""
    options = [combo.itemText(i) for i in range(combo.count())]
    is_words = english_or_text in _catalogue() or not chinese()
    found = [i for i, text in enumerate(options)
             if plain(text) == english_or_text or (is_words and matches(text, english_or_text))]
    assert found, f"no {english_or_text!r} among {options}"
    activate(combo)
    combo.setFocus()
    while combo.currentIndex() != found[0]:
        key = Qt.Key.Key_Down if combo.currentIndex() < found[0] else Qt.Key.Key_Up
        before = combo.currentIndex()
        QTest.keyClick(combo, key)
        assert combo.currentIndex() != before, "the choice does not move with the arrow keys"


def check(box: QCheckBox, on: bool = True) -> None:
    if box.isChecked() != on:
        click(box)
    assert box.isChecked() == on


def toggle_item(view: QAbstractItemView, text: str) -> None:
    """Tick or untick the checkable row showing `text`: click it, then Space, as on a keyboard."""
    select_row(view, text)
    QTest.keyClick(view, Qt.Key.Key_Space)


def select_row(view: QAbstractItemView, text: str, column: int = 0, double: bool = False) -> int:
    """Click the row whose `column` shows `text` (containing it); returns the row."""
    found = [n for n, shown_text in enumerate(rows(view, column)) if text in shown_text]
    assert found, f"no row showing {text!r}: {rows(view, column)}"
    index = view.model().index(found[0], column)
    view.scrollTo(index)
    point = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    if double:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    return found[0]


def edit_cell(view: QAbstractItemView, row: int, column: int, text: str | None = None,
              choice: str | None = None) -> None:
    """Double-click a table cell, then type `text` into the editor that opens (or pick `choice` in it)
    and press Enter, as a person edits a table in place."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    point = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    if view.state() != QAbstractItemView.State.EditingState:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert view.state() == QAbstractItemView.State.EditingState, f"cell {row},{column} does not open for editing"
    editor = view.window().focusWidget()  # the window's, active or not (offscreen, nothing is active)
    assert editor is not None and view.viewport().isAncestorOf(editor), "the cell's editor did not take the keys"
    if choice is not None:
        assert isinstance(editor, QComboBox)
        choose(editor, choice)
    if isinstance(editor, QAbstractSpinBox) and text is not None:
        _type_sections(editor, text, leave=False)  # Enter, below, commits it; Tab would open the next cell
    elif text is not None:
        type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits the editor's value in a queued call
    assert view.state() != QAbstractItemView.State.EditingState, "Enter did not close the cell's editor"


def tree_rows(view: QAbstractItemView, column: int = 0) -> list[str]:
    """Every row of a tree, depth first, as shown (expanded or not)."""
    model, found = view.model(), []

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, column, parent)
            found.append(str(index.data() or ""))
            walk(index)

    walk(view.rootIndex())
    return found


def select_in_tree(view, text: str, column: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Click the first row of a tree (at any depth) that shows `text`, opening its parents first."""
    model = view.model()

    def find_index(parent):  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, column, parent)
            if text in str(index.data() or ""):
                return index
            inner = find_index(index)
            if inner is not None:
                return inner
        return None

    index = find_index(view.rootIndex())
    assert index is not None, f"no row showing {text!r}: {tree_rows(view, column)}"
    parent = index.parent()
    while parent.isValid():
        view.expand(parent)
        parent = parent.parent()
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(index).center())
    assert view.currentIndex() == index


def paste(widget: QWidget, text: str) -> None:
    """Put `text` on the clipboard (as copying it from a document would) and press Ctrl+V in `widget`."""
    QApplication.clipboard().setText(text)
    activate(widget)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def ok(dialog: QDialog) -> None:
    """Press the dialog's OK (or Yes, or its accepting button) as a person would."""
    press_role(dialog, QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)


def finish(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    """Press OK and wait for the dialog to close; if it stays open, fail with the problems it shows."""
    ok(dialog)
    try:
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    except Exception:
        shown_problems = [w.text() for w in shown(dialog, QLabel) if w.objectName().startswith("error")
                          or "b00020" in w.styleSheet()]
        shown_problems += [f"{w.windowTitle()}: {w.text()}" for w in _windows(QMessageBox)]
        raise AssertionError(f"{dialog.windowTitle()!r} stayed open: {shown_problems}") from None


def cancel(dialog: QDialog) -> None:
    press_role(dialog, QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.NoRole)


def press_role(dialog: QDialog, *roles: QDialogButtonBox.ButtonRole) -> None:
    if isinstance(dialog, QMessageBox):
        chosen = [b for b in dialog.buttons() if dialog.buttonRole(b) in (
            {QMessageBox.ButtonRole(r.value) for r in roles})]
    else:
        chosen = [b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()
                  if box.buttonRole(b) in roles and b.isVisible()]
    assert chosen, f"no button with role {roles} in {dialog.windowTitle()!r}"
    click(chosen[0])


# -- dialogs ---------------------------------------------------------------------------------------
def _windows(kind: type[W]) -> list[W]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def wait_dialog(qtbot, kind: type[W] = QDialog, title: str | None = None) -> W:  # type: ignore[no-untyped-def,assignment]
    """The dialog a click has just opened (window-modal, without its own event loop)."""
    found: list[W] = []

    def appeared() -> bool:
        found[:] = [w for w in _windows(kind) if title is None or matches(w.windowTitle(), title)]
        return bool(found)

    qtbot.waitUntil(appeared, timeout=WAIT_MS)
    return found[-1]


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the background work a click started (an export, a check) to end and say so: the click
    returns at once, and the message comes when the file is written."""
    from partyplan.ui import background

    qtbot.waitUntil(lambda: not background.running(), timeout=60000)


@contextmanager
def answer(handle: Callable[[W], None], kind: type[W] = QMessageBox, title: str | None = None,  # type: ignore[assignment]
           required: bool = True) -> Iterator[list[W]]:
    """The code inside opens a dialog in its own event loop (a message box, the print dialog, a menu);
    `handle` answers it when it appears. Fails if no such dialog came, unless it was not `required` (a
    warning that only some dates bring)."""
    before = _windows(kind)
    handled: list[W] = []
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(10)

    def poll() -> None:
        for widget in _windows(kind):
            if widget not in before and widget not in handled and (
                    title is None or matches(widget.windowTitle(), title)):
                handled.append(widget)
                handle(widget)
                return
        timer.start()

    timer.timeout.connect(poll)
    timer.start()
    try:
        yield handled
    finally:
        timer.stop()
    assert handled or not required, f"no {kind.__name__} appeared" + (f" titled {sorted(words(title))}" if title else "")


def message_text(box: QMessageBox) -> str:
    return f"{box.text()}\n{box.informativeText()}"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# -- laptop screens --------------------------------------------------------------------------------
MAX_WIDTH = 1000  # logical px: a 1024 px screen, or 1366 px at 125 % scaling (1093 logical)
MAX_HEIGHT = 600  # 768 px at 125 % is 614 logical, less a taskbar


def assert_fits_laptop(window: QWidget) -> None:
    """The window's minimum size with every page built so far: none may push it off a laptop's screen."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)  # as the event loop would first
    hint = window.minimumSizeHint()
    width, height = max(hint.width(), window.minimumWidth()), max(hint.height(), window.minimumHeight())
    assert width <= MAX_WIDTH, f"the window needs {width} px across: more than a laptop's screen"
    assert height <= MAX_HEIGHT, f"the window needs {height} px down: more than a laptop's screen"


def visit(window: QWidget, *path: str) -> QWidget:
    """Open a tab, then a tab inside it, ...; checks the window still fits a laptop; returns the page."""
    page = window
    for english in path:
        page = tab(page if page is not window else named(window, QTabWidget, "main_tabs"), english)
        assert_fits_laptop(window)
    return page
