"""Quorum and majority: the rules alone, then through recording a meeting that votes."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import Majority, PartyCategory, Presence, Quorum, Role, VoteKind
from partyplan.meetings import InvalidMeeting, service, types, vote_rules
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.meetings.votes import InvalidVote, Outcome, decide, majority_met, quorum_met, votes_needed
from partyplan.people import service as people
from partyplan.people.validation import PersonData

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


# -- the published rules (issue 20) ----------------------------------------------------------------
@pytest.mark.parametrize(("eligible", "present", "votes_for", "passed", "outcome"), [
    (10, 6, 4, False, Outcome.NO_MAJORITY),  # 4 of 6 present is a majority of those present, not of the 10
    (10, 6, 6, True, Outcome.PASSED),
    (10, 5, 5, False, Outcome.NO_QUORUM),  # exactly half present
    (9, 5, 5, True, Outcome.PASSED),
])
def test_a_branch_resolution_needs_more_than_half_of_all_entitled(eligible, present, votes_for, passed, outcome):
    result = decide(Quorum.MORE_THAN_HALF, Majority.HALF_OF_ENTITLED, eligible=eligible, present=present,
                    votes_for=votes_for, votes_against=0, abstentions=0)
    assert (result.passed, result.outcome, result.needed) == (passed, outcome, eligible // 2 + 1)


@pytest.mark.parametrize(("present", "met"), [(8, False), (9, True), (10, True)])
def test_an_election_needs_more_than_four_fifths_present(present, met):
    assert quorum_met(Quorum.FOUR_FIFTHS, present, 10) is met


def _branch(database, count: int = 10):  # type: ignore[no-untyped-def]
    """`count` long-standing full members and the pre-filled meeting types."""
    with database.session() as s:
        types.seed_default_types(s)
        kinds = {t.key: t for t in types.list_types(s)}
        members = [people.add_person(s, PersonData(f"党员{n:02d}", roles={Role.PARTY_MEMBER},
                                                   joined_date=dt.date(2010, 7, 1)), TODAY)
                   for n in range(1, count + 1)]
    return kinds, members


def _hold(database, kind, day, members, present: int, *resolutions):  # type: ignore[no-untyped-def]
    attendees = [AttendeeData(p, Presence.PRESENT if n < present else Presence.ABSENT)
                 for n, p in enumerate(members)]
    with database.session() as s:
        meeting_id = service.create_meeting(s, MeetingData(kind.id, day))
        service.record_meeting(s, meeting_id, RecordData(day, attendees=tuple(attendees),
                                                         resolutions=tuple(resolutions)), today=TODAY)
        return service.load_meeting(s, meeting_id)


def test_ten_entitled_six_present_four_for_is_not_passed(database):
    """The issue's case, at the general meeting of 2026-09-25 with the pre-filled type's rule."""
    kinds, members = _branch(database)
    general = kinds["general_meeting"]
    assert (general.quorum, general.majority) == (Quorum.MORE_THAN_HALF, Majority.HALF_OF_ENTITLED)
    detail = _hold(database, general, dt.date(2026, 9, 25), members, 6,
                   ResolutionData("同意社区党群服务中心改造方案", voted=True, votes_for=4, votes_against=1,
                                  abstentions=1, majority=general.majority),
                   ResolutionData("同意接收林晓为预备党员", voted=True, votes_for=6, kind=VoteKind.ADMISSION,
                                  subject_id=members[0]))
    first, admission = detail.resolutions
    assert (detail.row.attendance.eligible, detail.row.attendance.voters_present) == (10, 6)
    assert first.passed is False and service.vote_result(detail, first).outcome is Outcome.NO_MAJORITY
    assert admission.passed is True and (admission.kind, admission.subject_name) == (VoteKind.ADMISSION, "党员01")
    assert (admission.quorum, admission.majority) == (Quorum.MORE_THAN_HALF, Majority.HALF_OF_ENTITLED)


def test_unlisted_members_on_the_roll_are_recorded_absent_when_a_vote_is_taken(database):
    kinds, members = _branch(database)
    attendees = [AttendeeData(p) for p in members[:6]]  # the recorder listed only those who came
    with database.session() as s:
        meeting_id = service.create_meeting(s, MeetingData(kinds["general_meeting"].id, dt.date(2026, 9, 25)))
        service.record_meeting(s, meeting_id, RecordData(dt.date(2026, 9, 25), attendees=tuple(attendees), resolutions=(
            ResolutionData("同意接收林晓为预备党员", voted=True, votes_for=5, kind=VoteKind.ADMISSION,
                           subject_id=members[0]),)), today=TODAY)
        detail = service.load_meeting(s, meeting_id)
    a = detail.row.attendance
    assert (a.expected, a.present, a.absent, a.eligible) == (10, 6, 4, 10)
    assert detail.resolutions[0].passed is False, "5 for is not more than half of the 10 entitled"


def test_an_election_with_eight_of_ten_present_is_not_valid(database):
    kinds, members = _branch(database)
    election = kinds["election"]
    assert (election.quorum, election.votes) == (Quorum.FOUR_FIFTHS, True)
    thin = _hold(database, election, dt.date(2026, 6, 12), members, 8,
                 ResolutionData("选举王明为支部书记", voted=True, votes_for=8, kind=VoteKind.ELECTION))
    full = _hold(database, election, dt.date(2026, 6, 19), members, 9,
                 ResolutionData("选举王明为支部书记", voted=True, votes_for=5, kind=VoteKind.ELECTION))
    assert service.vote_result(thin, thin.resolutions[0]).outcome is Outcome.NO_QUORUM
    assert full.resolutions[0].passed is True, "elected by more than half of the nine present"


def test_votes_on_a_member_name_the_member_and_are_votes(database):
    kinds, members = _branch(database, 4)
    with database.session() as s:
        meeting_id = service.create_meeting(s, MeetingData(kinds["general_meeting"].id, dt.date(2026, 3, 20)))
        for resolution, code in ((ResolutionData("转正", voted=True, votes_for=3, kind=VoteKind.CONVERSION),
                                  "subject_required"),
                                 (ResolutionData("延长预备期", kind=VoteKind.EXTENSION, subject_id=members[0]),
                                  "vote_required")):
            with pytest.raises(InvalidMeeting) as caught:
                service.record_meeting(s, meeting_id, RecordData(dt.date(2026, 3, 20), resolutions=(resolution,)),
                                       today=TODAY)
            assert (caught.value.field, caught.value.code, caught.value.row) == ("resolutions", code, 0)


def test_members_registered_elsewhere_are_not_expected_at_a_vote(database):
    kinds, members = _branch(database, 3)
    with database.session() as s:
        serving = people.add_person(s, PersonData("在职党员", roles={Role.PARTY_MEMBER}, joined_date=dt.date(2012, 7, 1),
                                                  party_category=PartyCategory.IN_SERVICE), TODAY)
        at_vote = {a.person_id for a in service.default_attendees(s, kinds["general_meeting"].id, TODAY)}
        theme_day = {a.person_id: a.can_vote for a in service.default_attendees(s, kinds["theme_day"].id, TODAY)}
    assert at_vote == set(members) and theme_day[serving] is False


def test_the_office_may_count_a_kind_by_its_own_rule_and_go_back(database):
    kinds, members = _branch(database, 10)
    with database.session() as s:
        vote_rules.save_rule(s, VoteKind.ADMISSION, vote_rules.VoteRule(Quorum.TWO_THIRDS, Majority.TWO_THIRDS))
        assert vote_rules.rule_for(s, VoteKind.ADMISSION) == vote_rules.VoteRule(Quorum.TWO_THIRDS, Majority.TWO_THIRDS)
        with pytest.raises(InvalidMeeting):
            vote_rules.save_rule(s, VoteKind.RESOLUTION, vote_rules.VoteRule(Quorum.NONE, Majority.SIMPLE))
    detail = _hold(database, kinds["general_meeting"], dt.date(2026, 9, 25), members, 7,
                   ResolutionData("同意接收林晓为预备党员", voted=True, votes_for=5, kind=VoteKind.ADMISSION,
                                  subject_id=members[0]))
    assert detail.resolutions[0].passed is True and detail.resolutions[0].majority is Majority.TWO_THIRDS
    with database.session() as s:
        assert vote_rules.reset_rules(s) == vote_rules.PUBLISHED
        assert vote_rules.load_rules(s)[VoteKind.ADMISSION] == vote_rules.PUBLISHED[VoteKind.ADMISSION]
        kept = service.load_meeting(s, detail.row.id).resolutions[0]
        assert service.vote_result(service.load_meeting(s, detail.row.id), kept).passed, "counted by its own rule"


def test_the_minutes_name_the_rule_and_where_it_is_published(database, tmp_path):
    from docx import Document

    from partyplan.meetings import export

    kinds, members = _branch(database)
    detail = _hold(database, kinds["general_meeting"], dt.date(2026, 9, 25), members, 6,
                   ResolutionData("同意接收林晓为预备党员", voted=True, votes_for=4, votes_against=2,
                                  kind=VoteKind.ADMISSION, subject_id=members[0]))
    with database.session() as s:
        export.write_minutes_docx(s, detail.row.id, tmp_path / "zh.docx")
        export.write_minutes_docx(s, detail.row.id, tmp_path / "en.docx", language="en")
    zh = [p.text for p in Document(tmp_path / "zh.docx").paragraphs]
    en = [p.text for p in Document(tmp_path / "en.docx").paragraphs]
    assert ("第1项表决：有表决权的10人，到会6人；同意4票，反对2票，弃权0票。表决规则：有表决权的人员超过应到会人数的半数"
            "到会方可表决，赞成票超过应到会有表决权人数的半数（至少6票）为通过（《中国共产党发展党员工作细则》第二十条）。"
            "表决结果：未通过。") in zh
    assert any("votes for from more than half of all entitled to vote (at least 6) (Detailed Rules on Recruiting "
               "Party Members, art. 20)" in line for line in en)
