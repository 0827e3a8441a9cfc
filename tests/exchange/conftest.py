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

