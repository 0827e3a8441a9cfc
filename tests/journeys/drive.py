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

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QDateEdit, QDialog,
    QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QTabWidget, QTextEdit,
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
    from PySide6.QtCore import QLocale

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
    return plain(_text(widget)) in words(english)


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
    matches = [w for w in shown(root, kind) if says(w, english)]
    if not matches:
        seen = sorted({plain(_text(w)) for w in shown(root, kind) if _text(w)})
        raise AssertionError(f"no visible {kind.__name__} saying {sorted(words(english))} in "
                             f"{root.objectName() or type(root).__name__}; visible: {seen}")
    return matches[0]


def button(root: QWidget, english: str) -> QAbstractButton:
    return find(root, QAbstractButton, english)


def named(root: QWidget, kind: type[W], name: str) -> W:
    widget = root.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name!r}"
    return widget


def field(root: QWidget, label: str, kind: type[W] = QWidget) -> W:  # type: ignore[assignment]
    """The input a form's label stands for: its buddy (QFormLayout sets it), or the first input inside it."""
    text = find(root, QLabel, label)
    buddy = text.buddy()
    assert buddy is not None, f"the label {plain(text.text())!r} names no field"
    if isinstance(buddy, kind) and isinstance(buddy, INPUTS):
        return buddy
    inner = [w for w in buddy.findChildren(kind) if isinstance(w, INPUTS) and w.isVisibleTo(buddy)]
    assert inner, f"no {kind.__name__} beside the label {plain(text.text())!r}"
    return inner[0]


def action(window: QWidget, english: str) -> QAction:
    """A menu command by its words (File > Print... is `action(window, "&Print...")`)."""
    for candidate in window.findChildren(QAction):
        if candidate.text() and plain(candidate.text()) in words(english):
            return candidate
    raise AssertionError(f"no menu command {sorted(words(english))}")


def tab(root: QWidget, english: str) -> QWidget:
    """Click the tab saying `english` on the first tab bar under `root` that has it; returns its page."""
    for tabs in [root] if isinstance(root, QTabWidget) else shown(root, QTabWidget):
        for index in range(tabs.count()):
            if plain(tabs.tabText(index)) in words(english):
                bar = tabs.tabBar()
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 bar.tabRect(index).center())
                assert tabs.currentIndex() == index
                return tabs.widget(index)
    raise AssertionError(f"no tab {sorted(words(english))}")


def rows(view: QAbstractItemView, column: int = 0) -> list[str]:
    model = view.model()
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


# -- acting ----------------------------------------------------------------------------------------
def click(widget: QWidget) -> None:
    assert widget.isVisible(), f"{_text(widget)!r} is not on screen"
    assert widget.isEnabled(), f"{_text(widget)!r} is greyed out"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(root: QWidget, english: str) -> None:
    click(button(root, english))


def type_text(widget: QWidget, text: str, replace: bool = True) -> None:
    """Type into a line, text box or editable combo: ASCII as keys, Chinese as an input method commits it."""
    target = widget.lineEdit() if isinstance(widget, (QComboBox, QAbstractSpinBox)) and widget.lineEdit() else widget
    target.setFocus()
    if replace:
        QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(target, Qt.Key.Key_Delete)
    for run in re.findall(r"\n|[\x20-\x7e]+|[^\x20-\x7e\n]+", text):
        if run == "\n":
            QTest.keyClick(target, Qt.Key.Key_Return)
        elif run.isascii():
            QTest.keyClicks(target, run)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(target, event)


def type_date(edit: QDateEdit, day) -> None:  # type: ignore[no-untyped-def]
    """Type a date into a date field in its own display format, as a person would."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, QDate(day).toString(edit.displayFormat()))
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date().toPython() == day, f"the date field shows {edit.date().toPython()}, not {day}"


def choose(combo: QComboBox, english_or_text: str) -> None:
    """Pick an item by its words (or, for names and other data, its exact text) with the keyboard."""
    options = [plain(combo.itemText(i)) for i in range(combo.count())]
    wanted = words(english_or_text) if english_or_text in _catalogue() or not chinese() else {english_or_text}
    matches = [i for i, text in enumerate(options) if text in wanted or text == english_or_text]
    assert matches, f"no {sorted(wanted)} among {options}"
    combo.setFocus()
    while combo.currentIndex() != matches[0]:
        key = Qt.Key.Key_Down if combo.currentIndex() < matches[0] else Qt.Key.Key_Up
        before = combo.currentIndex()
        QTest.keyClick(combo, key)
        assert combo.currentIndex() != before, "the choice does not move with the arrow keys"


def check(box: QCheckBox, on: bool = True) -> None:
    if box.isChecked() != on:
        click(box)
    assert box.isChecked() == on


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


def context_menu(view: QAbstractItemView, row: int, column: int, english: str) -> None:
    """Right-click a cell and choose `english` from the menu that opens (its own event loop)."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    point: QPoint = view.visualRect(index).center()

    def choose_item(menu: QMenu) -> None:
        item = next((a for a in menu.actions() if plain(a.text()) in words(english)), None)
        assert item is not None, f"no {english!r} in the menu: {[a.text() for a in menu.actions()]}"
        menu.setActiveAction(item)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    with answer(choose_item, kind=QMenu):
        view.customContextMenuRequested.emit(point)  # what a right-click on the viewport sends


def ok(dialog: QDialog) -> None:
    """Press the dialog's OK (or Yes, or its accepting button) as a person would."""
    press_role(dialog, QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)


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


def wait_dialog(qtbot, kind: type[W] = QDialog, title: str | None = None, before: list[QWidget] | None = None) -> W:  # type: ignore[no-untyped-def,assignment]
    """The dialog a click has just opened (window-modal, without its own event loop)."""
    old = list(before or [])
    found: list[W] = []

    def appeared() -> bool:
        found[:] = [w for w in _windows(kind) if w not in old and (title is None or plain(w.windowTitle()) in words(title))]
        return bool(found)

    qtbot.waitUntil(appeared, timeout=WAIT_MS)
    return found[-1]


@contextmanager
def answer(handle: Callable[[W], None], kind: type[W] = QMessageBox, title: str | None = None) -> Iterator[list[W]]:  # type: ignore[assignment]
    """The code inside opens a dialog in its own event loop (a message box, the print dialog, a menu);
    `handle` answers it when it appears. Fails if no such dialog came."""
    before = _windows(kind)
    handled: list[W] = []
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(10)

    def poll() -> None:
        for widget in _windows(kind):
            if widget not in before and widget not in handled and (
                    title is None or plain(widget.windowTitle()) in words(title)):
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
    assert handled, f"no {kind.__name__} appeared" + (f" titled {sorted(words(title))}" if title else "")


def message_text(box: QMessageBox) -> str:
    return f"{box.text()}\n{box.informativeText()}"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
