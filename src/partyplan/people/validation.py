"""Field rules for a person, shared by the dialog, the importer and the command line.

Each problem is a (field, code) pair; the fronts turn codes into sentences, so the same rule reads
the same in the dialog, in the import preview and on the command line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from partyplan.db.models import Education, Gender, PartyCategory, Role
from partyplan.errors import PartyPlanError

NAME_MAX = 64
OLDEST = dt.date(1900, 1, 1)
_PHONE_SEPARATORS = re.compile(r"[\s\-()（）]")
_RESIDENT_ID = re.compile(r"^\d{17}[\dX]$")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


@dataclass
class PersonData:
    """What a form or a spreadsheet row says about a person, before it is stored."""

    name: str = ""
    gender: Gender | None = None
    birth_date: dt.date | None = None
    phone: str | None = None
    id_number: str | None = None
    address: str | None = None
    household: str | None = None
    unit: str | None = None
    roles: set[Role] = field(default_factory=set)
    party_category: PartyCategory | None = None
    joined_date: dt.date | None = None
    notes: str | None = None
    education: Education | None = None


@dataclass(frozen=True)
class FieldProblem:
    field: str
    code: str


@dataclass
class InvalidPerson(PartyPlanError):
    problems: list[FieldProblem]

    def codes(self) -> dict[str, str]:
        return {p.field: p.code for p in self.problems}


def normalize(data: PersonData) -> PersonData:
    """Trim text and drop empty strings so that '' and None mean the same 'not given'."""

    def clean(value: str | None) -> str | None:
        value = (value or "").strip()
        return value or None

    phone = clean(data.phone)
    if phone:
        phone = _PHONE_SEPARATORS.sub("", phone)
    id_number = clean(data.id_number)
    return PersonData(
        name=" ".join((data.name or "").split()),
        gender=data.gender,
        birth_date=data.birth_date,
        phone=phone,
        id_number=id_number.upper() if id_number else None,
        address=clean(data.address),
        household=clean(data.household),
        unit=clean(data.unit),
        roles=set(data.roles),
        party_category=data.party_category if Role.PARTY_MEMBER in data.roles else None,
        joined_date=data.joined_date,
        notes=clean(data.notes),
        education=data.education,
    )


def problems(data: PersonData, today: dt.date | None = None) -> list[FieldProblem]:
    today = today or dt.date.today()
    found: list[FieldProblem] = []

    def add(field_name: str, code: str) -> None:
        found.append(FieldProblem(field_name, code))

    if not data.name:
        add("name", "required")
    elif len(data.name) > NAME_MAX:
        add("name", "too_long")
    if data.phone and not (data.phone.lstrip("+").isdigit() and 5 <= len(data.phone.lstrip("+")) <= 15):
        add("phone", "phone_digits")
    if data.id_number:
        code = id_number_problem(data.id_number)
        if code:
            add("id_number", code)
    if data.birth_date:
        if data.birth_date > today:
            add("birth_date", "future")
        elif data.birth_date < OLDEST:
            add("birth_date", "too_old")
    if data.joined_date:
        if data.joined_date > today:
            add("joined_date", "future")
        elif data.birth_date and data.joined_date <= data.birth_date:
            add("joined_date", "before_birth")
    for name in ("address", "household", "unit"):
        value = getattr(data, name)
        if value and len(value) > (200 if name == "address" else 100):
            add(name, "too_long")
    return found


def validate(data: PersonData, today: dt.date | None = None) -> PersonData:
    """The normalised data, or InvalidPerson listing every problem at once (not just the first)."""
    clean = normalize(data)
    found = problems(clean, today)
    if found:
        raise InvalidPerson(found)
    return clean


def id_number_problem(value: str) -> str | None:
    """A member number is free text; an 18-character resident ID must pass its check digit."""
    if len(value) > 32 or not value.replace("-", "").isalnum():
        return "id_format"
    if len(value) == 18 and value[:17].isdigit():
        if not _RESIDENT_ID.match(value):
            return "id_format"
        total = sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS, strict=True))
        if _ID_CHECK[total % 11] != value[17]:
            return "id_checksum"
    return None
