"""Member development: the pipeline of files with their next due dates, a person's file with every step
recorded and as the standard checklist (every step of the published sequence: done, due, missing, to
come, with its documents), the leader's due list, and a year's figures against the development plan's
targets. The checklist exports to Word for the chosen people, one page each, for the 发展党员档案."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.development import stats
from partyplan.development.checklist import Checklist, ChecklistItem, ItemState
from partyplan.development.checklist_docx import PHASES, item_details
from partyplan.development.checklist_docx import words as checklist_words
from partyplan.development.due import DueItem, PipelineRow
from partyplan.development.pipeline import CaseDetail, allowed_kinds
from partyplan.enums import Comparison, Stage, StepKind
from partyplan.errors import PartyPlanError
from partyplan.texts import development as words
from partyplan.texts import plans as plan_texts
from partyplan.ui import prompts
from partyplan.ui.development.operations import DevelopmentOperations
from partyplan.ui.export_flow import export_file
from partyplan.ui.widgets import refill_combo

OVERDUE = "#b00020"
JUSTIFIED = "#8a4b00"
MET = "#2e7d32"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
AREAS = ("development", "people", "plans", "meetings", "training")

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Row:
    cells: list[str]
    key: object = None
    colours: dict[int, str] = field(default_factory=dict)  # column -> colour
    tooltip: str = ""
    bold: bool = False


class RowsModel(QAbstractTableModel):
    """A small read-only table of prepared rows: the pipeline, a file's steps, the due list, the figures."""

    def __init__(self, headers, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._headers = headers  # a function, so that the headers follow the language
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, key: object) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.key == key), None)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._headers()) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in row.colours:
            return QBrush(QColor(row.colours[index.column()]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or (row.cells[index.column()] if index.column() < len(row.cells) else None) or None
        if role == Qt.ItemDataRole.FontRole and row.bold:
            font = QFont()
            font.setBold(True)
            return font
        return None


class DevelopmentPage(QWidget):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("development_page")
        self.ops = operations
        self.dev: DevelopmentOperations = operations.development
        self.today = dt.date.today()
        self.case_id: int | None = None  # the file shown, kept across reloads and filters
        self.case: CaseDetail | None = None
        self.checklist: Checklist | None = None
        self._numbers: dict[str, int] = {}
        self.dialog: QWidget | None = None  # the dialog last opened, for tests and to keep it alive
        self._rows: list[PipelineRow] = []
        self._due_items: list[DueItem] = []
        self._stats: tuple[stats.YearStats, list[stats.TargetLine]] | None = None
        self.pipeline_model = RowsModel(self._pipeline_headers, self)
        self.steps_model = RowsModel(self._steps_headers, self)
        self.checklist_model = RowsModel(self._checklist_headers, self)
        self.checklist_view = QTableView()
        self.file_tabs = QTabWidget()
        self.due_model = RowsModel(self._due_headers, self)
        self.stats_model = RowsModel(self._stats_headers, self)
        self.table, self.steps, self.due_table, self.stats_table = (QTableView() for _ in range(4))
        self.search = QLineEdit()
        self.stage_filter = QComboBox()
        self.open_only = QCheckBox()
        self.overdue_only = QCheckBox()
        self.year = QSpinBox()
        self.buttons = {key: QPushButton() for key in (
            "new", "record", "cancel", "undo", "rules", "excel", "word", "checklist")}
        self.name_label, self.facts_label, self.stage_label, self.count_label = (QLabel() for _ in range(4))
        self.stats_note = QLabel()
        self.file_box, self.due_box, self.stats_box = QGroupBox(), QGroupBox(), QGroupBox()
        self._loaded = False
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self._on_database_switched)
        self.reload()
        self._loaded = True

    # -- public ------------------------------------------------------------------------------
    def set_today(self, today: dt.date) -> None:
        """The day the due list and the overdue marks are reckoned from (today, unless a test says)."""
        self.today = today
        self.year.blockSignals(True)
        self.year.setValue(today.year)
        self.year.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Read everything the page shows once, then draw it (a language switch only draws again)."""
        self._rows = self.dev.pipeline(self.today)
        self._due_items = self.dev.due(self.today)
        self._stats = self.dev.stats(self.year.value(), self.today)
        self._load_case()
        self._render()

    def select_case(self, case_id: int | None) -> None:
        """Show the file of `case_id` (None: none) and select its row when the filters show it."""
        self.case_id = case_id
        self._load_case()
        self._select_row()
        self._render_case()

    def new_applicant(self):  # type: ignore[no-untyped-def]
        from partyplan.ui.development.step_dialog import DevelopmentStepDialog

        return self._open_step_dialog(DevelopmentStepDialog(self.dev, None, self, today=self.today))

    def record_step(self, kind: StepKind | None = None):  # type: ignore[no-untyped-def]
        from partyplan.ui.development.step_dialog import DevelopmentStepDialog

        if self.case is None or not allowed_kinds(self.case.stage):
            return None
        return self._open_step_dialog(DevelopmentStepDialog(self.dev, self.case, self, kind=kind, today=self.today))

    def cancel_probation(self):  # type: ignore[no-untyped-def]
        if self.case is None or self.case.stage is not Stage.PROBATIONARY:
            return None
        return self.record_step(StepKind.CANCELLED)

    def undo_last_step(self) -> None:
        case = self.case
        if case is None or not case.steps:
            return
        last = case.steps[-1]
        admitted = any(s.kind is StepKind.PROBATIONARY for s in case.steps[:-1])
        question = self.tr("Take back the step “%1” of %2 from the file of %3?").replace(
            "%1", words.kind_label(last.kind, admitted=admitted)).replace("%2", last.day.isoformat()).replace(
            "%3", case.name)
        if len(case.steps) == 1:
            question += " " + self.tr("It is the application, so the whole file goes.")
        if prompts.confirm(self, self.tr("Take back a step"), question):
            self.dev.delete_last_step(case.id)

    def edit_rules(self):  # type: ignore[no-untyped-def]
        from partyplan.ui.development.rules_dialog import DevelopmentRulesDialog

        dialog = DevelopmentRulesDialog(self.dev, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_excel(self) -> None:
        name = self.tr("development register") + f"-{self.today:%Y%m%d}.xlsx"
        self._export(name, ".xlsx", self.tr("Excel workbook (*.xlsx)"),
                     lambda path, language=self._language(), today=self.today: self.dev.export_register(
                         path, language, today))

    def export_word(self) -> None:
        case = self.case
        if case is None:
            return
        self._export(f"{case.name}.docx", ".docx", self.tr("Word document (*.docx)"),
                     lambda path, language=self._language(), today=self.today: self.dev.export_record(
                         case.id, path, language, today))

    def export_checklist(self) -> None:
        """The checklist of every chosen file (several with Ctrl or Shift), one page per member."""
        ids = self.chosen_cases()
        if not ids:
            return
        names = [self.pipeline_model.row_at(n).cells[0] for n in self._chosen_rows()]
        suggested = (names[0] if len(ids) == 1 else self.tr("development checklists")) + f"-{self.today:%Y%m%d}.docx"
        self._export(suggested, ".docx", self.tr("Word document (*.docx)"),
                     lambda path, language=self._language(), today=self.today: self.dev.export_checklist(
                         ids, path, language, today))

    def chosen_cases(self) -> list[int]:
        return [self.pipeline_model.row_at(n).key for n in self._chosen_rows()]  # type: ignore[misc]

    def _chosen_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        actions = {"new": self.new_applicant, "record": lambda: self.record_step(), "cancel": self.cancel_probation,
                   "undo": self.undo_last_step, "rules": self.edit_rules, "excel": self.export_excel,
                   "word": self.export_word, "checklist": self.export_checklist}
        top = QHBoxLayout()
        for key, slot in actions.items():
            self.buttons[key].clicked.connect(slot)
            self.buttons[key].setObjectName(f"development_{key}")
            if key == "rules":
                top.addStretch(1)
            top.addWidget(self.buttons[key])
        self._setup_table(self.table, self.pipeline_model, stretch=3)
        self._setup_table(self.steps, self.steps_model, stretch=3)
        self._setup_table(self.checklist_view, self.checklist_model, stretch=3)
        self.checklist_view.setObjectName("checklist_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several to export
        self._setup_table(self.due_table, self.due_model, stretch=2)
        self._setup_table(self.stats_table, self.stats_model, stretch=0)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.table.doubleClicked.connect(lambda _i: self.record_step())
        self.due_table.doubleClicked.connect(lambda index: self._show_due(index))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill_pipeline)
        for widget in (self.open_only, self.overdue_only):
            widget.toggled.connect(self._fill_pipeline)
        self.stage_filter.currentIndexChanged.connect(self._fill_pipeline)
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today.year)
        self.year.valueChanged.connect(self._year_changed)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self._pipeline_pane())
        upper.addWidget(self._file_pane())
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 1)
        upper.setSizes([600, 640])
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self._boxed(self.due_box, self.due_table))
        lower.addWidget(self._stats_pane())
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setSizes([620, 620])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([430, 270])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _pipeline_pane(self) -> QWidget:
        pane = QWidget()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.stage_filter)
        checks = QHBoxLayout()
        checks.addWidget(self.open_only)
        checks.addWidget(self.overdue_only)
        checks.addStretch(1)
        checks.addWidget(self.count_label)
        self.search.setMinimumWidth(120)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(checks)
        layout.addWidget(self.table, 1)
        return pane

    def _file_pane(self) -> QWidget:
        self.name_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        for label in (self.facts_label, self.stage_label):
            label.setWordWrap(True)
        self.stage_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)  # notes and justifications are read in full here
        self.steps.horizontalHeader().sectionResized.connect(lambda *_: self._fit_step_rows())
        layout = QVBoxLayout(self.file_box)
        for widget in (self.name_label, self.facts_label, self.stage_label):
            layout.addWidget(widget)
        self.file_tabs.addTab(self.steps, "")
        self.file_tabs.addTab(self.checklist_view, "")
        layout.addWidget(self.file_tabs, 1)
        return self.file_box

    def _stats_pane(self) -> QWidget:
        row = QHBoxLayout()
        self._year_label = QLabel()
        row.addWidget(self._year_label)
        row.addWidget(self.year)
        row.addStretch(1)
        self.stats_note.setWordWrap(True)
        layout = QVBoxLayout(self.stats_box)
        layout.addLayout(row)
        layout.addWidget(self.stats_table, 1)
        layout.addWidget(self.stats_note)
        return self.stats_box

    @staticmethod
    def _boxed(box: QGroupBox, widget: QWidget) -> QGroupBox:
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    @staticmethod
    def _setup_table(view: QTableView, model: RowsModel, stretch: int) -> None:
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                        else QHeaderView.ResizeMode.Interactive)

    def _size_columns(self) -> None:
        """Columns as wide as their words in the current language; the long column takes the rest."""
        fm = self.fontMetrics()

        def width(*samples: str) -> int:
            return max(fm.horizontalAdvance(text) for text in samples) + 18

        date = width("2026-12-31", self.tr("Since"), self.tr("Due"))
        stage = width(*(words.stage_label(s) for s in Stage))
        names = width("欧阳娜娜", self.tr("Person"))
        step = min(170, width(*(words.kind_label(k) for k in StepKind)))
        for view, widths in ((self.table, (names, stage, date, None)),
                             (self.steps, (date, step, width("朱丹敏、乔宁林"), None)),
                             (self.due_table, (date, names, None)),
                             (self.checklist_view, (width("26", self.tr("No.")) - 8, min(150, width(
                                 self.tr("Step"), "Filed with the higher committee", "培养教育考察（每半年一次）")),
                                 width("2026-12-31") - 8, None, width(self.tr("State"), "overdue", "missing", "已完成")
                                 - 8)),
                             (self.stats_table, (None, width(self.tr("Actual"), "100.0"), width("at least 100%"),
                                                 width(self.tr("not met"), self.tr("Result"))))):
            for column, value in enumerate(widths):
                if value is not None:
                    view.setColumnWidth(column, value)

    # -- filling -----------------------------------------------------------------------------
    def _fill_pipeline(self) -> None:
        words_in = self.search.text().strip().casefold().split()
        stage = self.stage_filter.currentData()
        shown = [r for r in self._rows
                 if (not stage or r.stage.value == stage) and (not self.open_only.isChecked() or r.closed_on is None)
                 and (not self.overdue_only.isChecked() or r.overdue)
                 and all(w in r.name.casefold() for w in words_in)]
        self.pipeline_model.set_rows([self._pipeline_row(r) for r in shown])
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(len(shown))).replace("%2", str(len(self._rows))))
        if self.case_id is not None and self.pipeline_model.row_of(self.case_id) is None:
            self.case_id, self.case = None, None  # filtered out: the file panel empties with it
        self._select_row()
        self._render_case()

    def _select_row(self) -> None:
        row = self.pipeline_model.row_of(self.case_id) if self.case_id is not None else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            index = self.pipeline_model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        selection.blockSignals(False)
        self.table.viewport().update()

    def _render(self) -> None:
        self._fill_pipeline()
        self.due_model.set_rows([self._due_row(item) for item in self._due_items])
        self._render_stats()

    def _pipeline_row(self, r: PipelineRow) -> Row:
        next_text = f"{r.next_due.isoformat()}  {words.due_label(r.next_kind)}" if r.next_kind and r.next_due else ""
        if r.overdue:
            next_text = self.tr("%1 (overdue)").replace("%1", next_text)
        tips = [next_text] if next_text else []
        if r.justified:
            tips.append(self.tr("%1 step(s) recorded with a rule set aside").replace("%1", str(r.justified)))
        return Row([r.name, words.stage_label(r.stage), r.since.isoformat(), next_text], r.case_id,
                   {3: OVERDUE} if r.overdue else {}, "\n".join(tips))

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.case_id = rows[0].data(KEY_ROLE) if rows else None
        self._load_case()
        self._render_case()

    def _load_case(self) -> None:
        try:
            self.case = self.dev.case(self.case_id) if self.case_id is not None else None
            self.checklist = self.dev.checklist(self.case_id, self.today) if self.case_id is not None else None
            if self.checklist is not None:  # the rules' numbers in the steps' names, read with the file
                rules = self.dev.rules()
                self._numbers = {"talk": rules.talk_within_months, "notice": rules.notice_working_days,
                                 "approval": rules.approval_within_months}
        except PartyPlanError:  # the file was taken back meanwhile
            self.case, self.case_id, self.checklist = None, None, None

    def _render_case(self) -> None:
        case = self.case
        self._update_buttons()
        if case is None:
            self.name_label.setText(self.tr("No file chosen"))
            new = texts.place(("DevelopmentPage", "New applicant..."))  # the button's own words
            self.facts_label.setText((self.tr("Choose a person in the list to see every step of their file, or start "
                                              "a file with %1.") if self._rows else self.tr(
                "No development files yet. Start one with %1 when an application for membership comes in."))
                .replace("%1", new))
            self.stage_label.setText("")
            self.steps_model.set_rows([])
            self.checklist_model.set_rows([])
            return
        self.name_label.setText(case.name)
        self.facts_label.setText(self._facts_text(case))
        self.stage_label.setText(self._stage_text(case))
        admitted = False
        rows = []
        for step in case.steps:
            rows.append(self._step_row(step, admitted))
            admitted = admitted or step.kind is StepKind.PROBATIONARY
        self.steps_model.set_rows(rows)
        self._fit_step_rows()
        self._render_checklist()

    def _render_checklist(self) -> None:
        """The checklist in the words the printed form uses, a phase heading its steps."""
        data = self.checklist
        if data is None:
            self.checklist_model.set_rows([])
            return
        w = checklist_words(self._language())
        numbers = self._numbers  # read with the file: a language switch draws again without reading
        rows: list[Row] = []
        for phase in PHASES:
            rows.append(Row([w["phases"][phase], "", "", "", ""], None, bold=True))
            rows += [self._checklist_row(item, w, numbers) for item in data.items if item.phase == phase]
        self.checklist_model.set_rows(rows)
        self.checklist_view.clearSpans()
        for n, row in enumerate(rows):
            if row.key is None:  # a phase's heading across the table
                self.checklist_view.setSpan(n, 0, 1, 5)

    def _checklist_row(self, item: ChecklistItem, w: dict, numbers: dict[str, int]) -> Row:  # type: ignore[type-arg]
        state = w["overdue"] if item.overdue else w["states"][item.state]
        colour = (OVERDUE if item.overdue or item.state is ItemState.MISSING else JUSTIFIED
                  if item.state is ItemState.DUE else MET if item.state is ItemState.DONE else None)
        details = item_details(item, w)
        step = w["items"][item.key].format(**numbers)
        return Row([str(item.number), step, "\n".join(day.isoformat() for day in item.days), details, state],
                   item.key, {4: colour} if colour else {}, "\n".join(t for t in (step, details) if t))

    def _fit_step_rows(self) -> None:
        """Rows as tall as their wrapped text (Qt's own measure cuts CJK notes with line breaks short)."""
        fm = self.steps.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        widths = [self.steps.columnWidth(c) - 10 for c in range(self.steps_model.columnCount())]
        for row in range(self.steps_model.rowCount()):
            cells = self.steps_model.row_at(row).cells
            tallest = max(fm.boundingRect(0, 0, max(w, 20), 10_000, flags, text).height()
                          for w, text in zip(widths, cells, strict=False))
            self.steps.setRowHeight(row, max(fm.height(), tallest) + 8)

    def _facts_text(self, case: CaseDetail) -> str:
        parts = [texts.gender_label(case.gender)]
        if case.birth_date:
            age = self.today.year - case.birth_date.year - (
                (self.today.month, self.today.day) < (case.birth_date.month, case.birth_date.day))
            parts.append(self.tr("born %1 (%2)").replace("%1", case.birth_date.isoformat()).replace("%2", str(age)))
        parts += [texts.education_label(case.education), case.unit or ""]
        return " · ".join(p for p in parts if p)

    def _stage_text(self, case: CaseDetail) -> str:
        row = next((r for r in self._rows if r.case_id == case.id), None)
        since = row.since.isoformat() if row else case.opened_on.isoformat()
        parts = ["<b>" + html.escape(self.tr("%1 since %2").replace("%1", words.stage_label(case.stage))
                                     .replace("%2", since)) + "</b>"]
        if row and row.next_kind and row.next_due:
            nxt = html.escape(f"{words.due_label(row.next_kind)} {row.next_due.isoformat()}")
            if row.overdue:
                late = html.escape(self.tr("%1 (overdue)")).replace("%1", nxt)
                nxt = f"<span style='color:{OVERDUE}'>{late}</span>"
            parts.append(html.escape(self.tr("next: %1")).replace("%1", nxt))
        if case.stage in (Stage.TARGET, Stage.PROBATIONARY) or case.training_days or case.training_hours:
            parts.append(html.escape(self.tr("training: days %1, class hours %2").replace(
                "%1", words.number(case.training_days)).replace("%2", words.number(case.training_hours))))
        return " · ".join(parts)

    def _step_row(self, step, admitted: bool) -> Row:  # type: ignore[no-untyped-def]
        details = [step.note] if step.note else []
        if step.kind is StepKind.TRAINING:
            details.append(self.tr("days %1, class hours %2").replace("%1", words.number(step.days or 0)).replace(
                "%2", words.number(step.class_hours or 0)))
        if step.kind is StepKind.EXTENSION and step.months:
            details.append(self.tr("months: %1").replace("%1", str(step.months)))
        if step.meeting_title:
            details.append(self.tr("Meeting: %1").replace("%1", step.meeting_title))
        if step.reference:
            details.append(self.tr("Document no. %1").replace("%1", step.reference))
        if step.justification:
            details.append(self.tr("Justification: %1").replace("%1", step.justification))
        who = texts.list_separator().join([step.by_name] * bool(step.by_name) + [n for _i, n in step.people])
        colours = {1: JUSTIFIED, 3: JUSTIFIED} if step.justification else {}
        return Row([step.day.isoformat(), words.kind_label(step.kind, admitted=admitted), who, "\n".join(details)],
                   step.id, colours, "\n".join(details))

    def _due_row(self, item: DueItem) -> Row:
        colour = OVERDUE if item.overdue else None
        what = words.due_label(item.kind)
        if item.overdue:
            what = self.tr("%1 (overdue)").replace("%1", what)
        return Row([item.due.isoformat(), item.name, what], item.case_id, {0: colour, 2: colour} if colour else {},
                   f"{item.name} · {words.stage_label(item.stage)}: {what}")

    def _year_changed(self) -> None:
        self._stats = self.dev.stats(self.year.value(), self.today)
        self._render_stats()

    def _render_stats(self) -> None:
        assert self._stats is not None, "reload() reads the figures first"
        figures, lines = self._stats
        by_source = {line.source: line for line in lines}
        rows = []
        for source in stats.SOURCES:
            value = figures.value(source)
            line = by_source.get(source)
            shown = "—" if value is None else words.number(value)
            aim = "" if line is None else (f"{plan_texts.comparison_label(Comparison(line.comparison))} "
                                           f"{words.number(line.target_value)}{line.unit}")
            met = "" if line is None or line.met is None else self.tr("met") if line.met else self.tr("not met")
            colour = None if line is None or line.met is None else MET if line.met else OVERDUE
            rows.append(Row([words.stat_label(source), shown, aim, met], source, {3: colour} if colour else {},
                            line.plan_title if line else ""))
        self.stats_model.set_rows(rows)
        schooling = texts.list_separator().join(
            self.tr("%1: %2").replace("%1", texts.education_label(level) or self.tr("not recorded")).replace(
                "%2", str(count))
            for level, count in figures.by_education.items() if count)
        self.stats_note.setText(self.tr("Activists %1 and development targets %2 on %3.").replace(
            "%1", str(figures.activists)).replace("%2", str(figures.targets)).replace("%3", figures.as_of.isoformat())
            + (" " + self.tr("Schooling of those admitted: %1.").replace("%1", schooling) if schooling else ""))

    # -- reactions ---------------------------------------------------------------------------
    def _on_changed(self, area: str) -> None:
        if area in AREAS:
            self.reload()

    def _on_database_switched(self) -> None:
        self.case_id = None
        self.reload()

    def _open_step_dialog(self, dialog):  # type: ignore[no-untyped-def]
        dialog.sig_saved.connect(self._after_save)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_save(self, case_id: int) -> None:
        if self.pipeline_model.row_of(case_id) is None:  # a new file the filters hide
            self._clear_filters()
        self.select_case(case_id)

    def _clear_filters(self) -> None:
        self.search.clear()
        self.stage_filter.setCurrentIndex(0)
        self.open_only.setChecked(False)
        self.overdue_only.setChecked(False)

    def _show_due(self, index: QModelIndex) -> None:
        case_id = index.data(KEY_ROLE)
        if self.pipeline_model.row_of(case_id) is None:  # hidden by a filter: show everything again
            self._clear_filters()
        self.select_case(case_id)

    def _update_buttons(self) -> None:
        case = self.case
        self.buttons["record"].setEnabled(case is not None and bool(allowed_kinds(case.stage)))
        self.buttons["cancel"].setEnabled(case is not None and case.stage is Stage.PROBATIONARY)
        self.buttons["undo"].setEnabled(case is not None and bool(case.steps))
        self.buttons["word"].setEnabled(case is not None)
        self.buttons["checklist"].setEnabled(case is not None)

    def _export(self, suggested: str, suffix: str, file_filter: str, write) -> None:  # type: ignore[no-untyped-def]
        name = suggested if suggested.lower().endswith(suffix) else suggested + suffix
        export_file(self, self.tr("Export"), Path.home() / name, file_filter, write, explain=words.error_message)

    def _language(self) -> str:
        language = getattr(self.window(), "language", None)
        if language:
            return str(language)
        return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        labels = {"new": self.tr("New applicant..."), "record": self.tr("Record step..."),
                  "cancel": self.tr("Cancel probation..."), "undo": self.tr("Take back last step..."),
                  "rules": self.tr("Rules..."), "excel": self.tr("Excel..."), "word": self.tr("Word record..."),
                  "checklist": self.tr("Export checklist...")}
        for key, button in self.buttons.items():
            button.setText(labels[key])
        self.buttons["excel"].setToolTip(self.tr("Export the development register (one row per person) to Excel"))
        self.buttons["word"].setToolTip(self.tr("Export the chosen person's development record to Word"))
        self.buttons["checklist"].setToolTip(self.tr("Export the standard checklist of the chosen people (several "
                                                     "with Ctrl or Shift) to Word, one page each"))
        self.file_tabs.setTabText(0, self.tr("Steps recorded"))
        self.file_tabs.setTabText(1, self.tr("Checklist"))
        self.search.setPlaceholderText(self.tr("Search name"))
        refill_combo(self.stage_filter, [(self.tr("All stages"), "")]
                     + [(words.stage_label(s), s.value) for s in Stage])
        self.open_only.setText(self.tr("Open files only"))
        self.overdue_only.setText(self.tr("Overdue only"))
        self.file_box.setTitle(self.tr("Development file"))
        self.due_box.setTitle(self.tr("Due and overdue"))
        self.stats_box.setTitle(self.tr("Statistics against the plan's targets"))
        self._year_label.setText(self.tr("Year"))
        for model in (self.pipeline_model, self.steps_model, self.checklist_model, self.due_model, self.stats_model):
            model.retranslate()
        self._size_columns()
        if self._loaded:  # rows carry translated words: draw them again, from what was read
            self._render()

    def _pipeline_headers(self) -> list[str]:
        return [self.tr("Person"), self.tr("Stage"), self.tr("Since"), self.tr("Next due")]

    def _steps_headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Step"), self.tr("Who"), self.tr("Note")]

    def _checklist_headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Step"), self.tr("Done"), self.tr("Documents and notes"), self.tr("State")]

    def _due_headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Person"), self.tr("What")]

    def _stats_headers(self) -> list[str]:
        return [self.tr("Figure"), self.tr("Actual"), self.tr("Target"), self.tr("Result")]
