"""An upgrade interrupted at any statement of any migration leaves the store as it was before it.

Each test counts the statements a whole upgrade runs (from a new, empty file: every migration; from
the 0001 fixture: every later migration, with rows in the tables), then interrupts the upgrade at
each one of them in turn: with an exception (the process lives on and rolls back) and with
`os._exit` in a forked child (the process dies mid-transaction, as when the PC loses power or the
user kills it). After every interruption the file must hold exactly the schema and rows it held
before the upgrade began, and a sample of them is opened the app's way, which upgrades it to HEAD.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from partyplan.db import migrate, schema
from partyplan.db.database import open_database
from partyplan.db.engine import make_engine, resolve_url

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
STARTS = {"new-file": None, "from-0001": FIXTURES / "schema_0001_people.sqlite3"}
OPEN_EVERY = 10  # every tenth interrupted file is also opened (and upgraded) with open_database

pytestmark = pytest.mark.skipif(bool(os.environ.get("PARTYPLAN_TEST_DB")),
                                reason="a SQLite file test: PostgreSQL's DDL has always been transactional")


class Interrupted(Exception):
    pass


class StatementCounter:
    """Counts the statements run on `path` during an upgrade and interrupts the `stop_at`-th one."""

    def __init__(self, path: Path, stop_at: int | None = None, kill: bool = False) -> None:
        self.path, self.stop_at, self.kill = str(path.resolve()), stop_at, kill
        self.count = 0
        self.last = ""

    def __call__(self, conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if conn.engine.url.database != self.path:
            return
        self.count += 1
        self.last = statement.strip().splitlines()[0][:80] if statement.strip() else ""
        if self.count == self.stop_at:
            if self.kill:
                os._exit(9)  # no rollback, no close, no atexit: the journal is all that is left
            raise Interrupted(f"statement {self.count}: {self.last}")


def upgrade(path: Path, counter: StatementCounter) -> None:
    event.listen(Engine, "before_cursor_execute", counter)
    engine = make_engine(resolve_url(str(path)))
    try:
        migrate.upgrade(engine, str(path), None)
    finally:
        engine.dispose()
        event.remove(Engine, "before_cursor_execute", counter)


def start_file(folder: Path, start: Path | None) -> Path:
    path = folder / "office.sqlite3"
    for old in folder.glob("office.sqlite3*"):
        old.unlink()
    if start is not None:
        shutil.copy(start, path)
    return path


def contents(path: Path) -> tuple[list[tuple[str, str, str]], str | None, list[tuple[object, ...]]]:
    """The schema, the revision and the people: what must be exactly as before an interrupted upgrade.
    (A normal connection, so that a journal left by a killed process is rolled back as any open would.)"""
    if not path.exists() or path.stat().st_size == 0:
        return [], None, []
    con = sqlite3.connect(path)
    try:
        objects = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        names = {name for _type, name, _sql in objects}
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in names else None
        people = con.execute("SELECT * FROM people ORDER BY id").fetchall() if "people" in names else []
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()
    return objects, revision[0] if revision else None, people


def opens_at_head(path: Path, people: int) -> None:
    db = open_database(path, backup_dir=path.parent / "backups")
    try:
        assert db.report.after == schema.HEAD
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM people").scalar() == people
    finally:
        db.close()


def statements_of_an_upgrade(folder: Path, start: Path | None) -> int:
    path = start_file(folder, start)
    counter = StatementCounter(path)
    upgrade(path, counter)
    assert counter.count > 20, "the listener saw the upgrade's statements"
    return counter.count


@pytest.mark.parametrize("start", STARTS.values(), ids=STARTS.keys())
def test_an_exception_at_any_statement_of_an_upgrade_rolls_all_of_it_back(tmp_path, start):
    total = statements_of_an_upgrade(tmp_path, start)
    before = contents(start_file(tmp_path, start))
    for n in range(1, total + 1):
        path = start_file(tmp_path, start)
        counter = StatementCounter(path, stop_at=n)
        with pytest.raises(Interrupted):
            upgrade(path, counter)
        assert contents(path) == before, f"interrupted at {counter.last!r} ({n} of {total}): the store changed"
        if n % OPEN_EVERY == 0 or n == total:
            opens_at_head(path, len(before[2]))
    print(f"\n{total} statements, each interrupted by an exception: the store as it was every time")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked child (POSIX)")
@pytest.mark.parametrize("start", STARTS.values(), ids=STARTS.keys())
def test_a_process_killed_at_any_statement_of_an_upgrade_leaves_the_store_as_it_was(tmp_path, start):
    total = statements_of_an_upgrade(tmp_path, start)
    before = contents(start_file(tmp_path, start))
    for n in range(1, total + 1):
        path = start_file(tmp_path, start)
        pid = os.fork()
        if pid == 0:  # the child upgrades and dies at statement n; it never returns into pytest
            try:
                upgrade(path, StatementCounter(path, stop_at=n, kill=True))
            finally:
                os._exit(0)
        _pid, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 9, f"the child was killed at statement {n}"
        assert contents(path) == before, f"killed at statement {n} of {total}: the store changed"
        if n % OPEN_EVERY == 0 or n == total:
            opens_at_head(path, len(before[2]))
    print(f"\n{total} statements, the upgrading process killed at each: the store as it was every time")
