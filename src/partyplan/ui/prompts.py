"""Every modal question the window asks, in one place, so tests can answer them by monkeypatching."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QInputDialog, QLabel, QMessageBox, QWidget,
)

translate = QCoreApplication.translate

SAVE, DISCARD, KEEP = "save", "discard", "keep"  # the answers to discard_changes


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def discard_changes(parent: QWidget | None, title: str) -> str:
    """Asked when a dialog or a page with unsaved typing is about to be closed or left: SAVE, DISCARD or
    KEEP (Esc and the message's close button keep editing: the safe answer)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, translate("Prompts", "Discard your changes?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate("Prompts", "What you typed here has not been saved yet."))
    save = box.addButton(translate("Prompts", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Prompts", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Prompts", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SAVE
    return DISCARD if clicked is discard else KEEP


def open_file(parent: QWidget | None, caption: str, file_filter: str, folder: str = "") -> str:
    return QFileDialog.getOpenFileName(parent, caption, folder, file_filter)[0]


def save_file(parent: QWidget | None, caption: str, suggested: str, file_filter: str) -> str:
    return QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)[0]


def folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, caption, start)


def pick_date(parent: QWidget | None, title: str, label: str, value: dt.date, earliest: dt.date,
              latest: dt.date) -> dt.date | None:
    """A day picked from a calendar (or typed into its box), within `earliest`..`latest`; None on Cancel."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QDateEdit(QDate(value))
    edit.setObjectName("pick_date")
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setDateRange(QDate(earliest), QDate(latest))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    words = QLabel(label)
    words.setWordWrap(True)
    form.addRow(words)
    form.addRow(edit)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.date().toPython()  # type: ignore[no-any-return]


def pick_year(parent: QWidget | None, title: str, label: str, value: int, earliest: int, latest: int) -> int | None:
    """A year from a number box with arrows, within `earliest`..`latest`; None on Cancel."""
    year, ok = QInputDialog.getInt(parent, title, label, value, earliest, latest)
    return year if ok else None
