"""Each elected committee's term, and the reminder of the next election.

《中国共产党基层组织选举工作条例》: a 党委, 党总支 or 支部 elects its committee at a members' meeting for a
term of three or five years (the office records which), and elects the next one when the term ends; a
postponement needs the higher committee's approval and is at most a year. The election itself is valid only
with more than four fifths of those entitled to vote present (meetings/vote_rules.py counts every ELECTION
vote so), so a term names the held meeting whose election passed. The next election is due six months
before the term ends (the time to report to the higher committee and prepare it), and overdue once it
has ended, or its approved postponement has.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Meeting, MeetingStatus, MeetingType, Organisation, OrgKind, Term, VoteKind
from partyplan.development.pipeline import add_months
from partyplan.organisations import InvalidOrganisation

YEARS = (3, 5)
REMIND_MONTHS = 6
POSTPONE_MAX_MONTHS = 12
ELECTED = (OrgKind.COMMITTEE, OrgKind.GENERAL_BRANCH, OrgKind.BRANCH)  # a party group elects no committee


@dataclass(frozen=True)
class TermData:
    elected_on: dt.date
    years: int
    meeting_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class TermRow:
    id: int
    organisation_id: int
    organisation: str
    elected_on: dt.date
    years: int
    meeting_id: int | None
    extended_until: dt.date | None
    note: str

    @property
    def ends_on(self) -> dt.date:
        return add_months(self.elected_on, 12 * self.years)

    @property
    def runs_until(self) -> dt.date:
        """The end, or the approved postponement's."""
        return self.extended_until or self.ends_on

    @property
    def election_due(self) -> dt.date:
        return add_months(self.ends_on, -REMIND_MONTHS)


@dataclass(frozen=True)
class TermDue:
    term_id: int
    organisation_id: int
    organisation: str
    kind: str  # "election_due" (within six months of the end) or "expired"
    ends_on: dt.date
    overdue: bool


def record_term(session: Session, organisation_id: int, data: TermData, today: dt.date | None = None) -> int:
    """A new committee elected on `data.elected_on` at the meeting whose election vote passed."""
    org = session.get(Organisation, organisation_id)
    if org is None:
        raise InvalidOrganisation("organisation", "not_found")
    if org.kind not in ELECTED:
        raise InvalidOrganisation("organisation", "no_committee")
    if data.years not in YEARS:
        raise InvalidOrganisation("years", "term_years")
    if data.elected_on > (today or dt.date.today()):
        raise InvalidOrganisation("elected_on", "future")
    code = election_problem(session, data.meeting_id, data.elected_on)
    if code is not None:
        raise InvalidOrganisation("meeting", code)
    later = session.scalar(select(Term.id).where(Term.organisation_id == organisation_id,
                                                 Term.elected_on >= data.elected_on))
    if later is not None:
        raise InvalidOrganisation("elected_on", "before_current")
    row = Term(organisation_id=organisation_id, elected_on=data.elected_on, years=data.years,
               meeting_id=data.meeting_id, note=data.note.strip())
    session.add(row)
    session.flush()
    return row.id


def postpone(session: Session, term_id: int, until: dt.date, note: str) -> None:
    """The higher committee's approval to elect later (at most a year after the term's end); the note says
    who approved it."""
    row = session.get(Term, term_id)
    if row is None:
        raise InvalidOrganisation("term", "not_found")
    ends = add_months(row.elected_on, 12 * row.years)
    if not ends < until <= add_months(ends, POSTPONE_MAX_MONTHS):
        raise InvalidOrganisation("extended_until", "postpone_range")
    if not note.strip():
        raise InvalidOrganisation("note", "required")
    row.extended_until, row.note = until, " ".join(note.split())
    session.flush()


def election_problem(session: Session, meeting_id: int | None, day: dt.date) -> str | None:
    """None when the meeting was held on `day` and an election vote there passed, else why not."""
    if meeting_id is None:
        return "election_missing"
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return "not_found"
    if meeting.status is not MeetingStatus.HELD or meeting.held_on != day:
        return "election_day"
    elections = [r for r in meeting.resolutions if r.voted and r.kind is VoteKind.ELECTION]
    if not elections:
        return "election_missing"
    return None if any(r.passed for r in elections) else "election_failed"


@dataclass(frozen=True)
class ElectionMeeting:
    meeting_id: int
    held_on: dt.date
    title: str
    type_name: str
    type_name_en: str
    passed: bool  # an election vote there passed


def election_meetings(session: Session, organisation_id: int | None = None) -> list[ElectionMeeting]:
    """Held meetings with an election vote, newest first: those a term may name (the organisation's own,
    and those recorded for no organisation, which an office with one branch leaves unassigned)."""
    query = select(Meeting).where(Meeting.status == MeetingStatus.HELD, Meeting.held_on.is_not(None))
    if organisation_id is not None:
        query = query.where(Meeting.organisation_id.is_(None) | (Meeting.organisation_id == organisation_id))
    kinds = {t.id: (t.name, t.name_en) for t in session.scalars(select(MeetingType))}
    found = []
    for meeting in session.scalars(query.order_by(Meeting.held_on.desc(), Meeting.id.desc())):
        elections = [r for r in meeting.resolutions if r.voted and r.kind is VoteKind.ELECTION]
        if elections:
            found.append(ElectionMeeting(meeting.id, meeting.held_on, meeting.title, *kinds[meeting.type_id],
                                         any(r.passed for r in elections)))
    return found


def list_terms(session: Session, organisation_id: int | None = None) -> list[TermRow]:
    query = select(Term, Organisation.name).join(Organisation, Term.organisation_id == Organisation.id)
    if organisation_id is not None:
        query = query.where(Term.organisation_id == organisation_id)
    return [TermRow(t.id, t.organisation_id, name, t.elected_on, t.years, t.meeting_id, t.extended_until, t.note)
            for t, name in session.execute(query.order_by(Organisation.position, Term.elected_on)).tuples()]


def current_terms(session: Session) -> dict[int, TermRow]:
    """Each organisation's latest term."""
    latest: dict[int, TermRow] = {}
    for row in list_terms(session):
        latest[row.organisation_id] = row
    return latest


def terms_due(session: Session, today: dt.date) -> list[TermDue]:
    """Committees whose next election is due (six months before the end) or overdue (the term has run out)."""
    archived = set(session.scalars(select(Organisation.id).where(Organisation.archived.is_(True))))
    owed = []
    for row in current_terms(session).values():
        if row.organisation_id in archived:
            continue
        if row.runs_until < today:
            owed.append(TermDue(row.id, row.organisation_id, row.organisation, "expired", row.runs_until, True))
        elif row.election_due <= today:
            owed.append(TermDue(row.id, row.organisation_id, row.organisation, "election_due", row.ends_on, False))
    return sorted(owed, key=lambda d: (d.ends_on, d.organisation))
