"""Plan a meeting or change a planned one: its type, day and time, place, who chairs and records it,
the agenda, and the plan item it fulfils. Problems are shown under their field; the dialog stays open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partyplan.meetings import InvalidMeeting
from partyplan.meetings.service import MeetingData, MeetingDetail
from partyplan.texts import meetings as words
from partyplan.ui import conflicts
from partyplan.ui.meetings.fields import (
    OptionalTime, date_edit, error_label, fill_people, read_date, set_date, with_error,
)
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.organisations.org_dialog import path_label
from partyplan.ui.unsaved import GuardedDialog

FIELDS = ("type", "held_by", "title", "planned_on", "start_time", "place", "chair", "recorder", "agenda", "plan_item")


class MeetingDialog(GuardedDialog):
    sig_saved = Signal(int)

    def __init__(self, meetings: MeetingsOperations, detail: MeetingDetail | None = None, *, year: int,
                 type_id: int | None = None, day: dt.date | None = None, organisation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_dialog")
        self._meetings, self._detail = meetings, detail
        self.saved_id: int | None = detail.row.id if detail else None
        self.type = QComboBox()
        self.held_by = QComboBox()  # the branch or party group (所属组织); None: the office as a whole
        self.title = QLineEdit()
        self.planned_on = date_edit(day or (detail.row.planned_on if detail else None))
        self.start_time = OptionalTime()
        self.place = QLineEdit()
        self.chair = QComboBox()
        self.recorder = QComboBox()
        self.agenda = QPlainTextEdit()
        self.plan_item = QComboBox()
        self.errors = {name: error_label(name) for name in ("planned_on", "title", "place", "type")}
        self._labels = {name: QLabel() for name in FIELDS}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._people = meetings.people()
        self._year = year
        self._build()
        self.retranslate()
        self._fill(detail, type_id)
        self._held_by(self._meetings.ops.organisations.meeting_organisation(detail.row.id) if detail
                      else organisation_id)

    # -- public ------------------------------------------------------------------------------
    def data(self) -> MeetingData:
        return MeetingData(
            type_id=int(self.type.currentData()), planned_on=read_date(self.planned_on), title=self.title.text(),
            start_time=self.start_time.value(), place=self.place.text(), chair_id=self.chair.currentData(),
            recorder_id=self.recorder.currentData(), agenda=self.agenda.toPlainText(),
            plan_item_id=self.plan_item.currentData())

    def accept(self) -> None:
        if self.type.currentData() is None:
            self.show_problem("type", "required")
            return
        try:
            if self._detail is None:
                self.saved_id = self._meetings.create(self.data(), self.held_by.currentData())
            else:
                row = self._detail.row
                held_by = self.held_by.currentData()
                if conflicts.save(self, lambda seen: self._meetings.update(row.id, self.data(), held_by,
                                                                          expected_version=seen),
                                  row.row_version, take_theirs=self._take_theirs) is conflicts.NOT_SAVED:
                    return
        except InvalidMeeting as exc:
            self.show_problem(exc.field, exc.code)
            return
        assert self.saved_id is not None
        self.sig_saved.emit(self.saved_id)
        super().accept()

    def show_problem(self, field: str | None, code: str = "") -> None:
        for name, label in self.errors.items():
            label.setText(words.problem(name, code) if name == field else "")
            label.setVisible(name == field)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        widgets = {"type": with_error(self.type, self.errors["type"]), "held_by": self.held_by,
                   "title": with_error(self.title, self.errors["title"]),
                   "planned_on": with_error(self.planned_on, self.errors["planned_on"]),
                   "start_time": self.start_time, "place": with_error(self.place, self.errors["place"]),
                   "chair": self.chair, "recorder": self.recorder, "agenda": self.agenda, "plan_item": self.plan_item}
        for name in FIELDS:
            form.addRow(self._labels[name], widgets[name])
        self._form = form
        self.title.setMaxLength(200)
        self.place.setMaxLength(200)
        self.agenda.setFixedHeight(90)
        self.plan_item.setMinimumContentsLength(30)
        self.plan_item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _take_theirs(self) -> None:
        """Another PC's save of this meeting wins: the form shows the meeting as stored now."""
        assert self._detail is not None
        self._detail = self._meetings.meeting(self._detail.row.id)
        self.type.clear()
        set_date(self.planned_on, self._detail.row.planned_on)
        self._fill(self._detail, None)
        self.mark_clean()

    def _fill(self, detail: MeetingDetail | None, type_id: int | None) -> None:
        chosen = detail.type.id if detail else type_id
        for kind in self._meetings.types():
            self.type.addItem(words.type_name(kind.name, kind.name_en), kind.id)
        if detail is not None and self.type.findData(detail.type.id) < 0:  # an archived type stays shown
            self.type.addItem(words.type_name(detail.type.name, detail.type.name_en), detail.type.id)
        self.type.setCurrentIndex(max(0, self.type.findData(chosen)) if chosen is not None else 0)
        row = detail.row if detail else None
        self.title.setText(row.title if row else "")
        self.start_time.set_value(row.start_time if row else None)
        self.place.setText(row.place if row else "")
        self.agenda.setPlainText(detail.agenda if detail else "")
        self._people_combos(row.chair_id if row else None, detail.recorder_id if detail else None)
        self._plan_items(row.plan_item_id if row else None)

    def _held_by(self, chosen: int | None) -> None:
        """The office's organisations, indented as a tree; the row is left out while there are none."""
        self.held_by.clear()
        self.held_by.addItem(self.tr("(the office as a whole)"), None)
        units = self._meetings.ops.organisations.orgs(include_archived=True)
        for unit in units:
            if not unit.archived or unit.id == chosen:
                self.held_by.addItem(path_label(unit, units), unit.id)
        self.held_by.setCurrentIndex(max(0, self.held_by.findData(chosen)) if chosen is not None else 0)
        self._form.setRowVisible(self.held_by, bool(units))

    def _people_combos(self, chair: int | None, recorder: int | None) -> None:
        fill_people(self.chair, self._people, chair, self.tr("(not set)"))
        fill_people(self.recorder, self._people, recorder, self.tr("(not set)"))

    def _plan_items(self, chosen: int | None) -> None:
        self.plan_item.clear()
        self.plan_item.addItem(self.tr("(none)"), None)
        for item in self._meetings.plan_choices(self._year).items:
            self.plan_item.addItem("    " * max(0, item.depth - 1) + item.label, item.id)
            self.plan_item.setItemData(self.plan_item.count() - 1, f"{item.plan_title}: {item.label}",
                                       Qt.ItemDataRole.ToolTipRole)
        if chosen is not None and self.plan_item.findData(chosen) < 0:
            self.plan_item.addItem(self._meetings.plan_item_title(chosen) or f"#{chosen}", chosen)
        self.plan_item.setCurrentIndex(max(0, self.plan_item.findData(chosen)) if chosen is not None else 0)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan a meeting") if self._detail is None else self.tr("Edit meeting"))
        texts = {"type": self.tr("Type *"), "held_by": self.tr("Held by"), "title": self.tr("Title"), "planned_on": self.tr("Date *"),
                 "start_time": self.tr("Time"), "place": self.tr("Place"), "chair": self.tr("Chair"),
                 "recorder": self.tr("Recorder"), "agenda": self.tr("Agenda"), "plan_item": self.tr("Fulfils plan item")}
        for name, label in self._labels.items():
            label.setText(texts[name])
        self.title.setPlaceholderText(self.tr("leave empty to use the type's name"))
        self.agenda.setPlaceholderText(self.tr("one item per line"))
        self.place.setPlaceholderText(self.tr("e.g. 社区党群服务中心会议室"))
        self.plan_item.setToolTip(self.tr("Recording the meeting as held marks this plan item done"))
        self.start_time.enabled.setText(self.tr("at"))
        if self.held_by.count():
            self.held_by.setItemText(0, self.tr("(the office as a whole)"))
        self.held_by.setToolTip(self.tr("The branch or party group that holds the meeting: it counts for that "
                                        "unit's three meetings and one lesson, and its members vote there"))
