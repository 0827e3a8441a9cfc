"""Import a plan from pasted text or a .txt/.docx file: a preview tree first, nothing saved until Import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import re

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.enums import PlanKind
from partyplan.errors import PartyPlanError
from partyplan.plans.plan_files import read_plan_document
from partyplan.plans.text_import import (
    ParsedItem,
    ParsedPlan,
    ParsedSection,
    count_items,
    empty_sections,
    parse_plan,
)
from partyplan.texts import plans as plan_texts
from partyplan.ui import prompts
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import refill_combo


YEAR = re.compile(r"((?:19|20)\d\d)")
EMPTY_SECTION_COLOUR = "#fff4cc"  # as the people import marks rows that need a look


def _label(section: ParsedSection) -> str:
    return section.title if section.quarter else f"{section.number}  {section.title}".strip()


class PlanImportDialog(GuardedDialog):
    def __init__(self, plans, organization: str, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("plan_import_dialog")
        self._plans = plans
        self._organization = organization
        self.parsed: ParsedPlan | None = None
        self.saved_id: int | None = None
        self.left_out = ""  # what the Word file opened held that is not imported, as a sentence
        self.text = QPlainTextEdit()
        self.open_button = QPushButton()
        self.year = QSpinBox()
        self.year.setRange(1949, 2200)
        self.year.setValue(dt.date.today().year + (1 if dt.date.today().month >= 11 else 0))
        self._year_chosen = False  # once the user sets the year, the title no longer decides it
        self.year.editingFinished.connect(lambda: setattr(self, "_year_chosen", True))
        self.kind = QComboBox()
        self.title = QLineEdit()
        self.preview_model = QStandardItemModel(self)
        self.preview = QTreeView()
        self.preview.setModel(self.preview_model)
        self.preview.setHeaderHidden(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(3)]
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh_preview)
        self.text.textChanged.connect(self._timer.start)
        self.open_button.clicked.connect(self.open_file)
        self._build()
        self.retranslate()
        self.refresh_preview()
        self.resize(1000, 640)

    # -- public ------------------------------------------------------------------------------
    def open_file(self) -> None:
        path = prompts.open_file(self, self.tr("Open plan document"), self.tr("Plan documents (*.txt *.docx)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        try:
            document = read_plan_document(path)
        except PartyPlanError as exc:
            prompts.error(self, self.tr("Import plan"), texts.error_message(exc))
            return False
        self.left_out = plan_texts.left_out(document.left_out)
        self.text.setPlainText(document.text)
        self.refresh_preview()
        return True

    def refresh_preview(self) -> None:
        self._timer.stop()
        content = self.text.toPlainText()
        try:
            self.parsed = parse_plan(content) if content.strip() else None
        except PartyPlanError:
            self.parsed = None
        self.preview_model.clear()
        parsed = self.parsed
        if parsed is None:
            self.summary.setText(self.tr("Paste the plan's text on the left, or open a .txt or .docx file."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        if not self.title.isModified():
            self.title.setText(parsed.title)
        year = YEAR.search(parsed.title or "")
        if year and not self._year_chosen:
            self.year.setValue(int(year.group(1)))
        for section in parsed.sections:
            self.preview_model.appendRow(self._section_row(section))
        if parsed.notes:
            notes = QStandardItem(self.tr("Kept as notes (lines: %1)").replace("%1", str(len(parsed.notes))))
            for line in parsed.notes:
                notes.appendRow(QStandardItem(line))
            self.preview_model.appendRow(notes)
        self.preview.expandToDepth(1)
        items = sum(count_items(s) for s in parsed.sections)
        text = (self.tr("Sections: %1 · items: %2 · lines kept as notes: %3. Nothing is saved until you press "
                        "Import.").replace("%1", str(len(parsed.sections))).replace("%2", str(items))
                .replace("%3", str(len(parsed.notes))))
        if self.left_out:
            text += "\n" + self.left_out
        if empty := empty_sections(parsed.sections):
            text += "\n" + self.tr("Sections without items, with nothing to track (%1): %2. Number the tasks "
                                   "under them (1. 2. 3.) if they have any.").replace("%1", str(len(empty))).replace(
                "%2", texts.list_separator().join(_label(s) for s in empty))
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(parsed.sections))

    def accept(self) -> None:
        self.refresh_preview()
        if self.parsed is None or not self.parsed.sections:
            return
        self.saved_id = self._plans.store_parsed(
            self.parsed, self.year.value(), kind=PlanKind(self.kind.currentData()),
            title=self.title.text().strip() or None, organization=self._organization)
        super().accept()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.text)
        left_layout.addWidget(self.open_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.year)
        row.addWidget(self.kind, 1)
        form.addRow(self._labels[0], row)
        form.addRow(self._labels[1], self.title)
        right_layout.addLayout(form)
        right_layout.addWidget(self._labels[2])
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.summary)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _section_row(self, section: ParsedSection) -> QStandardItem:
        label = _label(section)
        if section.quarter:
            label = f"[{plan_texts.quarter_label(section.quarter)}] {label}"
        if not count_items(section):
            label += "  " + self.tr("(no items)")
        row = QStandardItem(label)
        row.setEditable(False)
        font = row.font()
        font.setBold(True)
        row.setFont(font)
        if not count_items(section):
            row.setBackground(QBrush(QColor(EMPTY_SECTION_COLOUR)))
            row.setToolTip(self.tr("No numbered tasks were found in this section: its text is kept, but "
                                   "there is nothing to mark as done."))
        for child in section.sections:
            row.appendRow(self._section_row(child))
        for item in section.items:
            row.appendRow(self._item_row(item))
        return row

    def _item_row(self, item: ParsedItem) -> QStandardItem:
        row = QStandardItem(f"{item.number}. {item.text}" if item.number else item.text)
        row.setEditable(False)
        row.setToolTip(item.text)
        for sub in item.items:
            row.appendRow(self._item_row(sub))
        return row

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import plan"))
        self.open_button.setText(self.tr("Open .txt or .docx file..."))
        self.text.setPlaceholderText(self.tr("Paste the plan here: title, guiding text, sections and numbered items."))
        for label, text in zip(self._labels, (self.tr("Year and kind"), self.tr("Title"), self.tr("Preview")),
                               strict=True):
            label.setText(text)
        refill_combo(self.kind, [(plan_texts.kind_label(k), k.value) for k in PlanKind])
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))
