"""When two records are the same person, whatever way the name, phone and ID were typed.

Sheets carry names padded to line up ("王  芳"), zero-width characters pasted from web pages, digits
typed in full width ("１３８…") and phones with the country code ("+86 138…", "0086-138…"). Compared
as typed, each of these lets the same person in twice. The keys below compare what the characters
mean instead; the stored values are left as the user typed them.

The same ID number is the same person whatever the name (a name may be typed two ways, an ID number
is not shared); the same phone is the same person only with the same name (a household shares one).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Person

# Invisible characters pasted from web pages and chat programs; they are format characters (Cf), not
# controls, so str.strip() and split() keep them.
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_MIDDLE_DOTS = str.maketrans({"•": "·", "・": "·", "‧": "·", "∙": "·", "⋅": "·", ".": "·"})
_NOT_DIGIT = re.compile(r"\D")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.]")


def clean_text(text: str) -> str:
    """Text as a person would read it: without invisible characters."""
    return INVISIBLE.sub("", text)


def name_key(name: str) -> str:
    """"王  芳", "王芳\u200b" and "王　芳" are one name; so are "阿依·买买提" and "阿依•买买提"."""
    text = unicodedata.normalize("NFKC", clean_text(name)).translate(_MIDDLE_DOTS)
    return "".join(text.split()).casefold()


def phone_key(phone: str) -> str:
    """Digits only, without China's country code: "+86 138-0013-8000", "0086 13800138000" and
    "１３８００１３８０００" are one number; "+86 10 6552 9988" is the landline "010 6552 9988"."""
    text = unicodedata.normalize("NFKC", clean_text(phone)).strip()
    digits = _NOT_DIGIT.sub("", text)
    international = text.startswith("+") or digits.startswith("00")
    digits = digits.lstrip("0") if digits.startswith("00") else digits
    if international and digits.startswith("86") and len(digits) > 10:
        national = digits[2:]
        return national if len(national) == 11 and national.startswith("1") else "0" + national.lstrip("0")
    return digits


def id_key(id_number: str) -> str:
    """Upper case, full-width letters and digits folded, without spaces and dashes."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", clean_text(id_number))).upper()


@dataclass(frozen=True)
class Match:
    person_id: int
    name: str
    field: str  # "id_number" or "phone": what they share


class PeopleIndex:
    """Everyone recorded, by ID key and by name and phone key, read once: an import checks thousands
    of rows against it, and a form one person."""

    def __init__(self) -> None:
        self._by_id: dict[str, tuple[int, str]] = {}
        self._by_phone: dict[tuple[str, str], tuple[int, str]] = {}

    @classmethod
    def of(cls, session: Session, exclude_id: int | None = None) -> PeopleIndex:
        index = cls()
        query = select(Person.id, Person.name, Person.phone, Person.id_number)
        if exclude_id is not None:
            query = query.where(Person.id != exclude_id)
        for person_id, name, phone, id_number in session.execute(query.order_by(Person.id)):
            index.add(person_id, name, phone, id_number)
        return index

    def add(self, person_id: int, name: str, phone: str | None, id_number: str | None) -> None:
        """The first holder of a key stays its holder."""
        if id_number and (key := id_key(id_number)):
            self._by_id.setdefault(key, (person_id, name))
        if phone and (key := phone_key(phone)):
            self._by_phone.setdefault((name_key(name), key), (person_id, name))

    def find(self, name: str, phone: str | None, id_number: str | None) -> Match | None:
        if id_number and (held := self._by_id.get(id_key(id_number))):
            return Match(held[0], held[1], "id_number")
        if phone and (held := self._by_phone.get((name_key(name), phone_key(phone)))):
            return Match(held[0], held[1], "phone")
        return None
