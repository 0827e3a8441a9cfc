"""Training sessions with their participants, and commendations to people or organisations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partyplan.db.base import Base, Versioned


class TrainingSession(Versioned, Base):
    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    organiser: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(30), default="other")  # political_theory, law, community_service, ...
    start: Mapped[dt.date] = mapped_column(Date, index=True)
    end: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[float] = mapped_column(Float, default=0)
    class_hours: Mapped[float] = mapped_column(Float, default=0)
    place: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    participants: Mapped[list[TrainingParticipant]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class TrainingParticipant(Versioned, Base):
    __tablename__ = "training_participants"

    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    certificate_no: Mapped[str] = mapped_column(String(60), default="")  # empty: no certificate


class Commendation(Versioned, Base):
    __tablename__ = "commendations"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))  # national, provincial, municipal, district, community
    awarding_body: Mapped[str] = mapped_column(String(200), default="")
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    organisation: Mapped[str] = mapped_column(String(200), default="")  # when the award is to a body, not a person
    evaluation_year: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
