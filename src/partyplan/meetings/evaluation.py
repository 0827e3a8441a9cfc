"""The year-end democratic evaluation (民主评议): self-assessment, peer assessment and the vote.

Each member is graded 优秀 / 合格 / 基本合格 / 不合格, counted from tallies typed in or ballot by
ballot. Probationary members take part (they appear, they assess) but are not graded; members whose
organisational relation is in another branch are evaluated there. "Excellent" is capped at a share of
those graded that the office sets (default one third, as 民主评议 practice has it): a grade that would
go over it is refused unless the evaluation carries the reason it goes over. A member graded 不合格 gets
a follow-up at once (members/disposals.py: 教育帮助, 限期改正 or 劝退, per 中组部《关于稳妥有序开展不合格
党员组织处置工作的意见》, 2016). An evaluation owed for a year shows as due (`evaluation_due`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.concurrency import check_version, locked_get
from partyplan.db.models import Evaluation, EvaluationSubject, Grade, Person
from partyplan.meetings import InvalidMeeting, MeetingNotFound
from partyplan.members.standing import Standing, standings
from partyplan.office import get_setting, set_setting

GRADES = (Grade.EXCELLENT, Grade.QUALIFIED, Grade.BASIC, Grade.UNQUALIFIED)  # best first
EXCELLENT_CAP = Fraction(1, 3)  # the default; the office's own share is kept under CAP_KEY
CAP_KEY = "evaluation.excellent_cap"
DUE_BY = (3, 31)  # a year's evaluation is owed by the end of the next March; it shows as due from December


@dataclass(frozen=True)
class EvaluationSummary:
    id: int
    year: int
    title: str
    meeting_id: int | None
    ballots_cast: int
    subjects: int
    excellent_override: str = ""  # why more than the cap are excellent


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
    row_version: int = 0  # what an edit of this member's line hands back as expected_version

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
    cap: Fraction = EXCELLENT_CAP  # the office's share at the time of reading

    @property
    def graded(self) -> int:
        return sum(1 for r in self.rows if r.effective is not None)

    def grade_count(self, grade: Grade) -> int:
        return sum(1 for r in self.rows if r.effective is grade)

    @property
    def excellent_over_cap(self) -> bool:
        return self.graded > 0 and Fraction(self.grade_count(Grade.EXCELLENT), self.graded) > self.cap

    @property
    def excellent_cap(self) -> int:
        """The most members that can be excellent within the cap."""
        return int(self.graded * self.cap)

    @property
    def held_back(self) -> list[SubjectResult]:
        """Members the vote suggests as excellent who were not given it: over the cap."""
        return [r for r in self.rows if r.grade is None and r.suggested is Grade.EXCELLENT and not r.probationary]


@dataclass(frozen=True)
class EvaluationDue:
    """A year with no evaluation yet: due by `due`, overdue after it."""

    year: int
    due: dt.date
    overdue: bool


# -- the office's cap ----------------------------------------------------------------------------
def excellent_cap(session: Session) -> Fraction:
    """The share of graded members who may be excellent; a stored value that no longer reads gives the default."""
    text = get_setting(session, CAP_KEY, "")
    try:
        cap = Fraction(text) if text else EXCELLENT_CAP
    except (ValueError, ZeroDivisionError):
        return EXCELLENT_CAP
    return cap if 0 < cap <= 1 else EXCELLENT_CAP


def set_excellent_cap(session: Session, cap: Fraction) -> None:
    cap = Fraction(cap)
    if not 0 < cap <= 1:
        raise InvalidMeeting("cap", "cap_range")
    set_setting(session, CAP_KEY, f"{cap.numerator}/{cap.denominator}")


def cap_count(gradable: int, cap: Fraction) -> int:
    """How many of `gradable` members may be excellent."""
    return int(gradable * cap)


# -- evaluations ---------------------------------------------------------------------------------
def create_evaluation(session: Session, year: int, title: str = "", person_ids: list[int] | None = None,
                      meeting_id: int | None = None) -> int:
    """An evaluation of the given people (default: every party member registered in this branch on the
    year's last day, probationary ones included) at the end of `year`."""
    if not 1949 <= year <= 2200:
        raise InvalidMeeting("year", "year_range")
    year_end = dt.date(year, 12, 31)
    people = _people(session, person_ids, year_end)
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
def set_assessments(session: Session, evaluation_id: int, person_id: int, self_text: str, peer_text: str, *,
                    expected_version: int | None = None) -> None:
    """`expected_version`: the member's row_version as shown (ConflictError when another PC saved it since)."""
    subject = _subject(session, evaluation_id, person_id, locked=expected_version is not None)
    check_version(session, subject, expected_version,
                  {"self_assessment": self_text.strip(), "peer_assessment": peer_text.strip()}, str(person_id))
    subject.self_assessment, subject.peer_assessment = self_text.strip(), peer_text.strip()
    session.flush()


def set_tallies(session: Session, evaluation_id: int, person_id: int, counts: dict[Grade, int], *,
                expected_version: int | None = None) -> None:
    """Tallies counted by hand; they cannot add up to more than the ballots cast."""
    evaluation = _load(session, evaluation_id)
    subject = _subject(session, evaluation_id, person_id, locked=expected_version is not None)
    check_version(session, subject, expected_version, {Grade(g).value: n for g, n in counts.items()}, str(person_id))
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
    """One paper ballot: a grade per member marked; members left blank are not counted. Two PCs counting
    ballots at once count one after the other (the evaluation is locked), so no ballot is lost."""
    evaluation = _load(session, evaluation_id, locked=True)
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


def set_grade(session: Session, evaluation_id: int, person_id: int, grade: Grade | None, *,
              override_reason: str = "", expected_version: int | None = None) -> None:
    """Decide a member's grade. "Excellent" beyond the office's cap is refused (InvalidMeeting "grade",
    "excellent_cap") unless the evaluation has, or `override_reason` gives, the reason it goes over.
    "Unqualified" opens the member's follow-up; taking it back removes a follow-up nothing was decided in.
    `expected_version`: the member's row_version as shown (ConflictError when another PC saved it since)."""
    evaluation = _load(session, evaluation_id)
    subject = _subject(session, evaluation_id, person_id, locked=expected_version is not None)
    check_version(session, subject, expected_version, {"grade": grade}, str(person_id))
    if grade is not None and subject.probationary:
        raise InvalidMeeting("grade", "probationary")
    grade = Grade(grade) if grade is not None else None
    if grade is Grade.EXCELLENT and subject.grade is not Grade.EXCELLENT:
        gradable = sum(1 for s in evaluation.subjects if not s.probationary)
        excellent = sum(1 for s in evaluation.subjects if s.grade is Grade.EXCELLENT) + 1
        if excellent > cap_count(gradable, excellent_cap(session)):
            reason = " ".join(override_reason.split()) or evaluation.excellent_override
            if not reason:
                raise InvalidMeeting("grade", "excellent_cap")
            evaluation.excellent_override = reason
    was = subject.grade
    subject.grade = grade
    session.flush()
    from partyplan.members import disposals  # members reads evaluations; the follow-up is theirs

    if grade is Grade.UNQUALIFIED and was is not Grade.UNQUALIFIED:  # opened when graded, at latest the year's end
        opened = min(evaluation.created_at.date(), dt.date(evaluation.year, 12, 31))
        disposals.open_followup(session, person_id, evaluation_id, opened)
    elif was is Grade.UNQUALIFIED and grade is not Grade.UNQUALIFIED:
        disposals.withdraw_followup(session, person_id, evaluation_id)


def set_excellent_override(session: Session, evaluation_id: int, reason: str) -> None:
    """Record (or, with "", clear) why this evaluation grades more members excellent than the cap allows;
    clearing is refused while the grades still go over it."""
    evaluation = _load(session, evaluation_id)
    reason = " ".join(reason.split())
    if not reason:
        gradable = sum(1 for s in evaluation.subjects if not s.probationary)
        if sum(1 for s in evaluation.subjects if s.grade is Grade.EXCELLENT) > cap_count(gradable,
                                                                                      excellent_cap(session)):
            raise InvalidMeeting("excellent_override", "excellent_cap")
    evaluation.excellent_override = reason
    session.flush()


def apply_suggested(session: Session, evaluation_id: int, *, override_reason: str = "") -> int:
    """Give every graded member the grade the vote suggests, "excellent" only as far as the cap allows
    (most ballots for excellent first) unless a reason to go over is given or recorded; those held back
    stay without a grade (`EvaluationResult.held_back`). Returns how many were given one."""
    given = 0
    found = results(session, evaluation_id)
    evaluation = _load(session, evaluation_id)
    room = None if (override_reason.strip() or evaluation.excellent_override) else (
        cap_count(sum(1 for r in found.rows if not r.probationary), found.cap)
        - sum(1 for r in found.rows if r.grade is Grade.EXCELLENT))
    ordered = sorted(found.rows, key=lambda r: -r.shares.get(Grade.EXCELLENT, 0.0))  # stable: ties keep the order
    for row in ordered:
        if row.probationary or row.suggested is None or row.grade is row.suggested:
            continue
        if row.suggested is Grade.EXCELLENT and room is not None:
            if room <= 0:
                continue
            room -= 1
        set_grade(session, evaluation_id, row.person_id, row.suggested, override_reason=override_reason)
        given += 1
    return given


def evaluation_due(session: Session, today: dt.date) -> list[EvaluationDue]:
    """Last year's evaluation if none was held (overdue after the end of March), and this year's from December."""
    held = set(session.scalars(select(Evaluation.year).where(Evaluation.year.in_((today.year - 1, today.year)))))
    owed = []
    for year in (today.year - 1, today.year):
        due = dt.date(year + 1, *DUE_BY)
        if year not in held and (year < today.year or today.month == 12):
            owed.append(EvaluationDue(year, due, today > due))
    return owed


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
            shares, None if s.probationary else suggest(counts, base), s.grade, s.row_version))
    rows.sort(key=lambda r: (r.probationary, r.name, r.person_id))
    return EvaluationResult(_summary(evaluation), rows, excellent_cap(session))


# -- helpers -------------------------------------------------------------------------------------
def _people(session: Session, person_ids: list[int] | None, on: dt.date) -> list[Person]:
    if person_ids is None:
        from partyplan.members import roll

        ids = [e.person_id for e in roll.members(session, on) if e.no_vote is not roll.NoVote.ELSEWHERE]
        return [p for p in (session.get(Person, pid) for pid in ids) if p is not None]
    people = [session.get(Person, pid) for pid in dict.fromkeys(person_ids)]
    if any(p is None for p in people):
        raise InvalidMeeting("subjects", "not_found")
    return [p for p in people if p is not None]


def _counts(subject: EvaluationSubject) -> dict[Grade, int]:
    return {g: int(getattr(subject, g.value) or 0) for g in GRADES}


def _summary(evaluation: Evaluation) -> EvaluationSummary:
    return EvaluationSummary(evaluation.id, evaluation.year, evaluation.title, evaluation.meeting_id,
                             evaluation.ballots_cast, len(evaluation.subjects), evaluation.excellent_override)


def _subject(session: Session, evaluation_id: int, person_id: int, *, locked: bool = False) -> EvaluationSubject:
    key = (evaluation_id, person_id)
    subject = locked_get(session, EvaluationSubject, key) if locked else session.get(EvaluationSubject, key)
    if subject is None:
        raise MeetingNotFound("evaluation_subject", person_id)
    return subject


def _load(session: Session, evaluation_id: int, *, locked: bool = False) -> Evaluation:
    evaluation = locked_get(session, Evaluation, evaluation_id) if locked else session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise MeetingNotFound("evaluation", evaluation_id)
    return evaluation
