"""Files PartyPlan refuses or only reads are left as they were, with nothing beside them; a file it
cannot write is called read-only, never damaged; an address that cannot be one is explained.

Permissions mean nothing to root, and CI runs as root: the permission cases run their commands as the
unprivileged user `nobody` then (through runuser), in a folder that user owns.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from partyplan.db.database import open_database
from partyplan.db.engine import resolve_url
from partyplan.errors import BadAddressError, ForeignDatabaseError, NewerSchemaError
from partyplan.exchange import integrity, lock, opening, restore
from partyplan.texts import error_message



def make_store(path: Path, people: int = 30) -> Path:
    from partyplan.people import service
    from partyplan.people.validation import PersonData

    db = open_database(path, backup_dir=path.parent / "b")
    with db.session() as session:
        for n in range(people):
            service.add_person(session, PersonData(name=f"居民{n}", address="柳北桥小区" * 10))
    db.close()
    return path


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data) - 16, 4096):
        data[offset:offset + 16] = b"\xde\xad\xbe\xef" * 4
    path.write_bytes(bytes(data))

SRC = Path(__file__).resolve().parents[2] / "src"
POSIX = os.name == "posix"
pytestmark = pytest.mark.skipif(bool(os.environ.get("PARTYPLAN_TEST_DB")), reason="file stores: the SQLite pass")


@pytest.fixture(autouse=True)
def _no_locks_left():  # type: ignore[no-untyped-def]
    yield
    lock.release_all()


def beside(path: Path) -> list[str]:
    """What is in the file's folder besides the file itself."""
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def wal_store(path: Path, people: int = 30) -> Path:
    """A store as the app leaves it: in WAL mode, closed, nothing beside it."""
    make_store(path, people)
    shutil.rmtree(path.parent / "b", ignore_errors=True)
    assert not [name for name in beside(path) if name.startswith(path.name)]
    return path


# ------------------------------------------------------------------------------ nothing left beside


def test_files_refused_or_only_read_get_no_journal_beside_them(tmp_path):
    cases = {}
    (tmp_path / "damaged").mkdir()
    damaged = wal_store(tmp_path / "damaged" / "office.sqlite3")
    damage(damaged)
    cases["damaged"] = damaged
    (tmp_path / "foreign").mkdir()
    foreign = tmp_path / "foreign" / "other.db"
    con = sqlite3.connect(foreign)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    cases["foreign"] = foreign
    (tmp_path / "newer").mkdir()
    newer = wal_store(tmp_path / "newer" / "office.sqlite3")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    cases["newer"] = newer
    (tmp_path / "good").mkdir()
    cases["good"] = wal_store(tmp_path / "good" / "office.sqlite3")
    for name, path in cases.items():
        before = path.read_bytes()
        if name == "good":
            assert integrity.check_file(path, full=True).ok
            restore.preview_backup(path, full=True)  # "Other file..." in the restore dialog
        else:
            with pytest.raises((integrity.DamagedDatabaseError, ForeignDatabaseError, NewerSchemaError)):
                opening.open_checked(str(path))
        assert beside(path) == [], f"{name}: {beside(path)} left beside it"
        assert path.read_bytes() == before, name


def test_a_store_in_use_is_still_checked_through_its_journal(tmp_path):
    """With the writer's -wal there, the check reads it (immutable would miss what it holds)."""
    path = wal_store(tmp_path / "office.sqlite3", people=5)
    db = open_database(path, backup_dir=tmp_path / "b")
    from partyplan.people import service
    from partyplan.people.validation import PersonData

    with db.session() as session:
        service.add_person(session, PersonData(name="只在日志里"))
    assert Path(f"{path}-wal").stat().st_size > 0
    report = integrity.check_file(path, full=True)
    assert report.ok and report.rows["people"] == 6
    db.close()


# ------------------------------------------------------------------------------- as an unprivileged user


@pytest.fixture
def own_folder() -> Iterator[tuple[Path, list[str]]]:
    """A folder the user who runs the commands owns, and the prefix that runs a command as that user."""
    if not POSIX:
        pytest.skip("POSIX permissions")
    folder = Path(tempfile.mkdtemp(prefix="partyplan-perm-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("root without runuser: permissions cannot be tried")
        probe = subprocess.run(["runuser", "-u", "nobody", "--", sys.executable, "-c", "pass"], capture_output=True)
        if probe.returncode:  # e.g. the checkout lies in a folder only root may enter (mktemp -d makes them 0700)
            pytest.skip("the user nobody cannot run this Python, so permissions cannot be tried")
        os.chmod(folder, 0o755)
        shutil.chown(folder, "nobody")
        prefix = ["runuser", "-u", "nobody", "--"]
    try:
        yield folder, prefix
    finally:
        for path in folder.rglob("*"):
            os.chmod(path, 0o700) if path.is_dir() else None
        os.chmod(folder, 0o700)
        shutil.rmtree(folder)


def as_user(prefix: list[str], folder: Path, *args: str) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    env = {"PATH": os.environ.get("PATH", ""), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(SRC),
           "PARTYPLAN_HOME": str(folder / "home"), "PARTYPLAN_SETTINGS_DIR": str(folder / "home" / "settings"),
           "HOME": str(folder)}
    return subprocess.run([*prefix, sys.executable, "-m", "partyplan", *args, "--lang", "en"], capture_output=True,
                          text=True, env=env, cwd=folder, timeout=120, encoding="utf-8")


def hand_over(folder: Path, prefix: list[str]) -> None:
    if prefix:
        for path in [folder, *folder.rglob("*")]:
            shutil.chown(path, "nobody")


def test_a_writable_file_in_a_read_only_folder_is_read_only_not_damaged(own_folder):
    folder, prefix = own_folder
    store = folder / "office" / "office.sqlite3"
    store.parent.mkdir()
    wal_store(store, people=4)
    (folder / "home").mkdir()
    hand_over(folder, prefix)
    os.chmod(store.parent, 0o555)
    before = store.read_bytes()
    check = as_user(prefix, folder, "data", "check", "--full", "--db", str(store))
    assert check.returncode == 0 and "no damage found" in check.stdout, check.stderr
    opened = as_user(prefix, folder, "plan", "list", "--db", str(store))
    assert opened.returncode == 1 and "damaged" not in opened.stderr and "read-only" in opened.stderr, opened.stderr
    backup = as_user(prefix, folder, "data", "backup", "--db", str(store))
    assert backup.returncode == 0, backup.stderr
    assert beside(store) == [] and store.read_bytes() == before


def test_a_read_only_file_is_refused_and_nothing_is_made_beside_it(own_folder):
    folder, prefix = own_folder
    store = folder / "office.sqlite3"
    wal_store(store, people=4)
    (folder / "home").mkdir()
    hand_over(folder, prefix)
    os.chmod(store, 0o444)
    before = store.read_bytes()
    result = as_user(prefix, folder, "people", "import", str(store), "--db", str(store))
    assert result.returncode == 1 and "read-only" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("office")) == ["office.sqlite3"]
    assert store.read_bytes() == before


def test_an_unreadable_data_folder_is_explained(own_folder):
    folder, prefix = own_folder
    hand_over(folder, prefix)
    (folder / "home").mkdir(mode=0o000)
    hand_over(folder, prefix)
    os.chmod(folder / "home", 0o000)
    result = as_user(prefix, folder, "plan", "list")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert str(folder / "home") in result.stderr and "permission" in result.stderr


def test_a_file_where_the_data_folder_should_be_is_explained(tmp_path, monkeypatch, capsys, qapp):
    from partyplan import cli

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("PARTYPLAN_HOME", str(blocker))
    assert cli.main(["plan", "list", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert str(blocker) in err and "Traceback" not in err


# ------------------------------------------------------------------------------------- server addresses


@pytest.mark.parametrize(("address", "reason"), [
    ("postgresql://clerk:secret@db.office:notaport/partyplan", "port"),
    ("postgresql://clerk@db.office:70000/partyplan", "port"),
    ("postgresql://clerk@[::1/partyplan", "malformed"),
    ("mysql://clerk@db.office/partyplan", "driver"),
    ("http://db.office/partyplan", "driver"),
])
def test_a_malformed_server_address_is_explained(address, reason):
    with pytest.raises(BadAddressError) as caught:
        resolve_url(address)
    assert caught.value.reason == reason
    message = error_message(caught.value)
    assert "secret" not in message and "postgresql://user@server:5432/partyplan" in message
    assert resolve_url("postgresql://clerk@[::1]:5432/partyplan").host == "::1"
