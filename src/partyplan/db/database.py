"""An open store: engine, session factory, and what the window needs to say about it."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from partyplan.db import engine as engine_module
from partyplan.db import audit_log, concurrency, live, schema, text_rules  # noqa: F401  (they hook every flush)
from partyplan.db.engine import (
    SQLITE_HEADER,
    check_sqlite_file,
    is_network_path,
    make_engine,
    resolve_url,
    sqlite_path,
    sqlite_readonly_uri,
    synced_folder,
)
from partyplan.errors import (
    DatabaseUnavailableError,
    ForeignDatabaseError,
    LocationError,
    NewerSchemaError,
    NotADatabaseError,
    PartyPlanError,
)
from partyplan.settings import backups_dir, data_dir_path


@dataclass
class ReadOnlyDatabaseError(PartyPlanError):
    """A write to a store opened read-only (another copy of PartyPlan holds it), or a read-only open of a
    file that first needs an upgrade only a writer may make. reason: "write" or "needs_upgrade"."""

    location: str
    reason: str = "write"


@dataclass
class DatabaseBusyError(PartyPlanError):
    """Another program kept the store locked for longer than the busy timeout; nothing was written."""

    location: str
    seconds: float


@dataclass
class StoreFullError(PartyPlanError):
    """The disk holding the store (or the server's) is full: the unit of work was rolled back whole."""

    location: str


def is_full(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc)
    return "database or disk is full" in text or "No space left on device" in text or "could not extend file" in text


def is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc)
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


@dataclass
class UpgradeError(PartyPlanError):
    """A migration failed. It ran in one transaction, so the store is as it was before; `backup` is the copy
    taken before the attempt (None on a server)."""

    location: str
    detail: str
    backup: Path | None = None


@dataclass
class Database:
    url: URL
    engine: Engine
    report: schema.MigrationReport
    network_path: bool = False
    read_only: bool = False
    synced_by: str | None = None  # "OneDrive", "Dropbox", ...: a cloud-synced folder (engine.synced_folder)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def remembered_location(self) -> str:
        """What the settings may keep to open this store again: a file's path, or the server's address
        without its password (which goes to the OS credential store: `partyplan.district.connection`)."""
        path = self.path
        if path is not None:
            return str(path)
        from partyplan.district.connection import remember

        return remember(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_name(self) -> str:
        """For the status bar and dialogs: a file path, or the server URL without its password."""
        path = self.path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed as a whole or not at all. Another PC's save of a record this one
        changes from an older copy is a ConflictError, a second copy of what the database holds once a
        DuplicateError: both rolled back whole, never a crash."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except StaleDataError as exc:
            raise concurrency.stale_from(exc) from exc
        except IntegrityError as exc:
            duplicate = concurrency.duplicate_from(exc)
            if duplicate is None:
                raise
            raise duplicate from exc
        except OperationalError as exc:
            if self.read_only and "readonly" in str(exc.orig):
                raise ReadOnlyDatabaseError(self.display_name) from exc
            if is_busy(exc):  # rolled back: the unit of work is not half written
                raise DatabaseBusyError(self.display_name, engine_module.BUSY_TIMEOUT_SECONDS) from exc
            if is_full(exc):
                raise StoreFullError(self.display_name) from exc
            raise

    def close(self) -> None:
        self.engine.dispose()


def open_database(location: str | os.PathLike[str] | None = None, *, backup_dir: Path | None = None,
                  read_only: bool = False) -> Database:
    """Open (creating if new) and migrate a store; refuse what is not ours or is newer, untouched.

    `read_only` opens an existing SQLite file with `mode=ro` (for a second copy of the app while the
    first holds the file): nothing is created or migrated, and a write raises ReadOnlyDatabaseError."""
    url = resolve_url(location)
    path = sqlite_path(url)
    if read_only and path is not None:
        return _open_read_only(url, path)
    if path is not None:
        check_sqlite_file(path)
        if schema.read_sqlite(path).revision != schema.HEAD:
            from partyplan.db import migrate

            migrate.check_sqlite_file(path)
        _private(path)
    engine = make_engine(url)
    shown = str(path) if path else url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            current = schema.stored_revision(conn)
        if current == schema.HEAD:
            report = schema.MigrationReport(current, current, None)
        else:
            from partyplan.db import migrate  # Alembic is loaded only when there is work for it

            folder = backup_dir if backup_dir is not None else backups_dir()
            backup = _backup_before_upgrade(engine, path, current, folder) if path is not None and current else None
            no_dump = False
            if path is None and current is not None:
                migrate.check_schema(engine, shown)  # a newer schema is refused before any dump is taken
                _refuse_upgrade_by_staff(engine, current)
                backup = _dump_before_upgrade(engine, engine.url, current, folder)
                no_dump = backup is None
            try:
                report = dataclasses.replace(migrate.upgrade(engine, shown, None), backup=backup, no_dump=no_dump)
            except (PartyPlanError, DatabaseError):
                raise
            except Exception as exc:  # a migration that fails on this file's contents: rolled back whole
                raise UpgradeError(shown, f"{type(exc).__name__}: {exc}".strip(), backup) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise _explain(exc, path, shown) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine, report, network_path=bool(path and is_network_path(path)),
                    synced_by=synced_folder(path) if path else None)


def _private(path: Path) -> None:
    """A new store file is made readable by its owner only (SQLite gives its -wal and -shm the same
    mode); one in the data folder made before this rule is narrowed. It holds ID numbers and addresses."""
    if os.name != "posix":
        return  # the profile folder's ACL keeps a Windows user's AppData private
    try:
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        elif path.parent.resolve() == data_dir_path().resolve():
            for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                if part.exists() and part.stat().st_mode & 0o077:
                    os.chmod(part, 0o600)
    except FileExistsError:
        pass  # another process made it just now
    except PermissionError:
        pass  # not ours to narrow (a folder shared on purpose): used as it is


def _explain(exc: DatabaseError, path: Path | None, shown: str) -> Exception:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    if isinstance(exc, OperationalError) and is_busy(exc):
        return DatabaseBusyError(shown, engine_module.BUSY_TIMEOUT_SECONDS)
    if is_full(exc):
        return StoreFullError(shown)
    if path is not None:
        if "not a database" in message or "malformed" in message:
            return NotADatabaseError(path)
        if isinstance(exc, OperationalError) and ("readonly" in message or "unable to open" in message):
            return LocationError(path, "read_only")

    return DatabaseUnavailableError(shown, message.strip().splitlines()[0] if message.strip() else type(exc).__name__)


def _backup_before_upgrade(engine: Engine, path: Path, revision: str, folder: Path) -> Path:
    """A verified, rotated copy first (never migrate without one): the upgrade itself is one transaction,
    but a migration that runs to its end can still be wrong, and this copy is the way back.

    A file from before store identities gets its identity first, so that this copy is already known as
    this store's backup; an upgrade that is retried reuses its identical copy instead of adding one."""
    from partyplan.db import identity
    from partyplan.exchange import rotation  # the backups service; loaded only when there is a migration

    with engine.begin() as conn:
        identity.ensure(conn)
    return rotation.make_backup(path, folder, f"before-upgrade-{revision}", skip_if_unchanged=True).path


def _refuse_upgrade_by_staff(engine: Engine, revision: str) -> None:
    """Office staff may not change their schema: an office an older PartyPlan left is upgraded by the
    district's owner (`partyplan district upgrade`), and the staff PC says so instead of failing half-way."""
    with engine.connect() as conn:
        schema_name, allowed = conn.exec_driver_sql(
            "SELECT current_schema(), has_schema_privilege(current_schema(), 'CREATE')").one()
    if not allowed:
        from partyplan.district.offices import DistrictError

        raise DistrictError("needs_upgrade", str(schema_name), revision)


def _dump_before_upgrade(engine: Engine, url: URL, revision: str, folder: Path) -> Path | None:
    """A server's store is copied with pg_dump before an upgrade (its schema only, when it is an office's):
    None when this PC has no pg_dump (the report says so); ServerBackupError stops the upgrade."""
    from partyplan.district import server_backup

    with engine.connect() as conn:
        schema_name = conn.exec_driver_sql("SELECT current_schema()").scalar()
    return server_backup.dump(url, None if schema_name in (None, "public") else str(schema_name), folder,
                              f"before-upgrade-{revision}")


def _open_read_only(url: URL, path: Path) -> Database:
    shown = str(path)
    if path.is_dir():
        raise LocationError(path, "is_directory")
    if not path.is_file():
        raise LocationError(path, "no_file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise LocationError(path, "unreadable") from exc
    if header != SQLITE_HEADER:
        raise NotADatabaseError(path)
    uri = sqlite_readonly_uri(path)  # schema.read_sqlite cannot take a path with '#' or '?' in it

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=engine_module.BUSY_TIMEOUT_SECONDS, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=connect)
    event.listen(engine, "connect", _read_only_pragmas)
    try:
        with engine.connect() as conn:
            revision = schema.stored_revision(conn)
            tables = set(inspect(conn).get_table_names())
        if revision != schema.HEAD:
            from partyplan.db import migrate

            if revision is None and tables - {"alembic_version"}:
                raise ForeignDatabaseError(path)
            if revision is not None and revision not in migrate.known_revisions():
                raise NewerSchemaError(shown, revision)
            raise ReadOnlyDatabaseError(shown, "needs_upgrade")
    except DatabaseError as exc:
        engine.dispose()
        raise _explain(exc, path, shown) from exc
    except BaseException:
        engine.dispose()
        raise
    report = schema.MigrationReport(revision, revision, None)
    return Database(url, engine, report, network_path=is_network_path(path), read_only=True,
                    synced_by=synced_folder(path))


def _read_only_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(engine_module.BUSY_TIMEOUT_SECONDS * 1000)}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()
