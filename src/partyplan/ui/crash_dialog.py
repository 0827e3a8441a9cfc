"""The dialog an unhandled exception opens instead of the window silently vanishing.

`install()` registers `show` as the crash hook of `partyplan.logs`; the exception has been written to
the log file by then, and the dialog names that file so staff can send it to whoever looks after
PartyPlan. Tests monkeypatch `show` (or `ask`) like the other modal prompts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from partyplan import logs

translate = QCoreApplication.translate

CONTINUE, QUIT, OPEN_FOLDER = "continue", "quit", "open_folder"


def install() -> None:
    logs.install_excepthook()
    logs.set_crash_hook(lambda summary, details, log_path: show(summary, details, log_path))


def message(summary: str, log_path: Path | None) -> str:
    where = (translate("CrashDialog", "The details were written to:\n%1").replace("%1", str(log_path))
             if log_path is not None else translate("CrashDialog", "The details could not be written to a log file."))
    return "\n\n".join([
        summary,
        where,
        translate("CrashDialog", "Please send this file to whoever looks after PartyPlan, and say what you were doing."),
    ])


def ask(summary: str, details: str, log_path: Path | None) -> str:
    """The modal dialog; returns CONTINUE, QUIT or OPEN_FOLDER."""
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("CrashDialog", "PartyPlan: unexpected error"))
    box.setText(translate("CrashDialog", "PartyPlan ran into an unexpected error."))
    box.setInformativeText(message(summary, log_path))
    box.setDetailedText(details)
    folder = box.addButton(translate("CrashDialog", "Open log folder"), QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton(translate("CrashDialog", "Quit PartyPlan"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("CrashDialog", "Continue"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(keep)
    if log_path is None:
        folder.setEnabled(False)
    box.exec()
    clicked = box.clickedButton()
    if clicked is folder:
        return OPEN_FOLDER
    if clicked is quit_button:
        return QUIT
    return CONTINUE


def show(summary: str, details: str, log_path: Path | None) -> None:
    if not isinstance(QApplication.instance(), QApplication):  # no window (yet, or a CLI command): the log has it
        return
    while True:
        choice = ask(summary, details, log_path)
        if choice == OPEN_FOLDER and log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent)))
            continue  # keep the dialog up, so Continue or Quit is still chosen
        break
    if choice == QUIT:
        QApplication.closeAllWindows()
        QApplication.exit(1)
