"""The member pages' calls into the member services (records, transfers, statistics): one unit of work
each, then `changed("members")`; a change to who is in People also announces "people"."""

from __future__ import annotations

import datetime as dt

from partyplan.members import records
from partyplan.members.records import RecordData
from partyplan.members.standing import Source, standings
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
                    today: dt.date | None = None) -> int:
        """The person and, for a party member, the member record, in one unit of work: a refused record
        leaves the person as it was too (a new one is not half added)."""
        def run(session) -> int:  # type: ignore[no-untyped-def]
            if person_id is None:
                saved = people.add_person(session, data, today)
            else:
                people.update_person(session, person_id, data, today)
                saved = person_id
            if record is not None:
                records.save_record(session, saved, record, today)
            return saved

        saved = self._write(run)
        self.ops.changed("people")
        return saved
