"""Who did it: every write of every service leaves its audit entry (user, time, record, old and new
values), read back as a record's history and exported for an inspector."""

from __future__ import annotations

import datetime as dt
import getpass
import subprocess
import sys

import openpyxl
from sqlalchemy import select

from partyplan.audit import export, history
from partyplan.db.models import AuditEntry, ItemStatus, Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.plans import service as plans
from partyplan.rosters import duty_log, service as rosters, setup


def user_of(database) -> str:  # type: ignore[no-untyped-def]
    if database.is_sqlite:
        return getpass.getuser()
    with database.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT current_user").scalar())


def test_every_write_has_its_entry_with_user_and_values(database):
    with database.session() as s:
        pid = people.add_person(s, PersonData(name="周敏", phone="13800000010", roles={Role.CADRE}))
    with database.session() as s:
        people.update_person(s, pid, PersonData(name="周敏", phone="13800000011", roles={Role.CADRE}))
    with database.session() as s:
        people.set_archived(s, pid, True)
        rows = history.record_history(s, "people", pid)
    assert [r.action for r in rows] == ["insert", "update", "update"]
    assert {r.user for r in rows} == {user_of(database)}
    assert [r.row_version for r in rows] == [1, 2, 3]
    phone = next(c for c in rows[1].changes if c.field == "phone")
    assert (phone.old, phone.new) == ("13800000010", "13800000011")
    assert [(c.field, c.old, c.new) for c in rows[2].changes] == [("archived", False, True)]
    assert rows[0].at <= rows[2].at and abs(rows[2].at - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)


def test_bulk_statements_and_deletes_are_logged_too(database):
    """A hand edit of a roster cell deletes the cell's rows with one statement: each row still has its entry."""
    with database.session() as s:
        ids = [people.add_person(s, PersonData(name=f"干部{n}", roles={Role.CADRE})) for n in range(6)]
        setup.seed_default_shifts(s)
        for pid in ids:
            setup.save_member(s, pid, setup.MemberData(tags=frozenset({"leader"})))
        roster_id = rosters.generate(s, 2026, 11, time_limit_s=2)
    with database.session() as s:
        view = rosters.load_view(s, 2026, 11)
        (day, shift), shown = next(iter(view.cells.items()))
        rosters.set_cell(s, roster_id, day, shift, [ids[0]])
        rows = history.roster_history(s, roster_id)
    deleted = [r for r in rows if r.action == "delete" and r.table == "roster_assignments"]
    assert {dict((c.field, c.old) for c in r.changes)["person_id"] for r in deleted} == {p.person_id for p in shown}
    assert rows[0].table == "rosters" and rows[0].action == "insert"


def test_the_record_book_plan_items_and_votes_show_their_history(database):
    with database.session() as s:
        plan = plans.create_plan(s, plans.PlanData(2026, "计划"))
        item = plans.add_item(s, plans.add_section(s, plan, "一"), "走访困难群众")
        plans.update_item(s, item, {"status": ItemStatus.DONE}, today=dt.date(2026, 3, 1))
        entry = duty_log.add_entry(s, duty_log.EntryData(day=dt.date(2026, 3, 2), matter="咨询低保"))
        rows = history.record_history(s, "plan_items", item) + history.record_history(s, "duty_log_entries", entry)
    assert [r.action for r in rows] == ["insert", "update", "insert"]
    assert dict((c.field, c.new) for c in rows[1].changes)["status"] == "done"


def test_the_log_is_exported_for_an_inspector(database, tmp_path):
    with database.session() as s:
        pid = people.add_person(s, PersonData(name="吴刚", phone="13800000012"))
        people.update_person(s, pid, PersonData(name="吴刚", phone="13800000013"))
    today = dt.datetime.now(dt.UTC).date()
    out = tmp_path / "audit.xlsx"
    with database.session() as s:
        count = export.write_xlsx(s, today - dt.timedelta(days=1), today + dt.timedelta(days=1), out, language="zh_CN")
        total = len(s.scalars(select(AuditEntry)).all())
    assert count == total >= 2
    ws = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [v[5] for v in values][:2] == ["新增", "修改"] and values[1][2] == user_of(database)
    assert "phone: 13800000012 → 13800000013" in values[1][7]
    with database.session() as s:  # a period with nothing in it is an empty sheet, not an error
        assert export.write_xlsx(s, dt.date(2000, 1, 1), dt.date(2000, 1, 2), tmp_path / "empty.xlsx") == 0


def test_partyplan_audit_export_on_the_command_line(database, db_location, tmp_path):
    with database.session() as s:
        people.add_person(s, PersonData(name="郑洁", phone="13800000014"))
    database.close()
    today = dt.datetime.now(dt.UTC).date()
    out = tmp_path / "log.xlsx"
    done = subprocess.run([sys.executable, "-m", "partyplan", "audit", "export", "--db", db_location, "--lang", "en",
                           "--from", (today - dt.timedelta(days=1)).isoformat(), "--to", today.isoformat(),
                           "--xlsx", str(out)], capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)
    assert done.returncode == 0, done.stderr
    assert "written to" in done.stdout and out.exists()
    assert openpyxl.load_workbook(out).active.cell(3, 6).value == "added"
