"""The selected item's (or section's) details beside the tree: period, people, notes, occurrences.

Every change leaves as `sig_edit(kind, id, before, after)`, which the tab turns into an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.enums import ItemStatus, Recurrence
from partyplan.plans import limits, periods
from partyplan.plans.service import ItemNode, SectionNode
from partyplan.texts import plans as plan_texts
from partyplan.ui.unsaved import UnsavedText
from partyplan.ui.widgets import limit_length, refill_combo

PERIOD_KINDS = ("none", "quarter", "month", "due")


class PlanItemPanel(QWidget):
    sig_edit = Signal(str, int, dict, dict)  # kind, id, before, after
    sig_occurrence = Signal(int, int, str, str)  # item id, period, before, after
    sig_choose_people = Signal(int)
    sig_add_note = Signal(int, str, object)  # item id, text, date
    sig_delete_note = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_item_panel")
        self._item: ItemNode | None = None
        self._section: SectionNode | None = None
        self.stack = QStackedWidget()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.title = QLineEdit()
        self.description = QPlainTextEdit()
        self.unit = QLineEdit()
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people_button = QPushButton()
        self.period_kind = QComboBox()
        self.quarter = QSpinBox()
        self.month = QSpinBox()
        self.due = QDateEdit()
        self.recurrence = QComboBox()
        self.status = QComboBox()
        self.completed = QLabel()
        self.occurrence_box = QWidget()
        self.occurrence_grid = QGridLayout(self.occurrence_box)
        self.occurrence_combos: dict[int, QComboBox] = {}
        self.notes = QListWidget()
        self.note_date = QDateEdit()
        self.note_text = QLineEdit()
        self.note_add = QPushButton()
        self.note_delete = QPushButton()
        self.section_title = QLineEdit()
        self.section_quarter = QComboBox()
        self.section_text = QPlainTextEdit()
        self._labels: dict[str, QLabel] = {}
        limit_length(self.unit, limits.ITEM_RESPONSIBLE_UNIT)
        limit_length(self.section_title, limits.SECTION_TITLE)
        self._build()
        # A progress note typed but not added asks before another item is shown; the other boxes save
        # themselves when they lose focus, and when the window closes with the focus still in one.
        self.note_draft = UnsavedText(self.note_text, (self.note_text,), self._add_note,
                                      lambda: self.tr("Progress notes"))
        self.typed = UnsavedText(self, (self.title, self.description, self.unit, self.section_title,
                                        self.section_text), self.commit_all, lambda: self.tr("Task"), autosave=True)
        self.retranslate()
        self.show_nothing()
        # Multi-line boxes are saved when focus leaves them, so that one undo step is one whole edit.
        self.description.installEventFilter(self)
        self.section_text.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.FocusOut and watched in (self.description, self.section_text):
            self.commit_texts()
        return super().eventFilter(watched, event)

    # -- public ------------------------------------------------------------------------------
    def shown_key(self) -> tuple[str, int] | None:
        if self._item is not None:
            return ("item", self._item.id)
        return ("section", self._section.id) if self._section is not None else None

    def settle_note(self) -> bool:
        """Before another item is shown: a note typed and not added is added, dropped or kept (False:
        the caller shows this item again)."""
        return self._item is None or self.note_draft.settle()

    def show_nothing(self) -> None:
        self._item, self._section = None, None
        self._clear_note()
        self.stack.setCurrentIndex(0)

    def _clear_note(self) -> None:
        self.note_text.clear()
        self.note_draft.mark_clean()

    def show_item(self, item: ItemNode) -> None:
        if self._item is None or self._item.id != item.id:
            self._clear_note()  # a note belongs to the item it was typed for
        self._item, self._section = item, None
        self._quiet(True)
        self.title.setText(item.title)
        self.description.setPlainText(item.description)
        self.unit.setText(item.responsible_unit)
        self.people.setText(texts.list_separator().join(n for _i, n in item.people) or "—")
        kind = "due" if item.due_date else "month" if item.month else "quarter" if item.quarter else "none"
        self.period_kind.setCurrentIndex(PERIOD_KINDS.index(kind))
        self.quarter.setValue(item.quarter or 1)
        self.month.setValue(item.month or 1)
        self.due.setDate(QDate(item.due_date) if item.due_date else QDate.currentDate())
        self.recurrence.setCurrentIndex(self.recurrence.findData(item.recurrence.value))
        self.status.setCurrentIndex(self.status.findData(item.status.value))
        self.status.setEnabled(item.recurrence is Recurrence.NONE)
        self.completed.setText(item.completed_on.isoformat() if item.completed_on else "—")
        self._fill_occurrences(item)
        self._fill_notes(item)
        self._sync_period_widgets()
        self._quiet(False)
        self.typed.mark_clean()
        self.stack.setCurrentIndex(1)

    def show_section(self, section: SectionNode) -> None:
        self._item, self._section = None, section
        self._clear_note()
        self._quiet(True)
        self.section_title.setText(section.title)
        self.section_quarter.setCurrentIndex(max(0, self.section_quarter.findData(section.quarter or 0)))
        self.section_text.setPlainText(section.text)
        self._quiet(False)
        self.typed.mark_clean()
        self.stack.setCurrentIndex(2)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._item_page())
        self.stack.addWidget(self._section_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _label(self, key: str) -> QLabel:
        self._labels[key] = QLabel()
        return self._labels[key]

    def _item_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.description.setFixedHeight(64)
        form.addRow(self._label("title"), self.title)
        form.addRow(self._label("description"), self.description)
        form.addRow(self._label("unit"), self.unit)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people, 1)
        people_row.addWidget(self.people_button)
        form.addRow(self._label("people"), people_row)
        period_row = QHBoxLayout()
        for widget in (self.period_kind, self.quarter, self.month, self.due):
            period_row.addWidget(widget)
        period_row.addStretch(1)
        form.addRow(self._label("period"), period_row)
        form.addRow(self._label("recurrence"), self.recurrence)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self._label("completed"))
        status_row.addWidget(self.completed, 1)
        form.addRow(self._label("status"), status_row)
        form.addRow(self._label("occurrences"), self.occurrence_box)
        self.notes.setMaximumHeight(110)
        form.addRow(self._label("notes"), self.notes)
        note_row = QHBoxLayout()
        for widget in (self.note_date, self.note_text, self.note_add, self.note_delete):
            note_row.addWidget(widget)
        note_row.setStretch(1, 1)
        form.addRow("", note_row)
        self.quarter.setRange(1, 4)
        self.month.setRange(1, 12)
        for edit in (self.due, self.note_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.note_date.setDate(QDate.currentDate())
        self.title.editingFinished.connect(lambda: self._edit_item("title", self.title.text().strip()))
        self.unit.editingFinished.connect(lambda: self._edit_item("responsible_unit", self.unit.text().strip()))
        self.period_kind.currentIndexChanged.connect(self._period_changed)
        self.quarter.valueChanged.connect(self._period_changed)
        self.month.valueChanged.connect(self._period_changed)
        self.due.dateChanged.connect(self._period_changed)
        self.recurrence.currentIndexChanged.connect(
            lambda: self._edit_item("recurrence", Recurrence(self.recurrence.currentData())))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.people_button.clicked.connect(lambda: self._item and self.sig_choose_people.emit(self._item.id))
        self.note_add.clicked.connect(self._add_note)
        self.note_text.returnPressed.connect(self._add_note)
        self.note_delete.clicked.connect(self._delete_note)
        return page

    def _section_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._label("section_title"), self.section_title)
        form.addRow(self._label("section_quarter"), self.section_quarter)
        form.addRow(self._label("section_text"), self.section_text)
        self.section_title.editingFinished.connect(
            lambda: self._edit_section("title", self.section_title.text().strip()))
        self.section_quarter.currentIndexChanged.connect(
            lambda: self._edit_section("quarter", self.section_quarter.currentData() or None))
        return page

    # -- edits -------------------------------------------------------------------------------
    def _edit_item(self, field: str, value: object) -> None:
        item = self._item
        if item is None or self._quieted or value == getattr(item, field):
            return
        if field == "title" and not value:
            self.title.setText(item.title)  # a task needs a title; the old one stays
            return
        before = {field: getattr(item, field)}
        if field == "status":
            before["completed_on"] = item.completed_on
        self.sig_edit.emit("item", item.id, before, {field: value})

    def _edit_section(self, field: str, value: object) -> None:
        section = self._section
        if section is None or self._quieted or value == getattr(section, field):
            return
        if field == "title" and not value:
            self.section_title.setText(section.title)
            return
        self.sig_edit.emit("section", section.id, {field: getattr(section, field)}, {field: value})

    def commit_all(self) -> bool:
        """Save every box as it reads now (the window is closing with the focus still in one)."""
        self.commit_texts()
        if self._item is not None:
            self._edit_item("title", self.title.text().strip())
            self._edit_item("responsible_unit", self.unit.text().strip())
        if self._section is not None:
            self._edit_section("title", self.section_title.text().strip())
        return True

    def commit_texts(self) -> None:
        """Save the multi-line boxes (called when the selection moves on or the panel loses focus)."""
        if self._item is not None:
            self._edit_item("description", self.description.toPlainText().strip())
        if self._section is not None:
            self._edit_section("text", self.section_text.toPlainText().strip())

    def _period_changed(self) -> None:
        self._sync_period_widgets()
        item = self._item
        if item is None or self._quieted:
            return
        kind = PERIOD_KINDS[self.period_kind.currentIndex()]
        after = {"quarter": self.quarter.value() if kind == "quarter" else None,
                 "month": self.month.value() if kind == "month" else None,
                 "due_date": self.due.date().toPython() if kind == "due" else None}
        before = {"quarter": item.quarter, "month": item.month, "due_date": item.due_date}
        if after != before:
            self.sig_edit.emit("item", item.id, before, after)

    def _status_changed(self) -> None:
        self._edit_item("status", ItemStatus(self.status.currentData()))

    def _add_note(self) -> bool:
        text = self.note_text.text().strip()
        if self._item is None or not text:
            return False
        self._clear_note()  # before the store changes and the tree is read again
        self.sig_add_note.emit(self._item.id, text, self.note_date.date().toPython())
        return True

    def _delete_note(self) -> None:
        current = self.notes.currentItem()
        if current is not None:
            self.sig_delete_note.emit(int(current.data(256)))

    def _sync_period_widgets(self) -> None:
        kind = PERIOD_KINDS[self.period_kind.currentIndex()]
        self.quarter.setVisible(kind == "quarter")
        self.month.setVisible(kind == "month")
        self.due.setVisible(kind == "due")

    def _fill_occurrences(self, item: ItemNode) -> None:
        while self.occurrence_grid.count():
            widget = self.occurrence_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.occurrence_combos.clear()
        span = periods.occurrence_periods(item.recurrence)
        self.occurrence_box.setVisible(bool(span))
        self._labels["occurrences"].setVisible(bool(span))
        per_row = 4 if item.recurrence is Recurrence.QUARTERLY else 6
        for n, period in enumerate(span):
            label = (plan_texts.quarter_label(period) if item.recurrence is Recurrence.QUARTERLY
                     else plan_texts.month_label(period))
            combo = QComboBox()
            combo.setObjectName(f"occurrence_{period}")
            for status in ItemStatus:
                combo.addItem(plan_texts.status_label(status), status.value)
            current = item.occurrences.get(period, (ItemStatus.NOT_STARTED, None))[0]
            combo.setCurrentIndex(combo.findData(current.value))
            combo.currentIndexChanged.connect(
                lambda _i, p=period, c=combo, before=current.value: self._occurrence_changed(p, before, c))
            self.occurrence_combos[period] = combo
            self.occurrence_grid.addWidget(QLabel(label), (n // per_row) * 2, n % per_row)
            self.occurrence_grid.addWidget(combo, (n // per_row) * 2 + 1, n % per_row)

    def _occurrence_changed(self, period: int, before: str, combo: QComboBox) -> None:
        if self._item is not None and not self._quieted:
            self.sig_occurrence.emit(self._item.id, period, before, combo.currentData())

    def _fill_notes(self, item: ItemNode) -> None:
        self.notes.clear()
        for note in item.notes:
            entry = QListWidgetItem(f"{note.noted_on.isoformat()}  {note.text}")
            entry.setData(256, note.id)
            self.notes.addItem(entry)

    _quieted = False

    def _quiet(self, on: bool) -> None:
        self._quieted = on

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        words = {
            "title": self.tr("Task"), "description": self.tr("Description"), "unit": self.tr("Responsible unit"),
            "people": self.tr("Responsible people"), "period": self.tr("Period"), "recurrence": self.tr("Repeats"),
            "status": self.tr("Status"), "completed": self.tr("completed on"), "occurrences": self.tr("Each period"),
            "notes": self.tr("Progress notes"), "section_title": self.tr("Section"),
            "section_quarter": self.tr("Quarter"), "section_text": self.tr("Section text"),
        }
        for key, label in self._labels.items():
            label.setText(words[key])
        self.empty.setText(self.tr("Select a section or an item to see and change its details."))
        self.people_button.setText(self.tr("Choose..."))
        self.note_add.setText(self.tr("Add note"))
        self.note_delete.setText(self.tr("Delete note"))
        self.note_text.setPlaceholderText(self.tr("What was done, decided or is still open"))
        quiet, self._quieted = self._quieted, True
        refill_combo(self.period_kind, [(self.tr("No set period"), "none"), (self.tr("Quarter"), "quarter"),
                                        (self.tr("Month"), "month"), (self.tr("Due date"), "due")])
        refill_combo(self.recurrence, [(plan_texts.recurrence_label(r), r.value) for r in Recurrence])
        refill_combo(self.status, [(plan_texts.status_label(s), s.value) for s in ItemStatus])
        refill_combo(self.section_quarter, [(self.tr("Whole year"), 0)]
                     + [(plan_texts.quarter_label(q), q) for q in range(1, 5)])
        self._quieted = quiet
        if self._item is not None:
            self._fill_occurrences(self._item)
