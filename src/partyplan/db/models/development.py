"""Member development: each applicant's case through the fixed stages, every step with its date, who
did it, the people involved (mentors, sponsors) and, where a rule was set aside, the justification."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partyplan.db.base import Base, Versioned, enum_column
from partyplan.enums import Stage, StepKind


class DevelopmentCase(Versioned, Base):
    __tablename__ = "development_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage), default=Stage.APPLICANT)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    steps: Mapped[list[DevelopmentStep]] = relationship(cascade="all, delete-orphan", lazy="selectin",
                                                        order_by="(DevelopmentStep.day, DevelopmentStep.id)")


class DevelopmentStep(Versioned, Base):
    __tablename__ = "development_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("development_cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[StepKind] = mapped_column(enum_column(StepKind))
    day: Mapped[dt.date] = mapped_column(Date)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # who did it (talked, assessed, ...)
    note: Mapped[str] = mapped_column(Text, default="")
    justification: Mapped[str] = mapped_column(Text, default="")  # why a rule was set aside; shown in reports
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    days: Mapped[float | None] = mapped_column(Float)  # training days
    class_hours: Mapped[float | None] = mapped_column(Float)  # training class hours
    months: Mapped[int | None] = mapped_column(Integer)  # an extension's length
    ends_on: Mapped[dt.date | None] = mapped_column(Date)  # the public notice's last day
    reference: Mapped[str] = mapped_column(String(60), default="", server_default="")  # 备案、志愿书 number
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    people: Mapped[list[StepPerson]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class StepPerson(Base):
    """A mentor of an activist, or a sponsor of a probationary member."""

    __tablename__ = "development_step_people"

    step_id: Mapped[int] = mapped_column(ForeignKey("development_steps.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))  # "mentor" or "sponsor"; both must be full members
