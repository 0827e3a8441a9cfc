"""Every command opens the store as the window does: the one-writer lock, the quick check, then open.

The issue found that, with bytes flipped in the middle of the file, `people import` changed it and
`data export` died with a traceback, while the window and `data check` refused it; and that with the
lock held by a running copy of PartyPlan, `people import`, `plan import`, `demo` and `roster generate`
still wrote. Here every command meets a damaged file, a store another copy holds, and a store another
program keeps locked past the busy timeout.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
import sqlite3
from pathlib import Path

import pytest

from partyplan import cli
from partyplan.db import engine as engine_module
from partyplan.exchange import integrity, lock, rotation
from partyplan.settings import backups_dir

from .helpers import make_store

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "plans"

pytestmark = pytest.mark.skipif(bool(os.environ.get("PARTYPLAN_TEST_DB")), reason="file stores: the SQLite pass")


@pytest.fixture(autouse=True)
def _no_locks_left(qapp):  # type: ignore[no-untyped-def]
    """(qapp: the commands run in this process, which must have the QApplication the window tests need,
    not a QCoreApplication of their own.)"""
    yield
    lock.release_all()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def people(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        con.close()


def flip_bytes_mid_file(path: Path) -> None:
    """Flip the first 100 bytes of the page in the middle of the file, as a bad sector would."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    for i in range(middle, middle + 100):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    assert not integrity.check_file(path).ok, "the damage is one the quick check sees"


def run(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = cli.main([*args, "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def commands(tmp_path: Path, db: Path) -> dict[str, list[str]]:
    """Every command that opens the store, the writing ones first."""
    sheet = tmp_path / "people.csv"
    sheet.write_text("姓名,手机\n新来的,13800000001\n", encoding="utf-8-sig")
    data = tmp_path / "in.json"
    data.write_text("{}", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    common = ["--db", str(db)]
    return {
        "people import": ["people", "import", str(sheet), "--yes", *common],
        "plan import": ["plan", "import", str(SAMPLES / "district-committee-2019-quarters.txt"), "--year", "2019", *common],
        "demo": ["demo", *common],
        "roster generate": ["roster", "generate", "--month", "2026-11", "--time-limit", "1", *common],
        "data import": ["data", "import", str(data), *common],
        "people export": ["people", "export", str(out / "p.xlsx"), *common],
        "plan list": ["plan", "list", *common],
        "roster export": ["roster", "export", "--month", "2026-11", "--xlsx", str(out / "r.xlsx"), *common],
        "dutylog export": ["dutylog", "export", "--month", "2026-11", "--xlsx", str(out / "d.xlsx"), *common],
        "posts export": ["posts", "export", "--year", "2026", "--xlsx", str(out / "posts.xlsx"), *common],
        "meeting register": ["meeting", "register", "--year", "2026", "--xlsx", str(out / "m.xlsx"), *common],
        "meeting check": ["meeting", "check", "--year", "2026", *common],
        "training export": ["training", "export", "--year", "2026", "--xlsx", str(out / "t.xlsx"), *common],
        "members pipeline": ["members", "pipeline", *common],
        "archive": ["archive", "--year", "2026", "--out", str(out), *common],
        "data export": ["data", "export", str(out / "all.json"), *common],
        "data copy": ["data", "copy", "--to", str(tmp_path / "copy.sqlite3"), *common],
    }


WRITERS = ("people import", "plan import", "demo", "roster generate", "data import")


def test_no_command_reads_or_writes_a_damaged_file(tmp_path, capsys):
    path = make_store(tmp_path / "office.sqlite3", people=300)
    good = rotation.make_backup(path, backups_dir(), "on-exit")
    flip_bytes_mid_file(path)
    before = digest(path)
    refused = []
    for name, argv in commands(tmp_path, path).items():
        code, out, err = run(capsys, *argv)
        assert code == 1, f"{name}: exit {code}\n{out}\n{err}"
        assert "damaged" in err and str(path) in err and "Traceback" not in err, f"{name}: {err}"
        assert digest(path) == before, f"{name} changed the damaged file"
        assert not (tmp_path / "out" / "all.json").exists() and not (tmp_path / "copy.sqlite3").exists()
        refused.append(name)
    assert "partyplan data restore" in err and str(good.path) in err, "the way out is named"
    code, _out, err = run(capsys, "data", "restore", str(good.path), "--yes", "--db", str(path))
    assert code == 0, err
    code, out, _err = run(capsys, "people", "export", str(tmp_path / "out" / "p.xlsx"), "--db", str(path))
    assert code == 0 and people(path) == 300
    print(f"\n{len(refused)} commands refused the damaged file, none changed it")


def another_copy_holds(path: Path) -> None:
    """The lock of a running PartyPlan on this computer (our parent process stands in for it)."""
    info = {"user": "王芳", "host": socket.gethostname(), "pid": os.getppid(),
            "since": dt.datetime.now().isoformat(timespec="seconds"), "token": "another-copy"}
    lock.lock_path_for(path.resolve()).write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")


def test_writing_commands_refuse_a_store_another_copy_holds_and_readers_read_it_read_only(tmp_path, capsys):
    path = make_store(tmp_path / "office.sqlite3", people=3)
    another_copy_holds(path)
    all_commands = commands(tmp_path, path)
    for name in WRITERS:
        code, out, err = run(capsys, *all_commands[name])
        assert code == 1, f"{name} wrote into a store another copy holds:\n{out}\n{err}"
        assert "王芳" in err and str(os.getppid()) in err and "Traceback" not in err, f"{name}: {err}"
        assert people(path) == 3
    for name in ("people export", "plan list", "data export"):
        code, out, err = run(capsys, *all_commands[name])
        assert code == 0, f"{name}: {err}"
        assert "read-only" in err and "王芳" in err
    assert lock.holder_of(path).token == "another-copy", "the other copy's lock is untouched"


def test_a_command_holds_the_lock_while_it_runs_and_releases_it(tmp_path, capsys, monkeypatch):
    path = make_store(tmp_path / "office.sqlite3", people=1)
    seen = []
    from partyplan.people import sheet_import

    real = sheet_import.apply_import

    def spy(session, preview, *rest):  # type: ignore[no-untyped-def]
        seen.append(lock.holder_of(path))
        return real(session, preview, *rest)

    monkeypatch.setattr(sheet_import, "apply_import", spy)
    code, _out, err = run(capsys, *commands(tmp_path, path)["people import"])
    assert code == 0, err
    assert seen and seen[0] is not None and seen[0].pid == os.getpid()
    assert not lock.lock_path_for(path).exists() and people(path) == 2


def test_a_writer_kept_waiting_past_the_busy_timeout_gets_a_message(tmp_path, capsys, monkeypatch):
    path = make_store(tmp_path / "office.sqlite3", people=1)
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0.3)
    other = sqlite3.connect(path, isolation_level=None)  # another program, writing and not finishing
    other.execute("BEGIN IMMEDIATE")
    try:
        code, out, err = run(capsys, *commands(tmp_path, path)["people import"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1 and "busy" in err and "0.3 seconds" in err and "Traceback" not in err, err
    assert people(path) == 1
