"""Settings that belong to the office's data (its name), not to one user's PC, so they travel with the file."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partyplan.db.base import Base, Versioned


class OfficeSetting(Versioned, Base):
    __tablename__ = "office_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StoreIdentity(Base):
    """Which store this is, whatever its file is called or wherever it is moved: backups are matched to
    their store by this, never by file name (two offices' `partyplan.sqlite3` are different stores).

    One row, made by migration 0007 (or just before the first upgrade of an older file, so that its
    pre-upgrade backup carries it too). It describes the file, not the office's data, so it does not
    travel in a data file or a copy to a server (`info["data_file"]`)."""

    __tablename__ = "store_identity"
    __table_args__ = {"info": {"data_file": False}}

    uuid: Mapped[str] = mapped_column(String(32), primary_key=True)
