"""Meeting types: the kinds of meeting the office holds, pre-filled from party-branch rules and editable,
since local rules differ. A type in use is archived rather than deleted."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.ui import prompts
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.meetings.people_models import TypesModel
from partyplan.ui.meetings.type_dialog import MeetingTypeDialog
from partyplan.ui.meetings.vote_rules_dialog import VoteRulesDialog


class TypesPage(QWidget):
    def __init__(self, meetings: MeetingsOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_types")
        self.meetings = meetings
        self.model = TypesModel(self)
        self.table = QTableView()
        self.show_archived = QCheckBox()
        self.note = QLabel()
        self.buttons = {key: QPushButton() for key in ("add", "edit", "archive", "defaults", "rules")}
        self.dialog: MeetingTypeDialog | VoteRulesDialog | None = None
        self._build()
        self.retranslate()

    def reload(self) -> None:
        selected = self._selected()
        self.model.set_rows(self.meetings.types(include_archived=self.show_archived.isChecked()))
        if selected is not None:
            for n, row in enumerate(self.model.rows):
                if row.id == selected.id:
                    self.table.selectRow(n)
        self._update_buttons()

    def add_type(self) -> MeetingTypeDialog:
        return self._open(MeetingTypeDialog(self.meetings, None, self))

    def edit_selected(self) -> MeetingTypeDialog | None:
        row = self._selected()
        return self._open(MeetingTypeDialog(self.meetings, row, self)) if row else None

    def archive_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        if row.archived:
            self.meetings.set_type_archived(row.id, False)
            return
        question = self.tr("Archive “%1”? It is no longer planned or checked; its past meetings keep their type.")
        if prompts.confirm(self, self.tr("Archive meeting type"), question.replace("%1", row.name)):
            self.meetings.set_type_archived(row.id, True)

    def edit_vote_rules(self) -> VoteRulesDialog:
        return self._open(VoteRulesDialog(self.meetings, self))  # type: ignore[no-any-return]

    def restore_defaults(self) -> None:
        added = self.meetings.restore_defaults()
        prompts.info(self, self.tr("Pre-filled types"), self.tr("Pre-filled meeting types added back: %1; "
                                                                "types you edited were left as they are.")
                     .replace("%1", str(added)))

    def _build(self) -> None:
        t = self.table
        t.setObjectName("types_table")
        t.setModel(self.model)
        t.verticalHeader().hide()
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setAlternatingRowColors(True)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the English name takes what is left
        t.setWordWrap(False)
        for column, width in enumerate((110, 0, 130, 210, 50, 160, 150)):
            if width:
                t.setColumnWidth(column, width)
        t.doubleClicked.connect(lambda _i: self.edit_selected())
        t.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for key, slot in (("add", self.add_type), ("edit", self.edit_selected), ("archive", self.archive_selected),
                          ("defaults", self.restore_defaults), ("rules", self.edit_vote_rules)):
            self.buttons[key].clicked.connect(slot)
        self.show_archived.toggled.connect(lambda _c: self.reload())
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        for key in ("add", "edit", "archive"):
            row.addWidget(self.buttons[key])
        row.addWidget(self.show_archived)
        row.addStretch(1)
        row.addWidget(self.buttons["rules"])
        row.addWidget(self.buttons["defaults"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def _selected(self):  # type: ignore[no-untyped-def]
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self._selected()
        self.buttons["edit"].setEnabled(row is not None)
        self.buttons["archive"].setEnabled(row is not None)
        self.buttons["archive"].setText(self.tr("Restore") if row is not None and row.archived else self.tr("Archive..."))

    def _open(self, dialog):  # type: ignore[no-untyped-def]
        self.dialog = dialog
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for key, text in (("add", self.tr("Add type...")), ("edit", self.tr("Edit...")),
                          ("defaults", self.tr("Add back pre-filled types")), ("rules", self.tr("Vote rules..."))):
            self.buttons[key].setText(text)
        self.show_archived.setText(self.tr("Show archived"))
        self.note.setText(self.tr("Pre-filled from party-branch rules as commonly published: branch committee and "
                                  "party group meetings and theme party day monthly; general meeting (valid with "
                                  "more than half of voting members present) and party lecture quarterly; "
                                  "organisation-life meeting yearly. Local rules differ: edit them to match yours."))
        self.model.retranslate()
        self._update_buttons()
