"""Every modal question the window asks, in one place, so tests can answer them by monkeypatching."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, caption: str, file_filter: str, folder: str = "") -> str:
    return QFileDialog.getOpenFileName(parent, caption, folder, file_filter)[0]


def save_file(parent: QWidget | None, caption: str, suggested: str, file_filter: str) -> str:
    return QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)[0]


def folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, caption, start)


def text(parent: QWidget | None, title: str, label: str, value: str) -> str | None:
    result, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
    return result if ok else None
