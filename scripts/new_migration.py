"""Draft a migration from the models: `python scripts/new_migration.py 0003_plans "plans and targets"`.

Autogenerate compares the models with a scratch store at the current head; read and edit the draft
(batch mode for SQLite, data moves) before committing it, then update partyplan.db.schema.HEAD.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from partyplan.db import migrate
from partyplan.db.engine import make_engine, sqlite_url


def main(rev_id: str, message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scratch.sqlite3"
        engine = make_engine(sqlite_url(path))
        migrate.upgrade(engine, str(path), None)
        with engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
