"""The one place the window calls services.

Widgets never hold a database session: they call an operation, which runs one unit of work and
then announces what changed, and each tab decides whether to reload (Anki's pattern).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from partyplan import office
from partyplan.db.database import Database, open_database
from partyplan.exchange.backup import backup_to
from partyplan.people import service as people
from partyplan.people import validation
from partyplan.people.validation import FieldProblem, PersonData


class Operations(QObject):
    sig_changed = Signal(str)  # the area that changed: "people", "office"
    sig_database_switched = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = database
        from partyplan.ui.plans.operations import PlanOperations
        from partyplan.ui.rosters.operations import RosterOperations

        self.plans = PlanOperations(self)
        self.rosters = RosterOperations(self)

    # -- the store ---------------------------------------------------------------------------
    def switch_database(self, location: str) -> None:
        """Open the new store first, so a refused file leaves the current one in use."""
        new = open_database(location)
        old, self.db = self.db, new
        old.close()
        self.sig_database_switched.emit()

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

    def update_person(self, person_id: int, data: PersonData, today: dt.date | None = None) -> None:
        with self.db.session() as session:
            people.update_person(session, person_id, data, today)
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
