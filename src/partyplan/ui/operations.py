"""The window's one door to the services: every area's operations class is owned here.

Widgets never hold a database session: they call an operation (`ops.add_person`, `ops.meetings.record`,
...), which runs one unit of work and then announces which areas changed; each tab decides whether to
reload (Anki's pattern). An area's operations class (`ui/<area>/operations.py`) is built on its first
use, so the start pays only for the areas on screen.

A write announces its own area and every area its services noted as touched in the same unit of work
(`partyplan.changes`): a held meeting that marks a plan item done announces "plans" too.
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QObject, Signal

from partyplan import changes, office
from partyplan.db.concurrency import ConflictError, DuplicateError, MonthChangedError
from partyplan.db.database import Database, DatabaseBusyError, ReadOnlyDatabaseError, StoreFullError, open_database
from partyplan.db.text_rules import TextTooLongError
from partyplan.exchange.backup import backup_to
from partyplan.people import service as people
from partyplan.people import validation
from partyplan.people.validation import FieldProblem, PersonData

if TYPE_CHECKING:
    from partyplan.ui.development.operations import DevelopmentOperations
    from partyplan.ui.dues.operations import DuesOperations
    from partyplan.ui.meetings.operations import MeetingsOperations
    from partyplan.ui.organisations.operations import OrganisationsOperations
    from partyplan.ui.members.operations import MembersOperations
    from partyplan.ui.overview.operations import OverviewOperations
    from partyplan.ui.plans.operations import PlanOperations
    from partyplan.ui.posts.operations import PostsOperations
    from partyplan.ui.reports.operations import ReportsOperations
    from partyplan.ui.rosters.operations import RosterOperations
    from partyplan.ui.training.operations import TrainingOperations

# The writes the store refuses, which the window explains in a message instead of the crash dialog
# (ui/data_safety.py): a read-only copy, a write kept waiting too long by another program, a full disk,
# a text longer than its column. Named here, in the one module of the window that imports the store.
REFUSED_WRITES = (ReadOnlyDatabaseError, DatabaseBusyError, StoreFullError, TextTooLongError)
# Several PCs on one store: a stale save, a second copy of what is held once, a month changed under the
# solver. A form that saves through ui/conflicts.py offers the choice; anywhere else they are a message.
CONCURRENT_WRITES = (ConflictError, DuplicateError, MonthChangedError)

AREA_OPERATIONS = {  # each area's operations class, imported on the area's first use
    "overview": ("partyplan.ui.overview.operations", "OverviewOperations"),
    "plans": ("partyplan.ui.plans.operations", "PlanOperations"),
    "rosters": ("partyplan.ui.rosters.operations", "RosterOperations"),
    "posts": ("partyplan.ui.posts.operations", "PostsOperations"),
    "meetings": ("partyplan.ui.meetings.operations", "MeetingsOperations"),
    "development": ("partyplan.ui.development.operations", "DevelopmentOperations"),
    "training": ("partyplan.ui.training.operations", "TrainingOperations"),
    "reports": ("partyplan.ui.reports.operations", "ReportsOperations"),
    "organisations": ("partyplan.ui.organisations.operations", "OrganisationsOperations"),
    "dues": ("partyplan.ui.dues.operations", "DuesOperations"),
    "members": ("partyplan.ui.members.operations", "MembersOperations"),
}


class AreaOperations:
    """What every area's operations class shares: one unit of work per call, then the announcement.

    A read runs in its own session. A write runs in its own session, committed as a whole, and then
    the front door announces the area and the areas the services noted as touched. The calls may run
    off the GUI thread (a session is opened there); the signal is queued to the GUI thread then.
    """

    area: ClassVar[str]  # what sig_changed names after a write

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    @property
    def ops(self) -> Operations:
        return self._ops

    def _write(self, fn, *args, **kwargs) -> Any:  # type: ignore[no-untyped-def]
        return self._ops.write(self.area, fn, *args, **kwargs)

    def _read(self, fn, *args, **kwargs) -> Any:  # type: ignore[no-untyped-def]
        return self._ops.read(fn, *args, **kwargs)


class Operations(QObject):
    sig_changed = Signal(str)  # the area that changed: "people", "office"
    sig_database_switched = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = database
        self._areas: dict[str, AreaOperations] = {}

    # -- the areas ---------------------------------------------------------------------------
    @property
    def overview(self) -> OverviewOperations:
        return self._area("overview")  # type: ignore[return-value]

    @property
    def plans(self) -> PlanOperations:
        return self._area("plans")  # type: ignore[return-value]

    @property
    def rosters(self) -> RosterOperations:
        return self._area("rosters")  # type: ignore[return-value]

    @property
    def posts(self) -> PostsOperations:
        return self._area("posts")  # type: ignore[return-value]

    @property
    def meetings(self) -> MeetingsOperations:
        return self._area("meetings")  # type: ignore[return-value]

    @property
    def development(self) -> DevelopmentOperations:
        return self._area("development")  # type: ignore[return-value]

    @property
    def training(self) -> TrainingOperations:
        return self._area("training")  # type: ignore[return-value]

    @property
    def reports(self) -> ReportsOperations:
        return self._area("reports")  # type: ignore[return-value]

    @property
    def organisations(self) -> OrganisationsOperations:
        return self._area("organisations")  # type: ignore[return-value]

    @property
    def dues(self) -> DuesOperations:
        return self._area("dues")  # type: ignore[return-value]

    @property
    def members(self) -> MembersOperations:
        return self._area("members")  # type: ignore[return-value]

    def _area(self, area: str) -> AreaOperations:
        if area not in self._areas:
            module, name = AREA_OPERATIONS[area]
            self._areas[area] = getattr(importlib.import_module(module), name)(self)
        return self._areas[area]

    # -- units of work -----------------------------------------------------------------------
    def read(self, fn, *args, **kwargs) -> Any:  # type: ignore[no-untyped-def]
        """`fn(session, ...)` in a session of its own."""
        with self.db.session() as session:
            return fn(session, *args, **kwargs)

    def write(self, area: str, fn, *args, **kwargs) -> Any:  # type: ignore[no-untyped-def]
        """`fn(session, ...)` committed as a whole, then `area` and the areas it touched announced."""
        with self.db.session() as session:
            result = fn(session, *args, **kwargs)
            touched = changes.touched(session)
        for name in dict.fromkeys((area, *touched)):
            self.changed(name)
        return result

    # -- the store ---------------------------------------------------------------------------
    def switch_database(self, location: str) -> None:
        """Open the new store first, so a refused file leaves the current one in use."""
        self.use(open_database(location))

    def use(self, database: Database) -> None:
        """Work on `database` (opened already, the checked way) from now on, and close the one before."""
        old, self.db = self.db, database
        old.close()
        self.sig_database_switched.emit()

    def watcher(self):  # type: ignore[no-untyped-def]
        """What tells this window of commits made elsewhere (partyplan.db.live), or None: LISTEN on a
        server (the window's own saves left out: it announces those itself), the data_version poll on a
        file opened read-only. A file this copy writes has no other writer (the one-writer lock)."""
        from partyplan.db import live

        if self.db.is_sqlite and not self.db.read_only:
            return None
        return live.watcher_for(self.db, skip_own=True)

    def signed_in_as(self) -> str:
        """Who this window writes as: the server's role, or the PC's user on a file (as the audit log says)."""
        from sqlalchemy.exc import SQLAlchemyError

        from partyplan.db.audit_log import current_user

        try:
            with self.db.engine.connect() as connection:
                return current_user(connection)
        except SQLAlchemyError:  # the server is gone just now: the status bar shows no name, nothing fails
            return ""

    def history(self, name: str, *args: object) -> list:  # type: ignore[type-arg]
        """Who changed a record and how, from the audit log: `history("record_history", "duty_log_entries",
        12)`, `history("meeting_history", 3)` (partyplan.audit.history)."""
        from partyplan.audit import history

        return self.read(getattr(history, name), *args)  # type: ignore[no-any-return]

    def export_audit(self, start: dt.date, end: dt.date, path: Path, language: str) -> int:
        """The change log from `start` to `end` for an inspector (as `partyplan audit export`); safe off the
        GUI thread."""
        from partyplan.audit import export

        return self.read(export.write_xlsx, start, end, path, language=language)  # type: ignore[no-any-return]

    def close_connections(self) -> None:
        """Let go of the store's file (a restore replaces it); the next unit of work connects again."""
        self.db.engine.dispose()

    def backup_now(self, target: Path) -> Path:
        assert self.db.path is not None, "backups of server databases are the server's job"
        return backup_to(self.db.path, target)

    def close(self) -> None:
        self.db.close()

    # -- office ------------------------------------------------------------------------------
    def office_name(self) -> str:
        with self.db.session() as session:
            return office.office_name(session)

    def set_office_name(self, name: str) -> None:
        with self.db.session() as session:
            office.set_office_name(session, name)
        self.sig_changed.emit("office")

    # -- people ------------------------------------------------------------------------------
    def people(self) -> list[people.PersonRow]:
        with self.db.session() as session:
            return people.list_people(session)

    def person(self, person_id: int) -> people.PersonRow:
        with self.db.session() as session:
            return people.get_person(session, person_id)

    def add_person(self, data: PersonData, today: dt.date | None = None) -> int:
        with self.db.session() as session:
            person_id = people.add_person(session, data, today)
        self.sig_changed.emit("people")
        return person_id

    def person_problems(self, data: PersonData) -> list[FieldProblem]:
        """What saving `data` would refuse, without saving (a form whose dates cannot even be read still
        shows every other field's problem at once). Duplicates are found only when saving."""
        return validation.problems(validation.normalize(data))

    def update_person(self, person_id: int, data: PersonData, today: dt.date | None = None, *,
                      expected_version: int | None = None) -> None:
        with self.db.session() as session:
            people.update_person(session, person_id, data, today, expected_version=expected_version)
        self.sig_changed.emit("people")

    def set_archived(self, person_ids: list[int], archived: bool) -> None:
        with self.db.session() as session:
            for person_id in person_ids:
                people.set_archived(session, person_id, archived)
        self.sig_changed.emit("people")

    def delete_people(self, person_ids: list[int]) -> dict[str, int]:
        """Delete the unreferenced, archive the rest; returns how many went each way."""
        outcome = {people.DeleteOutcome.DELETED.value: 0, people.DeleteOutcome.ARCHIVED.value: 0}
        with self.db.session() as session:
            for person_id in person_ids:
                outcome[people.delete_or_archive(session, person_id).value] += 1
        self.sig_changed.emit("people")
        return outcome

    def preview_import(self, path: Path):  # type: ignore[no-untyped-def]
        from partyplan.people import sheet_import

        with self.db.session() as session:
            return sheet_import.read_people_sheet(path, session)

    def apply_import(self, preview, report=None, stopped=None) -> int:  # type: ignore[no-untyped-def]
        """Safe to call off the GUI thread (it opens its own session); the caller announces the change
        with `changed("people")` on the GUI thread."""
        from partyplan.people import sheet_import

        with self.db.session() as session:
            return sheet_import.apply_import(session, preview, report, stopped)

    def changed(self, area: str) -> None:
        self.sig_changed.emit(area)

    def export_people(self, path: Path, language: str, include_archived: bool) -> int:
        from partyplan.people import sheet_export

        with self.db.session() as session:
            return sheet_export.export_people(session, path, language=language, include_archived=include_archived)
