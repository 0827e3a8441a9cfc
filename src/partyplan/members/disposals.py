"""The follow-up of a member graded unqualified (不合格) in the democratic evaluation.

中组部《关于稳妥有序开展不合格党员组织处置工作的意见》(2016) and the 《中国共产党不合格党员组织处置办法》
(2024) that replaced it: a member found unqualified is first helped (教育帮助, 帮教: the branch names a
member to help), and if that is not enough the branch disposes: correction by a deadline (限期改正,
generally six months, never more than a year), persuading the member to leave (劝其退党) or removal
(除名). Each disposal is put to the general meeting's vote (《中国共产党支部工作条例（试行）》第十一条:
"讨论决定对党员的……组织处置"), so it names the meeting whose DISPOSAL vote on the member passed
(development/decisions.py reads it). Grading a member unqualified opens the follow-up; it is "to decide"
until the branch decides, and a correction whose deadline has passed is due for review.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Disposal, DisposalOutcome, Evaluation, Measure, Person, VoteKind
from partyplan.development import decisions
from partyplan.development.pipeline import add_months
from partyplan.errors import PartyPlanError
from partyplan.members.standing import Standing, standing_of
from partyplan.office import get_setting, set_setting

CORRECTION_KEY = "disposal.correction_months"
CORRECTION_MONTHS = 6  # 限期改正: generally six months ...
CORRECTION_MAX_MONTHS = 12  # ... and never more than a year
DECIDE_WITHIN_MONTHS = 1  # a reminder to decide, not a published limit
VOTED = (Measure.CORRECTION, Measure.PERSUADE, Measure.REMOVAL)


@dataclass
class InvalidDisposal(PartyPlanError):
    field: str
    code: str  # "not_found", "closed", "required", "helper_not_full", "deadline_range", "vote_*", "before_opened"


@dataclass(frozen=True)
class DisposalRow:
    id: int
    person_id: int
    name: str
    evaluation_id: int | None
    year: int | None  # the evaluation's
    opened_on: dt.date
    measure: Measure
    decided_on: dt.date | None
    helper_id: int | None
    helper_name: str
    deadline: dt.date | None
    meeting_id: int | None
    outcome: DisposalOutcome
    closed_on: dt.date | None
    note: str

    @property
    def open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class FollowupDue:
    disposal_id: int
    person_id: int
    name: str
    kind: str  # "decide" (no measure yet) or "review" (a correction's deadline has come)
    due: dt.date
    overdue: bool


def correction_months(session: Session) -> int:
    text = get_setting(session, CORRECTION_KEY, "")
    return int(text) if text.isdigit() and 1 <= int(text) <= CORRECTION_MAX_MONTHS else CORRECTION_MONTHS


def set_correction_months(session: Session, months: int) -> None:
    if not 1 <= months <= CORRECTION_MAX_MONTHS:
        raise InvalidDisposal("months", "deadline_range")
    set_setting(session, CORRECTION_KEY, str(months))


def open_followup(session: Session, person_id: int, evaluation_id: int | None, day: dt.date) -> int:
    """The follow-up of a member graded unqualified; the one already open for that evaluation if any."""
    found = session.scalars(select(Disposal).where(Disposal.person_id == person_id,
                                                   Disposal.evaluation_id == evaluation_id,
                                                   Disposal.closed_on.is_(None))).first()
    if found is not None:
        return found.id
    row = Disposal(person_id=person_id, evaluation_id=evaluation_id, opened_on=day, measure=Measure.UNDECIDED,
                   outcome=DisposalOutcome.OPEN, note="")
    session.add(row)
    session.flush()
    return row.id


def withdraw_followup(session: Session, person_id: int, evaluation_id: int) -> None:
    """A grade taken back: its follow-up goes too, unless the branch has decided something in it."""
    for row in session.scalars(select(Disposal).where(Disposal.person_id == person_id,
                                                      Disposal.evaluation_id == evaluation_id,
                                                      Disposal.measure == Measure.UNDECIDED)):
        session.delete(row)
    session.flush()


def decide(session: Session, disposal_id: int, measure: Measure, day: dt.date, *, helper_id: int | None = None,
           deadline: dt.date | None = None, meeting_id: int | None = None, note: str = "") -> None:
    """The branch's decision: help by a full member; or, by the general meeting's passed vote held that day,
    a correction by a deadline (the office's months, at most a year), persuading to leave, or removal."""
    row = _load(session, disposal_id)
    measure = Measure(measure)
    if row.closed_on is not None:
        raise InvalidDisposal("measure", "closed")
    if measure is Measure.UNDECIDED:
        raise InvalidDisposal("measure", "required")
    if day < row.opened_on:
        raise InvalidDisposal("day", "before_opened")
    if measure is Measure.HELP:
        if helper_id is None:
            raise InvalidDisposal("helper", "required")
        if helper_id == row.person_id or standing_of(session, helper_id, day).standing is not Standing.FULL:
            raise InvalidDisposal("helper", "helper_not_full")
    if measure in VOTED:
        problem = decisions.vote_problem(session, row.person_id, meeting_id, day, VoteKind.DISPOSAL)
        if problem is not None:
            raise InvalidDisposal("meeting", problem)
    if measure is Measure.CORRECTION:
        deadline = deadline or add_months(day, correction_months(session))
        if not day < deadline <= add_months(day, CORRECTION_MAX_MONTHS):
            raise InvalidDisposal("deadline", "deadline_range")
    row.measure, row.decided_on = measure, day
    row.helper_id = helper_id if measure is Measure.HELP else None
    row.deadline = deadline if measure is Measure.CORRECTION else None
    row.meeting_id = meeting_id if measure in VOTED else None
    row.note = " ".join(note.split()) or row.note
    if measure in (Measure.PERSUADE, Measure.REMOVAL):
        row.outcome, row.closed_on = DisposalOutcome.LEFT, day
    session.flush()


def close(session: Session, disposal_id: int, day: dt.date, outcome: DisposalOutcome, note: str = "") -> None:
    """End the follow-up: the member corrected what was wrong, or another end the note explains."""
    row = _load(session, disposal_id)
    outcome = DisposalOutcome(outcome)
    if row.closed_on is not None:
        raise InvalidDisposal("outcome", "closed")
    if outcome is DisposalOutcome.OPEN:
        raise InvalidDisposal("outcome", "required")
    if day < (row.decided_on or row.opened_on):
        raise InvalidDisposal("day", "before_opened")
    if outcome is DisposalOutcome.OTHER and not note.strip():
        raise InvalidDisposal("note", "required")
    row.outcome, row.closed_on = outcome, day
    row.note = " ".join(note.split()) or row.note
    session.flush()


def list_disposals(session: Session, *, open_only: bool = False) -> list[DisposalRow]:
    query = select(Disposal).order_by(Disposal.opened_on, Disposal.id)
    if open_only:
        query = query.where(Disposal.closed_on.is_(None))
    rows = list(session.scalars(query))
    ids = {r.person_id for r in rows} | {r.helper_id for r in rows if r.helper_id}
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all()) if ids else {}
    years = dict(session.execute(select(Evaluation.id, Evaluation.year)).tuples().all()) if rows else {}
    return [DisposalRow(r.id, r.person_id, names.get(r.person_id, "?"), r.evaluation_id,
                        years.get(r.evaluation_id) if r.evaluation_id else None, r.opened_on, r.measure, r.decided_on,
                        r.helper_id, names.get(r.helper_id, "") if r.helper_id else "", r.deadline, r.meeting_id,
                        r.outcome, r.closed_on, r.note) for r in rows]


def due_followups(session: Session, today: dt.date) -> list[FollowupDue]:
    """Follow-ups still to decide, and corrections whose deadline has come, oldest first."""
    owed = []
    for row in list_disposals(session, open_only=True):
        if row.measure is Measure.UNDECIDED:
            due = add_months(row.opened_on, DECIDE_WITHIN_MONTHS)
            owed.append(FollowupDue(row.id, row.person_id, row.name, "decide", due, due < today))
        elif row.measure is Measure.CORRECTION and row.deadline is not None and row.deadline <= today:
            owed.append(FollowupDue(row.id, row.person_id, row.name, "review", row.deadline, row.deadline < today))
    return sorted(owed, key=lambda d: (d.due, d.name))


def _load(session: Session, disposal_id: int) -> Disposal:
    row = session.get(Disposal, disposal_id)
    if row is None:
        raise InvalidDisposal("disposal", "not_found")
    return row
