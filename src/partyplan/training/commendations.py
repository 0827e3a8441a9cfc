"""Commendations (表彰): to a person from People or to an organisation, at one of five levels, often
awarded on the year's evaluation ("优秀共产党员" for the 2025 evaluation, presented in 2026).

The register of a year lists what was awarded in it; a person's record lists all of theirs. Where a
person was graded in the evaluation of the linked year, the grade travels with the row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Commendation, Evaluation, EvaluationSubject, Person
from partyplan.training import InvalidTraining, TrainingNotFound

LEVELS = ("national", "provincial", "municipal", "district", "community")  # highest first


@dataclass(frozen=True)
class CommendationData:
    title: str
    level: str
    day: dt.date
    person_id: int | None = None
    organisation: str = ""
    awarding_body: str = ""
    evaluation_year: int | None = None
    note: str = ""


@dataclass(frozen=True)
class CommendationRow:
    id: int
    data: CommendationData
    person_name: str  # empty for an organisation
    grade: str | None  # the person's grade in the linked year's evaluation, when one was given

    @property
    def recipient(self) -> str:
        return self.person_name or self.data.organisation


def add_commendation(session: Session, data: CommendationData) -> int:
    row = Commendation()
    _apply(row, _checked(session, data))
    session.add(row)
    session.flush()
    return row.id


def update_commendation(session: Session, commendation_id: int, data: CommendationData) -> None:
    _apply(_get(session, commendation_id), _checked(session, data))
    session.flush()


def delete_commendation(session: Session, commendation_id: int) -> None:
    session.delete(_get(session, commendation_id))
    session.flush()


def get_commendation(session: Session, commendation_id: int) -> CommendationRow:
    return _rows(session, [_get(session, commendation_id)])[0]


def register(session: Session, year: int) -> list[CommendationRow]:
    """What was awarded in `year`, by date, highest level first on the same day."""
    rows = session.scalars(select(Commendation).where(Commendation.day >= dt.date(year, 1, 1),
                                                      Commendation.day <= dt.date(year, 12, 31))
                           .order_by(Commendation.day, Commendation.id)).all()
    return sorted(_rows(session, rows), key=lambda r: (r.data.day, LEVELS.index(r.data.level), r.id))


def for_evaluation_year(session: Session, year: int) -> list[CommendationRow]:
    """What was awarded on the evaluation of `year`, whenever it was presented (the yearly report)."""
    rows = session.scalars(select(Commendation).where(Commendation.evaluation_year == year)
                           .order_by(Commendation.day, Commendation.id)).all()
    return _rows(session, rows)


def of_person(session: Session, person_id: int) -> list[CommendationRow]:
    """A person's commendations, newest first (their record)."""
    rows = session.scalars(select(Commendation).where(Commendation.person_id == person_id)
                           .order_by(Commendation.day.desc(), Commendation.id)).all()
    return _rows(session, rows)


def years(session: Session) -> list[int]:
    return sorted({d.year for d in session.scalars(select(Commendation.day).distinct())}, reverse=True)


# -- helpers -----------------------------------------------------------------------------------
def _checked(session: Session, data: CommendationData) -> CommendationData:
    if not data.title.strip():
        raise InvalidTraining("title", "required")
    if data.level not in LEVELS:
        raise InvalidTraining("level", "unknown_level")
    organisation = data.organisation.strip()
    if data.person_id is None and not organisation:
        raise InvalidTraining("recipient", "no_recipient")
    if data.person_id is not None and organisation:
        raise InvalidTraining("recipient", "two_recipients")
    if data.person_id is not None and session.get(Person, data.person_id) is None:
        raise TrainingNotFound("person", data.person_id)
    if data.evaluation_year is not None and not 1949 <= data.evaluation_year <= data.day.year:
        raise InvalidTraining("evaluation_year", "evaluation_year_range")
    return data


def _apply(row: Commendation, data: CommendationData) -> None:
    row.title, row.level, row.day = data.title.strip(), data.level, data.day
    row.person_id, row.organisation = data.person_id, data.organisation.strip()
    row.awarding_body, row.evaluation_year = data.awarding_body.strip(), data.evaluation_year
    row.note = data.note.strip()


def _rows(session: Session, rows: list[Commendation]) -> list[CommendationRow]:
    ids = {r.person_id for r in rows if r.person_id is not None}
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all())
    grades = _grades(session, rows)
    return [CommendationRow(r.id, CommendationData(r.title, r.level, r.day, r.person_id, r.organisation,
                                                   r.awarding_body, r.evaluation_year, r.note),
                            names.get(r.person_id, "") if r.person_id is not None else "",
                            grades.get((r.person_id, r.evaluation_year))) for r in rows]


def _grades(session: Session, rows: list[Commendation]) -> dict[tuple[int | None, int | None], str]:
    wanted = {(r.person_id, r.evaluation_year) for r in rows if r.person_id is not None and r.evaluation_year}
    if not wanted:
        return {}
    found = session.execute(
        select(EvaluationSubject.person_id, Evaluation.year, EvaluationSubject.grade).join(Evaluation)
        .where(EvaluationSubject.person_id.in_({p for p, _y in wanted}),
               Evaluation.year.in_({y for _p, y in wanted}), EvaluationSubject.grade.is_not(None))).tuples()
    return {(p, y): g.value for p, y, g in found if (p, y) in wanted}


def _get(session: Session, commendation_id: int) -> Commendation:
    row = session.get(Commendation, commendation_id)
    if row is None:
        raise TrainingNotFound("commendation", commendation_id)
    return row
