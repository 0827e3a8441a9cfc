"""What a unit of work changed beyond its own area, noted by the service that changes it.

A write belongs to one area, and a few change another as well: a held meeting linked to a plan item
marks the item done (plans), a resolution becomes a plan item (plans), an admission voted through
makes a party member in People (people). The rule that makes such a change lives in the service, so
the service notes the area there, on the session (`touch`). A front end that shows several areas at
once reads them after the unit of work (`touched`): the window's operations layer announces each, so
the tabs showing them reload. The command line has nothing on screen to refresh and ignores them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

PLANS, PEOPLE = "plans", "people"
_KEY = "partyplan.touched"


def touch(session: Session, *areas: str) -> None:
    session.info.setdefault(_KEY, set()).update(areas)


def touched(session: Session) -> tuple[str, ...]:
    """The areas noted in this session's unit of work, in a steady order."""
    return tuple(sorted(session.info.get(_KEY, ())))
