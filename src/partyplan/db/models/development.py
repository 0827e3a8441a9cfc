"""Member development: each applicant's case through the fixed stages, every step with its date, who
did it, the people involved (mentors, sponsors) and, where a rule was set aside, the justification."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partyplan.db.base import Base, enum_column


class Stage(enum.StrEnum):
    APPLICANT = "applicant"  # 入党申请人
    ACTIVIST = "activist"  # 入党积极分子
    TARGET = "target"  # 发展对象
    PROBATIONARY = "probationary"  # 预备党员
    FULL = "full"  # 正式党员
    CANCELLED = "cancelled"  # 取消预备党员资格 / closed


class StepKind(enum.StrEnum):
    """The steps of a member's file, named after the standard steps of 《中国共产党发展党员工作细则》."""

    APPLICATION = "application"  # 递交入党申请书
    TALK = "talk"  # 党组织派人谈话
    MENTORS = "mentors"  # mentors (培养联系人) assigned or changed
    ACTIVIST = "activist"  # 支委会研究决定为入党积极分子
    FILING = "filing"  # 报上级党委备案 (of the activist, then of the development target)
    ASSESSMENT = "assessment"  # 培养教育考察, every six months
    TARGET = "target"  # 支委会讨论同意列为发展对象
    SPONSORS = "sponsors"  # 确定入党介绍人
    REVIEW = "review"  # political review 政治审查
    TRAINING = "training"  # centralised training 集中培训
    COMMITTEE_REVIEW = "committee_review"  # 支部委员会审查
    PRE_REVIEW = "pre_review"  # 基层党委预审
    APPLICATION_FORM = "application_form"  # 填写《入党志愿书》
    NOTICE = "notice"  # public notice 公示
    PROBATIONARY = "probationary"  # admitted by the general meeting's vote 支部大会讨论接收
    ORGANISER_TALK = "organiser_talk"  # 上级党委派人谈话 (党委委员或组织员)
    APPROVAL = "approval"  # the higher committee's approval of the latest decision
    OATH = "oath"  # 入党宣誓
    EXTENSION = "extension"  # 延长预备期, by the general meeting's vote
    CONVERSION_APPLICATION = "conversion_application"  # 书面转正申请
    FULL = "full"  # conversion to full membership by the general meeting's vote
    CANCELLED = "cancelled"  # the file closed, or the probation cancelled by the general meeting's vote


class DevelopmentCase(Base):
    __tablename__ = "development_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage), default=Stage.APPLICANT)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    steps: Mapped[list[DevelopmentStep]] = relationship(cascade="all, delete-orphan", lazy="selectin",
                                                        order_by="(DevelopmentStep.day, DevelopmentStep.id)")


class DevelopmentStep(Base):
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
