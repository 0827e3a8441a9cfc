"""What the app knows about schema revisions without loading Alembic.

Opening an up-to-date store is the common case; reading its revision here and comparing it with
HEAD spares every start the cost of importing Alembic (a test keeps HEAD equal to Alembic's head).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from partyplan.db.engine import sqlite_inspect_uri
from partyplan.errors import NotADatabaseError

HEAD = "0008_party_rules"


@dataclass(frozen=True)
class MigrationReport:
    before: str | None
    after: str
    backup: Path | None


@dataclass(frozen=True)
class SqliteContents:
    revision: str | None
    tables: frozenset[str]


def read_sqlite(path: Path) -> SqliteContents:
    """Read-only, so that nothing (not even a switch to WAL) touches a file we may refuse."""
    if not path.exists() or path.stat().st_size == 0:
        return SqliteContents(None, frozenset())
    con = sqlite3.connect(sqlite_inspect_uri(path), uri=True)
    try:
        tables = frozenset(row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        row = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(path) from exc
    finally:
        con.close()
    return SqliteContents(row[0] if row else None, tables)


def stored_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
