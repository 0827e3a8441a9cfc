"""Training as the office records it: sessions, who attended, certificates, totals against the requirement."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.training import InvalidTraining, TrainingNotFound, service
from partyplan.training.service import SessionData

D = dt.date


def session_data(title: str = "政治理论学习", start: D = D(2026, 3, 2), end: D | None = None, days: float = 0,
                 hours: float = 0, kind: str = "political_theory") -> SessionData:
    return SessionData(title, start, end or start, days, hours, kind, "街道党工委", "社区会议室")


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """Two cadres, a volunteer, a party member who is also a cadre, and an archived cadre."""
    with database.session() as s:
        ids = {name: people.add_person(s, PersonData(name=name, roles=roles)) for name, roles in (
            ("王芳", {Role.CADRE, Role.PARTY_MEMBER}), ("李强", {Role.CADRE}), ("张敏", {Role.VOLUNTEER}),
            ("赵伟", {Role.PARTY_MEMBER}), ("陈旧", {Role.CADRE}))}
        people.set_archived(s, ids["陈旧"], True)
    return database, ids


def add(database, data: SessionData, who: list[int]) -> int:  # type: ignore[no-untyped-def]
    with database.session() as s:
        session_id = service.add_session(s, data)
        service.set_participants(s, session_id, who)
    return session_id


def refused(database, fn, *args) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidTraining) as info, database.session() as s:
        fn(s, *args)
    return info.value.field, info.value.code


def test_session_is_stored_and_read_back(office):
    database, ids = office
    session_id = add(database, session_data(start=D(2026, 3, 2), end=D(2026, 3, 4), days=3, hours=24),
                     [ids["王芳"], ids["李强"]])
    with database.session() as s:
        row = service.get_session(s, session_id)
        listed = service.list_sessions(s, 2026)
        other_year = service.list_sessions(s, 2025)
    assert (row.data.title, row.data.days, row.data.class_hours, row.data.place) == ("政治理论学习", 3, 24, "社区会议室")
    assert (row.participants, row.attended, row.certificates) == (2, 2, 0)
    assert [r.id for r in listed] == [session_id] and other_year == []


@pytest.mark.parametrize(("data", "expected"), [
    (session_data(title="  "), ("title", "required")),
    (session_data(start=D(2026, 3, 5), end=D(2026, 3, 4), days=1), ("end", "before_start")),
    (session_data(days=-1), ("days", "negative")),
    (session_data(days=1, hours=-2), ("class_hours", "negative")),
    (session_data(), ("days", "no_length")),
    (session_data(days=3), ("days", "longer_than_dates")),
    (session_data(days=1, kind="cooking"), ("kind", "unknown_kind")),
])
def test_a_bad_session_is_refused_with_its_reason(database, data, expected):
    assert refused(database, service.add_session, data) == expected
    with database.session() as s:
        assert service.list_sessions(s, 2026) == []


def test_archived_people_are_refused_as_new_participants_but_may_stay(office):
    database, ids = office
    session_id = add(database, session_data(days=1), [ids["王芳"]])
    with pytest.raises(InvalidTraining) as info, database.session() as s:
        service.set_participants(s, session_id, [ids["王芳"], ids["陈旧"]])
    assert (info.value.field, info.value.code, info.value.people) == ("participants", "archived", ("陈旧",))
    with database.session() as s:
        people.set_archived(s, ids["王芳"], True)
        service.set_participants(s, session_id, [ids["王芳"], ids["李强"]])  # already listed: stays
        names = [p.name for p in service.participants(s, session_id)]
    assert sorted(names) == sorted(["王芳", "李强"])


def test_attendance_and_certificates(office):
    database, ids = office
    first = add(database, session_data("发展对象集中培训", D(2026, 5, 11), D(2026, 5, 13), 3, 24, "development_target"),
                [ids["王芳"], ids["李强"]])
    second = add(database, session_data(days=1), [ids["王芳"]])
    with database.session() as s:
        service.set_attended(s, first, ids["李强"], False)
        service.set_certificate(s, first, ids["王芳"], " 柳北(2026)第 001 号 ")
    assert refused(database, service.set_certificate, first, ids["李强"], "002") == ("certificate_no", "not_attended")
    assert refused(database, service.set_certificate, second, ids["王芳"], "柳北(2026)第 001 号") \
        == ("certificate_no", "duplicate")
    assert refused(database, service.set_attended, first, ids["王芳"], False) == ("attended", "has_certificate")
    with database.session() as s:
        rows = {p.name: p for p in service.participants(s, first)}
        summary = service.get_session(s, first)
        record = service.person_sessions(s, ids["王芳"])
    assert rows["王芳"].certificate_no == "柳北(2026)第 001 号" and rows["王芳"].attended
    assert not rows["李强"].attended
    assert (summary.participants, summary.attended, summary.certificates) == (2, 1, 1)
    assert [r.session_id for r in record] == [first, second], "newest first"


def test_yearly_totals_count_days_or_hours_and_only_attendance(office):
    database, ids = office
    wang, li = ids["王芳"], ids["李强"]
    add(database, session_data(start=D(2026, 3, 2), end=D(2026, 3, 4), days=3, hours=24), [wang, li])
    add(database, session_data(start=D(2026, 4, 8), hours=12), [wang])  # hours only: 1.5 days
    absent = add(database, session_data(start=D(2026, 6, 1), end=D(2026, 6, 2), days=2), [wang, li])
    add(database, session_data(start=D(2025, 12, 30), end=D(2026, 1, 2), days=4), [li])  # counts in 2025
    with database.session() as s:
        service.set_attended(s, absent, li, False)
        totals = {t.name: t for t in service.yearly_totals(s, 2026)}
        days, hours = service.training_totals(s, wang, D(2026, 1, 1), D(2026, 4, 30))
    assert (totals["王芳"].days, totals["王芳"].class_hours, totals["王芳"].counted_days) == (5, 36, 6.5)
    assert (totals["李强"].sessions, totals["李强"].counted_days) == (1, 3)
    assert totals["王芳"].required_days == 10 and totals["王芳"].shortfall == 3.5
    assert "张敏" not in totals and "赵伟" not in totals, "no requirement and no training: not listed"
    assert "陈旧" not in totals, "archived and untrained"
    assert (days, hours) == (3 + 0, 24 + 12)


def test_who_is_short_follows_the_editable_requirement(office):
    database, ids = office
    add(database, session_data(start=D(2026, 3, 2), end=D(2026, 3, 11), days=10), [ids["王芳"]])
    add(database, session_data(start=D(2026, 5, 6), hours=16), [ids["张敏"]])
    with database.session() as s:
        assert [t.name for t in service.shortfalls(s, 2026)] == ["李强"]
        assert service.shortfalls(s, 2026)[0].shortfall == 10
        service.set_required_days(s, Role.CADRE, 12)
        service.set_required_days(s, Role.VOLUNTEER, 3)
        service.set_hours_per_day(s, 4)  # 16 hours now count as 4 days
        short = {t.name: t.shortfall for t in service.shortfalls(s, 2026)}
        required = service.required_days(s)
    assert short == {"李强": 12, "王芳": 2}
    assert required[Role.CADRE] == 12 and required[Role.VOLUNTEER] == 3 and required[Role.PARTY_MEMBER] is None


def test_a_requirement_can_be_removed_and_bad_values_are_refused(database):
    with database.session() as s:
        assert service.required_days(s)[Role.CADRE] == 10, "the default for cadres"
        service.set_required_days(s, Role.CADRE, None)
        assert service.required_days(s)[Role.CADRE] is None
    assert refused(database, service.set_required_days, Role.CADRE, -1) == ("required.cadre", "negative")
    assert refused(database, service.set_required_days, Role.CADRE, 400) == ("required.cadre", "too_many")
    assert refused(database, service.set_hours_per_day, 0) == ("hours_per_day", "hours_range")


def test_update_and_delete_a_session(office):
    database, ids = office
    session_id = add(database, session_data(days=1), [ids["王芳"]])
    with database.session() as s:
        service.update_session(s, session_id, session_data("法律法规培训", D(2026, 7, 1), D(2026, 7, 2), 2, kind="law"))
        assert service.get_session(s, session_id).data.kind == "law"
        service.delete_session(s, session_id)
    with pytest.raises(TrainingNotFound), database.session() as s:
        service.get_session(s, session_id)
    with database.session() as s:
        assert service.person_sessions(s, ids["王芳"]) == []
