"""Two rules for every text a record holds, kept at the one place every front end's writes pass through.

A form, an importer, the command line and the demo all write through ORM sessions, so a check made
just before a session flushes covers them all, and a service cannot forget it:

- **No control characters.** NUL and the other C0 controls (but tab and line breaks) are removed, a
  vertical tab or form feed (what Word's manual line break pastes as) becomes a line break, and
  characters no file format can hold (lone surrogates, U+FFFE/U+FFFF) are dropped. They come from
  pasted text and hostile files; kept, they make Word and Excel exports and the archive fail (XML
  cannot hold them) and PostgreSQL refuses NUL outright.
- **No text longer than its column.** SQLite stores any length; PostgreSQL refuses a value longer than
  VARCHAR(n) when the record is saved. Both stores refuse it here, before anything is written, with
  the limit (TextTooLongError), so a record that fits one store fits the other.

(The data file is written with Core inserts, not the ORM: `partyplan.exchange.data_file` refuses the
same characters and lengths record by record.)
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Enum, String, event, inspect
from sqlalchemy.orm import Session

from partyplan.errors import PartyPlanError

_LINE_BREAKS = re.compile("[\x0b\x0c]")
_UNSTORABLE = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
SAMPLE = 24  # characters of the refused text quoted in the message


@dataclass
class TextTooLongError(PartyPlanError):
    """A text is longer than its column holds: `length` characters, at most `limit`; nothing was saved."""

    table: str
    column: str
    limit: int
    length: int
    sample: str


def clean_text(value: str) -> str:
    """`value` without the characters no export can hold; unchanged (the same object) when it has none."""
    if not _UNSTORABLE.search(value) and not _LINE_BREAKS.search(value):
        return value
    return _UNSTORABLE.sub("", _LINE_BREAKS.sub("\n", value))


def has_unstorable(value: str) -> str | None:
    """The first character `clean_text` would remove or change, as U+XXXX; None when there is none."""
    found = _UNSTORABLE.search(value) or _LINE_BREAKS.search(value)
    return f"U+{ord(found.group()):04X}" if found else None


@event.listens_for(Session, "before_flush")
def _check_texts(session: Session, _context: Any, _instances: Any) -> None:
    for obj in itertools.chain(session.new, session.dirty):
        state = inspect(obj)
        loaded = state.dict  # only what was set or loaded: reading more would query the store mid-flush
        for prop in state.mapper.column_attrs:
            value = loaded.get(prop.key)
            if not isinstance(value, str):
                continue
            column = prop.columns[0]
            if isinstance(column.type, Enum) or not isinstance(column.type, String):
                continue
            cleaned = clean_text(value)
            if cleaned is not value:
                setattr(obj, prop.key, cleaned)
            limit = column.type.length
            if limit is not None and len(cleaned) > limit:
                raise TextTooLongError(column.table.name, column.name, limit, len(cleaned), cleaned[:SAMPLE])
