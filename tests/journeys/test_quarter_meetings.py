"""Journey 3: the quarter's branch general meeting (支部党员大会), from the schedule to the plan.

The office has its party members and this year's plan. The meeting is planned for today, recorded as
held with two members on leave (and why), its minutes, a resolution put to the vote; the resolution
then becomes an item of the plan; the cadence check shows what else the year still owes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTableView

from partyplan.db.database import open_database
from partyplan.db.models import MeetingStatus, Presence, Role
from partyplan.meetings import service as meeting_service
from partyplan.people import service as people_service
from partyplan.people.validation import PersonData
from partyplan.plans import service as plan_service
from tests.journeys import drive

MEMBERS = ["张伟", "王芳", "李娜", "刘强", "陈静", "杨洋", "赵磊", "黄敏"]
ON_LEAVE = {"刘强": "外出务工", "黄敏": "住院治疗"}
PLACE = "社区党群服务中心会议室"
MINUTES = "书记通报第四季度工作；党员讨论辖区环境整治方案。"
RESOLUTION = "每月第一个周六组织党员志愿者开展环境整治"
SECTION = "开展志愿服务"
GENERAL_MEETING = {"zh_CN": "支部党员大会", "en": "Branch general meeting"}
COMMITTEE = {"zh_CN": "支委会", "en": "Branch committee meeting"}


@pytest.fixture
def seed(db_location, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Eight party members (two of them cadres) and this year's plan, entered earlier in the year."""
    db = open_database(db_location, backup_dir=tmp_path / "seed-backups")
    with db.session() as session:
        for n, name in enumerate(MEMBERS):
            roles = {Role.PARTY_MEMBER, Role.CADRE} if n < 2 else {Role.PARTY_MEMBER}
            people_service.add_person(session, PersonData(name=name, roles=roles, joined_date=dt.date(2000 + n, 7, 1)))
        year = dt.date.today().year
        plan = plan_service.create_plan(session, plan_service.PlanData(title=f"{year}年党建工作计划", year=year))
        for title in ("加强政治理论学习", SECTION):
            plan_service.add_section(session, plan, title)
    db.close()


def test_the_quarters_general_meeting_held_voted_and_planned(qtbot, window, store, language):
    today = dt.date.today()
    schedule = drive.visit(window, "Meetings", "Schedule")

    # -- plan it ---------------------------------------------------------------------------------------
    drive.press(schedule, "Plan meeting...")
    planned = drive.wait_dialog(qtbot, title="Plan a meeting")
    drive.choose(drive.field(planned, "Type *", QComboBox), GENERAL_MEETING[language])
    assert drive.field(planned, "Date *").date().toPython() == today
    drive.type_text(drive.field(planned, "Place", QLineEdit), PLACE)
    drive.choose(drive.field(planned, "Chair", QComboBox), "张伟")
    drive.finish(qtbot, planned)
    with store.session() as session:
        [meeting] = meeting_service.list_meetings(session, today.year)
    assert (meeting.type_name, meeting.planned_on, meeting.status, meeting.place) == (
        "支部党员大会", today, MeetingStatus.PLANNED, PLACE)

    # -- record it: minutes, who was on leave and why, a resolution put to the vote -----------------
    drive.select_row(drive.named(schedule, QTableView, "meetings_table"), GENERAL_MEETING[language], column=1)
    drive.press(schedule, "Record...")
    record = drive.wait_dialog(qtbot, title="Record meeting")
    drive.type_text(drive.field(record, "Minutes", QPlainTextEdit), MINUTES)
    drive.tab(record, "Attendance")
    attendance = drive.named(record, QTableView, "attendance_table")
    assert sorted(drive.rows(attendance)) == sorted(MEMBERS)
    for name, reason in ON_LEAVE.items():
        drive.edit_cell(attendance, drive.rows(attendance).index(name), 1, choice="On leave")
        drive.edit_cell(attendance, drive.rows(attendance).index(name), 2, text=reason)
    summary = drive.named(record, QLabel, "attendance_summary")
    assert drive.matches(summary.text(), "Expected %1 · present %2 · on leave %3 · absent %4 · attendance %5 · "
                                         "voting members present %6 of %7")
    drive.tab(record, "Resolutions and votes")
    drive.press(record, "Add...")
    resolution = drive.wait_dialog(qtbot, title="Resolution")
    drive.type_text(drive.field(resolution, "Resolution *", QPlainTextEdit), RESOLUTION)
    vote = drive.find(resolution, QGroupBox, "Put to a vote")
    if not vote.isChecked():
        vote.setFocus()
        QTest.keyClick(vote, Qt.Key.Key_Space)
    assert vote.isChecked()
    votes_for, against, abstaining = drive.fields(resolution, "For", QSpinBox)
    drive.type_text(votes_for, "5")
    drive.type_text(abstaining, "1")
    drive.finish(qtbot, resolution)
    drive.finish(qtbot, record)
    with store.session() as session:
        detail = meeting_service.load_meeting(session, meeting.id)
    assert detail.row.status is MeetingStatus.HELD and detail.minutes == MINUTES
    leave = {a.name: a.reason for a in detail.attendees if a.presence is Presence.LEAVE}
    assert leave == ON_LEAVE
    [voted] = detail.resolutions
    assert (voted.text, voted.voted, voted.votes_for, voted.abstentions, voted.passed) == (RESOLUTION, True, 5, 1, True)

    # -- the resolution becomes an item of the plan ----------------------------------------------------
    drive.select_row(drive.named(schedule, QTableView, "meetings_table"), GENERAL_MEETING[language], column=1)
    drive.press(schedule, "Record...")
    record = drive.wait_dialog(qtbot, title="Record meeting")
    drive.tab(record, "Resolutions and votes")
    drive.select_row(drive.named(record, QTableView, "resolutions_table"), RESOLUTION)

    def into_section(chooser) -> None:  # type: ignore[no-untyped-def]
        combo = drive.shown(chooser, QComboBox)[0]
        drive.choose(combo, next(combo.itemText(i) for i in range(combo.count()) if SECTION in combo.itemText(i)))
        drive.ok(chooser)

    with drive.answer(drive.ok, title="Make a plan item"), drive.answer(into_section, kind=QDialog,
                                                                        title="Make a plan item"):
        drive.press(record, "Make a plan item...")
    assert not drive.button(record, "Make a plan item...").isEnabled()
    drive.finish(qtbot, record)
    with store.session() as session:
        [plan] = plan_service.list_plans(session)
        tree = plan_service.load_tree(session, plan.id)
    section = next(s for s in tree.sections if s.title == SECTION)
    assert [item.title for item in section.items] == [RESOLUTION]

    # -- the cadence check: this quarter's general meeting is held, the committee's months are not ----
    check = drive.visit(window, "Meetings", "Cadence check")
    problems = drive.named(check, QTableView, "check_problems")
    types, periods = drive.rows(problems, 1), drive.rows(problems, 0)
    quarter = (today.month - 1) // 3 + 1
    this_quarter = drive.translate("MeetingTexts", "Q%1 %2").replace("%1", str(quarter)).replace("%2", str(today.year))
    assert this_quarter not in [p for t, p in zip(types, periods) if t == GENERAL_MEETING[language]]
    if today.month > 1:  # in January no month of the year has ended yet
        assert COMMITTEE[language] in types, "the branch committee met in no month so far: the check must say so"
