"""A month's roster: drawing it up with the solver, editing it by hand, publishing it in versions.

Generation is split so the slow part can leave the GUI thread: `prepare` reads the store, `solver.solve`
is pure, `store` writes the result in one transaction.

Several PCs may work on one month. Every write to it (storing a solution, a hand edit, publishing, a
new version, discarding) first takes the month's lock (`concurrency.lock_month`), so they run one
after another, and raises the roster's row_version. `store` refuses a solution drawn up from a month
that changed since `prepare` read it (MonthChangedError): a hand edit made meanwhile is then either in
the solver's input or kept and the solution refused, never both laid over each other. A hand edit
that names what the cell held when the user saw it (`expected`) is refused when it holds something
else now (ConflictError, with who changed it and when).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import json

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from partyplan.db.audit_log import plain
from partyplan.db.concurrency import ConflictError, MonthChangedError, last_change, lock_month
from partyplan.db.models import AuditEntry, Person, Roster, RosterAssignment, RosterChange, RosterStatus
from partyplan.errors import PartyPlanError
from partyplan.rosters import calendar_store, problem, setup
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.views import CellPerson, ChangeRow, DayRow, FairnessRow, RosterView, ShiftTypeRow

HISTORY_MONTHS = 6
Cell = tuple[dt.date, int]


@dataclass
class MonthPublished(PartyPlanError):
    """The month's roster is published: edits go into a new version, so the posted one stays as posted."""

    year: int
    month: int
    version: int


@dataclass
class NothingToRoster(PartyPlanError):
    reason: str  # "no_shifts" or "no_members"


@dataclass
class TagMissing(PartyPlanError):
    """A shift running this month needs people with a tag (a leader on rest days) that too few of the people
    on duty have: said before the solver runs, in one sentence, instead of one line per impossible day."""

    shift: str
    tag: str
    needed: int
    tagged: int


@dataclass(frozen=True)
class CellWarning:
    day: dt.date
    shift_id: int
    code: str  # "absent", "weekday", "twice_same_day", "consecutive", "over_max", "missing_tag", "headcount"
    person_id: int | None = None
    detail: int = 0


@dataclass
class Prepared:
    year: int
    month: int
    problem: problem.Problem
    names: dict[int, str]
    shifts: list[ShiftTypeRow]
    unconfirmed: bool
    roster_id: int | None  # the draft to refill, or None for a new one
    locked: dict[Cell, list[int]] = field(default_factory=dict)
    roster_version: int | None = None  # the draft's row_version when it was read: `store` checks it is unchanged


# -- generating ------------------------------------------------------------------------------------
def prepare(session: Session, year: int, month: int, *, time_limit_s: float = 10.0) -> Prepared:
    latest = _latest(session, year, month)
    if latest is not None and latest.status is not RosterStatus.DRAFT:
        raise MonthPublished(year, month, latest.version)
    shifts = setup.list_shift_types(session)
    members = setup.list_members(session, active_only=True)
    if not shifts:
        raise NothingToRoster("no_shifts")
    if not members:
        raise NothingToRoster("no_members")
    days = calendar_store.month_rows(session, year, month)
    for shift in shifts:
        tagged = sum(1 for m in members if shift.required_tag in m.tags)
        if shift.required_count > tagged and any(d.kind in shift.day_kinds for d in days):
            raise TagMissing(shift.name, shift.required_tag, shift.required_count, tagged)
    locked = _locked_cells(session, latest.id) if latest else {}
    history = history_before(session, year, month)
    slots = tuple(problem.Slot(d.date, str(s.id), d.kind, s.needed,
                              ((s.required_tag, s.required_count),) if s.required_tag and s.required_count else ())
                  for d in days for s in shifts if d.kind in s.day_kinds)
    candidates = tuple(_candidate(m, year, month, history.get(m.person_id)) for m in members)
    fixed = {(day, str(shift)): frozenset(people) for (day, shift), people in locked.items()}
    asked = problem.Problem(slots, candidates, fixed, time_limit_s=time_limit_s)
    return Prepared(year, month, asked, {m.person_id: m.name for m in members}, shifts,
                    any(not d.confirmed for d in days), latest.id if latest else None, locked,
                    latest.row_version if latest else None)


def store(session: Session, prepared: Prepared, solution: problem.Solution) -> int:
    """Write the solved month into its draft (keeping locked cells as they were), when the month is as
    `prepare` read it; MonthChangedError (or MonthPublished) when another PC changed it meanwhile."""
    lock_month(session, prepared.year, prepared.month)
    latest = _latest(session, prepared.year, prepared.month)
    if latest is not None:
        session.refresh(latest)
    if latest is not None and latest.status is not RosterStatus.DRAFT:
        raise MonthPublished(prepared.year, prepared.month, latest.version)
    if (latest.id if latest else None) != prepared.roster_id or (
            latest is not None and latest.row_version != prepared.roster_version):
        entry = last_change(session, "rosters", str(latest.id)) if latest is not None else None
        raise MonthChangedError(prepared.year, prepared.month, entry.user_name if entry else None,
                                entry.at if entry else None)
    roster = latest
    if roster is None:
        roster = Roster(year=prepared.year, month=prepared.month, version=1, status=RosterStatus.DRAFT)
        session.add(roster)
        session.flush()
    session.execute(delete(RosterAssignment).where(RosterAssignment.roster_id == roster.id,
                                                   RosterAssignment.locked.is_(False)))
    for (day, shift), people in solution.assignments.items():
        if (day, int(shift)) in prepared.locked:
            continue
        for person_id in people:
            session.add(RosterAssignment(roster_id=roster.id, day=day, shift_type_id=int(shift), person_id=person_id))
    roster.optimal = solution.optimal
    roster.row_version = roster.row_version + 1 if roster.row_version else 1
    session.flush()
    return roster.id


def generate(session: Session, year: int, month: int, *, time_limit_s: float = 10.0) -> int:
    """The whole thing in one call, for the command line and tests (the month locked throughout)."""
    lock_month(session, year, month)
    prepared = prepare(session, year, month, time_limit_s=time_limit_s)
    from partyplan.rosters import solver  # OR-Tools loads only when a roster is drawn up

    return store(session, prepared, solver.solve(prepared.problem))


# -- reading ---------------------------------------------------------------------------------------
def load_view(session: Session, year: int, month: int, version: int | None = None) -> RosterView:
    days = calendar_store.month_rows(session, year, month)
    shifts = setup.list_shift_types(session, include_inactive=True)
    roster = _version(session, year, month, version) if version else _latest(session, year, month)
    if roster is None:
        return RosterView(year, month, days, [s for s in shifts if s.active])
    used = {a.shift_type_id for a in roster.assignments}
    shifts = [s for s in shifts if s.active or s.id in used]
    names = _names(session, {a.person_id for a in roster.assignments})
    cells: dict[Cell, list[CellPerson]] = defaultdict(list)
    for a in sorted(roster.assignments, key=lambda a: (a.day, a.shift_type_id, names.get(a.person_id, ""))):
        cells[(a.day, a.shift_type_id)].append(CellPerson(a.person_id, names.get(a.person_id, "?"), a.locked))
    shift_names = {s.id: s.name for s in shifts}
    changes = [ChangeRow(c.day, shift_names.get(c.shift_type_id, "?"), c.before, c.after, c.changed_at)
               for c in roster.changes]
    return RosterView(year, month, days, shifts, roster.id, roster.version, roster.status, roster.published_at,
                      dict(cells), fairness(days, cells, names), changes, roster.row_version)


def published_view(session: Session, year: int, month: int) -> RosterView | None:
    """The month as it was last published (what the office posted), or None if never published."""
    latest = latest_published(session, year, month)
    return load_view(session, year, month, latest[0]) if latest else None


def latest_published(session: Session, year: int, month: int) -> tuple[int, dt.datetime | None] | None:
    """Version number and time of the month's last publication, without reading the roster itself."""
    published = [(v, at) for _id, v, status, at in versions(session, year, month) if status is RosterStatus.PUBLISHED]
    return published[-1] if published else None


def versions(session: Session, year: int, month: int) -> list[tuple[int, int, RosterStatus, dt.datetime | None]]:
    rows = session.scalars(select(Roster).where(Roster.year == year, Roster.month == month).order_by(Roster.version))
    return [(r.id, r.version, r.status, r.published_at) for r in rows]


def fairness(days: list[DayRow], cells: dict[Cell, list[CellPerson]], names: dict[int, str]) -> list[FairnessRow]:
    kinds = {d.date: d.kind for d in days}
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for (day, _shift), people in cells.items():
        for p in people:
            counts[p.person_id]["duties"] += 1
            counts[p.person_id][kinds.get(day, DayKind.WORKDAY).value] += 1
    return sorted((FairnessRow(pid, names.get(pid, "?"), c["duties"], c[DayKind.REST_DAY.value],
                               c[DayKind.HOLIDAY.value]) for pid, c in counts.items()),
                  key=lambda f: (-f.duties, f.name))


def history_before(session: Session, year: int, month: int, months: int = HISTORY_MONTHS) -> dict[int, problem.History]:
    """Duties in the last published version of each of the previous months, by kind of day."""
    totals: dict[int, Counter[str]] = defaultdict(Counter)
    y, m = year, month
    for _ in range(months):
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        roster = _latest(session, y, m, published_only=True)
        if roster is None:
            continue
        kinds = {d.date: d.kind for d in calendar_store.month_rows(session, y, m)}
        for a in roster.assignments:
            totals[a.person_id]["duties"] += 1
            totals[a.person_id][kinds.get(a.day, DayKind.WORKDAY).value] += 1
    return {pid: problem.History(c["duties"], c[DayKind.REST_DAY.value], c[DayKind.HOLIDAY.value])
            for pid, c in totals.items()}


# -- editing by hand -------------------------------------------------------------------------------
def set_cell(session: Session, roster_id: int, day: dt.date, shift_id: int, person_ids: list[int], *,
             locked: bool = True, expected: list[int] | None = None) -> list[CellWarning]:
    """Put exactly these people on the cell; a hand-made cell is locked so regenerating keeps it.

    `expected`: who the cell held when the user saw it. When it holds others now (another PC's edit or a
    generation since), ConflictError and nothing is written; `exc.theirs["people"]` is what it holds,
    and giving that as `expected` saves over it."""
    roster = _draft(session, roster_id)
    if expected is not None:
        current, _locked = cell_people(session, roster_id, day, shift_id)
        if sorted(current) != sorted(dict.fromkeys(expected)):
            raise _cell_conflict(session, roster, day, shift_id, list(dict.fromkeys(person_ids)), current)
    roster.row_version += 1
    session.execute(delete(RosterAssignment).where(RosterAssignment.roster_id == roster.id,
                                                   RosterAssignment.day == day,
                                                   RosterAssignment.shift_type_id == shift_id))
    for person_id in dict.fromkeys(person_ids):
        session.add(RosterAssignment(roster_id=roster.id, day=day, shift_type_id=shift_id, person_id=person_id,
                                     locked=locked))
    session.flush()
    session.expire(roster, ["assignments"])
    return check_roster(session, roster_id, cells={(day, shift_id)})


def set_locked(session: Session, roster_id: int, day: dt.date, shift_id: int, locked: bool) -> None:
    roster = _draft(session, roster_id)
    roster.row_version += 1
    for a in session.scalars(select(RosterAssignment).where(
            RosterAssignment.roster_id == roster_id, RosterAssignment.day == day,
            RosterAssignment.shift_type_id == shift_id)):
        a.locked = locked
    session.flush()


def cell_people(session: Session, roster_id: int, day: dt.date, shift_id: int) -> tuple[list[int], bool]:
    rows = session.scalars(select(RosterAssignment).where(
        RosterAssignment.roster_id == roster_id, RosterAssignment.day == day,
        RosterAssignment.shift_type_id == shift_id).order_by(RosterAssignment.id)).all()
    return [r.person_id for r in rows], any(r.locked for r in rows)


def check_roster(session: Session, roster_id: int, cells: set[Cell] | None = None) -> list[CellWarning]:
    """Hard rules a hand edit may have broken, for the conflict warning (the edit itself is kept)."""
    roster = session.get(Roster, roster_id)
    assert roster is not None
    prepared_days = {d.date: d for d in calendar_store.month_rows(session, roster.year, roster.month)}
    shifts = {s.id: s for s in setup.list_shift_types(session, include_inactive=True)}
    members = {m.person_id: m for m in setup.list_members(session)}
    by_cell: dict[Cell, list[int]] = defaultdict(list)
    by_person: dict[int, list[Cell]] = defaultdict(list)
    for a in session.scalars(select(RosterAssignment).where(RosterAssignment.roster_id == roster_id)):
        by_cell[(a.day, a.shift_type_id)].append(a.person_id)
        by_person[a.person_id].append((a.day, a.shift_type_id))
    warnings: list[CellWarning] = []
    for cell in sorted(cells if cells is not None else by_cell):
        warnings += _cell_warnings(cell, by_cell.get(cell, []), by_person, prepared_days, shifts, members)
    return warnings


def swap(session: Session, roster_id: int, first: tuple[dt.date, int, int], second: tuple[dt.date, int, int]
         ) -> list[CellWarning]:
    """Exchange two people's duties: (day, shift, person) each."""
    (d1, s1, p1), (d2, s2, p2) = first, second
    roster = _draft(session, roster_id)
    people1, _ = cell_people(session, roster_id, d1, s1)
    people2, _ = cell_people(session, roster_id, d2, s2)
    if p1 not in people1:  # another PC moved them meanwhile: nothing to swap as the user saw it
        raise _cell_conflict(session, roster, d1, s1, [*people1, p1], people1)
    if p2 not in people2:
        raise _cell_conflict(session, roster, d2, s2, [*people2, p2], people2)
    set_cell(session, roster_id, d1, s1, [p2 if p == p1 else p for p in people1])
    set_cell(session, roster_id, d2, s2, [p1 if p == p2 else p for p in people2])
    return check_roster(session, roster_id, cells={(d1, s1), (d2, s2)})


# -- publishing ------------------------------------------------------------------------------------
def publish(session: Session, roster_id: int, now: dt.datetime | None = None, *,
            expected_version: int | None = None) -> None:
    """Freeze the draft; the version it replaces is kept as superseded, with the changes listed.
    `expected_version`: the roster's row_version as the user last saw it; a change since (a hand edit
    on another PC) is a ConflictError, so nobody publishes a month they have not seen."""
    roster = _draft(session, roster_id)
    if expected_version is not None and roster.row_version != expected_version:
        entry = last_change(session, "rosters", str(roster.id))
        raise ConflictError("rosters", str(roster.id), f"{roster.year}-{roster.month:02d}", expected_version,
                            roster.row_version, entry.user_name if entry else None, entry.at if entry else None)
    previous = _latest(session, roster.year, roster.month, published_only=True)
    if previous is not None:
        _log_changes(session, previous, roster)
        previous.status = RosterStatus.SUPERSEDED
    roster.status = RosterStatus.PUBLISHED
    roster.published_at = now or dt.datetime.now().replace(microsecond=0)
    session.flush()


def new_version(session: Session, year: int, month: int) -> int:
    """A draft copy of the published roster to edit; every cell starts locked (published cells are pinned).
    Pressed on two PCs at once, both get the same draft."""
    lock_month(session, year, month)
    current = _latest(session, year, month)
    if current is not None:
        session.refresh(current)
    if current is None:
        raise NothingToRoster("no_roster")
    if current.status is RosterStatus.DRAFT:
        return current.id
    draft = Roster(year=year, month=month, version=current.version + 1, status=RosterStatus.DRAFT)
    session.add(draft)
    session.flush()
    for a in current.assignments:
        session.add(RosterAssignment(roster_id=draft.id, day=a.day, shift_type_id=a.shift_type_id,
                                     person_id=a.person_id, locked=True))
    session.flush()
    return draft.id


def discard_draft(session: Session, roster_id: int) -> None:
    session.delete(_draft(session, roster_id))
    session.flush()


# -- helpers ---------------------------------------------------------------------------------------
def _latest(session: Session, year: int, month: int, *, published_only: bool = False) -> Roster | None:
    query = select(Roster).where(Roster.year == year, Roster.month == month)
    if published_only:
        query = query.where(Roster.status != RosterStatus.DRAFT)
    return session.scalars(query.order_by(Roster.version.desc()).limit(1)).first()


def _version(session: Session, year: int, month: int, version: int) -> Roster | None:
    return session.scalars(select(Roster).where(Roster.year == year, Roster.month == month,
                                                Roster.version == version)).first()


def _draft(session: Session, roster_id: int) -> Roster:
    """The draft, with its month locked (see the module's docstring) and read again under the lock."""
    roster = session.get(Roster, roster_id)
    if roster is None:
        raise NothingToRoster("no_roster")
    lock_month(session, roster.year, roster.month)
    session.refresh(roster)
    if roster.status is not RosterStatus.DRAFT:
        raise MonthPublished(roster.year, roster.month, roster.version)
    return roster


def _locked_cells(session: Session, roster_id: int) -> dict[Cell, list[int]]:
    cells: dict[Cell, list[int]] = defaultdict(list)
    for a in session.scalars(select(RosterAssignment).where(RosterAssignment.roster_id == roster_id,
                                                            RosterAssignment.locked.is_(True))):
        cells[(a.day, a.shift_type_id)].append(a.person_id)
    return dict(cells)


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all())


def _candidate(member: setup.MemberRow, year: int, month: int, history: problem.History | None) -> problem.Candidate:
    first = dt.date(year, month, 1)
    last = (dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)) - dt.timedelta(days=1)
    away: set[dt.date] = set()
    for _id, start, end, _reason in member.absences:
        day = max(start, first)
        while day <= min(end, last):
            away.add(day)
            day += dt.timedelta(days=1)
    return problem.Candidate(
        id=member.person_id, name=member.name, roles=member.tags, unavailable=frozenset(away),
        unavailable_weekdays=member.unavailable_weekdays,
        desired=frozenset(d for d, wish in member.wishes if wish and first <= d <= last),
        undesired=frozenset(d for d, wish in member.wishes if not wish and first <= d <= last),
        max_per_month=member.max_per_month, history=history or problem.History())


def _cell_warnings(cell: Cell, people: list[int], by_person: dict[int, list[Cell]], days: dict[dt.date, DayRow],
                   shifts: dict[int, ShiftTypeRow], members: dict[int, setup.MemberRow]) -> list[CellWarning]:
    day, shift_id = cell
    shift = shifts.get(shift_id)
    found: list[CellWarning] = []
    row = days.get(day)
    needed = shift.needed if shift and row and row.kind in shift.day_kinds else 0
    if len(people) != needed:
        found.append(CellWarning(day, shift_id, "headcount", None, needed))
    if shift and shift.required_tag and shift.required_count:
        holders = sum(1 for p in people if shift.required_tag in (members[p].tags if p in members else ()))
        if holders < shift.required_count:
            found.append(CellWarning(day, shift_id, "missing_tag", None, shift.required_count))
    for person in people:
        found += _person_warnings(day, shift_id, person, by_person[person], members.get(person))
    return found


def _person_warnings(day: dt.date, shift_id: int, person: int, duties: list[Cell],
                     member: setup.MemberRow | None) -> list[CellWarning]:
    found: list[CellWarning] = []
    if member is not None:
        if any(start <= day <= end for _i, start, end, _r in member.absences):
            found.append(CellWarning(day, shift_id, "absent", person))
        if day.weekday() in member.unavailable_weekdays:
            found.append(CellWarning(day, shift_id, "weekday", person))
        if member.max_per_month is not None and len(duties) > member.max_per_month:
            found.append(CellWarning(day, shift_id, "over_max", person, member.max_per_month))
    same_day = sum(1 for d, _s in duties if d == day)
    if same_day > 1:
        found.append(CellWarning(day, shift_id, "twice_same_day", person))
    if any(abs((d - day).days) == 1 for d, _s in duties):
        found.append(CellWarning(day, shift_id, "consecutive", person))
    return found


def _log_changes(session: Session, previous: Roster, current: Roster) -> None:
    names = _names(session, {a.person_id for a in previous.assignments + current.assignments})

    def cells(roster: Roster) -> dict[Cell, str]:
        grouped: dict[Cell, list[str]] = defaultdict(list)
        for a in roster.assignments:
            grouped[(a.day, a.shift_type_id)].append(names.get(a.person_id, "?"))
        return {cell: "、".join(sorted(v)) for cell, v in grouped.items()}

    old, new = cells(previous), cells(current)
    for cell in sorted(set(old) | set(new)):
        if old.get(cell, "") != new.get(cell, ""):
            session.add(RosterChange(roster_id=current.id, day=cell[0], shift_type_id=cell[1],
                                     before=old.get(cell, "")[:200], after=new.get(cell, "")[:200]))


def _cell_conflict(session: Session, roster: Roster, day: dt.date, shift_id: int, mine: list[int],
                   theirs: list[int]) -> ConflictError:
    """Who last changed the cell, and when: the newest audit entry of its assignments (the recent ones are
    read, newest first; a cell changed long ago says nobody)."""
    wanted = {"roster_id": roster.id, "day": day.isoformat(), "shift_type_id": shift_id}
    who, when = None, None
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.table_name == "roster_assignments")
                                 .order_by(AuditEntry.id.desc()).limit(CELL_HISTORY)):
        values = json.loads(entry.new_values or entry.old_values or "{}")
        if all(values.get(k) == v for k, v in wanted.items()):
            who, when = entry.user_name, entry.at
            break
    names = _names(session, set(mine) | set(theirs))
    label = f"{day.isoformat()} / {shift_id}"
    return ConflictError("roster_assignments", f"{roster.id}|{plain(day)}|{shift_id}", label, None,
                         roster.row_version, who, when,
                         {"people": mine, "names": [names.get(p, "?") for p in mine]},
                         {"people": theirs, "names": [names.get(p, "?") for p in theirs]})


CELL_HISTORY = 2000
