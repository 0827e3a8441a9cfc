"""All models, imported here so that `Base.metadata` is complete wherever the package is imported."""

from partyplan.db.models.office import OfficeSetting, StoreIdentity
from partyplan.db.models.audit import AuditEntry
from partyplan.db.models.dues import DuesBase, DuesCategory, DuesPayment
from partyplan.db.models.organisations import Organisation, OrgKind, Term
from partyplan.db.models.development import DevelopmentCase, DevelopmentStep, Stage, StepKind, StepPerson
from partyplan.db.models.people import Education, Gender, Occupation, PartyCategory, Person, PersonRole, Role
from partyplan.db.models.training import Commendation, TrainingParticipant, TrainingSession
from partyplan.db.models.plans import (
    Comparison,
    ItemOccurrence,
    ItemStatus,
    Plan,
    PlanItem,
    PlanItemPerson,
    PlanKind,
    PlanSection,
    PlanTarget,
    ProgressNote,
    Recurrence,
    TargetActual,
)
from partyplan.db.models.meetings import (
    Cadence,
    Evaluation,
    EvaluationSubject,
    Grade,
    Majority,
    Meeting,
    MeetingAttendee,
    MeetingStatus,
    MeetingType,
    Presence,
    Quorum,
    Resolution,
    Talk,
    VoteKind,
)
from partyplan.db.models.members import Direction, Disposal, DisposalOutcome, Measure, Transfer
from partyplan.db.models.posts import HouseholdVisit, Post, PostMember, ServiceParticipant, ServiceRecord, VisitVisitor
from partyplan.db.models.rosters import (
    CalendarDay,
    CalendarOverride,
    CalendarYear,
    DutyAbsence,
    DutyLogEntry,
    DutyMember,
    DutyWish,
    FollowUp,
    Roster,
    RosterAssignment,
    RosterChange,
    RosterStatus,
    ShiftType,
)

__all__ = [
    "AuditEntry",
    "DuesBase", "DuesCategory", "DuesPayment", "Organisation", "OrgKind", "Term",
    "Direction", "Disposal", "DisposalOutcome", "Measure", "Occupation", "Transfer",
    "Commendation", "DevelopmentCase", "DevelopmentStep", "Education", "Stage", "StepKind", "StepPerson",
    "TrainingParticipant", "TrainingSession",
    "Cadence", "Evaluation", "EvaluationSubject", "Grade", "HouseholdVisit", "Majority", "Meeting", "MeetingAttendee",
    "MeetingStatus", "MeetingType", "Post", "PostMember", "Presence", "Quorum", "Resolution", "ServiceParticipant",
    "ServiceRecord", "Talk", "VisitVisitor", "VoteKind",
    "CalendarDay", "CalendarOverride", "CalendarYear", "DutyAbsence", "DutyLogEntry", "DutyMember", "DutyWish", "FollowUp", "Roster",
    "RosterAssignment", "RosterChange", "RosterStatus", "ShiftType",
    "Comparison", "Gender", "ItemOccurrence", "ItemStatus", "OfficeSetting", "PartyCategory", "Person",
    "PersonRole", "Plan", "PlanItem", "PlanItemPerson", "PlanKind", "PlanSection", "PlanTarget",
    "ProgressNote", "Recurrence", "Role", "StoreIdentity", "TargetActual",
]
