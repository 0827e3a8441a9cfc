"""An open store: engine, session factory, and what the window needs to say about it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from partyplan.db import schema
from partyplan.db.engine import check_sqlite_file, is_network_path, make_engine, resolve_url, sqlite_path
from partyplan.errors import DatabaseUnavailableError, LocationError, NotADatabaseError
from partyplan.settings import backups_dir


@dataclass
class Database:
    url: URL
    engine: Engine
    report: schema.MigrationReport
    network_path: bool = False
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

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
        """One unit of work: committed as a whole or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(location: str | os.PathLike[str] | None = None, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if new) and migrate a store; refuse what is not ours or is newer, untouched."""
    url = resolve_url(location)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
        if schema.read_sqlite(path).revision != schema.HEAD:
            from partyplan.db import migrate

            migrate.check_sqlite_file(path)
    engine = make_engine(url)
    shown = str(path) if path else url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            current = schema.stored_revision(conn)
        if current == schema.HEAD:
            report = schema.MigrationReport(current, current, None)
        else:
            from partyplan.db import migrate  # Alembic is loaded only when there is work for it

            report = migrate.upgrade(engine, shown, backup_dir if backup_dir is not None else backups_dir())
    except DatabaseError as exc:
        engine.dispose()
        raise _explain(exc, path, shown) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine, report, network_path=bool(path and is_network_path(path)))


def _explain(exc: DatabaseError, path: Path | None, shown: str) -> Exception:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    if path is not None:
        if "not a database" in message or "malformed" in message:
            return NotADatabaseError(path)
        if isinstance(exc, OperationalError) and ("readonly" in message or "unable to open" in message):
            return LocationError(path, "read_only")
        if isinstance(exc, OperationalError) and "locked" in message:
            return LocationError(path, "locked")
    return DatabaseUnavailableError(shown, message.strip().splitlines()[0] if message.strip() else type(exc).__name__)
