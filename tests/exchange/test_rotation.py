"""Automatic backups: consistent while the store is open, verified, private, rotated, named."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from partyplan.db import identity
from partyplan.db.database import open_database
from partyplan.exchange import rotation
from partyplan.people import service
from partyplan.people.validation import PersonData
from partyplan.settings import backups_dir, data_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
POSIX = os.name == "posix"


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "office.sqlite3", backup_dir=tmp_path / "b")
    with db.session() as session:
        service.add_person(session, PersonData(name="张伟"))
    yield db
    db.close()


def names(folder: Path) -> list[str]:
    """What is in a backups folder, but the index of store identities (`.stores.json`)."""
    return sorted(p.name for p in folder.iterdir() if p.name != rotation.INDEX)


def marked(path: Path, store: str | None) -> Path:
    """A small SQLite file holding only a store identity (or none): enough for rotation to judge it by."""
    con = sqlite3.connect(path)
    if store is not None:
        identity.stamp_sqlite(con, store)
    else:
        con.execute("CREATE TABLE people (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    return path


def people_in(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        con.close()


def test_backup_is_verified_self_contained_and_named(store, tmp_path):
    folder = tmp_path / "backups"
    backup = rotation.make_backup(store.path, folder, "on-exit", now=dt.datetime(2026, 11, 3, 9, 30, 5))
    own = identity.read_file(store.path)
    assert backup.path.name == f"office-20261103-093005-on-exit.{own[:12]}.sqlite3"
    assert identity.read_file(backup.path) == own, "the copy carries the store's identity in full"
    assert names(folder) == [backup.path.name], "no temporary file left behind"
    assert rotation.verify(backup.path) == []
    assert people_in(backup.path) == 1
    con = sqlite3.connect(backup.path)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # no -wal needed beside it
    con.close()
    same_second = rotation.make_backup(store.path, folder, "on-exit", now=dt.datetime(2026, 11, 3, 9, 30, 5))
    assert same_second.path.name == f"office-20261103-093005-on-exit-2.{own[:12]}.sqlite3"
    assert [b.path for b in rotation.backups_of(folder, own)] == [same_second.path, backup.path]


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_backups_and_data_folder_are_private(store, tmp_path, monkeypatch):
    home = tmp_path / "new-home"
    monkeypatch.setenv("PARTYPLAN_HOME", str(home))
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
    folder = backups_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    backup = rotation.make_backup(store.path, folder, "on-exit")
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_an_existing_backups_folder_is_narrowed(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTYPLAN_HOME", str(tmp_path / "home2"))
    (tmp_path / "home2" / "backups").mkdir(parents=True, mode=0o755)
    os.chmod(tmp_path / "home2" / "backups", 0o755)
    assert stat.S_IMODE(backups_dir().stat().st_mode) == 0o700


def test_backup_while_another_connection_writes_is_consistent(store, tmp_path):
    """The online backup copies one snapshot: every copy holds whole transactions (pairs of people)."""
    stop = threading.Event()

    def writer() -> None:
        db = open_database(store.path, backup_dir=tmp_path / "b")
        n = 0
        while not stop.is_set():
            with db.session() as session:  # two people per unit of work
                service.add_person(session, PersonData(name=f"甲{n}"))
                service.add_person(session, PersonData(name=f"乙{n}"))
            n += 1
        db.close()

    thread = threading.Thread(target=writer)
    thread.start()
    counts = []
    try:
        for _ in range(15):
            copy = rotation.make_backup(store.path, tmp_path / "backups", "test").path
            assert rotation.verify(copy) == []
            counts.append(people_in(copy))
    finally:
        stop.set()
        thread.join()
    assert all(n % 2 == 1 for n in counts)  # the first person plus whole pairs, never half a unit of work
    assert counts[-1] > counts[0], "the writer was writing while the copies were made"


def test_a_copy_failing_its_check_is_deleted_and_reported(store, tmp_path, monkeypatch):
    monkeypatch.setattr(rotation, "verify", lambda _path, full=True: ["*** page 7: btreeInitPage() returns error"])
    with pytest.raises(rotation.BackupError) as caught:
        rotation.make_backup(store.path, tmp_path / "backups", "on-exit")
    assert caught.value.reason == "check_failed" and "page 7" in caught.value.detail
    assert names(tmp_path / "backups") == []


def test_unreadable_source_and_unwritable_folder_are_typed_errors(tmp_path):
    with pytest.raises(rotation.BackupError) as missing:
        rotation.make_backup(tmp_path / "gone.sqlite3", tmp_path / "backups", "on-exit")
    assert missing.value.reason == "unreadable"
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    source = tmp_path / "s.sqlite3"
    open_database(source, backup_dir=tmp_path / "b").close()
    with pytest.raises(rotation.BackupError) as folder:
        rotation.make_backup(source, blocker / "backups", "on-exit")
    assert folder.value.reason == "read_only"


def test_unchanged_store_is_not_backed_up_twice_on_exit(store, tmp_path):
    folder = tmp_path / "backups"
    first = rotation.make_backup(store.path, folder, "on-exit", skip_if_unchanged=True)
    again = rotation.make_backup(store.path, folder, "on-exit", skip_if_unchanged=True)
    assert again.unchanged and again.path == first.path and len(names(folder)) == 1
    with store.session() as session:
        service.add_person(session, PersonData(name="李娜"))
    changed = rotation.make_backup(store.path, folder, "on-exit", skip_if_unchanged=True)
    assert not changed.unchanged and len(names(folder)) == 2


def test_rotation_keeps_the_last_ten_and_one_per_month(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    own, other = "a" * 32, "b" * 32
    template = marked(tmp_path / "mine.sqlite3", own)
    start = dt.datetime(2024, 1, 15, 12, 0, 0)
    made = []
    for day in range(0, 30 * 30, 3):  # every third day for 30 months
        when = start + dt.timedelta(days=day)
        path = folder / f"office-{when:%Y%m%d-%H%M%S}-on-exit.{own[:12]}.sqlite3"
        shutil.copyfile(template, path)
        made.append((when, path))
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    theirs = marked(folder / f"office-20240101-000000-on-exit.{other[:12]}.sqlite3", other)  # another store's
    legacy = marked(folder / "office-20240102-000000-on-exit.sqlite3", None)  # an earlier version's
    rotation.rotate(folder, own)
    kept = {b.path for b in rotation.backups_of(folder, own)}
    newest_ten = {path for _when, path in made[-10:]}
    assert newest_ten <= kept
    months = {(w.year, w.month) for w, _ in made}
    newest_months = sorted(months)[-rotation.KEEP_MONTHS:]
    for month in newest_months:
        newest = max((w, p) for w, p in made if (w.year, w.month) == month)[1]
        assert newest in kept
    assert len(kept) <= 10 + rotation.KEEP_MONTHS
    assert (folder / "notes.txt").exists() and theirs.exists() and legacy.exists()
    oldest_month = min(months)
    assert not any((b.taken_at.year, b.taken_at.month) == oldest_month for b in rotation.backups_of(folder, own))


def test_keep_is_pure_and_counts_months_not_files():
    base = dt.datetime(2026, 1, 1)
    backups = [rotation.Backup(Path(f"x{n}"), "x", base + dt.timedelta(hours=n), "on-exit") for n in range(40)]
    assert rotation.keep(backups, keep_recent=10, keep_months=24) == {b.path for b in backups[-10:]}


def test_stale_temporary_files_of_a_killed_backup_are_removed(tmp_path, store):
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / ".office-abc123.tmp"
    old.write_bytes(b"half a backup")
    fresh = folder / ".office-def456.tmp"
    fresh.write_bytes(b"being written")
    os.utime(old, (0, 0))
    rotation.make_backup(store.path, folder, "on-exit")
    assert not old.exists() and fresh.exists()


def test_upgrade_backup_is_rotated_verified_and_private(tmp_path):
    old = tmp_path / "office.sqlite3"
    shutil.copy(FIXTURES / "schema_0001_people.sqlite3", old)
    backups = tmp_path / "backups"
    db = open_database(old, backup_dir=backups)
    db.close()
    (backup,) = rotation.backups_of(backups, identity.read_file(old))
    assert backup.reason == "before-upgrade-0001_people" and db.report.backup == backup.path
    assert rotation.verify(backup.path) == []
    if POSIX:
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600


def test_many_backups_within_one_second_keep_their_order(store, tmp_path):
    """Rotation frees names within the second; a new copy must still sort as the newest, not fill the gap."""
    folder = tmp_path / "backups"
    when = dt.datetime(2026, 11, 3, 9, 30, 5)
    made = [rotation.make_backup(store.path, folder, "on-exit" if n % 2 else "before-restore", now=when).path
            for n in range(14)]
    assert [b.path for b in rotation.backups_of(folder, identity.read_file(store.path))] == list(reversed(made[-10:]))
    assert all(path.exists() for path in made[-10:])


def test_an_unchanged_copy_is_dropped_before_its_long_check(store, tmp_path, monkeypatch):
    """On exit most sessions have changed nothing: the copy is compared with the newest (checked)
    backup first, so closing the app does not wait for integrity_check on a copy thrown away."""
    folder = tmp_path / "backups"
    rotation.make_backup(store.path, folder, "on-exit", skip_if_unchanged=True)
    checked = []
    real_verify = rotation.verify
    monkeypatch.setattr(rotation, "verify", lambda path, full=True: checked.append(path) or real_verify(path, full))
    again = rotation.make_backup(store.path, folder, "on-exit", skip_if_unchanged=True)
    assert again.unchanged and checked == [] and len(names(folder)) == 1
    assert not list(folder.glob(".*.tmp")), "the copy is gone"
    with store.session() as session:
        service.add_person(session, PersonData(name="王芳"))
    changed = rotation.make_backup(store.path, folder, "on-exit", skip_if_unchanged=True)
    assert not changed.unchanged and len(checked) == 1 and rotation.verify(changed.path) == []
