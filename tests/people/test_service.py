"""People rules as the dialog, the importer and the command line all rely on them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from partyplan.db.models import Education, Gender, PartyCategory, Role
from partyplan.people import service as people
from partyplan.people.validation import InvalidPerson, PersonData, id_number_problem

TODAY = dt.date(2026, 11, 22)


def codes(data: PersonData, session) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidPerson) as info:
        people.add_person(session, data, TODAY)
    return info.value.codes()


def test_add_normalises_and_stores_every_field(database):
    data = PersonData(
        name="  欧阳  明 ", gender=Gender.MALE, birth_date=dt.date(1980, 1, 2), phone="138-0771 2345",
        id_number="11010519491231002x", address="桥北路8号", household="3-502", unit="居委会",
        roles={Role.CADRE, Role.PARTY_MEMBER}, party_category=PartyCategory.FLOATING,
        joined_date=dt.date(2005, 7, 1), notes="  ", education=Education.COLLEGE,
    )
    with database.session() as session:
        person_id = people.add_person(session, data, TODAY)
    with database.session() as session:
        row = people.get_person(session, person_id)
    assert (row.name, row.phone, row.id_number) == ("欧阳 明", "13807712345", "11010519491231002X")
    assert row.roles == {Role.CADRE, Role.PARTY_MEMBER}
    assert row.party_category == "floating" and row.notes is None and not row.archived
    assert row.education == "college" and row.data().education is Education.COLLEGE


def test_every_problem_is_reported_at_its_field(database):
    with database.session() as session:
        found = codes(PersonData(name=" ", phone="12ab", id_number="110105194912310021",
                                 birth_date=dt.date(2030, 1, 1)), session)
    assert found == {"name": "required", "phone": "phone_digits", "id_number": "id_checksum", "birth_date": "future"}
    with database.session() as session:
        found = codes(PersonData(name="甲", birth_date=dt.date(1990, 5, 1), joined_date=dt.date(1989, 1, 1)), session)
    assert found == {"joined_date": "before_birth"}


def test_nothing_is_stored_when_refused(database):
    with database.session() as session:
        with pytest.raises(InvalidPerson):
            people.add_person(session, PersonData(name="", phone="1"), TODAY)
    with database.session() as session:
        assert people.count_people(session) == 0


def test_party_category_only_kept_for_party_members(database):
    with database.session() as session:
        pid = people.add_person(session, PersonData(name="乙", party_category=PartyCategory.REGISTERED), TODAY)
        assert people.get_person(session, pid).party_category is None


def test_resident_id_check_digit():
    assert id_number_problem("11010519491231002X") is None
    assert id_number_problem("110105194912310021") == "id_checksum"
    assert id_number_problem("DY-2019-017") is None  # a member number is free text
    assert id_number_problem("编号 17") == "id_format"


def test_same_name_and_phone_is_refused_as_duplicate(database):
    with database.session() as session:
        people.add_person(session, PersonData(name="王芳", phone="13900000001"), TODAY)
    with database.session() as session:
        assert codes(PersonData(name="王芳", phone="139 0000 0001"), session) == {"phone": "duplicate"}
        # a namesake with another phone is another person
        people.add_person(session, PersonData(name="王芳", phone="13900000002"), TODAY)
        assert people.count_people(session) == 2


def test_update_changes_roles_and_fields(database):
    with database.session() as session:
        pid = people.add_person(session, PersonData(name="丙", roles={Role.VOLUNTEER}), TODAY)
    with database.session() as session:
        people.update_person(session, pid, PersonData(name="丙丙", roles={Role.RESIDENT_REP}, unit="桥北小学"), TODAY)
    with database.session() as session:
        row = people.get_person(session, pid)
    assert (row.name, row.unit, row.roles) == ("丙丙", "桥北小学", {Role.RESIDENT_REP})


def test_unreferenced_person_is_deleted_referenced_one_archived(database):
    with database.session() as session:
        free = people.add_person(session, PersonData(name="丁"), TODAY)
        named = people.add_person(session, PersonData(name="戊"), TODAY)
        # a record of a later area (e.g. a duty) that names a person
        session.execute(text(
            "CREATE TABLE duty_test (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id))"))
        session.execute(text("INSERT INTO duty_test (id, person_id) VALUES (1, :p)"), {"p": named})
    with database.session() as session:
        assert people.delete_or_archive(session, free) is people.DeleteOutcome.DELETED
        assert people.delete_or_archive(session, named) is people.DeleteOutcome.ARCHIVED
    with database.session() as session:
        rows = people.list_people(session)
        assert [(r.name, r.archived) for r in rows] == [("戊", True)]
        assert session.execute(text("SELECT person_id FROM duty_test")).scalar() == named
        assert people.list_people(session, include_archived=False) == []
