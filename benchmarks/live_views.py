"""How long another process's commit takes to reach a watching window (partyplan.db.live).

A child process opens a watcher on the store (LISTEN/NOTIFY on a server, the data_version poll on a
file) and prints the wall-clock time of every notice; this process saves a change every 0.3 s and
notes when each save began (so the figure is an upper bound: the write and commit are in it). Prints ``name value unit`` (median and worst of the changes)
and writes benchmarks/results/live_views.json.

    .venv/bin/python benchmarks/live_views.py [--changes 20] [--server postgresql://user@host:port/db]

Without --server only the file store is measured (PARTYPLAN_TEST_DB is used when set).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from pathlib import Path

RESULTS = Path(__file__).parent / "results" / "live_views.json"
WATCH = textwrap.dedent("""
    import sys, time
    from partyplan.db import live
    from partyplan.db.database import open_database
    db = open_database(sys.argv[1])
    watcher = live.watcher_for(db)
    print("ready", flush=True)
    while True:
        areas = watcher.poll(1.0)
        if areas:
            print(time.time(), ",".join(sorted(areas)), flush=True)
""")


def measure(location: str, changes: int) -> list[float]:
    from partyplan.db.database import open_database
    from partyplan.people import service
    from partyplan.people.validation import PersonData

    db = open_database(location)
    child = subprocess.Popen([sys.executable, "-c", WATCH, location], stdout=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    delays = []
    try:
        for n in range(changes):
            began = time.time()  # from the start of the save: the write and its commit are counted too
            with db.session() as s:
                service.add_person(s, PersonData(name=f"测量{n}", phone=f"1380000{n:04d}"))
            line = child.stdout.readline().split()
            delays.append(float(line[0]) - began)
            time.sleep(0.3)
    finally:
        child.kill()
        db.close()
    return delays


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--server", default=os.environ.get("PARTYPLAN_TEST_DB", ""))
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("PARTYPLAN_HOME", folder)
        targets = {"file": str(Path(folder) / "live.sqlite3")}
        if args.server:
            from sqlalchemy import create_engine, text
            from sqlalchemy.engine import make_url

            name = f"pp_live_{uuid.uuid4().hex[:8]}"
            admin = create_engine(args.server, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            targets["server"] = make_url(args.server).set(database=name).render_as_string(hide_password=False)
        try:
            for kind, location in targets.items():
                delays = measure(location, args.changes)
                results[f"live_{kind}_median"] = round(statistics.median(delays) * 1000, 1)
                results[f"live_{kind}_worst"] = round(max(delays) * 1000, 1)
        finally:
            if args.server:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()
    for name, value in results.items():
        print(f"{name} {value} ms")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
