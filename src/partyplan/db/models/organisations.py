"""The party organisations of the office: a 党委 or 党总支 over its 支部, each 支部 with its 党小组.
People and meetings belong to one of them; a 党委, 党总支 or 支部 elects its committee for a term."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partyplan.db.base import Base, enum_column
from partyplan.enums import OrgKind


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[OrgKind] = mapped_column(enum_column(OrgKind))
    name: Mapped[str] = mapped_column(String(100))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Term(Base):
    """One term of an organisation's elected committee (一届委员会), from its election."""

    __tablename__ = "committee_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    elected_on: Mapped[dt.date] = mapped_column(Date)
    years: Mapped[int] = mapped_column(Integer)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))  # the election
    extended_until: Mapped[dt.date | None] = mapped_column(Date)  # an approved postponement of the next election
    note: Mapped[str] = mapped_column(Text, default="")
