"""Shared set-up for the member tests: a branch of full members, and development files walked to a stage
through the pipeline, so that every file obeys the rules the pipeline enforces."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from partyplan.db.models import Gender, Role, StepKind
from partyplan.development import pipeline
from partyplan.development.pipeline import StepData, add_months
from partyplan.people import service as people
from partyplan.people.validation import PersonData

D = dt.date
TODAY = D(2026, 11, 23)


def add(session: Session, name: str, roles: set[Role] | None = None, joined: dt.date | None = None,
        **fields) -> int:  # type: ignore[no-untyped-def]
    return people.add_person(session, PersonData(name=name, roles=roles or set(), joined_date=joined,
                                                 gender=fields.pop("gender", Gender.MALE),
                                                 birth_date=fields.pop("birth_date", D(1990, 3, 1)), **fields),
                             TODAY)


def full_members(session: Session, count: int, joined: dt.date = D(2010, 7, 1)) -> list[int]:
    """Long-standing full members registered here (no development file: People's joining day decides)."""
    return [add(session, f"党员{n:02d}", {Role.PARTY_MEMBER}, joined) for n in range(1, count + 1)]


def admit(session: Session, person_id: int, admitted: dt.date, sponsors: tuple[int, int],
          today: dt.date = TODAY) -> int:
    """A file from the application (about two and a half years before) to admission on `admitted`, and
    the higher committee's approval a month later; returns the file's id."""
    applied = add_months(admitted, -30)
    case = pipeline.open_case(session, person_id, applied, today=today)
    for kind, day, extra in (
            (StepKind.TALK, applied + dt.timedelta(days=14), {}),
            (StepKind.ACTIVIST, add_months(applied, 2), {"people": sponsors[:1]}),
            (StepKind.TARGET, add_months(applied, 15), {}),
            (StepKind.REVIEW, add_months(applied, 16), {}),
            (StepKind.TRAINING, add_months(applied, 17), {"days": 3, "class_hours": 24}),
            (StepKind.NOTICE, add_months(admitted, -1), {}),
            (StepKind.PROBATIONARY, admitted, {"people": sponsors}),
            (StepKind.APPROVAL, add_months(admitted, 1), {})):
        pipeline.add_step(session, case, StepData(kind, day, **extra), today=today)
    return case


def extend(session: Session, case_id: int, day: dt.date, months: int, today: dt.date = TODAY) -> None:
    pipeline.add_step(session, case_id, StepData(StepKind.EXTENSION, day, months=months,
                                                 note="支部大会决定延长预备期"), today=today)
