"""A large, realistic ten-year store for the benchmarks: what an office has after a decade of use.

Run: ``.venv/bin/python benchmarks/make_data.py --db /tmp/large.sqlite3 [--years 10] [--people 2000]
[--seed 1]``. PATH must not exist yet. It is created and migrated through the app's own
``open_database``; the standing set-up (office name, shift types, meeting types, the eight posts, the
official calendar) is seeded by the same service calls the demo uses; then every large table is
written with one ``session.execute(insert(Model), rows)`` in its own transaction, ids assigned here,
because going through the services row by row would take hours at this size. The rows keep the
invariants the services assume (shifts on days of their kind, a leader on each rest-day duty, nobody
twice a day, service and visits in the past, follow-ups due after their day, votes that add up,
people active and of age when they take part), so every tab reads them as it would the office's own.

Sizes, for the defaults: 2,000 people (52 of them cadres, 12 now retired), one plan a year of about
300 items, 120 published monthly rosters (some in a second version), 50,000 record-book entries, about
1,000 meetings with about 30 attendees, 50,000 service records, 5,000 household visits, training
sessions and commendations. The counts per table are printed at the end. This module writes the
people, plans, rosters and the record book; data_activity.py the rest.
"""

from __future__ import annotations

import argparse
import calendar as stdlib_calendar
import datetime as dt
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import func, select

import data_activity
import data_words as words
from data_world import Someone, Tables, World, write
from partyplan import office
from partyplan.db.base import Base
from partyplan.db.database import Database, open_database
from partyplan.db import models as m
from partyplan.db.models import FollowUp, Gender, ItemStatus, Recurrence, Role
from partyplan.meetings import types
from partyplan.posts import service as posts
from partyplan.rosters import calendar_store, setup
from partyplan.rosters.calendar import DayKind, classify

CADRES, RETIRED_CADRES, LEADERS = 52, 12, 10
DUTY_LOG_ENTRIES = 50_000  # in ten years; fewer years, fewer entries
STEPS_PER_TASK = 4  # 10 sections x 6 tasks x (1 + 4 steps) = 300 items, and a few standing checks
AREA_CODE = "450205"  # Liuzhou, Liubei district: where the demo office is


def build(path: Path, years: int, people: int, seed: int) -> dict[str, int]:
    """Create the store at `path`; returns rows per table."""
    if path.exists():
        raise FileExistsError(f"{path} exists: make_data writes a new store only")
    if years < 3:
        raise ValueError(f"--years {years}: at least 3, so that cadres can come and go in between")
    if people < 10 * CADRES:
        raise ValueError(f"--people {people}: at least {10 * CADRES}, so that the cadres are few among them")
    today = dt.date.today()
    world = World(random.Random(seed), today, range(today.year - years + 1, today.year + 1))
    db = open_database(path, backup_dir=path.parent)  # a new file: created and migrated, nothing to back up
    try:
        _seed_setup(db, world)
        _people(db, world, people)
        for step in (_plans, _rosters, _duty_log, data_activity.meetings, data_activity.volunteer_posts,
                     data_activity.training):
            step(db, world)
        return _counts(db)
    finally:
        db.close()


# -- the standing set-up, through the services ----------------------------------------------------
def _seed_setup(db: Database, world: World) -> None:
    with db.session() as session:
        office.set_office_name(session, "柳北桥社区党委")
        office.set_setting(session, "duty_phone", "0772-2861234")
        setup.seed_default_shifts(session)
        types.seed_default_types(session)
        posts.seed_default_posts(session, "zh_CN")
        for year in world.years:
            calendar_store.ensure_year(session, year)  # so that showing a month does not write
        for shift in setup.list_shift_types(session):
            for kind in shift.day_kinds:
                world.shifts[kind] = (shift.id, shift.needed, bool(shift.required_tag))


# -- people ---------------------------------------------------------------------------------------
def _people(db: Database, world: World, count: int) -> None:
    rng, used = world.rng, set[str]()
    households = [f"{b}-{floor}0{door}" for b in range(1, 37) for floor in range(1, 19) for door in (1, 2)]
    rng.shuffle(households)
    households = households[: count // 2]
    for n in range(count):
        world.people.append(_someone(world, n + 1, used, rng.choice(households), n < CADRES))
    world.cadres = world.people[:CADRES]
    world.leaders = {c.id for c in world.cadres[:LEADERS]}
    write(db, m.Person, [_person_row(world, p) for p in world.people])
    write(db, m.PersonRole, [{"person_id": p.id, "role": r} for p in world.people for r in sorted(p.roles)])
    write(db, m.DutyMember, [_duty_member(world, c) for c in world.cadres])
    absent = rng.sample([c for c in world.cadres if c.left is None], 8)
    write(db, m.DutyAbsence, [_absence(world, c) for c in absent])


def _someone(world: World, pid: int, used: set[str], household: str, cadre: bool) -> Someone:
    rng, first = world.rng, world.years.start
    gender = Gender.FEMALE if rng.random() < 0.52 else Gender.MALE
    birth = dt.date(rng.randint(1965, 1995) if cadre else rng.randint(1938, 2006), rng.randint(1, 12),
                    rng.randint(1, 28))
    roles = _roles(rng, cadre)
    earliest = max(birth.replace(year=birth.year + 20), dt.date(1960, 1, 1))
    latest = dt.date(2015, 7, 1) if cadre else world.today  # cadres joined well before coming to the office
    joined = earliest + dt.timedelta(days=rng.randrange(max(30, (latest - earliest).days))) \
        if Role.PARTY_MEMBER in roles else None
    since, left = dt.date(2000, 1, 1), None
    if cadre and pid > CADRES - RETIRED_CADRES:
        left = dt.date(rng.randint(first + 1, world.today.year - 1), rng.randint(1, 12), 1)
    elif cadre and pid > CADRES - RETIRED_CADRES - 10:  # came to the office during the ten years
        since = dt.date(rng.randint(first + 1, world.today.year - 1), rng.randint(1, 12), 1)
    elif not cadre and rng.random() < 0.03:
        left = min(world.today, dt.date(rng.randint(first + 1, world.today.year), rng.randint(1, 12), 1))
    return Someone(pid, _name(rng, gender, used), gender, birth, roles, household, joined, since, left)


def _roles(rng: random.Random, cadre: bool) -> frozenset[Role]:
    if cadre:
        return frozenset({Role.CADRE, Role.PARTY_MEMBER} | ({Role.VOLUNTEER} if rng.random() < 0.4 else set()))
    roles = {r for r, share in ((Role.PARTY_MEMBER, 0.45), (Role.VOLUNTEER, 0.5), (Role.RESIDENT_REP, 0.08))
             if rng.random() < share}
    return frozenset(roles or {Role.VOLUNTEER})


def _name(rng: random.Random, gender: Gender, used: set[str]) -> str:
    given = words.GIVEN_FEMALE if gender is Gender.FEMALE else words.GIVEN_MALE
    while True:
        name = rng.choice(words.SURNAMES) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2, 2))))
        if name not in used:
            used.add(name)
            return name


def _person_row(world: World, p: Someone) -> dict:  # type: ignore[type-arg]
    rng = world.rng
    building, room = p.household.split("-")
    cadre = Role.CADRE in p.roles
    member = Role.PARTY_MEMBER in p.roles
    return {
        "id": p.id, "name": p.name, "gender": p.gender, "birth_date": p.birth,
        "phone": f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}",
        "id_number": _id_number(p, rng) if rng.random() < 0.8 else None,
        "address": f"{words.STREETS[int(building) % 4]}{int(building) * 3}号 {building}栋{room[:-2]}楼{room}",
        "household": p.household,
        "unit": words.UNITS[0] if cadre else rng.choice(words.UNITS[1:]),
        "education": rng.choice(list(m.Education)) if rng.random() < 0.7 else None,
        "party_category": rng.choices(list(m.PartyCategory), [7, 2, 1])[0] if member else None,
        "joined_date": p.joined,
        "notes": rng.choice(("", "", "", "熟悉社区情况", "擅长调解", "会计专业", "退役军人", "有驾照")) or None,
        "archived": p.left is not None,
    }


def _id_number(p: Someone, rng: random.Random) -> str:
    """A resident ID that passes the app's checksum, matching birth date and gender."""
    sequence = rng.randrange(0, 998, 2) + (1 if p.gender is Gender.MALE else 0)
    body = f"{AREA_CODE}{p.birth:%Y%m%d}{sequence:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def _duty_member(world: World, cadre: Someone) -> dict:  # type: ignore[type-arg]
    rng = world.rng
    weekday = rng.randrange(5) if rng.random() < 0.15 and cadre.id not in world.leaders else None
    world.off[cadre.id] = (weekday, dt.date.max, dt.date.max)
    most = rng.choice((None, None, None, 4, 6))
    world.most[cadre.id] = most or 31
    return {"person_id": cadre.id, "active": cadre.left is None, "max_per_month": most,
            "tags": "leader" if cadre.id in world.leaders else "",
            "unavailable_weekdays": "" if weekday is None else str(weekday), "backup_id": None, "note": ""}


def _absence(world: World, cadre: Someone) -> dict:  # type: ignore[type-arg]
    """Leave this year, which the rosters already respect."""
    start = world.today - dt.timedelta(days=world.rng.randint(-30, 200))
    end = start + dt.timedelta(days=world.rng.randint(3, 14))
    world.off[cadre.id] = (world.off[cadre.id][0], start, end)
    return {"person_id": cadre.id, "start": start, "end": end,
            "reason": world.rng.choice(("年休假", "病假", "外出学习", "探亲"))}


# -- plans ----------------------------------------------------------------------------------------
def _plans(db: Database, world: World) -> None:
    tables = Tables()
    for year in world.years:
        plan = tables.add(m.Plan, {
            "year": year, "end_year": None, "organization": "柳北桥社区党委", "kind": m.PlanKind.ANNUAL,
            "title": f"柳北桥社区党委{year}年工作计划", "notes": "",
            "guiding_text": "围绕服务社区居民、服务驻区单位，充分发挥社区党组织战斗堡垒作用，制定本计划。"})
        for s, (title, tasks) in enumerate(words.SECTIONS):
            section = tables.add(m.PlanSection, {"plan_id": plan["id"], "parent_id": None, "position": s,
                                                 "number": "一二三四五六七八九十"[s], "title": title, "text": "",
                                                 "quarter": None, "deleted": False})
            for t, task in enumerate(tasks):
                _task(world, tables, year, section["id"], t, task)
            recurrence = world.rng.choice((Recurrence.NONE, Recurrence.QUARTERLY, Recurrence.MONTHLY))
            if recurrence is not Recurrence.NONE:  # a standing check of the section's work
                _item(world, tables, year, section["id"], None, len(tasks), f"定期检查“{title.split('，')[0]}”落实情况",
                      None, recurrence)
        _targets(world, tables, plan["id"], year)
    tables.write(db, m.Plan, m.PlanSection, m.PlanItem, m.PlanItemPerson, m.ProgressNote, m.ItemOccurrence,
                 m.PlanTarget, m.TargetActual)


def _task(world: World, tables: Tables, year: int, section_id: int, position: int, task: str) -> None:
    """A task with its steps, each in a month of its own."""
    parent = _item(world, tables, year, section_id, None, position, task, None, Recurrence.NONE)
    months = sorted(world.rng.sample(range(1, 13), STEPS_PER_TASK))
    children = [_item(world, tables, year, section_id, parent["id"], n,
                      f"{month}月：{task}——{words.STEPS[n % len(words.STEPS)]}", month, Recurrence.NONE)
                for n, month in enumerate(months)]
    if all(c["status"] is ItemStatus.DONE for c in children):  # a task is done when its steps are
        parent["status"], parent["completed_on"] = ItemStatus.DONE, max(c["completed_on"] for c in children)
    elif parent["status"] is ItemStatus.DONE:
        parent["status"], parent["completed_on"] = ItemStatus.IN_PROGRESS, None


def _item(world: World, tables: Tables, year: int, section_id: int, parent: int | None, position: int,
          title: str, month: int | None, recurrence: Recurrence) -> dict:  # type: ignore[type-arg]
    """An item numbered 1, 2 ... (a step: (1), (2) ...), its status as the date and the year's luck give it."""
    rng, today = world.rng, world.today
    end = dt.date(year, month, stdlib_calendar.monthrange(year, month)[1]) if month else dt.date(year, 12, 31)
    status, completed = _status(rng, end, today, dt.date(year, month or 1, 1))
    row = tables.add(m.PlanItem, {
        "section_id": section_id, "parent_id": parent, "position": position,
        "number": f"（{position + 1}）" if parent else str(position + 1), "title": title, "description": "",
        "responsible_unit": rng.choice(words.RESPONSIBLE_UNITS), "quarter": None, "month": month, "due_date": None,
        "recurrence": recurrence, "status": status, "completed_on": completed, "deleted": False})
    staff = [c.id for c in world.cadres_on(dt.date(year, 1, 1))]
    for person_id in rng.sample(staff, rng.choice((1, 1, 2))):
        tables.add(m.PlanItemPerson, {"item_id": row["id"], "person_id": person_id}, numbered=False)
    if recurrence is not Recurrence.NONE:
        _occurrences(world, tables, row["id"], year, recurrence)
    if rng.random() < 0.35 and dt.date(year, month or 1, 1) <= today:
        tables.add(m.ProgressNote, {"item_id": row["id"], "noted_on": min(completed or end, today),
                                    "text": rng.choice(words.NOTES)})
    return row


def _status(rng: random.Random, end: dt.date, today: dt.date, start: dt.date) -> tuple[ItemStatus, dt.date | None]:
    if end < today:
        status = rng.choices((ItemStatus.DONE, ItemStatus.CANCELLED, ItemStatus.POSTPONED, ItemStatus.IN_PROGRESS),
                             (85, 3, 5, 7))[0]
    elif start <= today:
        status = rng.choice((ItemStatus.IN_PROGRESS, ItemStatus.IN_PROGRESS, ItemStatus.DONE))
    else:
        status = rng.choice((ItemStatus.NOT_STARTED, ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS))
    if status is not ItemStatus.DONE:
        return status, None
    return status, min(today, start + dt.timedelta(days=rng.randrange(max(1, (end - start).days + 1))))


def _occurrences(world: World, tables: Tables, item_id: int, year: int, recurrence: Recurrence) -> None:
    for period in range(1, 5 if recurrence is Recurrence.QUARTERLY else 13):
        month = period * 3 if recurrence is Recurrence.QUARTERLY else period
        end = dt.date(year, month, 25)
        if end < world.today:
            done = world.rng.random() < 0.92
            tables.add(m.ItemOccurrence, {"item_id": item_id, "period": period,
                                          "status": ItemStatus.DONE if done else ItemStatus.POSTPONED,
                                          "completed_on": end if done else None}, numbered=False)


TARGETS = (("发展新党员", 4, "名", m.Comparison.ABOUT, "new_members"),
           ("新党员中女性比例", 26, "%", m.Comparison.AT_LEAST, "new_members_women_share"),
           ("社区干部人均培训天数", 10, "天", m.Comparison.AT_LEAST, None),
           ("入户走访居民", 500, "户", m.Comparison.AT_LEAST, None),
           ("党员志愿服务时长", 30000, "小时", m.Comparison.AT_LEAST, None))


def _targets(world: World, tables: Tables, plan_id: int, year: int) -> None:
    """Computed targets, and typed ones with an actual entered at the end of each quarter past."""
    for position, (indicator, value, unit, comparison, source) in enumerate(TARGETS):
        target = tables.add(m.PlanTarget, {"plan_id": plan_id, "position": position, "indicator": indicator,
                                           "unit": unit, "comparison": comparison, "target_value": value,
                                           "source": source})
        for quarter in range(1, 5) if source is None else ():
            day = dt.date(year, quarter * 3, 28)
            if day < world.today:
                actual = round(value * quarter / 4 * world.rng.uniform(0.8, 1.2), 1)
                tables.add(m.TargetActual, {"target_id": target["id"], "measured_on": day, "value": actual,
                                            "note": ""})


# -- rosters --------------------------------------------------------------------------------------
def _rosters(db: Database, world: World) -> None:
    """Every month published before it starts, whoever has had fewest duties that month first on each
    cell; about one month in twelve was changed after publishing and re-issued as version 2."""
    rosters: list[dict] = []  # type: ignore[type-arg]
    assignments: list[dict] = []  # type: ignore[type-arg]
    changes: list[dict] = []  # type: ignore[type-arg]
    with db.session() as session:
        exceptions, _names = calendar_store.exceptions(session, dt.date(world.years.start, 1, 1),
                                                       dt.date(world.years.stop - 1, 12, 31))
    for year in world.years:
        for month in range(1, 13):
            cells = _month_cells(world, year, month, exceptions)
            published = dt.datetime(year, month, 1, 9, 0) - dt.timedelta(days=3)
            reissued = world.rng.random() < 1 / 12 and published.date() < world.today
            for version in (1, 2) if reissued else (1,):
                roster_id = len(rosters) + 1
                status = m.RosterStatus.SUPERSEDED if reissued and version == 1 else m.RosterStatus.PUBLISHED
                rosters.append({"id": roster_id, "year": year, "month": month, "version": version, "status": status,
                                "published_at": published + dt.timedelta(days=2 * (version - 1)), "optimal": True})
                if version == 2:
                    changes.append(_swap(world, cells, roster_id))
                assignments += [{"roster_id": roster_id, "day": day, "shift_type_id": shift, "person_id": pid,
                                 "locked": version == 2} for (day, shift), people in cells.items() for pid in people]
            world.duties += [(day, shift, tuple(people)) for (day, shift), people in cells.items()
                             if day <= world.today]
    write(db, m.Roster, rosters)
    write(db, m.RosterAssignment, assignments)
    write(db, m.RosterChange, changes)


def _month_cells(world: World, year: int, month: int,
                 exceptions: dict[dt.date, DayKind]) -> dict[tuple[dt.date, int], list[int]]:
    cells: dict[tuple[dt.date, int], list[int]] = {}
    served: dict[int, int] = defaultdict(int)
    busy: dict[dt.date, set[int]] = defaultdict(set)
    for number in range(1, stdlib_calendar.monthrange(year, month)[1] + 1):
        day = dt.date(year, month, number)
        shift, needed, leader = world.shifts[classify(day, exceptions)]
        near = busy[day - dt.timedelta(days=1)] | busy[day]
        pool = sorted((c for c in world.cadres_on(day) if c.id not in near and world.can_serve(c, day)
                       and served[c.id] < world.most[c.id]),
                      key=lambda c: (served[c.id], world.rng.random()))
        chosen: list[int] = []
        if leader:
            chosen.append(next(c.id for c in pool if c.id in world.leaders))
        chosen += [c.id for c in pool if c.id not in chosen][: needed - len(chosen)]
        for pid in chosen:
            served[pid] += 1
            busy[day].add(pid)
        cells[(day, shift)] = chosen
    return cells


def _swap(world: World, cells: dict[tuple[dt.date, int], list[int]], roster_id: int) -> dict:  # type: ignore[type-arg]
    """Version 2 replaces one person on one cell; the change list says so."""
    (day, shift), people = world.rng.choice(sorted(cells.items()))
    names = {p.id: p.name for p in world.cadres}
    before = "、".join(sorted(names[p] for p in people))
    near = {pid for (d, _s), cell in cells.items() if abs((d - day).days) <= 1 for pid in cell}
    stand_in = next(c.id for c in world.cadres_on(day)
                    if c.id not in near and c.id not in world.leaders and world.can_serve(c, day))
    people[-1] = stand_in
    return {"roster_id": roster_id, "day": day, "shift_type_id": shift, "before": before,
            "after": "、".join(sorted(names[p] for p in people)), "changed_at": dt.datetime.combine(day, dt.time(9))}


# -- the on-duty record book ----------------------------------------------------------------------
def _duty_log(db: Database, world: World) -> None:
    rng, today = world.rng, world.today
    rows = []
    for n, (day, shift, people) in enumerate(sorted(rng.choices(world.duties, k=world.per_decade(DUTY_LOG_ENTRIES))), 1):
        category, matter, answer, result = rng.choice(words.MATTERS)
        follow = FollowUp.OPEN if result in ("待回访", "已上报街道", "已上报残联", "已列入议题") else FollowUp.NONE
        due = day + dt.timedelta(days=14) if follow is FollowUp.OPEN else None
        closed = None
        if follow is FollowUp.OPEN and _settled(rng, (today - day).days):
            follow, closed = FollowUp.CLOSED, min(today, day + dt.timedelta(days=rng.randint(2, 14)))
        inspected = day < today - dt.timedelta(days=20)
        evening = shift == world.shifts[DayKind.WORKDAY][0]
        rows.append({
            "id": n, "day": day, "time": dt.time(rng.randint(17, 20) if evening else rng.randint(9, 16),
                                                 rng.choice((0, 10, 20, 30, 40, 50))),
            "shift_type_id": shift, "handled_by_id": rng.choice(people),
            "resident_name": rng.choice(words.SURNAMES) + rng.choice(words.RESIDENT_TITLES),
            "contact": f"13{rng.randint(100000000, 999999999)}",
            "household": f"{rng.randint(1, 36)}-{rng.randint(1, 18)}0{rng.randint(1, 2)}",
            "matter": matter, "category": category, "answer": answer, "result": result, "follow_up": follow,
            "follow_up_due": due, "closed_on": closed,
            "inspected_by_id": rng.choice([c.id for c in world.cadres_on(day) if c.id in world.leaders])
            if inspected else None,
            "inspected_on": day + dt.timedelta(days=7) if inspected else None,
            "inspection_comment": "记录完整" if inspected else ""})
    write(db, m.DutyLogEntry, rows)


def _settled(rng: random.Random, age: int) -> bool:
    """Most follow-ups are closed within two weeks; a few in a thousand are forgotten."""
    return rng.random() < (0.995 if age > 21 else 0.5 if age > 7 else 0.0)


def _counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the new SQLite file to write")
    parser.add_argument("--years", type=int, default=10, help="years of records, ending with this one")
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = build(args.db, args.years, args.people, args.seed)
    for table, count in counts.items():
        if count:
            print(f"{table} {count}")
    print(f"seconds {time.perf_counter() - started:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
