"""Shared set-up for the member tests: a branch of full members, general meetings that vote, and development
files walked to a stage through the pipeline, so that every file obeys the rules the pipeline enforces."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from partyplan.db.models import Gender, Role, StepKind, VoteKind
from partyplan.development import pipeline
from partyplan.development.pipeline import StepData, add_months
from partyplan.meetings import service, types
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.members import roll
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


def general_meeting(session: Session, day: dt.date, votes: list[tuple[VoteKind, int, bool]],
                    today: dt.date = TODAY) -> int:
    """A general meeting held on `day` with every voter on the roll present, voting (kind, person, passed)."""
    types.seed_default_types(session)
    kind = next(t for t in types.list_types(session) if t.key == "general_meeting")
    voters = [e.person_id for e in roll.voter_roll(session, day)]
    meeting_id = service.create_meeting(session, MeetingData(kind.id, day))
    service.record_meeting(session, meeting_id, RecordData(day, attendees=tuple(AttendeeData(p) for p in voters),
                                                           resolutions=tuple(
        ResolutionData(f"{vote_kind.value} {person}", voted=True, kind=vote_kind, subject_id=person,
                       votes_for=len(voters) if passed else 0, votes_against=0 if passed else len(voters))
        for vote_kind, person, passed in votes)), today=today)
    return meeting_id


def step(session: Session, case: int, kind: StepKind, day: dt.date, today: dt.date = TODAY, **fields) -> int:
    return pipeline.add_step(session, case, StepData(kind, day, **fields), today=today)  # type: ignore[arg-type]


def to_target(session: Session, person_id: int, target_on: dt.date, mentors: tuple[int, ...],
              today: dt.date = TODAY) -> int:
    """A file from the application, 15 months before `target_on`, to a filed development target."""
    applied = add_months(target_on, -15)
    case = pipeline.open_case(session, person_id, applied, today=today)
    step(session, case, StepKind.TALK, applied + dt.timedelta(days=14), today)
    step(session, case, StepKind.ACTIVIST, add_months(applied, 2), today, people=mentors[:1])
    step(session, case, StepKind.FILING, add_months(applied, 2) + dt.timedelta(days=10), today, reference="备2024-01")
    step(session, case, StepKind.TARGET, target_on, today)
    step(session, case, StepKind.FILING, target_on + dt.timedelta(days=10), today, reference="备2025-02")
    return case


def ready_for_vote(session: Session, case: int, vote_on: dt.date, today: dt.date = TODAY) -> None:
    """Review, training, both reviews, the application form and a notice ended two weeks before `vote_on`."""
    for kind, months in ((StepKind.REVIEW, -3), (StepKind.TRAINING, -2), (StepKind.COMMITTEE_REVIEW, -1)):
        step(session, case, kind, add_months(vote_on, months), today,
             **({"days": 3, "class_hours": 24} if kind is StepKind.TRAINING else {}))
    step(session, case, StepKind.PRE_REVIEW, vote_on - dt.timedelta(days=25), today)
    step(session, case, StepKind.APPLICATION_FORM, vote_on - dt.timedelta(days=22), today, reference="志愿书0012")
    step(session, case, StepKind.NOTICE, vote_on - dt.timedelta(days=21), today)


def admit(session: Session, person_id: int, admitted: dt.date, sponsors: tuple[int, int],
          today: dt.date = TODAY) -> int:
    """A file from the application to admission by the general meeting on `admitted`, the organiser's talk
    and the higher committee's approval a month later; returns the file's id."""
    case = to_target(session, person_id, add_months(admitted, -6), sponsors, today)
    ready_for_vote(session, case, admitted, today)
    meeting = general_meeting(session, admitted, [(VoteKind.ADMISSION, person_id, True)], today)
    step(session, case, StepKind.PROBATIONARY, admitted, today, people=sponsors, meeting_id=meeting)
    step(session, case, StepKind.ORGANISER_TALK, admitted + dt.timedelta(days=14), today)
    step(session, case, StepKind.APPROVAL, add_months(admitted, 1), today)
    return case


def extend(session: Session, case_id: int, day: dt.date, months: int, today: dt.date = TODAY) -> None:
    """The general meeting extends the probation on `day`; the higher committee approves a month later."""
    person = pipeline.case_detail(session, case_id).person_id
    meeting = general_meeting(session, day, [(VoteKind.EXTENSION, person, True)], today)
    step(session, case_id, StepKind.EXTENSION, day, today, months=months, note="支部大会决定延长预备期",
         meeting_id=meeting)
    step(session, case_id, StepKind.APPROVAL, add_months(day, 1), today)


def convert(session: Session, case_id: int, day: dt.date, today: dt.date = TODAY, approve: bool = True) -> None:
    """The written application a fortnight before, the general meeting's vote on `day`, the approval."""
    person = pipeline.case_detail(session, case_id).person_id
    step(session, case_id, StepKind.CONVERSION_APPLICATION, day - dt.timedelta(days=14), today)
    meeting = general_meeting(session, day, [(VoteKind.CONVERSION, person, True)], today)
    step(session, case_id, StepKind.FULL, day, today, meeting_id=meeting)
    if approve:
        step(session, case_id, StepKind.APPROVAL, add_months(day, 1), today)
