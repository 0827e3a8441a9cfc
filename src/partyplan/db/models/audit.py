"""The audit log: who changed which record, when, from what to what. Written by one session event
(`partyplan.db.audit_log`) for every write any service makes, never by the services themselves."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partyplan.db.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)  # UTC, from the server's clock on a server
    user_name: Mapped[str] = mapped_column(String(128))  # the PostgreSQL role, or the OS user on a file
    table_name: Mapped[str] = mapped_column(String(64))
    record_key: Mapped[str] = mapped_column(String(200))  # the primary key; "12", or "3|2026-11-02" when composite
    action: Mapped[str] = mapped_column(String(8))  # insert, update, delete
    row_version: Mapped[int | None] = mapped_column(Integer)  # the record's version after the write, when it has one
    old_values: Mapped[str] = mapped_column(Text, default="")  # JSON: the columns before (update: the changed ones)
    new_values: Mapped[str] = mapped_column(Text, default="")  # JSON: the columns after
