"""The Duty Rosters tab's calls into the roster services: one unit of work each, then `changed("rosters")`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from partyplan import office
from partyplan.rosters import calendar_store, service, setup
from partyplan.rosters.calendar import DayKind
from partyplan.rosters.views import RosterView
from partyplan.ui.operations import AreaOperations

AREA = "rosters"
DUTY_PHONE = "duty_phone"


class RosterOperations(AreaOperations):
    area = AREA

    # month
    def view(self, year: int, month: int, version: int | None = None) -> RosterView:
        return self._read(service.load_view, year, month, version)

    def versions(self, year: int, month: int):  # type: ignore[no-untyped-def]
        return self._read(service.versions, year, month)

    def prepare(self, year: int, month: int, time_limit_s: float = 10.0) -> service.Prepared:
        return self._read(service.prepare, year, month, time_limit_s=time_limit_s)

    def store(self, prepared: service.Prepared, solution) -> int:  # type: ignore[no-untyped-def]
        return self._write(service.store, prepared, solution)

    def set_cell(self, roster_id: int, day: dt.date, shift_id: int, people: list[int], locked: bool = True,  # type: ignore[no-untyped-def]
                 expected: list[int] | None = None):
        return self._write(service.set_cell, roster_id, day, shift_id, people, locked=locked, expected=expected)

    def set_locked(self, roster_id: int, day: dt.date, shift_id: int, locked: bool) -> None:
        self._write(service.set_locked, roster_id, day, shift_id, locked)

    def cell_people(self, roster_id: int, day: dt.date, shift_id: int) -> tuple[list[int], bool]:
        return self._read(service.cell_people, roster_id, day, shift_id)

    def swap(self, roster_id: int, first, second):  # type: ignore[no-untyped-def]
        return self._write(service.swap, roster_id, first, second)

    def publish(self, roster_id: int) -> None:
        self._write(service.publish, roster_id)

    def new_version(self, year: int, month: int) -> int:
        return self._write(service.new_version, year, month)

    def discard_draft(self, roster_id: int) -> None:
        self._write(service.discard_draft, roster_id)

    def check(self, roster_id: int):  # type: ignore[no-untyped-def]
        return self._read(service.check_roster, roster_id)

    # set-up
    def ensure_defaults(self) -> None:
        """A new store gets the usual three shift types, editable, so the first roster is one click away."""
        if getattr(self._ops.db, "read_only", False):
            return  # a read-only copy shows what is there and writes nothing
        with self._ops.db.session() as session:
            if setup.list_shift_types(session, include_inactive=True):
                return
            setup.seed_default_shifts(session)
        self._ops.changed(AREA)

    def shift_types(self, include_inactive: bool = False):  # type: ignore[no-untyped-def]
        return self._read(setup.list_shift_types, include_inactive=include_inactive)

    def save_shift_type(self, data: setup.ShiftTypeData, shift_id: int | None = None) -> int:
        return self._write(setup.save_shift_type, data, shift_id)

    def set_shift_active(self, shift_id: int, active: bool) -> None:
        self._write(setup.set_shift_active, shift_id, active)

    def members(self) -> list[setup.MemberRow]:
        return self._read(setup.list_members)

    def save_member(self, person_id: int, data: setup.MemberData) -> None:
        self._write(setup.save_member, person_id, data)

    def add_absence(self, person_id: int, start: dt.date, end: dt.date, reason: str = "") -> int:
        return self._write(setup.add_absence, person_id, start, end, reason)

    def delete_absence(self, absence_id: int) -> None:
        self._write(setup.delete_absence, absence_id)

    def set_wish(self, person_id: int, day: dt.date, desired: bool | None) -> None:
        self._write(setup.set_wish, person_id, day, desired)

    # calendar
    def coverage(self, year: int) -> str | None:
        return self._read(calendar_store.coverage, year)

    def month_days(self, year: int, month: int):  # type: ignore[no-untyped-def]
        return self._read(calendar_store.month_rows, year, month)

    def overrides(self, year: int):  # type: ignore[no-untyped-def]
        return self._read(calendar_store.overrides, year)

    def set_override(self, day: dt.date, kind: DayKind, name: str = "") -> None:
        self._write(calendar_store.set_override, day, kind, name)

    def clear_override(self, day: dt.date) -> None:
        self._write(calendar_store.clear_override, day)

    def import_notice(self, year: int, text: str) -> int:
        entries = calendar_store.parse_notice(text, year)
        return self._write(calendar_store.import_notice, year, entries)

    # office details printed on the roster
    def duty_phone(self) -> str:
        return self._read(office.get_setting, DUTY_PHONE)

    def set_duty_phone(self, phone: str) -> None:
        self._write(office.set_setting, DUTY_PHONE, phone.strip())

    def office_name(self) -> str:
        return self._ops.office_name()

    # exports
    def export_xlsx(self, view: RosterView, path: Path, language: str) -> Path:
        from partyplan.rosters import roster_export

        return roster_export.write_xlsx(view, path, language=language, office=self.office_name(),
                                        duty_phone=self.duty_phone())

    def print_page(self, view: RosterView, language: str) -> tuple[str, bool]:
        """The month's page for the printer, and whether it is landscape: as the Excel sheet lays it out."""
        from partyplan.rosters import roster_export

        office, phone = self.office_name(), self.duty_phone()
        layout = roster_export.page_layout(view, language=language, office=office, duty_phone=phone)
        html = roster_export.print_html(view, language=language, office=office, duty_phone=phone, layout=layout)
        return html, layout.landscape

    # on-duty record book
    def log(self, name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Read from the record book service: `log("list_entries", year, month)` and the like."""
        from partyplan.rosters import duty_log

        return self._read(getattr(duty_log, name), *args, **kwargs)

    def log_write(self, name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        from partyplan.rosters import duty_log

        return self._write(getattr(duty_log, name), *args, **kwargs)

    def export_log(self, year: int, month: int, path: Path, language: str) -> Path:
        from partyplan.rosters import duty_log_export

        return self._read(duty_log_export.write_xlsx, year, month, path, language=language,
                          office=self.office_name())

    def log_print_html(self, year: int, month: int, language: str) -> str:
        from partyplan.rosters import duty_log_export

        return self._read(duty_log_export.print_html, year, month, language=language, office=self.office_name())
