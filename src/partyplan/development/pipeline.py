"""A person's development file: open it with the application, record each step, and check every step
against the rules before it is stored.

Mentors (培养联系人) and sponsors (入党介绍人) must be full members on the step's day, never probationary
ones: 《中国共产党发展党员工作细则》 names "一至两名正式党员" as an activist's mentors and 《中国共产党章程》
第五条 two full members (两名正式党员) as sponsors; standing is read as members/standing.py reads it. An
applicant is given one mentor (the office's number), an activist one or two, admission two sponsors.

The file follows the standard steps of the 细则, each a step of its own and checked in order: the branch
committee's decision on an activist (第二章) and on a development target (第三章), each filed with the
higher committee (备案) before the file moves on; six-monthly assessments; the political review and the
centralised training (第十七条); the branch committee's review and the higher committee's preliminary
review (第十九条), then the application form (入党志愿书, issued after the preliminary review); a public
notice of the office's number of working days (development/notice.py) that has ended before the vote;
the general meeting's vote on the admission (第二十条: a linked meeting and its passed vote, see
development/decisions.py); the organiser's talk before the higher committee's approval, which comes
within three months; the oath after it. Conversion takes a written application, the general meeting's
vote and the approval; an extension and a cancellation of the probation are voted and approved the
same way. A file is closed when the conversion is approved or the file is cancelled.

A step that breaks a rule is refused with InvalidStep(field, code). Where the office allows exceptions
to that rule (rules.exceptions), the same error says `needs_justification`, and the step is stored once
a justification is given; the justification stays with the step and appears in every report.
Admission as a probationary member makes the person a party member in People (joined on that day);
cancelling the probation, or taking the admission back, undoes that.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan import changes
from partyplan.db.models import (
    DevelopmentCase,
    DevelopmentStep,
    Meeting,
    MeetingType,
    Person,
    Role,
    Stage,
    StepKind,
    StepPerson,
    TrainingParticipant,
    TrainingSession,
)
from partyplan.db.concurrency import check_version, locked_get
from partyplan.development import decisions, notice
from partyplan.development.rules import Rules, load_rules
from partyplan.errors import PartyPlanError
from partyplan.people import service as people

# The step that moves a file into each stage.
STAGE_OF: dict[StepKind, Stage] = {
    StepKind.APPLICATION: Stage.APPLICANT, StepKind.ACTIVIST: Stage.ACTIVIST, StepKind.TARGET: Stage.TARGET,
    StepKind.PROBATIONARY: Stage.PROBATIONARY, StepKind.FULL: Stage.FULL, StepKind.CANCELLED: Stage.CANCELLED,
}  # fmt: skip
# What may be recorded at each stage, in the order the dialog offers it (APPROVAL at the last two stages
# only while a conversion or a cancellation awaits it; `next_kinds` says which apply to a file now).
ALLOWED: dict[Stage, tuple[StepKind, ...]] = {
    Stage.APPLICANT: (StepKind.TALK, StepKind.MENTORS, StepKind.ACTIVIST, StepKind.CANCELLED),
    Stage.ACTIVIST: (StepKind.FILING, StepKind.ASSESSMENT, StepKind.MENTORS, StepKind.TARGET, StepKind.CANCELLED),
    Stage.TARGET: (StepKind.FILING, StepKind.ASSESSMENT, StepKind.SPONSORS, StepKind.REVIEW, StepKind.TRAINING,
                   StepKind.COMMITTEE_REVIEW, StepKind.PRE_REVIEW, StepKind.APPLICATION_FORM, StepKind.NOTICE,
                   StepKind.PROBATIONARY, StepKind.CANCELLED),
    Stage.PROBATIONARY: (StepKind.ASSESSMENT, StepKind.ORGANISER_TALK, StepKind.APPROVAL, StepKind.OATH,
                         StepKind.EXTENSION, StepKind.CONVERSION_APPLICATION, StepKind.FULL, StepKind.CANCELLED),
    Stage.FULL: (StepKind.APPROVAL,),
    Stage.CANCELLED: (StepKind.APPROVAL,),
}
PEOPLE_ROLE = {StepKind.ACTIVIST: "mentor", StepKind.MENTORS: "mentor", StepKind.SPONSORS: "sponsor",
               StepKind.PROBATIONARY: "sponsor"}
MEETING_STEPS = (StepKind.ACTIVIST, StepKind.TARGET, StepKind.COMMITTEE_REVIEW, *decisions.VOTED)  # keep a meeting
MEMBER_STAGES = (Stage.PROBATIONARY, Stage.FULL)


@dataclass
class InvalidStep(PartyPlanError):
    """`field` is where the form shows it; `limits` are the rule's numbers for the sentence."""

    field: str
    code: str
    needs_justification: bool = False
    limits: tuple[float, ...] = ()


@dataclass
class CaseNotFound(PartyPlanError):
    case_id: int


@dataclass(frozen=True)
class StepData:
    kind: StepKind
    day: dt.date
    by_id: int | None = None
    note: str = ""
    justification: str = ""
    meeting_id: int | None = None
    days: float | None = None  # training
    class_hours: float | None = None  # training
    months: int | None = None  # extension
    people: tuple[int, ...] = ()  # mentors (activist) or sponsors (probationary)
    ends_on: dt.date | None = None  # a public notice's last day; worked out from its working days if not given
    reference: str = ""  # the number of a filing (备案), of the application form (志愿书编号), ...


@dataclass(frozen=True)
class StepRow:
    id: int
    kind: StepKind
    day: dt.date
    by_id: int | None
    by_name: str
    note: str
    justification: str
    meeting_id: int | None
    meeting_title: str
    days: float | None
    class_hours: float | None
    months: int | None
    people: tuple[tuple[int, str], ...]
    ends_on: dt.date | None = None
    reference: str = ""


@dataclass(frozen=True)
class CaseDetail:
    id: int
    person_id: int
    name: str
    gender: str | None
    birth_date: dt.date | None
    education: str | None
    unit: str | None
    phone: str | None
    stage: Stage
    opened_on: dt.date
    closed_on: dt.date | None
    steps: tuple[StepRow, ...]
    training_days: float  # training steps and attended training sessions as a development target
    training_hours: float
    row_version: int = 0  # the file's; add_step's expected_version


@dataclass
class Facts:
    """The dates that the rules and the due list need, read once from a file's steps."""

    stage: Stage = Stage.APPLICANT
    first: dict[StepKind, dt.date] = field(default_factory=dict)  # first step of each kind
    last: dict[StepKind, dt.date] = field(default_factory=dict)  # latest step of each kind
    since: dt.date | None = None  # entered the current stage
    last_day: dt.date | None = None
    extension_months: int = 0
    extensions: int = 0
    training_days: float = 0.0  # from training steps only; sessions are added by training_totals
    training_hours: float = 0.0
    notice_end: dt.date | None = None  # the latest public notice's last day
    pending: StepKind | None = None  # the decision awaiting the higher committee's approval
    pending_since: dt.date | None = None
    approved: dict[StepKind, dt.date] = field(default_factory=dict)  # decision -> its (latest) approval
    filed_since_stage: bool = False  # a filing recorded since the file entered its stage
    sponsors: tuple[int, ...] = ()  # named by the latest sponsors step


def facts_of(steps: list[DevelopmentStep]) -> Facts:
    facts = Facts()
    for step in sorted(steps, key=lambda s: (s.day, s.id or 0)):
        facts.first.setdefault(step.kind, step.day)
        facts.last[step.kind] = step.day
        facts.last_day = step.day
        if step.kind in STAGE_OF:
            facts.stage, facts.since, facts.filed_since_stage = STAGE_OF[step.kind], step.day, False
        if step.kind is StepKind.FILING:
            facts.filed_since_stage = True
        if step.kind in decisions.APPROVED and (step.kind is not StepKind.CANCELLED
                                                or StepKind.PROBATIONARY in facts.first):
            facts.pending, facts.pending_since = step.kind, step.day
        if step.kind is StepKind.APPROVAL and facts.pending is not None:
            facts.approved[facts.pending] = step.day
            facts.pending = facts.pending_since = None
        if step.kind is StepKind.NOTICE:
            facts.notice_end = step.ends_on or step.day
        if step.kind is StepKind.SPONSORS:
            facts.sponsors = tuple(p.person_id for p in step.people)
        if step.kind is StepKind.EXTENSION:
            facts.extensions += 1
            facts.extension_months += step.months or 0
        if step.kind is StepKind.TRAINING:
            facts.training_days += step.days or 0
            facts.training_hours += step.class_hours or 0
    return facts


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day (31 January + 1 month = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def probation_end(facts: Facts, rules: Rules) -> dt.date | None:
    admitted = facts.first.get(StepKind.PROBATIONARY)
    return None if admitted is None else add_months(admitted, rules.probation_months + facts.extension_months)


def allowed_kinds(stage: Stage) -> tuple[StepKind, ...]:
    return ALLOWED[stage]


def next_kinds(session: Session, case_id: int) -> tuple[StepKind, ...]:
    """What may be recorded on this file now: its stage's steps, the approval only while one is awaited."""
    case = _case(session, case_id)
    facts = facts_of(case.steps)
    return tuple(k for k in ALLOWED[case.stage] if k is not StepKind.APPROVAL or facts.pending is not None)


def closing_day(facts: Facts) -> dt.date | None:
    """A file closes with its cancellation, or once the conversion is approved."""
    if facts.stage is Stage.CANCELLED:
        return facts.since
    if facts.stage is Stage.FULL:
        return facts.approved.get(StepKind.FULL)
    return None


# -- writing -----------------------------------------------------------------------------------
def open_case(session: Session, person_id: int, day: dt.date, *, by_id: int | None = None, note: str = "",
              justification: str = "", today: dt.date | None = None) -> int:
    """A new file starting with the application received on `day`. The person is locked while it is
    checked, so two PCs opening a file for the same applicant at once open one: the second is told
    the file is already open."""
    person = locked_get(session, Person, person_id)
    if person is None:
        raise InvalidStep("person", "required")
    if _open_case_of(session, person_id) is not None:
        raise InvalidStep("person", "already_open")
    if Role.PARTY_MEMBER in person.role_set:
        raise InvalidStep("person", "already_member")
    data = StepData(StepKind.APPLICATION, day, by_id, note, justification)
    _check_day(data, None, today)
    rules = load_rules(session)
    breaches = _age_breaches(person, day, rules)
    justification = _settle(breaches, data.justification)
    case = DevelopmentCase(person_id=person_id, stage=Stage.APPLICANT, opened_on=day)
    session.add(case)
    session.flush()
    _store(session, case, data, justification)
    return case.id


def record_probation(session: Session, person_id: int, admitted_on: dt.date, *, note: str = "") -> int:
    """The file of someone admitted as a probationary member before PartyPlan kept it (a member list
    says 预备党员): it starts at the admission, as the earlier steps are on paper, so that the approval
    and the end of the probation come up in the due list. No rule is checked: it already happened."""
    if _open_case_of(session, person_id) is not None:
        raise InvalidStep("person", "already_open")
    case = DevelopmentCase(person_id=person_id, stage=Stage.PROBATIONARY, opened_on=admitted_on)
    session.add(case)
    session.flush()
    _store(session, case, StepData(StepKind.PROBATIONARY, admitted_on, note=note), "")
    return case.id


def add_step(session: Session, case_id: int, data: StepData, *, today: dt.date | None = None,
             expected_version: int | None = None) -> int:
    """The next step of a file. The file is locked while it is checked and written, so two PCs adding a
    step at once add them one after the other, each checked against the other's; `expected_version`
    (the case's row_version as shown) makes a step added from a stale view a ConflictError."""
    case = _case(session, case_id, locked=True)
    check_version(session, case, expected_version, {"kind": data.kind, "day": data.day}, str(case_id))
    facts = facts_of(case.steps)
    if data.kind not in ALLOWED[case.stage]:
        raise InvalidStep("kind", "wrong_stage")
    _check_day(data, facts.last_day, today)
    rules = load_rules(session)
    data = _filled(session, facts, data, rules)
    breaches = _CHECKS.get(data.kind, _no_breaches)(session, case, facts, data, rules)
    justification = _settle(breaches, data.justification)
    was_member = case.stage in MEMBER_STAGES
    step = _store(session, case, data, justification)
    if data.kind in STAGE_OF:
        case.stage = STAGE_OF[data.kind]
    case.closed_on = closing_day(facts_of(case.steps))
    admitted = data.day if data.kind is StepKind.PROBATIONARY else facts.first.get(StepKind.PROBATIONARY)
    _sync_membership(session, case, was_member, admitted)
    session.flush()
    return step.id


def delete_last_step(session: Session, case_id: int) -> bool:
    """Take back the latest step (a mistaken entry); True when that was the application and the file went."""
    case = _case(session, case_id, locked=True)
    steps = sorted(case.steps, key=lambda s: (s.day, s.id))
    was_member = case.stage in MEMBER_STAGES
    admitted = facts_of(case.steps).first.get(StepKind.PROBATIONARY)
    if len(steps) <= 1:
        session.delete(case)
        session.flush()
        return True
    case.steps.remove(steps[-1])
    facts = facts_of(steps[:-1])
    case.stage = facts.stage
    case.closed_on = closing_day(facts)
    _sync_membership(session, case, was_member, admitted)
    session.flush()
    return False


# -- reading -----------------------------------------------------------------------------------
def case_detail(session: Session, case_id: int) -> CaseDetail:
    case = _case(session, case_id)
    person = session.get(Person, case.person_id)
    assert person is not None
    facts = facts_of(case.steps)
    ids = {s.by_id for s in case.steps if s.by_id} | {p.person_id for s in case.steps for p in s.people}
    names = _names(session, ids)
    meeting_ids = {s.meeting_id for s in case.steps if s.meeting_id}
    meetings = meeting_titles(session, meeting_ids)
    steps = tuple(StepRow(
        s.id, s.kind, s.day, s.by_id, names.get(s.by_id, "") if s.by_id else "", s.note, s.justification,
        s.meeting_id, meetings.get(s.meeting_id, "") if s.meeting_id else "", s.days, s.class_hours, s.months,
        tuple((p.person_id, names.get(p.person_id, "?")) for p in s.people), s.ends_on, s.reference)
        for s in case.steps)
    days, hours = training_totals(session, case.person_id, facts, None)
    return CaseDetail(case.id, person.id, person.name, _value(person.gender), person.birth_date,
                      _value(person.education), person.unit, person.phone, case.stage, case.opened_on,
                      case.closed_on, steps, days, hours, case.row_version)


def training_totals(session: Session, person_id: int, facts: Facts, until: dt.date | None) -> tuple[float, float]:
    """Training steps plus the training sessions attended since becoming a development target."""
    start = facts.first.get(StepKind.TARGET)
    if start is None:
        return facts.training_days, facts.training_hours
    query = (select(TrainingSession.days, TrainingSession.class_hours).join(TrainingParticipant)
             .where(TrainingParticipant.person_id == person_id, TrainingParticipant.attended.is_(True),
                    TrainingSession.start >= start))
    if until is not None:
        query = query.where(TrainingSession.start <= until)
    rows = session.execute(query).tuples().all()
    return (facts.training_days + sum(d or 0 for d, _h in rows),
            facts.training_hours + sum(h or 0 for _d, h in rows))


def open_case_of(session: Session, person_id: int) -> int | None:
    case = _open_case_of(session, person_id)
    return case.id if case else None


def people_with_open_files(session: Session) -> set[int]:
    return set(session.scalars(select(DevelopmentCase.person_id).where(DevelopmentCase.closed_on.is_(None))))


def meeting_choices(session: Session) -> list[tuple[int, dt.date, str]]:
    """Meetings a vote can be linked to, general meetings first, newest first: (id, date, title)."""
    rows = session.execute(select(Meeting, MeetingType).join(MeetingType, Meeting.type_id == MeetingType.id)
                           .order_by(Meeting.planned_on.desc(), Meeting.id.desc())).tuples().all()
    ordered = sorted(rows, key=lambda r: r[1].key != "general_meeting")  # stable: dates stay newest first
    return [(m.id, m.held_on or m.planned_on, m.title or t.name) for m, t in ordered]


def meeting_titles(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Meeting, MeetingType).join(MeetingType, Meeting.type_id == MeetingType.id)
                           .where(Meeting.id.in_(ids))).tuples()
    return {m.id: f"{(m.held_on or m.planned_on).isoformat()} {m.title or t.name}" for m, t in rows}


# -- the rules ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Breach:
    field: str
    code: str
    check: str  # the rule's name in rules.CHECKS; "" for one that is never set aside
    limits: tuple[float, ...] = ()


def _settle(breaches: list[Breach], justification: str) -> str:
    """Raise for the first breach that cannot be set aside, or that needs a justification not given;
    the justification is kept only when a rule was set aside."""
    for breach in breaches:
        if not breach.check:
            raise InvalidStep(breach.field, breach.code, False, breach.limits)
    if breaches and not justification.strip():
        first = breaches[0]
        raise InvalidStep(first.field, first.code, True, first.limits)
    return justification.strip() if breaches else ""


def _rule(rules: Rules, check: str, field_name: str, code: str, *limits: float) -> Breach:
    """A breach of `check`, which the office may or may not let staff set aside."""
    return Breach(field_name, code, check if rules.allows(check) else "", limits)


def _age_breaches(person: Person, day: dt.date, rules: Rules) -> list[Breach]:
    if person.birth_date is None:
        return [_rule(rules, "age", "person", "birth_unknown", rules.min_age)]
    if people_age(person.birth_date, day) < rules.min_age:
        return [_rule(rules, "age", "day", "too_young", rules.min_age)]
    return []


def _talk(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    due = add_months(facts.first[StepKind.APPLICATION], rules.talk_within_months)
    return [_rule(rules, "talk", "day", "talk_late", rules.talk_within_months)] if data.day > due else []


def _activist(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    if StepKind.TALK not in facts.first:
        return [Breach("kind", "talk_missing", "")]
    return (_people_breaches(session, case, data, rules, "mentors", rules.mentors_min, rules.mentors_max)
            + _activist_decision(session, case, facts, data, rules))


def _mentors(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    """Mentors given to an applicant (the office's number, default one) or changed for an activist (one or two)."""
    if case.stage is Stage.APPLICANT:
        if rules.applicant_mentors == 0:
            return [Breach("kind", "no_applicant_mentors", "")]
        return _people_breaches(session, case, data, rules, "applicant_mentors", 1, rules.applicant_mentors)
    return _people_breaches(session, case, data, rules, "mentors", rules.mentors_min, rules.mentors_max)


def _activist_decision(session: Session, case: DevelopmentCase, facts: Facts, data: StepData,
                       rules: Rules) -> list[Breach]:
    """The branch committee decides (a linked meeting is optional, but held that day when given)."""
    if data.meeting_id is None:
        return []
    meeting = session.get(Meeting, data.meeting_id)
    if meeting is None:
        return [Breach("meeting", "not_found", "")]
    return [] if meeting.held_on == data.day else [Breach("meeting", "meeting_day", "")]


def _target(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    """After a year as an activist, and once the activist was filed with the higher committee."""
    found = []
    ready = add_months(facts.first[StepKind.ACTIVIST], rules.target_after_months)
    if data.day < ready:
        found.append(_rule(rules, "target_wait", "day", "target_too_early", rules.target_after_months))
    if not facts.filed_since_stage:
        found.append(Breach("kind", "filing_missing", ""))
    return found + _activist_decision(session, case, facts, data, rules)


def _filing(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    """The activist, then the development target, is filed with the higher committee once (报上级党委备案)."""
    return [Breach("kind", "already_filed", "")] if facts.filed_since_stage else []


def _sponsors(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    return _people_breaches(session, case, data, rules, "sponsors", rules.sponsors, rules.sponsors)


def _committee_review(session: Session, case: DevelopmentCase, facts: Facts, data: StepData,
                      rules: Rules) -> list[Breach]:
    """The branch committee reviews the development target after the political review (第十九条)."""
    if StepKind.REVIEW not in facts.first:
        return [Breach("kind", "review_missing", "")]
    if not facts.filed_since_stage:
        return [Breach("kind", "filing_missing", "")]
    return _activist_decision(session, case, facts, data, rules)


def _pre_review(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    """The higher committee's preliminary review follows the branch committee's (第十九条)."""
    return [] if StepKind.COMMITTEE_REVIEW in facts.first else [Breach("kind", "committee_review_missing", "")]


def _application_form(session: Session, case: DevelopmentCase, facts: Facts, data: StepData,
                      rules: Rules) -> list[Breach]:
    """The application form is issued to a development target who passed the preliminary review (第十九条)."""
    return [] if StepKind.PRE_REVIEW in facts.first else [Breach("kind", "pre_review_missing", "")]


def _notice(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    """At least the office's number of working days (development/notice.py)."""
    assert data.ends_on is not None  # _filled works it out when not given
    if data.ends_on < data.day:
        return [Breach("ends_on", "before_start", "")]
    if notice.length(session, data.day, data.ends_on) < rules.notice_working_days:
        return [Breach("ends_on", "notice_short", "", (rules.notice_working_days,))]
    return []


def _training(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    if not (data.days or data.class_hours):
        return [Breach("days", "required", "")]
    if (data.days or 0) < 0 or (data.class_hours or 0) < 0:
        return [Breach("days", "negative", "")]
    return []


def _admission(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    """Every step before the vote done, the notice over, the vote passed, two sponsors, enough training."""
    for kind, code in ((StepKind.REVIEW, "review_missing"), (StepKind.COMMITTEE_REVIEW, "committee_review_missing"),
                       (StepKind.PRE_REVIEW, "pre_review_missing"), (StepKind.APPLICATION_FORM, "form_missing"),
                       (StepKind.NOTICE, "notice_missing")):
        if kind not in facts.first:
            return [Breach("kind", code, "")]
    if facts.notice_end is not None and data.day <= facts.notice_end:
        return [Breach("day", "notice_running", "")]
    found = _vote(session, case, data)
    found += _people_breaches(session, case, data, rules, "sponsors", rules.sponsors, rules.sponsors)
    days, hours = training_totals(session, case.person_id, facts, data.day)
    if days < rules.training_min_days and hours < rules.training_min_hours:
        found.append(_rule(rules, "training", "training", "training_short", rules.training_min_days,
                           rules.training_min_hours))
    return found


def _approval(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    """Approves the decision awaiting it, within the office's months (three, 细则); an admission only after
    the organiser's talk with the new member."""
    if facts.pending is None or facts.pending_since is None:
        return [Breach("kind", "already_done", "")]
    if facts.pending is StepKind.PROBATIONARY and StepKind.ORGANISER_TALK not in facts.first:
        return [Breach("kind", "organiser_talk_missing", "")]
    due = add_months(facts.pending_since, rules.approval_within_months)
    return [_rule(rules, "approval", "day", "approval_late", rules.approval_within_months)] if data.day > due else []


def _organiser_talk(session: Session, case: DevelopmentCase, facts: Facts, data: StepData,
                    rules: Rules) -> list[Breach]:
    """The higher committee's member or organiser talks with the new member before the approval."""
    return [Breach("kind", "already_approved", "")] if StepKind.PROBATIONARY in facts.approved else []


def _oath(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    """The oath is taken once the admission is approved."""
    if StepKind.PROBATIONARY not in facts.approved:
        return [Breach("kind", "approval_missing", "")]
    return [Breach("kind", "already_done", "")] if StepKind.OATH in facts.first else []


def _vote(session: Session, case: DevelopmentCase, data: StepData) -> list[Breach]:
    code = decisions.vote_problem(session, case.person_id, data.meeting_id, data.day, decisions.VOTED[data.kind])
    return [] if code is None else [Breach("meeting", code, "")]


def _extension(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    if not data.months:
        return [Breach("months", "required", "")]
    found = _vote(session, case, data)
    if facts.extensions >= rules.extensions_max:
        found.append(_rule(rules, "extension", "kind", "extension_again", rules.extensions_max))
    if not rules.extension_min_months <= data.months <= rules.extension_max_months:
        found.append(_rule(rules, "extension", "months", "extension_length", rules.extension_min_months,
                           rules.extension_max_months))
    return found


def _full(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    """The conversion: the admission approved, no decision awaiting approval, the written application,
    the probation over (with any extension) and the general meeting's vote."""
    if StepKind.PROBATIONARY not in facts.approved:
        return [Breach("kind", "approval_missing", "")]
    if facts.pending is not None:
        return [Breach("kind", "approval_pending", "")]
    if StepKind.CONVERSION_APPLICATION not in facts.first:
        return [Breach("kind", "conversion_application_missing", "")]
    end = probation_end(facts, rules)
    assert end is not None
    found = _vote(session, case, data)
    if data.day < end:
        found.append(_rule(rules, "probation", "day", "probation_short", rules.probation_months))
    return found


def _cancelled(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    """A reason always; once admitted, the general meeting's vote on cancelling the probation."""
    if not data.note.strip():
        return [Breach("note", "required", "")]
    return _vote(session, case, data) if StepKind.PROBATIONARY in facts.first else []


def _no_breaches(session: Session, case: DevelopmentCase, facts: Facts, data: StepData, rules: Rules) -> list[Breach]:
    return []


_CHECKS = {
    StepKind.TALK: _talk, StepKind.MENTORS: _mentors, StepKind.ACTIVIST: _activist, StepKind.FILING: _filing,
    StepKind.TARGET: _target, StepKind.SPONSORS: _sponsors, StepKind.TRAINING: _training,
    StepKind.COMMITTEE_REVIEW: _committee_review, StepKind.PRE_REVIEW: _pre_review,
    StepKind.APPLICATION_FORM: _application_form, StepKind.NOTICE: _notice, StepKind.PROBATIONARY: _admission,
    StepKind.ORGANISER_TALK: _organiser_talk, StepKind.APPROVAL: _approval, StepKind.OATH: _oath,
    StepKind.EXTENSION: _extension, StepKind.FULL: _full, StepKind.CANCELLED: _cancelled,
}  # fmt: skip


def _people_breaches(session: Session, case: DevelopmentCase, data: StepData, rules: Rules, check: str,
                     low: int, high: int) -> list[Breach]:
    """Mentors or sponsors: the right number (a rule the office may let staff set aside), not the person
    themself, and full members on the step's day (never set aside: the party rules say 正式党员)."""
    from partyplan.members.standing import Standing, standings  # members reads the files this module writes

    chosen = list(dict.fromkeys(data.people))
    if case.person_id in chosen:
        return [Breach("people", "self", "")]
    found = []
    if not low <= len(chosen) <= high:
        found.append(_rule(rules, "mentors" if check == "applicant_mentors" else check, "people", f"{check}_count",
                           low, high))
    standing = standings(session, data.day, chosen) if chosen else {}
    if any(pid not in standing or standing[pid].standing is Standing.NOT_MEMBER for pid in chosen):
        found.append(Breach("people", "not_member", ""))
    elif any(standing[pid].standing is Standing.PROBATIONARY for pid in chosen):
        found.append(Breach("people", "not_full_member", ""))
    return found


def _check_day(data: StepData, last_day: dt.date | None, today: dt.date | None) -> None:
    if data.day > (today or dt.date.today()):
        raise InvalidStep("day", "future")
    if last_day is not None and data.day < last_day:
        raise InvalidStep("day", "before_previous")


# -- storing -----------------------------------------------------------------------------------
def _filled(session: Session, facts: Facts, data: StepData, rules: Rules) -> StepData:
    """What a step leaves out and the file knows: a notice's last day from its working days, the
    admission's sponsors from the step that named them."""
    if data.kind is StepKind.NOTICE and data.ends_on is None:
        return replace(data, ends_on=notice.notice_end(session, data.day, rules.notice_working_days))
    if data.kind is StepKind.PROBATIONARY and not data.people and StepKind.SPONSORS in facts.first:
        return replace(data, people=facts.sponsors)
    return data


def _store(session: Session, case: DevelopmentCase, data: StepData, justification: str) -> DevelopmentStep:
    keep = {StepKind.TRAINING: ("days", "class_hours"), StepKind.EXTENSION: ("months", "meeting_id"),
            StepKind.NOTICE: ("ends_on",)}.get(data.kind, ())
    keep += ("meeting_id",) if data.kind in MEETING_STEPS and "meeting_id" not in keep else ()
    step = DevelopmentStep(kind=data.kind, day=data.day, by_id=data.by_id, note=data.note.strip(),
                           justification=justification, reference=" ".join(data.reference.split())[:60],
                           **{name: getattr(data, name) for name in keep})
    role = PEOPLE_ROLE.get(data.kind)
    if role:
        step.people = [StepPerson(person_id=pid, role=role) for pid in dict.fromkeys(data.people)]
    case.steps.append(step)
    session.flush()
    return step


def _sync_membership(session: Session, case: DevelopmentCase, was_member: bool, admitted: dt.date | None) -> None:
    """Admission makes a party member in People; cancelling it (or taking it back) unmakes one."""
    is_member = case.stage in MEMBER_STAGES
    if is_member != was_member and admitted is not None:
        people.set_party_member(session, case.person_id, is_member, admitted)
        changes.touch(session, changes.PEOPLE)


def _case(session: Session, case_id: int, *, locked: bool = False) -> DevelopmentCase:
    case = locked_get(session, DevelopmentCase, case_id) if locked else session.get(DevelopmentCase, case_id)
    if case is None:
        raise CaseNotFound(case_id)
    return case


def _open_case_of(session: Session, person_id: int) -> DevelopmentCase | None:
    return session.scalars(select(DevelopmentCase).where(
        DevelopmentCase.person_id == person_id, DevelopmentCase.closed_on.is_(None))).first()


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all())


def people_age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _value(member: object) -> str | None:
    return getattr(member, "value", None)
