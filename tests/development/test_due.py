"""The leader's to-do list on fixed dates: talks, assessments, approvals, probations ending, who may move on."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import Role, Stage, StepKind
from partyplan.development import due, pipeline, rules
from partyplan.development.pipeline import StepData
from partyplan.people import service as people

from . import record
from partyplan.people.validation import PersonData

D = dt.date
TODAY = D(2026, 11, 20)
A, T, V, I, S, R, TR, N, P, Y, F = (
    StepKind.APPLICATION, StepKind.TALK, StepKind.ACTIVIST, StepKind.ASSESSMENT, StepKind.TARGET, StepKind.REVIEW,
    StepKind.TRAINING, StepKind.NOTICE, StepKind.PROBATIONARY, StepKind.APPROVAL, StepKind.FULL)
FILES = {
    "甲": [(A, D(2026, 11, 1))],  # talk due 12-01
    "乙": [(A, D(2026, 9, 1))],  # talk overdue since 10-01
    "丙": [(A, D(2025, 11, 1)), (T, D(2025, 11, 10)), (V, D(2026, 1, 10)), (I, D(2026, 5, 20))],  # assess 11-20
    "丁": [(A, D(2025, 8, 1)), (T, D(2025, 8, 10)), (V, D(2025, 10, 1))],  # assess overdue; may become target
    "戊": [(A, D(2024, 1, 1)), (T, D(2024, 1, 10)), (V, D(2024, 3, 1)), (S, D(2025, 6, 1)), (R, D(2025, 7, 1)),
          (TR, D(2025, 8, 1)), (N, D(2025, 9, 15))],  # ready for the vote since 09-15
    "己": [(A, D(2024, 1, 1)), (T, D(2024, 1, 10)), (V, D(2024, 3, 1)), (S, D(2025, 6, 1)), (R, D(2025, 7, 1)),
          (TR, D(2025, 8, 1)), (N, D(2025, 9, 15)), (P, D(2026, 7, 1))],  # approval overdue since 10-01
    "庚": [(A, D(2023, 1, 1)), (T, D(2023, 1, 10)), (V, D(2023, 3, 1)), (S, D(2024, 6, 1)), (R, D(2024, 7, 1)),
          (TR, D(2024, 8, 1)), (N, D(2024, 9, 15)), (P, D(2025, 11, 25)), (Y, D(2026, 1, 10))],  # ends 11-25
    "辛": [(A, D(2023, 1, 1)), (T, D(2023, 1, 10)), (V, D(2023, 3, 1)), (S, D(2024, 6, 1)), (R, D(2024, 7, 1)),
          (TR, D(2024, 8, 1)), (N, D(2024, 9, 15)), (P, D(2025, 10, 10)), (Y, D(2025, 12, 1))],  # ended 10-10
    "壬": [(A, D(2023, 1, 1)), (T, D(2023, 1, 10)), (V, D(2023, 3, 1)), (S, D(2024, 6, 1)), (R, D(2024, 7, 1)),
          (TR, D(2024, 8, 1)), (N, D(2024, 9, 15)), (P, D(2024, 10, 1)), (Y, D(2024, 12, 1)),
          (F, D(2025, 10, 1)), (Y, D(2025, 11, 1))],  # a full member, the conversion approved: nothing due
    "癸": [(A, D(2026, 11, 10))],  # talk due 12-10
}


def build(database, files: dict[str, list[tuple[StepKind, dt.date]]]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with database.session() as s:
        mentors = tuple(people.add_person(s, PersonData(name=n, roles={Role.PARTY_MEMBER}), TODAY) for n in "AB")
        cases = {}
        for name, steps in files.items():
            person = people.add_person(s, PersonData(name=name, birth_date=D(1995, 1, 1)), TODAY)
            cases[name] = pipeline.open_case(s, person, steps[0][1], today=TODAY)
            for kind, day in steps[1:]:
                record(s, cases[name], StepData(
                    kind, day, people=mentors if kind in (V, P) else (), days=3 if kind is TR else None,
                    class_hours=24 if kind is TR else None), today=TODAY)
    return cases


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    build(database, FILES)
    return database


def listed(database, on: dt.date, horizon: int = due.HORIZON_DAYS):  # type: ignore[no-untyped-def]
    with database.session() as s:
        return [(i.name, i.kind, i.due.isoformat(), i.overdue) for i in due.due_list(s, on, horizon)]


def test_due_list_on_a_fixed_date(office):
    assert listed(office, TODAY) == [
        ("戊", "assessment", "2025-12-01", True),  # a development target is assessed every six months too
        ("丁", "assessment", "2026-04-01", True),
        ("乙", "talk", "2026-10-01", True),
        ("己", "approval", "2026-10-01", True),
        ("辛", "probation_end", "2026-10-10", True),
        ("丙", "assessment", "2026-11-20", False),  # due today is not yet overdue
        ("庚", "probation_end", "2026-11-25", False),  # ends this month
        ("甲", "talk", "2026-12-01", False),
        ("癸", "talk", "2026-12-10", False),
        ("戊", "eligible_admission", "2025-09-20", False),  # the notice of 09-15 ran five working days, to 09-19
        ("丁", "eligible_target", "2026-10-01", False),
    ]


def test_the_list_moves_with_the_date(office):
    december = listed(office, D(2026, 12, 5), horizon=10)
    assert ("庚", "probation_end", "2026-11-25", True) in december, "a probation that ended without a decision"
    assert ("丙", "assessment", "2026-11-20", True) in december
    assert ("甲", "talk", "2026-12-01", True) in december
    assert ("癸", "talk", "2026-12-10", False) in december
    assert ("己", "probation_end", "2027-07-01", False) not in december, "not this month"
    early = listed(office, D(2026, 11, 2), horizon=5)
    assert ("庚", "probation_end", "2026-11-25", False) in early, "later this month, beyond the horizon"
    assert ("丙", "assessment", "2026-11-20", False) not in early
    october = listed(office, D(2026, 10, 5), horizon=10)
    assert [i for i in october if i[0] == "庚"] == [], "the probation ends next month, not this one"
    assert ("丁", "eligible_target", "2026-10-01", False) in october
    assert not any(name == "甲" for name, *_ in october), "no file before the application"


def test_a_short_horizon_leaves_later_dates_out(office):
    names = [(name, kind) for name, kind, _d, _o in listed(office, TODAY, horizon=5)]
    assert ("丙", "assessment") in names and ("庚", "probation_end") in names
    assert ("甲", "talk") not in names and ("癸", "talk") not in names


def test_changed_rules_change_the_dates(office):
    with office.session() as s:
        rules.save_rules(s, rules.Rules(talk_within_months=2, assessment_every_months=3))
    rows = listed(office, TODAY)
    assert ("乙", "talk", "2026-11-01", True) in rows
    assert ("丙", "assessment", "2026-08-20", True) in rows
    assert not any(name == "甲" for name, *_ in rows), "due 2027-01-01: beyond the horizon"


def test_pipeline_rows_carry_stage_since_and_next_due(office):
    with office.session() as s:
        rows = {r.name: r for r in due.pipeline(s, TODAY)}
    assert [r.stage.value for r in rows.values()] == sorted(
        (r.stage.value for r in rows.values()), key=[st.value for st in Stage].index), "pipeline order"
    assert (rows["乙"].next_kind, rows["乙"].next_due, rows["乙"].overdue) == ("talk", D(2026, 10, 1), True)
    assert (rows["丁"].since, rows["丁"].next_kind, rows["丁"].next_due) == (D(2025, 10, 1), "assessment",
                                                                              D(2026, 4, 1))
    assert (rows["己"].next_kind, rows["己"].overdue) == ("approval", True)
    assert (rows["壬"].next_kind, rows["壬"].next_due, rows["壬"].closed_on) == (None, None, D(2025, 11, 1))
    with office.session() as s:
        assert "壬" not in {r.name for r in due.pipeline(s, TODAY, include_closed=False)}
