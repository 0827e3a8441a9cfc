"""Integrity checks: quick on start, full on demand; damage is named, never 'fixed' by writing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from partyplan.errors import NotADatabaseError
from partyplan.exchange import integrity, rotation

from .helpers import damage, make_store


def test_sound_store_passes_both_checks(tmp_path):
    path = make_store(tmp_path / "ok.sqlite3")
    assert integrity.check_file(path).ok
    full = integrity.check_file(path, full=True)
    assert full.ok and full.rows["people"] == 30 and full.tables > 10


def test_a_new_store_is_sound(tmp_path):
    assert integrity.check_file(tmp_path / "not-yet.sqlite3").ok


def test_damaged_store_is_reported_and_left_untouched(tmp_path):
    path = make_store(tmp_path / "bad.sqlite3")
    damage(path)
    before = path.read_bytes()
    report = integrity.check_file(path)
    assert not report.ok and report.problems
    with pytest.raises(integrity.DamagedDatabaseError) as caught:
        integrity.ensure_sound(path)
    assert caught.value.path == path
    assert path.read_bytes() == before
    wal = Path(str(path) + "-wal")  # a read-only reader of a WAL file may leave an empty one
    assert not wal.exists() or wal.stat().st_size == 0


def test_not_sqlite_is_not_called_damage(tmp_path):
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("会议纪要", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        integrity.check_file(letter)


def test_full_check_finds_rows_pointing_at_nothing(tmp_path):
    path = make_store(tmp_path / "fk.sqlite3", people=1)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("INSERT INTO person_roles (person_id, role) VALUES (999, 'volunteer')")
    con.commit()
    con.close()
    assert integrity.check_file(path).ok  # quick_check does not look at foreign keys
    report = integrity.check_file(path, full=True)
    assert not report.ok and "person_roles" in report.problems[0] and "people" in report.problems[0]


def test_newest_good_backup_skips_damaged_and_newer_ones(tmp_path):
    path = make_store(tmp_path / "office.sqlite3")
    folder = tmp_path / "backups"
    import datetime as dt

    good = rotation.make_backup(path, folder, "on-exit", now=dt.datetime(2026, 10, 1, 8, 0, 0))
    damaged = rotation.make_backup(path, folder, "on-exit", now=dt.datetime(2026, 10, 2, 8, 0, 0))
    damage(damaged.path)
    newer = rotation.make_backup(path, folder, "on-exit", now=dt.datetime(2026, 10, 3, 8, 0, 0))
    con = sqlite3.connect(newer.path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    assert integrity.newest_good_backup(path, folder).path == good.path
    assert integrity.newest_good_backup(tmp_path / "other.sqlite3", folder) is None


def test_check_database_on_a_server_only_asks_it_to_answer(database):
    report = integrity.check_database(database)
    assert report.ok
    assert report.on_server == (database.path is None)


def test_a_store_sqlite_cannot_open_is_not_called_damaged(tmp_path, monkeypatch):
    """What a store on a Windows share met: the URI `file://server/share/...` is refused by SQLite
    ("invalid uri authority"), and that was reported as damage, with a backup offered over a healthy
    file. Here the same refusal, for real, from this machine's SQLite."""
    from partyplan.errors import LocationError

    path = make_store(tmp_path / "ok.sqlite3")
    before = path.read_bytes()
    monkeypatch.setattr(integrity, "sqlite_inspect_uri", lambda _p: "file://server/share/ok.sqlite3?mode=ro")
    with pytest.raises(LocationError) as caught:
        integrity.ensure_sound(path)
    assert not isinstance(caught.value, integrity.DamagedDatabaseError) and caught.value.reason == "unreadable"
    assert path.read_bytes() == before


def test_only_corrupt_or_not_a_database_speak_of_content():
    def error(code: int) -> sqlite3.Error:
        exc = sqlite3.DatabaseError("x")
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        return exc

    assert integrity.is_damage(error(sqlite3.SQLITE_CORRUPT))
    assert integrity.is_damage(error(sqlite3.SQLITE_NOTADB))
    assert not integrity.is_damage(error(sqlite3.SQLITE_CANTOPEN))
    assert not integrity.is_damage(error(sqlite3.SQLITE_BUSY))
    assert not integrity.is_damage(error(sqlite3.SQLITE_IOERR | (13 << 8)))  # SQLITE_IOERR_FSTAT
