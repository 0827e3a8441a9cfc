"""Helpers for the data-safety tests: more empty stores on the same back end as `database`."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

PG_URL = os.environ.get("PARTYPLAN_TEST_DB", "")


@pytest.fixture
def fresh_location(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """A function returning the location of a new, empty store: a file, or a new PostgreSQL database."""
    created: list[str] = []
    admin = None
    if PG_URL:
        from sqlalchemy import create_engine

        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")

    def make(name: str) -> str:
        if admin is None:
            return str(tmp_path / f"{name}.sqlite3")
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        db_name = f"pp_{name[:20]}_{uuid.uuid4().hex[:8]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{db_name}"'))
        created.append(db_name)
        return make_url(PG_URL).set(database=db_name).render_as_string(hide_password=False)

    yield make
    if admin is not None:
        from sqlalchemy import text

        with admin.connect() as conn:
            for db_name in created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def demo_store_file(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """A SQLite file holding the demo data (`partyplan.demo.fill`), made once; tests copy it."""
    import datetime as dt

    from partyplan import demo
    from partyplan.db.database import open_database

    folder = tmp_path_factory.mktemp("demo-store")
    path = folder / "demo.sqlite3"
    db = open_database(path, backup_dir=folder / "b")
    with db.session() as session:
        demo.fill(session, today=dt.date(2026, 11, 20))
    db.close()  # checkpointed: one self-contained file
    return path
