"""People on posts: assign one or several to a post (or edit a membership), move someone, end a membership."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from partyplan import texts
from partyplan.people.service import PersonRow
from partyplan.posts.service import MemberRow, PostRow, split_skills
from partyplan.ui.forms import date_edit
from partyplan.ui.posts.form import REFUSED, PeopleChecklist, PostsForm
from partyplan.ui.posts.models import language, roles_text
from partyplan.ui.widgets import refill_combo


class AssignDialog(PostsForm):
    """New: tick the people, choose the post, the skill they bring and since when. Edit: one membership."""

    ROWS = {"person_id": "people", "post_id": "post"}

    def __init__(self, operations, posts: list[PostRow], post_id: int | None,  # type: ignore[no-untyped-def]
                 people: list[PersonRow], members: list[MemberRow], member: MemberRow | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None, chosen: set[int] | None = None) -> None:
        super().__init__(operations, parent)
        self.setObjectName("assign_dialog")
        self._posts = [p for p in posts if not p.archived]
        self._member = member
        self.post = QComboBox()
        self.person = QLabel(member.name if member else "")
        self.people = PeopleChecklist()
        self.skill = QLineEdit()
        self.since = date_edit(member.since if member else today or dt.date.today())
        self.main = QCheckBox()
        self.main.setChecked(member.main if member else True)
        self.add_row("post", self.post)
        self.add_row("people", self.person if member else self.people)
        for name, widget in (("skill", self.skill), ("since", self.since), ("main", self.main)):
            self.add_row(name, widget)
        self.retranslate()
        self.post.setCurrentIndex(max(0, self.post.findData(member.post_id if member else post_id)))
        self.post.setEnabled(member is None)
        if member is None:
            on_post = {m.person_id for m in members}
            self.people.set_people(_people_lines(people, members), chosen or set(),
                                   first={p.id for p in people if p.id not in on_post})
            self.people.sig_changed.connect(lambda: self.errors["people"].hide())
        else:
            self.skill.setText(member.skill)
        self.post.currentIndexChanged.connect(self._offer_skills)
        self._offer_skills()
        self.setMinimumWidth(520)

    def accept(self) -> None:
        skill, since, main = self.skill.text(), self.since.date().toPython(), self.main.isChecked()
        if self._member is not None:
            outcome = self.attempt(self.posts.update_member, self._member.id, skill=skill, since=since, main=main)
        else:
            chosen = self.people.chosen_ids()
            if not chosen:
                self.show_problem("person_id", "required")
                return
            outcome = self.attempt(self.posts.assign_many, self.post.currentData(), chosen, skill=skill, since=since,
                                   main=main)
        if outcome is REFUSED:
            return
        self.sig_saved.emit(self._member.id if self._member else outcome[0])  # type: ignore[index]
        super().accept()

    def _offer_skills(self) -> None:
        """The skills the chosen post wants, as completions (the skill itself is free text)."""
        post = next((p for p in self._posts if p.id == self.post.currentData()), None)
        self.skill.setCompleter(QCompleter(split_skills(post.skills) if post else [], self.skill))
        if post is not None:
            self.skill.setPlaceholderText(self.tr("e.g. %1").replace("%1", post.skills or "—"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign to a post") if self._member is None else self.tr("Edit membership"))
        self.set_labels({"post": self.tr("Post"), "people": self.tr("People *") if self._member is None
                         else self.tr("Person"), "skill": self.tr("Skill given"), "since": self.tr("Since"),
                         "main": self.tr("Main post")})
        self.main.setText(self.tr("this is their main post"))
        refill_combo(self.post, [(p.label(language()), p.id) for p in self._posts])


class MoveDialog(PostsForm):
    """Move a member to another post from a day, or (`to_post=False`) end their membership on a day."""

    ROWS = {"post_id": "post", "since": "on", "ended": "on", "person_id": "post"}

    def __init__(self, operations, member: MemberRow, posts: list[PostRow], *, to_post: bool,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(operations, parent)
        self.setObjectName("move_dialog" if to_post else "end_dialog")
        self._member = member
        self._to_post = to_post
        self._posts = [p for p in posts if not p.archived and p.id != member.post_id]
        self.about = QLabel()
        self.post = QComboBox()
        self.on = date_edit(today or dt.date.today())
        self.on.setMinimumDate(QDate(member.since))
        self.add_row("member", self.about)
        if to_post:
            self.add_row("post", self.post)
        self.add_row("on", self.on)
        self.setMinimumWidth(440)
        self.retranslate()

    def accept(self) -> None:
        day = self.on.date().toPython()
        if self._to_post:
            outcome = self.attempt(self.posts.move_member, self._member.id, self.post.currentData(), day)
        else:
            outcome = self.attempt(self.posts.end_member, self._member.id, day)
        if outcome is not REFUSED:
            super().accept()

    def retranslate(self) -> None:
        m = self._member
        post = (m.post_name_en or m.post_name) if language() == "en" else m.post_name
        self.about.setText(f"{m.name}  ·  {post}  ·  {m.since.isoformat()}")
        self.setWindowTitle(self.tr("Move to another post") if self._to_post else self.tr("End membership"))
        self.set_labels({"member": self.tr("Member"), "post": self.tr("New post"),
                         "on": self.tr("From") if self._to_post else self.tr("Last day")})
        refill_combo(self.post, [(p.label(language()), p.id) for p in self._posts])


def _people_lines(people: list[PersonRow], members: list[MemberRow]) -> list[tuple[int, str]]:
    """Active people, each with their roles and current posts."""
    posts_of: dict[int, list[str]] = {}
    for m in members:
        posts_of.setdefault(m.person_id, []).append((m.post_name_en or m.post_name) if language() == "en"
                                                    else m.post_name)
    lines = []
    for p in (p for p in people if not p.archived):
        parts = [p.name]
        if p.roles:
            parts.append(f"({roles_text(p.roles)})")
        if p.id in posts_of:
            parts.append("— " + texts.list_separator().join(posts_of[p.id]))
        lines.append((p.id, " ".join(parts)))
    return lines
