"""One writer: the lock file says who holds a store; stale locks are taken over; read-only is safe."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from partyplan.db.database import ReadOnlyDatabaseError, open_database
from partyplan.errors import LocationError
from partyplan.exchange import lock
from partyplan.people import service
from partyplan.people.validation import PersonData

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HOLDER = """
import sys, time
from partyplan.exchange import lock
held = lock.acquire(sys.argv[1])
print("held", flush=True)
time.sleep(60)
"""


@pytest.fixture(autouse=True)
def _release_everything():  # type: ignore[no-untyped-def]
    yield
    lock.release_all()


def write_lock(store: Path, **fields) -> Path:  # type: ignore[no-untyped-def]
    info = {"user": "王芳", "host": socket.gethostname(), "pid": 999_999, "since": "2026-11-02T08:30:00",
            "token": "someone-else", "app": "PartyPlan 0.1.0"} | fields
    path = lock.lock_path_for(store)
    path.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
    return path


def start_holder(store: Path) -> subprocess.Popen:  # type: ignore[type-arg]
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(store)], stdout=subprocess.PIPE, text=True, encoding="utf-8")
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_lock_file_says_who_holds_the_store(tmp_path):
    store = tmp_path / "office.sqlite3"
    held = lock.acquire(store)
    data = json.loads(lock.lock_path_for(store).read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid() and data["host"] == socket.gethostname() and data["user"]
    assert dt.datetime.fromisoformat(data["since"]) <= dt.datetime.now()
    if os.name == "posix":
        assert stat.S_IMODE(held.lock_path.stat().st_mode) == 0o600
    assert lock.acquire(store) is held  # the same process may open it again
    held.release()
    assert not held.lock_path.exists()


def test_a_second_copy_is_told_who_holds_it_and_a_killed_one_is_taken_over(tmp_path):
    store = tmp_path / "office.sqlite3"
    proc = start_holder(store)
    try:
        with pytest.raises(lock.DatabaseLockedError) as caught:
            lock.acquire(store)
        holder = caught.value.holder
        assert holder is not None and holder.pid == proc.pid and holder.host == socket.gethostname()
        assert caught.value.lock_path == lock.lock_path_for(store.resolve())
    finally:
        proc.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        proc.wait()
    assert lock.lock_path_for(store).exists(), "a killed process leaves its lock behind"
    held = lock.acquire(store)  # dead pid on this host: stale, taken over
    assert held.info.pid == os.getpid()
    assert json.loads(held.lock_path.read_text(encoding="utf-8"))["token"] == held.info.token


def test_a_lock_from_another_computer_is_respected(tmp_path):
    store = tmp_path / "office.sqlite3"
    write_lock(store, host="office-pc-2", pid=1)
    with pytest.raises(lock.DatabaseLockedError) as caught:
        lock.acquire(store)
    assert caught.value.holder.host == "office-pc-2" and caught.value.holder.user == "王芳"


def test_a_reused_pid_or_a_lock_from_before_the_last_boot_is_stale(tmp_path):
    store = tmp_path / "office.sqlite3"
    write_lock(store, pid=os.getpid(), token="from-an-earlier-run")
    assert lock.acquire(store).info.token != "from-an-earlier-run"
    lock.release_all()
    write_lock(store, pid=1, since="2000-01-01T00:00:00")  # pid 1 is alive, but not since 2000
    assert lock.acquire(store).info.pid == os.getpid()


def test_boot_time_comes_from_the_system_not_from_proc(tmp_path, monkeypatch):
    """Windows has no /proc/stat: after a reboot the lock names a pid some other process now has.
    psutil reports the boot time there; here it is made to say "booted a minute ago"."""
    real_read_text = Path.read_text

    def no_proc(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(self).startswith("/proc"):
            raise FileNotFoundError(self)
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", no_proc)
    store = tmp_path / "office.sqlite3"
    oldest = min((p for p in psutil.process_iter(["pid", "create_time"]) if p.info["create_time"]),
                 key=lambda p: p.info["create_time"])  # running long before this test
    since = dt.datetime.fromtimestamp(oldest.info["create_time"] + 1)
    write_lock(store, pid=oldest.info["pid"], since=since.isoformat(timespec="seconds"))
    assert lock.is_stale(lock.holder_of(store)) is False, "alive, and the computer has run since then"
    monkeypatch.setattr(lock.psutil, "boot_time", lambda: time.time() - 60)
    assert lock.is_stale(lock.holder_of(store)) is True, "written before the last boot"


def test_a_pid_given_to_a_later_process_is_not_the_holder(tmp_path):
    """The lock's pid runs, but that process started after the lock was written: a reused number
    (common on Windows, which hands out low pids again soon)."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        store = tmp_path / "office.sqlite3"
        written = dt.datetime.now() - dt.timedelta(hours=2)
        write_lock(store, pid=child.pid, since=written.isoformat(timespec="seconds"))
        assert lock.is_stale(lock.holder_of(store)) is True
        write_lock(store, pid=child.pid, since=dt.datetime.now().isoformat(timespec="seconds"))
        assert lock.is_stale(lock.holder_of(store)) is False
    finally:
        child.kill()
        child.wait()


def test_an_unreadable_lock_is_waited_for_then_taken_over(tmp_path):
    store = tmp_path / "office.sqlite3"
    path = lock.lock_path_for(store)
    path.write_bytes(b"")  # created, not written yet: another copy is starting right now
    with pytest.raises(lock.DatabaseLockedError) as caught:
        lock.acquire(store)
    assert caught.value.holder is None
    old = time.time() - 60
    os.utime(path, (old, old))  # the copy that created it died before writing
    assert lock.acquire(store).info.pid == os.getpid()


def test_release_never_removes_a_lock_that_is_no_longer_ours(tmp_path):
    store = tmp_path / "office.sqlite3"
    held = lock.acquire(store)
    write_lock(store, token="taken-over-by-another-copy")
    held.release()
    assert lock.lock_path_for(store).exists()


def test_of_copies_starting_at_once_exactly_one_gets_the_store(tmp_path):
    store = tmp_path / "office.sqlite3"
    start = time.time() + 2.0
    code = """
import sys, time
from partyplan.exchange import lock
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
try:
    lock.acquire(sys.argv[1])
    print("won", flush=True)
    time.sleep(1.5)
except lock.DatabaseLockedError:
    print("lost", flush=True)
"""
    procs = [subprocess.Popen([sys.executable, "-c", code, str(store), str(start)], stdout=subprocess.PIPE, text=True, encoding="utf-8")
             for _ in range(6)]
    results = [proc.communicate(timeout=60)[0].strip() for proc in procs]
    assert sorted(results) == ["lost"] * 5 + ["won"]
    assert not lock.lock_path_for(store).exists(), "the winner released it at exit"


def test_a_folder_that_cannot_hold_a_lock_is_a_location_error(tmp_path):
    with pytest.raises(LocationError) as caught:
        lock.acquire(tmp_path / "missing-folder" / "office.sqlite3")
    assert caught.value.reason == "no_folder"


# ----------------------------------------------------------------------------------- read-only open


def test_read_only_store_reads_and_refuses_writes_clearly(tmp_path):
    path = tmp_path / "office.sqlite3"
    writer = open_database(path, backup_dir=tmp_path / "b")
    with writer.session() as session:
        service.add_person(session, PersonData(name="张伟"))
    reader = open_database(path, read_only=True)
    assert reader.read_only and reader.path == path.resolve() and reader.display_name == str(path.resolve())
    with reader.session() as session:
        assert [p.name for p in service.list_people(session)] == ["张伟"]
    with pytest.raises(ReadOnlyDatabaseError) as caught:
        with reader.session() as session:
            service.add_person(session, PersonData(name="李娜"))
    assert caught.value.location == str(path.resolve()) and caught.value.reason == "write"
    with writer.session() as session:  # the writer carries on, and the reader sees its work
        service.add_person(session, PersonData(name="王芳"))
    with reader.session() as session:
        assert sorted(p.name for p in service.list_people(session)) == ["张伟", "王芳"]
    reader.close()
    writer.close()


def test_read_only_never_creates_or_upgrades(tmp_path):
    with pytest.raises(LocationError) as missing:
        open_database(tmp_path / "nothing.sqlite3", read_only=True)
    assert missing.value.reason == "no_file" and not (tmp_path / "nothing.sqlite3").exists()
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0001_people.sqlite3", old)
    before = old.read_bytes()
    with pytest.raises(ReadOnlyDatabaseError) as caught:
        open_database(old, read_only=True)
    assert caught.value.reason == "needs_upgrade" and old.read_bytes() == before


def test_read_only_path_with_uri_characters(tmp_path):
    folder = tmp_path / "党建 #1 %备份"  # no "?": Windows forbids it in a name
    folder.mkdir()
    path = folder / "office.sqlite3"
    open_database(path, backup_dir=tmp_path / "b").close()
    reader = open_database(path, read_only=True)
    with reader.session() as session:
        assert service.list_people(session) == []
    reader.close()
