"""One person walked through every stage, and every rule breach refused (or, where allowed, justified)."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import (
    VoteKind,
    Education,
    Gender,
    Meeting,
    MeetingType,
    Role,
    Stage,
    StepKind,
    TrainingParticipant,
    TrainingSession,
)
from partyplan.development import pipeline, rules
from partyplan.development.pipeline import InvalidStep, StepData
from partyplan.people import service as people

from . import record, vote
from partyplan.people.validation import PersonData

TODAY = dt.date(2026, 12, 1)
D = dt.date


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """An applicant, two members who mentor and sponsor, a volunteer who is no member, a general meeting."""
    with database.session() as s:
        ids = {
            "applicant": people.add_person(s, PersonData(name="林晓", gender=Gender.FEMALE, birth_date=D(2000, 5, 1),
                                                         education=Education.BACHELOR), TODAY),
            "mentor": people.add_person(s, PersonData(name="王书记", roles={Role.PARTY_MEMBER, Role.CADRE}), TODAY),
            "sponsor": people.add_person(s, PersonData(name="李委员", roles={Role.PARTY_MEMBER}), TODAY),
            "volunteer": people.add_person(s, PersonData(name="赵志愿", roles={Role.VOLUNTEER}), TODAY),
            "young": people.add_person(s, PersonData(name="小周", birth_date=D(2009, 3, 1)), TODAY),
            "unknown": people.add_person(s, PersonData(name="无生日"), TODAY),
        }
        kind = MeetingType(key="general_meeting", name="支部党员大会", name_en="Branch general meeting")
        s.add(kind)
        s.flush()
        meeting = Meeting(type_id=kind.id, title="", planned_on=D(2025, 5, 20), held_on=D(2025, 5, 20))
        s.add(meeting)
        s.flush()
        ids["meeting"] = meeting.id
    return database, ids


def step(database, case_id: int, kind: StepKind, day: dt.date, **fields) -> int:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return record(s, case_id, StepData(kind, day, **fields), today=TODAY)


def refused(database, case_id: int, kind: StepKind, day: dt.date, **fields):  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidStep) as info:
        step(database, case_id, kind, day, **fields)
    return info.value


def detail(database, case_id: int) -> pipeline.CaseDetail:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return pipeline.case_detail(s, case_id)


def open_case(database, person_id: int, day: dt.date, **fields) -> int:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return pipeline.open_case(s, person_id, day, today=TODAY, **fields)


def allow(database, *checks: str) -> None:  # type: ignore[no-untyped-def]
    with database.session() as s:
        current = rules.load_rules(s)
        rules.save_rules(s, rules.Rules(**{n: getattr(current, n) for n in rules.NUMBERS},
                                        exceptions=current.exceptions | set(checks)))


def test_one_person_through_every_stage(office):
    """Every standard step of 《中国共产党发展党员工作细则》 on real dates, each through the pipeline itself."""
    database, ids = office
    sponsors = (ids["mentor"], ids["sponsor"])

    def add(kind: StepKind, day: dt.date, **fields) -> None:  # type: ignore[no-untyped-def]
        with database.session() as s:
            pipeline.add_step(s, case, StepData(kind, day, **fields), today=TODAY)

    def general_meeting(day: dt.date, kind: VoteKind, meeting_id: int | None = None) -> int:
        with database.session() as s:
            return vote(s, day, kind, ids["applicant"], meeting_id, TODAY)

    case = open_case(database, ids["applicant"], D(2024, 1, 10), note="递交入党申请书")
    add(StepKind.TALK, D(2024, 1, 25), by_id=ids["mentor"], note="谈话")
    add(StepKind.MENTORS, D(2024, 1, 25), people=(ids["sponsor"],))
    assert detail(database, case).stage is Stage.APPLICANT
    add(StepKind.ACTIVIST, D(2024, 3, 1), people=(ids["mentor"],), note="支委会研究决定")
    add(StepKind.FILING, D(2024, 3, 8), reference="柳北党备〔2024〕3号")
    add(StepKind.ASSESSMENT, D(2024, 9, 1), by_id=ids["mentor"])
    add(StepKind.ASSESSMENT, D(2025, 3, 1), by_id=ids["mentor"])
    add(StepKind.TARGET, D(2025, 3, 5))
    add(StepKind.FILING, D(2025, 3, 12))
    add(StepKind.SPONSORS, D(2025, 3, 12), people=sponsors)
    add(StepKind.REVIEW, D(2025, 3, 20))
    add(StepKind.TRAINING, D(2025, 4, 10), days=3, class_hours=24)
    add(StepKind.COMMITTEE_REVIEW, D(2025, 4, 15))
    add(StepKind.PRE_REVIEW, D(2025, 4, 22))
    add(StepKind.APPLICATION_FORM, D(2025, 4, 25), reference="志愿书 0012")
    add(StepKind.NOTICE, D(2025, 5, 6))
    general_meeting(D(2025, 5, 20), VoteKind.ADMISSION, ids["meeting"])
    add(StepKind.PROBATIONARY, D(2025, 5, 20), meeting_id=ids["meeting"])  # the sponsors named in March
    with database.session() as s:
        member = people.get_person(s, ids["applicant"])
    assert Role.PARTY_MEMBER in member.roles and member.joined_date == D(2025, 5, 20), "admission joins the party"
    assert member.party_category == "registered"
    add(StepKind.ORGANISER_TALK, D(2025, 6, 3), note="街道党工委组织员谈话")
    add(StepKind.APPROVAL, D(2025, 7, 1))
    add(StepKind.OATH, D(2025, 7, 1))
    extension = general_meeting(D(2026, 5, 10), VoteKind.EXTENSION)
    add(StepKind.EXTENSION, D(2026, 5, 10), months=6, note="支部大会决定延长预备期", meeting_id=extension)
    add(StepKind.APPROVAL, D(2026, 6, 2))
    add(StepKind.CONVERSION_APPLICATION, D(2026, 11, 10))
    conversion = general_meeting(D(2026, 11, 20), VoteKind.CONVERSION)
    add(StepKind.FULL, D(2026, 11, 20), meeting_id=conversion)
    assert (detail(database, case).stage, detail(database, case).closed_on) == (Stage.FULL, None), "awaits approval"
    add(StepKind.APPROVAL, D(2026, 11, 20))

    file = detail(database, case)
    assert file.stage is Stage.FULL and file.closed_on == D(2026, 11, 20)
    assert [s.kind for s in file.steps] == [
        StepKind.APPLICATION, StepKind.TALK, StepKind.MENTORS, StepKind.ACTIVIST, StepKind.FILING,
        StepKind.ASSESSMENT, StepKind.ASSESSMENT, StepKind.TARGET, StepKind.FILING, StepKind.SPONSORS,
        StepKind.REVIEW, StepKind.TRAINING, StepKind.COMMITTEE_REVIEW, StepKind.PRE_REVIEW,
        StepKind.APPLICATION_FORM, StepKind.NOTICE, StepKind.PROBATIONARY, StepKind.ORGANISER_TALK,
        StepKind.APPROVAL, StepKind.OATH, StepKind.EXTENSION, StepKind.APPROVAL, StepKind.CONVERSION_APPLICATION,
        StepKind.FULL, StepKind.APPROVAL]
    by_kind = {}
    for row in file.steps:
        by_kind.setdefault(row.kind, row)  # the first of each kind
    assert (by_kind[StepKind.TALK].by_name, by_kind[StepKind.TALK].note) == ("王书记", "谈话")
    assert by_kind[StepKind.ACTIVIST].people == ((ids["mentor"], "王书记"),)
    assert by_kind[StepKind.FILING].reference == "柳北党备〔2024〕3号"
    assert by_kind[StepKind.NOTICE].ends_on == D(2025, 5, 12), "five working days: 6, 7, 8, 9 and 12 May"
    admission = by_kind[StepKind.PROBATIONARY]
    assert {name for _i, name in admission.people} == {"王书记", "李委员"}
    assert admission.meeting_title == "2025-05-20 支部党员大会"
    assert (by_kind[StepKind.EXTENSION].months, file.training_days, file.training_hours) == (6, 3, 24)
    assert refused(database, case, StepKind.ASSESSMENT, D(2026, 11, 30)).code == "wrong_stage", "a closed file"


@pytest.fixture
def applicant(office):  # type: ignore[no-untyped-def]
    database, ids = office
    return database, ids, open_case(database, ids["applicant"], D(2024, 1, 10))


def test_applicants_under_age_or_of_unknown_age_are_refused(office):
    database, ids = office
    with pytest.raises(InvalidStep) as info:
        open_case(database, ids["young"], D(2026, 11, 1))
    assert (info.value.code, info.value.needs_justification, info.value.limits) == ("too_young", False, (18,))
    with pytest.raises(InvalidStep) as info:
        open_case(database, ids["unknown"], D(2026, 11, 1))
    assert info.value.code == "birth_unknown"
    with database.session() as s:
        assert pipeline.people_with_open_files(s) == set(), "nothing was stored"
    with pytest.raises(InvalidStep) as info:
        open_case(database, ids["mentor"], D(2026, 11, 1))
    assert info.value.code == "already_member"


def test_where_age_exceptions_are_allowed_the_justification_is_kept(office):
    database, ids = office
    allow(database, "age")
    with pytest.raises(InvalidStep) as info:
        open_case(database, ids["young"], D(2026, 11, 1))
    assert (info.value.code, info.value.needs_justification) == ("too_young", True)
    case = open_case(database, ids["young"], D(2026, 11, 1), justification="  上级党委特批  ")
    assert detail(database, case).steps[0].justification == "上级党委特批"


def test_dates_in_order_not_in_the_future_one_open_file(applicant):
    database, ids, case = applicant
    assert refused(database, case, StepKind.TALK, D(2026, 12, 2)).code == "future"
    assert refused(database, case, StepKind.TALK, D(2024, 1, 9)).code == "before_previous"
    assert refused(database, case, StepKind.APPROVAL, D(2024, 1, 20)).code == "wrong_stage"
    with pytest.raises(InvalidStep) as info:
        open_case(database, ids["applicant"], D(2024, 2, 1))
    assert (info.value.field, info.value.code) == ("person", "already_open")


def test_a_late_talk_needs_a_justification(applicant):
    database, _ids, case = applicant
    error = refused(database, case, StepKind.TALK, D(2024, 3, 1))
    assert (error.field, error.code, error.needs_justification, error.limits) == ("day", "talk_late", True, (1,))
    assert refused(database, case, StepKind.TALK, D(2024, 3, 1), justification="   ").needs_justification
    step(database, case, StepKind.TALK, D(2024, 3, 1), justification="申请人外出务工")
    assert detail(database, case).steps[-1].justification == "申请人外出务工"


def test_a_justification_without_a_breach_is_not_kept(applicant):
    database, _ids, case = applicant
    step(database, case, StepKind.TALK, D(2024, 1, 20), justification="不需要")
    assert detail(database, case).steps[-1].justification == ""


def test_activist_needs_the_talk_and_one_or_two_member_mentors(applicant):
    database, ids, case = applicant
    assert refused(database, case, StepKind.ACTIVIST, D(2024, 2, 1), people=(ids["mentor"],)).code == "talk_missing"
    step(database, case, StepKind.TALK, D(2024, 1, 20))
    assert refused(database, case, StepKind.ACTIVIST, D(2024, 2, 1)).code == "mentors_count"
    error = refused(database, case, StepKind.ACTIVIST, D(2024, 2, 1),
                    people=(ids["mentor"], ids["sponsor"], ids["unknown"]))
    assert (error.field, error.code, error.limits) == ("people", "mentors_count", (1, 2))
    assert not error.needs_justification
    assert refused(database, case, StepKind.ACTIVIST, D(2024, 2, 1), people=(ids["volunteer"],)).code == "not_member"
    assert refused(database, case, StepKind.ACTIVIST, D(2024, 2, 1), people=(ids["applicant"],)).code == "self"
    step(database, case, StepKind.ACTIVIST, D(2024, 2, 1), people=(ids["mentor"], ids["sponsor"]))
    assert detail(database, case).stage is Stage.ACTIVIST


@pytest.fixture
def activist(applicant):  # type: ignore[no-untyped-def]
    database, ids, case = applicant
    step(database, case, StepKind.TALK, D(2024, 1, 20))
    step(database, case, StepKind.ACTIVIST, D(2024, 3, 1), people=(ids["mentor"],))
    return database, ids, case


def test_development_target_only_after_a_year_as_activist(activist):
    database, _ids, case = activist
    error = refused(database, case, StepKind.TARGET, D(2025, 2, 28))
    assert (error.code, error.needs_justification, error.limits) == ("target_too_early", False, (12,))
    allow(database, "target_wait")
    assert refused(database, case, StepKind.TARGET, D(2025, 2, 28)).needs_justification
    step(database, case, StepKind.TARGET, D(2025, 2, 28), justification="县委组织部同意提前")
    assert detail(database, case).stage is Stage.TARGET


@pytest.fixture
def target(activist):  # type: ignore[no-untyped-def]
    database, ids, case = activist
    step(database, case, StepKind.TARGET, D(2025, 3, 1))
    return database, ids, case


def test_admission_needs_review_training_notice_and_two_sponsors(target):
    database, ids, case = target
    sponsors = (ids["mentor"], ids["sponsor"])
    assert refused(database, case, StepKind.TRAINING, D(2025, 3, 10)).code == "required"
    assert refused(database, case, StepKind.PROBATIONARY, D(2025, 5, 1), people=sponsors).code == "review_missing"
    step(database, case, StepKind.REVIEW, D(2025, 3, 20))
    assert refused(database, case, StepKind.PROBATIONARY, D(2025, 5, 1),
                   people=sponsors).code == "committee_review_missing"
    step(database, case, StepKind.TRAINING, D(2025, 4, 1), days=2, class_hours=16)
    step(database, case, StepKind.NOTICE, D(2025, 4, 20))
    error = refused(database, case, StepKind.PROBATIONARY, D(2025, 5, 1), people=sponsors)
    assert (error.field, error.code, error.limits) == ("training", "training_short", (3, 24))
    with database.session() as s:  # the Training tab's session counts toward the training step
        session = TrainingSession(title="发展对象培训班", kind="development_target", start=D(2025, 4, 15),
                                  end=D(2025, 4, 15), days=0.5, class_hours=8)
        s.add(session)
        s.flush()
        s.add(TrainingParticipant(session_id=session.id, person_id=ids["applicant"], attended=True))
    error = refused(database, case, StepKind.PROBATIONARY, D(2025, 5, 1), people=(ids["mentor"],))
    assert (error.code, error.limits) == ("sponsors_count", (2, 2))
    with database.session() as s, pytest.raises(InvalidStep) as info:
        pipeline.add_step(s, case, StepData(StepKind.PROBATIONARY, D(2025, 5, 1), people=sponsors, meeting_id=99999),
                          today=TODAY)
    assert (info.value.field, info.value.code) == ("meeting", "not_found")
    step(database, case, StepKind.PROBATIONARY, D(2025, 5, 1), people=sponsors)  # 2.5 days, but 24 class hours
    assert (detail(database, case).training_days, detail(database, case).training_hours) == (2.5, 24)


def test_training_before_becoming_a_target_does_not_count(target):
    database, ids, case = target
    with database.session() as s:
        session = TrainingSession(title="积极分子培训", start=D(2024, 6, 1), end=D(2024, 6, 3), days=3, class_hours=24)
        s.add(session)
        s.flush()
        s.add(TrainingParticipant(session_id=session.id, person_id=ids["applicant"], attended=True))
    step(database, case, StepKind.REVIEW, D(2025, 3, 20))
    step(database, case, StepKind.NOTICE, D(2025, 4, 20))
    assert refused(database, case, StepKind.PROBATIONARY, D(2025, 5, 1),
                   people=(ids["mentor"], ids["sponsor"])).code == "training_short"


@pytest.fixture
def probationary(target):  # type: ignore[no-untyped-def]
    database, ids, case = target
    step(database, case, StepKind.REVIEW, D(2025, 3, 20))
    step(database, case, StepKind.TRAINING, D(2025, 4, 1), days=3, class_hours=24)
    step(database, case, StepKind.NOTICE, D(2025, 4, 20))
    step(database, case, StepKind.PROBATIONARY, D(2025, 5, 20), people=(ids["mentor"], ids["sponsor"]))
    return database, ids, case


def test_approval_within_three_months_or_justified(probationary):
    database, _ids, case = probationary
    assert refused(database, case, StepKind.FULL, D(2026, 6, 1)).code == "approval_missing"
    error = refused(database, case, StepKind.APPROVAL, D(2025, 8, 21))
    assert (error.code, error.needs_justification, error.limits) == ("approval_late", True, (3,))
    step(database, case, StepKind.APPROVAL, D(2025, 8, 21), justification="上级党委换届，审批顺延")
    assert refused(database, case, StepKind.APPROVAL, D(2025, 9, 1)).code == "already_done"


def test_full_membership_after_the_probation_and_extensions_within_limits(probationary):
    database, _ids, case = probationary
    step(database, case, StepKind.APPROVAL, D(2025, 7, 1))
    error = refused(database, case, StepKind.FULL, D(2026, 5, 19))
    assert (error.code, error.limits) == ("probation_short", (12,))
    assert refused(database, case, StepKind.EXTENSION, D(2026, 5, 10)).code == "required"
    error = refused(database, case, StepKind.EXTENSION, D(2026, 5, 10), months=3)
    assert (error.field, error.code, error.limits) == ("months", "extension_length", (6, 12))
    step(database, case, StepKind.EXTENSION, D(2026, 5, 10), months=6)
    assert refused(database, case, StepKind.FULL, D(2026, 5, 20)).code == "approval_pending", "extension approved?"
    step(database, case, StepKind.APPROVAL, D(2026, 6, 1))
    assert refused(database, case, StepKind.EXTENSION, D(2026, 6, 11), months=6).code == "extension_again"
    assert refused(database, case, StepKind.FULL, D(2026, 6, 20)).code == "probation_short", "extended by 6 months"
    step(database, case, StepKind.FULL, D(2026, 11, 20))
    assert detail(database, case).stage is Stage.FULL


def test_cancelled_probation_needs_a_reason_and_leaves_the_party(probationary):
    database, ids, case = probationary
    assert refused(database, case, StepKind.CANCELLED, D(2025, 10, 1)).field == "note"
    step(database, case, StepKind.CANCELLED, D(2025, 10, 1), note="不履行党员义务，支部大会决定取消预备党员资格")
    file = detail(database, case)
    assert (file.stage, file.closed_on) == (Stage.CANCELLED, D(2025, 10, 1))
    with database.session() as s:
        person = people.get_person(s, ids["applicant"])
        assert Role.PARTY_MEMBER not in person.roles and person.joined_date is None
        assert pipeline.open_case_of(s, ids["applicant"]) is None, "the closed file lets a new one open later"


def test_taking_back_steps_undoes_their_effects(probationary):
    database, ids, case = probationary
    with database.session() as s:
        assert pipeline.delete_last_step(s, case) is False
    file = detail(database, case)
    assert file.stage is Stage.TARGET and file.steps[-1].kind is StepKind.NOTICE
    with database.session() as s:
        assert Role.PARTY_MEMBER not in people.get_person(s, ids["applicant"]).roles, "the admission is undone"


def test_taking_back_a_cancellation_makes_the_member_again(probationary):
    database, ids, case = probationary
    step(database, case, StepKind.CANCELLED, D(2025, 10, 1), note="误录")
    with database.session() as s:
        pipeline.delete_last_step(s, case)
        person = people.get_person(s, ids["applicant"])
    assert Role.PARTY_MEMBER in person.roles and person.joined_date == D(2025, 5, 20)
    file = detail(database, case)
    assert (file.stage, file.closed_on) == (Stage.PROBATIONARY, None)


def test_taking_back_the_application_removes_the_file(applicant):
    database, ids, case = applicant
    with database.session() as s:
        assert pipeline.delete_last_step(s, case) is True
        assert pipeline.open_case_of(s, ids["applicant"]) is None
