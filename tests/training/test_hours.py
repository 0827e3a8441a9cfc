"""Party members' yearly class hours (学时): 32 for every member, 56 for a secretary or committee member
(read from the 党内职务), a days-only session counted at the office's hours of a training day, and the
minimums the office can change."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import Person, Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.training import InvalidTraining, hours, service
from partyplan.training.service import SessionData

D = dt.date


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        ids = {name: people.add_person(s, PersonData(name=name, roles=roles)) for name, roles in (
            ("王书记", {Role.PARTY_MEMBER, Role.CADRE}), ("李委员", {Role.PARTY_MEMBER}), ("赵伟", {Role.PARTY_MEMBER}),
            ("张敏", {Role.VOLUNTEER}), ("陈旧", {Role.PARTY_MEMBER}))}
        s.get(Person, ids["王书记"]).party_post = "支部书记"
        s.get(Person, ids["李委员"]).party_post = "组织委员"
        people.set_archived(s, ids["陈旧"], True)
    return database, ids


def attend(database, start: D, days: float, class_hours: float, who: list[int]) -> None:  # type: ignore[no-untyped-def]
    with database.session() as s:
        session_id = service.add_session(s, SessionData("党章学习", start, start + dt.timedelta(days=max(days, 1) - 1),
                                                        days, class_hours, "political_theory", "街道党工委", ""))
        service.set_participants(s, session_id, who)


def test_members_owe_32_and_the_committee_56_hours(office):
    database, ids = office
    attend(database, D(2026, 3, 2), 0, 24, [ids["王书记"], ids["赵伟"]])
    attend(database, D(2026, 6, 1), 2, 0, [ids["王书记"], ids["李委员"]])  # days only: 2 × 8 hours
    attend(database, D(2025, 12, 1), 0, 40, [ids["赵伟"]])  # last year's: not counted in 2026
    with database.session() as s:
        totals = {t.name: t for t in hours.yearly_hours(s, 2026)}
    assert set(totals) == {"王书记", "李委员", "赵伟"}, "party members not archived"
    assert (totals["王书记"].required, totals["王书记"].hours, totals["王书记"].shortfall) == (56, 40, 16)
    assert (totals["李委员"].required, totals["李委员"].hours, totals["李委员"].leader) == (56, 16, True)
    assert (totals["赵伟"].required, totals["赵伟"].hours, totals["赵伟"].shortfall) == (32, 24, 8)
    with database.session() as s:
        assert [t.name for t in hours.yearly_hours(s, 2026)] == ["李委员", "王书记", "赵伟"], "furthest behind first"


def test_the_office_sets_the_minimums_and_a_bad_one_is_refused(office):
    database, ids = office
    with database.session() as s:
        hours.set_required_hours(s, hours.MEMBER, 40)
        assert hours.required_hours(s) == {"member": 40.0, "leader": 56.0}
    with database.session() as s, pytest.raises(InvalidTraining) as info:
        hours.set_required_hours(s, hours.LEADER, 0)
    assert (info.value.field, info.value.code) == ("required_hours.leader", "hours_required_range")
    with database.session() as s:
        assert {t.name: t.required for t in hours.yearly_hours(s, 2026)}["赵伟"] == 40
