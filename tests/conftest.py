"""Every test gets its own store: a SQLite file in tmp_path, or a fresh database on the PostgreSQL
server named by PARTYPLAN_TEST_DB (CI runs the suite once each way)."""

from __future__ import annotations

import os
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
    template = request.getfixturevalue("_migrated_template") if "database" in request.fixturenames else None
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
