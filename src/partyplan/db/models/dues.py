"""Party dues (党费): each member's monthly base and amount for a year, and the payments month by month.
Money is kept in fen (0.01 yuan) as whole numbers, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from partyplan.db.base import Base, enum_column
from partyplan.enums import DuesCategory


class DuesBase(Base):
    """From `from_month` of `year` on (until a later base of the year), the member owes `amount` a month."""

    __tablename__ = "dues_bases"
    __table_args__ = (UniqueConstraint("person_id", "year", "from_month", name="uq_dues_bases_person_year_month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    from_month: Mapped[int] = mapped_column(Integer, default=1)
    category: Mapped[DuesCategory] = mapped_column(enum_column(DuesCategory))
    base_fen: Mapped[int] = mapped_column(Integer, default=0)  # the monthly income the rate applies to
    amount_fen: Mapped[int] = mapped_column(Integer)  # the monthly dues
    note: Mapped[str] = mapped_column(Text, default="")  # an approval for REDUCED or a FARMER's amount


class DuesPayment(Base):
    __tablename__ = "dues_payments"
    __table_args__ = (UniqueConstraint("person_id", "year", "month", name="uq_dues_payments_person_year_month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
