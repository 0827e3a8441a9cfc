"""One person's duty settings: on duty or not, tags, limits, backup, leave and wishes.

The settings are saved on OK; leave periods and wishes are each their own small action, saved the
moment they are added or removed, so the lists always show what the roster will use."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partyplan.rosters.setup import InvalidRoster, MemberData, MemberRow
from partyplan.texts import rosters as words
from partyplan.ui.forms import date_edit, error_label, line_of, with_error
from partyplan.ui.rosters.operations import RosterOperations
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import refill_combo

FIELDS = ("max_per_month", "unavailable_weekdays", "backup_id", "leave")
NO_LIMIT = -1
TAG_SPLIT = re.compile(r"[,，、;；\s]+")


class MemberDialog(GuardedDialog):
    sig_saved = Signal(int)

    def __init__(self, rosters: RosterOperations, member: MemberRow, others: list[MemberRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("member_dialog")
        self._rosters = rosters
        self.member = member
        self._others = [m for m in others if m.person_id != member.person_id]
        self.on_duty = QCheckBox()
        self.leader = QCheckBox()
        self.other_tags = QLineEdit()
        self.max_per_month = QSpinBox()
        self.weekday_boxes = [QCheckBox() for _ in range(7)]
        self.backup = QComboBox()
        self.note = QLineEdit()
        self.leave_list, self.wish_list = QListWidget(), QListWidget()
        self.leave_from, self.leave_to, self.wish_day = (date_edit(dt.date.today()) for _ in range(3))
        self.leave_reason = QLineEdit()
        self.wish_kind = QComboBox()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.action_buttons = {name: QPushButton() for name in ("add_leave", "remove_leave", "add_wish", "remove_wish")}
        self.errors = {name: error_label(name) for name in FIELDS}
        self._labels = {name: QLabel() for name in ("on_duty", "tags", "max", "weekdays", "backup", "note", "to")}
        self._boxes = {name: QGroupBox() for name in ("leave", "wishes")}
        self._hint = QLabel()
        self._build()
        self.retranslate()
        self._fill(member)

    # -- public ------------------------------------------------------------------------------
    def data(self) -> MemberData:
        tags = {t for t in TAG_SPLIT.split(self.other_tags.text()) if t}
        if self.leader.isChecked():
            tags.add("leader")
        else:
            tags.discard("leader")
        limit = self.max_per_month.value()
        return MemberData(
            active=self.on_duty.isChecked(),
            max_per_month=None if limit == NO_LIMIT else limit,
            unavailable_weekdays=frozenset(n for n, box in enumerate(self.weekday_boxes) if box.isChecked()),
            tags=frozenset(tags),
            backup_id=self.backup.currentData(),
            note=self.note.text(),
        )

    def accept(self) -> None:
        try:
            self._rosters.save_member(self.member.person_id, self.data())
        except InvalidRoster as exc:
            self.show_problem(exc.field, exc.code)
            return
        self.sig_saved.emit(self.member.person_id)
        super().accept()

    def show_problem(self, field: str | None, code: str = "") -> None:
        for name, label in self.errors.items():
            label.setText(words.problem(name, code) if name == field else "")
            label.setVisible(name == field)

    def add_leave(self) -> None:
        start, end = self.leave_from.date().toPython(), self.leave_to.date().toPython()
        try:
            self._rosters.add_absence(self.member.person_id, start, end, self.leave_reason.text())
        except InvalidRoster as exc:
            self.show_problem("leave", exc.code)
            return
        self.show_problem(None)
        self.leave_reason.clear()
        self._refresh()

    def remove_leave(self) -> None:
        item = self.leave_list.currentItem()
        if item is not None:
            self._rosters.delete_absence(item.data(Qt.ItemDataRole.UserRole))
            self._refresh()

    def add_wish(self) -> None:
        self._rosters.set_wish(self.member.person_id, self.wish_day.date().toPython(), self.wish_kind.currentData())
        self._refresh()

    def remove_wish(self) -> None:
        item = self.wish_list.currentItem()
        if item is not None:
            self._rosters.set_wish(self.member.person_id, item.data(Qt.ItemDataRole.UserRole), None)
            self._refresh()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.max_per_month.setRange(NO_LIMIT, 31)
        self.other_tags.setObjectName("other_tags")
        for name, slot in (("add_leave", self.add_leave), ("remove_leave", self.remove_leave),
                           ("add_wish", self.add_wish), ("remove_wish", self.remove_wish)):
            self.action_buttons[name].clicked.connect(slot)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lists = QHBoxLayout()
        lists.addWidget(self._leave_box(), 3)
        lists.addWidget(self._wish_box(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addLayout(lists, 1)
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: #555;")
        layout.addWidget(self._hint)
        layout.addWidget(self.buttons)
        self.setMinimumSize(760, 520)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.other_tags.setMinimumWidth(260)
        self.backup.setMinimumWidth(160)
        form.addRow(self._labels["on_duty"], self.on_duty)
        form.addRow(self._labels["tags"], line_of(self.leader, self.other_tags))
        form.addRow(self._labels["max"], with_error(line_of(self.max_per_month), self.errors["max_per_month"]))
        weekdays = line_of(*self.weekday_boxes)
        form.addRow(self._labels["weekdays"], with_error(weekdays, self.errors["unavailable_weekdays"]))
        form.addRow(self._labels["backup"], with_error(line_of(self.backup), self.errors["backup_id"]))
        form.addRow(self._labels["note"], self.note)
        return form

    def _leave_box(self) -> QGroupBox:
        box = self._boxes["leave"]
        column = QVBoxLayout(box)
        column.addWidget(self.leave_list, 1)
        column.addWidget(line_of(self.leave_from, self._labels["to"], self.leave_to))
        column.addWidget(line_of(self.leave_reason, self.action_buttons["add_leave"],
                                 self.action_buttons["remove_leave"]))
        column.addWidget(self.errors["leave"])
        self.leave_reason.setMinimumWidth(150)
        return box

    def _wish_box(self) -> QGroupBox:
        box = self._boxes["wishes"]
        column = QVBoxLayout(box)
        column.addWidget(self.wish_list, 1)
        column.addWidget(line_of(self.wish_day, self.wish_kind))
        column.addWidget(line_of(self.action_buttons["add_wish"], self.action_buttons["remove_wish"]))
        return box

    def _fill(self, member: MemberRow) -> None:
        self.on_duty.setChecked(member.active)
        self.leader.setChecked("leader" in member.tags)
        self.other_tags.setText(", ".join(sorted(t for t in member.tags if t != "leader")))
        self.max_per_month.setValue(NO_LIMIT if member.max_per_month is None else member.max_per_month)
        for n, box in enumerate(self.weekday_boxes):
            box.setChecked(n in member.unavailable_weekdays)
        if member.backup_id is not None:
            self.backup.setCurrentIndex(max(0, self.backup.findData(member.backup_id)))
        self.note.setText(member.note)
        self._fill_lists(member)

    def _fill_lists(self, member: MemberRow) -> None:
        self.member = member
        self.leave_list.clear()
        for absence_id, start, end, reason in member.absences:
            span = start.isoformat() if start == end else f"{start.isoformat()} ~ {end.isoformat()}"
            self.leave_list.addItem(_item(f"{span}  {reason}".rstrip(), absence_id))
        self.wish_list.clear()
        for day, desired in member.wishes:
            self.wish_list.addItem(_item(f"{day.isoformat()}  {words.wish_label(desired)}", day))

    def _refresh(self) -> None:
        fresh = next((m for m in self._rosters.members() if m.person_id == self.member.person_id), None)
        if fresh is not None:
            self._fill_lists(fresh)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Duty settings: %1").replace("%1", self.member.name))
        for name, text in (("on_duty", self.tr("On duty")), ("tags", self.tr("Tags")),
                           ("max", self.tr("Monthly maximum")), ("weekdays", self.tr("Not available on")),
                           ("backup", self.tr("Backup (B role)")), ("note", self.tr("Note")), ("to", self.tr("to"))):
            self._labels[name].setText(text)
        self.on_duty.setText(self.tr("Takes turns on duty"))
        self.leader.setText(words.tag_label("leader"))
        self.other_tags.setPlaceholderText(self.tr("other tags, e.g. experienced, driver"))
        self.max_per_month.setSpecialValueText(self.tr("no limit"))
        for n, box in enumerate(self.weekday_boxes):
            box.setText(words.weekday_short(n))
            box.setToolTip(words.weekday_long(n))
        refill_combo(self.backup, [(self.tr("(none)"), None)] + [(m.name, m.person_id) for m in self._others])
        refill_combo(self.wish_kind, [(words.wish_label(True), True), (words.wish_label(False), False)])
        self._boxes["leave"].setTitle(self.tr("Leave and other absences"))
        self._boxes["wishes"].setTitle(self.tr("Wishes for particular days"))
        self.leave_reason.setPlaceholderText(self.tr("reason, e.g. 年假"))
        for name, text in (("add_leave", self.tr("Add")), ("remove_leave", self.tr("Remove")),
                           ("add_wish", self.tr("Add")), ("remove_wish", self.tr("Remove"))):
            self.action_buttons[name].setText(text)
        self._hint.setText(self.tr("Leave and wishes are saved as soon as you add or remove them; "
                                   "the settings above are saved with OK."))
        self._fill_lists(self.member)


def _item(text: str, value: object) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, value)
    return item
