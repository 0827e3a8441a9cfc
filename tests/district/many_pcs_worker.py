"""One PC of the multi-process test (tests/district/test_many_pcs.py): signs in as its own staff role and
edits the same plan items, person and roster cells as the others for a number of rounds, from what it
read a moment before (a form's stale copy, as a person's would be), and writes one JSON line per attempt.

    python many_pcs_worker.py URL WORKER ROUNDS SETUP.json OUT.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
import traceback
from dataclasses import replace
from pathlib import Path


def main(url: str, worker: int, rounds: int, setup_file: str, out_file: str) -> int:
    from partyplan.db.concurrency import ConflictError, DuplicateError
    from partyplan.db.database import open_database
    from partyplan.db.models import PlanItem, Roster
    from partyplan.people import service as people
    from partyplan.people.validation import InvalidPerson, PersonData
    from partyplan.plans import service as plans
    from partyplan.rosters import service as rosters

    setup = json.loads(Path(setup_file).read_text(encoding="utf-8"))
    rng = random.Random(worker)
    db = open_database(url)
    out = open(out_file, "w", encoding="utf-8")

    def note(**fields: object) -> None:
        out.write(json.dumps({"worker": worker, **fields}, default=str) + "\n")
        out.flush()

    def pause() -> None:  # the time a person takes between reading and saving: widens every race
        time.sleep(rng.uniform(0, 0.01))

    go = Path(setup_file).with_suffix(".go")
    while not go.exists():  # all PCs start together
        time.sleep(0.01)
    try:
        for r in range(rounds):
            # a plan item's title, from the version this PC read
            item = setup["items"][(r + worker) % len(setup["items"])]
            with db.session() as s:
                seen = s.get(PlanItem, item).row_version
            pause()
            title = f"w{worker} r{r}"
            try:
                with db.session() as s:
                    plans.update_item(s, item, {"title": title}, expected_version=seen)
                note(kind="item", key=item, expected=seen, value=title, ok=True)
            except ConflictError as exc:
                note(kind="item", key=item, expected=seen, value=title, ok=False, current=exc.current_version,
                     by=exc.changed_by)

            # the shared person's notes, saved from the form's copy
            with db.session() as s:
                row = people.get_person(s, setup["person"])
            pause()
            text = f"w{worker} r{r}"
            try:
                with db.session() as s:
                    people.update_person(s, row.id, replace(row.data(), notes=text), expected_version=row.row_version)
                note(kind="person", key=row.id, expected=row.row_version, value=text, ok=True)
            except ConflictError as exc:
                note(kind="person", key=row.id, expected=row.row_version, value=text, ok=False,
                     current=exc.current_version, by=exc.changed_by)

            # a roster cell: who it held when seen, and who this PC puts there
            day_text, shift = setup["cells"][(r + worker) % len(setup["cells"])]
            day = dt.date.fromisoformat(day_text)
            with db.session() as s:
                held, _locked = rosters.cell_people(s, setup["roster"], day, shift)
            pause()
            chosen = sorted(rng.sample(setup["members"], 2))
            try:
                with db.session() as s:
                    rosters.set_cell(s, setup["roster"], day, shift, chosen, expected=held)
                    after = s.get(Roster, setup["roster"]).row_version
                note(kind="cell", key=f"{day_text}|{shift}", expected=sorted(held), value=chosen, ok=True,
                     roster_version=after)
            except ConflictError as exc:
                note(kind="cell", key=f"{day_text}|{shift}", expected=sorted(held), value=chosen, ok=False,
                     theirs=exc.theirs.get("people"), by=exc.changed_by)

            if r == 0:  # the same newcomer added on every PC at once, and "New version" pressed on all
                try:
                    with db.session() as s:
                        new_id = people.add_person(s, PersonData(name="新来的", phone="13912345678"))
                    note(kind="add", ok=True, id=new_id)
                except (InvalidPerson, DuplicateError) as exc:
                    note(kind="add", ok=False, refused=type(exc).__name__)
                with db.session() as s:
                    draft = rosters.new_version(s, 2026, 12)
                note(kind="new_version", ok=True, id=draft)
    except Exception as exc:  # anything else is a crash the test reports
        note(kind="crash", ok=False, error=f"{type(exc).__name__}: {exc}", trace=traceback.format_exc())
        return 1
    finally:
        out.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]))
