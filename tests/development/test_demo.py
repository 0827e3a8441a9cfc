"""The demo office's development files: every stage, realistic dates, and the overdue cases to show."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import Role, Stage
from partyplan.demo import development as demo_development
from partyplan.demo import people as demo_people
from partyplan.development import due, stats
from partyplan.people import service as people


@pytest.mark.parametrize("today", [dt.date(2026, 11, 20), dt.date(2027, 1, 31), dt.date(2026, 2, 28)])
def test_demo_files_cover_every_stage_with_the_promised_overdue_cases(database, today):
    with database.session() as s:
        cadres = demo_people.fill(s, today=today, seed=2026)
        count = demo_development.fill(s, [p.id for p in people.list_people(s)], cadres, today=today, seed=2026)
        rows = due.pipeline(s, today)
        todo = due.due_list(s, today)
        year = stats.year_stats(s, today.year, today)
        lines = stats.against_targets(s, year)
    assert count == len(demo_development.PROFILES) == len(rows)
    assert {r.stage for r in rows} == set(Stage)
    overdue = {(i.kind, i.overdue) for i in todo}
    assert ("talk", True) in overdue and ("approval", True) in overdue
    ending = [i for i in todo if i.kind == "probation_end" and not i.overdue]
    assert ending and all((i.due.year, i.due.month) == (today.year, today.month) for i in ending)
    assert sum(r.justified for r in rows) == 1, "the late talk, with its reason"
    assert {line.source for line in lines} == set(stats.SOURCES), "the three-year plan's targets"
    assert year.activists >= 5 * year.targets - 3


def test_a_small_register_still_shows_the_overdue_talk_and_approval(database):
    today = dt.date(2026, 11, 20)
    with database.session() as s:
        cadres = demo_people.fill(s, today=today, seed=7)
        others = [p.id for p in people.list_people(s) if Role.PARTY_MEMBER not in p.roles][:2]
        count = demo_development.fill(s, others, cadres, today=today, seed=7)
        kinds = {(i.kind, i.overdue) for i in due.due_list(s, today)}
    assert count == 2
    assert ("talk", True) in kinds and ("approval", True) in kinds
