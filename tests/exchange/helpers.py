"""Stores to test with: filled, and damaged on purpose."""

from __future__ import annotations

from pathlib import Path

from partyplan.db.database import open_database
from partyplan.people import service
from partyplan.people.validation import PersonData


def make_store(path: Path, people: int = 30) -> Path:
    db = open_database(path, backup_dir=path.parent / "b")
    with db.session() as session:
        for n in range(people):
            service.add_person(session, PersonData(name=f"居民{n}", address="柳北桥小区" * 10))
    db.close()  # the last connection checkpoints: everything is in the main file
    return path


def damage(path: Path) -> None:
    """Scribble over the pages after the first (the schema stays readable, the tables do not)."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data) - 16, page):
        data[offset:offset + 16] = b"\xde\xad\xbe\xef" * 4
    path.write_bytes(bytes(data))
