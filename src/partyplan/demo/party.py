"""The demo office as a party committee: three branches with their party groups, each member's record,
the year's transfers, the committees' terms (the first branch's ending within six months), the 三会一课 of
every branch and group, the year's dues with a few members behind, and last year's one unqualified member
with the help decided. Everything goes through the services, so the demo obeys the rules they enforce.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import (
    Direction,
    DuesCategory,
    Grade,
    Measure,
    Meeting,
    MeetingStatus,
    MeetingType,
    Occupation,
    OrgKind,
    PartyCategory,
    Person,
    Presence,
    VoteKind,
)
from partyplan.development import pipeline
from partyplan.development.pipeline import add_months
from partyplan.dues import service as dues
from partyplan.dues.service import BaseData
from partyplan.meetings import cadence, evaluation
from partyplan.meetings import service as meetings
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.members import disposals, records, roll, transfers
from partyplan.members.records import RecordData as MemberData
from partyplan.members.standing import Standing, standings
from partyplan.members.transfers import TransferData
from partyplan.organisations import service as orgs
from partyplan.organisations import terms
from partyplan.organisations.service import OrgData
from partyplan.organisations.terms import TermData

COMMITTEE = "柳北桥社区党委"
BRANCHES = (("第一党支部", ("桥北第一党小组", "桥北第二党小组")), ("第二党支部", ("北雀党小组",)),
            ("第三党支部（离退休）", ("老干部党小组",)))
POSTS = ("党委书记", "党委副书记", "组织委员", "宣传委员", "纪检委员")
OCCUPATIONS = {"退休": Occupation.RETIRED, "个体经营": Occupation.OTHER, "柳钢集团": Occupation.WORKER,
               "市第二中学": Occupation.PROFESSIONAL, "柳北区人民医院": Occupation.PROFESSIONAL,
               "桥北小学": Occupation.PROFESSIONAL, "柳北供电所": Occupation.WORKER}
ETHNICITIES = ("汉族",) * 7 + ("壮族", "壮族", "苗族", "侗族", "瑶族")


def fill(session: Session, cadre_ids: list[int], *, today: dt.date, seed: int = 2026) -> int:
    """Returns how many organisations were set up."""
    rng = random.Random(seed + 20)
    members = [e.person_id for e in roll.members(session, today) if e.no_vote is not roll.NoVote.ELSEWHERE]
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(members)))}
    units = _organisations(session, cadre_ids, members, people)
    _records(session, cadre_ids, people, rng, today)
    _transfers(session, units, today)
    _meetings(session, units, today, rng)
    _terms(session, units, today)
    _dues(session, today, rng)
    _unqualified(session, cadre_ids, today)
    return len(orgs.list_orgs(session))


def _organisations(session: Session, cadre_ids: list[int], members: list[int],
                   people: dict[int, Person]) -> dict[str, int]:
    """The cadres and the younger members in the first branch, the retired in the third, the rest in the second."""
    units = {COMMITTEE: orgs.create_org(session, OrgData(OrgKind.COMMITTEE, COMMITTEE))}
    for branch, groups in BRANCHES:
        units[branch] = orgs.create_org(session, OrgData(OrgKind.BRANCH, branch, units[COMMITTEE]))
        for group in groups:
            units[group] = orgs.create_org(session, OrgData(OrgKind.GROUP, group, units[branch]))
    retired = [pid for pid in members if pid not in cadre_ids and (people[pid].unit or "") == "退休"]
    others = [pid for pid in members if pid not in cadre_ids and pid not in retired]
    second, first = others[:10], others[10:]
    for ids, group_names in ((cadre_ids + first, BRANCHES[0][1]), (second, BRANCHES[1][1]), (retired, BRANCHES[2][1])):
        for n, group in enumerate(group_names):
            orgs.assign(session, [pid for k, pid in enumerate(ids) if k % len(group_names) == n], units[group])
    applicants = [pid for pid in pipeline.people_with_open_files(session) if pid not in people]
    for n, pid in enumerate(sorted(applicants)):  # an applicant belongs to the branch they applied to
        orgs.assign(session, [pid], units[BRANCHES[n % 2][0]])
    return units


def _records(session: Session, cadre_ids: list[int], people: dict[int, Person], rng: random.Random,
             today: dt.date) -> None:
    for n, (pid, person) in enumerate(sorted(people.items())):
        unit = person.unit or ""
        occupation = OCCUPATIONS.get(unit, Occupation.OFFICIAL if "办事处" in unit or "居委会" in unit
                                     or "所" in unit else Occupation.MANAGER)
        post = POSTS[cadre_ids.index(pid)] if pid in cadre_ids[:len(POSTS)] else None
        records.save_record(session, pid, MemberData(rng.choice(ETHNICITIES), occupation, None, post), today)


def _transfers(session: Session, units: dict[str, int], today: dt.date) -> None:
    """One member left in spring (the receipt came back), one four months ago (it has not: due), and a floating
    member's relation was transferred here."""
    second = [e.person_id for e in roll.members(session, today, units[BRANCHES[1][0]])]
    year_start = dt.date(today.year, 1, 1)
    first_out, second_out = max(year_start, add_months(today, -7)), max(year_start, add_months(today, -4))
    if len(second) > 2 and first_out < today:
        leaving = transfers.record_transfer(session, second[-1], TransferData(
            Direction.OUT, first_out, f"柳北组转〔{today.year}〕3号", "中共城中街道文笔社区委员会"), today)
        transfers.set_receipt(session, leaving, min(first_out + dt.timedelta(days=12), today), today)
        if second_out < today and second_out > first_out:
            transfers.record_transfer(session, second[-2], TransferData(
                Direction.OUT, second_out, f"柳北组转〔{today.year}〕9号", "中共柳南区河西街道党工委"), today)
    floating = session.scalars(select(Person.id).where(Person.party_category == PartyCategory.FLOATING,
                                                        Person.archived.is_(False)).order_by(Person.id)).first()
    arrived = max(year_start, add_months(today, -4))
    if floating is not None and arrived < today:
        incoming = transfers.record_transfer(session, floating, TransferData(
            Direction.IN, arrived - dt.timedelta(days=6), f"桂组转〔{today.year}〕127号", "中共柳州市鱼峰区委组织部",
            organisation_id=units[BRANCHES[0][1][1]]), today)
        transfers.set_arrival(session, incoming, arrived, today=today)
        transfers.set_receipt(session, incoming, arrived, today)


def _meetings(session: Session, units: dict[str, int], today: dt.date, rng: random.Random) -> None:
    """The office's branch meetings become the first branch's, its group meetings the first group's; the
    other branches and groups hold their own, with one party lecture and one group meeting missed."""
    keys = {t.key: t.id for t in session.scalars(select(MeetingType)) if t.key}
    first, first_group = units[BRANCHES[0][0]], units[BRANCHES[0][1][0]]
    for meeting in session.scalars(select(Meeting).where(Meeting.type_id.in_(
            [keys[k] for k in ("general_meeting", "branch_committee", "party_lecture", "theme_day", "party_group")
             if k in keys]))):
        meeting.organisation_id = first_group if meeting.type_id == keys.get("party_group") else first
    session.flush()
    plans = [(units[BRANCHES[1][0]], ("general_meeting", "party_lecture")),
             (units[BRANCHES[2][0]], ("general_meeting", "party_lecture")),
             (units[BRANCHES[0][1][1]], ("party_group",)), (units[BRANCHES[1][1][0]], ("party_group",)),
             (units[BRANCHES[2][1][0]], ("party_group",))]
    missed = {(units[BRANCHES[2][0]], keys.get("party_lecture"), 5), (units[BRANCHES[1][1][0]], keys.get("party_group"), 3)}
    for org, wanted in plans:
        cadence.generate_schedule(session, today.year, [keys[k] for k in wanted if k in keys], organisation_id=org)
        for meeting in session.scalars(select(Meeting).where(Meeting.organisation_id == org,
                                                             Meeting.status == MeetingStatus.PLANNED,
                                                             Meeting.planned_on < today)):
            if (org, meeting.type_id, meeting.planned_on.month) in missed:  # a Q2 lecture, a March group meeting
                continue
            expected = meetings.meeting_attendees(session, meeting.id)
            attendees = tuple(AttendeeData(a.person_id, Presence.LEAVE, "外出", a.can_vote) if rng.random() < 0.1
                              else a for a in expected)
            meetings.record_meeting(session, meeting.id, RecordData(
                meeting.planned_on, dt.time(9, 30), "社区党群服务中心", agenda="学习党章党规\n通报近期工作",
                minutes="组织学习，交流体会，布置下阶段工作。", attendees=attendees), today=today)


def _terms(session: Session, units: dict[str, int], today: dt.date) -> None:
    """The first branch's committee, elected three years ago less four months, ends its term within six
    months; the other branches' and the party committee's terms run on."""
    keys = {t.key: t.id for t in session.scalars(select(MeetingType)) if t.key}
    for name, years, months_ago in ((BRANCHES[0][0], 3, 32), (BRANCHES[1][0], 3, 14), (BRANCHES[2][0], 3, 20),
                                    (COMMITTEE, 5, 26)):
        day = _weekday(add_months(today, -months_ago))
        org = units[name]
        branch = org if name != COMMITTEE else None
        voters = [e.person_id for e in roll.voter_roll(session, day, branch)]
        if not voters:
            continue
        meeting = meetings.create_meeting(session, MeetingData(keys["election"], day, title=f"{name}换届选举大会"),
                                          organisation_id=org)
        present = voters[:max(len(voters) - len(voters) // 10, 1)]
        meetings.record_meeting(session, meeting, RecordData(
            day, dt.time(14, 30), "社区党群服务中心", attendees=tuple(
                AttendeeData(p, Presence.PRESENT if p in present else Presence.LEAVE, "" if p in present else "住院")
                for p in voters), agenda="选举产生新一届委员会", minutes="差额选举，无记名投票。",
            resolutions=(ResolutionData(f"选举产生{name}新一届委员会", voted=True, votes_for=len(present) - 1,
                                        abstentions=1, kind=VoteKind.ELECTION),)), today=today)
        terms.record_term(session, org, TermData(day, years, meeting), today)


def _dues(session: Session, today: dt.date, rng: random.Random) -> None:
    """Bases for everyone on the roll from January; every month up to last month paid, but for one member two
    months behind and one who stopped paying in spring (six months in a row flags them)."""
    year = today.year
    lines = dues.year_lines(session, year)
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_([ln.person_id for ln in lines])))}
    for n, line in enumerate(lines):
        unit = people[line.person_id].unit or ""
        if unit == "退休":
            data = BaseData(DuesCategory.RETIRED, rng.randrange(3200, 6800, 50) * 100)
        elif unit == "个体经营":
            data = BaseData(DuesCategory.SELF_EMPLOYED, rng.randrange(3000, 9000, 100) * 100)
        elif n == 3:
            data = BaseData(DuesCategory.REDUCED, amount_fen=0, note="因病生活困难，经街道党工委批准免交")
        elif n == 5:
            data = BaseData(DuesCategory.LOW_INCOME)
        else:
            data = BaseData(DuesCategory.SALARIED, rng.randrange(2600, 12500, 100) * 100)
        dues.set_base(session, line.person_id, year, data)
    lines = dues.year_lines(session, year)
    behind = {lines[1].person_id: 2, lines[-2].person_id: 6} if len(lines) > 3 else {}
    for line in lines:
        stop = today.month - 1 - behind.get(line.person_id, 0)
        for month in line.owed_months:
            if month > stop or line.due.get(month) is None:
                continue
            paid_on = min(dt.date(year, month, min(25, calendar.monthrange(year, month)[1])), today)
            dues.record_payment(session, line.person_id, year, month, paid_on, amount_fen=line.due[month],
                                today=today)


def _unqualified(session: Session, cadre_ids: list[int], today: dt.date) -> None:
    """Last year's evaluation graded one member unqualified; the branch named a cadre to help."""
    listed = evaluation.list_evaluations(session)
    if not listed or len(cadre_ids) < 2:
        return
    found = evaluation.results(session, listed[0].id)
    member = next((r.person_id for r in reversed(found.rows) if not r.probationary and r.person_id not in cadre_ids),
                  None)
    if member is None:
        return
    evaluation.set_grade(session, listed[0].id, member, Grade.UNQUALIFIED)
    (followup,) = [d for d in disposals.list_disposals(session, open_only=True) if d.person_id == member]
    decided = max(followup.opened_on, min(dt.date(listed[0].year + 1, 1, 20), today))
    full = standings(session, decided, cadre_ids)
    helper = next((c for c in cadre_ids if c != member and c in full and full[c].standing is Standing.FULL), None)
    if helper is not None:
        disposals.decide(session, followup.id, Measure.HELP, decided, helper_id=helper,
                         note="每月谈心谈话一次，督促按时参加组织生活")


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day
