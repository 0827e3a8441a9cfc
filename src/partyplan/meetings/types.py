"""Meeting types: what kinds of meeting the office holds, how often, with whom, and how they vote.

The pre-filled kinds follow the party-branch rules as commonly published (NOTES.md, "Party-branch
practice") plus the meetings the community samples name; every one stays editable because local
rules differ. Types are archived, never deleted, so old meetings keep their kind.

The branch general meeting votes as 《中国共产党支部工作条例（试行）》第十一条 says: more than half of the
members entitled to vote present, and votes for from more than half of all of them. The election
meeting needs more than four fifths present (《中国共产党基层组织选举工作条例》); see meetings/votes.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partyplan.db.concurrency import lock_rule
from partyplan.db.models import Cadence, Majority, Meeting, MeetingType, Quorum, Role
from partyplan.meetings import InvalidMeeting, MeetingNotFound

# Who is expected at a meeting: a People role, or a group of roles. "" means people chosen each time.
ATTENDEE_GROUPS: dict[str, frozenset[Role]] = {
    "": frozenset(),
    "cadre": frozenset({Role.CADRE}),
    "party_member": frozenset({Role.PARTY_MEMBER}),
    "resident_rep": frozenset({Role.RESIDENT_REP}),
    "volunteer": frozenset({Role.VOLUNTEER}),
    "members_reps": frozenset({Role.PARTY_MEMBER, Role.RESIDENT_REP}),
}


@dataclass(frozen=True)
class MeetingTypeData:
    name: str
    name_en: str = ""
    cadence: Cadence = Cadence.NONE
    months: tuple[int, ...] = ()  # the months for MONTHS; the preferred month for YEARLY
    attendee_role: str = ""
    votes: bool = False
    quorum: Quorum = Quorum.NONE
    majority: Majority = Majority.MORE_THAN_HALF


@dataclass(frozen=True)
class MeetingTypeRow:
    id: int
    key: str | None
    name: str
    name_en: str
    cadence: Cadence
    months: tuple[int, ...]
    attendee_role: str
    votes: bool
    quorum: Quorum
    majority: Majority
    position: int
    archived: bool

    def data(self) -> MeetingTypeData:
        return MeetingTypeData(self.name, self.name_en, self.cadence, self.months, self.attendee_role,
                               self.votes, self.quorum, self.majority)


def _default(key: str, name: str, name_en: str, cadence: Cadence, months: tuple[int, ...], role: str,
             votes: bool = False, quorum: Quorum = Quorum.NONE,
             majority: Majority = Majority.MORE_THAN_HALF) -> tuple[str, MeetingTypeData]:
    return key, MeetingTypeData(name, name_en, cadence, months, role, votes, quorum, majority)


DEFAULT_TYPES: tuple[tuple[str, MeetingTypeData], ...] = (
    _default("branch_committee", "支委会", "Branch committee meeting", Cadence.MONTHLY, (), "cadre",
             True, Quorum.MORE_THAN_HALF),
    _default("party_group", "党小组会", "Party group meeting", Cadence.MONTHLY, (), "party_member"),
    _default("general_meeting", "支部党员大会", "Branch general meeting", Cadence.QUARTERLY, (), "party_member",
             True, Quorum.MORE_THAN_HALF, Majority.HALF_OF_ENTITLED),
    _default("party_lecture", "党课", "Party lecture", Cadence.QUARTERLY, (), "party_member"),
    _default("theme_day", "主题党日", "Theme party day", Cadence.MONTHLY, (), "party_member"),
    _default("organisation_life", "组织生活会", "Organisation-life meeting", Cadence.YEARLY, (12,), "party_member"),
    _default("enlarged_committee", "党委扩大会议", "Enlarged committee meeting", Cadence.QUARTERLY, (), "cadre"),
    _default("briefing", "情况通报会", "Briefing to members and residents' representatives", Cadence.QUARTERLY, (),
             "members_reps"),
    _default("symposium", "座谈会", "Symposium", Cadence.MONTHS, (2, 4, 6, 10, 12), ""),
    _default("hearing", "听证会", "Hearing", Cadence.NONE, (), "members_reps"),
    _default("representatives", "居民代表会议", "Residents' representatives meeting", Cadence.NONE, (),
             "resident_rep", True, Quorum.MORE_THAN_HALF),
    _default("year_end_assembly", "党员和居民代表大会", "Year-end meeting of members and residents' representatives",
             Cadence.YEARLY, (12,), "members_reps", True, Quorum.MORE_THAN_HALF),
    _default("election", "支部党员大会（换届选举）", "Branch general meeting (election)", Cadence.NONE, (),
             "party_member", True, Quorum.FOUR_FIFTHS),
)


def seed_default_types(session: Session) -> int:
    """Add the pre-filled kinds that are missing (by key); the office's edits are never overwritten."""
    have = set(session.scalars(select(MeetingType.key).where(MeetingType.key.is_not(None))))
    position = _next_position(session)
    added = 0
    for key, data in DEFAULT_TYPES:
        if key in have:
            continue
        session.add(_apply(MeetingType(key=key, position=position + added), data))
        added += 1
    session.flush()
    return added


def count_types(session: Session) -> int:
    return session.scalar(select(func.count(MeetingType.id))) or 0


def list_types(session: Session, *, include_archived: bool = False) -> list[MeetingTypeRow]:
    query = select(MeetingType).order_by(MeetingType.position, MeetingType.id)
    if not include_archived:
        query = query.where(MeetingType.archived.is_(False))
    return [to_row(t) for t in session.scalars(query)]


def get_type(session: Session, type_id: int) -> MeetingTypeRow:
    return to_row(_load(session, type_id))


def save_type(session: Session, data: MeetingTypeData, type_id: int | None = None) -> int:
    data = check(data)
    lock_rule(session, "meeting_type_name")  # one type of a name, even when two PCs add it at once
    duplicate = session.scalar(select(MeetingType.id).where(MeetingType.name == data.name))
    if duplicate is not None and duplicate != type_id:
        raise InvalidMeeting("name", "duplicate_type")
    row = _load(session, type_id) if type_id is not None else MeetingType(key=None, position=_next_position(session))
    if type_id is None:
        session.add(row)
    _apply(row, data)
    session.flush()
    return row.id


def set_archived(session: Session, type_id: int, archived: bool) -> None:
    _load(session, type_id).archived = archived
    session.flush()


def delete_type(session: Session, type_id: int) -> bool:
    """Delete a type no meeting uses; archive it otherwise. True when it was really deleted."""
    row = _load(session, type_id)
    if session.scalar(select(func.count(Meeting.id)).where(Meeting.type_id == type_id)):
        row.archived = True
        session.flush()
        return False
    session.delete(row)
    session.flush()
    return True


def check(data: MeetingTypeData) -> MeetingTypeData:
    """The data tidied (trimmed, months sorted), or InvalidMeeting naming the field."""
    name = " ".join(data.name.split())
    if not name:
        raise InvalidMeeting("name", "required")
    if len(name) > 60 or len(data.name_en.strip()) > 80:
        raise InvalidMeeting("name" if len(name) > 60 else "name_en", "too_long")
    months = tuple(sorted(set(data.months)))
    if any(not 1 <= m <= 12 for m in months):
        raise InvalidMeeting("months", "month_range")
    if data.cadence is Cadence.MONTHS and not months:
        raise InvalidMeeting("months", "months_required")
    if data.cadence is Cadence.YEARLY and len(months) > 1:
        raise InvalidMeeting("months", "one_month")
    if data.cadence not in (Cadence.MONTHS, Cadence.YEARLY):
        months = ()
    if data.attendee_role not in ATTENDEE_GROUPS:
        raise InvalidMeeting("attendee_role", "unknown_group")
    return MeetingTypeData(name, " ".join(data.name_en.split()), Cadence(data.cadence), months, data.attendee_role,
                           data.votes, Quorum(data.quorum), Majority(data.majority))


def parse_months(text: str) -> tuple[int, ...]:
    """"2,4,6" (also 2、4、6 or spaces) as stored and as typed; a word that is not a number is refused."""
    parts = text.replace("、", ",").replace("，", ",").replace(" ", ",").split(",")
    try:
        return tuple(int(p) for p in parts if p.strip())
    except ValueError:
        raise InvalidMeeting("months", "month_range") from None


def to_row(row: MeetingType) -> MeetingTypeRow:
    return MeetingTypeRow(row.id, row.key, row.name, row.name_en, row.cadence, parse_months(row.months),
                          row.attendee_role, row.votes, row.quorum, row.majority, row.position, row.archived)


def _apply(row: MeetingType, data: MeetingTypeData) -> MeetingType:
    row.name, row.name_en, row.cadence = data.name, data.name_en, data.cadence
    row.months = ",".join(str(m) for m in data.months)
    row.attendee_role, row.votes, row.quorum, row.majority = data.attendee_role, data.votes, data.quorum, data.majority
    return row


def _load(session: Session, type_id: int) -> MeetingType:
    row = session.get(MeetingType, type_id)
    if row is None:
        raise MeetingNotFound("meeting_type", type_id)
    return row


def _next_position(session: Session) -> int:
    current = session.scalar(select(func.max(MeetingType.position)))
    return 0 if current is None else current + 1
