"""Offices on the district's server: each office is a schema holding the whole PartyPlan store, its staff
are PostgreSQL login roles that may use that schema and no other, and one group role reads every office.

Everything here runs as the server's owner of the district (the role `partyplan district` commands sign in
as): it creates schemas and roles, runs the migrations inside the new schema and hands out the grants:

- `<office>_staff` (no login): may read and write the office's tables, add to (never change or delete
  from) its audit log, and nothing in any other office. Staff login roles are members of it, and
  their `search_path` is the office, so a PC signing in as them opens their office with no more said.
- `partyplan_district_reader` (no login): may read every office. District login roles are members.
- `partyplan_district.offices`: the list of offices (schema and the name people write).

A schema is named by lower-case ASCII letters, digits and `_` (it is also part of role names); the
office's own name in Chinese goes in its title.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from partyplan.errors import DatabaseUnavailableError, PartyPlanError

REGISTRY = "partyplan_district"
READER = "partyplan_district_reader"
NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
LOGIN = re.compile(r"^[a-z][a-z0-9_.-]{0,62}$")
RESERVED = frozenset({"public", "information_schema", REGISTRY}) | {f"pg_{x}" for x in ("catalog", "toast")}


@dataclass
class DistrictError(PartyPlanError):
    """A district command refused: `reason` is "not_server" (a database file has no offices),
    "bad_name" (not a schema name), "bad_login", "exists", "unknown_office", "not_allowed" (the role
    signed in may not do this), "no_password"; `name` is what it was about."""

    reason: str
    name: str = ""
    detail: str = ""


@dataclass(frozen=True)
class Office:
    schema: str
    title: str
    created_at: dt.datetime | None = None


def staff_role(office: str) -> str:
    return f"{office}_staff"


def office_url(url: URL, office: str) -> URL:
    """The server address that opens `office`: the same sign-in, with the office as the search path."""
    check_name(office)
    return url.update_query_dict({"options": f"-csearch_path={office}"})


def check_name(name: str) -> str:
    if not NAME.match(name) or name in RESERVED or name.startswith("pg_"):
        raise DistrictError("bad_name", name)
    return name


def check_login(login: str) -> str:
    if not LOGIN.match(login) or login.startswith("pg_") or login in (READER,):
        raise DistrictError("bad_login", login)
    return login


@contextmanager
def server(url: URL) -> Iterator[Engine]:
    """An engine on the district's server; a database file is refused (offices live on a server)."""
    if url.get_backend_name() != "postgresql":
        raise DistrictError("not_server", url.render_as_string(hide_password=True))
    engine = create_engine(url, connect_args={"connect_timeout": 15})
    try:
        yield engine
    except OperationalError as exc:
        raise DatabaseUnavailableError(url.render_as_string(hide_password=True), _first_line(exc)) from exc
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", "") == "42501":  # insufficient_privilege
            raise DistrictError("not_allowed", url.username or "", _first_line(exc)) from exc
        raise
    finally:
        engine.dispose()


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc).strip() else type(exc).__name__


def ensure_registry(conn: Connection) -> None:
    conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{REGISTRY}"'))
    conn.execute(text(f'CREATE TABLE IF NOT EXISTS "{REGISTRY}".offices (schema_name VARCHAR(40) PRIMARY KEY, '
                      "title VARCHAR(200) NOT NULL DEFAULT '', created_at TIMESTAMP NOT NULL DEFAULT now())"))
    if not _role_exists(conn, READER):
        conn.execute(text(f'CREATE ROLE "{READER}" NOLOGIN'))
    conn.execute(text(f'REVOKE ALL ON SCHEMA "{REGISTRY}" FROM PUBLIC'))
    conn.execute(text(f'GRANT USAGE ON SCHEMA "{REGISTRY}" TO "{READER}"'))
    conn.execute(text(f'GRANT SELECT ON "{REGISTRY}".offices TO "{READER}"'))


def _role_exists(conn: Connection, role: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is not None


def list_offices(url: URL) -> list[Office]:
    with server(url) as engine, engine.connect() as conn:
        if conn.execute(text("SELECT to_regclass(:t)"), {"t": f"{REGISTRY}.offices"}).scalar() is None:
            return []
        rows = conn.execute(text(f'SELECT schema_name, title, created_at FROM "{REGISTRY}".offices '
                                 "ORDER BY schema_name")).all()
    return [Office(*row) for row in rows]


def add_office(url: URL, name: str, title: str = "") -> Office:
    """Create the office's schema, its tables (the migrations, run inside it) and its staff group role."""
    check_name(name)
    role = staff_role(name)
    with server(url) as engine:
        with engine.begin() as conn:
            ensure_registry(conn)
            exists = conn.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :n"), {"n": name}).first()
            if exists is not None:
                raise DistrictError("exists", name)
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
            if not _role_exists(conn, role):
                conn.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))
            conn.execute(text(f'REVOKE ALL ON SCHEMA "{name}" FROM PUBLIC'))
            conn.execute(text(f'GRANT USAGE ON SCHEMA "{name}" TO "{role}", "{READER}"'))
            conn.execute(text(f'INSERT INTO "{REGISTRY}".offices (schema_name, title) VALUES (:n, :t)'),
                         {"n": name, "t": title.strip()[:200]})
        from partyplan.db.database import open_database

        try:
            open_database(office_url(url, name)).close()  # the migrations, inside the new schema
        except BaseException:
            with engine.begin() as conn:  # no half-made office left behind
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
                conn.execute(text(f'DELETE FROM "{REGISTRY}".offices WHERE schema_name = :n'), {"n": name})
            raise
        with engine.begin() as conn:
            grant(conn, name)
    return Office(name, title.strip())


def grant(conn: Connection, office: str) -> None:
    """The office's grants, again after every upgrade (a new table gets them too)."""
    role = staff_role(office)
    conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{office}" TO "{role}"'))
    conn.execute(text(f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "{office}" TO "{role}"'))
    # The log is kept, not edited: staff add entries (their writes do) and read them, nothing more; the
    # schema's revision and identity are the owner's.
    conn.execute(text(f'REVOKE UPDATE, DELETE ON "{office}".audit_log FROM "{role}"'))
    conn.execute(text(f'REVOKE INSERT, UPDATE, DELETE ON "{office}".alembic_version, "{office}".store_identity '
                      f'FROM "{role}"'))
    conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{office}" TO "{READER}"'))


def add_user(url: URL, login: str, office: str, password: str) -> None:
    """A staff member's login role: in the office's group, landing in the office when signing in."""
    check_login(login)
    check_name(office)
    if not password:
        raise DistrictError("no_password", login)
    with server(url) as engine, engine.begin() as conn:
        ensure_registry(conn)
        known = conn.execute(text(f'SELECT 1 FROM "{REGISTRY}".offices WHERE schema_name = :n'), {"n": office}).first()
        if known is None:
            raise DistrictError("unknown_office", office)
        _create_login(conn, login, password, staff_role(office))
        conn.execute(text(f'ALTER ROLE "{login}" SET search_path = "{office}"'))


def add_reader(url: URL, login: str, password: str) -> None:
    """A district login role that reads every office (for `district summary`)."""
    check_login(login)
    if not password:
        raise DistrictError("no_password", login)
    with server(url) as engine, engine.begin() as conn:
        ensure_registry(conn)
        _create_login(conn, login, password, READER)


def _create_login(conn: Connection, login: str, password: str, group: str) -> None:
    if _role_exists(conn, login):
        raise DistrictError("exists", login)
    literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar()  # the server quotes it
    conn.execute(text(f'CREATE ROLE "{login}" LOGIN PASSWORD {literal} IN ROLE "{group}"'))


def upgrade_all(url: URL, dump_folder=None) -> list[tuple[Office, object]]:  # type: ignore[no-untyped-def]
    """Every office's schema to this version (each backed up with pg_dump first, when it is there), then
    its grants again; the migration report of each."""
    from partyplan.db.database import open_database

    done = []
    for office in list_offices(url):
        db = open_database(office_url(url, office.schema), backup_dir=dump_folder)
        db.close()
        with server(url) as engine, engine.begin() as conn:
            grant(conn, office.schema)
        done.append((office, db.report))
    return done
