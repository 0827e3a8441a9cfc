"""Commendations to people and organisations: the year's register, a person's record, the evaluation link."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import Grade, Role
from partyplan.meetings import evaluation
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.training import InvalidTraining, TrainingNotFound, commendations
from partyplan.training.commendations import CommendationData

D = dt.date


@pytest.fixture
def wang(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        return people.add_person(s, PersonData(name="王芳", roles={Role.PARTY_MEMBER}))


def add(database, data: CommendationData) -> int:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return commendations.add_commendation(s, data)


def test_register_of_a_year_holds_people_and_organisations(database, wang):
    member = add(database, CommendationData("优秀共产党员", "district", D(2026, 6, 28), person_id=wang,
                                            awarding_body="柳北区委", evaluation_year=2025))
    body = add(database, CommendationData("先进基层党组织", "municipal", D(2026, 6, 28), organisation="  柳北桥社区党委 ",
                                          awarding_body="柳州市委"))
    add(database, CommendationData("优秀共青团员", "community", D(2025, 5, 4), person_id=wang))
    with database.session() as s:
        rows = commendations.register(s, 2026)
        record = commendations.of_person(s, wang)
        for_2025 = commendations.for_evaluation_year(s, 2025)
    assert [r.id for r in rows] == [body, member], "same day: the higher level first"
    assert [r.recipient for r in rows] == ["柳北桥社区党委", "王芳"]
    assert [r.data.title for r in record] == ["优秀共产党员", "优秀共青团员"]
    assert [r.id for r in for_2025] == [member]


@pytest.mark.parametrize(("changes", "expected"), [
    ({"title": " "}, ("title", "required")),
    ({"level": "street"}, ("level", "unknown_level")),
    ({"person_id": None}, ("recipient", "no_recipient")),
    ({"organisation": "柳北桥社区"}, ("recipient", "two_recipients")),
    ({"evaluation_year": 2027}, ("evaluation_year", "evaluation_year_range")),
])
def test_a_bad_commendation_is_refused_with_its_reason(database, wang, changes, expected):
    fields = {"title": "优秀党务工作者", "level": "district", "day": D(2026, 7, 1), "person_id": wang} | changes
    with pytest.raises(InvalidTraining) as info, database.session() as s:
        commendations.add_commendation(s, CommendationData(**fields))
    assert (info.value.field, info.value.code) == expected
    with database.session() as s:
        assert commendations.register(s, 2026) == []


def test_unknown_person_is_not_found(database):
    with pytest.raises(TrainingNotFound), database.session() as s:
        commendations.add_commendation(s, CommendationData("优秀志愿者", "community", D(2026, 3, 5), person_id=999))


def test_the_grade_of_the_linked_evaluation_travels_with_the_row(database, wang):
    with database.session() as s:
        evaluation_id = evaluation.create_evaluation(s, 2025, "2025年度民主评议", [wang])
        evaluation.set_grade(s, evaluation_id, wang, Grade.EXCELLENT, override_reason="一人参评，三分之一不足一人")
    linked = add(database, CommendationData("优秀共产党员", "district", D(2026, 6, 28), person_id=wang,
                                            evaluation_year=2025))
    other = add(database, CommendationData("优秀志愿者", "community", D(2026, 3, 5), person_id=wang,
                                           evaluation_year=2026))
    with database.session() as s:
        grades = {r.id: r.grade for r in commendations.register(s, 2026)}
    assert grades == {linked: "excellent", other: None}


def test_update_and_delete(database, wang):
    commendation_id = add(database, CommendationData("优秀志愿者", "community", D(2026, 3, 5), person_id=wang))
    with database.session() as s:
        commendations.update_commendation(s, commendation_id, CommendationData(
            "十大杰出青年", "municipal", D(2026, 5, 4), organisation="", person_id=wang, awarding_body="团市委"))
        row = commendations.get_commendation(s, commendation_id)
        assert (row.data.title, row.data.level, row.data.awarding_body) == ("十大杰出青年", "municipal", "团市委")
        commendations.delete_commendation(s, commendation_id)
        assert commendations.of_person(s, wang) == []
