"""Opening, migrating and refusing stores: on SQLite files and on the PostgreSQL server alike."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from partyplan.db import identity, migrate
from partyplan.db.base import Base
from partyplan.db.database import open_database
from partyplan.db.engine import make_engine, resolve_url
from partyplan.db.models import Person
from partyplan.exchange import rotation
from partyplan.errors import ForeignDatabaseError, LocationError, NewerSchemaError, NotADatabaseError
from partyplan.people import service as people

FIXTURES = Path(__file__).parents[1] / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_at_head_and_models_match_migrations(database):
    with database.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"


def test_head_constant_matches_the_migration_scripts():
    from partyplan.db.schema import HEAD

    assert HEAD == migrate.head_revision(), "update partyplan.db.schema.HEAD with each new migration"


def test_sqlite_store_has_wal_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "x.sqlite3", backup_dir=tmp_path / "b")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.close()


def test_old_schema_file_upgrades_without_losing_rows(tmp_path):
    old = tmp_path / "office.sqlite3"
    shutil.copy(FIXTURES / "schema_0001_people.sqlite3", old)
    backups = tmp_path / "backups"
    db = open_database(old, backup_dir=backups)
    assert db.report.before == "0001_people"
    assert db.report.after == migrate.head_revision()
    with db.session() as session:
        rows = {r.name: r for r in people.list_people(session)}
    assert set(rows) == {"王建国", "李秀英", "张伟"}
    assert rows["李秀英"].phone == "13907710002"
    assert [r.value for r in rows["王建国"].roles] == ["cadre"]
    assert rows["张伟"].household is None  # the column added by 0002 exists and is empty
    db.close()
    # the backup taken before upgrading is the old file, already marked with the store's identity
    (backup,) = rotation.list_backups(backups)
    con = sqlite3.connect(backup.path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_people",)
    assert con.execute("SELECT count(*) FROM people").fetchone() == (3,)
    con.close()
    assert identity.read_file(backup.path) == identity.read_file(old) and backup.of(identity.read_file(old))


def test_upgrade_from_first_revision_keeps_rows_on_this_backend(db_location, tmp_path):
    engine = make_engine(resolve_url(db_location))
    migrate.upgrade(engine, db_location, None, target="0001_people")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO people (name, archived) VALUES ('刘洋', false)"))
        pid = conn.execute(text("SELECT id FROM people WHERE name = '刘洋'")).scalar()
        conn.execute(text("INSERT INTO person_roles (person_id, role) VALUES (:p, 'volunteer')"), {"p": pid})
    engine.dispose()
    db = open_database(db_location, backup_dir=tmp_path / "b")
    with db.session() as session:
        (row,) = people.list_people(session)
    assert row.name == "刘洋" and {r.value for r in row.roles} == {"volunteer"}
    db.close()


def test_newer_schema_is_refused_and_left_untouched(db_location, tmp_path):
    db = open_database(db_location, backup_dir=tmp_path / "b")
    with db.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.close()
    path = Path(db_location) if "://" not in db_location else None
    before = digest(path) if path else None
    with pytest.raises(NewerSchemaError) as info:
        open_database(db_location, backup_dir=tmp_path / "b")
    assert info.value.found == "9999_from_the_future"
    if path:
        assert digest(path) == before
    engine = make_engine(resolve_url(db_location))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_from_the_future"
    engine.dispose()


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("这是一份会议记录，不是数据库。".encode() * 50)
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        open_database(path, backup_dir=tmp_path / "b")
    assert digest(path) == before
    assert not (tmp_path / "b").exists()


def test_other_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    con.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError):
        open_database(path, backup_dir=tmp_path / "b")
    assert digest(path) == before


def test_missing_folder_is_a_location_error(tmp_path):
    with pytest.raises(LocationError) as info:
        open_database(tmp_path / "no" / "such" / "x.sqlite3")
    assert info.value.reason == "no_folder"
    assert not (tmp_path / "no").exists()


def test_committed_rows_survive_reopening(db_location, tmp_path):
    db = open_database(db_location, backup_dir=tmp_path / "b")
    with db.session() as session:
        session.add(Person(name="黄丽"))
    db.close()
    db = open_database(db_location, backup_dir=tmp_path / "b")
    with db.session() as session:
        assert session.scalars(select(Person.name)).all() == ["黄丽"]
    assert db.report.backup is None  # nothing to migrate, so no backup copy either
    db.close()


def test_location_comes_from_argument_then_environment_then_data_folder(tmp_path, monkeypatch):
    assert resolve_url(None).database == str((tmp_path / "home" / "partyplan.sqlite3").resolve())
    monkeypatch.setenv("PARTYPLAN_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).database == str(tmp_path / "env.sqlite3")
    assert resolve_url(str(tmp_path / "arg.sqlite3")).database == str(tmp_path / "arg.sqlite3")
    url = resolve_url("postgresql://u:secret@server:5432/office")
    assert url.drivername == "postgresql+psycopg" and url.host == "server"


def test_file_on_a_network_share_is_flagged(tmp_path, monkeypatch):
    from partyplan.db import engine as engine_module

    monkeypatch.setattr(engine_module, "_mount_fstype", lambda _path: "cifs")
    db = open_database(tmp_path / "shared.sqlite3", backup_dir=tmp_path / "b")
    assert db.network_path
    db.close()
    monkeypatch.setattr(engine_module, "_mount_fstype", lambda _path: "ext4")
    db = open_database(tmp_path / "shared.sqlite3", backup_dir=tmp_path / "b")
    assert not db.network_path
    db.close()


def test_unreachable_server_is_explained(tmp_path):
    from partyplan.errors import DatabaseUnavailableError

    with pytest.raises(DatabaseUnavailableError) as info:
        open_database("postgresql://nobody:pw@127.0.0.1:1/none")
    assert "pw" not in info.value.location and "127.0.0.1" in info.value.location
