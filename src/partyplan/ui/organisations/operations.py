"""The Branches page's calls into the organisation services: one unit of work each, then
`changed("organisations")`; putting people in a unit also announces "people", whose register shows it."""

from __future__ import annotations

import datetime as dt

from partyplan.organisations import overview, sanhui, service, terms
from partyplan.organisations.service import OrgData, OrgRow
from partyplan.organisations.terms import ElectionMeeting, TermData, TermDue, TermRow
from partyplan.people import service as people
from partyplan.ui.operations import AreaOperations

AREA = "organisations"


class OrganisationsOperations(AreaOperations):
    area = AREA

    # the tree
    def orgs(self, include_archived: bool = False) -> list[OrgRow]:
        return self._read(service.list_orgs, include_archived=include_archived)

    def org(self, org_id: int) -> OrgRow:
        return self._read(service.get_org, org_id)

    def create(self, data: OrgData) -> int:
        return self._write(service.create_org, data)

    def update(self, org_id: int, data: OrgData) -> None:
        self._write(service.update_org, org_id, data)

    def delete_or_archive(self, org_id: int) -> bool:
        """True when deleted, False when archived because people, meetings or units belong to it."""
        return self._write(service.delete_or_archive, org_id)

    def set_archived(self, org_id: int, archived: bool) -> None:
        self._write(service.set_archived, org_id, archived)

    # people
    def people(self) -> list[people.PersonRow]:
        return self._read(people.list_people)

    def membership(self) -> dict[int, int | None]:
        """Each person's branch or party group."""
        return self._read(service.organisation_of)

    def units(self) -> tuple[dict[int, int | None], list[OrgRow]]:
        """Each person's unit and the organisations (archived ones too, whose people still show them)."""
        return self._read(lambda session: (service.organisation_of(session),
                                           service.list_orgs(session, include_archived=True)))

    def assign(self, person_ids: list[int], org_id: int | None) -> int:
        moved = self._write(service.assign, person_ids, org_id)
        self._ops.changed("people")
        return moved

    # meetings
    def meeting_organisation(self, meeting_id: int) -> int | None:
        return self._read(service.meeting_organisation, meeting_id)

    def set_meeting_organisation(self, meeting_id: int, org_id: int | None) -> None:
        self._ops.write("meetings", service.set_meeting_organisation, meeting_id, org_id)

    def sanhui(self, year: int, today: dt.date, org_id: int | None = None) -> sanhui.SanhuiReport:
        return self._read(sanhui.check, year, today, org_id)

    # terms
    def terms(self, org_id: int) -> list[TermRow]:
        return self._read(terms.list_terms, org_id)

    def election_meetings(self, org_id: int) -> list[ElectionMeeting]:
        return self._read(terms.election_meetings, org_id)

    def record_term(self, org_id: int, data: TermData, today: dt.date | None = None) -> int:
        return self._write(terms.record_term, org_id, data, today)

    def postpone(self, term_id: int, until: dt.date, note: str) -> None:
        self._write(terms.postpone, term_id, until, note)

    def terms_due(self, today: dt.date) -> list[TermDue]:
        return self._read(terms.terms_due, today)

    # the overview
    def branch_figures(self, today: dt.date) -> tuple[list[overview.BranchFigures], list[TermDue]]:
        """Each branch's figures and the elections due, in one unit of work."""
        return self._read(lambda session: (overview.branch_figures(session, today), terms.terms_due(session, today)))
