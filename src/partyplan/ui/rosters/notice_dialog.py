"""Type in (or open) the State Council's holiday notice for a year. The preview says what would be
imported, or the first line that cannot be read; nothing is written until Import, and only when
every line is readable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partyplan.rosters import calendar_store
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.calendar_store import BadNotice
from partyplan.texts import rosters as words
from partyplan.ui import prompts
from partyplan.ui.forms import ERROR_STYLE
from partyplan.ui.rosters.operations import RosterOperations
from partyplan.ui.unsaved import GuardedDialog

EXAMPLE = "2027-01-01,放假,元旦\n2027-02-10~2027-02-16,放假,春节\n2027-02-07,上班,春节调休"


class NoticeDialog(GuardedDialog):
    sig_imported = Signal(int, int)  # year, number of days

    def __init__(self, rosters: RosterOperations, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_dialog")
        self._rosters = rosters
        self.year = QSpinBox()
        self.text = QPlainTextEdit()
        self.open_button = QPushButton()
        self.preview = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self._intro = QLabel()
        self._year_label = QLabel()
        self._build(year)
        self.retranslate()

    # -- public ------------------------------------------------------------------------------
    def check(self) -> tuple[list, BadNotice | None]:  # type: ignore[type-arg]
        """The days the text gives, or the first problem in it."""
        try:
            return calendar_store.parse_notice(self.text.toPlainText(), self.year.value()), None
        except BadNotice as problem:
            return [], problem

    def open_file(self) -> None:
        name = prompts.open_file(self, self.tr("Open holiday notice"),
                                 self.tr("Text files (*.txt *.csv);;All files (*)"))
        if not name:
            return
        try:
            self.text.setPlainText(calendar_store.read_notice_file(Path(name)))
        except (BadNotice, OSError):
            self._show(words.notice_problem(0, "bad_date"), error=True)

    def accept(self) -> None:
        entries, problem = self.check()
        if problem is not None:
            self._show(words.notice_problem(problem.line, problem.reason), error=True)
            self.text.setFocus()
            return
        year = self.year.value()
        if self._rosters.coverage(year) is not None and not prompts.confirm(
                self, self.windowTitle(),
                self.tr("Replace the public holidays already recorded for %1 with this notice? "
                        "Days you marked yourself stay as marked.").replace("%1", str(year))):
            return
        count = self._rosters.import_notice(year, self.text.toPlainText())
        self.sig_imported.emit(year, count)
        super().accept()

    # -- building ----------------------------------------------------------------------------
    def _build(self, year: int) -> None:
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setMinimumWidth(90)
        self.year.valueChanged.connect(self._update_preview)
        self.text.textChanged.connect(self._update_preview)
        self.text.setMinimumHeight(220)
        self.open_button.clicked.connect(self.open_file)
        self._intro.setWordWrap(True)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("notice_preview")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        for widget in (self._year_label, self.year):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _update_preview(self) -> None:
        if not self.text.toPlainText().strip():
            self._show(self.tr("One line per day or date range: date, 放假/上班, name."), error=False)
            return
        entries, problem = self.check()
        if problem is not None:
            self._show(words.notice_problem(problem.line, problem.reason), error=True)
            return
        holidays = sum(1 for _day, kind, _name in entries if kind is DayKind.HOLIDAY)
        workdays = sum(1 for _day, kind, _name in entries if kind is DayKind.WORKDAY)
        self._show(self.tr("Ready to import: public holidays %1, adjusted workdays %2.")
                   .replace("%1", str(holidays)).replace("%2", str(workdays)), error=False)

    def _show(self, text: str, *, error: bool) -> None:
        self.preview.setText(text)
        self.preview.setStyleSheet(ERROR_STYLE if error else "")
        self.preview.setProperty("error", error)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Holiday notice"))
        self._intro.setText(self.tr(
            "Copy the public holidays and adjusted workdays from the State Council notice, one line each. "
            "They replace the year's holidays; days you marked yourself stay as marked."))
        self._year_label.setText(self.tr("Year"))
        self.open_button.setText(self.tr("Open file..."))
        self.import_button.setText(self.tr("Import"))
        self.text.setPlaceholderText(self.tr("For example:") + "\n" + EXAMPLE)
        self._update_preview()
