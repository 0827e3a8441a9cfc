"""A year's schedule from the cadences, and the check that finds missing and overdue meetings."""

from __future__ import annotations

import datetime as dt

from partyplan.db.models import Cadence, MeetingStatus
from partyplan.meetings import cadence, service, types
from partyplan.meetings.cadence import Period, SlotState
from partyplan.meetings.service import MeetingData, RecordData
from partyplan.meetings.types import MeetingTypeData

from . import TODAY


def test_slots_per_cadence():
    monthly = cadence.slots(Cadence.MONTHLY, (), 2026)
    assert [s.period.number for s in monthly] == list(range(1, 13))
    assert all(s.planned_on.weekday() < 5 and s.period.contains(s.planned_on) for s in monthly)
    quarterly = cadence.slots(Cadence.QUARTERLY, (), 2026, spread=2)
    assert [(s.period.key, s.planned_on.month) for s in quarterly] == [
        ("2026-Q1", 2), ("2026-Q2", 5), ("2026-Q3", 8), ("2026-Q4", 11)]
    assert [s.period.key for s in cadence.slots(Cadence.MONTHS, (10, 2, 4), 2026)] == ["2026-02", "2026-04", "2026-10"]
    yearly = cadence.slots(Cadence.YEARLY, (12,), 2026)
    assert yearly[0].period == Period("year", 2026, 0) and yearly[0].planned_on.month == 12
    assert cadence.slots(Cadence.NONE, (), 2026) == []
    assert cadence.planned_day(2026, 11, 8) == dt.date(2026, 11, 9)  # Sunday moves to Monday


def test_judge_reads_the_period_against_today():
    q1 = Period("quarter", 2026, 1)
    held = [(1, MeetingStatus.HELD, dt.date(2026, 2, 10), dt.date(2026, 3, 2))]
    assert cadence.judge(q1, held, TODAY) == (SlotState.HELD, 1)
    assert cadence.judge(q1, [], TODAY) == (SlotState.MISSING, None)
    planned = [(2, MeetingStatus.PLANNED, dt.date(2026, 11, 9), None)]
    q4 = Period("quarter", 2026, 4)
    assert cadence.judge(q4, planned, TODAY) == (SlotState.OVERDUE, 2)
    assert cadence.judge(q4, planned, dt.date(2026, 11, 1)) == (SlotState.DUE, 2)
    assert cadence.judge(q4, [], dt.date(2026, 9, 1)) == (SlotState.UPCOMING, None)
    cancelled = [(3, MeetingStatus.CANCELLED, dt.date(2026, 2, 10), None)]
    assert cadence.judge(q1, cancelled, TODAY)[0] is SlotState.MISSING


def test_generate_a_year_without_duplicates(database):
    with database.session() as s:
        types.seed_default_types(s)
        first = cadence.generate_schedule(s, 2026)
        # 3 monthly (36) + 4 quarterly (16) + 2 yearly + symposium in 5 months
        assert first == cadence.GenerateResult(created=59, already_there=0)
        assert cadence.generate_schedule(s, 2026) == cadence.GenerateResult(created=0, already_there=59)
        meetings = service.list_meetings(s, 2026)
    assert len(meetings) == 59 and all(m.status is MeetingStatus.PLANNED for m in meetings)
    names = [m.type_name for m in meetings]
    assert names.count("支委会") == 12 and names.count("支部党员大会") == 4 and names.count("座谈会") == 5


def test_an_existing_meeting_fills_its_period(database):
    with database.session() as s:
        lecture = types.save_type(s, MeetingTypeData("党课", "Party lecture", Cadence.QUARTERLY))
        service.create_meeting(s, MeetingData(lecture, dt.date(2026, 3, 30)))  # the office planned Q1 itself
        result = cadence.generate_schedule(s, 2026)
        days = [m.planned_on for m in service.list_meetings(s, 2026)]
    assert result == cadence.GenerateResult(created=3, already_there=1)
    assert days == [dt.date(2026, 3, 30), dt.date(2026, 5, 8), dt.date(2026, 8, 10), dt.date(2026, 11, 9)]


def test_check_finds_a_missing_quarterly_meeting(database):
    with database.session() as s:
        briefing = types.save_type(s, MeetingTypeData("情况通报会", "Briefing", Cadence.QUARTERLY))
        types.save_type(s, MeetingTypeData("听证会", "Hearing"))  # no cadence: never required
        cadence.generate_schedule(s, 2026)
        planned = service.list_meetings(s, 2026)
        for meeting in (planned[0], planned[2]):  # Q1 and Q3 held; Q2 never recorded; Q4 planned 11-09
            service.record_meeting(s, meeting.id, RecordData(meeting.planned_on), today=TODAY)
        report = cadence.check(s, 2026, TODAY)
    states = {slot.period.key: slot.state for slot in report.slots}
    assert states == {"2026-Q1": SlotState.HELD, "2026-Q2": SlotState.MISSING, "2026-Q3": SlotState.HELD,
                      "2026-Q4": SlotState.OVERDUE}
    assert [(p.period.key, p.planned_on) for p in report.problems()] == [("2026-Q2", dt.date(2026, 5, 8)),
                                                                          ("2026-Q4", dt.date(2026, 11, 9))]
    assert report.tally(briefing) == cadence.Tally(held=2, required=4, missing=1, overdue=1)
    assert report.tally(briefing, 2) == cadence.Tally(held=0, required=1, missing=1)


def test_a_meeting_held_late_counts_where_it_was_held(database):
    with database.session() as s:
        committee = types.save_type(s, MeetingTypeData("支委会", "Committee", Cadence.MONTHLY))
        march = service.create_meeting(s, MeetingData(committee, dt.date(2026, 3, 25)))
        service.record_meeting(s, march, RecordData(dt.date(2026, 4, 2)), today=TODAY)
        report = cadence.check(s, 2026, TODAY)
    by_month = {slot.period.number: slot.state for slot in report.slots}
    assert by_month[3] is SlotState.MISSING and by_month[4] is SlotState.HELD
    assert report.tally(committee, 1) == cadence.Tally(held=0, required=3, missing=3)
