"""Moving a store to a shared PostgreSQL server (or back to a file): `partyplan data copy --to ...`.

The target is opened like any store (created and migrated to this version's schema first), must be
empty, and receives the source's rows through the data-file path: every record is checked against the
models before anything is written (PostgreSQL enforces lengths and characters SQLite lets through,
so a problem is named by its record instead of failing half-way), then written in one transaction,
and the id sequences are moved past the copied ids. On any problem the target stays empty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from partyplan.db.database import Database
from partyplan.db.engine import resolve_url, sqlite_path
from partyplan.errors import PartyPlanError
from partyplan.exchange import data_file, lock, opening


@dataclass
class CopyTargetError(PartyPlanError):
    """reason: "same_store" (the target is the source itself)."""

    source: str
    target: str
    reason: str


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    tables: int
    rows: int


def same_store(source: Database, target: str | os.PathLike[str]) -> bool:
    url = resolve_url(target)
    target_path, source_path = sqlite_path(url), source.path
    if target_path is not None or source_path is not None:
        return target_path is not None and source_path is not None and target_path == source_path
    return url.render_as_string(hide_password=True) == source.url.render_as_string(hide_password=True)


def copy_store(source: Database, target: str | os.PathLike[str]) -> CopyReport:
    """Copy every row of `source` into the empty store at `target` (a file path or a server URL)."""
    if same_store(source, target):
        raise CopyTargetError(source.display_name, str(target), "same_store")
    with data_file.snapshot(source) as conn:
        document = data_file.export_document(conn, source.display_name)
    data = data_file.validate_document(document, source.display_name)
    destination = opening.open_checked(target)  # a file target is locked and checked like any store written to
    try:
        summary = data_file.import_data(destination, data, destination.display_name)
    finally:
        destination.close()
        if destination.path is not None:
            lock.release(destination.path)
    return CopyReport(source.display_name, destination.display_name, summary.tables, summary.rows)
