"""The member pages' calls into the member services (records, transfers, the member structure): one unit of work
each, then `changed("members")`; a change to who is in People also announces "people"."""

from __future__ import annotations

import datetime as dt

from partyplan.enums import Direction
from partyplan.members import records, structure, transfers
from partyplan.members.records import RecordData
from partyplan.members.transfers import TransferData, TransferDue, TransferRow
from partyplan.organisations import service as organisations
from partyplan.organisations.service import OrgRow
from partyplan.members.standing import Source, standings
from partyplan.members.structure import Structure
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.operations import AreaOperations

AREA = "members"


class MembersOperations(AreaOperations):
    area = AREA

    # -- records -----------------------------------------------------------------------------
    def stored_record(self, person_id: int) -> RecordData:
        return self._read(records.stored_record, person_id)

    def full_date_from_file(self, person_id: int, today: dt.date) -> dt.date | None | bool:
        """The 转正日期 the member's development file gives (None: the file has not converted them yet);
        False when no file decides and the one typed counts."""
        def read(session) -> dt.date | None | bool:  # type: ignore[no-untyped-def]
            found = standings(session, today, [person_id]).get(person_id)
            return found.full_since if found is not None and found.source is Source.FILE else False

        return self._read(read)

    def save_person(self, person_id: int | None, data: PersonData, record: RecordData | None,
                    today: dt.date | None = None, *, expected_version: int | None = None) -> int:
        """The person and, for a party member, the member record, in one unit of work: a refused record
        leaves the person as it was too (a new one is not half added)."""
        def run(session) -> int:  # type: ignore[no-untyped-def]
            if person_id is None:
                saved = people.add_person(session, data, today)
            else:
                people.update_person(session, person_id, data, today, expected_version=expected_version)
                saved = person_id
            if record is not None:
                records.save_record(session, saved, record, today)
            return saved

        saved = self._write(run)
        self.ops.changed("people")
        return saved

    # -- transfers ---------------------------------------------------------------------------
    def transfers(self, year: int | None) -> list[TransferRow]:
        return self._read(transfers.list_transfers, year)

    def due_transfers(self, today: dt.date) -> list[TransferDue]:
        return self._read(transfers.due_transfers, today)

    def people(self) -> list[people.PersonRow]:
        return [p for p in self._read(people.list_people) if not p.archived]

    def units(self) -> list[OrgRow]:
        """The branches and party groups a member transferred in may join."""
        return [o for o in self._read(organisations.list_orgs) if o.is_unit]

    def record_transfer(self, person_id: int | None, new_name: str, data: TransferData, today: dt.date) -> int:
        """A transfer of someone in People, or, coming in, of a member new here (added to People by name in
        the same unit of work, so a refused letter adds nobody)."""
        def run(session) -> int:  # type: ignore[no-untyped-def]
            who = person_id
            if who is None:
                if data.direction is not Direction.IN:
                    raise transfers.InvalidTransfer("person", "not_found")
                # added as no one in particular: the letter makes them a member registered here
                who = people.add_person(session, PersonData(new_name), today)
            return transfers.record_transfer(session, who, data, today)

        found = self._write(run)
        self.ops.changed("people")
        return found

    def off_roll(self, today: dt.date) -> set[int]:
        """Who the transfers log has off the roll today (transferred out, or in only later)."""
        return self._read(transfers.off_roll, today)

    def set_arrival(self, transfer_id: int, day: dt.date, today: dt.date) -> None:
        self._write(transfers.set_arrival, transfer_id, day, None, today)

    def set_receipt(self, transfer_id: int, day: dt.date, today: dt.date) -> None:
        self._write(transfers.set_receipt, transfer_id, day, today)

    def delete_transfer(self, transfer_id: int) -> None:
        self._write(transfers.delete_transfer, transfer_id)

    # -- statistics --------------------------------------------------------------------------
    def structure(self, year: int, today: dt.date) -> Structure:
        return self._read(structure.structure, year, today)
