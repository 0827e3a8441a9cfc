"""`partyplan members pipeline|due|stats|export` (partyplan.cli wires the command; here the parser is built the same way)."""

from __future__ import annotations

import argparse
import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from partyplan.cli import members as members_command
from partyplan.cli import running
from partyplan.db.models import Comparison, Gender, PlanKind, Role, StepKind
from partyplan.development import pipeline
from partyplan.development.pipeline import StepData
from partyplan.people import service as people

from . import record
from partyplan.people.validation import PersonData
from partyplan.plans import service as plans
from partyplan.plans import targets

D = dt.date
TODAY = D(2026, 11, 20)


def members(db_location: str, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="partyplan")
    parser.add_argument("--db")
    parser.add_argument("--lang")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    common.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS)
    members_command.add_parser(parser.add_subparsers(dest="command"), common)
    args = parser.parse_args(["--db", db_location, "members", *argv])
    return running.execute(args)


@pytest.fixture
def filled(database, db_location):  # type: ignore[no-untyped-def]
    with database.session() as s:
        a, b = (people.add_person(s, PersonData(name=n, roles={Role.PARTY_MEMBER}), TODAY) for n in "AB")
        lin = people.add_person(s, PersonData(name="林晓", gender=Gender.FEMALE, birth_date=D(2000, 5, 1)), TODAY)
        zhou = people.add_person(s, PersonData(name="周强", birth_date=D(1998, 2, 1)), TODAY)
        case = pipeline.open_case(s, lin, D(2024, 1, 10), today=TODAY)
        for kind, day in ((StepKind.TALK, D(2024, 1, 20)), (StepKind.ACTIVIST, D(2024, 3, 10)),
                          (StepKind.TARGET, D(2025, 3, 20)), (StepKind.REVIEW, D(2025, 4, 1)),
                          (StepKind.TRAINING, D(2025, 4, 10)), (StepKind.NOTICE, D(2025, 4, 20)),
                          (StepKind.PROBATIONARY, D(2026, 5, 1))):
            record(s, case, StepData(kind, day, people=(a, b) if kind is StepKind.PROBATIONARY else
                                                (a,) if kind is StepKind.ACTIVIST else (), days=3), today=TODAY)
        pipeline.open_case(s, zhou, D(2026, 9, 1), today=TODAY)
        plan = plans.create_plan(s, plans.PlanData(year=2025, end_year=2027, kind=PlanKind.MULTI_YEAR, title="规划"))
        targets.add_target(s, plan, targets.TargetData("发展党员", 4, "名", Comparison.ABOUT, "dev_new_members"))
    database.close()
    return db_location


def test_pipeline_json_gives_each_stage_and_next_due_date(filled, capsys):
    assert members(filled, "pipeline", "--json", "--date", "2026-11-20") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["stage"], r["next"], r["next_due"], r["overdue"]) for r in rows] == [
        ("周强", "applicant", "talk", "2026-10-01", True),
        ("林晓", "probationary", "approval", "2026-08-01", True),
    ]
    assert set(rows[0]) == {"case_id", "person_id", "name", "stage", "since", "next", "next_due", "overdue",
                            "justified_steps"}


def test_due_and_plain_pipeline_text(filled, capsys):
    assert members(filled, "due", "--date", "2026-11-20", "--lang", "en") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split("\t") == ["2026-08-01", "林晓", "Higher approval", "OVERDUE"]
    assert members(filled, "pipeline", "--date", "2026-11-20") == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("周强\tApplicant\t2026-09-01\tTalk with the applicant")


def test_stats_json_for_a_year_against_the_plan(filled, capsys):
    assert members(filled, "stats", "--year", "2026", "--json", "--date", "2026-11-20") == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["new_members"], figures["women_share"], figures["under35_share"]) == (1, 100.0, 100.0)
    assert (figures["activists"], figures["targets"], figures["activist_ratio"]) == (0, 0, None)
    assert figures["plan_targets"] == [{"source": "dev_new_members", "plan": "规划", "indicator": "发展党员",
                                        "comparison": "about", "target": 4.0, "unit": "名", "actual": 1.0,
                                        "met": False}]
    assert members(filled, "stats", "--year", "2026", "--date", "2026-11-20") == 0
    assert "New members\t1\ttarget: about 4" in capsys.readouterr().out


def test_export_register(filled, tmp_path, capsys):
    path = tmp_path / "register.xlsx"
    assert members(filled, "export", "--xlsx", str(path), "--lang", "en", "--date", "2026-11-20") == 0
    assert str(path) in capsys.readouterr().out
    assert load_workbook(path).active.max_row == 4  # title, header, two people


def test_bad_arguments_are_refused(filled):
    with pytest.raises(SystemExit):
        members(filled, "stats", "--year", "26")
    with pytest.raises(SystemExit):
        members(filled, "pipeline", "--date", "2026-13-01")
