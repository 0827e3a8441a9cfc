"""Moving a store to a PostgreSQL server and back: every row, checked first, sequences reset."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
import sqlalchemy as sa

from partyplan.db.database import open_database
from partyplan.exchange import copy_store, data_file
from partyplan.people import service
from partyplan.people.validation import PersonData
from partyplan.texts import data_safety as data_texts

from .test_data_file import rows_of

PG_URL = os.environ.get("PARTYPLAN_TEST_DB", "")
needs_server = pytest.mark.skipif(not PG_URL, reason="set PARTYPLAN_TEST_DB to a PostgreSQL server")


@pytest.fixture
def demo_file(tmp_path, demo_store_file):  # type: ignore[no-untyped-def]
    shutil.copy(demo_store_file, tmp_path / "office.sqlite3")
    db = open_database(tmp_path / "office.sqlite3", backup_dir=tmp_path / "b")
    yield db
    db.close()


def test_copy_to_another_file(demo_file, tmp_path):
    report = copy_store.copy_store(demo_file, str(tmp_path / "copy.sqlite3"))
    copy = open_database(tmp_path / "copy.sqlite3", backup_dir=tmp_path / "b")
    assert report.rows > 500 and rows_of(copy) == rows_of(demo_file)
    copy.close()


@needs_server
def test_to_postgresql_and_back_is_identical_and_sequences_continue(demo_file, fresh_location, tmp_path):
    server = fresh_location("server")
    report = copy_store.copy_store(demo_file, server)
    assert report.target.startswith("postgresql")
    pg = open_database(server)
    assert rows_of(pg) == rows_of(demo_file)
    highest = max(r[0] for r in rows_of(pg)["people"])
    with pg.session() as session:  # the id sequence was moved past the copied ids
        new_id = service.add_person(session, PersonData(name="新来的社工"))
    assert new_id == highest + 1
    back = tmp_path / "back.sqlite3"
    copy_store.copy_store(pg, str(back))
    local = open_database(back, backup_dir=tmp_path / "b")
    assert rows_of(local)["people"][-1][1] == "新来的社工"
    local_rows, demo_rows = rows_of(local), rows_of(demo_file)
    assert {k: v for k, v in local_rows.items() if k not in ("people", "audit_log")} == \
        {k: v for k, v in demo_rows.items() if k not in ("people", "audit_log")}
    copied = len(demo_rows["audit_log"])  # the log came along, and holds the new person's entry after it
    assert local_rows["audit_log"][:copied] == demo_rows["audit_log"]
    assert [entry[3:6] for entry in local_rows["audit_log"][copied:]] == [("people", str(new_id), "insert")]
    local.close()
    pg.close()


@needs_server
def test_what_postgresql_would_refuse_is_named_and_the_server_stays_empty(tmp_path, fresh_location):
    source = open_database(tmp_path / "office.sqlite3", backup_dir=tmp_path / "b")
    with source.session() as session:
        service.add_person(session, PersonData(name="张伟"))
    con = sqlite3.connect(tmp_path / "office.sqlite3")  # SQLite does not enforce VARCHAR lengths
    con.execute("UPDATE people SET name = ?", ("很" * 80,))
    con.commit()
    con.close()
    server = fresh_location("refused")
    with pytest.raises(data_file.DataFileError) as caught:
        copy_store.copy_store(source, server)
    assert [data_texts.problem_line(p) for p in caught.value.problems] == ["people[0].name: longer than 64 characters"]
    source.close()
    engine = sa.create_engine(server)
    with engine.connect() as conn:
        assert not sa.inspect(conn).has_table("people") or conn.execute(sa.text("SELECT count(*) FROM people")).scalar() == 0
    engine.dispose()


def test_copy_onto_itself_or_into_a_filled_store_is_refused(demo_file, tmp_path):
    with pytest.raises(copy_store.CopyTargetError):
        copy_store.copy_store(demo_file, str(demo_file.path))
    filled = tmp_path / "filled.sqlite3"
    db = open_database(filled, backup_dir=tmp_path / "b")
    with db.session() as session:
        service.add_person(session, PersonData(name="已有的人"))
    db.close()
    with pytest.raises(data_file.DataFileError) as caught:
        copy_store.copy_store(demo_file, str(filled))
    assert caught.value.reason == "not_empty"
    db = open_database(filled, backup_dir=tmp_path / "b")
    with db.session() as session:
        assert [p.name for p in service.list_people(session)] == ["已有的人"]
    db.close()


def test_command_line_copy(cli, demo_file, tmp_path, fresh_location):
    target = fresh_location("cli") if PG_URL else str(tmp_path / "cli.sqlite3")
    result = cli("data", "copy", "--db", str(demo_file.path), "--to", target, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "copied from" in result.stdout and "password" not in result.stdout
    copy = open_database(target, backup_dir=tmp_path / "b")
    assert rows_of(copy) == rows_of(demo_file)
    copy.close()
