"""A meeting's record (its attendance and votes) and an evaluation line saved over another PC's save."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.enums import Grade
from partyplan.meetings import evaluation, service
from partyplan.ui import conflicts
from partyplan.ui.meetings.tab import MeetingsTab
from partyplan.ui.operations import Operations

from meetings import TODAY, make_office  # tests/meetings: the same small office


@pytest.fixture
def tab(qtbot, qapp, database, prompt_log):  # type: ignore[no-untyped-def]
    with database.session() as s:
        make_office(s)
    i18n.install("en")
    widget = MeetingsTab(Operations(database))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_year(2026, TODAY)
    widget.show()
    return widget


def open_record(tab, prompt_log):  # type: ignore[no-untyped-def]
    prompt_log.confirm_answer = True
    tab.schedule.buttons["generate"].click()
    ids = {t.id for t in tab.meetings.types() if t.key == "general_meeting"}
    meeting = next(r for r in tab.schedule.model.rows if r.type_id in ids and r.planned_on.month == 11)
    tab.schedule.select_meeting(meeting.id)
    tab.schedule.buttons["record"].click()
    return meeting.id, tab.schedule.actions.dialog


def stored_place(database, meeting_id: int) -> str:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return service.load_meeting(s, meeting_id).row.place


def test_a_meeting_recorded_on_two_pcs(tab, prompt_log, database, conflict_answers):
    meeting_id, dialog = open_record(tab, prompt_log)
    with database.session() as s:  # another PC records the same meeting first
        service.record_meeting(s, meeting_id, dataclasses.replace(dialog.data(), place="党群服务中心"), TODAY)
    dialog.place.setText("居委会会议室")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    conflict_answers.answer = conflicts.TAKE_THEIRS
    save.click()
    [shown] = conflict_answers.shown
    assert (shown.theirs["place"], shown.mine["place"]) == ("党群服务中心", "居委会会议室")
    assert dialog.isVisible() and dialog.place.text() == "党群服务中心"
    assert not dialog.has_changes()

    with database.session() as s:
        service.record_meeting(s, meeting_id, dataclasses.replace(dialog.data(), place="社区礼堂"), TODAY)
    dialog.place.setText("居委会会议室")
    conflict_answers.answer = conflicts.KEEP_MINE
    save.click()
    assert not dialog.isVisible() and stored_place(database, meeting_id) == "居委会会议室"


def test_an_evaluation_line_graded_on_two_pcs(tab, prompt_log, database, conflict_answers):
    page = tab.evaluation
    tab.pages.setCurrentWidget(page)
    prompt_log.answers = [2026]
    page.buttons["new"].click()
    n, row = next((n, r) for n, r in enumerate(page.model.rows) if not r.probationary)
    evaluation_id = page.result.evaluation.id
    with database.session() as s:
        evaluation.set_grade(s, evaluation_id, row.person_id, Grade.BASIC)

    def stored() -> Grade | None:
        with database.session() as s:
            return next(r.grade for r in evaluation.results(s, evaluation_id).rows if r.person_id == row.person_id)

    page.model.setData(page.model.index(n, 6), Grade.QUALIFIED.value)  # Cancel
    assert conflict_answers.shown[-1].theirs["grade"] == "basic" and stored() is Grade.BASIC
    assert page.model.index(n, 6).data() == "Basically qualified", "the line shows what is stored"
    with database.session() as s:
        evaluation.set_grade(s, evaluation_id, row.person_id, Grade.UNQUALIFIED)
    conflict_answers.answer = conflicts.KEEP_MINE
    page.model.setData(page.model.index(n, 6), Grade.QUALIFIED.value)
    assert len(conflict_answers.shown) == 2 and conflict_answers.shown[-1].theirs["grade"] == "unqualified"
    assert stored() is Grade.QUALIFIED


def test_a_meeting_edited_on_two_pcs(tab, prompt_log, database, conflict_answers):
    from partyplan.ui.meetings.meeting_dialog import MeetingDialog

    prompt_log.confirm_answer = True
    tab.schedule.buttons["generate"].click()
    row = tab.schedule.model.rows[0]
    dialog = MeetingDialog(tab.meetings, tab.meetings.meeting(row.id), year=2026)
    dialog.show()
    with database.session() as s:  # another PC moves the meeting's place first
        detail = service.load_meeting(s, row.id)
        theirs = dataclasses.replace(dialog.data(), place="党群服务中心")
        service.update_meeting(s, row.id, theirs)
    dialog.place.setText("居委会会议室")
    conflict_answers.answer = conflicts.TAKE_THEIRS
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert conflict_answers.shown[-1].theirs["place"] == "党群服务中心" and detail.row.id == row.id
    assert dialog.isVisible() and dialog.place.text() == "党群服务中心"
    assert dialog.type.count() == len({t.id for t in tab.meetings.types()}), "the types are not listed twice"
    dialog.place.setText("居委会会议室")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # filled from theirs: saved at once
    assert not dialog.isVisible() and stored_place(database, row.id) == "居委会会议室"
    dialog.deleteLater()
