"""Live views: another process's commit reaches a watcher (LISTEN/NOTIFY on a server, data_version on a
file), naming the areas it changed; a rolled-back write announces nothing."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from partyplan.db import live
from partyplan.db.models import Person
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.plans import service as plans

WAIT = 20.0  # seconds a watcher may take before the test gives up (a bound, not a measurement)


def wait_for(watcher: live.Watcher, area: str) -> frozenset[str]:
    seen: set[str] = set()
    for _ in range(int(WAIT / 0.5)):
        seen |= watcher.poll(0.5)
        if area in seen or live.ALL in seen:
            return frozenset(seen)
    return frozenset(seen)


def test_a_commit_names_its_areas_and_a_rollback_says_nothing(database):
    watcher = live.watcher_for(database)
    try:
        assert watcher.poll(0.0) == frozenset()
        with pytest.raises(RuntimeError), database.session() as s:
            people.add_person(s, PersonData(name="不会保存"))
            raise RuntimeError("rolled back")
        assert watcher.poll(0.5) == frozenset()
        with database.session() as s:
            plans.create_plan(s, plans.PlanData(2026, "计划"))
        assert wait_for(watcher, "plans") == {"plans"}
        with database.session() as s:
            people.add_person(s, PersonData(name="刘洋", phone="13800000020"))
            plans.create_plan(s, plans.PlanData(2027, "计划"))
        assert wait_for(watcher, "people") >= {"people"}
    finally:
        watcher.close()


def test_another_process_commit_reaches_a_watcher_in_its_thread(database, db_location):
    """The second window: a watcher thread with a callback, a writer in another process."""
    import threading

    got: list[frozenset[str]] = []
    arrived = threading.Event()
    watcher = live.watcher_for(database)

    def changed(areas: frozenset[str]) -> None:
        got.append(areas)
        arrived.set()

    watcher.start(changed, interval=0.2)
    try:
        writer = textwrap.dedent(f"""
            from partyplan.db.database import open_database
            from partyplan.people import service
            from partyplan.people.validation import PersonData
            db = open_database({db_location!r})
            with db.session() as s:
                service.add_person(s, PersonData(name="另一台电脑", phone="13800000021"))
            db.close()
        """)
        done = subprocess.run([sys.executable, "-c", writer], capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)
        assert done.returncode == 0, done.stderr
        assert arrived.wait(WAIT), "the other process's commit never reached the watcher"
    finally:
        watcher.close()
    assert "people" in got[0] or live.ALL in got[0]
    with database.session() as s:
        assert s.query(Person).filter_by(name="另一台电脑").count() == 1


def test_areas_of_tables():
    assert live.areas_of(["people", "person_roles", "roster_assignments"]) == {"people", "rosters"}
    assert live.areas_of(["someone_elses"]) == {live.ALL}
    assert json.dumps(sorted(live.areas_of(["duty_log_entries"]))) == '["duty_log"]'
