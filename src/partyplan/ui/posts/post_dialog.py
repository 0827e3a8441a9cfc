"""A post (new or edited) and the area's rules (one main post each, the yearly target, a day's hours)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from partyplan.people.service import PersonRow
from partyplan.posts.service import PostData, PostRow, PostSettings
from partyplan.texts import posts as words
from partyplan.ui import conflicts
from partyplan.ui.forms import line
from partyplan.ui.posts.form import REFUSED, PostsForm
from partyplan.ui.widgets import refill_combo

NOBODY = "—"


class PostDialog(PostsForm):
    def __init__(self, operations, post: PostRow | None, people: list[PersonRow],  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, parent)
        self.setObjectName("post_dialog")
        self._post = post
        self._people = people
        self.name, self.name_en, self.skills = QLineEdit(), QLineEdit(), QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        self.description.setTabChangesFocus(True)
        self.leader = QComboBox()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 999)
        self.capacity.setMinimumWidth(110)
        for name, widget in (("name", self.name), ("name_en", self.name_en), ("description", self.description),
                             ("leader_id", self.leader), ("capacity", line([self.capacity])),
                             ("skills", self.skills)):
            self.add_row(name, widget)
        self.name.textEdited.connect(lambda _t: self.errors["name"].hide())
        self.setMinimumWidth(520)
        self.retranslate()
        if post is not None:
            self._fill(post)

    def data(self) -> PostData:
        capacity = self.capacity.value()
        return PostData(self.name.text(), self.name_en.text(), self.description.toPlainText(),
                        self.leader.currentData(), capacity or None, self.skills.text())

    def accept(self) -> None:
        post_id = self._post.id if self._post else None
        outcome = conflicts.save(self, lambda seen: self.attempt(self.posts.save_post, self.data(), post_id,
                                                                 expected_version=seen),
                                 self._post.row_version if self._post else None, take_theirs=self._take_theirs)
        if outcome is REFUSED or outcome is conflicts.NOT_SAVED:
            return
        self.sig_saved.emit(int(outcome))  # type: ignore[call-overload]
        super().accept()

    def _take_theirs(self) -> None:
        """Another PC's save of this post wins: the form shows the post as stored now."""
        assert self._post is not None
        self._post = self.posts.post(self._post.id)
        self._fill(self._post)
        self.mark_clean()

    def _fill(self, post: PostRow) -> None:
        self.name.setText(post.name)
        self.name_en.setText(post.name_en)
        self.description.setPlainText(post.description)
        self.leader.setCurrentIndex(max(0, self.leader.findData(post.leader_id)))
        self.capacity.setValue(post.capacity or 0)
        self.skills.setText(post.skills)

    def _leaders(self) -> list[tuple[str, object]]:
        """Active people, plus the stored leader even if archived since, so an edit does not drop them."""
        chosen = self._post.leader_id if self._post else None
        people = [(p.name, p.id) for p in self._people if not p.archived or p.id == chosen]
        return [(NOBODY, None), *people]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New post") if self._post is None else self.tr("Edit post"))
        self.set_labels({"name": self.tr("Name *"), "name_en": self.tr("English name"),
                         "description": self.tr("Description"), "leader_id": self.tr("Leader"),
                         "capacity": self.tr("Capacity"), "skills": self.tr("Skills wanted")})
        self.name.setPlaceholderText(self.tr("as the office writes it, e.g. 治安巡逻岗"))
        self.name_en.setPlaceholderText(self.tr("shown in the English interface"))
        self.capacity.setSpecialValueText(self.tr("not set"))
        self.capacity.setToolTip(self.tr("How many people the post wants; 0 leaves it open."))
        self.skills.setPlaceholderText(self.tr("separated by 、 or commas, e.g. 巡逻、消防"))
        refill_combo(self.leader, self._leaders())


class PostSettingsDialog(PostsForm):
    ROWS = {"yearly_target_hours": "target", "hours_per_day": "per_day"}

    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(operations, parent)
        self.setObjectName("post_settings_dialog")
        current = operations.settings()
        self.one_main = QCheckBox()
        self.one_main.setChecked(current.one_main_post)
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 2000)
        self.target.setDecimals(1)
        self.target.setValue(current.yearly_target_hours)
        self.per_day = QDoubleSpinBox()
        self.per_day.setRange(0.5, 24)
        self.per_day.setDecimals(1)
        self.per_day.setValue(current.hours_per_day)
        self.in_days = QLabel()
        for spin in (self.target, self.per_day):
            spin.setMinimumWidth(110)
            spin.valueChanged.connect(lambda _v: self._show_days())
        self.add_row("one_main", self.one_main)
        self.add_row("target", line([self.target, self.in_days]))
        self.add_row("per_day", line([self.per_day]))
        self.setMinimumWidth(480)
        self.retranslate()

    def data(self) -> PostSettings:
        return PostSettings(self.one_main.isChecked(), self.target.value(), self.per_day.value())

    def accept(self) -> None:
        if self.attempt(self.posts.save_settings, self.data()) is not REFUSED:
            super().accept()

    def _show_days(self) -> None:
        days = self.target.value() / self.per_day.value()
        self.in_days.setText(self.tr("days of service a year: %1").replace("%1", words.number(round(days, 1))))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Volunteer post settings"))
        self.set_labels({"one_main": self.tr("Main post"), "target": self.tr("Yearly target"),
                         "per_day": self.tr("Hours in a day")})
        self.one_main.setText(self.tr("Each person has one main post (further posts are second posts)"))
        self.target.setSuffix(self.tr(" h"))
        self.per_day.setSuffix(self.tr(" h"))
        self.per_day.setToolTip(self.tr("Service entered in days counts this many hours per day."))
        self._show_days()
