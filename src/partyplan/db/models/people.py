"""People are shared by every tab: cadres on duty, members on posts, attendees of meetings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partyplan.db.base import Base, Versioned, enum_column
from partyplan.enums import Education, Gender, Occupation, PartyCategory, Role


class Person(Versioned, Base):
    __tablename__ = "people"
    # The same person typed twice (same name and the same phone or ID number) is refused by the forms and
    # imports; these make it a rule of the database too, so two PCs adding them at the same moment cannot
    # both succeed. Archived people are outside it: an upgrade archives the copies made before the rule.
    __table_args__ = (
        Index("uq_people_name_phone", "name", "phone", unique=True, info={"where": ("archived", False)},
              sqlite_where=text("NOT archived"), postgresql_where=text("NOT archived")),
        Index("uq_people_name_id_number", "name", "id_number", unique=True, info={"where": ("archived", False)},
              sqlite_where=text("NOT archived"), postgresql_where=text("NOT archived")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    gender: Mapped[Gender | None] = mapped_column(enum_column(Gender))
    birth_date: Mapped[dt.date | None]
    phone: Mapped[str | None] = mapped_column(String(32))
    id_number: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None]
    household: Mapped[str | None] = mapped_column(String(100))
    unit: Mapped[str | None] = mapped_column(String(100))
    education: Mapped[Education | None] = mapped_column(enum_column(Education))
    party_category: Mapped[PartyCategory | None] = mapped_column(enum_column(PartyCategory))
    joined_date: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # A member's record (members/records.py sets these, not the person form): 民族, 职业, 转正日期, 党内职务.
    ethnicity: Mapped[str | None] = mapped_column(String(20))
    occupation: Mapped[Occupation | None] = mapped_column(enum_column(Occupation))
    full_member_date: Mapped[dt.date | None]
    party_post: Mapped[str | None] = mapped_column(String(60))
    # The branch or party group the person belongs to (organisations/service.py sets it, not the person form).
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    roles: Mapped[list[PersonRole]] = relationship(
        back_populates="person", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.roles)


class PersonRole(Base):
    """A person may hold several roles at once (a cadre who is also a party member and a volunteer)."""

    __tablename__ = "person_roles"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(enum_column(Role), primary_key=True)

    person: Mapped[Person] = relationship(back_populates="roles")
