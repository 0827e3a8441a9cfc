"""Party members beyond People's record: transfers of the organisational relation (组织关系转接) and the
follow-up of a member graded unqualified (组织处置)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partyplan.db.base import Base, enum_column
from partyplan.enums import Direction, DisposalOutcome, Measure


class Disposal(Base):
    __tablename__ = "member_disposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    evaluation_id: Mapped[int | None] = mapped_column(ForeignKey("evaluations.id", ondelete="SET NULL"))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    measure: Mapped[Measure] = mapped_column(enum_column(Measure), default=Measure.UNDECIDED)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    helper_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    outcome: Mapped[DisposalOutcome] = mapped_column(enum_column(DisposalOutcome), default=DisposalOutcome.OPEN)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Transfer(Base):
    """One letter of introduction (党员组织关系介绍信) moving a member's organisational relation."""

    __tablename__ = "member_transfers"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    direction: Mapped[Direction] = mapped_column(enum_column(Direction))
    letter_no: Mapped[str] = mapped_column(String(40))  # 介绍信编号
    issued_on: Mapped[dt.date] = mapped_column(Date)  # 开具日期
    other_org: Mapped[str] = mapped_column(String(200))  # where from (in) or to (out)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)  # 有效期至
    arrived_on: Mapped[dt.date | None] = mapped_column(Date)  # in: the day the member reported here (报到)
    receipt_on: Mapped[dt.date | None] = mapped_column(Date)  # the receipt (回执): sent (in) or returned (out)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))  # in: the branch joined
    note: Mapped[str] = mapped_column(Text, default="")
