"""Four PCs of one office on the real server, each signed in as its own staff role, editing the same plan
items, the same person and the same roster cells for a bounded number of rounds, each save made from
what it read a moment before (tests/district/many_pcs_worker.py). Afterwards:

- no lost update: for every record, the saves that went through form one chain of versions (each made
  from the version the one before it left), the record holds the last of them, and every other attempt
  was refused as a conflict; for a roster cell, each accepted edit started from what the one before it
  put there;
- no duplicate: the newcomer added on all four PCs at once is there once; "New version" pressed on all
  four gives one draft;
- no crash: every worker ends normally;
- the audit log holds every accepted save with the role of the PC that made it;
- a fifth process (this one) saw the others' commits as they happened (LISTEN/NOTIFY).

The figures are printed (pytest -s shows them) for the record.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import func, select

from partyplan.db import live
from partyplan.db.database import open_database
from partyplan.db.models import AuditEntry, Person, PlanItem, Role, Roster
from partyplan.district import offices
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.plans import service as plans
from partyplan.rosters import service as rosters
from partyplan.rosters import setup

from .conftest import needs_server

pytestmark = needs_server

WORKERS = 4
ROUNDS = 12
WORKER = Path(__file__).with_name("many_pcs_worker.py")


def test_four_pcs_editing_the_same_records_lose_nothing(district, tmp_path):
    admin, roles, made = district
    office = roles.name("office_m")
    made.append(office)
    offices.add_office(admin, office, "并发测试社区")
    logins = []
    for n in range(WORKERS):
        login = roles.name(f"pc{n}")
        offices.add_user(admin, login, office, "pw")
        logins.append(roles.login(login))

    store = open_database(logins[0])
    with store.session() as s:
        plan = plans.create_plan(s, plans.PlanData(2026, "并发计划"))
        section = plans.add_section(s, plan, "一、党建")
        items = [plans.add_item(s, section, f"事项{n}") for n in range(3)]
        person = people.add_person(s, PersonData(name="共同编辑", phone="13800000040"))
        members = [people.add_person(s, PersonData(name=f"干部{n}", roles={Role.CADRE})) for n in range(8)]
        setup.seed_default_shifts(s)
        for pid in members:
            setup.save_member(s, pid, setup.MemberData(tags=frozenset({"leader"})))
        december = rosters.generate(s, 2026, 12, time_limit_s=2)
        rosters.publish(s, december)
        roster = rosters.generate(s, 2026, 11, time_limit_s=2)
        view = rosters.load_view(s, 2026, 11)
    cells = [(day.isoformat(), shift) for (day, shift) in list(view.cells)[:2]]
    start = {f"{d}|{sh}": sorted(p.person_id for p in view.cells[(__import__("datetime").date.fromisoformat(d), sh)])
             for d, sh in cells}
    setup_file = tmp_path / "setup.json"
    setup_file.write_text(json.dumps({"items": items, "person": person, "roster": roster, "cells": cells,
                                      "members": members}), encoding="utf-8")

    watcher = live.watcher_for(store)
    outs = [tmp_path / f"worker{n}.jsonl" for n in range(WORKERS)]
    procs = [subprocess.Popen([sys.executable, str(WORKER), logins[n].render_as_string(hide_password=False), str(n),
                               str(ROUNDS), str(setup_file), str(outs[n])], stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
             for n in range(WORKERS)]
    seen_areas: set[str] = set()
    time.sleep(0.1)
    setup_file.with_suffix(".go").touch()
    began = time.monotonic()
    try:
        while any(p.poll() is None for p in procs) and time.monotonic() - began < 240:
            seen_areas |= watcher.poll(0.2)
        seen_areas |= watcher.poll(0.5)
    finally:
        watcher.close()
        for p in procs:
            if p.poll() is None:
                p.kill()
    elapsed = time.monotonic() - began
    errors = [p.stderr.read() for p in procs]  # type: ignore[union-attr]
    assert [p.returncode for p in procs] == [0] * WORKERS, errors
    records = [json.loads(line) for out in outs for line in out.read_text(encoding="utf-8").splitlines()]
    assert not [r for r in records if r["kind"] == "crash"]

    # -- no lost update: plan items and the person -----------------------------------------------------
    figures: dict[str, int] = defaultdict(int)
    with store.session() as s:
        for kind, model, field, keys in (("item", PlanItem, "title", items), ("person", Person, "notes", [person])):
            for key in keys:
                tries = [r for r in records if r["kind"] == kind and r["key"] == key]
                saved = sorted((r for r in tries if r["ok"]), key=lambda r: r["expected"])
                refused = [r for r in tries if not r["ok"]]
                row = s.get(model, key)
                assert [r["expected"] for r in saved] == list(range(1, 1 + len(saved))), "one chain of versions"
                assert row.row_version == 1 + len(saved)
                assert getattr(row, field) == saved[-1]["value"], "the record holds the last accepted save"
                assert all(r["current"] is not None and r["current"] > r["expected"] for r in refused)
                audit = s.scalars(select(AuditEntry).where(AuditEntry.table_name == model.__tablename__,
                                                           AuditEntry.record_key == str(key),
                                                           AuditEntry.action == "update")
                                  .order_by(AuditEntry.id)).all()
                assert [json.loads(a.new_values)[field] for a in audit] == [r["value"] for r in saved]
                by_role = {r["value"]: logins[r["worker"]].username for r in saved}
                assert [a.user_name for a in audit] == [by_role[json.loads(a.new_values)[field]] for a in audit]
                figures[f"{kind} saves"] += len(saved)
                figures[f"{kind} conflicts"] += len(refused)

        # -- roster cells: each accepted edit began from what the one before it left --------------------
        for key, first in start.items():
            tries = [r for r in records if r["kind"] == "cell" and r["key"] == key]
            saved = sorted((r for r in tries if r["ok"]), key=lambda r: r["roster_version"])
            chain = [first] + [r["value"] for r in saved]
            assert [r["expected"] for r in saved] == chain[:-1], "an edit made from a stale cell went through"
            day_text, shift = key.split("|")
            held, _locked = rosters.cell_people(s, roster, __import__("datetime").date.fromisoformat(day_text),
                                                int(shift))
            assert sorted(held) == chain[-1] and len(held) == 2, "the cell holds the last edit, never doubled"
            figures["cell saves"] += len(saved)
            figures["cell conflicts"] += sum(not r["ok"] for r in tries)

        # -- no duplicate --------------------------------------------------------------------------------
        adds = [r for r in records if r["kind"] == "add"]
        assert sum(r["ok"] for r in adds) == 1 and len(adds) == WORKERS
        assert s.scalar(select(func.count()).select_from(Person).where(Person.name == "新来的")) == 1
        drafts = {r["id"] for r in records if r["kind"] == "new_version"}
        assert len(drafts) == 1
        assert s.scalar(select(func.count()).select_from(Roster).where(Roster.month == 12)) == 2
    store.close()

    # -- a fifth process saw the others' work as it happened ------------------------------------------------
    assert {"plans", "people", "rosters"} <= seen_areas
    lost = 0
    print(f"\n{WORKERS} PCs x {ROUNDS} rounds in {elapsed:.1f} s: " + ", ".join(
        f"{k} {v}" for k, v in sorted(figures.items())) + f", lost updates {lost}, duplicates 0, crashes 0")
    assert figures["item conflicts"] + figures["person conflicts"] + figures["cell conflicts"] > 0, \
        "the PCs never met: the test proved nothing"
