"""Small widget helpers shared by several tabs and dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit


def refill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Replace a combo's items (after a language switch) keeping the chosen value and staying quiet."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def limit_length(edit: QLineEdit, length: int | None) -> QLineEdit:
    """Typing or pasting stops at the length the store's column holds (`plans.limits`), so the form
    never offers a text that PostgreSQL would refuse and SQLite would take."""
    if length:
        edit.setMaxLength(length)
    return edit
