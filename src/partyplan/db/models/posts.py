"""Volunteer responsibility posts: posts, who is on which post with what skill, service given,
and household visits ("enter a hundred doors, know a hundred families")."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partyplan.db.base import Base, Versioned


class Post(Versioned, Base):
    __tablename__ = "volunteer_posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(40), unique=True)  # the eight pre-filled kinds; None for new
    name: Mapped[str] = mapped_column(String(60))  # Chinese name, as the office writes it
    name_en: Mapped[str] = mapped_column(String(80), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    capacity: Mapped[int | None] = mapped_column(Integer)
    skills: Mapped[str] = mapped_column(Text, default="")  # wanted skills, "、"-separated as typed
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class PostMember(Versioned, Base):
    """A person on a post since a date, with the skill they bring; `ended` keeps history when they move."""

    __tablename__ = "post_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("volunteer_posts.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    skill: Mapped[str] = mapped_column(String(100), default="")
    since: Mapped[dt.date] = mapped_column(Date)
    ended: Mapped[dt.date | None] = mapped_column(Date)
    main: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class ServiceRecord(Versioned, Base):
    """One activity (a patrol, a tree-planting day); each participant's hours are in ServiceParticipant."""

    __tablename__ = "service_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer_posts.id"))
    activity: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    beneficiaries: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    participants: Mapped[list[ServiceParticipant]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class ServiceParticipant(Versioned, Base):
    __tablename__ = "service_participants"

    record_id: Mapped[int] = mapped_column(ForeignKey("service_records.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    hours: Mapped[float] = mapped_column(Float)


class HouseholdVisit(Versioned, Base):
    __tablename__ = "household_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    household: Mapped[str] = mapped_column(String(100))  # "3-502" or an address as typed
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # when the household is in People
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    situation: Mapped[str] = mapped_column(Text, default="")
    difficulty: Mapped[str] = mapped_column(Text, default="")  # empty: no difficulty raised
    action: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date)

    visitors: Mapped[list[VisitVisitor]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class VisitVisitor(Base):
    __tablename__ = "visit_visitors"

    visit_id: Mapped[int] = mapped_column(ForeignKey("household_visits.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
