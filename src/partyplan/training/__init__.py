"""Training of cadres, members and development targets, and commendations of people and organisations.

`service` keeps the sessions, their participants and the yearly requirement per role; `commendations`
the awards; `export` writes the year's registers to one print-ready workbook.
"""

from __future__ import annotations

from dataclasses import dataclass

from partyplan.errors import PartyPlanError


@dataclass
class InvalidTraining(PartyPlanError):
    """A refused value: the field it concerns, a code, and the names involved (archived participants)."""

    field: str
    code: str
    people: tuple[str, ...] = ()


@dataclass
class TrainingNotFound(PartyPlanError):
    kind: str  # "session", "participant", "commendation", "person"
    key: object
