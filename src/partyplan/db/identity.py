"""A store's identity: a random UUID kept in the store itself (table `store_identity`, one row).

A backup is a copy of the store, so it carries the identity in its own contents; that is how the
backups of `a/office.sqlite3` and `b/office.sqlite3` are told apart. The table is created by migration
0007; an older file gets it just before its first upgrade (`ensure`), so that the copy taken before
that upgrade is already marked as this store's, and a restore writes the store's own identity back
into the restored contents (`stamp_sqlite`), so a store keeps its identity, and its backups, whatever
is restored into it.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import Connection, inspect, select
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateTable

from partyplan.db.engine import sqlite_inspect_uri
from partyplan.db.models.office import StoreIdentity

TABLE = StoreIdentity.__tablename__
SHORT = 12  # hex digits of the identity in a backup's file name: enough to list by, the file holds all 32


def new_identity() -> str:
    return uuid.uuid4().hex


def read(conn: Connection) -> str | None:
    if not inspect(conn).has_table(TABLE):
        return None
    return conn.execute(select(StoreIdentity.uuid).order_by(StoreIdentity.uuid).limit(1)).scalar()


def ensure(conn: Connection) -> str:
    """The store's identity, made (table and row) when it has none; the caller commits."""
    if not inspect(conn).has_table(TABLE):
        StoreIdentity.__table__.create(conn)
    current = read(conn)
    if current is None:
        current = new_identity()
        conn.execute(StoreIdentity.__table__.insert().values(uuid=current))
    return current


def read_file(path: Path) -> str | None:
    """The identity in a SQLite file, read-only; None when it has none or it cannot be read (damaged)."""
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        con = sqlite3.connect(sqlite_inspect_uri(path), uri=True, timeout=15)
    except (OSError, sqlite3.Error):
        return None
    try:
        if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone() is None:
            return None
        row = con.execute(f"SELECT uuid FROM {TABLE} ORDER BY uuid LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return str(row[0]) if row and row[0] else None


def stamp_sqlite(con: sqlite3.Connection, value: str) -> None:
    """Make `value` the identity of the file behind `con` (creating the table in a file from before
    migration 0007, which then finds it in place). Runs in the caller's transaction."""
    exists = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone()
    if exists is None:
        con.execute(str(CreateTable(StoreIdentity.__table__).compile(dialect=sqlite_dialect.dialect())))
    con.execute(f"DELETE FROM {TABLE}")
    con.execute(f"INSERT INTO {TABLE} (uuid) VALUES (?)", (value,))


def short(value: str) -> str:
    return value[:SHORT]
