"""Posts and who is on them: the posts with their capacity, the chosen post's members, and the party
members and volunteers who have no post yet. All data goes through `PostsOperations`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from partyplan.posts.service import CapacityRow, PostRow
from partyplan.texts import posts as words
from partyplan.ui import prompts
from partyplan.ui.posts.member_dialog import AssignDialog, MoveDialog
from partyplan.ui.posts.models import (
    MEMBER_COLUMNS, POST_COLUMNS, WITHOUT_COLUMNS, language,
)
from partyplan.ui.posts.post_dialog import PostDialog
from partyplan.ui.posts.widgets import box, select_ids, selected_ids, table, write
from partyplan.ui.rows import RowsModel


class PostsMembersPage(QWidget):
    def __init__(self, posts, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("posts_members_page")
        self.posts = posts
        self.today = dt.date.today
        self.posts_model = RowsModel(POST_COLUMNS, self)
        self.members_model = RowsModel(MEMBER_COLUMNS, self)
        self.without_model = RowsModel(WITHOUT_COLUMNS, self)
        self.posts_table = table(self.posts_model, "posts_table", (180, 70, 70, 110), stretch=0)
        self.members_table = table(self.members_model, "members_table", (80, 190, 110, 90, 80), stretch=1,
                                   by_column=0)
        self.without_table = table(self.without_model, "without_table", (80, 220, 110), stretch=1, multi=True,
                                   by_column=0)
        self.show_archived = QCheckBox()
        self.buttons = {key: QPushButton() for key in (
            "new_post", "edit_post", "archive", "assign", "edit_member", "move", "end", "assign_without")}
        self.details, self.members_title, self.capacity_notice = QLabel(), QLabel(), QLabel()
        self.without_box = box(self.without_table, self.buttons["assign_without"])
        self.dialog: QDialog | None = None
        self._capacity: list[CapacityRow] = []
        self._reloading = False
        self._build()
        self.retranslate()
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def reload(self) -> None:
        chosen, member = self.post_id(), selected_ids(self.members_table)
        self._reloading = True  # choosing the post again below loads its members once, not per signal
        try:
            self.posts_model.set_rows(self.posts.posts(include_archived=self.show_archived.isChecked()))
            select_ids(self.posts_table, [chosen] if chosen is not None else [])
            if self.post_id() is None and self.posts_model.rows:
                select_ids(self.posts_table, [self.posts_model.rows[0].id])
        finally:
            self._reloading = False
        self._load_post()
        select_ids(self.members_table, member)
        self.without_model.set_rows(self.posts.without_post())
        self._capacity = self.posts.capacity()
        self._show_capacity()
        self._update_buttons()

    def post_id(self) -> int | None:
        ids = selected_ids(self.posts_table)
        return ids[0] if ids else None

    def select_post(self, post_id: int) -> None:
        select_ids(self.posts_table, [post_id])

    def new_post(self) -> QDialog:
        return self._open(PostDialog(self.posts, None, self.posts.people(), self), self.select_post)

    def edit_post(self) -> QDialog | None:
        post = self._post()
        return self._open(PostDialog(self.posts, post, self.posts.people(), self)) if post else None

    def toggle_archive(self) -> None:
        post = self._post()
        if post is None:
            return
        if not post.archived and post.members:
            question = (self.tr("Archive %1? Its members (%2) will be listed as having no post until it "
                                "is restored.").replace("%1", post.label(language())).replace("%2", str(post.members)))
            if not prompts.confirm(self, self.tr("Archive post"), question):
                return
        write(self, self.tr("Archive post"), self.posts.archive_post, post.id, not post.archived)

    def assign(self, person_ids: set[int] | None = None) -> QDialog:
        dialog = AssignDialog(self.posts, self.posts_model.rows, self.post_id(), self.posts.people(),
                              self.posts.members(), None, self, self.today(), chosen=person_ids)
        return self._open(dialog)

    def assign_without(self) -> QDialog:
        """Assign the people chosen in the no-post list (or all of them) to the selected post."""
        ids = selected_ids(self.without_table) or [row.id for row in self.without_model.rows]
        return self.assign(set(ids))

    def edit_member(self) -> QDialog | None:
        member = self._member()
        if member is None:
            return None
        return self._open(AssignDialog(self.posts, self.posts_model.rows, member.post_id, [], [], member, self))

    def move_member(self, to_post: bool = True) -> QDialog | None:
        member = self._member()
        if member is None:
            return None
        return self._open(MoveDialog(self.posts, member, self.posts_model.rows, to_post=to_post, parent=self,
                                     today=self.today()))

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        b = self.buttons
        for key, slot in (("new_post", self.new_post), ("edit_post", self.edit_post),
                          ("archive", self.toggle_archive), ("assign", lambda: self.assign()),
                          ("edit_member", self.edit_member), ("move", lambda: self.move_member(True)),
                          ("end", lambda: self.move_member(False)), ("assign_without", self.assign_without)):
            b[key].clicked.connect(slot)
        self.show_archived.toggled.connect(lambda _c: self.reload())
        self.posts_table.selectionModel().selectionChanged.connect(
            lambda *_: None if self._reloading else self._load_post())
        self.posts_table.doubleClicked.connect(lambda _i: self.edit_post())
        self.members_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.members_table.doubleClicked.connect(lambda _i: self.edit_member())
        self.without_table.doubleClicked.connect(lambda _i: self.assign_without())
        for label in (self.details, self.capacity_notice):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setStyleSheet("color: #444;")
        self.members_title.setStyleSheet("font-weight: 600;")
        posts_side = QWidget()
        left = QVBoxLayout(posts_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(_row([b["new_post"], b["edit_post"], b["archive"], self.show_archived]))
        left.addWidget(self.posts_table, 1)
        left.addWidget(self.details)
        members_side = QWidget()
        right = QVBoxLayout(members_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(_row([self.members_title]))
        right.addWidget(self.members_table, 1)
        right.addLayout(_row([b["assign"], b["edit_member"], b["move"], b["end"]]))
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(posts_side)
        upper.addWidget(members_side)
        upper.setSizes([480, 620])
        self.capacity_box = box(self.capacity_notice)
        self.capacity_notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.without_box)
        lower.addWidget(self.capacity_box)
        lower.setSizes([620, 480])
        whole = QSplitter(Qt.Orientation.Vertical)
        whole.addWidget(upper)
        whole.addWidget(lower)
        whole.setStretchFactor(0, 3)
        whole.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(whole)

    # -- showing -----------------------------------------------------------------------------
    def _post(self) -> PostRow | None:
        post_id = self.post_id()
        row = self.posts_model.row_of(post_id) if post_id is not None else None
        return self.posts_model.rows[row] if row is not None else None

    def _member(self):  # type: ignore[no-untyped-def]
        ids = selected_ids(self.members_table)
        row = self.members_model.row_of(ids[0]) if ids else None
        return self.members_model.rows[row] if row is not None else None

    def _load_post(self) -> None:
        post = self._post()
        self.members_model.set_rows(self.posts.members(post.id) if post else [])
        self._show_post()

    def _show_post(self) -> None:
        post = self._post()
        if post is None:
            self.members_title.setText(self.tr("Choose a post to see its members"))
            self.details.setText("")
        else:
            count = f"{post.members}/{post.capacity}" if post.capacity is not None else str(post.members)
            self.members_title.setText(self.tr("Members of %1 (%2)").replace("%1", post.label(language()))
                                       .replace("%2", count))
            skills = self.tr("Skills wanted: %1").replace("%1", post.skills) if post.skills else ""
            self.details.setText("\n".join(part for part in (post.description, skills) if part))
        self._update_buttons()

    def _show_capacity(self) -> None:
        rows = self._capacity
        over = [r for r in rows if r.state == "over"]
        below = [r for r in rows if r.state == "below"]

        def names(chosen: list[CapacityRow]) -> str:
            return "\n".join(f"  {words.post_label(r.name, r.name_en, language())}  {r.members}/{r.capacity}"
                             for r in chosen)

        parts = []
        if over:
            parts.append(self.tr("Over capacity:") + "\n" + names(over))
        if below:
            parts.append(self.tr("Below capacity:") + "\n" + names(below))
        self.capacity_notice.setText("\n".join(parts) or self.tr("Every post with a capacity is full."))
        self.without_box.setTitle(self.tr("Party members and volunteers without a post: %1")
                                  .replace("%1", str(self.without_model.rowCount())))

    def _open(self, dialog: QDialog, on_saved=None) -> QDialog:  # type: ignore[no-untyped-def]
        self.dialog = dialog
        if on_saved is not None:
            dialog.sig_saved.connect(on_saved)  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def _update_buttons(self) -> None:
        post, member = self._post(), self._member()
        b = self.buttons
        b["edit_post"].setEnabled(post is not None)
        b["archive"].setEnabled(post is not None)
        b["archive"].setText(self.tr("Restore") if post and post.archived else self.tr("Archive..."))
        active = post is not None and not post.archived
        b["assign"].setEnabled(active)
        b["assign_without"].setEnabled(active and self.without_model.rowCount() > 0)
        for key in ("edit_member", "move", "end"):
            b[key].setEnabled(member is not None)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for key, text in (("new_post", self.tr("New post...")), ("edit_post", self.tr("Edit...")),
                          ("assign", self.tr("Assign people...")), ("edit_member", self.tr("Edit...")),
                          ("move", self.tr("Move...")), ("end", self.tr("End...")),
                          ("assign_without", self.tr("Assign to the selected post..."))):
            self.buttons[key].setText(text)
        self.buttons["assign_without"].setToolTip(self.tr("Assign the people chosen here (or all of them)"))
        self.show_archived.setText(self.tr("Show archived"))
        self.capacity_box.setTitle(self.tr("Capacity"))
        for model in (self.posts_model, self.members_model, self.without_model):
            model.retranslate()
        self._show_post()
        self._show_capacity()


def _row(widgets: list[QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
