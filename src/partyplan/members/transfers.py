"""Transfers of the organisational relation (党员组织关系转接) and who is on the branch's roll (在册).

A member's relation moves by a letter of introduction (党员组织关系介绍信) with its number, the day it is
issued and how long it is valid; the receiving branch returns a receipt (回执) once the member has reported
(报到). So the log decides who is 在册 on a day: a member transferred out is off the roll from the day
their letter is issued; a member transferred in is on it from the day they report here (the letter's
day, until the report is recorded). The receipt of a letter we issued, or the report of a member whose
letter reached us, that is still awaited after the office's months (three by default: a reminder) shows
as due.

Transferring a member in makes them a party member registered here in People (in the branch the letter
names); transferring one out leaves People's history as it was, only the roll changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Direction, Organisation, PartyCategory, Person, PersonRole, Role, Transfer
from partyplan.development.pipeline import add_months
from partyplan.errors import PartyPlanError
from partyplan.office import get_setting

RECEIPT_KEY = "transfers.receipt_months"
RECEIPT_MONTHS = 3


@dataclass
class InvalidTransfer(PartyPlanError):
    field: str
    code: str  # "required", "too_long", "future", "before_issued", "not_found", "not_member", "not_on_roll",
    # "already_here", "not_a_unit"


@dataclass(frozen=True)
class TransferData:
    direction: Direction
    issued_on: dt.date
    letter_no: str
    other_org: str  # the branch the member comes from (in) or goes to (out)
    valid_until: dt.date | None = None
    arrived_on: dt.date | None = None  # in: reported here
    receipt_on: dt.date | None = None  # in: receipt sent back; out: receipt returned
    organisation_id: int | None = None  # in: the branch or group joined here
    note: str = ""


@dataclass(frozen=True)
class TransferRow:
    id: int
    person_id: int
    name: str
    direction: Direction
    letter_no: str
    issued_on: dt.date
    other_org: str
    valid_until: dt.date | None
    arrived_on: dt.date | None
    receipt_on: dt.date | None
    organisation_id: int | None
    organisation: str
    note: str

    @property
    def effective(self) -> dt.date:
        """The day the roll changes: a report here, else the letter's day."""
        return self.arrived_on or self.issued_on if self.direction is Direction.IN else self.issued_on


@dataclass(frozen=True)
class TransferDue:
    transfer_id: int
    person_id: int
    name: str
    kind: str  # "receipt" (out: the receipt not back) or "arrival" (in: the member has not reported)
    due: dt.date
    overdue: bool


def record_transfer(session: Session, person_id: int, data: TransferData, today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    person = session.get(Person, person_id)
    if person is None:
        raise InvalidTransfer("person", "not_found")
    direction = Direction(data.direction)
    clean = _check(session, data, today)
    if direction is Direction.OUT:
        if Role.PARTY_MEMBER not in person.role_set:
            raise InvalidTransfer("person", "not_member")
        if not on_roll(session, person_id, data.issued_on):
            raise InvalidTransfer("person", "not_on_roll")
    elif on_roll(session, person_id, data.issued_on) and Role.PARTY_MEMBER in person.role_set \
            and person.party_category in (None, PartyCategory.REGISTERED):
        raise InvalidTransfer("person", "already_here")
    row = Transfer(person_id=person_id, direction=direction, **clean)
    session.add(row)
    if direction is Direction.IN:
        _join(session, person, clean["organisation_id"])
    session.flush()
    return row.id


def set_arrival(session: Session, transfer_id: int, day: dt.date, organisation_id: int | None = None,
                today: dt.date | None = None) -> None:
    """The member transferred in has reported here (报到)."""
    row = _load(session, transfer_id)
    if row.direction is not Direction.IN:
        raise InvalidTransfer("arrived_on", "required")
    _dates(row.issued_on, day, "arrived_on", today or dt.date.today())
    row.arrived_on = day
    if organisation_id is not None:
        _unit(session, organisation_id)
        row.organisation_id = organisation_id
        person = session.get(Person, row.person_id)
        assert person is not None
        person.organisation_id = organisation_id
    session.flush()


def set_receipt(session: Session, transfer_id: int, day: dt.date, today: dt.date | None = None) -> None:
    """The receipt (回执): returned to us for a letter we issued, or sent back for one we received."""
    row = _load(session, transfer_id)
    _dates(row.issued_on, day, "receipt_on", today or dt.date.today())
    row.receipt_on = day
    session.flush()


def delete_transfer(session: Session, transfer_id: int) -> None:
    session.delete(_load(session, transfer_id))
    session.flush()


def list_transfers(session: Session, year: int | None = None, person_id: int | None = None) -> list[TransferRow]:
    query = select(Transfer).order_by(Transfer.issued_on, Transfer.id)
    if year is not None:
        query = query.where(Transfer.issued_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    if person_id is not None:
        query = query.where(Transfer.person_id == person_id)
    rows = list(session.scalars(query))
    ids = {r.person_id for r in rows}
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all()) if ids else {}
    units = dict(session.execute(select(Organisation.id, Organisation.name)).tuples().all()) if rows else {}
    return [TransferRow(r.id, r.person_id, names.get(r.person_id, "?"), r.direction, r.letter_no, r.issued_on,
                        r.other_org, r.valid_until, r.arrived_on, r.receipt_on, r.organisation_id,
                        units.get(r.organisation_id, "") if r.organisation_id else "", r.note) for r in rows]


def off_roll(session: Session, on: dt.date) -> set[int]:
    """Who the log takes off the roll on `on`: transferred out by then, or transferred in only later."""
    latest: dict[int, tuple[dt.date, Direction]] = {}
    first: dict[int, tuple[dt.date, Direction]] = {}
    for row in list_transfers(session):
        first.setdefault(row.person_id, (row.effective, row.direction))
        if row.effective <= on and (row.person_id not in latest or row.effective >= latest[row.person_id][0]):
            latest[row.person_id] = (row.effective, row.direction)
    away = {pid for pid, (_day, direction) in latest.items() if direction is Direction.OUT}
    not_yet = {pid for pid, (day, direction) in first.items()
               if pid not in latest and direction is Direction.IN and day > on}
    return away | not_yet


def on_roll(session: Session, person_id: int, on: dt.date) -> bool:
    return person_id not in off_roll(session, on)


def receipt_months(session: Session) -> int:
    text = get_setting(session, RECEIPT_KEY, "")
    return int(text) if text.isdigit() and 1 <= int(text) <= 12 else RECEIPT_MONTHS


def due_transfers(session: Session, today: dt.date) -> list[TransferDue]:
    """Letters we issued whose receipt is not back, and members whose letter came who have not reported,
    once the letter's validity (else the office's months) has run."""
    months = receipt_months(session)
    owed = []
    for row in list_transfers(session):
        due = row.valid_until or add_months(row.issued_on, months)
        if row.direction is Direction.OUT and row.receipt_on is None and due <= today:
            owed.append(TransferDue(row.id, row.person_id, row.name, "receipt", due, due < today))
        if row.direction is Direction.IN and row.arrived_on is None and due <= today:
            owed.append(TransferDue(row.id, row.person_id, row.name, "arrival", due, due < today))
    return sorted(owed, key=lambda d: (d.due, d.name))


def _check(session: Session, data: TransferData, today: dt.date) -> dict[str, object]:
    letter, other = " ".join(data.letter_no.split()), " ".join(data.other_org.split())
    if not letter:
        raise InvalidTransfer("letter_no", "required")
    if not other:
        raise InvalidTransfer("other_org", "required")
    if len(letter) > 40 or len(other) > 200:
        raise InvalidTransfer("letter_no" if len(letter) > 40 else "other_org", "too_long")
    if data.issued_on > today:
        raise InvalidTransfer("issued_on", "future")
    if data.valid_until is not None and data.valid_until < data.issued_on:
        raise InvalidTransfer("valid_until", "before_issued")
    for name in ("arrived_on", "receipt_on"):
        if getattr(data, name) is not None:
            _dates(data.issued_on, getattr(data, name), name, today)
    direction = Direction(data.direction)
    if direction is Direction.OUT and (data.arrived_on is not None or data.organisation_id is not None):
        raise InvalidTransfer("arrived_on", "in_only")
    if data.organisation_id is not None:
        _unit(session, data.organisation_id)
    return {"letter_no": letter, "issued_on": data.issued_on, "other_org": other, "valid_until": data.valid_until,
            "arrived_on": data.arrived_on, "receipt_on": data.receipt_on, "organisation_id": data.organisation_id,
            "note": data.note.strip()}


def _dates(issued: dt.date, day: dt.date, field: str, today: dt.date) -> None:
    if day < issued:
        raise InvalidTransfer(field, "before_issued")
    if day > today:
        raise InvalidTransfer(field, "future")


def _join(session: Session, person: Person, organisation_id: int | None) -> None:
    """A member transferred in is a party member registered here, in the branch the letter names."""
    if Role.PARTY_MEMBER not in person.role_set:
        person.roles.append(PersonRole(role=Role.PARTY_MEMBER))
    person.party_category = PartyCategory.REGISTERED
    if organisation_id is not None:
        person.organisation_id = organisation_id


def _unit(session: Session, organisation_id: int) -> None:
    from partyplan.organisations.service import UNITS

    org = session.get(Organisation, organisation_id)
    if org is None or org.kind not in UNITS:
        raise InvalidTransfer("organisation", "not_a_unit")


def _load(session: Session, transfer_id: int) -> Transfer:
    row = session.get(Transfer, transfer_id)
    if row is None:
        raise InvalidTransfer("transfer", "not_found")
    return row
