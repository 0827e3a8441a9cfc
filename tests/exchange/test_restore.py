"""Restore: a preview to decide with; the current store backed up first; all or nothing."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from partyplan.db import schema
from partyplan.db.database import open_database
from partyplan.errors import ForeignDatabaseError, NewerSchemaError, NotADatabaseError
from partyplan.exchange import integrity, restore, rotation
from partyplan.people import service
from partyplan.people.validation import PersonData

from .helpers import damage, make_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def names_in(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[0] for row in con.execute("SELECT name FROM people")}
    finally:
        con.close()


def test_preview_says_when_why_and_how_much(tmp_path):
    path = make_store(tmp_path / "office.sqlite3", people=12)
    backup = rotation.make_backup(path, tmp_path / "backups", "on-exit", now=dt.datetime(2026, 9, 30, 17, 45, 0))
    preview = restore.preview_backup(backup.path)
    assert preview.taken_at == dt.datetime(2026, 9, 30, 17, 45, 0) and preview.reason == "on-exit"
    assert preview.counts["people"] == 12 and preview.total_rows >= 12
    assert preview.revision == schema.HEAD and not preview.needs_upgrade


def test_preview_refuses_what_cannot_be_restored(tmp_path):
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("not a database", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        restore.preview_backup(letter)
    foreign = tmp_path / "other.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.close()
    with pytest.raises(ForeignDatabaseError):
        restore.preview_backup(foreign)
    newer = make_store(tmp_path / "newer.sqlite3", people=1)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with pytest.raises(NewerSchemaError):
        restore.preview_backup(newer)
    bad = make_store(tmp_path / "bad.sqlite3")
    damage(bad)
    with pytest.raises(integrity.DamagedDatabaseError):
        restore.preview_backup(bad)
    with pytest.raises(NotADatabaseError):
        restore.preview_backup(tmp_path / "missing.sqlite3")


def test_restore_backs_the_current_store_up_first(tmp_path):
    path = make_store(tmp_path / "office.sqlite3", people=2)
    folder = tmp_path / "backups"
    backup = rotation.make_backup(path, folder, "on-exit")
    db = open_database(path, backup_dir=folder)
    with db.session() as session:
        service.add_person(session, PersonData(name="后来的人"))
    db.engine.dispose()  # what the window does before a restore
    result = restore.restore_backup(backup.path, path, folder)
    assert "后来的人" not in names_in(path) and len(names_in(path)) == 2
    assert result.safety_copy is not None and "后来的人" in names_in(result.safety_copy)
    assert rotation.parse_name(result.safety_copy).reason == "before-restore"
    assert integrity.check_file(path, full=True).ok
    with db.session() as session:  # the same Database sees the restored contents
        assert len(service.list_people(session)) == 2
    db.close()


def test_restoring_into_a_damaged_store_keeps_the_damaged_file_aside(tmp_path):
    path = make_store(tmp_path / "office.sqlite3", people=3)
    folder = tmp_path / "backups"
    backup = rotation.make_backup(path, folder, "on-exit")
    damage(path)
    damaged_bytes = path.read_bytes()
    result = restore.restore_backup(backup.path, path, folder)
    assert result.moved_aside is not None and result.moved_aside.read_bytes() == damaged_bytes
    assert result.moved_aside.name.startswith("office.damaged-")
    assert integrity.check_file(path, full=True).ok and len(names_in(path)) == 3


def test_an_older_backup_is_upgraded_when_opened(tmp_path):
    old_backup = tmp_path / "old-copy.sqlite3"
    shutil.copy(FIXTURES / "schema_0001_people.sqlite3", old_backup)
    assert restore.preview_backup(old_backup).needs_upgrade
    path = make_store(tmp_path / "office.sqlite3", people=1)
    restore.restore_backup(old_backup, path, tmp_path / "backups")
    db = open_database(path, backup_dir=tmp_path / "backups")
    assert db.report.before == "0001_people" and db.report.after == schema.HEAD
    with db.session() as session:
        assert {p.name for p in service.list_people(session)} == {"王建国", "李秀英", "张伟"}
    db.close()


def test_restoring_a_store_onto_itself_is_refused(tmp_path):
    path = make_store(tmp_path / "office.sqlite3", people=1)
    with pytest.raises(restore.RestoreError) as caught:
        restore.restore_backup(path, path, tmp_path / "backups")
    assert caught.value.reason == "same_file"


def test_a_failed_copy_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    path = make_store(tmp_path / "office.sqlite3", people=4)
    other = make_store(tmp_path / "other.sqlite3", people=1)
    before = names_in(path)

    def broken_copy(backup, store, shown=None):  # type: ignore[no-untyped-def]
        raise restore.RestoreError(store, backup, "busy", "database is locked")

    monkeypatch.setattr(restore, "_copy_into", broken_copy)
    with pytest.raises(restore.RestoreError):
        restore.restore_backup(other, path, tmp_path / "backups")
    assert names_in(path) == before


def tampered(source: Path, target: Path, *statements: str) -> Path:
    """A copy of `source` changed by another program, foreign keys off as most SQLite tools have them."""
    shutil.copyfile(source, target)
    con = sqlite3.connect(target)
    con.execute("PRAGMA foreign_keys=OFF")
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()
    return target


def test_a_backup_with_rows_pointing_at_missing_rows_is_refused(tmp_path):
    """The issue restored a backup whose roster rows pointed at a person who was not there."""
    path = make_store(tmp_path / "office.sqlite3", people=3)
    before = names_in(path)
    broken = tampered(path, tmp_path / "orphans.sqlite3",
                      "INSERT INTO person_roles (person_id, role) VALUES (9999, 'volunteer')")
    assert restore.preview_backup(broken).counts["person_roles"] == 1, "the quick preview cannot see it"
    with pytest.raises(integrity.DamagedDatabaseError) as caught:
        restore.restore_backup(broken, path, tmp_path / "backups")
    assert "person_roles" in caught.value.problems[0] and "missing row of people" in caught.value.problems[0]
    assert names_in(path) == before and not (tmp_path / "backups").exists()
    with pytest.raises(integrity.DamagedDatabaseError):
        restore.preview_backup(broken, full=True)


def test_a_backup_holding_a_trigger_or_a_table_of_its_own_is_refused(tmp_path):
    path = make_store(tmp_path / "office.sqlite3", people=3)
    before = path.read_bytes()
    cases = {
        "trigger wipe": "CREATE TRIGGER wipe AFTER INSERT ON people BEGIN DELETE FROM people; END",
        "view everyone": "CREATE VIEW everyone AS SELECT name, id_number FROM people",
        "table invoices": "CREATE TABLE invoices (id INTEGER PRIMARY KEY)",
        "missing table plans": "DROP TABLE plans",
    }
    for n, (named, statement) in enumerate(cases.items()):
        hostile = tampered(path, tmp_path / f"hostile{n}.sqlite3", statement)
        with pytest.raises(restore.UnexpectedSchemaError) as caught:
            restore.preview_backup(hostile)
        assert caught.value.objects == (named,)
        with pytest.raises(restore.UnexpectedSchemaError):
            restore.restore_backup(hostile, path, tmp_path / "backups")
        assert path.read_bytes() == before
        from partyplan.texts import error_message

        assert named in error_message(caught.value) and str(hostile) in error_message(caught.value)


def test_backups_of_every_older_revision_still_pass_the_schema_check(tmp_path):
    """No false alarm: a store at each revision, as its migrations made it, holds exactly what is expected."""
    from partyplan.db import migrate
    from partyplan.db.engine import make_engine, resolve_url

    for revision in sorted(migrate.known_revisions()):
        scratch = tmp_path / f"{revision}.sqlite3"
        engine = make_engine(resolve_url(str(scratch)))
        migrate.upgrade(engine, str(scratch), None, target=revision)
        engine.dispose()
        assert migrate.unexpected_objects(scratch, revision) == [], revision
    old = tmp_path / "old-copy.sqlite3"
    shutil.copy(FIXTURES / "schema_0001_people.sqlite3", old)
    assert restore.preview_backup(old, full=True).revision == "0001_people"
