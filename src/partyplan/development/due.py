"""What is due on a given date: the branch leader's to-do list, and each file's next date.

Every open file owes something at its stage: an applicant a talk; an activist and a development target
the filing of the branch committee's decision with the higher committee and an assessment every six
months (《中国共产党发展党员工作细则》: "每半年对入党积极分子、发展对象进行一次考察"); a decision of the
general meeting (admission, extension, conversion, cancellation) the higher committee's approval within
three months; and, at the end of the probation, the decision on full membership. Files also become
eligible to move on (an activist after a year, a development target once reviewed, trained, reviewed
by the branch and the higher committee, given the application form and publicly notified). The due list shows the
obligations due within `horizon_days`, everything overdue, who is eligible now, and the probations
that end this month; all from the rules in force, so a changed rule changes the list at once.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import DevelopmentCase, Person, Stage, StepKind
from partyplan.development.pipeline import Facts, add_months, facts_of, probation_end, training_totals
from partyplan.development.rules import Rules, load_rules

# What can be due, in the order the leader works through them.
KINDS = ("talk", "filing", "assessment", "approval", "probation_end", "eligible_target", "eligible_admission")
ELIGIBLE = ("eligible_target", "eligible_admission")
HORIZON_DAYS = 30


@dataclass(frozen=True)
class DueItem:
    case_id: int
    person_id: int
    name: str
    stage: Stage
    kind: str  # one of KINDS
    due: dt.date
    overdue: bool


@dataclass(frozen=True)
class PipelineRow:
    case_id: int
    person_id: int
    name: str
    gender: str | None
    birth_date: dt.date | None
    education: str | None
    stage: Stage
    since: dt.date  # entered the current stage
    opened_on: dt.date
    closed_on: dt.date | None
    next_kind: str | None  # the earliest thing due, or None for a closed file
    next_due: dt.date | None
    overdue: bool
    justified: int  # steps recorded with a rule set aside


def pipeline(session: Session, today: dt.date, *, include_closed: bool = True) -> list[PipelineRow]:
    """One row per file, newest stage change first within each stage (stages in pipeline order)."""
    rules = load_rules(session)
    rows = []
    for case, person in _cases(session, include_closed):
        facts = facts_of(case.steps)
        owed = obligations(session, case.person_id, facts, rules, today)
        first = min(owed, key=lambda o: o[1]) if owed else None
        rows.append(PipelineRow(
            case.id, person.id, person.name, _value(person.gender), person.birth_date, _value(person.education),
            case.stage, facts.since or case.opened_on, case.opened_on, case.closed_on,
            first[0] if first else None, first[1] if first else None,
            any(_overdue(kind, due, today) for kind, due in owed), sum(bool(s.justification) for s in case.steps)))
    order = list(Stage)
    return sorted(rows, key=lambda r: (order.index(r.stage), r.name, r.case_id))


def due_list(session: Session, today: dt.date, horizon_days: int = HORIZON_DAYS) -> list[DueItem]:
    """Overdue first (oldest first), then what falls due soon, then who may move on."""
    rules = load_rules(session)
    month_end = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    soon = today + dt.timedelta(days=horizon_days)
    items = []
    for case, person in _cases(session, include_closed=False):
        for kind, due in obligations(session, case.person_id, facts_of(case.steps), rules, today):
            limit = today if kind in ELIGIBLE else month_end if kind == "probation_end" else soon
            if due <= limit:
                items.append(DueItem(case.id, person.id, person.name, case.stage, kind, due,
                                     _overdue(kind, due, today)))
    return sorted(items, key=lambda i: (not i.overdue, i.kind in ELIGIBLE, i.due, KINDS.index(i.kind), i.name))


def obligations(session: Session, person_id: int, facts: Facts, rules: Rules,
                today: dt.date) -> list[tuple[str, dt.date]]:
    """Everything a file owes or may do next, with its date, whatever the horizon."""
    first, last = facts.first, facts.last
    owed: list[tuple[str, dt.date]] = []
    if facts.stage is Stage.APPLICANT and StepKind.TALK not in first:
        owed.append(("talk", add_months(first[StepKind.APPLICATION], rules.talk_within_months)))
    if facts.stage in (Stage.ACTIVIST, Stage.TARGET):
        assert facts.since is not None
        if not facts.filed_since_stage:
            owed.append(("filing", add_months(facts.since, rules.filing_within_months)))
        since = max(last.get(StepKind.ASSESSMENT, facts.since), facts.since)
        owed.append(("assessment", add_months(since, rules.assessment_every_months)))
    if facts.stage is Stage.ACTIVIST:
        owed.append(("eligible_target", add_months(first[StepKind.ACTIVIST], rules.target_after_months)))
    if facts.stage is Stage.TARGET and _ready_for_admission(session, person_id, facts, rules):
        assert facts.notice_end is not None
        ready = max(*(last[k] for k in READY_STEPS), facts.notice_end + dt.timedelta(days=1))
        owed.append(("eligible_admission", ready))
    if facts.pending is not None and facts.pending_since is not None:
        owed.append(("approval", add_months(facts.pending_since, rules.approval_within_months)))
    if facts.stage is Stage.PROBATIONARY:
        end = probation_end(facts, rules)
        assert end is not None
        owed.append(("probation_end", end))
    return owed


READY_STEPS = (StepKind.REVIEW, StepKind.COMMITTEE_REVIEW, StepKind.PRE_REVIEW, StepKind.APPLICATION_FORM,
               StepKind.NOTICE)


def _ready_for_admission(session: Session, person_id: int, facts: Facts, rules: Rules) -> bool:
    if any(k not in facts.first for k in READY_STEPS):
        return False
    days, hours = training_totals(session, person_id, facts, None)
    return days >= rules.training_min_days or hours >= rules.training_min_hours


def _overdue(kind: str, due: dt.date, today: dt.date) -> bool:
    return kind not in ELIGIBLE and due < today


def _cases(session: Session, include_closed: bool):  # type: ignore[no-untyped-def]
    query = select(DevelopmentCase, Person).join(Person, DevelopmentCase.person_id == Person.id)
    if not include_closed:
        query = query.where(DevelopmentCase.closed_on.is_(None))
    return session.execute(query.order_by(DevelopmentCase.id)).tuples().all()


def _value(member: object) -> str | None:
    return getattr(member, "value", None)
