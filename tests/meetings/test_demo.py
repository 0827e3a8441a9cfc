"""The demo office's meetings: a year that looks lived in, and the same every time."""

from __future__ import annotations

from partyplan.db.models import MeetingStatus
from partyplan.demo import meetings as demo_meetings
from partyplan.demo import people as demo_people
from partyplan.demo import plans as demo_plans
from partyplan.meetings import cadence, evaluation, service, talks
from partyplan.people import service as people

from . import TODAY


def test_demo_year_of_meetings(database):
    with database.session() as s:
        cadres = demo_people.fill(s, today=TODAY, seed=2026)
        demo_plans.fill(s, cadres, today=TODAY)
        everyone = [p.id for p in people.list_people(s)]
        held = demo_meetings.fill(s, everyone, cadres, today=TODAY, seed=2026)
        meetings = service.list_meetings(s, 2026)
        report = cadence.check(s, 2026, TODAY)
        details = [service.load_meeting(s, m.id) for m in meetings if m.status is MeetingStatus.HELD]
        gaps = talks.not_talked_to(s, *talks.window(TODAY))
        talked = talks.list_talks(s)
        evaluations = evaluation.list_evaluations(s)
        result = evaluation.results(s, evaluations[0].id)
    assert held == len(details) > 40
    assert all(m.planned_on > TODAY or m.status is not MeetingStatus.PLANNED or m.id in
               {p.meeting_id for p in report.problems()} for m in meetings), "past meetings are recorded"
    assert all(d.attendees and d.minutes and d.row.chair_name for d in details)
    listed = {m.id: m for m in meetings}
    assert [listed[d.row.id] for d in details] == [d.row for d in details], "the list counts as the record does"
    assert all(0.5 < (d.row.attendance.rate or 0) <= 1 for d in details)
    voted = [r for d in details for r in d.resolutions if r.voted]
    assert voted and all(r.passed for r in voted)
    assert any(d.row.plan_item_id for d in details), "the briefings fulfil the plan's item"
    assert {p.state.value for p in report.problems()} == {"missing", "overdue"}
    assert talked and 0 < len(gaps) < len({g.person_id for g in gaps} | {t.member_id for t in talked})
    assert evaluations[0].year == 2025 and result.graded > 20 and not result.excellent_over_cap
    assert any(r.probationary for r in result.rows)
    assert any(m.status is MeetingStatus.POSTPONED for m in meetings)
