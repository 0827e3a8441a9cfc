"""Crash safety: a writer killed with SIGKILL at random moments loses at most the unit of work in flight.

A fork server (one Python process that has imported the app once) forks a writer per round; the writer
opens the store with `open_database` and commits units of work through `Database.session()`, printing
"B tag n" before each unit and "C tag n" once it is committed. The test kills the writer at a random
moment (during the open, mid-transaction, mid-commit, between units; most rounds after its first unit is
committed, so that a slow or busy machine still sees work between kills), then checks, every round:

- the store passes `PRAGMA integrity_check` and opens with `open_database`;
- every committed unit is there, whole: n people, each with both roles (rows lost: 0);
- the unit in flight is all there or not there at all, never half;
- the office counter written in the same unit equals the number of people (no torn unit across tables).

Forking keeps each round to a few milliseconds, so CI runs KILLS rounds in well under a minute.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from partyplan.db.database import open_database, sqlite_readonly_uri

KILLS = int(os.environ.get("PARTYPLAN_CRASH_KILLS", "200"))
RESTORE_KILLS = int(os.environ.get("PARTYPLAN_CRASH_RESTORE_KILLS", "30"))
TIME_LIMIT = 120.0  # seconds for the whole run, a safety net; it takes ~15 s on 2 cores

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL (POSIX)"),
    pytest.mark.skipif(bool(os.environ.get("PARTYPLAN_TEST_DB")), reason="a SQLite file test: runs in the SQLite pass"),
]

SERVER = textwrap.dedent("""
    import os, random, sys
    from partyplan.db.database import open_database
    from partyplan.db.models import OfficeSetting, Person, PersonRole, Role

    PATH = sys.argv[1]

    def say(text):
        os.write(1, (text + "\\n").encode())

    def writer(seed):
        rng = random.Random(seed)
        db = open_database(PATH)
        unit = 0
        while True:
            unit += 1
            tag, n = f"{seed}-{unit}", rng.choice((1, 1, 2, 5, 20))
            say(f"B {tag} {n}")
            with db.session() as session:
                for i in range(n):
                    person = Person(name=f"k{tag}-{i}", notes=tag)
                    session.add(person)
                    session.flush()
                    session.add_all([PersonRole(person_id=person.id, role=Role.VOLUNTEER),
                                     PersonRole(person_id=person.id, role=Role.CADRE)])
                counter = session.get(OfficeSetting, "crash_total")
                counter.value = str(int(counter.value) + n)
            say(f"C {tag} {n}")

    for line in sys.stdin:
        seed = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                writer(seed)
            finally:
                os._exit(0)
        say(f"P {pid}")
        os.waitpid(pid, 0)
        say("D")
""")

RESTORER = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from partyplan.db import migrate, schema
    from partyplan.exchange import restore
    migrate.objects_at(schema.HEAD)  # what a backup may hold, worked out once before forking
    store, folder, backups = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                n = int(line.split()[1])
                restore.restore_backup(Path(backups[n % len(backups)]), store, folder)
                os.write(1, f"R {n % len(backups)}\\n".encode())
            finally:
                os._exit(0)
        os.write(1, f"P {pid}\\n".encode())
        os.waitpid(pid, 0)
        os.write(1, b"D\\n")
""")


class Server:
    """The fork server, with a thread reading its output so that the writer never blocks on a full pipe."""

    def __init__(self, code: str, *args: str) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.proc = subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=env, bufsize=0)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.put(raw.decode().strip())
        self.lines.put("EOF")

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((text + "\n").encode())

    def until(self, prefix: str, seen: list[str]) -> str:
        while True:
            line = self.lines.get(timeout=60)
            if line == "EOF":
                raise AssertionError(f"server died: {seen[-5:]}")
            if line.startswith(prefix):
                return line
            seen.append(line)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def prepare(path: Path) -> None:
    db = open_database(path, backup_dir=path.parent / "b")
    with db.session() as session:
        from partyplan.db.models import OfficeSetting

        session.add(OfficeSetting(key="crash_total", value="0"))
    db.close()


def kill(pid: int, seen: list[str], may_have_finished: bool = False) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:  # a writer only ends by being killed: anything else is an error in it
        if not may_have_finished:
            pytest.fail(f"the writer {pid} died by itself (see its stderr); last lines: {seen[-3:]}")


def pause(rng: random.Random) -> float:
    """Mostly after the writer got going (its open takes ~20 ms), sometimes during the open itself."""
    roll = rng.random()
    if roll < 0.1:
        return 0.0
    if roll < 0.3:
        return rng.uniform(0.0, 0.03)
    return rng.uniform(0.02, 0.15)


def check_store(path: Path, committed: dict[str, int], begun: dict[str, int]) -> tuple[int, int]:
    """Integrity, every committed unit whole, the unit in flight whole or absent; returns (lost, in flight kept)."""
    con = sqlite3.connect(sqlite_readonly_uri(path), uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        people = Counter(tag for (tag,) in con.execute("SELECT notes FROM people"))
        role_count, with_roles = con.execute("SELECT count(*), count(DISTINCT person_id) FROM person_roles").fetchone()
        total = int(con.execute("SELECT value FROM office_settings WHERE key = 'crash_total'").fetchone()[0])
    finally:
        con.close()
    count = sum(people.values())
    assert role_count == 2 * count and with_roles == count, "a person without both roles: a torn unit of work"
    assert total == count, "the counter and the people disagree: a torn unit of work"
    lost = sum(1 for tag, n in committed.items() if people.get(tag, 0) != n)
    kept = 0
    for tag, n in begun.items():
        if tag not in committed:
            assert people.get(tag, 0) in (0, n), f"unit {tag} is half there"
            kept += people.get(tag, 0) == n
    return lost, kept


def test_sigkill_writer_loses_nothing_committed(tmp_path):
    path = tmp_path / "crash.sqlite3"
    prepare(path)
    server = Server(SERVER, str(path))
    rng = random.Random(20261122)
    committed: dict[str, int] = {}
    begun: dict[str, int] = {}
    survived = lost_total = in_flight = in_flight_kept = 0
    started = time.monotonic()
    try:
        for round_ in range(KILLS):
            assert time.monotonic() - started < TIME_LIMIT, f"too slow: {round_} kills in {TIME_LIMIT} s"
            seen: list[str] = []
            server.send(f"go {round_}")
            pid = int(server.until("P ", seen).split()[1])
            delay = pause(rng)
            if delay >= 0.02:  # meant for the work: counted from the first committed unit, however slow the machine
                seen.append(server.until("C ", seen))
                delay /= 2
            time.sleep(delay)
            kill(pid, seen)
            server.until("D", seen)
            while not server.lines.empty():
                seen.append(server.lines.get())
            for line in seen:
                kind, tag, n = line.split()
                (committed if kind == "C" else begun)[tag] = int(n)
            in_flight += any(tag not in committed for tag in begun if tag.startswith(f"{round_}-"))
            lost, kept = check_store(path, committed, begun)
            lost_total += lost
            in_flight_kept += kept
            survived += lost == 0
        db = open_database(path, backup_dir=tmp_path / "b")  # the app's own way in, after all of it
        db.close()
    finally:
        server.close()
    elapsed = time.monotonic() - started
    units = len(committed)
    print(f"\nSIGKILL: {survived}/{KILLS} kills survived, {units} units committed, {sum(committed.values())} people, "
          f"{in_flight} kills mid-unit, rows lost: {lost_total}, {elapsed:.1f} s")
    assert lost_total == 0 and survived == KILLS
    assert units > KILLS // 2, "the writer got to work between kills"
    assert in_flight > KILLS // 4, "many kills landed inside a unit of work"


def test_sigkill_during_restore_leaves_the_old_or_the_new_store_whole(tmp_path):
    """Restore copies with the backup API, one transaction: a kill leaves one of the two, never a mix."""
    from partyplan.exchange import restore, rotation
    from partyplan.people import service
    from partyplan.people.validation import PersonData

    path = tmp_path / "office.sqlite3"
    folder = tmp_path / "backups"
    db = open_database(path, backup_dir=tmp_path / "b")
    backups = []
    for size in (50, 400):
        with db.session() as session:
            for n in range(size):
                service.add_person(session, PersonData(name=f"第{size}批{n}", notes="x" * 300))
        made = rotation.make_backup(path, folder, f"set{size}").path
        backups.append(made.rename(tmp_path / f"set{size}.sqlite3"))  # out of the rotated folder
    db.close()
    expected = {}
    for backup in backups:
        con = sqlite3.connect(backup)
        expected[con.execute("SELECT count(*) FROM people").fetchone()[0]] = backup
        con.close()
    started = time.monotonic()  # how long one restore takes on this machine now: the kills are spread over it
    restore.restore_backup(backups[0], path, tmp_path / "timing")
    span = 2.0 * (time.monotonic() - started)
    server = Server(RESTORER, str(path), str(folder), *map(str, backups))
    rng = random.Random(7)
    finished = 0
    contents = set()
    try:
        for round_ in range(RESTORE_KILLS):
            seen: list[str] = []
            server.send(f"go {round_}")
            pid = int(server.until("P ", seen).split()[1])
            time.sleep(rng.uniform(0, span))
            kill(pid, seen, may_have_finished=True)  # a restore may be done before the kill
            server.until("D", seen)
            finished += any(line.startswith("R ") for line in seen)
            con = sqlite3.connect(sqlite_readonly_uri(path), uri=True)
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            count = con.execute("SELECT count(*) FROM people").fetchone()[0]
            assert count in expected
            contents.add(count)
            con.close()
            for backup in rotation.list_backups(folder):  # a killed safety copy never shows up half-written
                assert rotation.verify(backup.path) == [], backup.path
    finally:
        server.close()
    open_database(path, backup_dir=tmp_path / "b").close()
    print(f"\nSIGKILL during restore: {RESTORE_KILLS} rounds, {RESTORE_KILLS - finished} killed mid-restore, "
          f"store whole every time")
    assert RESTORE_KILLS - finished >= RESTORE_KILLS // 4, "many kills landed inside a restore"
    assert finished and len(contents) == 2, "some restores finished: the store was seen with either backup"
