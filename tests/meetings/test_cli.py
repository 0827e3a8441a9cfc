"""`partyplan meeting ...` through the parser and runner the lead wires into the main command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json

import pytest
from docx import Document
from openpyxl import load_workbook

from partyplan.cli import meetings as meetings_command
from partyplan.cli import running
from partyplan.db.database import open_database
from partyplan.meetings import cadence, service, types
from partyplan.meetings.service import AttendeeData, RecordData

from . import TODAY, make_office


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="partyplan")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    common.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    meetings_command.add_parser(sub, common)
    return parser.parse_args(argv)


def run(*argv: str) -> int:
    return running.execute(parse(*argv))


@pytest.fixture
def store(db_location):  # type: ignore[no-untyped-def]
    """Q1-Q3 general meetings held, Q2's party lecture never recorded."""
    db = open_database(db_location)
    with db.session() as s:
        types.seed_default_types(s)
        office = make_office(s)
        cadence.generate_schedule(s, 2026)
        kinds = {t.id: t.key for t in types.list_types(s)}
        general = [m for m in service.list_meetings(s, 2026) if kinds[m.type_id] == "general_meeting"]
        for meeting in general[:3]:
            service.record_meeting(s, meeting.id, RecordData(meeting.planned_on, attendees=tuple(
                AttendeeData(p) for p in office.party)), today=TODAY)
    db.close()
    return db_location, general[0].id, general[3].id


def test_check_json_lists_missing_and_overdue(store, capsys):
    location, _held, _planned = store
    assert run("meeting", "check", "--year", "2026", "--json", "--today", TODAY.isoformat(), "--db", location) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"year", "today", "problems", "types"} and report["today"] == "2026-11-22"
    lecture_q2 = [p for p in report["problems"] if p["key"] == "party_lecture" and p["period"] == "2026-Q2"]
    assert lecture_q2 == [{"type_id": lecture_q2[0]["type_id"], "key": "party_lecture", "name": "党课",
                           "name_en": "Party lecture", "period": "2026-Q2", "kind": "quarter", "quarter": 2,
                           "start": "2026-04-01", "end": "2026-06-30", "state": "missing",
                           "meeting_id": lecture_q2[0]["meeting_id"], "planned_on": lecture_q2[0]["planned_on"]}]
    general = next(t for t in report["types"] if t["key"] == "general_meeting")
    assert general["Q2"] == {"held": 1, "required": 1, "missing": 0, "overdue": 0}
    assert general["Q4"]["overdue"] == 1 and general["year"]["held"] == 3
    assert not [p for p in report["problems"] if p["key"] == "general_meeting" and p["state"] == "missing"]


def test_check_as_text(store, capsys):
    location, _held, _planned = store
    assert run("meeting", "check", "--year", "2026", "--today", "2026-11-22", "--db", location, "--lang", "en") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2026: 3 of 59 required meetings held;")
    assert any(line.startswith("Q2 2026\tMissing\t") and "Party lecture" in line for line in lines)


def test_minutes_and_register(store, tmp_path):
    location, held, planned = store
    minutes, register = tmp_path / "m.docx", tmp_path / "r.xlsx"
    assert run("meeting", "minutes", str(held), "--docx", str(minutes), "--db", location, "--lang", "zh_CN") == 0
    assert Document(minutes).paragraphs[0].text == "支部党员大会记录"
    assert run("meeting", "register", "--year", "2026", "--xlsx", str(register), "--db", location,
               "--lang", "zh_CN") == 0
    ws = load_workbook(register)["2026"]
    assert ws.max_row == 2 + 3 and ws["D3"].value == "支部党员大会" and ws["B3"].value.date() < dt.date(2026, 4, 1)


def test_refusals_name_the_problem(store, tmp_path, capsys):
    location, _held, planned = store
    assert run("meeting", "minutes", str(planned), "--docx", str(tmp_path / "x.docx"), "--db", location) == 1
    assert "not recorded as held" in capsys.readouterr().err
    assert run("meeting", "minutes", "999", "--docx", str(tmp_path / "x.docx"), "--db", location) == 1
    assert "no meeting 999" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()
    missing = tmp_path / "nowhere" / "r.xlsx"
    assert run("meeting", "register", "--year", "2026", "--xlsx", str(missing), "--db", location) == 1
    assert "r.xlsx" in capsys.readouterr().err
