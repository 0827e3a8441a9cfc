"""A copy of a server's store before its schema is upgraded: `pg_dump` of the office's schema (or of the
whole database, when the store is in `public`), in PostgreSQL's custom format, into the backups folder.

An upgrade is one transaction, so a failed one changes nothing; but one that runs to its end can still be
wrong, and this dump is the way back (`pg_restore`). pg_dump comes with PostgreSQL's client tools; when
this PC has none, the upgrade goes on and says that no dump was taken, so that whoever upgrades can
take one on the server first. A pg_dump that is there but fails stops the upgrade: a copy was wanted.

The password goes to pg_dump in its environment (PGPASSWORD), never on its command line, which other
users of the PC can read.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from partyplan.errors import PartyPlanError

ENV_PROGRAM = "PARTYPLAN_PG_DUMP"  # a pg_dump that is not on PATH (e.g. C:\Program Files\PostgreSQL\15\bin)
TIMEOUT_SECONDS = 1800


@dataclass
class ServerBackupError(PartyPlanError):
    """pg_dump ran and failed; the upgrade was not started, nothing changed."""

    location: str
    detail: str


def program() -> str | None:
    chosen = os.environ.get(ENV_PROGRAM)
    if chosen:
        return chosen if Path(chosen).is_file() else None
    return shutil.which("pg_dump")


def dump(url: URL, schema: str | None, folder: Path, label: str) -> Path | None:
    """The dump's path, or None when this PC has no pg_dump."""
    exe = program()
    if exe is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = "-".join(part for part in (url.database or "server", schema, stamp, label) if part)
    target = folder / f"{name}.dump"
    partial = folder / f".{name}.dump.partial"
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    for key, var in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT"), ("sslcert", "PGSSLCERT"),
                     ("sslkey", "PGSSLKEY"), ("connect_timeout", "PGCONNECT_TIMEOUT")):
        if key in url.query:
            env[var] = str(url.query[key])
    command = [exe, "--format=custom", "--no-password", f"--file={partial}", f"--dbname={url.database or ''}"]
    if url.host:
        command.append(f"--host={url.host}")
    if url.port:
        command.append(f"--port={url.port}")
    if url.username:
        command.append(f"--username={url.username}")
    if schema:
        command.append(f"--schema={schema}")
    shown = url.render_as_string(hide_password=True)
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as exc:
        partial.unlink(missing_ok=True)
        raise ServerBackupError(shown, str(exc)) from exc
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise ServerBackupError(shown, (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1])
    if os.name == "posix":
        os.chmod(partial, 0o600)  # it holds the office's personal data
    os.replace(partial, target)
    return target
