"""Settings that belong to the office's data (its name), not to one user's PC, so they travel with the file."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partyplan.db.base import Base


class OfficeSetting(Base):
    __tablename__ = "office_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
