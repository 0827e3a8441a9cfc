"""The attendance and resolutions pages of the record-meeting dialog, and the presence chooser."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import Presence
from partyplan.meetings.service import Attendance, attendance_of
from partyplan.texts import meetings as words
from partyplan.ui.meetings.fields import error_label
from partyplan.ui.meetings.record_models import AttendanceModel, ResolutionsModel

Index = QModelIndex | QPersistentModelIndex


class PresenceDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for presence in Presence:
            combo.addItem(words.presence_label(presence), presence.value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(0x0002))))  # EditRole

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


def table(model, name: str) -> QTableView:  # type: ignore[no-untyped-def]
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AttendancePage(QWidget):
    sig_add_people = Signal()
    sig_fill_group = Signal()

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = table(model, "attendance_table")
        self.view.setItemDelegateForColumn(1, PresenceDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 150), (1, 110), (2, 260), (3, 60)):
            self.view.setColumnWidth(column, width)
        self.summary = QLabel()
        self.summary.setObjectName("attendance_summary")
        self.summary.setWordWrap(True)
        self.error = error_label("attendees")
        self.buttons = {key: QPushButton() for key in ("all_present", "fill", "add", "remove")}
        self.buttons["all_present"].clicked.connect(lambda: model.set_all(Presence.PRESENT))
        self.buttons["fill"].clicked.connect(self.sig_fill_group)
        self.buttons["add"].clicked.connect(self.sig_add_people)
        self.buttons["remove"].clicked.connect(self._remove)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        model.sig_edited.connect(self.update_summary)
        model.modelReset.connect(self.update_summary)

    def attendance(self) -> Attendance:
        return attendance_of(self.model.attendees())

    def update_summary(self) -> None:
        self.error.hide()
        a = self.attendance()
        self.summary.setText(
            self.tr("Expected %1 · present %2 · on leave %3 · absent %4 · attendance %5 · "
                    "voting members present %6 of %7")
            .replace("%1", str(a.expected)).replace("%2", str(a.present)).replace("%3", str(a.leave))
            .replace("%4", str(a.absent)).replace("%5", words.rate_text(a.rate) or "—")
            .replace("%6", str(a.voters_present)).replace("%7", str(a.eligible)))

    def show_problem(self, row: int | None, text: str) -> None:
        self.model.problem_row = row
        self.error.setText(text)
        self.error.show()
        if row is not None:
            index = self.model.index(row, 2)
            self.view.scrollTo(index)
            self.view.setCurrentIndex(index)

    def _remove(self) -> None:
        ids = {self.model.row_at(i.row()).person_id for i in self.view.selectionModel().selectedRows()}
        if ids:
            self.model.remove_ids(ids)

    def retranslate(self) -> None:
        for key, text in (("all_present", self.tr("All present")), ("fill", self.tr("Fill from the type's group")),
                          ("add", self.tr("Add people...")), ("remove", self.tr("Remove"))):
            self.buttons[key].setText(text)
        self.model.retranslate()
        self.update_summary()


class ResolutionsPage(QWidget):
    sig_add = Signal()
    sig_edit = Signal(int)
    sig_to_plan = Signal(int)

    def __init__(self, model: ResolutionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = table(model, "resolutions_table")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, width in ((0, 280), (1, 90), (2, 95), (3, 170)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda index: self.sig_edit.emit(index.row()))
        self.error = error_label("resolutions")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.buttons = {key: QPushButton() for key in ("add", "edit", "remove", "up", "down", "to_plan")}
        self.buttons["add"].clicked.connect(self.sig_add)
        self.buttons["edit"].clicked.connect(lambda: self._emit(self.sig_edit))
        self.buttons["to_plan"].clicked.connect(lambda: self._emit(self.sig_to_plan))
        self.buttons["remove"].clicked.connect(lambda: self._with_row(self.model.remove))
        self.buttons["up"].clicked.connect(lambda: self._with_row(lambda n: self._move(n, -1)))
        self.buttons["down"].clicked.connect(lambda: self._with_row(lambda n: self._move(n, 1)))
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        model.rowsInserted.connect(lambda *_: self.update_buttons())
        model.rowsRemoved.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def current(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def show_problem(self, row: int | None, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        if row is not None and 0 <= row < self.model.rowCount():
            self.view.selectRow(row)

    def update_buttons(self) -> None:
        n = self.current()
        for key in ("edit", "remove", "up", "down"):
            self.buttons[key].setEnabled(n is not None)
        saved = n is not None and self.model.row_at(n).data.id is not None
        self.buttons["to_plan"].setEnabled(saved and self.model.row_at(n).plan_item_id is None)  # type: ignore[arg-type]

    def _emit(self, signal) -> None:  # type: ignore[no-untyped-def]
        n = self.current()
        if n is not None:
            signal.emit(n)

    def _with_row(self, action) -> None:  # type: ignore[no-untyped-def]
        n = self.current()
        if n is not None:
            action(n)
            self.error.hide()
            self.update_buttons()

    def _move(self, n: int, step: int) -> None:
        self.model.move(n, step)
        target = n + step
        if 0 <= target < self.model.rowCount():
            self.view.selectRow(target)

    def retranslate(self) -> None:
        for key, text in (("add", self.tr("Add...")), ("edit", self.tr("Edit...")), ("remove", self.tr("Remove")),
                          ("up", self.tr("Up")), ("down", self.tr("Down")), ("to_plan", self.tr("Make a plan item..."))):
            self.buttons[key].setText(text)
        self.hint.setText(self.tr("Votes are checked against the attendance: quorum counts the voting members "
                                  "present, the majority counts votes for among them. A saved resolution can "
                                  "become an item of this year's plan."))
        self.model.retranslate()
