"""Yearly work plans: plan > sections (quarters or thematic parts, nested) > items, plus targets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partyplan.db.base import Base, Versioned, enum_column
from partyplan.enums import Comparison, ItemStatus, PlanKind, Recurrence


class Plan(Versioned, Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    end_year: Mapped[int | None] = mapped_column(Integer)
    organization: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[PlanKind] = mapped_column(enum_column(PlanKind), default=PlanKind.ANNUAL)
    title: Mapped[str] = mapped_column(String(200))
    guiding_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    sections: Mapped[list[PlanSection]] = relationship(back_populates="plan", cascade="all, delete-orphan")
    targets: Mapped[list[PlanTarget]] = relationship(back_populates="plan", cascade="all, delete-orphan")


class PlanSection(Versioned, Base):
    __tablename__ = "plan_sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan_sections.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    quarter: Mapped[int | None] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    plan: Mapped[Plan] = relationship(back_populates="sections")


class PlanItem(Versioned, Base):
    __tablename__ = "plan_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("plan_sections.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan_items.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    responsible_unit: Mapped[str] = mapped_column(String(200), default="")
    quarter: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int | None] = mapped_column(Integer)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    recurrence: Mapped[Recurrence] = mapped_column(enum_column(Recurrence), default=Recurrence.NONE)
    status: Mapped[ItemStatus] = mapped_column(enum_column(ItemStatus), default=ItemStatus.NOT_STARTED)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    people: Mapped[list[PlanItemPerson]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    notes: Mapped[list[ProgressNote]] = relationship(
        cascade="all, delete-orphan", order_by="ProgressNote.noted_on", lazy="selectin"
    )
    occurrences: Mapped[list[ItemOccurrence]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class PlanItemPerson(Base):
    """Responsible people: referencing People means they are archived, never deleted, while named here."""

    __tablename__ = "plan_item_people"

    item_id: Mapped[int] = mapped_column(ForeignKey("plan_items.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)


class ProgressNote(Versioned, Base):
    __tablename__ = "plan_progress_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("plan_items.id", ondelete="CASCADE"), index=True)
    noted_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)


class ItemOccurrence(Versioned, Base):
    """The status of a recurring item in one of its periods (quarter 1-4 or month 1-12)."""

    __tablename__ = "plan_item_occurrences"

    item_id: Mapped[int] = mapped_column(ForeignKey("plan_items.id", ondelete="CASCADE"), primary_key=True)
    period: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[ItemStatus] = mapped_column(enum_column(ItemStatus), default=ItemStatus.NOT_STARTED)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)


class PlanTarget(Versioned, Base):
    __tablename__ = "plan_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    indicator: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="")
    comparison: Mapped[Comparison] = mapped_column(enum_column(Comparison), default=Comparison.AT_LEAST)
    target_value: Mapped[float] = mapped_column(Float)
    source: Mapped[str | None] = mapped_column(String(40))  # a computed measure, or None when typed in

    plan: Mapped[Plan] = relationship(back_populates="targets")
    actuals: Mapped[list[TargetActual]] = relationship(
        cascade="all, delete-orphan", order_by="TargetActual.measured_on", lazy="selectin"
    )


class TargetActual(Versioned, Base):
    __tablename__ = "plan_target_actuals"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("plan_targets.id", ondelete="CASCADE"), index=True)
    measured_on: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
