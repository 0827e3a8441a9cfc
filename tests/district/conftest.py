"""Helpers for the district's tests: roles on the real server, made per test and dropped after it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from conftest import PG_URL

needs_server = pytest.mark.skipif(not PG_URL, reason="needs a PostgreSQL server (PARTYPLAN_TEST_DB)")


class Roles:
    """Names unique to this test (roles are the server's, not one database's), dropped at its end."""

    def __init__(self, admin: URL) -> None:
        self.admin = admin
        self.tag = uuid.uuid4().hex[:6]
        self.made: list[str] = []

    def name(self, base: str) -> str:
        return f"{base}_{self.tag}"

    def login(self, role: str) -> URL:
        self.made.append(role)
        return self.admin.set(username=role, password="not-checked-by-the-test-server")

    def drop(self, offices: list[str]) -> None:
        engine = create_engine(self.admin, isolation_level="AUTOCOMMIT")
        roles = [*self.made, *(f"{o}_staff" for o in offices)]
        with engine.connect() as conn:
            for role in roles:
                if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                    conn.execute(text(f'DROP OWNED BY "{role}"'))
                    conn.execute(text(f'DROP ROLE "{role}"'))
        engine.dispose()


@pytest.fixture
def district(db_location: str) -> Iterator[tuple[URL, Roles, list[str]]]:
    """An empty database on the test server as the district's (its owner signs in as the test's admin)."""
    admin = make_url(db_location)
    roles = Roles(admin)
    offices: list[str] = []
    yield admin, roles, offices
    roles.drop(offices)
