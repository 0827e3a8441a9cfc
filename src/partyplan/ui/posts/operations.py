"""The Volunteer Posts tab's calls into the posts services: one unit of work each, then `changed("posts")`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from partyplan.people import service as people
from partyplan.posts import figures, service, service_records, visits
from partyplan.posts.service import PostData, PostSettings
from partyplan.posts.service_records import ServiceData
from partyplan.posts.visits import VisitData
from partyplan.ui.operations import AreaOperations

AREA = "posts"


class PostsOperations(AreaOperations):
    area = AREA

    def ensure_defaults(self, language: str = "zh_CN") -> None:
        """A store without posts gets the eight standard ones, editable, so the office starts from them."""
        if getattr(self._ops.db, "read_only", False):
            return  # a read-only copy shows what is there and writes nothing
        with self._ops.db.session() as session:
            if service.list_posts(session, include_archived=True):
                return
            service.seed_default_posts(session, language)
        self._ops.changed(AREA)

    # settings and people
    def settings(self) -> PostSettings:
        return self._read(service.get_settings)

    def save_settings(self, settings: PostSettings) -> None:
        self._write(service.save_settings, settings)

    def people(self) -> list[people.PersonRow]:
        return self._read(people.list_people)

    # posts
    def posts(self, include_archived: bool = False) -> list[service.PostRow]:
        return self._read(service.list_posts, include_archived=include_archived)

    def post(self, post_id: int) -> service.PostRow:
        return self._read(service.get_post, post_id)

    def save_post(self, data: PostData, post_id: int | None = None, *, expected_version: int | None = None) -> int:
        return self._write(service.save_post, data, post_id, expected_version=expected_version)

    def archive_post(self, post_id: int, archived: bool) -> None:
        self._write(service.archive_post, post_id, archived)

    def capacity(self) -> list[service.CapacityRow]:
        return self._read(service.capacity_status)

    # members
    def members(self, post_id: int | None = None) -> list[service.MemberRow]:
        return self._read(service.list_members, post_id)

    def without_post(self) -> list[service.PersonBrief]:
        return self._read(service.people_without_post)

    def assign(self, post_id: int, person_id: int, **kwargs) -> int:  # type: ignore[no-untyped-def]
        return self._write(service.assign, post_id, person_id, **kwargs)

    def assign_many(self, post_id: int, person_ids: list[int], **kwargs) -> list[int]:  # type: ignore[no-untyped-def]
        """All or none: one refused person leaves the post as it was."""
        def run(session):  # type: ignore[no-untyped-def]
            return [service.assign(session, post_id, pid, **kwargs) for pid in person_ids]

        return self._write(run)

    def update_member(self, member_id: int, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._write(service.update_member, member_id, **kwargs)

    def move_member(self, member_id: int, post_id: int, on: dt.date) -> int:
        return self._write(service.move_member, member_id, post_id, on)

    def end_member(self, member_id: int, ended: dt.date) -> None:
        self._write(service.end_member, member_id, ended)

    # service records
    def record(self, record_id: int) -> service_records.ServiceRow:
        return self._read(service_records.get_record, record_id)

    def add_record(self, data: ServiceData, today: dt.date | None = None) -> int:
        return self._write(service_records.add_record, data, today)

    def update_record(self, record_id: int, data: ServiceData, today: dt.date | None = None) -> None:
        self._write(service_records.update_record, record_id, data, today)

    def delete_record(self, record_id: int) -> None:
        self._write(service_records.delete_record, record_id)

    def period_service(self, start: dt.date, end: dt.date) -> service_records.PeriodService:
        return self._read(service_records.period_service, start, end)

    def target_status(self, year: int, served: dict[int, float] | None = None) -> list[service_records.TargetRow]:
        return self._read(service_records.target_status, year, served)

    # visits
    def visits(self, year: int | None, **kwargs) -> list[visits.VisitRow]:  # type: ignore[no-untyped-def]
        return self._read(visits.list_visits, year, **kwargs)

    def visit(self, visit_id: int) -> visits.VisitRow:
        return self._read(visits.get_visit, visit_id)

    def open_difficulties(self) -> list[visits.VisitRow]:
        return self._read(visits.open_difficulties)

    def visit_counts(self, year: int) -> visits.VisitCounts:
        return self._read(visits.year_counts, year)

    def households(self) -> list[visits.HouseholdChoice]:
        return self._read(visits.household_choices)

    def add_visit(self, data: VisitData, today: dt.date | None = None) -> int:
        return self._write(visits.add_visit, data, today)

    def update_visit(self, visit_id: int, data: VisitData, today: dt.date | None = None) -> None:
        self._write(visits.update_visit, visit_id, data, today)

    def delete_visit(self, visit_id: int) -> None:
        self._write(visits.delete_visit, visit_id)

    def close_difficulty(self, visit_id: int, resolved_on: dt.date, action: str = "",
                         today: dt.date | None = None) -> None:
        self._write(visits.close_difficulty, visit_id, resolved_on, action, today)

    # figures and export
    def year_figures(self, year: int, today: dt.date | None = None,
                     served: dict[int, float] | None = None) -> figures.YearFigures:
        return self._read(figures.year_figures, year, today, served)

    def export_xlsx(self, year: int, path: Path, language: str, today: dt.date | None = None) -> Path:
        from partyplan.posts import export

        return self._read(export.write_xlsx, year, path, language=language, today=today)
