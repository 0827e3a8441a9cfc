"""Demo member development: people at every stage with realistic dates, one talk overdue, one approval
overdue, a probation ending this month, and the three-year development plan whose targets the
statistics are held against. Every step goes through the pipeline, so the demo obeys the rules."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import (
    Comparison,
    Education,
    MeetingType,
    Person,
    PlanKind,
    Presence,
    Role,
    StepKind,
    VoteKind,
)
from partyplan.development import pipeline
from partyplan.development.pipeline import StepData, add_months
from partyplan.meetings import service as meetings
from partyplan.meetings import types
from partyplan.meetings.service import AttendeeData
from partyplan.members import roll
from partyplan.people import service as people
from partyplan.plans import service as plans
from partyplan.plans import targets

APPLY, TALK, ACT, ASSESS, TGT, REVIEW, TRAIN, NOTICE, ADMIT, APPROVE, EXTEND, FULL, CLOSE = (
    StepKind.APPLICATION, StepKind.TALK, StepKind.ACTIVIST, StepKind.ASSESSMENT, StepKind.TARGET, StepKind.REVIEW,
    StepKind.TRAINING, StepKind.NOTICE, StepKind.PROBATIONARY, StepKind.APPROVAL, StepKind.EXTENSION, StepKind.FULL,
    StepKind.CANCELLED)
THIS_MONTH = None  # admitted so that the year's probation ends later this month
# Each file as steps (kind, months ago, days further back). The most telling files come first, so that a small
# register still shows the overdue talk and the overdue approval; then those admitted, who get the youngest.
PROFILES: list[list[tuple[StepKind, int | None, int]]] = [
    [(APPLY, 1, 20)],  # the talk is overdue
    [(APPLY, 36, 0), (TALK, 36, -20), (ACT, 32, 0), (ASSESS, 26, 0), (ASSESS, 20, 0), (TGT, 8, 0), (REVIEW, 7, 0),
     (TRAIN, 6, 0), (NOTICE, 5, 10), (ADMIT, 4, 0)],  # the higher approval is overdue
    [(APPLY, 40, 0), (TALK, 40, -15), (ACT, 37, 0), (ASSESS, 31, 0), (ASSESS, 25, 0), (TGT, 18, 0), (REVIEW, 17, 0),
     (TRAIN, 16, 0), (NOTICE, 15, 10), (ADMIT, THIS_MONTH, 0), (APPROVE, 10, 0)],  # probation ends this month
    [(APPLY, 44, 0), (TALK, 44, -20), (ACT, 40, 0), (ASSESS, 34, 0), (TGT, 26, 0), (ASSESS, 25, 20), (REVIEW, 25, 0),
     (TRAIN, 24, 0), (NOTICE, 21, 10), (ADMIT, 20, 0), (APPROVE, 18, 0), (ASSESS, 14, 0), (FULL, 8, 0)],
    # every step of the file: with the steps _record adds, nothing of the standard checklist is missing
    [(APPLY, 32, 0), (TALK, 32, -10), (ACT, 29, 0), (ASSESS, 23, 0), (TGT, 11, 0), (REVIEW, 10, 0), (TRAIN, 9, 0),
     (NOTICE, 8, 5), (ADMIT, 7, 0), (APPROVE, 6, 10)],
    [(APPLY, 42, 0), (TALK, 42, -20), (ACT, 38, 0), (ASSESS, 32, 0), (TGT, 24, 0), (REVIEW, 23, 0), (TRAIN, 22, 0),
     (NOTICE, 17, 10), (ADMIT, 16, 0), (APPROVE, 14, 0), (EXTEND, 4, 0)],  # probation extended by six months
    [(APPLY, 33, 0), (TALK, 33, -9), (ACT, 29, 0), (ASSESS, 23, 0), (TGT, 16, 0), (REVIEW, 15, 20), (TRAIN, 15, 10),
     (NOTICE, 15, 0), (ADMIT, 14, 0), (APPROVE, 12, 0), (FULL, 2, 0)],
    [(APPLY, 30, 0), (TALK, 30, -20), (ACT, 27, 0), (ASSESS, 21, 0), (ASSESS, 15, 0), (TGT, 3, 0), (REVIEW, 2, 0),
     (TRAIN, 1, 15), (NOTICE, 0, 12)],  # ready for the admission vote
    [(APPLY, 20, 0), (TALK, 20, -10), (ACT, 17, 0), (ASSESS, 11, 0), (ASSESS, 5, 0)],  # may become a target
    [(APPLY, 0, 10)],
    [(APPLY, 10, 0), (TALK, 10, -5), (ACT, 8, 0), (ASSESS, 2, 0)],
    [(APPLY, 26, 0), (TALK, 26, -20), (ACT, 16, 0), (ASSESS, 10, 0), (TGT, 2, 0), (REVIEW, 1, 0)],
    [(APPLY, 3, 0), (TALK, 3, -14)],
    [(APPLY, 14, 0), (TALK, 14, -12), (ACT, 11, 0), (ASSESS, 5, 10)],
    [(APPLY, 9, 0), (TALK, 9, -10), (ACT, 5, 20)],  # an assessment falls due within days
    [(APPLY, 16, 0), (TALK, 16, -40), (ACT, 13, 0), (ASSESS, 7, 0), (ASSESS, 1, 0)],  # a late talk, with the reason
    [(APPLY, 8, 0), (TALK, 8, -5), (ACT, 4, 0)],
    [(APPLY, 7, 0), (TALK, 7, -8), (ACT, 3, 0)],
    [(APPLY, 12, 0), (TALK, 12, -10), (ACT, 9, 0), (CLOSE, 2, 0)],  # moved away: the file is closed
    [(APPLY, 5, 0), (TALK, 5, -6), (ACT, 1, 0)],
]
EDUCATIONS = (Education.BACHELOR, Education.COLLEGE, Education.BACHELOR, Education.POSTGRADUATE, Education.SENIOR,
              Education.BACHELOR, Education.COLLEGE, Education.JUNIOR)
NOTES = {StepKind.MENTORS: "指定培养联系人", StepKind.SPONSORS: "本人请求，支部同意",
         TALK: "了解入党动机，介绍党的基本知识", ASSESS: "表现良好，积极参加社区志愿服务", REVIEW: "政审合格",
         ACT: "支委会研究确定", TGT: "支委会讨论同意", StepKind.COMMITTEE_REVIEW: "支委会审查合格",
         StepKind.PRE_REVIEW: "街道党工委预审合格", StepKind.OATH: "面向党旗进行入党宣誓",
         StepKind.CONVERSION_APPLICATION: "本人提交书面转正申请", StepKind.ORGANISER_TALK: "街道党工委组织员谈话",
         NOTICE: "公示5个工作日，无异议", TRAIN: "参加街道党工委发展对象集中培训", ADMIT: "支部党员大会表决通过",
         APPROVE: "街道党工委批准", FULL: "支部大会讨论通过，按期转正", EXTEND: "支部大会决定延长预备期",
         CLOSE: "工作调动，迁出本社区"}
LATE_TALK = "申请人外出务工，返回后即谈话"


def fill(session: Session, person_ids: list[int], cadre_ids: list[int], *, today: dt.date, seed: int = 2026) -> int:
    """Open files for people in `person_ids` who are not party members; returns how many files."""
    rng = random.Random(seed)
    sponsors = _party_members(session, cadre_ids, today) or _party_members(session, person_ids, today)
    candidates = [p for p in session.scalars(select(Person).where(Person.id.in_(person_ids)).order_by(
        Person.birth_date.desc(), Person.id)) if Role.PARTY_MEMBER not in p.role_set and not p.archived]
    count = 0
    for n, profile in enumerate(PROFILES):
        steps = _dated(profile, today)
        person = next((p for p in candidates if p.birth_date and pipeline.people_age(p.birth_date, steps[0][1]) >= 19),
                      None)
        if person is None or len(sponsors) < 2:
            break
        candidates.remove(person)
        _set_education(session, person.id, EDUCATIONS[n % len(EDUCATIONS)], today)
        _record(session, person.id, steps, sponsors, rng, today)
        count += 1
    _plan(session, today)
    return count


def _dated(profile: list[tuple[StepKind, int | None, int]], today: dt.date) -> list[tuple[StepKind, dt.date]]:
    month_end = add_months(today.replace(day=1), 1) - dt.timedelta(days=1)
    ends = min(today + dt.timedelta(days=3), month_end)
    steps = [(kind, add_months(ends, -12) if months is THIS_MONTH else add_months(today, -months)
              - dt.timedelta(days=days)) for kind, months, days in profile]
    return [(kind, min(day, today)) for kind, day in steps]


def _record(session: Session, person_id: int, steps: list[tuple[StepKind, dt.date]], sponsors: list[int],
            rng: random.Random, today: dt.date) -> None:
    """The profile's steps, with the steps the rules put around them dated between its own: the filing a
    week after a committee decision, the branch committee's and the higher committee's reviews and the
    application form before the notice, a general meeting that votes on each decision it takes, the
    organiser's talk before the admission's approval, the oath after it, the written application before
    the conversion and the approval of an extension or a conversion a month after the vote."""
    (_kind, applied), *rest = steps
    case_id = pipeline.open_case(session, person_id, applied, note="递交入党申请书", today=today)
    filed = 0
    named: tuple[int, ...] = ()
    for n, (kind, day) in enumerate(rest):
        after = rest[n + 1][1] if n + 1 < len(rest) else today
        previous = rest[n - 1][1] if n else applied

        def add(extra: StepKind, on: dt.date, **fields) -> None:  # type: ignore[no-untyped-def]
            fields.setdefault("note", NOTES.get(extra, ""))
            pipeline.add_step(session, case_id, StepData(extra, on, **fields), today=today)

        if kind is NOTICE:
            for extra, back in ((StepKind.COMMITTEE_REVIEW, 12), (StepKind.PRE_REVIEW, 7),
                                (StepKind.APPLICATION_FORM, 3)):
                add(extra, max(previous, day - dt.timedelta(days=back)),
                    reference=f"柳北志〔{day.year}〕{person_id:03d}号" if extra is StepKind.APPLICATION_FORM else "")
        if kind is APPROVE and n and rest[n - 1][0] is ADMIT:
            add(StepKind.ORGANISER_TALK, max(previous, day - dt.timedelta(days=10)))
        if kind is FULL:
            add(StepKind.CONVERSION_APPLICATION, max(previous, day - dt.timedelta(days=12)))
        meeting = _vote(session, day, VOTES[kind], person_id, rng, today) if kind in VOTES else None
        if kind is ADMIT:
            chosen = named or tuple(rng.sample(sponsors, 2))
        else:
            chosen = tuple(rng.sample(sponsors, rng.choice((1, 2)))) if kind is ACT else ()
        late = kind is TALK and day > add_months(applied, 1)
        pipeline.add_step(session, case_id, StepData(
            kind, day, by_id=rng.choice(sponsors) if kind in (TALK, ASSESS) else None, note=NOTES.get(kind, ""),
            justification=LATE_TALK if late else "", days=3 if kind is TRAIN else None,
            class_hours=24 if kind is TRAIN else None, months=6 if kind is EXTEND else None, people=chosen,
            meeting_id=meeting), today=today)
        if kind is TALK:  # the applicant is given a mentor at the talk
            add(StepKind.MENTORS, day, people=(rng.choice(sponsors),))
        if kind in (ACT, TGT) and min(day + dt.timedelta(days=7), after) <= today:
            filed += 1
            add(StepKind.FILING, min(day + dt.timedelta(days=7), after),
                reference=f"柳北党备〔{day.year}〕{filed + person_id}号")
        if kind is TGT and min(day + dt.timedelta(days=14), after) <= today:
            named = tuple(rng.sample(sponsors, 2))
            add(StepKind.SPONSORS, min(day + dt.timedelta(days=14), after), people=named)
        if kind is APPROVE and min(day + dt.timedelta(days=5), after) <= today:
            add(StepKind.OATH, min(day + dt.timedelta(days=5), after))
        if kind in (EXTEND, FULL) and min(add_months(day, 1), after) <= today:
            add(APPROVE, min(add_months(day, 1), after))


VOTES = {ADMIT: VoteKind.ADMISSION, EXTEND: VoteKind.EXTENSION, FULL: VoteKind.CONVERSION}


def _vote(session: Session, day: dt.date, kind: VoteKind, person_id: int, rng: random.Random,
          today: dt.date) -> int:
    """A general meeting held on `day` that votes on the member's admission, extension or conversion."""
    types.seed_default_types(session)
    general = session.scalar(select(MeetingType.id).where(MeetingType.key == "general_meeting"))
    assert general is not None
    voters = [e.person_id for e in roll.voter_roll(session, day)]
    absent = set(rng.sample(voters, len(voters) // 10))
    attendees = tuple(AttendeeData(p, Presence.LEAVE if p in absent else Presence.PRESENT,
                                   "外出" if p in absent else "") for p in voters)
    present = len(voters) - len(absent)
    name = people.get_person(session, person_id).name
    text = {VoteKind.ADMISSION: f"同意接收{name}为中共预备党员", VoteKind.EXTENSION: f"同意延长{name}的预备期",
            VoteKind.CONVERSION: f"同意{name}按期转为中共正式党员"}[kind]
    meeting_id = meetings.create_meeting(session, meetings.MeetingData(general, day, title="支部党员大会",
                                                                       agenda=text))
    meetings.record_meeting(session, meeting_id, meetings.RecordData(
        day, dt.time(14, 30), "社区党群服务中心", attendees=attendees, agenda=text,
        minutes=f"支委会报告审查情况，入党介绍人介绍{name}的情况，与会党员充分讨论后无记名投票表决。",
        resolutions=(meetings.ResolutionData(text, voted=True, votes_for=present - 1, abstentions=1, kind=kind,
                                             subject_id=person_id),)), today=today)
    return meeting_id


def _set_education(session: Session, person_id: int, education: Education, today: dt.date) -> None:
    data = people.get_person(session, person_id).data()
    data.education = education
    people.update_person(session, person_id, data, today)


def _party_members(session: Session, ids: list[int], today: dt.date) -> list[int]:
    """Mentors and sponsors must be full members on every step's day: those full four years ago."""
    from partyplan.members.standing import Standing, standings

    full = standings(session, add_months(today, -48), ids)
    rows = session.scalars(select(Person).where(Person.id.in_(ids)).order_by(Person.id))
    return [p.id for p in rows if Role.PARTY_MEMBER in p.role_set and not p.archived
            and p.id in full and full[p.id].standing is Standing.FULL]


def _plan(session: Session, today: dt.date) -> int:
    first, last = today.year - 1, today.year + 1
    plan_id = plans.create_plan(session, plans.PlanData(
        year=first, end_year=last, kind=PlanKind.MULTI_YEAR, title=f"柳北桥社区党委{first}—{last}年发展党员工作规划",
        organization="柳北桥社区党委", dated=dt.date(first, 1, 15),
        guiding_text="坚持“控制总量、优化结构、提高质量、发挥作用”的总要求，有计划地发展党员。"))
    section = plans.add_section(session, plan_id, "发展目标", number="一")
    for n, title in enumerate(("每年发展新党员约4名，注重在青年中发展党员", "入党积极分子与发展对象保持约5∶1的比例",
                               "严格落实发展党员“五个阶段、二十五个步骤”，各环节按时限办理"), 1):
        plans.add_item(session, section, title, number=str(n), responsible_unit="社区党委")
    for indicator, value, unit, comparison, source in (
            ("每年发展新党员", 4, "名", Comparison.ABOUT, "dev_new_members"),
            ("35岁以下所占比例", 70, "%", Comparison.AT_LEAST, "dev_under35_share"),
            ("高中及以上学历所占比例", 85, "%", Comparison.AT_LEAST, "dev_senior_education_share"),
            ("女性所占比例", 26, "%", Comparison.AT_LEAST, "dev_women_share"),
            ("入党积极分子与发展对象之比", 5, "∶1", Comparison.ABOUT, "dev_activist_ratio")):
        targets.add_target(session, plan_id, targets.TargetData(indicator, value, unit, comparison, source))
    return plan_id
