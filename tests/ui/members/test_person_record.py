"""The member record in the person dialog: 民族, 职业, 转正日期 and 党内职务 appear only for a party member,
are saved with the person, and a refusal is shown at its field with the service's reason while nothing
is saved (a new person is not half added)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import Occupation, Role
from partyplan.members import records
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.operations import Operations
from partyplan.ui.people.person_dialog import RECORD_FIELDS, PersonDialog

D = dt.date


@pytest.fixture
def ops(database, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    return Operations(database)


def open_dialog(qtbot, ops, person_id: int | None = None) -> PersonDialog:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(ops, ops.person(person_id) if person_id else None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_into(dialog: PersonDialog, field: str, text: str) -> None:
    edit = dialog.edits[field]
    edit.clear()
    edit.setFocus()
    edit.insert(text)


def ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_record_fields_show_only_for_a_party_member(qtbot, ops):
    dialog = open_dialog(qtbot, ops)
    assert all(not dialog._rows[name].isVisible() for name in RECORD_FIELDS)
    dialog.role_boxes[Role.PARTY_MEMBER].click()
    assert all(dialog._rows[name].isVisible() for name in RECORD_FIELDS)
    assert dialog._labels["ethnicity"].text() == "Ethnicity"


def test_a_new_member_is_saved_with_the_record(qtbot, ops, database):
    dialog = open_dialog(qtbot, ops)
    type_into(dialog, "name", "陈丽华")
    type_into(dialog, "joined_date", "2001-07-01")
    dialog.role_boxes[Role.PARTY_MEMBER].click()
    dialog.ethnicity.setFocus()
    dialog.ethnicity.lineEdit().setText("回")
    dialog.occupation.setCurrentIndex(dialog.occupation.findData("professional"))
    type_into(dialog, "full_member_date", "2002-07-01")
    type_into(dialog, "party_post", "组织委员")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    with database.session() as s:
        (person,) = people.list_people(s)
        record = records.stored_record(s, person.id)
    assert record == records.RecordData("回族", Occupation.PROFESSIONAL, D(2002, 7, 1), "组织委员")


def test_a_refused_record_is_shown_at_its_field_and_nothing_is_saved(qtbot, ops, database):
    dialog = open_dialog(qtbot, ops)
    type_into(dialog, "name", "陈丽华")
    type_into(dialog, "joined_date", "2001-07-01")
    dialog.role_boxes[Role.PARTY_MEMBER].click()
    dialog.ethnicity.lineEdit().setText("火星")
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["ethnicity"].text() == "Not one of the 56 nationalities (e.g. 汉族, 回族, 壮族)."
    with database.session() as s:
        assert people.list_people(s) == [], "the person is not half added"
    dialog.ethnicity.lineEdit().setText("汉族")
    type_into(dialog, "full_member_date", "2000-07-01")
    ok(qtbot, dialog)
    assert dialog.isVisible() and not dialog.errors["full_member_date"].isHidden()
    assert dialog.errors["full_member_date"].text() == "Full membership cannot come before joining the party."
    assert dialog.errors["ethnicity"].isHidden()
    type_into(dialog, "full_member_date", "2002-7-1")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    with database.session() as s:
        (person,) = people.list_people(s)
        assert records.stored_record(s, person.id).full_member_date == D(2002, 7, 1)


def test_editing_shows_the_stored_record_and_a_non_member_needs_none(qtbot, ops, database):
    with database.session() as s:
        member = people.add_person(s, PersonData("李强", roles={Role.PARTY_MEMBER}, joined_date=D(1995, 7, 1)))
        records.save_record(s, member, records.RecordData("壮族", Occupation.RETIRED, None, "支部书记"))
        resident = people.add_person(s, PersonData("张敏", roles={Role.VOLUNTEER}))
    dialog = open_dialog(qtbot, ops, member)
    assert dialog.ethnicity.currentText() == "壮族" and dialog.edits["party_post"].text() == "支部书记"
    assert dialog.occupation.currentData() == "retired" and dialog.edits["full_member_date"].text() == ""
    type_into(dialog, "party_post", "支部副书记")
    ok(qtbot, dialog)
    with database.session() as s:
        assert records.stored_record(s, member).party_post == "支部副书记"
    other = open_dialog(qtbot, ops, resident)
    type_into(other, "phone", "13812345678")
    ok(qtbot, other)
    assert not other.isVisible(), "no record is asked of someone who is not a party member"
