"""Each store has an identity; its backups are found, rotated and restored by it, never by file name.

One backups folder serves every store of a user. Two offices' stores can both be `office.sqlite3`
(a/ and b/ below): backing up one of them must never rotate the other's backups away, and a restore or
the offer made for a damaged store must never put the other's data in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from partyplan.db import identity, migrate, schema
from partyplan.db.database import UpgradeError, open_database
from partyplan.exchange import data_file, integrity, restore, rotation
from partyplan.people import service
from partyplan.people.validation import PersonData
from partyplan.texts import error_message

from .helpers import damage, make_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def names_in(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[0] for row in con.execute("SELECT name FROM people")}
    finally:
        con.close()


def add_person(path: Path, name: str) -> None:
    db = open_database(path, backup_dir=path.parent / "upgrades")
    with db.session() as session:
        service.add_person(session, PersonData(name=name))
    db.close()


def legacy_copy(store: Path, target: Path) -> Path:
    """A backup as an earlier version made it: a copy of the store without an identity, named without one."""
    shutil.copyfile(store, target)
    con = sqlite3.connect(target)
    con.execute(f"DROP TABLE {identity.TABLE}")
    con.commit()
    con.close()
    return target


def two_offices(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    return (make_store(tmp_path / "a" / "office.sqlite3", people=1),
            make_store(tmp_path / "b" / "office.sqlite3", people=2))


def test_every_store_has_its_own_identity_and_keeps_it(tmp_path):
    a, b = two_offices(tmp_path)
    ids = identity.read_file(a), identity.read_file(b)
    assert all(ids) and ids[0] != ids[1] and len(ids[0]) == 32
    add_person(a, "又一人")
    assert identity.read_file(a) == ids[0], "opening and writing keep it"
    moved = a.rename(tmp_path / "a" / "office-2026.sqlite3")
    assert identity.read_file(moved) == ids[0], "it belongs to the store, not to the file name"


def test_two_stores_with_one_file_name_never_rotate_each_others_backups(tmp_path):
    """The issue's case: backing b up ten times rotated away a's only backup, and a's restore offered b's data."""
    a, b = two_offices(tmp_path)
    folder = tmp_path / "backups"
    only_a = rotation.make_backup(a, folder, "on-exit")
    for n in range(12):
        add_person(b, f"乙{n}")
        rotation.make_backup(b, folder, "on-exit")
    assert only_a.path.exists(), "b's backups rotated a's only backup away"
    assert [x.path for x in rotation.backups_of(folder, identity.read_file(a), "office")] == [only_a.path]
    b_backups = rotation.backups_of(folder, identity.read_file(b), "office")
    assert len(b_backups) == rotation.KEEP_RECENT and only_a.path not in {x.path for x in b_backups}
    offered = integrity.newest_good_backup(a, folder)
    assert offered is not None and offered.path == only_a.path and names_in(offered.path) == names_in(a)


def test_a_damaged_store_is_offered_only_its_own_backups(tmp_path):
    a, b = two_offices(tmp_path)
    folder = tmp_path / "backups"
    mine = rotation.make_backup(a, folder, "on-exit")
    theirs = rotation.make_backup(b, folder, "on-exit")  # newer, same file name
    damage(a)
    assert identity.read_file(a) is None, "the damage reaches the identity: the index of the folder knows it"
    assert integrity.newest_good_backup(a, folder).path == mine.path
    result = restore.restore_backup(mine.path, a, folder)
    assert result.moved_aside is not None and len(names_in(a)) == 1
    assert identity.read_file(a) == identity.read_file(mine.path)
    stranger = make_store(tmp_path / "c.sqlite3", people=1)  # never backed up: nothing is known of it
    stranger = stranger.rename(tmp_path / "office.sqlite3")
    damage(stranger)
    assert integrity.newest_good_backup(stranger, folder) is None, f"offered {theirs.path.name}, another store's"


def test_backups_of_earlier_versions_are_listed_marked_and_never_rotated(tmp_path):
    a, _b = two_offices(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    legacy = [legacy_copy(a, folder / f"office-2025010{n}-080000-on-exit.sqlite3") for n in range(1, 6)]
    own = [rotation.make_backup(a, folder, "manual").path for _ in range(14)]
    assert all(path.exists() for path in legacy), "an earlier version's backup (maybe another store's) was rotated"
    listed = rotation.backups_of(folder, identity.read_file(a), "office")
    assert [x.path for x in listed if not x.legacy] == list(reversed(own[-rotation.KEEP_RECENT:]))
    assert {x.path for x in listed if x.legacy} == set(legacy)
    assert rotation.backups_of(folder, identity.read_file(a), "other") == [x for x in listed if not x.legacy]
    newest = integrity.newest_good_backup(a, folder)
    assert newest is not None and not newest.legacy
    preview = restore.preview_backup(legacy[0])
    assert preview.store is None and not preview.is_of(identity.read_file(a))


def test_rotation_never_deletes_a_file_whose_contents_are_another_stores(tmp_path):
    a, b = two_offices(tmp_path)
    folder = tmp_path / "backups"
    day = dt.datetime(2026, 1, 5, 9, 0, 0)
    first = rotation.make_backup(a, folder, "manual", now=day)
    disguised = first.path.with_name(first.path.name.replace("090000", "080000"))  # older, a's name, b's data
    shutil.copyfile(rotation.make_backup(b, tmp_path / "elsewhere", "manual").path, disguised)
    for n in range(12):
        rotation.make_backup(a, folder, "manual", now=day + dt.timedelta(minutes=n + 1))
    assert not first.path.exists(), "a's own oldest copy is rotated"
    assert disguised.exists(), "a file named as a's backup but holding b's data was deleted"


def test_a_restored_copy_of_another_store_takes_this_stores_identity(tmp_path):
    a, b = two_offices(tmp_path)
    folder = tmp_path / "backups"
    own = identity.read_file(a)
    older = rotation.make_backup(a, folder, "on-exit")
    copy_of_b = rotation.make_backup(b, tmp_path / "usb", "manual").path
    preview = restore.preview_backup(copy_of_b)
    assert preview.store == identity.read_file(b) and not preview.is_of(own)
    result = restore.restore_backup(copy_of_b, a, folder)
    assert names_in(a) == names_in(b) and identity.read_file(a) == own
    assert identity.read_file(copy_of_b) == identity.read_file(b), "the chosen file itself is not changed"
    kept = {x.path for x in rotation.backups_of(folder, own)}
    assert {older.path, result.safety_copy} <= kept, "the store's own backups are still its own"


def test_a_restored_backup_of_an_older_schema_keeps_the_stores_identity(tmp_path):
    path = make_store(tmp_path / "office.sqlite3", people=1)
    own = identity.read_file(path)
    old = tmp_path / "old-copy.sqlite3"
    shutil.copy(FIXTURES / "schema_0001_people.sqlite3", old)
    restore.restore_backup(old, path, tmp_path / "backups")
    db = open_database(path, backup_dir=tmp_path / "backups")
    assert db.report.before == "0001_people" and db.report.after == schema.HEAD
    db.close()
    assert identity.read_file(path) == own


def test_an_older_store_is_given_an_identity_that_its_pre_upgrade_backup_carries(tmp_path):
    old = tmp_path / "office.sqlite3"
    shutil.copy(FIXTURES / "schema_0001_people.sqlite3", old)
    db = open_database(old, backup_dir=tmp_path / "backups")
    db.close()
    own = identity.read_file(old)
    assert own is not None
    (backup,) = rotation.backups_of(tmp_path / "backups", own)
    assert backup.reason == "before-upgrade-0001_people" and identity.read_file(backup.path) == own


def test_a_failing_upgrade_is_undone_and_retrying_keeps_one_pre_upgrade_copy_that_is_never_rotated(tmp_path, monkeypatch):
    """Each retry used to back up the file again, and ten retries rotated the good pre-upgrade copy away."""
    path = tmp_path / "office.sqlite3"
    shutil.copy(FIXTURES / "schema_0001_people.sqlite3", path)
    folder = tmp_path / "backups"

    def broken(_conn, _target):  # type: ignore[no-untyped-def]
        raise RuntimeError("a migration that fails on this file")

    monkeypatch.setattr(migrate, "_run", broken)
    digests = set()
    for _attempt in range(12):
        with pytest.raises(UpgradeError) as caught:
            open_database(path, backup_dir=folder)
        digests.add(hashlib.sha256(path.read_bytes()).hexdigest())
    assert len(digests) == 1, "every failed attempt left the file as it was"
    message = error_message(caught.value)
    assert str(path) in message and "as it was" in message and str(caught.value.backup) in message
    own = identity.read_file(path)
    (before,) = rotation.backups_of(folder, own)
    assert before.reason == "before-upgrade-0001_people" and caught.value.backup == before.path
    monkeypatch.undo()
    db = open_database(path, backup_dir=folder)
    db.close()
    for n in range(rotation.KEEP_RECENT + 3):
        add_person(path, f"升级后{n}")
        rotation.make_backup(path, folder, "on-exit")
    assert before.path.exists(), "the last copy from before the upgrade was rotated away"
    assert names_in(before.path) == {"王建国", "李秀英", "张伟"}


def test_the_identity_does_not_travel_in_a_data_file(tmp_path):
    source = make_store(tmp_path / "office.sqlite3", people=3)
    db = open_database(source, backup_dir=tmp_path / "b")
    data_file.write_data_file(db, tmp_path / "all.json")
    db.close()
    assert identity.TABLE not in json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["tables"]
    target = open_database(tmp_path / "new.sqlite3", backup_dir=tmp_path / "b")
    data_file.import_data_file(target, tmp_path / "all.json")  # a new store is empty, identity or not
    target.close()
    assert names_in(tmp_path / "new.sqlite3") == names_in(source)
    assert identity.read_file(tmp_path / "new.sqlite3") not in (None, identity.read_file(source))
