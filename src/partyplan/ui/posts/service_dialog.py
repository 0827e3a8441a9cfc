"""Record service given: one activity on one day for one or many people, the same hours (or days) each.

A whole group activity (tree planting: 25 people, 4 hours each) is one step: tick the people (or take
every member of the post at once), give the hours, OK.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from partyplan.people.service import PersonRow
from partyplan.posts.service import MemberRow, PostRow
from partyplan.posts.service_records import ServiceData, ServiceRow, Unit
from partyplan.texts import posts as words
from partyplan.ui.forms import date_edit, line
from partyplan.ui.posts.form import REFUSED, PeopleChecklist, PostsForm
from partyplan.ui.posts.models import language, roles_text
from partyplan.ui.widgets import refill_combo


class ServiceDialog(PostsForm):
    ROWS = {"unit": "amount"}

    def __init__(self, operations, posts: list[PostRow], people: list[PersonRow],  # type: ignore[no-untyped-def]
                 members: list[MemberRow], record: ServiceRow | None = None, parent: QWidget | None = None,
                 today: dt.date | None = None, post_id: int | None = None) -> None:
        super().__init__(operations, parent)
        self.setObjectName("service_dialog")
        self._record = record
        self._today = today
        self._posts = [p for p in posts if not p.archived or (record and p.id == record.post_id)]
        self._members = members
        self._per_day = operations.settings().hours_per_day
        data = record.to_data() if record else ServiceData(today or dt.date.today(), "", (), 2.0, Unit.HOURS, post_id)
        self.day = date_edit(data.day)
        self.post = QComboBox()
        self.activity, self.place, self.beneficiaries = QLineEdit(), QLineEdit(), QLineEdit()
        self.activity.setMaxLength(200)
        self.people = PeopleChecklist()
        self.take_post = QPushButton()
        self.clear_people = QPushButton()
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 999)
        self.amount.setDecimals(1)
        self.amount.setMinimumWidth(90)
        self.unit = QComboBox()
        self.total = QLabel()
        self._build()
        self.retranslate()
        self._fill(data, people)

    def data(self) -> ServiceData:
        return ServiceData(self.day.date().toPython(), self.activity.text(), tuple(self.people.chosen_ids()),
                           self.amount.value(), Unit(self.unit.currentData()), self.post.currentData(),
                           self.place.text(), self.beneficiaries.text())

    def accept(self) -> None:
        if self._record is None:
            outcome = self.attempt(self.posts.add_record, self.data(), self._today)
        else:
            outcome = self.attempt(self.posts.update_record, self._record.id, self.data(), self._today)
        if outcome is REFUSED:
            return
        self.sig_saved.emit(self._record.id if self._record else int(outcome))  # type: ignore[call-overload]
        super().accept()

    def take_post_members(self) -> None:
        """Tick everyone now on the chosen post (the usual crew of a post's activity)."""
        post_id = self.post.currentData()
        self.people.set_checked({m.person_id for m in self._members if m.post_id == post_id})

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        people_box = QWidget()
        column = QVBoxLayout(people_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.people, 1)
        column.addWidget(line([self.take_post, self.clear_people]))
        for name, widget in (("day", self.day), ("post_id", self.post), ("activity", self.activity),
                             ("place", self.place), ("beneficiaries", self.beneficiaries), ("people", people_box),
                             ("amount", line([self.amount, self.unit, self.total]))):
            self.add_row(name, widget)
        self.take_post.clicked.connect(self.take_post_members)
        self.clear_people.clicked.connect(lambda: self.people.set_checked(set(self.people.chosen_ids()), False))
        self.people.sig_changed.connect(self._show_total)
        self.amount.valueChanged.connect(lambda _v: self._show_total())
        self.unit.currentIndexChanged.connect(lambda _i: self._show_total())
        for name, signal in (("activity", self.activity.textEdited), ("day", self.day.dateChanged),
                             ("people", self.people.sig_changed), ("amount", self.amount.valueChanged)):
            signal.connect(lambda *_a, n=name: self.errors[n].hide())
        self.setMinimumWidth(560)

    def _fill(self, data: ServiceData, people: list[PersonRow]) -> None:
        chosen = set(data.people)
        lines = [(p.id, f"{p.name} ({roles_text(p.roles)})" if p.roles else p.name)
                 for p in people if not p.archived or p.id in chosen]
        self.people.set_people(lines, chosen)
        self.post.setCurrentIndex(max(0, self.post.findData(data.post_id)))
        self.activity.setText(data.activity)
        self.place.setText(data.place)
        self.beneficiaries.setText(data.beneficiaries)
        self.amount.setValue(data.amount)
        self.unit.setCurrentIndex(max(0, self.unit.findData(Unit(data.unit).value)))
        self._show_total()

    def _show_total(self) -> None:
        count = len(self.people.chosen_ids())
        each = self.amount.value() * (self._per_day if self.unit.currentData() == Unit.DAYS.value else 1)
        self.total.setText(self.tr("people %1 × %2 = %3 in all").replace("%1", str(count))
                           .replace("%2", words.hours_text(each)).replace("%3", words.hours_text(each * count)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record service") if self._record is None else self.tr("Edit service record"))
        self.set_labels({"day": self.tr("Date"), "post_id": self.tr("Post"), "activity": self.tr("Activity *"),
                         "place": self.tr("Place"), "beneficiaries": self.tr("Beneficiaries"),
                         "people": self.tr("People *"), "amount": self.tr("Hours or days")})
        self.activity.setPlaceholderText(self.tr("e.g. 义务植树活动"))
        self.beneficiaries.setPlaceholderText(self.tr("who benefited, e.g. 空巢老人12户"))
        self.take_post.setText(self.tr("Tick the post's members"))
        self.clear_people.setText(self.tr("Untick all"))
        refill_combo(self.post, [(words.no_post_label(), None)]
                     + [(p.label(language()), p.id) for p in self._posts])
        refill_combo(self.unit, [(words.unit_label(u), u.value) for u in Unit])
        self._show_total()
