"""Planning and recording meetings: attendance and its rate, minutes, resolutions, links to the plan."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import ItemStatus, MeetingStatus, Presence, Recurrence
from partyplan.meetings import InvalidMeeting, plan_links, service, types
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.plans import service as plans
from partyplan.plans.service import PlanData

from . import TODAY, make_office


@pytest.fixture
def setup(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        types.seed_default_types(s)
        office = make_office(s)
        kinds = {t.key: t.id for t in types.list_types(s)}
    return office, kinds


def test_default_attendees_follow_the_types_group(database, setup):
    office, kinds = setup
    with database.session() as s:
        committee = service.default_attendees(s, kinds["branch_committee"], TODAY)
        general = service.default_attendees(s, kinds["general_meeting"], TODAY)
        briefing = service.default_attendees(s, kinds["briefing"], TODAY)
        chosen = service.default_attendees(s, kinds["symposium"], TODAY)
    assert {a.person_id for a in committee} == set(office.cadres)
    assert {a.person_id for a in general} == set(office.party)
    assert {a.person_id for a in briefing} == set(office.party + office.reps)
    assert chosen == []
    votes = {a.person_id: a.can_vote for a in general}
    assert votes[office.probationary] is False and sum(votes.values()) == len(office.party) - 1


def test_record_attendance_minutes_and_resolutions(database, setup):
    office, kinds = setup
    with database.session() as s:
        meeting_id = service.create_meeting(s, MeetingData(kinds["party_group"], dt.date(2026, 11, 10),
                                                           place="社区会议室"))
        attendees = [AttendeeData(p) for p in office.party]
        attendees[1] = AttendeeData(office.party[1], Presence.LEAVE, "出差")
        attendees[2] = AttendeeData(office.party[2], Presence.ABSENT)
        service.record_meeting(s, meeting_id, RecordData(
            dt.date(2026, 11, 11), dt.time(14, 30), "党群服务中心", office.cadres[0], office.cadres[1],
            "学习党章\n交流体会", "会议由张书记主持。", tuple(attendees),
            (ResolutionData("走访困难党员", office.cadres[2], dt.date(2026, 12, 31)),)), today=TODAY)
        detail = service.load_meeting(s, meeting_id)
        rows = service.list_meetings(s, 2026)
    row = detail.row
    assert row.status is MeetingStatus.HELD and row.held_on == dt.date(2026, 11, 11) and row.day == row.held_on
    assert (row.place, row.chair_name, detail.recorder_name) == ("党群服务中心", "张书记", "李委员")
    a = row.attendance
    assert (a.expected, a.present, a.leave, a.absent) == (10, 8, 1, 1)
    assert a.rate == pytest.approx(0.8)
    leave = next(x for x in detail.attendees if x.presence is Presence.LEAVE)
    assert (leave.name, leave.reason) == ("李委员", "出差")
    assert detail.resolutions[0].text == "走访困难党员" and detail.resolutions[0].responsible_name == "王委员"
    assert detail.resolutions[0].passed is None and detail.minutes == "会议由张书记主持。"
    assert rows[0].attendance.rate == pytest.approx(0.8) and rows[0].resolutions == 1


def test_recording_again_keeps_resolution_ids(database, setup):
    office, kinds = setup
    with database.session() as s:
        meeting_id = service.create_meeting(s, MeetingData(kinds["branch_committee"], TODAY))
        service.record_meeting(s, meeting_id, RecordData(TODAY, resolutions=(ResolutionData("甲"), ResolutionData("乙"))),
                               today=TODAY)
        first = service.load_meeting(s, meeting_id).resolutions
        again = (ResolutionData("乙（修改）", id=first[1].id), ResolutionData("丙"))
        service.record_meeting(s, meeting_id, RecordData(TODAY, resolutions=again), today=TODAY)
        second = service.load_meeting(s, meeting_id).resolutions
    assert [r.text for r in second] == ["乙（修改）", "丙"] and second[0].id == first[1].id


@pytest.mark.parametrize(("make", "field", "code", "row"), [
    (lambda office: RecordData(None), "held_on", "required", None),
    (lambda office: RecordData(TODAY + dt.timedelta(days=1)), "held_on", "future", None),
    (lambda office: RecordData(TODAY, attendees=(AttendeeData(office.members[0]),
                                                 AttendeeData(office.members[1], Presence.LEAVE, "  "))),
     "attendees", "leave_reason", 1),
    (lambda office: RecordData(TODAY, resolutions=(ResolutionData("", voted=True),)), "resolutions", "required", 0),
])
def test_bad_records_are_refused_with_the_field(database, setup, make, field, code, row):
    office, kinds = setup
    with database.session() as s:
        meeting_id = service.create_meeting(s, MeetingData(kinds["party_group"], TODAY))
        with pytest.raises(InvalidMeeting) as caught:
            service.record_meeting(s, meeting_id, make(office), today=TODAY)
    assert (caught.value.field, caught.value.code, caught.value.row) == (field, code, row)


def test_status_postpone_cancel_and_hold_only_by_recording(database, setup):
    _office, kinds = setup
    with database.session() as s:
        meeting_id = service.create_meeting(s, MeetingData(kinds["party_lecture"], dt.date(2026, 12, 8)))
        service.set_status(s, meeting_id, MeetingStatus.POSTPONED, dt.date(2026, 12, 15))
        row = service.load_meeting(s, meeting_id).row
        assert (row.status, row.planned_on) == (MeetingStatus.POSTPONED, dt.date(2026, 12, 15))
        with pytest.raises(InvalidMeeting):
            service.set_status(s, meeting_id, MeetingStatus.HELD)
        service.set_status(s, meeting_id, MeetingStatus.CANCELLED)
        assert service.list_meetings(s, 2026, status=MeetingStatus.CANCELLED)[0].id == meeting_id


def _plan(session):  # type: ignore[no-untyped-def]
    plan_id = plans.create_plan(session, PlanData(year=2026, title="2026年工作计划"))
    section = plans.add_section(session, plan_id, "民主议事", number="三")
    once = plans.add_item(session, section, "召开加装电梯听证会", number="1")
    quarterly = plans.add_item(session, section, "每季度召开情况通报会", number="2", recurrence=Recurrence.QUARTERLY)
    return plan_id, section, once, quarterly


def test_a_held_meeting_fulfils_its_plan_item(database, setup):
    _office, kinds = setup
    with database.session() as s:
        plan_id, _section, once, quarterly = _plan(s)
        hearing = service.create_meeting(s, MeetingData(kinds["hearing"], dt.date(2026, 7, 16), plan_item_id=once))
        service.record_meeting(s, hearing, RecordData(dt.date(2026, 7, 16)), today=TODAY)
        briefing = service.create_meeting(s, MeetingData(kinds["briefing"], dt.date(2026, 8, 10)))
        service.record_meeting(s, briefing, RecordData(dt.date(2026, 8, 12)), today=TODAY)
        plan_links.link_meeting(s, briefing, quarterly)  # linked after it was held
        tree = plans.load_tree(s, plan_id)
        choices = plan_links.choices(s, 2026)
    items = {i.id: i for i in tree.sections[0].items}
    assert (items[once].status, items[once].completed_on) == (ItemStatus.DONE, dt.date(2026, 7, 16))
    assert items[quarterly].occurrences[3] == (ItemStatus.DONE, dt.date(2026, 8, 12))
    assert [c.label for c in choices.items] == ["1. 召开加装电梯听证会", "2. 每季度召开情况通报会"]
    assert [c.label for c in choices.sections] == ["三、民主议事"]


def test_a_resolution_becomes_a_plan_item(database, setup):
    office, kinds = setup
    with database.session() as s:
        plan_id, section, _once, _quarterly = _plan(s)
        meeting_id = service.create_meeting(s, MeetingData(kinds["branch_committee"], dt.date(2026, 11, 9)))
        service.record_meeting(s, meeting_id, RecordData(dt.date(2026, 11, 9), resolutions=(
            ResolutionData("年底前完成困难党员慰问", office.cadres[1], dt.date(2026, 12, 20)),)), today=TODAY)
        resolution = service.load_meeting(s, meeting_id).resolutions[0]
        item_id = plan_links.resolution_to_plan_item(s, resolution.id, section)
        with pytest.raises(InvalidMeeting):
            plan_links.resolution_to_plan_item(s, resolution.id, section)
        tree = plans.load_tree(s, plan_id)
        linked = service.load_meeting(s, meeting_id).resolutions[0]
    item = next(i for i in tree.sections[0].items if i.id == item_id)
    assert item.title == "年底前完成困难党员慰问" and item.due_date == dt.date(2026, 12, 20)
    assert item.people == ((office.cadres[1], "李委员"),) and "2026-11-09" in item.description
    assert linked.plan_item_id == item_id


def test_linking_a_held_meeting_while_editing_it_fulfils_the_item(database, setup):
    _office, kinds = setup
    with database.session() as s:
        plan_id, _section, once, _quarterly = _plan(s)
        hearing = service.create_meeting(s, MeetingData(kinds["hearing"], dt.date(2026, 7, 16)))
        service.record_meeting(s, hearing, RecordData(dt.date(2026, 7, 17)), today=TODAY)
        service.update_meeting(s, hearing, MeetingData(kinds["hearing"], dt.date(2026, 7, 16), title="加装电梯听证会",
                                                       plan_item_id=once))
        item = next(i for i in plans.load_tree(s, plan_id).sections[0].items if i.id == once)
        row = service.load_meeting(s, hearing).row
    assert (item.status, item.completed_on) == (ItemStatus.DONE, dt.date(2026, 7, 17))
    assert row.status is MeetingStatus.HELD and row.title == "加装电梯听证会"
