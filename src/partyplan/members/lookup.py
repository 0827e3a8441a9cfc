"""A person named on the command line: by id, or by name when the name is unique."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Person
from partyplan.errors import PartyPlanError


@dataclass
class PersonLookupError(PartyPlanError):
    text: str
    matches: int  # 0: nobody of that id or name; more: the name is not unique (use the id)


def find_person(session: Session, text: str) -> int:
    text = text.strip()
    if text.isdigit() and session.get(Person, int(text)) is not None:
        return int(text)
    found = list(session.scalars(select(Person.id).where(Person.name == text)))
    if len(found) != 1:
        raise PersonLookupError(text, len(found))
    return found[0]
