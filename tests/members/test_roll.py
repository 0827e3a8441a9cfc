"""Who may vote: full members registered here, read from the development file on real dates."""

from __future__ import annotations

import pytest

from partyplan.db.models import PartyCategory, Role, StepKind, VoteKind
from partyplan.development import pipeline
from partyplan.meetings import InvalidMeeting, service, types
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.development.pipeline import StepData
from partyplan.members import roll
from partyplan.members.standing import Source, Standing, standing_of, standings

from . import D, TODAY, add, admit, convert, extend, full_members, general_meeting


def test_an_extended_probation_keeps_the_member_off_the_roll_until_its_new_end(database):
    """Admitted 2024-06-01; at the year's end, on 2025-06-01, the general meeting extends the probation by
    six months. People's joining day alone (2024-06-01 + 1 year) would have let them vote from June 2025."""
    with database.session() as s:
        members = full_members(s, 3)
        extended = add(s, "延长期", birth_date=D(1995, 4, 2))
        case = admit(s, extended, D(2024, 6, 1), (members[0], members[1]))
        extend(s, case, D(2025, 6, 1), 6)
        on_roll = {on: {e.person_id for e in roll.voter_roll(s, on)}
                   for on in (D(2025, 5, 31), D(2025, 10, 15), D(2025, 12, 1))}
        october = standing_of(s, extended, D(2025, 10, 15))
    assert extended not in on_roll[D(2025, 10, 15)] and set(members) <= on_roll[D(2025, 10, 15)]
    assert (october.standing, october.source, october.probation_ends) == (Standing.PROBATIONARY, Source.FILE,
                                                                        D(2025, 12, 1))
    assert extended not in on_roll[D(2025, 12, 1)], "a probation that has run out needs the conversion vote"
    with database.session() as s:
        convert(s, case, D(2025, 12, 5))
        assert extended in {e.person_id for e in roll.voter_roll(s, D(2025, 12, 5))}
        assert standing_of(s, extended, D(2025, 12, 4)).standing is Standing.PROBATIONARY


def test_members_registered_elsewhere_and_probationers_are_listed_without_a_vote(database):
    with database.session() as s:
        full = full_members(s, 2)
        serving = add(s, "在职党员", {Role.PARTY_MEMBER}, D(2012, 7, 1), party_category=PartyCategory.IN_SERVICE)
        floating = add(s, "流动党员", {Role.PARTY_MEMBER}, D(2015, 7, 1), party_category=PartyCategory.FLOATING)
        recent = add(s, "新党员", {Role.PARTY_MEMBER}, D(2026, 7, 1))  # no file: joining day + 12 months
        archived = add(s, "已故党员", {Role.PARTY_MEMBER}, D(1980, 7, 1), birth_date=D(1950, 1, 1))
        from partyplan.people import service as people

        people.set_archived(s, archived, True)
        listed = {e.person_id: e for e in roll.members(s, TODAY)}
        voters = [e.person_id for e in roll.voter_roll(s, TODAY)]
    assert set(listed) == {*full, serving, floating, recent}
    assert (listed[serving].no_vote, listed[floating].no_vote) == (roll.NoVote.ELSEWHERE, roll.NoVote.ELSEWHERE)
    assert listed[recent].no_vote is roll.NoVote.PROBATIONARY and listed[recent].probation_ends == D(2027, 7, 1)
    assert sorted(voters) == sorted(full)


def test_a_cancelled_probation_is_no_membership_and_a_member_without_dates_is_full(database):
    with database.session() as s:
        members = full_members(s, 2)
        undated = add(s, "老党员", {Role.PARTY_MEMBER})
        cancelled = add(s, "取消资格", birth_date=D(1996, 1, 1))
        case = admit(s, cancelled, D(2025, 3, 1), (members[0], members[1]))
        meeting = general_meeting(s, D(2025, 9, 1), [(VoteKind.CANCELLATION, cancelled, True)])
        pipeline.add_step(s, case, StepData(StepKind.CANCELLED, D(2025, 9, 1), note="不履行党员义务",
                                            meeting_id=meeting), today=TODAY)
        found = standings(s, D(2025, 10, 1))
        before = standing_of(s, cancelled, D(2025, 8, 1))
    assert found[cancelled].standing is Standing.NOT_MEMBER and before.standing is Standing.PROBATIONARY
    assert (found[undated].standing, found[undated].source) == (Standing.FULL, Source.ASSUMED)


def test_an_extended_probationer_may_not_be_marked_as_voting(database):
    with database.session() as s:
        types.seed_default_types(s)
        kinds = {t.key: t for t in types.list_types(s)}
        members = full_members(s, 6)
        extended = add(s, "延长期", birth_date=D(1995, 4, 2))
        extend(s, admit(s, extended, D(2024, 6, 1), (members[0], members[1])), D(2025, 6, 1), 6)
        general = kinds["general_meeting"]
        defaults = {a.person_id: a.can_vote for a in service.default_attendees(s, general.id, D(2025, 10, 15))}
        meeting_id = service.create_meeting(s, MeetingData(general.id, D(2025, 10, 15)))
        marked = [AttendeeData(p) for p in [*members, extended]]
        with pytest.raises(InvalidMeeting) as caught:
            service.record_meeting(s, meeting_id, RecordData(D(2025, 10, 15), attendees=tuple(marked), resolutions=(
                ResolutionData("同意", voted=True, votes_for=6, majority=general.majority),)), today=TODAY)
    assert defaults[extended] is False and all(defaults[p] for p in members)
    assert (caught.value.field, caught.value.code, caught.value.row) == ("attendees", "no_vote_probationary", 6)


def test_an_extended_probationer_takes_part_in_the_evaluation_without_a_grade(database):
    from partyplan.meetings import evaluation

    with database.session() as s:
        members = full_members(s, 3)
        extended = add(s, "延长期", birth_date=D(1995, 4, 2))
        extend(s, admit(s, extended, D(2024, 6, 1), (members[0], members[1])), D(2025, 6, 1), 6)
        evaluation_id = evaluation.create_evaluation(s, 2025, "2025年度民主评议党员")
        rows = {r.person_id: r for r in evaluation.results(s, evaluation_id).rows}
        with pytest.raises(InvalidMeeting):
            evaluation.set_grade(s, evaluation_id, extended, evaluation.Grade.QUALIFIED)
    assert rows[extended].probationary and not any(rows[p].probationary for p in members)


def test_mentors_and_sponsors_must_be_full_members_on_the_day(database):
    """A member admitted on 2025-03-20 is probationary until the conversion vote: on 2025-11-10 they can
    mentor no applicant and sponsor nobody; a long-standing member can."""
    from partyplan.development.pipeline import InvalidStep

    with database.session() as s:
        members = full_members(s, 3)
        probationer = add(s, "预备党员", birth_date=D(1998, 5, 5))
        admit(s, probationer, D(2025, 3, 20), (members[0], members[1]))
        applicant = add(s, "申请人", birth_date=D(2001, 8, 8))
        case = pipeline.open_case(s, applicant, D(2025, 11, 3), today=TODAY)
        pipeline.add_step(s, case, StepData(StepKind.TALK, D(2025, 11, 7), by_id=members[2]), today=TODAY)
        refusals = []
        for kind, chosen in ((StepKind.MENTORS, (probationer,)), (StepKind.ACTIVIST, (members[2], probationer)),
                             (StepKind.MENTORS, (members[0], members[1]))):
            with pytest.raises(InvalidStep) as caught:
                pipeline.add_step(s, case, StepData(kind, D(2025, 11, 10), people=chosen), today=TODAY)
            refusals.append((caught.value.code, caught.value.needs_justification, caught.value.limits))
        pipeline.add_step(s, case, StepData(StepKind.MENTORS, D(2025, 11, 10), people=(members[2],)), today=TODAY)
        pipeline.add_step(s, case, StepData(StepKind.ACTIVIST, D(2026, 1, 12), people=members[:2]), today=TODAY)
        detail = pipeline.case_detail(s, case)
    assert refusals == [("not_full_member", False, ()), ("not_full_member", False, ()),
                        ("applicant_mentors_count", False, (1, 1))]
    assert [(step.kind, [n for _i, n in step.people]) for step in detail.steps[2:]] == [
        (StepKind.MENTORS, ["党员03"]), (StepKind.ACTIVIST, ["党员01", "党员02"])]


def test_sponsors_are_two_full_members(database):
    from partyplan.development.pipeline import InvalidStep

    with database.session() as s:
        members = full_members(s, 3)
        probationer = add(s, "预备党员", birth_date=D(1998, 5, 5))
        admit(s, probationer, D(2026, 1, 15), (members[0], members[1]))
        target = add(s, "发展对象", birth_date=D(2000, 2, 2))
        with pytest.raises(InvalidStep) as caught:
            admit(s, target, D(2026, 9, 25), (members[2], probationer))
        assert caught.value.code == "not_full_member" and caught.value.field == "people"
