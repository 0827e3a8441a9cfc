"""Report > Yearly summary: choose the year (or a quarter) and the parts, type the "experience and
shortcomings / next year's ideas" text (kept with the year), look at a preview, write the .docx in the
window's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from partyplan.reports import summary_data, yearly
from partyplan.ui.export_flow import export_file
from partyplan.ui.widgets import refill_combo


class SummaryDialog(QDialog):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("summary_dialog")
        self._ops = operations
        self.summary: summary_data.Summary | None = None
        self.written: Path | None = None
        today = dt.date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(today.year if today.month >= 11 else today.year - (1 if today.month <= 2 else 0))
        self.period = QComboBox()
        self.parts = {name: QCheckBox() for name in yearly.SECTIONS}
        for box in self.parts.values():
            box.setChecked(True)
        self.notes = QPlainTextEdit()
        self.preview = QTextBrowser()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(4)]
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.retranslate()
        self._load_notes()
        self.refresh()
        self.resize(1100, 720)

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.summary = self._ops.reports.summary(self._period())
        self.summary.notes = self.notes.toPlainText()
        self.preview.setHtml(yearly.preview_html(self.summary, self.chosen(), self._language()))

    def chosen(self) -> list[str]:
        return [name for name, box in self.parts.items() if box.isChecked()]

    def accept(self) -> None:
        self._save_notes()
        self.refresh()
        period = self._period()
        name = f"{period.year}" + (f"-Q{period.quarter}" if period.quarter else "")
        summary, sections, language = self.summary, self.chosen(), self._language()
        export_file(self, self.tr("Write summary"),  # charts and the document: a second on a big year
                    Path.home() / self.tr("work-summary-%1.docx").replace("%1", name),
                    self.tr("Word document (*.docx)"),
                    lambda temp: yearly.write(summary, temp, sections=sections,  # type: ignore[arg-type]
                                              language=language), written=self._written)

    def _written(self, path: Path) -> None:
        self.written = path
        super().accept()

    def reject(self) -> None:
        self._save_notes()  # typed text is never lost, even when no file is written
        super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()  # no preview refresh after the dialog has closed
        super().done(result)

    # -- private -----------------------------------------------------------------------------
    def _language(self) -> str:
        """The report is written in the window's language, as every other export is."""
        language = getattr(self.parent(), "language", None) if self.parent() is not None else None
        return str(language) if language else ("zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en")

    def _period(self) -> summary_data.Period:
        return summary_data.Period(self.year.value(), self.period.currentData() or None)

    def _load_notes(self) -> None:
        self.notes.setPlainText(self._ops.reports.notes(self.year.value()))

    def _save_notes(self) -> None:
        self._ops.reports.save_notes(self.year.value(), self.notes.toPlainText())

    def _year_changed(self) -> None:
        self._save_notes_for_previous()
        self._load_notes()
        self._timer.start()

    def _save_notes_for_previous(self) -> None:
        if self._loaded_year != self.year.value():
            self._ops.reports.save_notes(self._loaded_year, self.notes.toPlainText())
        self._loaded_year = self.year.value()

    def _build(self) -> None:
        self._loaded_year = self.year.value()
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.year)
        row.addWidget(self.period, 1)
        form.addRow(self._labels[0], row)
        parts = QVBoxLayout()
        for box in self.parts.values():
            parts.addWidget(box)
            box.toggled.connect(self._timer.start)
        form.addRow(self._labels[1], parts)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self._labels[2])
        left_layout.addWidget(self.notes, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._labels[3])
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.year.valueChanged.connect(self._year_changed)
        self.period.currentIndexChanged.connect(self._timer.start)
        self.notes.textChanged.connect(self._timer.start)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Yearly summary"))
        for label, text in zip(self._labels, (self.tr("Year"), self.tr("Parts"),
                                              self.tr("Experience and shortcomings, next year's ideas"),
                                              self.tr("Preview")), strict=True):
            label.setText(text)
        words = {"plans": self.tr("Plan results and targets"), "duty": self.tr("Staggered-hours duty"),
                 "posts": self.tr("Volunteer posts and visits"), "meetings": self.tr("Meetings"),
                 "training": self.tr("Training and commendations"), "development": self.tr("Member development"),
                 "charts": self.tr("Charts"), "notes": self.tr("Experience and next year's ideas")}
        for name, box in self.parts.items():
            box.setText(words[name])
        refill_combo(self.period, [(self.tr("Whole year"), 0)] + [
            (self.tr("Quarter %1 (progress report)").replace("%1", str(q)), q) for q in range(1, 5)])
        self.notes.setPlaceholderText(self.tr("Typed here, kept with the year, printed as the last part."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write .docx..."))
