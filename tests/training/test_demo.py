"""The demo office's training year: what a new user sees on the Training tab."""

from __future__ import annotations

import datetime as dt

from partyplan.demo import people as demo_people
from partyplan.demo import training as demo_training
from partyplan.people import service as people
from partyplan.training import commendations, service

TODAY = dt.date(2026, 11, 22)


def test_demo_year_has_cadres_near_ten_days_two_short_certificates_and_awards(database):
    with database.session() as s:
        cadres = demo_people.fill(s, today=TODAY)
        everyone = [p.id for p in people.list_people(s)]
        written = demo_training.fill(s, everyone, cadres, today=TODAY)
    with database.session() as s:
        sessions = service.list_sessions(s, 2026)
        totals = {t.person_id: t for t in service.yearly_totals(s, 2026)}
        short = service.shortfalls(s, 2026)
        awards = commendations.register(s, 2026)
    assert written == len(sessions) == 8
    assert {r.data.kind for r in sessions} >= {"political_theory", "law", "community_service", "development_target"}
    assert len(short) == 2 and all(t.person_id in cadres for t in short)
    met = [totals[c].counted_days for c in cadres if totals[c].shortfall == 0]
    assert len(met) == len(cadres) - 2 and all(10 <= days <= 12 for days in met)
    targets = next(r for r in sessions if r.data.kind == "development_target")
    assert targets.certificates == targets.participants == 3 and targets.data.class_hours == 24
    assert len({a.data.level for a in awards}) >= 4
    assert sum(1 for a in awards if a.data.organisation) >= 1 and sum(1 for a in awards if a.person_name) >= 3


def test_demo_leaves_out_what_lies_after_today(database):
    spring = dt.date(2026, 4, 1)
    with database.session() as s:
        cadres = demo_people.fill(s, today=spring)
        written = demo_training.fill(s, [p.id for p in people.list_people(s)], cadres, today=spring)
        assert written == 1 and all(a.data.day < spring for a in commendations.register(s, 2026))
