"""`partyplan data check|backup|backups|restore`: exit codes, words, files. `data check` runs as a separate
process (the real entry point), the others run the same main() in this process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from partyplan.exchange import rotation
from partyplan.settings import backups_dir

from .helpers import damage, make_store


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "partyplan", "data", *args, "--lang", "en"], capture_output=True,
                          text=True, env=env, timeout=120, input=stdin, encoding="utf-8")


@pytest.fixture
def data_here(cli):  # type: ignore[no-untyped-def]
    return lambda *args, stdin="": cli("data", *args, "--lang", "en", stdin=stdin)


def count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        con.close()


def test_check_names_the_file_and_the_damage(tmp_path):
    good = make_store(tmp_path / "good.sqlite3", people=3)
    ok = run("check", "--full", "--db", str(good))
    assert ok.returncode == 0 and "no damage found" in ok.stdout and str(good) in ok.stdout
    bad = make_store(tmp_path / "bad.sqlite3", people=40)
    damage(bad)
    before = bad.read_bytes()
    result = run("check", "--db", str(bad))
    assert result.returncode == 1 and str(bad) in result.stderr and "damaged" in result.stderr
    assert "Traceback" not in result.stderr and bad.read_bytes() == before


def test_backup_list_and_restore(data_here, tmp_path):
    path = make_store(tmp_path / "office.sqlite3", people=2)
    made = data_here("backup", "--db", str(path))
    assert made.returncode == 0, made.stderr
    (backup,) = rotation.list_backups(backups_dir(), "office")
    assert str(backup.path) in made.stdout and backup.reason == "manual"
    listed = data_here("backups", "--db", str(path))
    assert str(backup.path) in listed.stdout
    make_store(path, people=5)  # five more people after the backup
    assert count(path) == 7
    refused = data_here("restore", str(backup.path), "--db", str(path), stdin="")
    assert refused.returncode == 1 and "--yes" in refused.stderr and count(path) == 7
    restored = data_here("restore", str(backup.path), "--db", str(path), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert count(path) == 2 and "kept in" in restored.stdout
    safety = [b for b in rotation.list_backups(backups_dir(), "office") if b.reason == "before-restore"]
    assert len(safety) == 1 and count(safety[0].path) == 7
    not_a_backup = tmp_path / "letter.sqlite3"
    not_a_backup.write_text("hello", encoding="utf-8")
    wrong = data_here("restore", str(not_a_backup), "--db", str(path), "--yes")
    assert wrong.returncode == 1 and "not a PartyPlan database" in wrong.stderr and count(path) == 2


def test_backups_of_a_server_are_the_servers_job(data_here):
    result = data_here("backup", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert result.returncode == 2 and "pg_dump" in result.stderr
