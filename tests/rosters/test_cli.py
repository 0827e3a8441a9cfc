"""`partyplan roster ...` and `partyplan dutylog export` as other programs call them."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

from openpyxl import load_workbook

from partyplan.db.database import open_database
from partyplan.db.models import Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.rosters import setup


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "partyplan", *args], capture_output=True, text=True, env=env,
                          timeout=180, encoding="utf-8")


def office(db_location, tmp_path, away_on: dt.date | None = None) -> list[int]:  # type: ignore[no-untyped-def]
    db = open_database(db_location, backup_dir=tmp_path / "b")
    with db.session() as s:
        ids = [people.add_person(s, PersonData(name=f"干部{n}", roles={Role.CADRE})) for n in range(8)]
        setup.seed_default_shifts(s)
        for pid in ids[:3]:
            setup.save_member(s, pid, setup.MemberData(tags=frozenset({"leader"})))
        if away_on:
            for pid in ids:
                setup.add_absence(s, pid, away_on, away_on, "培训")
    db.close()
    return ids


def test_generate_json_has_the_promised_shape_and_obeys_the_calendar(cli, db_location, tmp_path):
    """`roster generate` and `dutylog export` through the real entry point, each in a process of its
    own; the rest runs the same main() in this one."""
    office(db_location, tmp_path)
    result = run("roster", "generate", "--month", "2026-10", "--json", "--db", db_location, "--lang", "en",
                 "--time-limit", "5")
    assert result.returncode == 0, result.stderr
    roster = json.loads(result.stdout)
    assert set(roster) == {"month", "assignments", "fairness"} and roster["month"] == "2026-10"
    first = roster["assignments"][0]
    assert set(first) == {"date", "shift", "people"}
    holidays = sorted(a["date"] for a in roster["assignments"] if a["shift"] == "节假日值班")
    assert holidays == [f"2026-10-0{d}" for d in range(1, 8)]
    assert all(len(a["people"]) == 2 for a in roster["assignments"])
    duties = [f["duties"] for f in roster["fairness"].values()]
    assert set(next(iter(roster["fairness"].values()))) == {"duties", "rest_day", "holiday"}
    assert max(duties) - min(duties) <= 1
    out = tmp_path / "roster.xlsx"
    exported = cli("roster", "export", "--month", "2026-10", "--xlsx", str(out), "--db", db_location)
    assert exported.returncode == 0 and load_workbook(out).active.max_row > 31
    log = tmp_path / "log.xlsx"
    assert run("dutylog", "export", "--month", "2026-10", "--xlsx", str(log), "--db", db_location).returncode == 0
    assert log.exists()


def test_infeasible_month_fails_with_plain_words(cli, db_location, tmp_path):
    office(db_location, tmp_path, away_on=dt.date(2026, 11, 12))
    result = cli("roster", "generate", "--month", "2026-11", "--db", db_location, "--lang", "en")
    assert result.returncode == 1
    assert "11/12" in result.stderr and "needs 2, only 0 available" in result.stderr and "Traceback" not in result.stderr


def test_unconfirmed_year_warns_and_bad_month_is_refused(cli, db_location, tmp_path):
    office(db_location, tmp_path)
    result = cli("roster", "generate", "--month", "2027-01", "--db", db_location, "--lang", "en", "--time-limit", "5")
    assert result.returncode == 0 and "no confirmed public-holiday data for 2027" in result.stderr
    assert cli("roster", "generate", "--month", "2027-13", "--db", db_location).returncode == 2
    missing = cli("roster", "export", "--month", "2025-01", "--xlsx", str(tmp_path / "x.xlsx"), "--db", db_location,
                  "--lang", "en")
    assert missing.returncode == 1 and "no roster for 2025-01" in missing.stderr


def test_no_leader_for_rest_day_duty_says_what_to_mark(db_location, tmp_path):
    ids = office(db_location, tmp_path)
    db = open_database(db_location, backup_dir=tmp_path / "b")
    with db.session() as s:
        for pid in ids[:3]:
            setup.save_member(s, pid, setup.MemberData(tags=frozenset()))
    db.close()
    result = run("roster", "generate", "--month", "2026-11", "--db", db_location, "--lang", "en")
    assert result.returncode == 1
    assert "休息日值班" in result.stderr and "tick “Leader”" in result.stderr
