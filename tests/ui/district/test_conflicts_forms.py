"""The forms other than a person's, saved after another PC saved the same record behind them."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from partyplan.rosters import duty_log
from partyplan.rosters.duty_log import EntryData
from partyplan.ui import conflicts
from partyplan.ui.operations import Operations
from partyplan.ui.rosters.duty_entry_dialog import DutyEntryDialog

TODAY = dt.date(2026, 11, 22)


def press_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def write(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    widget.setFocus()
    widget.insert(text) if hasattr(widget, "insert") else widget.insertPlainText(text)


# -- the on-duty record book ---------------------------------------------------------------------------
def entry_form(qtbot, database, matter: str):  # type: ignore[no-untyped-def]
    ops = Operations(database)
    entry_id = ops.rosters.log_write("add_entry", EntryData(day=dt.date(2026, 11, 6), matter=matter), TODAY)
    dialog = DutyEntryDialog(ops, 2026, 11, ops.rosters.log("get_entry", entry_id), None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return ops, entry_id, dialog


def other_pc_answers(database, entry_id: int, answer: str) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        data = dataclasses.replace(duty_log.get_entry(session, entry_id).to_data(), answer=answer)
        duty_log.update_entry(session, entry_id, data, TODAY)


def test_record_book_entry_keep_mine(qtbot, database, conflict_answers):
    ops, entry_id, dialog = entry_form(qtbot, database, "咨询医保报销")
    other_pc_answers(database, entry_id, "已电话答复")
    conflict_answers.answer = conflicts.KEEP_MINE
    write(dialog.texts["answer"], "当面解答")
    press_ok(qtbot, dialog)
    [shown] = conflict_answers.shown
    assert (shown.theirs["answer"], shown.mine["answer"]) == ("已电话答复", "当面解答")
    assert not dialog.isVisible()
    assert ops.rosters.log("get_entry", entry_id).answer == "当面解答"


def test_record_book_entry_take_theirs_and_cancel(qtbot, database, conflict_answers):
    ops, entry_id, dialog = entry_form(qtbot, database, "咨询医保报销")
    other_pc_answers(database, entry_id, "已电话答复")
    write(dialog.texts["answer"], "当面解答")
    press_ok(qtbot, dialog)  # Cancel: the typing stays, nothing is written
    assert dialog.isVisible() and dialog.texts["answer"].toPlainText() == "当面解答"
    assert ops.rosters.log("get_entry", entry_id).answer == "已电话答复"
    conflict_answers.answer = conflicts.TAKE_THEIRS
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.texts["answer"].toPlainText() == "已电话答复"
    press_ok(qtbot, dialog)  # theirs is now what the form was filled from: it saves without a question
    assert not dialog.isVisible() and len(conflict_answers.shown) == 2


def test_record_book_entry_deleted_meanwhile(qtbot, database, conflict_answers):
    ops, entry_id, dialog = entry_form(qtbot, database, "咨询医保报销")
    with database.session() as session:
        duty_log.delete_entry(session, entry_id)
    press_ok(qtbot, dialog)
    [shown] = conflict_answers.shown
    assert shown.deleted and dialog.isVisible()
    conflict_answers.answer = conflicts.SAVE_NEW
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert [e.matter for e in ops.rosters.log("list_entries", 2026, 11)] == ["咨询医保报销"]


# -- a volunteer post ---------------------------------------------------------------------------------
def test_post_keep_mine_and_take_theirs(qtbot, database, conflict_answers):
    from partyplan.posts import service as posts
    from partyplan.posts.service import PostData
    from partyplan.ui.posts.post_dialog import PostDialog

    ops = Operations(database)
    post_id = ops.posts.save_post(PostData("治安巡逻岗", skills="巡逻"))

    def form():  # type: ignore[no-untyped-def]
        dialog = PostDialog(ops.posts, ops.posts.post(post_id), ops.posts.people())
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    def other_pc(skills: str) -> None:
        with database.session() as session:
            posts.save_post(session, PostData("治安巡逻岗", skills=skills), post_id)

    dialog = form()
    other_pc("夜间巡逻")
    conflict_answers.answer = conflicts.TAKE_THEIRS
    write(dialog.skills, "消防")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.skills.text() == "夜间巡逻"
    assert conflict_answers.shown[-1].theirs["skills"] == "夜间巡逻"

    dialog = form()
    other_pc("白天巡逻")
    conflict_answers.answer = conflicts.KEEP_MINE
    write(dialog.skills, "消防")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible() and ops.posts.post(post_id).skills == "消防"
