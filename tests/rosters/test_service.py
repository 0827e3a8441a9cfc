"""Rosters through the store: the calendar, generation, locks, hand edits, publishing in versions."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import Role, RosterStatus
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.rosters import calendar_store, service, setup
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.explain import Infeasible


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """Ten cadres, three of them leaders; the three default shift types."""
    with database.session() as s:
        ids = [people.add_person(s, PersonData(name=f"干部{n:02d}", roles={Role.CADRE})) for n in range(10)]
        people.add_person(s, PersonData(name="居民甲", roles={Role.VOLUNTEER}))
        setup.seed_default_shifts(s)
        for pid in ids[:3]:
            setup.save_member(s, pid, setup.MemberData(tags=frozenset({"leader"})))
        shifts = {row.name: row.id for row in setup.list_shift_types(s)}
    return database, ids, shifts


def cells_of(view, person_id: int) -> list[tuple[dt.date, int]]:  # type: ignore[no-untyped-def]
    return [cell for cell, people_ in view.cells.items() if any(p.person_id == person_id for p in people_)]


def test_october_roster_follows_national_day_and_the_adjusted_workday(office):
    database, ids, shifts = office
    with database.session() as s:
        service.generate(s, 2026, 10, time_limit_s=3)
        view = service.load_view(s, 2026, 10)
    kinds = {d.date: d for d in view.days}
    assert kinds[dt.date(2026, 10, 1)].kind is DayKind.HOLIDAY and kinds[dt.date(2026, 10, 1)].name == "国庆节"
    assert kinds[dt.date(2026, 10, 10)].kind is DayKind.WORKDAY  # a Saturday worked to make up for the holiday
    holiday_cells = sorted(day for (day, shift) in view.cells if shift == shifts["节假日值班"])
    assert holiday_cells == [dt.date(2026, 10, d) for d in range(1, 8)]
    assert (dt.date(2026, 10, 10), shifts["工作日晚班"]) in view.cells
    assert (dt.date(2026, 10, 10), shifts["休息日值班"]) not in view.cells
    leaders = set(ids[:3])
    for (day, shift), people_ in view.cells.items():
        assert len(people_) == 2
        if shift != shifts["工作日晚班"]:
            assert leaders & {p.person_id for p in people_}, f"no leader on {day}"
    assert view.status is RosterStatus.DRAFT and view.spread <= 1
    assert {f.person_id for f in view.fairness} == set(ids), "only cadres are rostered"


def test_absence_weekdays_and_maximum_are_respected(office):
    database, ids, _shifts = office
    with database.session() as s:
        setup.add_absence(s, ids[4], dt.date(2026, 11, 1), dt.date(2026, 11, 15), "年假")
        setup.save_member(s, ids[5], setup.MemberData(unavailable_weekdays=frozenset({0, 1}), max_per_month=2))
        service.generate(s, 2026, 11, time_limit_s=3)
        view = service.load_view(s, 2026, 11)
    assert all(day > dt.date(2026, 11, 15) for day, _ in cells_of(view, ids[4]))
    five = cells_of(view, ids[5])
    assert len(five) <= 2 and all(day.weekday() not in (0, 1) for day, _ in five)
    for person in ids:
        days = sorted(day for day, _ in cells_of(view, person))
        assert all((b - a).days > 1 for a, b in zip(days, days[1:], strict=False)), "no two days running"


def test_locked_cells_survive_regeneration(office):
    database, ids, shifts = office
    day, shift = dt.date(2026, 11, 9), shifts["工作日晚班"]
    with database.session() as s:
        roster_id = service.generate(s, 2026, 11, time_limit_s=3)
        service.set_cell(s, roster_id, day, shift, [ids[8], ids[9]])
        service.generate(s, 2026, 11, time_limit_s=3)
        view = service.load_view(s, 2026, 11)
    assert [(p.person_id, p.locked) for p in view.cells[(day, shift)]] == [(ids[8], True), (ids[9], True)]
    assert view.version == 1 and sum(len(v) for v in view.cells.values()) == 2 * len(view.cells)


def test_hand_edit_conflicts_are_reported_not_refused(office):
    database, ids, shifts = office
    with database.session() as s:
        setup.add_absence(s, ids[6], dt.date(2026, 11, 10), dt.date(2026, 11, 10))
        roster_id = service.generate(s, 2026, 11, time_limit_s=3)
        warnings = service.set_cell(s, roster_id, dt.date(2026, 11, 10), shifts["工作日晚班"], [ids[6]])
        assert {w.code for w in warnings} >= {"absent", "headcount"}
        assert service.cell_people(s, roster_id, dt.date(2026, 11, 10), shifts["工作日晚班"]) == ([ids[6]], True)


def test_publish_freezes_and_a_new_version_logs_its_changes(office):
    database, ids, shifts = office
    day, shift = dt.date(2026, 11, 11), shifts["工作日晚班"]
    with database.session() as s:
        first = service.generate(s, 2026, 11, time_limit_s=3)
        before = service.cell_people(s, first, day, shift)[0]
        service.publish(s, first, now=dt.datetime(2026, 10, 28, 9, 0))
        with pytest.raises(service.MonthPublished):
            service.prepare(s, 2026, 11)
        with pytest.raises(service.MonthPublished):
            service.set_cell(s, first, day, shift, [ids[0]])
        second = service.new_version(s, 2026, 11)
        assert service.cell_people(s, second, day, shift) == (before, True), "copied cells start locked"
        replacement = next(p for p in ids if p not in before)
        service.set_cell(s, second, day, shift, [before[0], replacement])
        service.publish(s, second)
        view = service.load_view(s, 2026, 11)
        assert [(v, st) for _id, v, st, _at in service.versions(s, 2026, 11)] == [
            (1, RosterStatus.SUPERSEDED), (2, RosterStatus.PUBLISHED)]
    assert view.version == 2 and len(view.changes) == 1
    change = view.changes[0]
    assert change.date == day and change.shift == "工作日晚班"
    assert change.after == "、".join(sorted([view.cells[(day, shift)][0].name, view.cells[(day, shift)][1].name]))


def test_history_feeds_the_next_month(office):
    database, ids, _shifts = office
    with database.session() as s:
        service.publish(s, service.generate(s, 2026, 10, time_limit_s=3))
        history = service.history_before(s, 2026, 11)
        october = service.load_view(s, 2026, 10)
    for row in october.fairness:
        assert history[row.person_id].duties == row.duties and history[row.person_id].holiday == row.holiday


def test_a_month_nobody_can_serve_is_explained(office):
    database, ids, _shifts = office
    with database.session() as s:
        for pid in ids[1:]:
            setup.add_absence(s, pid, dt.date(2026, 11, 12), dt.date(2026, 11, 12), "培训")
        with pytest.raises(Infeasible) as info:
            service.generate(s, 2026, 11, time_limit_s=3)
    shortage = info.value.shortages[0]
    assert shortage.date == dt.date(2026, 11, 12) and shortage.needed == 2 and shortage.available == 1
    assert {b.reason for b in shortage.blocked} == {"unavailable"}


def test_unconfirmed_year_is_flagged_and_a_notice_confirms_it(office):
    database, _ids, _shifts = office
    with database.session() as s:
        assert service.prepare(s, 2027, 1).unconfirmed
        entries = calendar_store.parse_notice("2027-01-01,放假,元旦\n2027-02-05~2027-02-11,放假,春节\n"
                                              "2027-02-14 上班 春节调休", 2027)
        assert calendar_store.import_notice(s, 2027, entries) == 9
        assert not service.prepare(s, 2027, 1).unconfirmed
        february = {d.date: d for d in calendar_store.month_rows(s, 2027, 2)}
    assert february[dt.date(2027, 2, 8)].kind is DayKind.HOLIDAY and february[dt.date(2027, 2, 14)].kind is DayKind.WORKDAY


def test_office_override_lies_over_the_official_day(office):
    database, _ids, _shifts = office
    day = dt.date(2026, 11, 20)
    with database.session() as s:
        calendar_store.set_override(s, day, DayKind.HOLIDAY, "社区搬迁闭馆")
        assert {d.date: d for d in calendar_store.month_rows(s, 2026, 11)}[day].kind is DayKind.HOLIDAY
        calendar_store.clear_override(s, day)
        assert {d.date: d for d in calendar_store.month_rows(s, 2026, 11)}[day].kind is DayKind.WORKDAY


@pytest.mark.parametrize("text, reason", [("2027-13-01,放假", "bad_date"), ("2027-01-01,maybe", "bad_kind"),
                                          ("2026-01-01,放假", "wrong_year"), ("# nothing", "empty"),
                                          ("2027-02-30,放假", "no_such_day"), ("2027-02,放假", "month_only")])
def test_bad_notice_lines_are_refused(text, reason):
    with pytest.raises(calendar_store.BadNotice) as info:
        calendar_store.parse_notice(text, 2027)
    assert info.value.reason == reason


def test_shift_type_validation(database):
    with database.session() as s:
        data = setup.ShiftTypeData("晚班", dt.time(20, 0), dt.time(17, 0), frozenset({DayKind.WORKDAY}))
        with pytest.raises(setup.InvalidRoster) as info:
            setup.save_shift_type(s, data)
        assert (info.value.field, info.value.code) == ("end", "end_before_start")
        good = setup.ShiftTypeData("晚班", dt.time(17, 0), dt.time(20, 0), frozenset({DayKind.WORKDAY}), 2, "leader", 1)
        setup.save_shift_type(s, good)
        with pytest.raises(setup.InvalidRoster) as info:
            setup.save_shift_type(s, good)
        assert info.value.code == "duplicate"


def test_a_shift_needing_leaders_nobody_has_is_said_before_solving(office):
    """A new office's first Generate: rest days need a leader and nobody is marked one. One sentence saying
    which shift and what to mark, not ten lines of days the solver could not fill."""
    database, ids, shifts = office
    with database.session() as s:
        for pid in ids[:3]:
            setup.save_member(s, pid, setup.MemberData(tags=frozenset()))
        with pytest.raises(service.TagMissing) as missing:
            service.prepare(s, 2026, 11)
    assert (missing.value.shift, missing.value.tag, missing.value.needed, missing.value.tagged) == (
        "休息日值班", "leader", 1, 0)
    with database.session() as s:
        setup.set_shift_active(s, shifts["休息日值班"], False)
        setup.set_shift_active(s, shifts["工作日晚班"], True)
        service.prepare(s, 2026, 11)  # November has no public holiday: the holiday shift asks for nobody
