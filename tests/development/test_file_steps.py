"""The member's file step by step as 《中国共产党发展党员工作细则》 lists the steps: each refused out of order or
without what it needs, on real dates (the notice over 国庆 2026 counted in the office's working days)."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import Role, Stage, StepKind, VoteKind
from partyplan.development import due, notice, pipeline, rules
from partyplan.development.pipeline import InvalidStep, StepData
from partyplan.people import service as people
from partyplan.people.validation import PersonData

from . import vote

D = dt.date
TODAY = D(2027, 12, 31)  # late enough for the conversion of a member admitted in October 2026


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """Two full members and a development target filed on 2025-10-09, after a year and a half as an activist."""
    with database.session() as s:
        members = tuple(people.add_person(s, PersonData(name=n, roles={Role.PARTY_MEMBER}), TODAY)
                        for n in ("王书记", "李委员"))
        person = people.add_person(s, PersonData(name="林晓", birth_date=D(2000, 5, 1)), TODAY)
        case = pipeline.open_case(s, person, D(2024, 3, 1), today=TODAY)
        for kind, day, extra in ((StepKind.TALK, D(2024, 3, 15), {}),
                                 (StepKind.ACTIVIST, D(2024, 4, 10), {"people": members[:1]}),
                                 (StepKind.FILING, D(2024, 4, 20), {})):
            pipeline.add_step(s, case, StepData(kind, day, **extra), today=TODAY)
    return database, members, person, case


def add(database, case: int, kind: StepKind, day: dt.date, **fields) -> int:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return pipeline.add_step(s, case, StepData(kind, day, **fields), today=TODAY)


def refusal(database, case: int, kind: StepKind, day: dt.date, **fields) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidStep) as info:
        add(database, case, kind, day, **fields)
    return info.value.field, info.value.code


def general_meeting(database, day: dt.date, kind: VoteKind, person: int, passed: bool = True) -> int:  # type: ignore[no-untyped-def]
    with database.session() as s:
        meeting = vote(s, day, kind, person, None, TODAY)
        if not passed:
            from partyplan.meetings import service

            detail = service.load_meeting(s, meeting)
            data = service.RecordData(day, attendees=tuple(a.data() for a in detail.attendees), resolutions=(
                service.ResolutionData("否决", voted=True, votes_for=0, votes_against=detail.row.attendance.present,
                                       kind=kind, subject_id=person, id=detail.resolutions[0].id),))
            service.record_meeting(s, meeting, data, today=TODAY)
        return meeting


def to_notice(database, case: int) -> None:
    add(database, case, StepKind.TARGET, D(2025, 10, 9))
    add(database, case, StepKind.FILING, D(2025, 10, 20), reference="柳北党备〔2025〕17号")
    add(database, case, StepKind.REVIEW, D(2026, 3, 2))
    add(database, case, StepKind.TRAINING, D(2026, 4, 20), days=3, class_hours=24)
    add(database, case, StepKind.COMMITTEE_REVIEW, D(2026, 9, 8))
    add(database, case, StepKind.PRE_REVIEW, D(2026, 9, 18))
    add(database, case, StepKind.APPLICATION_FORM, D(2026, 9, 22), reference="志愿书 No.0012")


def test_working_days_over_national_day_2026(database):
    with database.session() as s:
        assert notice.notice_end(s, D(2026, 9, 29), 5) == D(2026, 10, 10), "29, 30 Sept; 8, 9 Oct; Saturday 10 Oct"
        assert notice.length(s, D(2026, 9, 29), D(2026, 10, 9)) == 4
        assert notice.notice_end(s, D(2026, 9, 21), 5) == D(2026, 9, 28), "21-24 Sept, then 中秋 (25-27), then 28"
        assert notice.notice_end(s, D(2026, 10, 3), 1) == D(2026, 10, 8), "a notice put up on a holiday starts after it"


def test_the_notice_spans_national_day_and_the_vote_waits_for_its_end(office):
    database, members, person, case = office
    to_notice(database, case)
    assert refusal(database, case, StepKind.NOTICE, D(2026, 9, 29), ends_on=D(2026, 10, 9)) == ("ends_on",
                                                                                                  "notice_short")
    add(database, case, StepKind.NOTICE, D(2026, 9, 29))
    with database.session() as s:
        assert pipeline.case_detail(s, case).steps[-1].ends_on == D(2026, 10, 10)
        assert [i.kind for i in due.due_list(s, D(2026, 10, 9)) if i.case_id == case] == ["assessment"]
    early = general_meeting(database, D(2026, 10, 9), VoteKind.ADMISSION, person)
    assert refusal(database, case, StepKind.PROBATIONARY, D(2026, 10, 9), people=members,
                   meeting_id=early) == ("day", "notice_running")
    meeting = general_meeting(database, D(2026, 10, 12), VoteKind.ADMISSION, person)
    add(database, case, StepKind.PROBATIONARY, D(2026, 10, 12), people=members, meeting_id=meeting)
    with database.session() as s:
        assert pipeline.case_detail(s, case).stage is Stage.PROBATIONARY


def test_a_longer_notice_is_the_office_rule(office):
    database, _members, _person, case = office
    with database.session() as s:
        rules.save_rules(s, rules.Rules(notice_working_days=7))
    to_notice(database, case)
    add(database, case, StepKind.NOTICE, D(2026, 9, 29))
    with database.session() as s:
        assert pipeline.case_detail(s, case).steps[-1].ends_on == D(2026, 10, 13)


def test_target_steps_come_in_the_published_order(office):
    database, _members, _person, case = office
    add(database, case, StepKind.TARGET, D(2025, 10, 9))
    assert refusal(database, case, StepKind.COMMITTEE_REVIEW, D(2025, 10, 15)) == ("kind", "review_missing")
    add(database, case, StepKind.REVIEW, D(2025, 10, 15))
    assert refusal(database, case, StepKind.COMMITTEE_REVIEW, D(2025, 10, 16)) == ("kind", "filing_missing")
    add(database, case, StepKind.FILING, D(2025, 10, 20))
    assert refusal(database, case, StepKind.FILING, D(2025, 10, 21)) == ("kind", "already_filed")
    assert refusal(database, case, StepKind.PRE_REVIEW, D(2025, 10, 21)) == ("kind", "committee_review_missing")
    assert refusal(database, case, StepKind.APPLICATION_FORM, D(2025, 10, 21)) == ("kind", "pre_review_missing")
    add(database, case, StepKind.COMMITTEE_REVIEW, D(2025, 10, 21))
    add(database, case, StepKind.PRE_REVIEW, D(2025, 11, 3))
    add(database, case, StepKind.APPLICATION_FORM, D(2025, 11, 10))


def test_a_target_needs_the_activist_filed_first(database):
    with database.session() as s:
        mentor = people.add_person(s, PersonData(name="王书记", roles={Role.PARTY_MEMBER}), TODAY)
        person = people.add_person(s, PersonData(name="周强", birth_date=D(1998, 2, 1)), TODAY)
        case = pipeline.open_case(s, person, D(2024, 3, 1), today=TODAY)
        pipeline.add_step(s, case, StepData(StepKind.TALK, D(2024, 3, 15)), today=TODAY)
        pipeline.add_step(s, case, StepData(StepKind.ACTIVIST, D(2024, 4, 10), people=(mentor,)), today=TODAY)
        owed = [(i.kind, i.due) for i in due.due_list(s, D(2024, 4, 20)) if i.case_id == case]
    assert owed == [("filing", D(2024, 5, 10))]
    assert refusal(database, case, StepKind.TARGET, D(2025, 5, 1)) == ("kind", "filing_missing")


def test_the_admission_needs_the_form_the_notice_and_a_passed_vote_of_that_meeting(office):
    database, members, person, case = office
    add(database, case, StepKind.TARGET, D(2025, 10, 9))
    add(database, case, StepKind.FILING, D(2025, 10, 20))
    add(database, case, StepKind.REVIEW, D(2026, 3, 2))
    add(database, case, StepKind.TRAINING, D(2026, 4, 20), days=3, class_hours=24)
    add(database, case, StepKind.COMMITTEE_REVIEW, D(2026, 9, 8))
    add(database, case, StepKind.PRE_REVIEW, D(2026, 9, 18))
    assert refusal(database, case, StepKind.PROBATIONARY, D(2026, 10, 12), people=members) == ("kind", "form_missing")
    add(database, case, StepKind.APPLICATION_FORM, D(2026, 9, 22))
    assert refusal(database, case, StepKind.PROBATIONARY, D(2026, 10, 12), people=members) == ("kind",
                                                                                               "notice_missing")
    add(database, case, StepKind.NOTICE, D(2026, 9, 29))
    assert refusal(database, case, StepKind.PROBATIONARY, D(2026, 10, 12), people=members) == ("meeting",
                                                                                               "vote_missing")
    failed = general_meeting(database, D(2026, 10, 12), VoteKind.ADMISSION, person, passed=False)
    assert refusal(database, case, StepKind.PROBATIONARY, D(2026, 10, 12), people=members,
                   meeting_id=failed) == ("meeting", "vote_failed")
    other = general_meeting(database, D(2026, 10, 13), VoteKind.CONVERSION, person)
    assert refusal(database, case, StepKind.PROBATIONARY, D(2026, 10, 13), people=members,
                   meeting_id=other) == ("meeting", "vote_not_found")
    assert refusal(database, case, StepKind.PROBATIONARY, D(2026, 10, 14), people=members,
                   meeting_id=other) == ("meeting", "vote_day")


def test_after_the_vote_the_organisers_talk_the_approval_within_three_months_and_the_oath(office):
    database, members, person, case = office
    to_notice(database, case)
    add(database, case, StepKind.NOTICE, D(2026, 9, 29))
    add(database, case, StepKind.PROBATIONARY, D(2026, 10, 12), people=members,
        meeting_id=general_meeting(database, D(2026, 10, 12), VoteKind.ADMISSION, person))
    assert refusal(database, case, StepKind.OATH, D(2026, 10, 20)) == ("kind", "approval_missing")
    assert refusal(database, case, StepKind.APPROVAL, D(2026, 10, 20)) == ("kind", "organiser_talk_missing")
    add(database, case, StepKind.ORGANISER_TALK, D(2026, 10, 26), note="街道党工委组织员")
    with database.session() as s:
        assert [(i.kind, i.due) for i in due.due_list(s, D(2026, 11, 2), horizon_days=90)
                if i.case_id == case] == [("approval", D(2027, 1, 12))]
        assert StepKind.APPROVAL in pipeline.next_kinds(s, case)
    add(database, case, StepKind.APPROVAL, D(2026, 11, 5))
    assert refusal(database, case, StepKind.ORGANISER_TALK, D(2026, 11, 6)) == ("kind", "already_approved")
    add(database, case, StepKind.OATH, D(2026, 11, 6))
    with database.session() as s:
        assert StepKind.APPROVAL not in pipeline.next_kinds(s, case), "nothing awaits approval"


def test_conversion_extension_and_cancellation_are_voted_and_approved(office):
    database, members, person, case = office
    to_notice(database, case)
    add(database, case, StepKind.NOTICE, D(2026, 9, 29))
    add(database, case, StepKind.PROBATIONARY, D(2026, 10, 12), people=members,
        meeting_id=general_meeting(database, D(2026, 10, 12), VoteKind.ADMISSION, person))
    add(database, case, StepKind.ORGANISER_TALK, D(2026, 10, 26))
    add(database, case, StepKind.APPROVAL, D(2026, 11, 5))
    later = dt.date(2027, 10, 15)
    assert refusal(database, case, StepKind.FULL, later) == ("kind", "conversion_application_missing")
    assert refusal(database, case, StepKind.EXTENSION, later, months=6) == ("meeting", "vote_missing")
    assert refusal(database, case, StepKind.CANCELLED, later, note="取消") == ("meeting", "vote_missing")
    with database.session() as s:
        pipeline.add_step(s, case, StepData(StepKind.CONVERSION_APPLICATION, D(2027, 10, 8)), today=TODAY)
        meeting = vote(s, later, VoteKind.CONVERSION, person, None, TODAY)
        pipeline.add_step(s, case, StepData(StepKind.FULL, later, meeting_id=meeting), today=TODAY)
        file = pipeline.case_detail(s, case)
        assert (file.stage, file.closed_on) == (Stage.FULL, None)
        assert [(i.kind, i.due) for i in due.due_list(s, later, 92) if i.case_id == case] == [("approval",
                                                                                          D(2028, 1, 15))]
        pipeline.add_step(s, case, StepData(StepKind.APPROVAL, D(2027, 11, 20)), today=TODAY)
        assert pipeline.case_detail(s, case).closed_on == D(2027, 11, 20)


def test_a_cancelled_probation_is_voted_then_approved_within_three_months(office):
    """Cancelling a probation is decided as the admission was: the general meeting's vote, then the higher
    committee's approval within three months (支部工作条例 第十一条; 细则 第二十条 and the articles after it, as
    development/decisions.py cites them); until then the approval is awaited."""
    database, members, person, case = office
    to_notice(database, case)
    add(database, case, StepKind.NOTICE, D(2026, 9, 29))
    add(database, case, StepKind.PROBATIONARY, D(2026, 10, 12), people=members,
        meeting_id=general_meeting(database, D(2026, 10, 12), VoteKind.ADMISSION, person))
    add(database, case, StepKind.ORGANISER_TALK, D(2026, 10, 26))
    add(database, case, StepKind.APPROVAL, D(2026, 11, 5))
    day = D(2027, 3, 15)
    add(database, case, StepKind.CANCELLED, day, note="不履行党员义务，经教育仍无转变",
        meeting_id=general_meeting(database, day, VoteKind.CANCELLATION, person))
    with database.session() as s:
        assert pipeline.next_kinds(s, case) == (StepKind.APPROVAL,)
    assert refusal(database, case, StepKind.APPROVAL, D(2027, 6, 16)) == ("day", "approval_late")
    add(database, case, StepKind.APPROVAL, D(2027, 6, 15))
    with database.session() as s:
        file = pipeline.case_detail(s, case)
        assert file.stage is Stage.CANCELLED
        assert pipeline.next_kinds(s, case) == (), "approved: nothing more is awaited"
