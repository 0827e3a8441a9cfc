"""Duty rosters: shift types, the office calendar, who can serve, monthly rosters with versions,
and the on-duty record book."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partyplan.db.base import Base, Versioned, enum_column
from partyplan.enums import FollowUp, RosterStatus


class ShiftType(Versioned, Base):
    __tablename__ = "shift_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    day_kinds: Mapped[str] = mapped_column(String(40))  # comma-separated DayKind values
    needed: Mapped[int] = mapped_column(Integer, default=1)
    required_tag: Mapped[str] = mapped_column(String(30), default="")  # e.g. "leader": at least n of them
    required_count: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class CalendarDay(Base):
    """An exception to the plain Monday-Friday week: a holiday, an adjusted workday, an office closure."""

    __tablename__ = "calendar_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # DayKind value
    name: Mapped[str] = mapped_column(String(60), default="")
    source: Mapped[str] = mapped_column(String(20))  # "package" or "notice"


class CalendarOverride(Versioned, Base):
    """The office's own correction of a day (a local holiday, office closed), laid over the official data,
    so that removing it brings the official day back."""

    __tablename__ = "calendar_overrides"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60), default="")


class CalendarYear(Base):
    """Which years hold confirmed holiday data (seeded from the package, or entered from the notice)."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(20))  # "package" or "notice"
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class DutyMember(Versioned, Base):
    """A person who takes duty, with the limits and wishes the roster must respect."""

    __tablename__ = "duty_members"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    max_per_month: Mapped[int | None] = mapped_column(Integer)
    unavailable_weekdays: Mapped[str] = mapped_column(String(20), default="")  # "0,4": Mondays and Fridays
    tags: Mapped[str] = mapped_column(String(100), default="")  # "leader,experienced"
    backup_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class DutyAbsence(Versioned, Base):
    __tablename__ = "duty_absences"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(100), default="")


class DutyWish(Versioned, Base):
    """A day a person would like (desired) or would rather not (undesired) be on duty."""

    __tablename__ = "duty_wishes"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    desired: Mapped[bool] = mapped_column(Boolean)


class Roster(Versioned, Base):
    __tablename__ = "rosters"
    __table_args__ = (UniqueConstraint("year", "month", "version", name="uq_rosters_month_version"),
                      # One draft a month: "New version" pressed on two PCs gives both the same draft.
                      Index("uq_rosters_month_draft", "year", "month", unique=True, info={"where": ("status", "draft")},
                            sqlite_where=text("status = 'draft'"), postgresql_where=text("status = 'draft'")))

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[RosterStatus] = mapped_column(enum_column(RosterStatus), default=RosterStatus.DRAFT)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    optimal: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    assignments: Mapped[list[RosterAssignment]] = relationship(cascade="all, delete-orphan")
    changes: Mapped[list[RosterChange]] = relationship(cascade="all, delete-orphan",
                                                       order_by="RosterChange.id")


class RosterAssignment(Versioned, Base):
    __tablename__ = "roster_assignments"
    __table_args__ = (UniqueConstraint("roster_id", "day", "shift_type_id", "person_id",
                                       name="uq_roster_assignments_cell_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    roster_id: Mapped[int] = mapped_column(ForeignKey("rosters.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_types.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    locked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class RosterChange(Base):
    """What changed in a version after publishing: the change log a new version is issued with."""

    __tablename__ = "roster_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    roster_id: Mapped[int] = mapped_column(ForeignKey("rosters.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_types.id"))
    before: Mapped[str] = mapped_column(String(200), default="")
    after: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class DutyLogEntry(Versioned, Base):
    """One line of the on-duty record book: who came, about what, what they were told, what came of it."""

    __tablename__ = "duty_log_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    time: Mapped[dt.time | None] = mapped_column(Time)
    shift_type_id: Mapped[int | None] = mapped_column(ForeignKey("shift_types.id"))
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    resident_name: Mapped[str] = mapped_column(String(64), default="")
    contact: Mapped[str] = mapped_column(String(64), default="")
    household: Mapped[str] = mapped_column(String(100), default="")
    matter: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(30), default="other")
    answer: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[FollowUp] = mapped_column(enum_column(FollowUp), default=FollowUp.NONE)
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    inspected_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    inspected_on: Mapped[dt.date | None] = mapped_column(Date)
    inspection_comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
