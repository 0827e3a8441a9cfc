"""A person's form saved after another PC saved the same person: the user sees both and decides."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui import conflicts


def open_form(window, name: str, phone: str):  # type: ignore[no-untyped-def]
    person_id = window.ops.add_person(PersonData(name=name, phone=phone))
    window.show_tab("people")
    window.people_tab._select([person_id])
    return person_id, window.people_tab.edit_selected()


def other_pc_sets_phone(database, person_id: int, phone: str) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        data = people.get_person(session, person_id).data()
        data.phone = phone
        people.update_person(session, person_id, data)


def type_phone_and_save(qtbot, dialog, phone: str) -> None:  # type: ignore[no-untyped-def]
    dialog.edits["phone"].clear()
    dialog.edits["phone"].insert(phone)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def stored_phone(database, person_id: int) -> str:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return people.get_person(session, person_id).phone


def test_keep_mine_saves_over_the_other_pcs_change(qtbot, window, database, conflict_answers):
    person_id, dialog = open_form(window, "赵强", "13800000001")
    other_pc_sets_phone(database, person_id, "13900000002")
    conflict_answers.answer = conflicts.KEEP_MINE
    type_phone_and_save(qtbot, dialog, "13700000003")
    [shown] = conflict_answers.shown
    assert shown.theirs["phone"] == "13900000002" and shown.mine["phone"] == "13700000003"
    assert shown.changed_by and shown.changed_at is not None
    assert not dialog.isVisible()
    assert stored_phone(database, person_id) == "13700000003"


def test_take_theirs_fills_the_form_with_the_stored_person(qtbot, window, database, conflict_answers):
    person_id, dialog = open_form(window, "赵强", "13800000001")
    other_pc_sets_phone(database, person_id, "13900000002")
    conflict_answers.answer = conflicts.TAKE_THEIRS
    type_phone_and_save(qtbot, dialog, "13700000003")
    assert dialog.isVisible() and dialog.edits["phone"].text() == "13900000002"
    assert not dialog.has_changes(), "theirs is what is stored: nothing to lose"
    assert stored_phone(database, person_id) == "13900000002"


def test_cancel_keeps_the_typing_and_saves_nothing(qtbot, window, database, conflict_answers):
    person_id, dialog = open_form(window, "赵强", "13800000001")
    other_pc_sets_phone(database, person_id, "13900000002")
    type_phone_and_save(qtbot, dialog, "13700000003")
    assert dialog.isVisible() and dialog.edits["phone"].text() == "13700000003"
    assert stored_phone(database, person_id) == "13900000002"


def test_a_person_deleted_meanwhile_can_be_saved_as_new(qtbot, window, database, conflict_answers):
    person_id, dialog = open_form(window, "赵强", "13800000001")
    with database.session() as session:
        people.delete_or_archive(session, person_id)
    conflict_answers.answer = conflicts.SAVE_NEW
    type_phone_and_save(qtbot, dialog, "13700000003")
    [shown] = conflict_answers.shown
    assert shown.deleted and conflict_answers.offered_new == [True]
    assert not dialog.isVisible()
    assert [(p.name, p.phone) for p in window.ops.people()] == [("赵强", "13700000003")]


def test_the_dialog_shows_who_when_and_both_values(qtbot):
    import datetime as dt

    from partyplan.ui.operations import ConflictError

    exc = ConflictError("people", "7", "赵强", 1, 2, "li", dt.datetime(2026, 11, 20, 8, 30),
                        {"phone": "13700000003"}, {"phone": "13900000002"})
    dialog = conflicts.ConflictDialog(exc)
    qtbot.addWidget(dialog)
    assert "赵强" in dialog.message.text() and "li" in dialog.message.text()
    assert dialog.values() == [("Phone", "13900000002", "13700000003")]
    assert not dialog.keep.isHidden() and not dialog.take.isHidden() and dialog.save_new.isHidden()
    dialog.show()
    qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)
    assert dialog.answer == conflicts.KEEP_MINE and dialog.result() == dialog.DialogCode.Accepted

    gone = ConflictError("people", "7", "赵强", 1, None, "li", dt.datetime(2026, 11, 20, 8, 30), deleted=True)
    closing = conflicts.ConflictDialog(gone, can_save_new=False)
    qtbot.addWidget(closing)
    assert "deleted" in closing.message.text()
    assert closing.keep.isHidden() and closing.take.isHidden() and closing.save_new.isHidden()
    assert closing.cancel.text() == "Close"


def test_a_duplicate_and_an_unhandled_stale_save_are_plain_messages(qtbot, prompt_log, monkeypatch):
    import sys

    import pytest

    from partyplan.ui import data_safety
    from partyplan.ui.operations import ConflictError, DuplicateError

    def save_twice(_seen):  # type: ignore[no-untyped-def]
        raise DuplicateError("people", "uq_people_name_phone", ("name", "phone"))

    assert conflicts.save(None, save_twice, None) is conflicts.NOT_SAVED
    assert "already recorded" in prompt_log.warnings[-1] and "Nothing was saved" in prompt_log.warnings[-1]
    monkeypatch.setattr(sys, "excepthook", lambda *_a: pytest.fail("reached the crash handler"))
    data_safety.explain_read_only_writes()
    sys.excepthook(ConflictError, ConflictError("plan_items", ""), None)
    assert "was changed on another PC" in prompt_log.warnings[-1]
