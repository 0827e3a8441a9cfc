"""Meetings on their required cadence: types, the schedule, attendance, minutes, resolutions and votes,
heart-to-heart talks, and the year-end democratic evaluation."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, Time, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partyplan.db.base import Base, Versioned, enum_column
from partyplan.enums import Cadence, Grade, Majority, MeetingStatus, Presence, Quorum, VoteKind


class MeetingType(Versioned, Base):
    __tablename__ = "meeting_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(40), unique=True)  # pre-filled kinds; None for the office's own
    name: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(80), default="")
    cadence: Mapped[Cadence] = mapped_column(enum_column(Cadence), default=Cadence.NONE)
    months: Mapped[str] = mapped_column(String(40), default="")  # "2,4,6" for MONTHS; preferred month for YEARLY
    attendee_role: Mapped[str] = mapped_column(String(24), default="")  # a People role, or "" for chosen people
    votes: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    quorum: Mapped[Quorum] = mapped_column(enum_column(Quorum), default=Quorum.NONE)
    majority: Mapped[Majority] = mapped_column(enum_column(Majority), default=Majority.MORE_THAN_HALF)
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Meeting(Versioned, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("meeting_types.id"), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    planned_on: Mapped[dt.date] = mapped_column(Date, index=True)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    recorder_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus), default=MeetingStatus.PLANNED)
    agenda: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_items.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # The branch or party group that holds the meeting; None for the office as a whole.
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)

    attendees: Mapped[list[MeetingAttendee]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    resolutions: Mapped[list[Resolution]] = relationship(cascade="all, delete-orphan", lazy="selectin",
                                                         order_by="Resolution.position")


class MeetingAttendee(Versioned, Base):
    __tablename__ = "meeting_attendees"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    presence: Mapped[Presence] = mapped_column(enum_column(Presence), default=Presence.PRESENT)
    reason: Mapped[str] = mapped_column(String(200), default="")
    can_vote: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class Resolution(Versioned, Base):
    __tablename__ = "meeting_resolutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    due: Mapped[dt.date | None] = mapped_column(Date)
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_items.id", ondelete="SET NULL"))
    voted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    abstentions: Mapped[int] = mapped_column(Integer, default=0)
    majority: Mapped[Majority] = mapped_column(enum_column(Majority), default=Majority.MORE_THAN_HALF)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    kind: Mapped[VoteKind] = mapped_column(enum_column(VoteKind), default=VoteKind.RESOLUTION,
                                           server_default=VoteKind.RESOLUTION.value)
    # The quorum rule the vote was counted by, kept with it: a rule edited later does not rewrite old minutes.
    # None on votes recorded before it was kept; those read their meeting type's quorum.
    quorum: Mapped[Quorum | None] = mapped_column(enum_column(Quorum))
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # whom an admission etc. concerns


class Talk(Versioned, Base):
    """A heart-to-heart talk between a cadre and a member (at least one every six months per member)."""

    __tablename__ = "talks"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    topic: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")


class Evaluation(Versioned, Base):
    """The year-end democratic evaluation of cadres or members."""

    __tablename__ = "evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    ballots_cast: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # Why more members than the office's cap were graded excellent; empty while the cap holds.
    excellent_override: Mapped[str] = mapped_column(Text, default="", server_default="")

    subjects: Mapped[list[EvaluationSubject]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class EvaluationSubject(Versioned, Base):
    """One person evaluated: self- and peer assessment, the vote's tallies, and the grade given."""

    __tablename__ = "evaluation_subjects"

    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    probationary: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # takes part, no grade
    self_assessment: Mapped[str] = mapped_column(Text, default="")
    peer_assessment: Mapped[str] = mapped_column(Text, default="")
    excellent: Mapped[int] = mapped_column(Integer, default=0)
    qualified: Mapped[int] = mapped_column(Integer, default=0)
    basic: Mapped[int] = mapped_column(Integer, default=0)
    unqualified: Mapped[int] = mapped_column(Integer, default=0)
    grade: Mapped[Grade | None] = mapped_column(enum_column(Grade))
