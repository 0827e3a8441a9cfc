"""The Meetings tab as staff use it: generate the year, record a meeting with attendance and a vote,
read the cadence check, record talks, run an evaluation, edit meeting types, export papers."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import Cadence, Grade, MeetingStatus, Presence
from partyplan.meetings import service, types
from partyplan.meetings.service import RecordData
from partyplan.ui.meetings.models import ID_ROLE
from partyplan.ui.meetings.tab import MeetingsTab
from partyplan.ui.operations import Operations

from meetings import TODAY, make_office  # tests/meetings: the same small office


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        return make_office(s)


@pytest.fixture
def tab(qtbot, qapp, database, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    widget = MeetingsTab(Operations(database))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_year(2026, TODAY)
    widget.show()
    yield widget
    i18n.install("en")


def rows_of(tab, type_key: str):  # type: ignore[no-untyped-def]
    ids = {t.id for t in tab.meetings.types() if t.key == type_key}
    return [r for r in tab.schedule.model.rows if r.type_id in ids]


def generate(tab, prompt_log) -> None:  # type: ignore[no-untyped-def]
    prompt_log.confirm_answer = True
    tab.schedule.buttons["generate"].click()


def test_opening_seeds_types_and_generating_plans_the_year(tab, prompt_log):
    assert tab.types.model.rowCount() == len(types.DEFAULT_TYPES)
    assert tab.schedule.model.rowCount() == 0
    generate(tab, prompt_log)
    assert prompt_log.infos[-1].startswith("Meetings planned: 59")
    assert tab.schedule.model.rowCount() == 59
    generate(tab, prompt_log)
    assert prompt_log.infos[-1].startswith("Meetings planned: 0; periods that already had their meeting: 59")
    tab.schedule.status_filter.setCurrentIndex(tab.schedule.status_filter.findData("held"))
    assert tab.schedule.proxy.rowCount() == 0
    tab.schedule.status_filter.setCurrentIndex(0)
    tab.schedule.month_filter.setCurrentIndex(tab.schedule.month_filter.findData(2))
    assert tab.schedule.proxy.rowCount() == 8  # three monthly, four quarterly (planned mid-quarter), the symposium


def test_record_a_meeting_with_attendance_and_votes(tab, prompt_log, office, database):
    generate(tab, prompt_log)
    meeting = next(r for r in rows_of(tab, "general_meeting") if r.planned_on.month == 11)
    tab.schedule.select_meeting(meeting.id)
    tab.schedule.buttons["record"].click()
    dialog = tab.schedule.actions.dialog
    model = dialog.attendance_model
    assert model.rowCount() == len(office.party), "the type's group is filled in"
    row = next(n for n, r in enumerate(model.rows) if r.person_id == office.members[0])
    model.setData(model.index(row, 1), Presence.LEAVE.value)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.attendance
    assert "reason" in dialog.attendance.error.text()
    model.setData(model.index(row, 2), "出差")
    assert "present 9" in dialog.attendance.summary.text() and "voting members present 8 of 9" in dialog.attendance.summary.text()
    resolution = dialog.add_resolution()
    resolution.text.setPlainText("同意接收预备党员")
    resolution.vote_box.setChecked(True)
    resolution.counts["for"].setValue(7)
    resolution.counts["against"].setValue(2)
    assert resolution.error.isVisible() and "9 votes but only 8" in resolution.error.text()
    resolution.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert resolution.isVisible(), "an impossible tally is refused"
    resolution.counts["against"].setValue(1)
    assert "Result: Passed" in resolution.result.text()
    resolution.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not resolution.isVisible()
    assert dialog.resolutions_model.index(0, 4).data() == "Passed"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    with database.session() as s:
        detail = service.load_meeting(s, meeting.id)
    assert detail.row.status is MeetingStatus.HELD and detail.resolutions[0].passed is True
    assert (detail.row.attendance.present, detail.row.attendance.leave) == (9, 1)
    summary = tab.schedule.summary.label.text()
    assert "Present 9 of 10 (90%)" in summary and "Passed" in summary


def test_a_failed_vote_shows_why(tab, prompt_log, office):
    generate(tab, prompt_log)
    meeting = next(r for r in rows_of(tab, "general_meeting") if r.planned_on.month == 11)
    tab.schedule.select_meeting(meeting.id)
    dialog = tab.schedule.actions.record_selected()
    dialog.attendance_model.set_all(Presence.ABSENT)
    for n in range(4):
        dialog.attendance_model.setData(dialog.attendance_model.index(n, 1), Presence.PRESENT.value)
    resolution = dialog.add_resolution()
    resolution.text.setPlainText("调整支委分工")
    resolution.vote_box.setChecked(True)
    resolution.counts["for"].setValue(4)
    assert "no quorum" in resolution.result.text()
    resolution.accept()
    assert dialog.resolutions_model.index(0, 4).data() == "Not passed: no quorum"


def test_cadence_check_shows_a_missing_quarterly_meeting(tab, prompt_log, database):
    generate(tab, prompt_log)
    with database.session() as s:
        kinds = {t.key: t.id for t in types.list_types(s)}
        for meeting in service.list_meetings(s, 2026, type_id=kinds["general_meeting"])[:3:2]:  # Q1 and Q3
            service.record_meeting(s, meeting.id, RecordData(meeting.planned_on), today=TODAY)
    tab.reload()
    check = tab.check
    general_row = next(n for n in range(check.matrix_model.rowCount())
                       if check.matrix_model.index(n, 0).data() == "Branch general meeting")
    assert [check.matrix_model.index(general_row, c).data() for c in range(2, 7)] == ["1/1", "0/1", "1/1", "0/1", "2/4"]
    assert check.matrix_model.index(general_row, 3).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d7da"
    problems = [(check.problems_model.index(n, 0).data(), check.problems_model.index(n, 1).data(),
                 check.problems_model.index(n, 2).data()) for n in range(check.problems_model.rowCount())]
    assert ("Q2 2026", "Branch general meeting", "Missing") in problems
    assert ("Q4 2026", "Branch general meeting", "Overdue") in problems
    assert "missing" in check.headline.text()
    i18n.install("zh_CN")  # a meeting not held in its period is 未按期召开, as the office says it
    zh = [check.problems_model.index(r, 2).data() for r in range(check.problems_model.rowCount())]
    assert "未按期召开" in zh and "未按期召开" in check.headline.text() and "缺开" not in check.headline.text()
    assert tab.types.model.headerData(0, Qt.Orientation.Horizontal) == "名称", "a type has a name (名称), not 姓名"
    i18n.install("en")
    n = problems.index(("Q2 2026", "Branch general meeting", "Missing"))
    check.problems.selectRow(n)
    check.open_button.click()
    assert tab.pages.currentWidget() is tab.schedule
    assert type(tab.schedule.actions.dialog).__name__ == "RecordMeetingDialog"
    tab.schedule.actions.dialog.reject()


def test_calendar_view_shows_the_month(tab, prompt_log):
    generate(tab, prompt_log)
    schedule = tab.schedule
    schedule.show_calendar(True)
    schedule.set_month(11)
    index = next(schedule.month_model.index(r, c) for r in range(6) for c in range(7)
                 if schedule.month_model.index(r, c).data(ID_ROLE) is not None)
    assert "○" in index.data() and "\n" in index.data()
    schedule.calendar.setCurrentIndex(index)
    assert schedule.selected_id() == index.data(ID_ROLE)
    assert schedule.summary.detail is not None


def test_talks_and_members_not_talked_to(tab, office):
    page = tab.talks
    before = page.gaps_model.rowCount()
    assert before == len(office.party)
    page.gaps.selectRow(0)
    member = page.gaps_model.index(0, 0).data(ID_ROLE)
    dialog = page.talk_with_selected()
    dialog.cadre.setCurrentIndex(dialog.cadre.findData(member))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.errors["member"].isVisible()
    dialog.cadre.setCurrentIndex(dialog.cadre.findData(office.cadres[0] if member != office.cadres[0]
                                                       else office.cadres[1]))
    dialog.topic.setPlainText("近况")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert page.model.rowCount() == 1 and page.gaps_model.rowCount() == before - 1
    assert str(before - 1) in page.gap_count.text()


def test_evaluation_by_tallies_and_ballots(tab, prompt_log, office):
    page = tab.evaluation
    tab.pages.setCurrentWidget(page)
    prompt_log.answers = [2026]
    page.buttons["new"].click()
    assert page.model.rowCount() == len(office.party)
    assert page.hint.isVisible() and "“Count ballots one by one...”" in page.hint.text(), \
        "how the tallies are entered is on screen, naming the button as it reads"
    page.ballots.setValue(9)
    page.ballots.editingFinished.emit()
    graded = [n for n, r in enumerate(page.model.rows) if not r.probationary]
    for n in graded[:4]:  # four of nine with most ballots for excellent: over a third
        assert page.model.setData(page.model.index(n, 1), "6")
    for n in graded[4:]:
        assert page.model.setData(page.model.index(n, 2), "8")
    assert page.model.index(graded[0], 1).data() == "6  (67%)"
    page.buttons["apply"].click()  # the fourth is held back by the cap of 9 // 3 = 3; the reason is asked
    held = page.model.rows[graded[3]]
    assert held.grade is None and page.dialog.objectName() == "over_cap_dialog"
    assert "grade 4 of 9 members “excellent”; the office's cap of 1/3 allows 3" in page.dialog.message.text()
    page.dialog.reason.setPlainText("四人均获市级表彰")
    page.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.warning.isVisible() and "over the office's cap of 1/3" in page.warning.text()
    assert "Reason recorded: 四人均获市级表彰" in page.warning.text()
    assert page.model.index(graded[0], 6).data() == "Excellent"
    probationary = next(n for n, r in enumerate(page.model.rows) if r.probationary)
    assert not page.model.flags(page.model.index(probationary, 1)) & Qt.ItemFlag.ItemIsEditable
    assert page.model.index(probationary, 6).data() == "not graded"
    assert page.model.setData(page.model.index(graded[0], 1), "12")  # more than the ballots: refused
    assert prompt_log.errors and "more than the ballots" in prompt_log.errors[-1]
    page.model.setData(page.model.index(graded[0], 6), Grade.QUALIFIED.value)
    assert not page.warning.isVisible()
    ballots = page.count_ballots()
    ballots.model.setData(ballots.model.index(0, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ballots.count_ballot() and ballots.counted == 1
    assert page.ballots.value() == 10


def test_add_a_meeting_type_with_field_errors(tab):
    page = tab.types
    dialog = page.add_type()
    dialog.name.setText("安全例会")
    dialog.cadence.setCurrentIndex(dialog.cadence.findData(Cadence.MONTHS.value))
    dialog.months.setText("3, 15")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.errors["months"].isVisible()
    dialog.months.setText("3, 9")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert any(r.name == "安全例会" and r.months == (3, 9) for r in page.model.rows)


def test_export_minutes_and_register(tab, prompt_log, database, tmp_path, settle):
    generate(tab, prompt_log)
    meeting = rows_of(tab, "branch_committee")[0]
    with database.session() as s:
        service.record_meeting(s, meeting.id, RecordData(meeting.planned_on, minutes="会议内容"), today=TODAY)
    tab.reload()
    tab.schedule.select_meeting(meeting.id)
    out = tmp_path / "minutes"
    prompt_log.files = [str(out)]
    tab.schedule.actions.export_minutes()
    settle()
    assert Document(str(out) + ".docx").paragraphs[0].text == "支委会记录"
    prompt_log.files = [str(tmp_path / "register.xlsx")]
    tab.schedule.actions.export_register()
    settle()
    assert (tmp_path / "register.xlsx").exists() and "register.xlsx" in prompt_log.infos[-1]
    later = rows_of(tab, "branch_committee")[-1]
    tab.schedule.select_meeting(later.id)
    tab.schedule.actions.export_minutes()
    settle()
    assert "Record the meeting first" in prompt_log.infos[-1]


def test_status_changes_through_the_menu_actions(tab, prompt_log):
    generate(tab, prompt_log)
    meeting = rows_of(tab, "party_lecture")[-1]
    tab.schedule.select_meeting(meeting.id)
    prompt_log.answers = [dt.date(2026, 12, 1)]
    tab.schedule.actions.set_status(MeetingStatus.POSTPONED)
    moved = next(r for r in tab.schedule.model.rows if r.id == meeting.id)
    assert moved.status is MeetingStatus.POSTPONED and moved.planned_on == dt.date(2026, 12, 1)
    value, earliest, latest = prompt_log.offered[-1]
    assert earliest == meeting.planned_on + dt.timedelta(days=1) and value == meeting.planned_on + dt.timedelta(days=7)
    assert latest == dt.date(meeting.planned_on.year + 1, 12, 31)
    tab.schedule.actions.set_status(MeetingStatus.POSTPONED)  # Cancel in the picker: nothing changes
    assert next(r for r in tab.schedule.model.rows if r.id == meeting.id).planned_on == dt.date(2026, 12, 1)


def test_switching_to_chinese_shows_chinese_type_names(tab, prompt_log):
    generate(tab, prompt_log)
    column = tab.schedule.model.columns.index("type")
    assert tab.schedule.model.index(0, column).data() == "Branch committee meeting"
    i18n.install("zh_CN")
    assert tab.schedule.model.index(0, column).data() == "支委会"


def test_models_pass_model_tester(qtmodeltester, tab, prompt_log):
    generate(tab, prompt_log)
    for model in (tab.schedule.model, tab.schedule.month_model, tab.check.matrix_model, tab.check.problems_model,
                  tab.talks.gaps_model, tab.types.model):
        qtmodeltester.check(model)


def test_a_held_meeting_and_a_resolution_show_on_the_plans_tab_at_once(qtbot, tab, database, office):
    """The meeting services note when they change the year's plan (a held meeting does its item's work, a
    resolution becomes an item); the operations layer then announces Plans as well, so the Plans tab
    beside the Meetings tab shows it without a reload."""
    from partyplan.plans import service as plans
    from partyplan.plans.service import PlanData
    from partyplan.ui.plans.tab import PlansTab

    kinds = {t.key: t.id for t in tab.meetings.types()}
    with database.session() as s:
        plan_id = plans.create_plan(s, PlanData(year=2026, title="2026年工作计划"))
        section = plans.add_section(s, plan_id, "民主议事", number="三")
        item = plans.add_item(s, section, "召开加装电梯听证会", number="1")
        hearing = service.create_meeting(s, service.MeetingData(kinds["hearing"], dt.date(2026, 7, 16),
                                                                plan_item_id=item))
        committee = service.create_meeting(s, service.MeetingData(kinds["branch_committee"], dt.date(2026, 11, 9)))
    plans_tab = PlansTab(tab.ops)
    qtbot.addWidget(plans_tab)

    def status(key: tuple[str, int]) -> str | None:
        index = plans_tab.model.index_of(key)
        return plans_tab.model.index(index.row(), 3, index.parent()).data() if index.isValid() else None

    assert status(("item", item)) == "Not started"
    tab.meetings.record(hearing, RecordData(dt.date(2026, 7, 16)), today=TODAY)
    assert status(("item", item)) == "Done"
    tab.meetings.record(committee, RecordData(dt.date(2026, 11, 9), resolutions=(
        service.ResolutionData("年底前完成困难党员慰问", office.cadres[1], dt.date(2026, 12, 20)),)), today=TODAY)
    resolution = tab.meetings.meeting(committee).resolutions[0]
    made = tab.meetings.resolution_to_plan_item(resolution.id, section)
    assert status(("item", made)) == "Not started"
