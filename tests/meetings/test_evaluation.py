"""The democratic evaluation: tallies or ballots, counts and percentages, the one-third cap and
probationary members who take part without a grade."""

from __future__ import annotations

from fractions import Fraction

import pytest

from partyplan.db.models import Grade
from partyplan.meetings import InvalidMeeting, evaluation

from . import make_office

E, Q, B, U = Grade.EXCELLENT, Grade.QUALIFIED, Grade.BASIC, Grade.UNQUALIFIED


def test_median_grade():
    assert evaluation.suggest({E: 6, Q: 4}, 10) is E
    assert evaluation.suggest({E: 5, Q: 5}, 10) is Q  # half is not more than half
    assert evaluation.suggest({E: 2, Q: 2, B: 4, U: 2}, 10) is B
    assert evaluation.suggest({E: 1, Q: 1}, 10) is None  # too many blank ballots to say
    assert evaluation.suggest({}, 0) is None


@pytest.fixture
def evaluated(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        office = make_office(s)
        evaluation_id = evaluation.create_evaluation(s, 2026, "2026年度民主评议党员")
    return evaluation_id, office


def results(database, evaluation_id):  # type: ignore[no-untyped-def]
    with database.session() as s:
        return evaluation.results(s, evaluation_id)


def test_evaluation_by_tallies(database, evaluated):
    evaluation_id, office = evaluated
    result = results(database, evaluation_id)
    assert len(result.rows) == 10 and [r.person_id for r in result.rows if r.probationary] == [office.probationary]
    with database.session() as s:
        evaluation.set_ballots_cast(s, evaluation_id, 10)
        evaluation.set_tallies(s, evaluation_id, office.cadres[0], {E: 7, Q: 3})
        evaluation.set_tallies(s, evaluation_id, office.members[0], {E: 2, Q: 7, B: 1})
        evaluation.set_tallies(s, evaluation_id, office.members[1], {Q: 3, B: 6, U: 1})
        evaluation.set_assessments(s, evaluation_id, office.members[0], "认真履行党员义务", "服务群众热情")
        assert evaluation.apply_suggested(s, evaluation_id) == 3
    result = results(database, evaluation_id)
    rows = {r.person_id: r for r in result.rows}
    assert rows[office.cadres[0]].grade is E and rows[office.members[0]].grade is Q
    assert rows[office.members[1]].grade is B
    assert rows[office.members[0]].counts == {E: 2, Q: 7, B: 1, U: 0}
    assert rows[office.members[0]].shares[Q] == pytest.approx(0.7)
    assert rows[office.members[0]].self_assessment == "认真履行党员义务"
    assert rows[office.probationary].grade is None and rows[office.probationary].suggested is None
    assert result.graded == 3 and result.grade_count(E) == 1 and not result.excellent_over_cap


def test_excellent_over_the_cap_is_refused_unless_a_reason_is_given(database, evaluated):
    evaluation_id, office = evaluated
    with database.session() as s:
        for person in office.party[:-1]:  # nine graded members
            evaluation.set_grade(s, evaluation_id, person, Q)
        for person in office.party[:3]:
            evaluation.set_grade(s, evaluation_id, person, E)
    at_cap = results(database, evaluation_id)
    assert at_cap.graded == 9 and at_cap.grade_count(E) == 3 and not at_cap.excellent_over_cap
    assert at_cap.excellent_cap == 3
    with database.session() as s, pytest.raises(InvalidMeeting) as caught:
        evaluation.set_grade(s, evaluation_id, office.party[3], E)
    assert (caught.value.field, caught.value.code) == ("grade", "excellent_cap")
    assert results(database, evaluation_id).grade_count(E) == 3, "nothing was stored"
    with database.session() as s:
        evaluation.set_grade(s, evaluation_id, office.party[3], E, override_reason="  街道党工委同意：抗洪表现突出  ")
        evaluation.set_grade(s, evaluation_id, office.party[4], E)  # the reason covers the evaluation
    over = results(database, evaluation_id)
    assert over.grade_count(E) == 5 and over.excellent_over_cap
    assert over.evaluation.excellent_override == "街道党工委同意：抗洪表现突出"
    with database.session() as s, pytest.raises(InvalidMeeting):
        evaluation.set_excellent_override(s, evaluation_id, "")


def test_the_cap_is_the_offices_setting(database, evaluated):
    evaluation_id, office = evaluated
    with database.session() as s:
        assert evaluation.excellent_cap(s) == Fraction(1, 3)
        evaluation.set_excellent_cap(s, Fraction(1, 4))
        with pytest.raises(InvalidMeeting) as caught:
            evaluation.set_excellent_cap(s, Fraction(3, 2))
        assert caught.value.code == "cap_range"
        evaluation.set_ballots_cast(s, evaluation_id, 9)
        for n, person in enumerate(office.party[:-1]):  # four suggested excellent, five qualified
            evaluation.set_tallies(s, evaluation_id, person, {E: 9 - n} if n < 4 else {Q: 9})
        given = evaluation.apply_suggested(s, evaluation_id)
    found = results(database, evaluation_id)
    assert found.cap == Fraction(1, 4) and found.excellent_cap == 2
    decided = [r.person_id for r in found.rows if r.grade is E]
    assert given == 7 and len(decided) == 2, "two of nine within a quarter: the two with most ballots for it"
    assert found.excellent_over_cap, "the two held back still count as the vote suggests: the page warns"
    assert {r.person_id for r in found.rows if r.grade is E} == set(office.party[:2])
    assert [r.person_id for r in found.held_back] == sorted(office.party[2:4], key=lambda p: next(
        r.name for r in found.rows if r.person_id == p))


def test_evaluation_ballot_by_ballot(database, evaluated):
    evaluation_id, office = evaluated
    a, b = office.cadres[0], office.members[0]
    with database.session() as s:
        for marks in ({a: E, b: Q}, {a: E, b: B}, {a: Q, b: Q}, {a: E}):  # the last ballot leaves b blank
            evaluation.add_ballot(s, evaluation_id, marks)
    rows = {r.person_id: r for r in results(database, evaluation_id).rows}
    assert results(database, evaluation_id).evaluation.ballots_cast == 4
    assert rows[a].counts[E] == 3 and rows[a].shares[E] == pytest.approx(0.75) and rows[a].suggested is E
    # 2 of 4 ballots say qualified: not more than half; with the basic one, 3 of 4 say basic or better
    assert rows[b].counts == {E: 0, Q: 2, B: 1, U: 0} and rows[b].suggested is B
    assert rows[b].marked == 3


def test_probationary_members_take_part_but_get_no_grade(database, evaluated):
    evaluation_id, office = evaluated
    with database.session() as s:
        evaluation.set_ballots_cast(s, evaluation_id, 5)
        for action in (lambda: evaluation.set_grade(s, evaluation_id, office.probationary, Q),
                       lambda: evaluation.set_tallies(s, evaluation_id, office.probationary, {Q: 5}),
                       lambda: evaluation.add_ballot(s, evaluation_id, {office.probationary: Q})):
            with pytest.raises(InvalidMeeting) as caught:
                action()
            assert caught.value.code == "probationary"
        evaluation.set_assessments(s, evaluation_id, office.probationary, "积极参加组织生活", "")


def test_tallies_cannot_exceed_the_ballots(database, evaluated):
    evaluation_id, office = evaluated
    with database.session() as s:
        evaluation.set_ballots_cast(s, evaluation_id, 5)
        with pytest.raises(InvalidMeeting) as caught:
            evaluation.set_tallies(s, evaluation_id, office.cadres[0], {E: 4, Q: 2})
        assert caught.value.code == "more_than_ballots"
        evaluation.set_tallies(s, evaluation_id, office.cadres[0], {E: 4, Q: 1})
        with pytest.raises(InvalidMeeting) as caught:
            evaluation.set_ballots_cast(s, evaluation_id, 4)
        assert caught.value.code == "fewer_than_marked"
        with pytest.raises(InvalidMeeting):
            evaluation.set_tallies(s, evaluation_id, office.cadres[0], {U: -1})
