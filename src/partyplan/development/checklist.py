"""A member's file as the standard checklist of the 发展党员档案: every step 《中国共产党发展党员工作细则》
lists, in its order, with the day it was done, its documents (a filing's or the application form's number,
the meeting and its vote, the people named) and whether it is done, due, missing or still to come.

A step is "missing" when the file has moved past it without it (a file recorded before this version
kept fewer steps, or a step was set aside); "due" when the due list owes it now; "open" when the file
has not reached it; "not applicable" for what a cancelled file never came to, or an extension that was
never needed. `checklist_docx.py` prints it, one page per member.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy.orm import Session

from partyplan.db.models import DevelopmentCase, Stage, StepKind
from partyplan.development import decisions, due, pipeline
from partyplan.development.pipeline import CaseDetail, StepRow, facts_of
from partyplan.development.rules import load_rules


class ItemState(enum.StrEnum):
    DONE = "done"
    DUE = "due"  # owed now (the due list has it, with its date)
    MISSING = "missing"  # the file went on without it
    OPEN = "open"  # not reached yet
    NOT_APPLICABLE = "not_applicable"


# The checklist's items in order: (key, phase). The keys name the words in checklist_docx.WORDS.
ITEMS: tuple[tuple[str, str], ...] = (
    ("application", "apply"), ("talk", "apply"), ("applicant_mentors", "apply"),
    ("activist", "activist"), ("activist_filing", "activist"), ("mentors", "activist"),
    ("activist_assessments", "activist"),
    ("target", "target"), ("target_filing", "target"), ("sponsors", "target"), ("review", "target"),
    ("training", "target"), ("target_assessments", "target"),
    ("committee_review", "admission"), ("pre_review", "admission"), ("application_form", "admission"),
    ("notice", "admission"), ("admission", "admission"), ("organiser_talk", "admission"),
    ("admission_approval", "admission"), ("oath", "admission"),
    ("probation_assessments", "probation"), ("extension", "probation"), ("conversion_application", "probation"),
    ("conversion", "probation"), ("conversion_approval", "probation"),
)
PHASES = ("apply", "activist", "target", "admission", "probation")
# What the due list owes, by the item it belongs to at each stage.
OWED = {("talk", Stage.APPLICANT): "talk", ("filing", Stage.ACTIVIST): "activist_filing",
        ("filing", Stage.TARGET): "target_filing", ("assessment", Stage.ACTIVIST): "activist_assessments",
        ("assessment", Stage.TARGET): "target_assessments"}


@dataclass(frozen=True)
class Vote:
    meeting_day: dt.date
    eligible: int
    present: int
    votes_for: int
    votes_against: int
    abstentions: int
    passed: bool


@dataclass(frozen=True)
class ChecklistItem:
    number: int
    key: str
    phase: str
    state: ItemState
    days: tuple[dt.date, ...] = ()  # when it was done (several for assessments)
    due: dt.date | None = None  # for a DUE item
    reference: str = ""  # a document's number
    people: tuple[str, ...] = ()  # mentors, sponsors, who talked
    vote: Vote | None = None
    until: dt.date | None = None  # a notice's last day
    working_days: int | None = None  # a notice's length
    training: tuple[float, float] | None = None  # days, class hours
    months: int | None = None  # an extension's length
    notes: tuple[str, ...] = ()  # the steps' notes and justifications
    overdue: bool = False  # a DUE item whose day has passed


@dataclass(frozen=True)
class Checklist:
    detail: CaseDetail
    items: tuple[ChecklistItem, ...]
    cancelled_on: dt.date | None
    cancellation_note: str

    @property
    def gaps(self) -> list[ChecklistItem]:
        return [i for i in self.items if i.state is ItemState.MISSING]


def checklist(session: Session, case_id: int, today: dt.date) -> Checklist:
    detail = pipeline.case_detail(session, case_id)
    case = session.get(DevelopmentCase, case_id)
    assert case is not None
    facts = facts_of(case.steps)
    rules = load_rules(session)
    owed = {} if detail.closed_on else {
        OWED[(kind, facts.stage)]: day for kind, day in due.obligations(session, detail.person_id, facts, rules, today)
        if (kind, facts.stage) in OWED}
    if facts.pending is not None and facts.pending_since is not None:
        pending_item = {StepKind.PROBATIONARY: "admission_approval", StepKind.FULL: "conversion_approval",
                        StepKind.EXTENSION: "extension"}.get(facts.pending)
        if pending_item:
            owed[pending_item] = pipeline.add_months(facts.pending_since, rules.approval_within_months)
        if pending_item == "admission_approval" and StepKind.ORGANISER_TALK not in facts.first:
            owed["organiser_talk"] = owed[pending_item]  # the approval waits for the talk
    found = _found(session, detail)
    cancelled = next((s for s in detail.steps if s.kind is StepKind.CANCELLED), None)
    last_done = max((n for n, (key, _phase) in enumerate(ITEMS) if found.get(key)), default=-1)
    items = []
    spans = _stage_spans(detail, today)
    for n, (key, phase) in enumerate(ITEMS):
        steps = found.get(key, [])
        if steps and not (key == "extension" and key in owed):  # an extension is done once approved
            state = ItemState.DONE
        elif key in owed:
            state = ItemState.DUE
        elif _never(key, cancelled, n, last_done, rules.applicant_mentors):
            state = ItemState.NOT_APPLICABLE
        elif key in spans and pipeline.add_months(spans[key][0], rules.assessment_every_months) > spans[key][1]:
            state = ItemState.NOT_APPLICABLE  # the stage was too short to owe an assessment
        elif n < last_done:
            state = ItemState.MISSING
        else:
            state = ItemState.OPEN
        items.append(_item(session, detail, n + 1, key, phase, state, steps, owed.get(key), today))
    return Checklist(detail, tuple(items), cancelled.day if cancelled else None, cancelled.note if cancelled else "")


def _found(session: Session, detail: CaseDetail) -> dict[str, list[StepRow]]:
    """Each item's steps, read in order through the file, so that a filing or an assessment belongs to the
    stage it was recorded in and an approval to the decision it approved (an extension's prints with it)."""
    found: dict[str, list[StepRow]] = {}
    stage = Stage.APPLICANT
    approves: str | None = None
    for step in detail.steps:
        key = approves if step.kind is StepKind.APPROVAL else _key(step.kind, stage)
        if key:
            found.setdefault(key, []).append(step)
        if step.kind in pipeline.STAGE_OF:
            stage = pipeline.STAGE_OF[step.kind]
        if step.kind in decisions.APPROVED:
            approves = {StepKind.PROBATIONARY: "admission_approval", StepKind.EXTENSION: "extension",
                        StepKind.FULL: "conversion_approval"}.get(step.kind)
        elif step.kind is StepKind.APPROVAL:
            approves = None
    if "sponsors" not in found and "admission" in found:
        found["sponsors"] = found["admission"]
    named = [s for s in found.get("activist", []) if s.people]
    if named:  # the decision names the activist's mentors; a later step may change them
        found["mentors"] = named + found.get("mentors", [])
    return found


SIMPLE = {StepKind.APPLICATION: "application", StepKind.TALK: "talk", StepKind.ACTIVIST: "activist",
          StepKind.TARGET: "target", StepKind.SPONSORS: "sponsors", StepKind.REVIEW: "review",
          StepKind.TRAINING: "training", StepKind.COMMITTEE_REVIEW: "committee_review",
          StepKind.PRE_REVIEW: "pre_review", StepKind.APPLICATION_FORM: "application_form", StepKind.NOTICE: "notice",
          StepKind.PROBATIONARY: "admission", StepKind.ORGANISER_TALK: "organiser_talk", StepKind.OATH: "oath",
          StepKind.EXTENSION: "extension", StepKind.CONVERSION_APPLICATION: "conversion_application",
          StepKind.FULL: "conversion"}


def _key(kind: StepKind, stage: Stage) -> str | None:
    if kind in SIMPLE:
        return SIMPLE[kind]
    if kind is StepKind.MENTORS:
        return "applicant_mentors" if stage is Stage.APPLICANT else "mentors"
    if kind is StepKind.FILING:
        return "activist_filing" if stage is Stage.ACTIVIST else "target_filing"
    if kind is StepKind.ASSESSMENT:
        return {Stage.ACTIVIST: "activist_assessments", Stage.TARGET: "target_assessments"}.get(
            stage, "probation_assessments")
    return None


def _stage_spans(detail: CaseDetail, today: dt.date) -> dict[str, tuple[dt.date, dt.date]]:
    """When the file was an activist, a development target and a probationary member: (from, until)."""
    first: dict[StepKind, dt.date] = {}
    for step in detail.steps:
        first.setdefault(step.kind, step.day)
    end = detail.closed_on or today
    spans = {}
    for key, start, until in (("activist_assessments", StepKind.ACTIVIST, StepKind.TARGET),
                              ("target_assessments", StepKind.TARGET, StepKind.PROBATIONARY),
                              ("probation_assessments", StepKind.PROBATIONARY, StepKind.FULL)):
        if start in first:
            spans[key] = (first[start], first.get(until, end))
    return spans


def _never(key: str, cancelled: StepRow | None, n: int, last_done: int, applicant_mentors: int) -> bool:
    if key == "applicant_mentors" and applicant_mentors == 0:
        return True
    if key == "extension":
        return True  # needed only when the general meeting extends a probation
    if key == "mentors":
        return False
    return cancelled is not None and n > last_done


def _item(session: Session, detail: CaseDetail, number: int, key: str, phase: str, state: ItemState,
          steps: list[StepRow], owed: dt.date | None, today: dt.date) -> ChecklistItem:
    if key == "mentors":  # an activist's mentors: named with the decision, or changed later
        people = next((tuple(n for _i, n in s.people) for s in reversed(steps) if s.people), ())
    else:
        people = tuple(dict.fromkeys(n for s in steps for n in ([p for _i, p in s.people] or
                                                                 ([s.by_name] if s.by_name else []))))
    notes = tuple(text for s in steps for text in (s.note, s.justification) if text)
    first = steps[0] if steps else None
    vote = None
    if key in ("admission", "extension", "conversion") and first is not None and first.meeting_id is not None:
        linked = decisions.linked_vote(session, first.meeting_id, detail.person_id, decisions.VOTED[first.kind])
        if linked is not None:
            vote = Vote(linked.held_on, linked.eligible, linked.voters_present, linked.votes_for, linked.votes_against,
                        linked.abstentions, linked.passed)
    until = first.ends_on if first is not None and first.kind is StepKind.NOTICE else None
    working = None
    if until is not None and first is not None:
        from partyplan.development import notice

        working = notice.length(session, first.day, until)
    training = (detail.training_days, detail.training_hours) if key == "training" and steps else None
    return ChecklistItem(number, key, phase, state, tuple(s.day for s in steps), owed if state is ItemState.DUE
                         else None, next((s.reference for s in steps if s.reference), ""), people, vote, until,
                         working, training, first.months if first is not None else None, notes,
                         state is ItemState.DUE and owed is not None and owed < today)
