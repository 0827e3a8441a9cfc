"""Meetings: plan one, move or cancel it, and record it once held (attendance, minutes, resolutions and
their votes). The only place that writes the meetings, attendees and resolutions tables.

A party meeting that votes (its type's attendees are the party members) is held to the voter roll
(members/roll.py): nobody off the roll may be marked as voting, and when a vote is taken every member on
the roll who is not listed is recorded absent, so that "all members entitled to vote" counts everyone
the rule counts (《中国共产党支部工作条例（试行）》第十一条). An entitled member marked as not voting stays
so: the rules let a higher committee exclude a member from the count (abroad, bedridden, ...).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partyplan.db.models import (
    Majority,
    Meeting,
    MeetingAttendee,
    MeetingStatus,
    MeetingType,
    Person,
    Presence,
    Resolution,
    Role,
    VoteKind,
)
from partyplan.db import concurrency
from partyplan.db.concurrency import check_version, locked_get
from partyplan.meetings import InvalidMeeting, MeetingNotFound, plan_links, types, vote_rules, votes
from partyplan.meetings.rows import (  # noqa: F401  (re-exported: the fronts name them through service)
    Attendance,
    AttendeeData,
    AttendeeRow,
    MeetingData,
    MeetingDetail,
    MeetingRow,
    RecordData,
    ResolutionData,
    ResolutionRow,
    attendance_of,
    is_probationary,
)
from partyplan.meetings.types import MeetingTypeRow
from partyplan.meetings.vote_rules import VoteRule
from partyplan.members import roll
from partyplan.members.standing import Standing, standings


# -- planning ------------------------------------------------------------------------------------
def create_meeting(session: Session, data: MeetingData, *, organisation_id: int | None = None) -> int:
    """A planned meeting, of the branch or party group `organisation_id` (None: of the whole office)."""
    _check_plan(session, data)
    meeting = Meeting(status=MeetingStatus.PLANNED, minutes="", organisation_id=organisation_id)
    _apply(meeting, data)
    session.add(meeting)
    session.flush()
    return meeting.id


def update_meeting(session: Session, meeting_id: int, data: MeetingData, *, expected_version: int | None = None) -> None:
    """`expected_version`: the meeting's row_version when the form opened (ConflictError when changed since)."""
    _check_plan(session, data)
    meeting = _load(session, meeting_id, locked=expected_version is not None)
    check_version(session, meeting, expected_version, _plain(data), meeting.title)
    linked_now = data.plan_item_id is not None and data.plan_item_id != meeting.plan_item_id
    _apply(meeting, data)
    session.flush()
    if linked_now and meeting.held_on is not None:  # a held meeting newly linked does its item's work
        plan_links.fulfil(session, data.plan_item_id, meeting.held_on)  # type: ignore[arg-type]


def set_status(session: Session, meeting_id: int, status: MeetingStatus, planned_on: dt.date | None = None, *,
               expected_version: int | None = None) -> None:
    """Postpone (to a new day, if given), cancel or re-plan; holding a meeting goes through recording it."""
    meeting = _load(session, meeting_id, locked=expected_version is not None)
    check_version(session, meeting, expected_version, {"status": MeetingStatus(status), "planned_on": planned_on},
                  meeting.title)
    status = MeetingStatus(status)
    if status is MeetingStatus.HELD and meeting.status is not MeetingStatus.HELD:
        raise InvalidMeeting("status", "record_to_hold")
    meeting.status = status
    if planned_on is not None:
        meeting.planned_on = planned_on
    if status is not MeetingStatus.HELD:
        meeting.held_on = None
    session.flush()


def delete_meeting(session: Session, meeting_id: int) -> None:
    session.delete(_load(session, meeting_id))
    session.flush()


# -- recording -----------------------------------------------------------------------------------
def record_meeting(session: Session, meeting_id: int, data: RecordData, today: dt.date | None = None, *,
                   expected_version: int | None = None) -> None:
    """Store what happened and mark the meeting held; a linked plan item is marked done for that day.
    The attendance and resolutions (votes) are the meeting's: recording raises its version, and a record
    made from a stale copy (`expected_version`) is a ConflictError."""
    meeting = _load(session, meeting_id, locked=expected_version is not None)
    check_version(session, meeting, expected_version,
                  {"held_on": data.held_on, "place": data.place.strip(), "minutes": data.minutes.strip()}, meeting.title)
    kind = types.get_type(session, meeting.type_id)
    attendees = _check_attendees(data.attendees)
    _check_record(data, today or dt.date.today())
    assert data.held_on is not None
    resolutions = [r for r in data.resolutions if r.text.strip() or r.voted]
    _check_subjects(session, resolutions)
    branch = _branch_of(session, meeting.organisation_id)
    attendees = _check_roll(session, kind, attendees, data.held_on, any(r.voted for r in resolutions), branch)
    rules = [_rule(kind, r, vote_rules.load_rules(session)) for r in resolutions]
    outcomes = _decide(attendees, resolutions, rules)
    meeting.held_on, meeting.start_time, meeting.status = data.held_on, data.start_time, MeetingStatus.HELD
    meeting.place, meeting.agenda, meeting.minutes = data.place.strip(), data.agenda.strip(), data.minutes.strip()
    meeting.chair_id, meeting.recorder_id = data.chair_id, data.recorder_id
    meeting.attendees.clear()
    session.flush()
    for a in attendees:
        meeting.attendees.append(MeetingAttendee(person_id=a.person_id, presence=a.presence,
                                                 reason=a.reason.strip(), can_vote=a.can_vote))
    _store_resolutions(session, meeting, resolutions, rules, outcomes)
    session.flush()
    if meeting.plan_item_id is not None:
        plan_links.fulfil(session, meeting.plan_item_id, data.held_on)


def default_attendees(session: Session, type_id: int, on: dt.date, *,
                      organisation_id: int | None = None) -> list[AttendeeData]:
    """Everyone the type's group names on `on` (archived people left out), of the branch or party group
    `organisation_id` if given. At a party meeting the members come as the roll has them: full members
    registered here vote, probationary members attend without a vote, and members registered elsewhere
    are expected only where nothing is voted on. At a mixed meeting everyone votes but a probationary member."""
    kind = types.get_type(session, type_id)
    roles = types.ATTENDEE_GROUPS.get(kind.attendee_role, frozenset())
    if not roles:
        return []
    query = select(Person).where(Person.archived.is_(False))
    branch = _branch_of(session, organisation_id)
    if branch is not None:  # a branch with its groups, or one group; a 党委's meeting is the whole office's
        from partyplan.organisations.service import unit_ids

        query = query.where(Person.organisation_id.in_(unit_ids(session, branch) if branch == organisation_id
                                                       else {organisation_id}))
    people = session.scalars(query.order_by(Person.name, Person.id))
    chosen = [p for p in people if p.role_set & roles]
    if roles == {Role.PARTY_MEMBER}:
        entries = {e.person_id: e for e in roll.members(session, on)}
        return [AttendeeData(p.id, Presence.PRESENT, "", entries[p.id].votes) for p in chosen
                if p.id in entries and not (kind.votes and entries[p.id].no_vote is roll.NoVote.ELSEWHERE)]
    member = standings(session, on, [p.id for p in chosen if Role.PARTY_MEMBER in p.role_set])
    return [AttendeeData(p.id, Presence.PRESENT, "", p.id not in member
                         or member[p.id].standing is not Standing.PROBATIONARY) for p in chosen]


def meeting_attendees(session: Session, meeting_id: int) -> list[AttendeeData]:
    """Who a planned meeting expects: its type's group, of its branch or party group, on its day."""
    meeting = _load(session, meeting_id)
    return default_attendees(session, meeting.type_id, meeting.held_on or meeting.planned_on,
                             organisation_id=meeting.organisation_id)


def meeting_roll(session: Session, meeting_id: int, on: dt.date) -> list[roll.RollEntry]:
    """The party members of the meeting's branch on `on`, voters and not, as its vote counts them."""
    meeting = _load(session, meeting_id)
    return roll.members(session, on, _branch_of(session, meeting.organisation_id))


def is_party_vote(kind: MeetingTypeRow) -> bool:
    """A meeting of the branch's party members that votes: held to the voter roll."""
    return kind.votes and types.ATTENDEE_GROUPS.get(kind.attendee_role) == {Role.PARTY_MEMBER}


# -- reading -------------------------------------------------------------------------------------
def list_meetings(session: Session, year: int | None = None, *, type_id: int | None = None,
                  status: MeetingStatus | None = None) -> list[MeetingRow]:
    """Read as columns, with attendance counted from the attendees' presence alone: a year of a big
    office has a hundred meetings and 3,500 attendees, which as ORM objects took a tenth of a second."""
    query = select(Meeting.id, Meeting.type_id, Meeting.title, Meeting.planned_on, Meeting.held_on,
                   Meeting.start_time, Meeting.place, Meeting.status, Meeting.chair_id, Meeting.plan_item_id,
                   Meeting.row_version)
    if year is not None:
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        query = query.where(((Meeting.planned_on >= start) & (Meeting.planned_on <= end))
                            | ((Meeting.held_on >= start) & (Meeting.held_on <= end)))
    if type_id is not None:
        query = query.where(Meeting.type_id == type_id)
    if status is not None:
        query = query.where(Meeting.status == MeetingStatus(status))
    meetings = session.execute(query).all()
    chosen = query.with_only_columns(Meeting.id).scalar_subquery()
    counts: dict[int, list[int]] = {}  # expected, present, absent, leave, eligible, voters present
    for meeting_id, presence, can_vote in session.execute(
            select(MeetingAttendee.meeting_id, MeetingAttendee.presence, MeetingAttendee.can_vote)
            .where(MeetingAttendee.meeting_id.in_(chosen))).all():
        tally = counts.setdefault(meeting_id, [0, 0, 0, 0, 0, 0])
        present = presence is Presence.PRESENT
        tally[0] += 1
        tally[1] += present
        tally[2] += presence is Presence.ABSENT
        tally[3] += presence is Presence.LEAVE
        tally[4] += bool(can_vote)
        tally[5] += bool(can_vote) and present
    resolutions = dict(session.execute(select(Resolution.meeting_id, func.count(Resolution.id))
                                       .where(Resolution.meeting_id.in_(chosen))
                                       .group_by(Resolution.meeting_id)).tuples().all())
    kinds = {t.id: (t.name, t.name_en) for t in session.scalars(select(MeetingType))}
    names = _names(session, {m.chair_id for m in meetings if m.chair_id})
    rows = [MeetingRow(mid, type_id, *kinds[type_id], title, planned_on, held_on, start_time, place, status, chair_id,
                       names.get(chair_id, "") if chair_id else "", Attendance(*counts.get(mid, [0] * 6)),
                       resolutions.get(mid, 0), plan_item_id, row_version)
            for mid, type_id, title, planned_on, held_on, start_time, place, status, chair_id, plan_item_id, row_version
            in meetings]
    return sorted(rows, key=lambda r: (r.day, r.id))


def load_meeting(session: Session, meeting_id: int) -> MeetingDetail:
    meeting = _load(session, meeting_id)
    kind = session.get(MeetingType, meeting.type_id)
    assert kind is not None
    ids = ({a.person_id for a in meeting.attendees} | {r.responsible_id for r in meeting.resolutions if r.responsible_id}
           | {r.subject_id for r in meeting.resolutions if r.subject_id})
    names = _names(session, ids | {i for i in (meeting.chair_id, meeting.recorder_id) if i})
    attendees = sorted((AttendeeRow(a.person_id, names.get(a.person_id, "?"), a.presence, a.reason, a.can_vote)
                        for a in meeting.attendees), key=lambda a: (a.name, a.person_id))
    resolutions = tuple(ResolutionRow(
        r.id, r.text, r.responsible_id, names.get(r.responsible_id, "") if r.responsible_id else "", r.due,
        r.plan_item_id, r.voted, r.votes_for, r.votes_against, r.abstentions, r.majority, r.passed, r.kind,
        r.subject_id, names.get(r.subject_id, "") if r.subject_id else "", r.quorum)
        for r in meeting.resolutions)
    return MeetingDetail(_row(meeting, kind, names), types.to_row(kind), meeting.recorder_id,
                         names.get(meeting.recorder_id, "") if meeting.recorder_id else "", meeting.agenda,
                         meeting.minutes, tuple(attendees), resolutions)


def vote_result(detail: MeetingDetail, resolution: ResolutionRow | ResolutionData,
                rules: dict[VoteKind, VoteRule] | None = None) -> votes.VoteResult:
    """The computed result of one resolution's vote with the meeting's attendance, by the rule it was
    counted by (a stored vote) or would be (a form's; `rules` are the office's, default the published)."""
    attendance = detail.row.attendance
    rule = vote_rule(detail, resolution, rules)
    return votes.decide(rule.quorum, rule.majority, eligible=attendance.eligible,
                        present=attendance.voters_present, votes_for=resolution.votes_for,
                        votes_against=resolution.votes_against, abstentions=resolution.abstentions)


def vote_rule(detail: MeetingDetail, resolution: ResolutionRow | ResolutionData,
              rules: dict[VoteKind, VoteRule] | None = None) -> VoteRule:
    if isinstance(resolution, ResolutionRow) and resolution.voted:
        return VoteRule(resolution.quorum or detail.type.quorum, resolution.majority)
    return _rule(detail.type, resolution, rules or vote_rules.PUBLISHED)


# -- helpers -------------------------------------------------------------------------------------
def _check_plan(session: Session, data: MeetingData) -> None:
    if data.planned_on is None:
        raise InvalidMeeting("planned_on", "required")
    types.get_type(session, data.type_id)
    if len(data.title.strip()) > 200 or len(data.place.strip()) > 200:
        raise InvalidMeeting("title" if len(data.title.strip()) > 200 else "place", "too_long")


def _apply(meeting: Meeting, data: MeetingData) -> None:
    meeting.type_id, meeting.planned_on, meeting.title = data.type_id, data.planned_on, data.title.strip()
    meeting.start_time, meeting.place, meeting.agenda = data.start_time, data.place.strip(), data.agenda.strip()
    meeting.chair_id, meeting.recorder_id, meeting.plan_item_id = data.chair_id, data.recorder_id, data.plan_item_id


def _check_record(data: RecordData, today: dt.date) -> None:
    if data.held_on is None:
        raise InvalidMeeting("held_on", "required")
    if data.held_on > today:
        raise InvalidMeeting("held_on", "future")
    if len(data.place.strip()) > 200:
        raise InvalidMeeting("place", "too_long")
    for n, r in enumerate(data.resolutions):
        if r.voted and not r.text.strip():
            raise InvalidMeeting("resolutions", "required", n)


def _check_attendees(attendees: tuple[AttendeeData, ...]) -> list[AttendeeData]:
    unique = list({a.person_id: a for a in attendees}.values())
    for n, a in enumerate(unique):
        if a.presence is Presence.LEAVE and not a.reason.strip():
            raise InvalidMeeting("attendees", "leave_reason", n)
    return unique


def _check_subjects(session: Session, resolutions: list[ResolutionData]) -> None:
    """A vote the party rules name is a vote (not a note), and one on a member names the member."""
    for n, r in enumerate(resolutions):
        kind = VoteKind(r.kind)
        if kind is not VoteKind.RESOLUTION and not r.voted:
            raise InvalidMeeting("resolutions", "vote_required", n)
        if kind in vote_rules.PERSONAL_KINDS:
            if r.subject_id is None:
                raise InvalidMeeting("resolutions", "subject_required", n)
            if session.get(Person, r.subject_id) is None:
                raise InvalidMeeting("resolutions", "not_found", n)


def _branch_of(session: Session, organisation_id: int | None) -> int | None:
    if organisation_id is None:
        return None
    from partyplan.organisations.service import branch_of

    return branch_of(session, organisation_id)


def _check_roll(session: Session, kind: MeetingTypeRow, attendees: list[AttendeeData], on: dt.date,
                voting: bool, branch_id: int | None = None) -> list[AttendeeData]:
    """A party meeting's voters must be on the roll. When it votes, someone off the roll marked as voting
    is refused (the tally the form showed was counted with them) and the roll's unlisted members are added
    as absent; when nothing is voted on, the marks are only put right."""
    if not is_party_vote(kind):
        return attendees
    entries = {e.person_id: e for e in roll.members(session, on, branch_id)}
    if not voting:
        return [replace(a, can_vote=a.can_vote and a.person_id in entries and entries[a.person_id].votes)
                for a in attendees]
    for n, a in enumerate(attendees):
        entry = entries.get(a.person_id)
        if a.can_vote and (entry is None or not entry.votes):
            elsewhere = entry is None and branch_id is not None and any(
                e.person_id == a.person_id and e.votes for e in roll.members(session, on))
            raise InvalidMeeting("attendees", "no_vote_" + (entry.no_vote.value if entry and entry.no_vote
                                                            else "other_branch" if elsewhere else "not_member"), n)
    listed = {a.person_id for a in attendees}
    return attendees + [AttendeeData(e.person_id, Presence.ABSENT, "", True) for e in entries.values()
                        if e.votes and e.person_id not in listed]


def _rule(kind: MeetingTypeRow, resolution: ResolutionData | ResolutionRow,
          rules: dict[VoteKind, VoteRule]) -> VoteRule:
    """An ordinary resolution: the type's quorum and the majority chosen for it; a ruled kind: its rule."""
    vote_kind = VoteKind(resolution.kind)
    if vote_kind is VoteKind.RESOLUTION:
        return VoteRule(kind.quorum, Majority(resolution.majority))
    return rules.get(vote_kind) or vote_rules.PUBLISHED[vote_kind]


def _decide(attendees: list[AttendeeData], resolutions: list[ResolutionData],
            rules: list[VoteRule]) -> list[votes.VoteResult | None]:
    attendance = attendance_of(attendees)
    outcomes: list[votes.VoteResult | None] = []
    for n, (r, rule) in enumerate(zip(resolutions, rules)):
        if not r.voted:
            outcomes.append(None)
            continue
        try:
            outcomes.append(votes.decide(rule.quorum, rule.majority, eligible=attendance.eligible,
                                         present=attendance.voters_present, votes_for=r.votes_for,
                                         votes_against=r.votes_against, abstentions=r.abstentions))
        except votes.InvalidVote as exc:
            raise replace(exc, row=n) from None
    return outcomes


def _store_resolutions(session: Session, meeting: Meeting, resolutions: list[ResolutionData],
                       rules: list[VoteRule], outcomes: list[votes.VoteResult | None]) -> None:
    existing = {r.id: r for r in meeting.resolutions}
    kept: list[Resolution] = []
    for position, (data, rule, outcome) in enumerate(zip(resolutions, rules, outcomes)):
        row = existing.pop(data.id, None) if data.id is not None else None
        if row is None:
            row = Resolution(meeting_id=meeting.id)
        row.position, row.text, row.responsible_id, row.due = position, data.text.strip(), data.responsible_id, data.due
        row.voted, row.kind, row.subject_id = data.voted, VoteKind(data.kind), data.subject_id
        row.majority, row.quorum = (rule.majority, rule.quorum) if data.voted else (data.majority, None)
        row.votes_for, row.votes_against, row.abstentions = (
            (data.votes_for, data.votes_against, data.abstentions) if data.voted else (0, 0, 0))
        row.passed = outcome.passed if outcome is not None else None
        kept.append(row)
    for gone in existing.values():
        meeting.resolutions.remove(gone)
    session.flush()
    for row in kept:
        if row not in meeting.resolutions:
            meeting.resolutions.append(row)
    meeting.resolutions.sort(key=lambda r: r.position)


def _row(meeting: Meeting, kind: MeetingType, names: dict[int, str]) -> MeetingRow:
    return MeetingRow(
        meeting.id, meeting.type_id, kind.name, kind.name_en, meeting.title, meeting.planned_on, meeting.held_on,
        meeting.start_time, meeting.place, meeting.status, meeting.chair_id,
        names.get(meeting.chair_id, "") if meeting.chair_id else "", attendance_of(meeting.attendees),
        len(meeting.resolutions), meeting.plan_item_id, meeting.row_version)


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(wanted))).tuples().all())


def _plain(data: object) -> dict[str, object]:
    import dataclasses

    return {k: v for k, v in dataclasses.asdict(data).items() if not isinstance(v, (list, tuple, dict))}  # type: ignore[call-overload]


def _load(session: Session, meeting_id: int, *, locked: bool = False) -> Meeting:
    meeting = locked_get(session, Meeting, meeting_id) if locked else session.get(Meeting, meeting_id)
    if meeting is None and locked:
        raise concurrency.deleted(session, "meetings", meeting_id, None)
    if meeting is None:
        raise MeetingNotFound("meeting", meeting_id)
    return meeting
