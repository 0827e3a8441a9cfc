"""Write tests/fixtures/schema_<rev>.sqlite3: a store frozen at an old revision, with rows in it.

Run once per released schema and commit the file; tests open each fixture with the current code
and check that migrations keep every row (TagStudio's pattern).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlalchemy import text

from partyplan.db import migrate
from partyplan.db.engine import make_engine, sqlite_url

ROWS = [
    (1, "王建国", "male", "1962-05-01", "13807710001", "cadre"),
    (2, "李秀英", "female", "1975-11-23", "13907710002", "party_member"),
    (3, "张伟", "male", "1990-02-14", None, "volunteer"),
]


def main(revision: str) -> None:
    target = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / f"schema_{revision}.sqlite3"
    target.unlink(missing_ok=True)
    engine = make_engine(sqlite_url(target))
    migrate.upgrade(engine, str(target), None, target=revision)
    with engine.begin() as conn:
        for pid, name, gender, birth, phone, role in ROWS:
            conn.execute(
                text("INSERT INTO people (id, name, gender, birth_date, phone, archived) "
                     "VALUES (:i, :n, :g, :b, :p, 0)"),
                {"i": pid, "n": name, "g": gender, "b": birth, "p": phone},
            )
            conn.execute(text("INSERT INTO person_roles (person_id, role) VALUES (:i, :r)"), {"i": pid, "r": role})
    engine.dispose()
    con = sqlite3.connect(target)  # one self-contained file: no -wal beside it
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    print(target)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "0001_people")
