"""The year-end democratic evaluation (民主评议): self-assessment, peer assessment and the vote.

Each member is graded 优秀 / 合格 / 基本合格 / 不合格, counted from tallies typed in or ballot by
ballot. Probationary members take part (they appear, they assess) but are not graded. "Excellent" is
usually capped at one third of those graded: going over is a warning, not a refusal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Evaluation, EvaluationSubject, Grade, Person, PersonRole, Role
from partyplan.meetings import InvalidMeeting, MeetingNotFound
from partyplan.members.standing import Standing, standings

GRADES = (Grade.EXCELLENT, Grade.QUALIFIED, Grade.BASIC, Grade.UNQUALIFIED)  # best first
EXCELLENT_CAP = Fraction(1, 3)


@dataclass(frozen=True)
class EvaluationSummary:
    id: int
    year: int
    title: str
    meeting_id: int | None
    ballots_cast: int
    subjects: int


@dataclass(frozen=True)
class SubjectResult:
    person_id: int
    name: str
    probationary: bool
    self_assessment: str
    peer_assessment: str
    counts: dict[Grade, int]
    shares: dict[Grade, float]  # of the ballots cast, 0-1
    suggested: Grade | None  # what the vote says
    grade: Grade | None  # what was decided

    @property
    def marked(self) -> int:
        return sum(self.counts.values())

    @property
    def effective(self) -> Grade | None:
        return None if self.probationary else self.grade or self.suggested


@dataclass(frozen=True)
class EvaluationResult:
    evaluation: EvaluationSummary
    rows: list[SubjectResult]

    @property
    def graded(self) -> int:
        return sum(1 for r in self.rows if r.effective is not None)

    def grade_count(self, grade: Grade) -> int:
        return sum(1 for r in self.rows if r.effective is grade)

    @property
    def excellent_over_cap(self) -> bool:
        return self.graded > 0 and Fraction(self.grade_count(Grade.EXCELLENT), self.graded) > EXCELLENT_CAP

    @property
    def excellent_cap(self) -> int:
        """The most members that can be excellent within the one-third cap."""
        return int(self.graded * EXCELLENT_CAP)


# -- evaluations ---------------------------------------------------------------------------------
def create_evaluation(session: Session, year: int, title: str = "", person_ids: list[int] | None = None,
                      meeting_id: int | None = None) -> int:
    """An evaluation of the given people (default: every current party member) at the end of `year`."""
    if not 1949 <= year <= 2200:
        raise InvalidMeeting("year", "year_range")
    year_end = dt.date(year, 12, 31)
    people = _people(session, person_ids)
    member = standings(session, year_end, [p.id for p in people])
    evaluation = Evaluation(year=year, title=title.strip(), meeting_id=meeting_id, ballots_cast=0)
    session.add(evaluation)
    session.flush()
    for person in people:  # probation read from the development file: an extended probation is not graded
        probationary = person.id in member and member[person.id].standing is Standing.PROBATIONARY
        evaluation.subjects.append(EvaluationSubject(
            person_id=person.id, probationary=probationary, self_assessment="", peer_assessment=""))
    session.flush()
    return evaluation.id


def list_evaluations(session: Session) -> list[EvaluationSummary]:
    rows = session.scalars(select(Evaluation).order_by(Evaluation.year.desc(), Evaluation.id.desc()))
    return [_summary(e) for e in rows]


def delete_evaluation(session: Session, evaluation_id: int) -> None:
    session.delete(_load(session, evaluation_id))
    session.flush()


def set_ballots_cast(session: Session, evaluation_id: int, ballots: int) -> None:
    evaluation = _load(session, evaluation_id)
    if ballots < 0:
        raise InvalidMeeting("ballots_cast", "negative")
    most = max((sum(_counts(s).values()) for s in evaluation.subjects), default=0)
    if ballots < most:
        raise InvalidMeeting("ballots_cast", "fewer_than_marked")
    evaluation.ballots_cast = ballots
    session.flush()


# -- one member ----------------------------------------------------------------------------------
def set_assessments(session: Session, evaluation_id: int, person_id: int, self_text: str, peer_text: str) -> None:
    subject = _subject(session, evaluation_id, person_id)
    subject.self_assessment, subject.peer_assessment = self_text.strip(), peer_text.strip()
    session.flush()


def set_tallies(session: Session, evaluation_id: int, person_id: int, counts: dict[Grade, int]) -> None:
    """Tallies counted by hand; they cannot add up to more than the ballots cast."""
    evaluation = _load(session, evaluation_id)
    subject = _subject(session, evaluation_id, person_id)
    merged = {**_counts(subject), **{Grade(g): n for g, n in counts.items()}}
    if any(n for n in merged.values()) and subject.probationary:
        raise InvalidMeeting("tallies", "probationary")
    if any(n < 0 for n in merged.values()):
        raise InvalidMeeting("tallies", "negative")
    if sum(merged.values()) > evaluation.ballots_cast:
        raise InvalidMeeting("tallies", "more_than_ballots")
    for grade, n in merged.items():
        setattr(subject, grade.value, n)
    session.flush()


def add_ballot(session: Session, evaluation_id: int, marks: dict[int, Grade]) -> None:
    """One paper ballot: a grade per member marked; members left blank are not counted."""
    evaluation = _load(session, evaluation_id)
    subjects = {s.person_id: s for s in evaluation.subjects}
    for person_id in marks:
        if person_id not in subjects:
            raise InvalidMeeting("ballot", "not_a_subject")
        if subjects[person_id].probationary:
            raise InvalidMeeting("ballot", "probationary")
    evaluation.ballots_cast += 1
    for person_id, grade in marks.items():
        subject = subjects[person_id]
        setattr(subject, Grade(grade).value, getattr(subject, Grade(grade).value) + 1)
    session.flush()


def set_grade(session: Session, evaluation_id: int, person_id: int, grade: Grade | None) -> None:
    subject = _subject(session, evaluation_id, person_id)
    if grade is not None and subject.probationary:
        raise InvalidMeeting("grade", "probationary")
    subject.grade = Grade(grade) if grade is not None else None
    session.flush()


def apply_suggested(session: Session, evaluation_id: int) -> int:
    """Give every graded member the grade the vote suggests; returns how many were given one."""
    given = 0
    for row in results(session, evaluation_id).rows:
        if not row.probationary and row.suggested is not None:
            set_grade(session, evaluation_id, row.person_id, row.suggested)
            given += 1
    return given


# -- results -------------------------------------------------------------------------------------
def suggest(counts: dict[Grade, int], ballots: int) -> Grade | None:
    """The best grade that more than half of the ballots give or exceed (the median grade)."""
    if ballots <= 0 or not any(counts.values()):
        return None
    running = 0
    for grade in GRADES:
        running += counts.get(grade, 0)
        if running * 2 > ballots:
            return grade
    return None  # too many blank ballots to say


def results(session: Session, evaluation_id: int) -> EvaluationResult:
    evaluation = _load(session, evaluation_id)
    ids = [s.person_id for s in evaluation.subjects]
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all()) if ids else {}
    rows = []
    for s in evaluation.subjects:
        counts = _counts(s)
        base = evaluation.ballots_cast or sum(counts.values())
        shares = {g: (n / base if base else 0.0) for g, n in counts.items()}
        rows.append(SubjectResult(
            s.person_id, names.get(s.person_id, "?"), s.probationary, s.self_assessment, s.peer_assessment, counts,
            shares, None if s.probationary else suggest(counts, base), s.grade))
    rows.sort(key=lambda r: (r.probationary, r.name, r.person_id))
    return EvaluationResult(_summary(evaluation), rows)


# -- helpers -------------------------------------------------------------------------------------
def _people(session: Session, person_ids: list[int] | None) -> list[Person]:
    if person_ids is None:
        query = (select(Person).join(PersonRole, PersonRole.person_id == Person.id)
                 .where(PersonRole.role == Role.PARTY_MEMBER, Person.archived.is_(False)))
        return list(session.scalars(query.order_by(Person.name, Person.id)))
    people = [session.get(Person, pid) for pid in dict.fromkeys(person_ids)]
    if any(p is None for p in people):
        raise InvalidMeeting("subjects", "not_found")
    return [p for p in people if p is not None]


def _counts(subject: EvaluationSubject) -> dict[Grade, int]:
    return {g: int(getattr(subject, g.value) or 0) for g in GRADES}


def _summary(evaluation: Evaluation) -> EvaluationSummary:
    return EvaluationSummary(evaluation.id, evaluation.year, evaluation.title, evaluation.meeting_id,
                             evaluation.ballots_cast, len(evaluation.subjects))


def _subject(session: Session, evaluation_id: int, person_id: int) -> EvaluationSubject:
    subject = session.get(EvaluationSubject, (evaluation_id, person_id))
    if subject is None:
        raise MeetingNotFound("evaluation_subject", person_id)
    return subject


def _load(session: Session, evaluation_id: int) -> Evaluation:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise MeetingNotFound("evaluation", evaluation_id)
    return evaluation
