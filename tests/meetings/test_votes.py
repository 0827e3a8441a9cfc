"""Quorum and majority: the rules alone, then through recording a meeting that votes."""

from __future__ import annotations

import pytest

from partyplan.db.models import Majority, Presence, Quorum
from partyplan.meetings import service, types
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.meetings.votes import InvalidVote, Outcome, decide, majority_met, quorum_met, votes_needed

from . import TODAY, make_office


@pytest.mark.parametrize(("quorum", "present", "eligible", "met"), [
    (Quorum.MORE_THAN_HALF, 6, 10, True),
    (Quorum.MORE_THAN_HALF, 5, 10, False),  # exactly half is not more than half
    (Quorum.MORE_THAN_HALF, 5, 9, True),
    (Quorum.TWO_THIRDS, 6, 9, True),
    (Quorum.TWO_THIRDS, 5, 9, False),
    (Quorum.NONE, 0, 10, True),
    (Quorum.MORE_THAN_HALF, 0, 0, False),
])
def test_quorum(quorum, present, eligible, met):
    assert quorum_met(quorum, present, eligible) is met


@pytest.mark.parametrize(("majority", "votes_for", "against", "present", "met"), [
    (Majority.SIMPLE, 3, 2, 10, True),  # abstentions and non-votes do not count against
    (Majority.SIMPLE, 2, 2, 10, False),
    (Majority.MORE_THAN_HALF, 6, 0, 10, True),
    (Majority.MORE_THAN_HALF, 5, 0, 10, False),  # half of those present is not enough
    (Majority.TWO_THIRDS, 6, 3, 9, True),
    (Majority.TWO_THIRDS, 5, 0, 9, False),
    (Majority.TWO_THIRDS, 7, 0, 10, True),
])
def test_majority(majority, votes_for, against, present, met):
    assert majority_met(majority, votes_for, against, present) is met
    assert (votes_for >= votes_needed(majority, present, against)) is met


def test_decide_names_the_reason():
    no_quorum = decide(Quorum.MORE_THAN_HALF, Majority.MORE_THAN_HALF, eligible=10, present=5, votes_for=5,
                       votes_against=0, abstentions=0)
    assert not no_quorum.passed and no_quorum.outcome is Outcome.NO_QUORUM
    no_majority = decide(Quorum.MORE_THAN_HALF, Majority.TWO_THIRDS, eligible=10, present=9, votes_for=5,
                         votes_against=3, abstentions=1)
    assert no_majority.outcome is Outcome.NO_MAJORITY and no_majority.not_voting == 0
    passed = decide(Quorum.MORE_THAN_HALF, Majority.TWO_THIRDS, eligible=10, present=9, votes_for=6,
                    votes_against=2, abstentions=0)
    assert passed.passed and passed.not_voting == 1


@pytest.mark.parametrize(("tally", "code"), [((6, 3, 1), "too_many_votes"), ((-1, 0, 0), "negative")])
def test_impossible_tallies_are_refused(tally, code):
    with pytest.raises(InvalidVote) as caught:
        decide(Quorum.NONE, Majority.SIMPLE, eligible=10, present=9, votes_for=tally[0], votes_against=tally[1],
               abstentions=tally[2])
    assert caught.value.code == code


@pytest.fixture
def general_meeting(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        types.seed_default_types(s)
        office = make_office(s)
        kind = next(t for t in types.list_types(s) if t.key == "general_meeting")
        meeting_id = service.create_meeting(s, MeetingData(kind.id, TODAY))
    return meeting_id, office


def _record(database, meeting_id, attendees, *resolutions):  # type: ignore[no-untyped-def]
    with database.session() as s:
        service.record_meeting(s, meeting_id, RecordData(TODAY, attendees=tuple(attendees),
                                                         resolutions=tuple(resolutions)), today=TODAY)
        return service.load_meeting(s, meeting_id)


def test_general_meeting_votes_pass_and_fail_on_quorum_and_majority(database, general_meeting):
    meeting_id, office = general_meeting
    # 9 full members have a vote, the probationary member attends without one.
    everyone = [AttendeeData(p, can_vote=p != office.probationary) for p in office.party]
    detail = _record(database, meeting_id, everyone,
                     ResolutionData("接收张三为预备党员", voted=True, votes_for=7, votes_against=1, abstentions=1,
                                    majority=Majority.MORE_THAN_HALF),
                     ResolutionData("调整支部委员分工", voted=True, votes_for=5, votes_against=3, abstentions=1,
                                    majority=Majority.TWO_THIRDS),
                     ResolutionData("开展春节慰问"))
    assert detail.row.attendance.eligible == 9 and detail.row.attendance.voters_present == 9
    assert [r.passed for r in detail.resolutions] == [True, False, None]
    # Only 4 of the 9 voters present: below more than half, so even a unanimous vote fails.
    thin = [AttendeeData(p, Presence.PRESENT if n < 4 else Presence.ABSENT, can_vote=p != office.probationary)
            for n, p in enumerate(office.party)]
    detail = _record(database, meeting_id, thin, ResolutionData("接收张三为预备党员", voted=True, votes_for=4))
    assert detail.resolutions[0].passed is False
    assert not service.vote_result(detail, detail.resolutions[0]).quorum_met


def test_more_votes_than_voters_present_is_refused_and_nothing_is_stored(database, general_meeting):
    meeting_id, office = general_meeting
    attendees = [AttendeeData(p, Presence.PRESENT if n < 6 else Presence.LEAVE, "出差", True)
                 for n, p in enumerate(office.cadres + office.members[:6])]
    with pytest.raises(InvalidVote) as caught:
        _record(database, meeting_id, attendees, ResolutionData("一"),
                ResolutionData("二", voted=True, votes_for=5, votes_against=2))
    assert caught.value.code == "too_many_votes" and caught.value.row == 1
    assert caught.value.votes == 7 and caught.value.present == 6
    with database.session() as s:
        detail = service.load_meeting(s, meeting_id)
    assert detail.row.status.value == "planned" and not detail.resolutions and not detail.attendees
