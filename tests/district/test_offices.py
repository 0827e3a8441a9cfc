"""Offices in one district, on the real server with real roles: one schema per office, staff who see only
their own office, a district reader that rolls every office up; pg_dump before a server upgrade; an older
app refusing a newer schema."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

import openpyxl
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from partyplan.audit import history
from partyplan.db import migrate, schema
from partyplan.db.database import open_database
from partyplan.db.models import Role
from partyplan.district import offices, summary
from partyplan.errors import NewerSchemaError
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.texts import error_message

from .conftest import needs_server

pytestmark = needs_server


def test_staff_see_only_their_office_and_the_reader_rolls_all_up(district, tmp_path):
    admin, roles, made = district
    a, b = roles.name("office_a"), roles.name("office_b")
    made += [a, b]
    offices.add_office(admin, a, "东风社区")
    offices.add_office(admin, b, "西湖社区")
    clerk_a, clerk_b, inspector = roles.name("clerk_a"), roles.name("clerk_b"), roles.name("inspector")
    offices.add_user(admin, clerk_a, a, "secret-a")
    offices.add_user(admin, clerk_b, b, "secret-b")
    offices.add_reader(admin, inspector, "secret-r")
    assert [o.schema for o in offices.list_offices(admin)] == sorted([a, b])

    store_a = open_database(roles.login(clerk_a))  # the role's search_path opens its office
    try:
        with store_a.session() as s:
            pid = people.add_person(s, PersonData(name="党员甲", phone="13800000030", roles={Role.PARTY_MEMBER}))
            rows = history.record_history(s, "people", pid)
        assert rows[0].user == clerk_a
    finally:
        store_a.close()

    store_b = open_database(roles.login(clerk_b))
    try:
        with store_b.session() as s:
            assert people.count_people(s) == 0, "office B's store is its own schema"
        with store_b.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT current_schema()").scalar() == b
            with pytest.raises(ProgrammingError, match="permission denied"):
                conn.execute(text(f'SELECT count(*) FROM "{a}".people'))
            conn.rollback()
            with pytest.raises(ProgrammingError, match="permission denied"):
                conn.execute(text(f'SELECT count(*) FROM "{a}".audit_log'))
            conn.rollback()
            with pytest.raises(ProgrammingError, match="permission denied"):  # the log is kept, not edited
                conn.execute(text("DELETE FROM audit_log"))
            conn.rollback()
            with pytest.raises(ProgrammingError, match="permission denied"):
                conn.execute(text("CREATE TABLE sneaky (id int)"))
    finally:
        store_b.close()

    engine = create_engine(admin)  # an office an older PartyPlan left: its staff are told who upgrades it
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE \"{a}\".alembic_version SET version_num = '0007_store_identity'"))
    engine.dispose()
    with pytest.raises(offices.DistrictError) as caught:
        open_database(roles.login(clerk_a), backup_dir=tmp_path / "dumps")
    assert caught.value.reason == "needs_upgrade" and "partyplan district upgrade" in error_message(caught.value)
    assert not (tmp_path / "dumps").exists()
    with pytest.raises(offices.DistrictError):  # nor can the reader roll up an office it cannot read right
        summary.collect(roles.login(inspector), 2026, dt.date(2026, 12, 31))
    engine = create_engine(admin)
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE \"{a}\".alembic_version SET version_num = '{schema.HEAD}'"))
    engine.dispose()

    reader = roles.login(inspector)
    figures = {f.office.schema: f for f in summary.collect(reader, 2026, dt.date(2026, 12, 31))}
    assert (figures[a].members, figures[b].members) == (1, 0)
    engine = create_engine(reader)
    with engine.connect() as conn, pytest.raises(ProgrammingError, match="permission denied"):
        conn.execute(text(f"INSERT INTO \"{a}\".people (name, archived) VALUES ('x', false)"))
    engine.dispose()
    out = summary.write_xlsx(list(figures.values()), 2026, tmp_path / "district.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert {sheet.cell(r, 1).value for r in (3, 4)} == {"东风社区", "西湖社区"}
    assert sheet.cell(5, 1).value == "合计" and sheet.cell(5, 2).value == 1


def test_district_commands_on_the_command_line(district, tmp_path):
    admin, roles, made = district
    office = roles.name("office_c")
    made.append(office)
    location = admin.render_as_string(hide_password=False)

    def partyplan(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "partyplan", "district", *args, "--db", location, "--lang", "en"],
                              input=stdin, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=180)

    done = partyplan("add-office", office, "--title", "南山社区")
    assert done.returncode == 0, done.stderr
    assert office in done.stdout
    again = partyplan("add-office", office)
    assert again.returncode == 1 and "already exists" in again.stderr
    bad = partyplan("add-office", "Bad-Name")
    assert bad.returncode == 1 and "cannot name an office" in bad.stderr
    clerk = roles.name("clerk_c")
    roles.made.append(clerk)
    done = partyplan("add-user", clerk, "--office", office, "--password-stdin", stdin="pw\n")
    assert done.returncode == 0, done.stderr
    out = tmp_path / "summary.xlsx"
    done = partyplan("summary", "--year", "2026", "--xlsx", str(out))
    assert done.returncode == 0, done.stderr
    assert openpyxl.load_workbook(out).active.cell(3, 1).value == "南山社区"
    upgraded = partyplan("upgrade")
    assert upgraded.returncode == 0 and "already at this version" in upgraded.stdout


def test_a_server_upgrade_without_pg_dump_says_so(db_location, tmp_path, monkeypatch):
    from partyplan.db.engine import make_engine, resolve_url

    engine = make_engine(resolve_url(db_location))
    migrate.upgrade(engine, db_location, None, target="0007_store_identity")
    engine.dispose()
    monkeypatch.setenv("PARTYPLAN_PG_DUMP", str(tmp_path / "no-such-pg_dump"))
    db = open_database(db_location, backup_dir=tmp_path / "dumps")
    db.close()
    assert db.report.no_dump and db.report.backup is None and db.report.after == schema.HEAD
    from partyplan.texts import district as words

    assert "WITHOUT a backup" in words.upgrade_note(db.report)


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="PostgreSQL's client tools (pg_dump) are not installed")
def test_a_server_upgrade_by_a_command_dumps_the_store_first_and_says_where(db_location, tmp_path, monkeypatch):
    from partyplan.db.engine import make_engine, resolve_url

    engine = make_engine(resolve_url(db_location))
    migrate.upgrade(engine, db_location, None, target="0007_store_identity")
    engine.dispose()
    monkeypatch.delenv("PARTYPLAN_PG_DUMP", raising=False)
    monkeypatch.setenv("PARTYPLAN_HOME", str(tmp_path / "home"))  # where the command line's backups folder is
    done = subprocess.run([sys.executable, "-m", "partyplan", "plan", "list", "--db", db_location, "--lang", "en"],
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=180)
    assert done.returncode == 0, done.stderr
    assert "backed up first to" in done.stderr  # the command that upgraded it says so
    dumps = list((tmp_path / "home").rglob("*.dump"))
    assert len(dumps) == 1
    dump = dumps[0]
    db = open_database(db_location, backup_dir=tmp_path / "dumps")
    db.close()
    assert dump.stat().st_mode & 0o077 == 0, "the dump holds personal data: the user's alone"
    listing = subprocess.run(["pg_restore", "--list", str(dump)], capture_output=True, text=True, encoding="utf-8",
                             errors="replace", timeout=60)
    assert listing.returncode == 0 and "TABLE public people" in listing.stdout
    assert "before-upgrade-0007_store_identity" in dump.name
    assert db.report.before == db.report.after, "upgraded once"


def test_an_older_app_refuses_a_schema_a_newer_one_wrote(database, db_location, tmp_path):
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    with pytest.raises(NewerSchemaError) as caught:
        open_database(db_location, backup_dir=tmp_path / "dumps")
    assert "newer version" in error_message(caught.value)
    assert not (tmp_path / "dumps").exists(), "nothing is dumped or written for a schema it will not open"
