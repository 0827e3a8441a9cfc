"""File > Archive year: choose the year and the folder, see what will be filed, write it off the GUI thread.

The list shows the files before anything is written, with the months that have no published roster or no
duty records, so the office can finish those first. Writing runs as background work with a progress bar
and a Cancel button in the dialog itself; a cancelled or failed run leaves the earlier archive as it was.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.reports import archive
from partyplan.ui import background, prompts


class ArchiveDialog(QDialog):
    def __init__(self, operations, language: str, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("archive_dialog")
        self._ops = operations
        self.language = language
        self.job: background.Job | None = None
        self.result: archive.ArchiveResult | None = None
        self.last_message = ""
        self._close_when_done = False
        today = dt.date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(today.year if today.month >= 3 else today.year - 1)
        self.folder = QLineEdit(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self.choose = QPushButton()
        self.choose.clicked.connect(self.choose_folder)
        self.as_zip = QCheckBox()
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.contents = QTextBrowser()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_result)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(3)]
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.retranslate()
        self.refresh()
        self.resize(860, 620)

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """List what the archive of the chosen year will hold; reading only, so it is quick on the GUI thread."""
        jobs, notes = self._ops.reports.archive_contents(self.year.value(), self.language)
        self.files = [job.file for job in jobs]
        self.notes = notes
        self.contents.setHtml(contents_html(self.files, notes, self.language))
        self._show_target()

    def choose_folder(self) -> None:
        chosen = prompts.folder(self, self.tr("Folder for the archive"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def write(self) -> None:
        if self.job is not None:
            return
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            prompts.error(self, self.windowTitle(), self.tr("Choose an existing folder for the archive."))
            return
        target = archive.target_path(folder, self.year.value(), as_zip=self.as_zip.isChecked(),
                                     language=self.language)
        if target.exists() and not prompts.confirm(
                self, self.windowTitle(), self.tr("%1 already exists. Replace it with a new archive? The old one "
                                                  "stays until the new one is complete.").replace("%1", str(target))):
            return
        reports, year, as_zip, language = self._ops.reports, self.year.value(), self.as_zip.isChecked(), self.language
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Writing the archive..."))
        self.job = background.start(
            self, self.windowTitle(), self.tr("Writing the archive..."), lambda report, stopped: reports.write_archive(
                year, folder, as_zip=as_zip, language=language, report=report, stopped=stopped),
            done=self._done, failed=self._failed, cancelled=self._cancelled, progress=self._progress_reported,
            keep_finished=True, dialog=False)  # a finished archive is in place: a late Cancel cannot unwrite it
        self._set_running(True)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling..."))

    def open_result(self) -> None:
        if self.result is not None:
            shown = self.result.target.parent if self.result.target.suffix == ".zip" else self.result.target
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(shown)))

    def reject(self) -> None:
        if self.job is not None:  # Close while writing means stop; the dialog closes once the work ends
            self.cancel()
            self._close_when_done = True
            return
        super().reject()

    # -- the work's end ----------------------------------------------------------------------
    def _progress_reported(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))

    def _done(self, result: archive.ArchiveResult) -> None:
        self.result = result
        self._finish()
        self.last_message = self.tr("Archive of %1 written to %2: %3 files.").replace("%1", str(self.year.value())) \
            .replace("%2", str(result.target)).replace("%3", str(len(result.files)))
        self.status.setText(self.last_message)
        self._show_target()

    def _cancelled(self) -> None:
        self._finish()
        self.last_message = self.tr("Cancelled; nothing was written and an earlier archive is unchanged.")
        self.status.setText(self.last_message)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, archive.ArchiveCancelled):
            self._cancelled()
            return
        self._finish()
        self.last_message = texts.error_message(exc)  # type: ignore[arg-type]
        self.status.setText("")
        prompts.error(self, self.windowTitle(), self.last_message)

    def _finish(self) -> None:
        self.job = None
        self.progress.hide()
        self._set_running(False)
        if self._close_when_done:
            self._close_when_done = False
            QTimer.singleShot(0, self.reject)

    # -- building ----------------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        for widget in (self.year, self.folder, self.choose, self.as_zip):
            widget.setEnabled(not running)
        self.open_button.setEnabled(not running and self.result is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not running)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Cancel") if running else self.tr("Close"))

    def _show_target(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.target.setText(self.tr("Choose the folder the archive is written into."))
            return
        target = archive.target_path(Path(text), self.year.value(), as_zip=self.as_zip.isChecked(),
                                     language=self.language)
        line = self.tr("Writes %1 (%2 files).").replace("%1", str(target)).replace("%2", str(len(self.files) + 1))
        if target.exists():
            line += " " + self.tr("It exists and will be replaced.")
        self.target.setText(line)

    def _build(self) -> None:
        form = QFormLayout()
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        form.addRow(self._labels[0], year_row)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        form.addRow(self._labels[1], row)
        form.addRow("", self.as_zip)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.target)
        layout.addWidget(self._labels[2])
        layout.addWidget(self.contents, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.year.valueChanged.connect(self._timer.start)
        self.folder.textChanged.connect(self._show_target)
        self.as_zip.toggled.connect(self._show_target)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Archive year"))
        for label, text in zip(self._labels, (self.tr("Year"), self.tr("Folder"),
                                              self.tr("Files in the archive, in binding order")), strict=True):
            label.setText(text)
        self.choose.setText(self.tr("Choose..."))
        self.as_zip.setText(self.tr("Write one .zip file instead of a folder"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write archive"))
        self.open_button.setText(self.tr("Open folder"))
        self._set_running(self.job is not None)


def contents_html(files: list[archive.ArchiveFile], notes: list[str], language: str) -> str:
    """The index as it will be written (the index sheet itself comes first)."""
    e = html.escape
    w = archive.words(language)
    rows = [f"<tr><td align='right'>{n}</td><td>{e(w['part'][f.part])}</td><td>{e(f.path)}</td>"
            f"<td>{e(f.contents)}</td></tr>" for n, f in enumerate(files, 2)]
    head = "".join(f"<th align='left'>{e(h)}</th>" for h in w["head"])
    index = f"<tr><td align='right'>1</td><td>{e(w['part']['index'])}</td><td>{e(w['index'])}</td><td></td></tr>"
    warn = "".join(f"<p style='color:#9a5b00'>{e(note)}</p>" for note in notes)
    return f"{warn}<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{index}{''.join(rows)}</table>"
