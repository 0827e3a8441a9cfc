"""Shared set-up for the development tests: `record` stores a step as the tests did before the file had
every published step, adding first, on the step's own day, what the rules now require around it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from partyplan.db.models import DevelopmentCase, MeetingType, StepKind, VoteKind
from partyplan.development import pipeline
from partyplan.development.pipeline import StepData
from partyplan.meetings import service, types
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.members import roll

VOTES = {StepKind.PROBATIONARY: VoteKind.ADMISSION, StepKind.EXTENSION: VoteKind.EXTENSION,
         StepKind.FULL: VoteKind.CONVERSION, StepKind.CANCELLED: VoteKind.CANCELLATION}


def record(session: Session, case_id: int, data: StepData, *, today: dt.date) -> int:
    """Like pipeline.add_step, with the filing after a committee decision, the two reviews and the
    application form before the notice, the general meeting's passed vote for a decision it takes, the
    organiser's talk before the admission's approval and the written application before the conversion."""
    case = session.get(DevelopmentCase, case_id)
    assert case is not None
    facts = pipeline.facts_of(case.steps)

    def add(kind: StepKind, **fields) -> None:  # type: ignore[no-untyped-def]
        pipeline.add_step(session, case_id, StepData(kind, data.day, **fields), today=today)

    if data.kind is StepKind.NOTICE and StepKind.COMMITTEE_REVIEW not in facts.first:
        for kind in (StepKind.COMMITTEE_REVIEW, StepKind.PRE_REVIEW, StepKind.APPLICATION_FORM):
            add(kind)
    if data.kind is StepKind.APPROVAL and facts.pending is StepKind.PROBATIONARY \
            and StepKind.ORGANISER_TALK not in facts.first:
        add(StepKind.ORGANISER_TALK)
    if data.kind is StepKind.FULL and StepKind.CONVERSION_APPLICATION not in facts.first:
        add(StepKind.CONVERSION_APPLICATION)
    admitted = StepKind.PROBATIONARY in facts.first
    if data.kind in VOTES and (data.kind is not StepKind.CANCELLED or admitted):
        data = replace(data, meeting_id=vote(session, data.day, VOTES[data.kind], case.person_id, data.meeting_id,
                                             today))
    step_id = pipeline.add_step(session, case_id, data, today=today)
    if data.kind in (StepKind.ACTIVIST, StepKind.TARGET):
        add(StepKind.FILING)
    return step_id


def vote(session: Session, day: dt.date, kind: VoteKind, person_id: int, meeting_id: int | None,
         today: dt.date) -> int:
    """A general meeting held on `day` (the one given, or a new one) where every voter votes for."""
    types.seed_default_types(session)
    if meeting_id is None:
        general = session.query(MeetingType).filter(MeetingType.key == "general_meeting").one()
        meeting_id = service.create_meeting(session, MeetingData(general.id, day))
    voters = [e.person_id for e in roll.voter_roll(session, day)]
    service.record_meeting(session, meeting_id, RecordData(day, attendees=tuple(AttendeeData(p) for p in voters),
                                                           resolutions=(ResolutionData(
        f"{kind.value} {person_id}", voted=True, votes_for=len(voters), kind=kind, subject_id=person_id),)),
                           today=today)
    return meeting_id
