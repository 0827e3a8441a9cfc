"""Reading and changing people: the only place that writes the people tables."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from partyplan.db import concurrency
from partyplan.db.concurrency import check_version, locked_get
from partyplan.db.models import PartyCategory, Person, PersonRole, Role
from partyplan.errors import PartyPlanError
from partyplan.people.matching import PeopleIndex
from partyplan.people.validation import FieldProblem, InvalidPerson, PersonData, validate


@dataclass
class PersonNotFound(PartyPlanError):
    person_id: int


class DeleteOutcome(enum.StrEnum):
    DELETED = "deleted"
    ARCHIVED = "archived"


@dataclass(frozen=True)
class PersonRow:
    """One line of the People table: plain values, safe to hold after the session is gone."""

    id: int
    name: str
    gender: str | None
    birth_date: dt.date | None
    phone: str | None
    id_number: str | None
    address: str | None
    household: str | None
    unit: str | None
    roles: frozenset[Role]
    party_category: str | None
    joined_date: dt.date | None
    notes: str | None
    archived: bool
    education: str | None = None
    row_version: int = 0  # what a form hands back as expected_version when it saves


    def data(self) -> PersonData:
        from partyplan.db.models import Education, Gender, PartyCategory

        return PersonData(
            name=self.name,
            gender=Gender(self.gender) if self.gender else None,
            birth_date=self.birth_date,
            phone=self.phone,
            id_number=self.id_number,
            address=self.address,
            household=self.household,
            unit=self.unit,
            roles=set(self.roles),
            party_category=PartyCategory(self.party_category) if self.party_category else None,
            joined_date=self.joined_date,
            notes=self.notes,
            education=Education(self.education) if self.education else None,
        )


_ROW_COLUMNS = (Person.id, Person.name, Person.gender, Person.birth_date, Person.phone, Person.id_number,
                Person.address, Person.household, Person.unit, Person.party_category, Person.joined_date,
                Person.notes, Person.archived, Person.education, Person.row_version)


def list_people(session: Session, *, include_archived: bool = True) -> list[PersonRow]:
    """Every person as a row, by name."""
    return _rows(session, *(() if include_archived else (Person.archived.is_(False),)))


def _rows(session: Session, *where) -> list[PersonRow]:  # type: ignore[no-untyped-def]
    """People as rows, read as plain columns and one query for the roles, not as ORM objects: the People
    tab reads a ten-year office's 2,000 people on every visit, and objects took ten times as long."""
    people = session.execute(select(*_ROW_COLUMNS).where(*where).order_by(Person.name, Person.id)).all()
    roles = role_sets(session, {row[0] for row in people})
    return [PersonRow(id=pid, name=name, gender=_value(gender), birth_date=born, phone=phone, id_number=id_number,
                      address=address, household=household, unit=unit, roles=roles.get(pid, frozenset()),
                      party_category=_value(category), joined_date=joined, notes=notes, archived=archived,
                      education=_value(education), row_version=row_version)
            for (pid, name, gender, born, phone, id_number, address, household, unit, category, joined, notes,
                 archived, education, row_version) in people]


def role_sets(session: Session, ids: set[int] | None = None) -> dict[int, frozenset[Role]]:
    """The roles of these people (or of everyone) in one query, for lists of people read as columns;
    people without a role are not in it."""
    query = select(PersonRole.person_id, PersonRole.role)
    if ids is not None and not ids:
        return {}
    if ids is not None and len(ids) <= 500:  # more: reading all is as quick, and no list of ids to bind
        query = query.where(PersonRole.person_id.in_(ids))
    roles: dict[int, set[Role]] = {}
    for person_id, role in session.execute(query).all():
        roles.setdefault(person_id, set()).add(role)
    return {person_id: frozenset(held) for person_id, held in roles.items()}


def _value(member: enum.Enum | None) -> str | None:
    return member.value if member is not None else None


def get_person(session: Session, person_id: int) -> PersonRow:
    rows = _rows(session, Person.id == person_id)
    if not rows:
        raise PersonNotFound(person_id)
    return rows[0]


def count_people(session: Session) -> int:
    return session.scalar(select(func.count(Person.id))) or 0


def find_duplicate(session: Session, data: PersonData, exclude_id: int | None = None) -> int | None:
    """The same ID number, or the same name and phone, compared as people.matching normalises them:
    the same person typed twice."""
    match = PeopleIndex.of(session, exclude_id).find(data.name, data.phone, data.id_number)
    return match.person_id if match else None


def add_person(session: Session, data: PersonData, today: dt.date | None = None, *,
               known: PeopleIndex | None = None) -> int:
    """`known` is everyone recorded so far, when the caller adds many people (an import) and keeps it
    up to date; otherwise it is read here."""
    clean = validate(data, today)
    _refuse_duplicate(clean, known if known is not None else PeopleIndex.of(session))
    person = Person()
    _apply(person, clean)
    session.add(person)
    session.flush()
    if known is not None:
        known.add(person.id, clean.name, clean.phone, clean.id_number)
    return person.id


def update_person(session: Session, person_id: int, data: PersonData, today: dt.date | None = None, *,
                  expected_version: int | None = None) -> None:
    """Save the form. `expected_version` is the row_version the form was filled from: when another PC
    has saved the person since, ConflictError (with both values of each field they changed) and nothing
    is written; give `exc.current_version` to save over theirs."""
    clean = validate(data, today)
    person = _load(session, person_id, locked=expected_version is not None)
    mine = {name: getattr(clean, name) for name in PERSON_FIELDS}
    mine["roles"] = sorted(role.value for role in clean.roles)
    check_version(session, person, expected_version, mine, person.name,
                  {"roles": sorted(r.role.value for r in person.roles)})
    _refuse_duplicate(clean, PeopleIndex.of(session, person_id))
    _apply(person, clean)
    session.flush()


PERSON_FIELDS = ("name", "gender", "birth_date", "phone", "id_number", "address", "household", "unit",
                 "party_category", "joined_date", "notes", "education")


def set_party_member(session: Session, person_id: int, member: bool, joined_on: dt.date) -> None:
    """Admission as a probationary member (member development) makes a party member of this branch,
    joined on that day; undoing the admission removes the role and that joining date again."""
    person = _load(session, person_id)
    current = {r.role: r for r in person.roles}
    if member:
        if Role.PARTY_MEMBER not in current:
            person.roles.append(PersonRole(role=Role.PARTY_MEMBER))
        person.joined_date = person.joined_date or joined_on
        person.party_category = person.party_category or PartyCategory.REGISTERED
    else:
        if Role.PARTY_MEMBER in current:
            person.roles.remove(current[Role.PARTY_MEMBER])
        if person.joined_date == joined_on:
            person.joined_date = None
        person.party_category = None
    session.flush()


def set_archived(session: Session, person_id: int, archived: bool, *, expected_version: int | None = None) -> None:
    person = _load(session, person_id, locked=expected_version is not None)
    check_version(session, person, expected_version, {"archived": archived}, person.name)
    person.archived = archived
    session.flush()


def delete_or_archive(session: Session, person_id: int) -> DeleteOutcome:
    """A person named in any record (a duty, a meeting, a post) is archived so that history stays whole.

    The database's foreign keys decide what 'referenced' means, so tables added by later areas are
    covered without this function knowing them.
    """
    person = _load(session, person_id)
    try:
        with session.begin_nested():
            session.execute(delete(PersonRole).where(PersonRole.person_id == person_id))
            session.execute(delete(Person).where(Person.id == person_id))
    except IntegrityError:
        session.refresh(person)
        person.archived = True
        session.flush()
        return DeleteOutcome.ARCHIVED
    session.expunge(person)
    return DeleteOutcome.DELETED


def _load(session: Session, person_id: int, *, locked: bool = False) -> Person:
    person = locked_get(session, Person, person_id) if locked else session.get(Person, person_id)
    if person is None and locked:  # the form's person was deleted on another PC meanwhile
        raise concurrency.deleted(session, "people", person_id, None)
    if person is None:
        raise PersonNotFound(person_id)
    return person


def _refuse_duplicate(data: PersonData, known: PeopleIndex) -> None:
    if (match := known.find(data.name, data.phone, data.id_number)) is not None:
        raise InvalidPerson([FieldProblem(match.field, "duplicate")])


def _apply(person: Person, data: PersonData) -> None:
    person.name = data.name
    person.gender = data.gender
    person.birth_date = data.birth_date
    person.phone = data.phone
    person.id_number = data.id_number
    person.address = data.address
    person.household = data.household
    person.unit = data.unit
    person.party_category = data.party_category
    person.joined_date = data.joined_date
    person.notes = data.notes
    person.education = data.education
    current = {r.role: r for r in person.roles}
    for role in set(current) - data.roles:
        person.roles.remove(current[role])
    for role in sorted(data.roles - set(current)):
        person.roles.append(PersonRole(role=role))
