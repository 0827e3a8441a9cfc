"""Every test gets its own store: a SQLite file in tmp_path, or a fresh database on the PostgreSQL
server named by PARTYPLAN_TEST_DB (CI runs the suite once each way)."""

from __future__ import annotations

import dataclasses
import io
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from portable_names import hostile_names

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("PARTYPLAN_TEST_DB", "")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Nothing a test does may touch the real user's data folder or settings; and nothing a test (or
    the code it drives) writes there may have a name Windows refuses (tests/portable_names.py)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("PARTYPLAN_HOME", str(home))
    monkeypatch.delenv("PARTYPLAN_DB", raising=False)
    monkeypatch.setenv("PARTYPLAN_SETTINGS_DIR", str(home / "settings"))
    yield
    hostile = hostile_names(tmp_path)
    assert not hostile, f"names Windows refuses were written: {hostile}"


@pytest.fixture
def db_location(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where a test's store lives: a file path, or a URL of a brand-new PostgreSQL database (empty, or
    already migrated when the test also asks for `database`: one CREATE DATABASE, not two)."""
    if not PG_URL:
        yield str(tmp_path / "partyplan.sqlite3")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"pp_{uuid.uuid4().hex[:12]}"
    template = None
    if "demo_database" in request.fixturenames:
        template = request.getfixturevalue("_demo_template")
    elif "database" in request.fixturenames:
        template = request.getfixturevalue("_migrated_template")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One store migrated to head per test session; each test's store starts as a copy of it, so the
    suite does not run every migration hundreds of times (a file copy, or CREATE DATABASE ... TEMPLATE)."""
    from partyplan.db.database import open_database

    if not PG_URL:
        path = tmp_path_factory.mktemp("template") / "template.sqlite3"
        open_database(path, backup_dir=path.parent / "b").close()
        yield str(path)
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"pp_template_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    open_database(make_url(PG_URL).set(database=name).render_as_string(hide_password=False)).close()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def database(db_location: str, tmp_path: Path, _migrated_template: str):  # type: ignore[no-untyped-def]
    import shutil

    from partyplan.db.database import open_database

    if not PG_URL:
        shutil.copyfile(_migrated_template, db_location)  # on PostgreSQL, db_location copied the template
    db = open_database(db_location, backup_dir=tmp_path / "backups")
    yield db
    db.close()


DEMO_DAY = "2026-11-20"  # the day the shared demo office is filled as of


@pytest.fixture(scope="session")
def demo_store_file(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """A SQLite file holding the demo data (`partyplan.demo.fill`), made once per session (about ten
    seconds); tests copy it (demo_database) instead of filling their own."""
    import datetime as dt

    from partyplan import demo
    from partyplan.db.database import open_database

    folder = tmp_path_factory.mktemp("demo-store")
    path = folder / "demo.sqlite3"
    db = open_database(path, backup_dir=folder / "b")
    with db.session() as session:
        demo.fill(session, today=dt.date.fromisoformat(DEMO_DAY))
    db.close()  # checkpointed: one self-contained file
    return path


@pytest.fixture(scope="session")
def _demo_template(demo_store_file: Path) -> Iterator[str]:
    """On PostgreSQL, one database holding the demo office, its rows copied in once per session as
    `partyplan data copy` would; each test's store is CREATE DATABASE ... TEMPLATE of it (a copy per test
    took 10 to 15 seconds)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from partyplan.db.database import open_database
    from partyplan.exchange import copy_store

    name = f"pp_demo_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    source = open_database(demo_store_file, read_only=True)
    try:
        copy_store.copy_store(source, make_url(PG_URL).set(database=name).render_as_string(hide_password=False))
    finally:
        source.close()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def demo_database(db_location: str, tmp_path: Path, demo_store_file: Path):  # type: ignore[no-untyped-def]
    """This test's own store holding the demo office: a copy of the session's demo file, or on
    PostgreSQL a copy of the session's demo database (db_location made it from _demo_template)."""
    import shutil

    from partyplan.db.database import open_database

    if not PG_URL:
        shutil.copyfile(demo_store_file, db_location)
    db = open_database(db_location, backup_dir=tmp_path / "backups")
    yield db
    db.close()


@dataclasses.dataclass(frozen=True)
class Ran:
    """What a command run gives back: as subprocess.CompletedProcess, for tests written against either."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(qapp, capsys, monkeypatch):  # type: ignore[no-untyped-def]
    """`partyplan ARGS` run in this process through partyplan.cli.main, the function the entry point
    calls: a second or more faster than a new Python each time (subprocesses were 43 % of the suite).
    Each command keeps one test in a real process (tests/test_cli.py and the areas' test_cli.py).
    The QApplication exists first, so the command does not make a QCoreApplication of its own; the
    language a command installs is set back to English after it."""
    from partyplan import i18n
    from partyplan.cli import main

    def run(*args: str, stdin: str = "", env_extra: dict[str, str] | None = None) -> Ran:
        for name, value in (env_extra or {}).items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))  # not a terminal: commands do not ask
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exit:  # argparse: --help, --version, a wrong command line
            code = exit.code if isinstance(exit.code, int) else int(exit.code is not None)
        finally:
            i18n.install("en")
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)

    return run


@pytest.fixture
def settle(qtbot):  # type: ignore[no-untyped-def]
    """Wait for the window's background work (an export, an import, a backup, a check) to end and its
    callbacks to run: the action returns at once and tells its end by callback, as the user sees it."""
    from partyplan.ui import background

    def wait(timeout: int = 60000) -> None:
        qtbot.waitUntil(lambda: not background.running(), timeout=timeout)

    return wait


@pytest.fixture(autouse=True)
def _no_background_work_left() -> Iterator[None]:
    """A test that ends while background work still runs would hand its callbacks to the next test."""
    yield
    background = sys.modules.get("partyplan.ui.background")
    if background is None or not background.running():
        return
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(60000)
    while background.running() and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL pass runs only what the server can change: the tests whose store comes from the
    fixtures above (db_location and all built on it) or whose module reads PARTYPLAN_TEST_DB itself. The
    rest (parsers, layouts, files on disk, the CLI on its own SQLite files) would run exactly as in the
    SQLite pass, so running them twice only made CI slower. So would a module marked same_on_both_stores:
    the lost-typing journey's ninety dialogs ask their question before anything reaches the store, and took
    two minutes of the server pass."""
    if not PG_URL:
        return
    keep: list[pytest.Item] = []
    same_on_both: list[pytest.Item] = []
    for item in items:
        module = getattr(item, "module", None)
        reads_server = module is not None and "PG_URL" in vars(module)
        if item.get_closest_marker("same_on_both_stores") is None and (
                reads_server or "db_location" in getattr(item, "fixturenames", ())):
            keep.append(item)
        else:
            same_on_both.append(item)
    if same_on_both:
        config.hook.pytest_deselected(items=same_on_both)
        items[:] = keep
