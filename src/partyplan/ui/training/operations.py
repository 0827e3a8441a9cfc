"""The Training tab's calls into the training and commendation services: one unit of work each, then
`changed("training")`."""

from __future__ import annotations

from pathlib import Path

from partyplan.enums import Role
from partyplan.people import service as people
from partyplan.training import commendations, hours, service
from partyplan.training.commendations import CommendationData, CommendationRow
from partyplan.training.service import ParticipantRow, PersonTotal, SessionData, SessionRow
from partyplan.ui.operations import AreaOperations

AREA = "training"


class TrainingOperations(AreaOperations):
    area = AREA

    # sessions
    def years(self) -> list[int]:
        return sorted(set(self._read(service.years)) | set(self._read(commendations.years)), reverse=True)

    def sessions(self, year: int) -> list[SessionRow]:
        return self._read(service.list_sessions, year)

    def session(self, session_id: int) -> SessionRow:
        return self._read(service.get_session, session_id)

    def add_session(self, data: SessionData) -> int:
        return self._write(service.add_session, data)

    def update_session(self, session_id: int, data: SessionData) -> None:
        self._write(service.update_session, session_id, data)

    def delete_session(self, session_id: int) -> None:
        self._write(service.delete_session, session_id)

    # participants
    def participants(self, session_id: int) -> list[ParticipantRow]:
        return self._read(service.participants, session_id)

    def set_participants(self, session_id: int, person_ids: list[int]) -> None:
        self._write(service.set_participants, session_id, person_ids)

    def set_attended(self, session_id: int, person_id: int, attended: bool) -> None:
        self._write(service.set_attended, session_id, person_id, attended)

    def set_certificate(self, session_id: int, person_id: int, number: str) -> None:
        self._write(service.set_certificate, session_id, person_id, number)

    def people(self) -> list[people.PersonRow]:
        return self._read(people.list_people)

    # totals and requirements
    def totals(self, year: int) -> list[PersonTotal]:
        return self._read(service.yearly_totals, year)

    def shortfalls(self, year: int) -> list[PersonTotal]:
        return self._read(service.shortfalls, year)

    def requirements(self) -> tuple[dict[Role, float | None], float]:
        with self._ops.db.session() as session:
            return service.required_days(session), service.hours_per_day(session)

    def set_requirements(self, required: dict[Role, float | None], hours_per_day: float) -> None:
        """All or nothing: one refused value leaves every setting as it was."""
        def apply(session) -> None:  # type: ignore[no-untyped-def]
            for role, days in required.items():
                service.set_required_days(session, role, days)
            service.set_hours_per_day(session, hours_per_day)

        self._write(apply)

    # party members' class hours (学时)
    def class_hours(self, year: int) -> list[hours.HoursTotal]:
        return self._read(hours.yearly_hours, year)

    def required_hours(self) -> dict[str, float]:
        return self._read(hours.required_hours)

    def set_required_hours(self, minimums: dict[str, float]) -> None:
        def apply(session) -> None:  # type: ignore[no-untyped-def]
            for kind, value in minimums.items():
                hours.set_required_hours(session, kind, value)

        self._write(apply)

    # commendations
    def commendations(self, year: int) -> list[CommendationRow]:
        return self._read(commendations.register, year)

    def commendation(self, commendation_id: int) -> CommendationRow:
        return self._read(commendations.get_commendation, commendation_id)

    def add_commendation(self, data: CommendationData) -> int:
        return self._write(commendations.add_commendation, data)

    def update_commendation(self, commendation_id: int, data: CommendationData) -> None:
        self._write(commendations.update_commendation, commendation_id, data)

    def delete_commendation(self, commendation_id: int) -> None:
        self._write(commendations.delete_commendation, commendation_id)

    # export
    def export_xlsx(self, year: int, path: Path, language: str) -> Path:
        from partyplan.training import export

        return self._read(export.write_xlsx, year, path, language=language)
