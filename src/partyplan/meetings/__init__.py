"""Meetings on their required cadence: types, the year's schedule, attendance, minutes, resolutions and
votes, heart-to-heart talks and the year-end democratic evaluation.

Every module here takes a Session and speaks in dataclasses; problems are raised as the typed errors
below, carrying a field and a code that `texts/meetings.py` turns into words.
"""

from __future__ import annotations

from dataclasses import dataclass

from partyplan.errors import PartyPlanError


@dataclass
class InvalidMeeting(PartyPlanError):
    """A value the user typed cannot be stored; `field` names the form field, `code` the rule broken."""

    field: str
    code: str
    row: int | None = None  # the attendee or resolution row, counted from 0, when the field is in a table


@dataclass
class MeetingNotFound(PartyPlanError):
    kind: str
    key: int


__all__ = ["InvalidMeeting", "MeetingNotFound"]
