"""The decisions in a member's file that the branch general meeting takes by vote, and the link from the
file to that vote.

《中国共产党支部工作条例（试行）》第十一条: the general meeting discusses and votes on the admission of a
probationary member, the conversion, an extension of the probation and its cancellation. So each of those
steps names the held meeting and the vote must be found there: of the right kind, on this person, and
passed by its rule (meetings/votes.py). The step is dated the day of the meeting. 《中国共产党发展党员工作
细则》第二十条 and the following articles add the higher committee's approval of each decision, within
three months; pipeline.py keeps that as a separate step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Meeting, MeetingAttendee, MeetingStatus, Presence, Resolution, StepKind, VoteKind

VOTED: dict[StepKind, VoteKind] = {
    StepKind.PROBATIONARY: VoteKind.ADMISSION, StepKind.EXTENSION: VoteKind.EXTENSION,
    StepKind.FULL: VoteKind.CONVERSION, StepKind.CANCELLED: VoteKind.CANCELLATION,
}  # fmt: skip
APPROVED = tuple(VOTED)  # the decisions the higher committee approves


@dataclass(frozen=True)
class LinkedVote:
    """The vote a step points to, as the checklist prints it."""

    meeting_id: int
    held_on: dt.date
    resolution_id: int
    text: str
    eligible: int
    voters_present: int
    votes_for: int
    votes_against: int
    abstentions: int
    passed: bool


def vote_problem(session: Session, person_id: int, meeting_id: int | None, day: dt.date,
                 kind: VoteKind) -> str | None:
    """None when the meeting was held on `day` and passed a vote of `kind` on this person, else why not:
    "vote_missing" (no meeting named), "not_found", "vote_day" (not held that day), "vote_not_found",
    "vote_failed"."""
    if meeting_id is None:
        return "vote_missing"
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return "not_found"
    if meeting.status is not MeetingStatus.HELD or meeting.held_on != day:
        return "vote_day"
    found = [r for r in meeting.resolutions if r.voted and r.kind is kind and r.subject_id == person_id]
    if not found:
        return "vote_not_found"
    return None if any(r.passed for r in found) else "vote_failed"


def linked_vote(session: Session, meeting_id: int | None, person_id: int, kind: VoteKind) -> LinkedVote | None:
    """The passed vote (else the last one taken) of `kind` on this person at the meeting, with its tally."""
    meeting = session.get(Meeting, meeting_id) if meeting_id is not None else None
    if meeting is None or meeting.held_on is None:
        return None
    found = [r for r in meeting.resolutions if r.voted and r.kind is kind and r.subject_id == person_id]
    if not found:
        return None
    vote: Resolution = next((r for r in found if r.passed), found[-1])
    rows = session.execute(select(MeetingAttendee.presence, MeetingAttendee.can_vote)
                           .where(MeetingAttendee.meeting_id == meeting.id)).all()
    eligible = sum(1 for _p, can_vote in rows if can_vote)
    present = sum(1 for presence, can_vote in rows if can_vote and presence is Presence.PRESENT)
    return LinkedVote(meeting.id, meeting.held_on, vote.id, vote.text, eligible, present, vote.votes_for,
                      vote.votes_against, vote.abstentions, bool(vote.passed))
