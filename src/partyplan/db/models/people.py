"""People are shared by every tab: cadres on duty, members on posts, attendees of meetings."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, DateTime, ForeignKey, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partyplan.db.base import Base, enum_column


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"


class Role(enum.StrEnum):
    CADRE = "cadre"
    PARTY_MEMBER = "party_member"
    VOLUNTEER = "volunteer"
    RESIDENT_REP = "resident_rep"


class Education(enum.StrEnum):
    """Highest schooling, as member-development statistics count it."""

    PRIMARY = "primary"  # 小学及以下
    JUNIOR = "junior"  # 初中
    SENIOR = "senior"  # 高中、中专、中技
    COLLEGE = "college"  # 大专
    BACHELOR = "bachelor"  # 本科
    POSTGRADUATE = "postgraduate"  # 研究生


class Occupation(enum.StrEnum):
    """Occupation as the party's internal statistics count it (党内统计)."""

    WORKER = "worker"  # 工人
    FARMER = "farmer"  # 农牧渔民
    PROFESSIONAL = "professional"  # 专业技术人员
    MANAGER = "manager"  # 企事业单位管理人员
    OFFICIAL = "official"  # 党政机关工作人员
    STUDENT = "student"  # 学生
    RETIRED = "retired"  # 离退休人员
    OTHER = "other"  # 其他职业人员


class PartyCategory(enum.StrEnum):
    """Where a party member's membership is kept: registered here, in service elsewhere, or floating."""

    REGISTERED = "registered"
    IN_SERVICE = "in_service"
    FLOATING = "floating"


class Person(Base):
    __tablename__ = "people"

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
