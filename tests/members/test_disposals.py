"""A member graded unqualified: the follow-up opens, the branch helps or disposes by the general meeting's
vote, a correction runs to a deadline of at most a year; and the year's evaluation when it is missing."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import DisposalOutcome, Evaluation, Grade, Measure, VoteKind
from partyplan.meetings import evaluation
from partyplan.members import disposals
from partyplan.members.disposals import InvalidDisposal

from . import D, add, admit, full_members, general_meeting


@pytest.fixture
def graded(database):  # type: ignore[no-untyped-def]
    """The 2025 evaluation, held in January 2026: one member graded unqualified."""
    with database.session() as s:
        members = full_members(s, 6)
        evaluation_id = evaluation.create_evaluation(s, 2025, "2025年度民主评议党员")
        s.get(Evaluation, evaluation_id).created_at = dt.datetime(2026, 1, 12, 9, 0)
        evaluation.set_grade(s, evaluation_id, members[5], Grade.UNQUALIFIED)
    return database, members, evaluation_id


def test_an_unqualified_grade_opens_a_follow_up_and_taking_it_back_removes_it(graded):
    database, members, evaluation_id = graded
    with database.session() as s:
        (row,) = disposals.list_disposals(s)
        assert (row.person_id, row.year, row.opened_on, row.measure) == (members[5], 2025, D(2025, 12, 31),
                                                                         Measure.UNDECIDED)
        assert [(d.kind, d.due, d.overdue) for d in disposals.due_followups(s, D(2026, 2, 5))] == [
            ("decide", D(2026, 1, 31), True)]
        evaluation.set_grade(s, evaluation_id, members[5], Grade.UNQUALIFIED)  # again: still one follow-up
        assert len(disposals.list_disposals(s)) == 1
        evaluation.set_grade(s, evaluation_id, members[5], Grade.BASIC)
        assert disposals.list_disposals(s) == []


def test_help_by_a_full_member_then_correction_by_the_general_meetings_vote(graded):
    database, members, _evaluation_id = graded
    with database.session() as s:
        (row,) = disposals.list_disposals(s)
        probationer = add(s, "预备党员", birth_date=D(1998, 1, 1))
        admit(s, probationer, D(2025, 9, 1), (members[0], members[1]))
        for kwargs, code in (({}, "required"), ({"helper_id": probationer}, "helper_not_full"),
                             ({"helper_id": members[5]}, "helper_not_full")):
            with pytest.raises(InvalidDisposal) as caught:
                disposals.decide(s, row.id, Measure.HELP, D(2026, 1, 20), **kwargs)
            assert caught.value.code == code
        disposals.decide(s, row.id, Measure.HELP, D(2026, 1, 20), helper_id=members[0], note="每月谈心一次")
        with pytest.raises(InvalidDisposal) as caught:
            disposals.decide(s, row.id, Measure.CORRECTION, D(2026, 3, 20))
        assert (caught.value.field, caught.value.code) == ("meeting", "vote_missing")
        meeting = general_meeting(s, D(2026, 3, 20), [(VoteKind.DISPOSAL, members[5], True)])
        with pytest.raises(InvalidDisposal) as caught:
            disposals.decide(s, row.id, Measure.CORRECTION, D(2026, 3, 20), meeting_id=meeting,
                             deadline=D(2027, 4, 1))
        assert caught.value.code == "deadline_range", "a year at most"
        disposals.decide(s, row.id, Measure.CORRECTION, D(2026, 3, 20), meeting_id=meeting)
        (row,) = disposals.list_disposals(s)
        assert (row.measure, row.deadline, row.helper_id) == (Measure.CORRECTION, D(2026, 9, 20), None)
        assert disposals.due_followups(s, D(2026, 9, 19)) == []
        assert [(d.kind, d.overdue) for d in disposals.due_followups(s, D(2026, 10, 8))] == [("review", True)]
        disposals.close(s, row.id, D(2026, 10, 8), DisposalOutcome.CORRECTED, "按期改正")
        assert disposals.list_disposals(s, open_only=True) == []


def test_persuading_to_leave_needs_a_passed_vote_and_ends_the_follow_up(graded):
    database, members, _evaluation_id = graded
    with database.session() as s:
        (row,) = disposals.list_disposals(s)
        failed = general_meeting(s, D(2026, 4, 10), [(VoteKind.DISPOSAL, members[5], False)])
        with pytest.raises(InvalidDisposal) as caught:
            disposals.decide(s, row.id, Measure.PERSUADE, D(2026, 4, 10), meeting_id=failed)
        assert caught.value.code == "vote_failed"
        passed = general_meeting(s, D(2026, 4, 17), [(VoteKind.DISPOSAL, members[5], True)])
        disposals.decide(s, row.id, Measure.PERSUADE, D(2026, 4, 17), meeting_id=passed)
        (row,) = disposals.list_disposals(s)
        assert (row.outcome, row.closed_on) == (DisposalOutcome.LEFT, D(2026, 4, 17))


def test_the_years_evaluation_missing_is_due(database):
    with database.session() as s:
        full_members(s, 3)
        assert evaluation.evaluation_due(s, D(2026, 11, 30)) == [evaluation.EvaluationDue(2025, D(2026, 3, 31), True)]
        assert evaluation.evaluation_due(s, D(2026, 12, 1))[-1] == evaluation.EvaluationDue(2026, D(2027, 3, 31),
                                                                                            False)
        evaluation.create_evaluation(s, 2025)
        assert evaluation.evaluation_due(s, D(2026, 2, 1)) == []
