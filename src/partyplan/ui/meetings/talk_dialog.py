"""Record or edit a heart-to-heart talk: which cadre talked with which member, when, about what, and
what is to follow. Problems are shown under their field; the dialog stays open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import Role
from partyplan.meetings import InvalidMeeting
from partyplan.meetings.talks import TalkData, TalkRow
from partyplan.texts import meetings as words
from partyplan.ui.meetings.fields import date_edit, error_label, fill_people, read_date, with_error
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.unsaved import GuardedDialog


class TalkDialog(GuardedDialog):
    sig_saved = Signal(int)

    def __init__(self, meetings: MeetingsOperations, talk: TalkRow | None = None, *, member_id: int | None = None,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talk_dialog")
        self._meetings, self._talk = meetings, talk
        people = meetings.people()
        self.day = date_edit(talk.day if talk else today or dt.date.today())  # the page's day: one clock
        self.cadre, self.member = QComboBox(), QComboBox()
        self.topic, self.follow_up = QPlainTextEdit(), QPlainTextEdit()
        self.errors = {name: error_label(name) for name in ("day", "cadre", "member")}
        self._labels = {name: QLabel() for name in ("day", "cadre", "member", "topic", "follow_up")}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in (("day", with_error(self.day, self.errors["day"])),
                             ("cadre", with_error(self.cadre, self.errors["cadre"])),
                             ("member", with_error(self.member, self.errors["member"])),
                             ("topic", self.topic), ("follow_up", self.follow_up)):
            form.addRow(self._labels[name], widget)
        for edit in (self.topic, self.follow_up):
            edit.setFixedHeight(80)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        fill_people(self.cadre, people, talk.cadre_id if talk else None, self.tr("(choose)"), role=Role.CADRE)
        members = [p for p in people if Role.PARTY_MEMBER in p.roles]
        fill_people(self.member, members, talk.member_id if talk else member_id, self.tr("(choose)"), role=None)
        if talk:
            self.topic.setPlainText(talk.topic)
            self.follow_up.setPlainText(talk.follow_up)

    def data(self) -> TalkData:
        return TalkData(read_date(self.day), self.cadre.currentData(), self.member.currentData(),
                        self.topic.toPlainText(), self.follow_up.toPlainText())

    def accept(self) -> None:
        try:
            if self._talk is None:
                talk_id = self._meetings.add_talk(self.data())
            else:
                talk_id = self._talk.id
                self._meetings.update_talk(talk_id, self.data())
        except InvalidMeeting as exc:
            self.show_problem(exc.field, exc.code)
            return
        self.sig_saved.emit(talk_id)
        super().accept()

    def show_problem(self, field: str | None, code: str = "") -> None:
        for name, label in self.errors.items():
            label.setText(words.problem(name, code) if name == field else "")
            label.setVisible(name == field)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Heart-to-heart talk"))
        for name, text in (("day", self.tr("Date *")), ("cadre", self.tr("Cadre *")), ("member", self.tr("With *")),
                           ("topic", self.tr("Topic")), ("follow_up", self.tr("Follow-up"))):
            self._labels[name].setText(text)
        self.topic.setPlaceholderText(self.tr("what was talked about"))
        self.follow_up.setPlaceholderText(self.tr("what the office will do, and by when"))
