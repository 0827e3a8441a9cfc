"""Bring a store to the schema this version knows, or refuse it without touching it.

An upgrade is one transaction on both back ends: all of its steps or none. SQLite's DDL is
transactional, but Python's sqlite3 driver (in its default, legacy mode) only opens a transaction
before INSERT/UPDATE/DELETE, so each CREATE TABLE of a migration would commit on its own and a
process killed half-way would leave a file with some of the new tables and the old revision, which
every later open refuses. On SQLite the upgrade therefore runs on its own connection with the
driver's implicit transactions off and an explicit BEGIN IMMEDIATE (SQLAlchemy's recipe for
transactional DDL on pysqlite). An existing file is also backed up before the first step runs
(`partyplan.db.database`).
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from partyplan.db.engine import sqlite_inspect_uri, sqlite_readonly_uri
from partyplan.db.schema import MigrationReport, read_sqlite
from partyplan.errors import ForeignDatabaseError, NewerSchemaError

SCRIPT_LOCATION = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_schema(engine: Engine, location: str) -> str | None:
    """The store's revision, after refusing stores from a newer version or from another program."""
    with engine.connect() as conn:
        current = current_revision(conn)
        if current is None:
            tables = set(inspect(conn).get_table_names())
            if tables - {"alembic_version"}:
                path = Path(engine.url.database or location)
                raise ForeignDatabaseError(path)
        elif current not in known_revisions():
            raise NewerSchemaError(location, current)
    return current


def check_sqlite_file(path: Path) -> None:
    """The same refusals as `check_schema`, read-only, before any connection can switch the file to WAL:
    a file we refuse must stay byte for byte as it was."""
    contents = read_sqlite(path)
    if contents.revision is None:
        if contents.tables - {"alembic_version"}:
            raise ForeignDatabaseError(path)
    elif contents.revision not in known_revisions():
        raise NewerSchemaError(str(path), contents.revision)


def upgrade(engine: Engine, location: str, backup_dir: Path | None, target: str = "head") -> MigrationReport:
    before = check_schema(engine, location)
    head = head_revision() if target == "head" else target
    if before == head:
        return MigrationReport(before, head, None)
    backup = None
    sqlite = engine.url.get_backend_name() == "sqlite"
    if sqlite and before is not None and backup_dir is not None:
        backup = backup_sqlite(Path(engine.url.database or ""), backup_dir, f"before-upgrade-{before}")
    if not sqlite:
        with engine.connect() as conn, conn.begin():  # PostgreSQL's DDL is transactional as it is
            _run(conn, target)
        return MigrationReport(before, head, backup)
    migration_engine = transactional_sqlite_engine(engine)
    try:
        with migration_engine.connect() as conn, conn.begin():
            _run(conn, target)
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:  # raised inside the transaction: rolled back, the store as it was
                raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
    finally:
        migration_engine.dispose()
    return MigrationReport(before, head, backup)


def transactional_sqlite_engine(engine: Engine) -> Engine:
    """An engine on the same file whose transactions are real SQLite transactions, DDL included."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from partyplan.db.engine import sqlite_pragmas

    from partyplan.db import engine as engine_module

    migration_engine = create_engine(engine.url, poolclass=NullPool,
                                     connect_args={"timeout": engine_module.BUSY_TIMEOUT_SECONDS})

    @event.listens_for(migration_engine, "connect")
    def _connect(dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        sqlite_pragmas(dbapi_connection, record)
        # A batch rebuild drops and recreates tables; with foreign keys on that would cascade. (The
        # pragma is a no-op inside a transaction, so it is set here, before any BEGIN.)
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.isolation_level = None  # the driver begins nothing by itself ...

    @event.listens_for(migration_engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # ... so every statement runs inside this transaction

    return migration_engine


def _run(conn: Connection, target: str) -> None:
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)


def backup_sqlite(source: Path, backup_dir: Path, reason: str) -> Path:
    """A consistent copy even while another connection has the file open (SQLite's online backup)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{source.stem}-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"{source.stem}-{stamp}-{reason}-{n}.sqlite3"
    src = sqlite3.connect(sqlite_readonly_uri(source), uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
        ok = dst.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        src.close()
        dst.close()
    if ok != "ok":
        target.unlink(missing_ok=True)
        raise RuntimeError(f"backup of {source} failed its check: {ok}")
    return target


def stamp_text(conn: Connection) -> str | None:
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


# Objects a store may hold besides its revision's, or lack: the identity, given to an older file before
# its first upgrade (partyplan.db.identity), kept by migration 0007, stamped again by a restore.
ALWAYS_ALLOWED = frozenset({("table", "store_identity")})


def schema_objects(path: Path) -> frozenset[tuple[str, str]]:
    """The (type, name) of every table, index, trigger and view a SQLite file holds, SQLite's own aside."""
    con = sqlite3.connect(sqlite_inspect_uri(path), uri=True)
    try:
        rows = con.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    finally:
        con.close()
    return frozenset((str(kind), str(name)) for kind, name in rows)


@functools.lru_cache(maxsize=8)
def objects_at(revision: str) -> frozenset[tuple[str, str]]:
    """What a store at `revision` holds: for the current schema, the models' tables made in memory (they
    match the migrations, a test keeps it so); for an older one, its migrations run on a scratch file."""
    import tempfile

    from partyplan.db.engine import make_engine, sqlite_url
    from partyplan.db.schema import HEAD

    if revision == HEAD:
        from sqlalchemy import create_engine

        from partyplan.db import models  # noqa: F401  (fills Base.metadata)
        from partyplan.db.base import Base

        memory = create_engine("sqlite://")
        try:
            with memory.begin() as conn:
                Base.metadata.create_all(conn)
                conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
                rows = conn.exec_driver_sql("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
                return frozenset((str(kind), str(name)) for kind, name in rows)
        finally:
            memory.dispose()

    with tempfile.TemporaryDirectory(prefix="partyplan-schema-") as folder:
        scratch = Path(folder) / "reference.sqlite3"
        engine = make_engine(sqlite_url(scratch))
        try:
            upgrade(engine, str(scratch), None, target=revision)
        finally:
            engine.dispose()
        return schema_objects(scratch)


def unexpected_objects(path: Path, revision: str) -> list[str]:
    """The objects of the SQLite file at `path` that a PartyPlan store at `revision` does not have (a
    trigger or view another program added, a table of someone else's), and the tables it lacks, as
    "trigger evil", "missing table people"."""
    found, expected = schema_objects(path), objects_at(revision)
    extra = sorted(found - expected - ALWAYS_ALLOWED)
    missing = sorted(name for kind, name in expected - found - ALWAYS_ALLOWED if kind == "table")
    return [f"{kind} {name}" for kind, name in extra] + [f"missing table {name}" for name in missing]
