"""The office's activity for make_data.py: meetings with attendance, minutes and resolutions; volunteer
posts with their members, service records and household visits; training sessions and commendations."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import update

import data_words as words
from data_world import Someone, World, write
from partyplan.db import models as m
from partyplan.db.database import Database
from partyplan.db.models import Cadence, MeetingStatus, Presence, Role
from partyplan.demo.training import SESSIONS
from partyplan.meetings import cadence, types, votes
from partyplan.meetings.rows import is_probationary
from partyplan.meetings.types import MeetingTypeRow
from partyplan.posts import service as posts
from partyplan.posts.service import PostRow

SERVICE_RECORDS, VISITS = 50_000, 5_000  # in ten years


# -- meetings -------------------------------------------------------------------------------------
PARTY_GROUPS = ("第一党小组", "第二党小组", "第三党小组", "第四党小组")
GROUP_SIZE = 30


def meetings(db: Database, world: World) -> None:
    """Every required meeting of every year from the types' cadences (four party groups each month),
    plus a hearing and a representatives' vote each year; held up to today, with attendance."""
    with db.session() as session:
        kinds = types.list_types(session)
    members = [p for p in world.people if Role.PARTY_MEMBER in p.roles and Role.CADRE not in p.roles]
    groups = [members[n * GROUP_SIZE:(n + 1) * GROUP_SIZE] for n in range(len(PARTY_GROUPS))]
    rows, attendees, resolutions = [], [], []
    for kind, planned, title, crowd in _schedule(world, kinds, groups):
        meeting_id = len(rows) + 1
        row = _meeting_row(world, meeting_id, kind, planned, title)
        rows.append(row)
        if row["status"] is MeetingStatus.HELD:
            present = _attend(world, meeting_id, row["held_on"], crowd, kind.attendee_role == "resident_rep")
            attendees += present
            resolutions += _resolutions(world, meeting_id, kind, row["held_on"], present, len(resolutions))
    write(db, m.Meeting, rows)
    write(db, m.MeetingAttendee, attendees)
    write(db, m.Resolution, resolutions)


def _schedule(world: World, kinds: list[MeetingTypeRow],
              groups: list[list[Someone]]) -> Iterator[tuple[MeetingTypeRow, dt.date, str, list[Someone]]]:
    """(type, day planned, title, who is expected) for every meeting of the years."""
    rng = world.rng
    crowds = {"cadre": world.cadres, "resident_rep": [p for p in world.people if Role.RESIDENT_REP in p.roles]}
    party = [p for group in groups for p in group] + world.cadres
    for year in world.years:
        for kind in kinds:
            for slot in cadence.slots(kind.cadence, kind.months, year, kind.position):
                if kind.key == "party_group":
                    for name, group in zip(PARTY_GROUPS, groups):
                        yield kind, slot.planned_on, f"{name}{slot.planned_on.month}月学习", group
                    continue
                crowd = crowds.get(kind.attendee_role) or rng.sample(party, GROUP_SIZE * 2)
                yield kind, slot.planned_on, "", crowd
            if kind.cadence is Cadence.NONE:
                day = cadence.planned_day(year, rng.randint(3, 10), rng.randint(5, 25))
                yield kind, day, kind.name, crowds.get(kind.attendee_role) or rng.sample(party, GROUP_SIZE)


def _meeting_row(world: World, meeting_id: int, kind: MeetingTypeRow, planned: dt.date,
                 title: str) -> dict:  # type: ignore[type-arg]
    rng = world.rng
    status = MeetingStatus.PLANNED
    held = None
    if planned < world.today:
        status = rng.choices((MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.POSTPONED), (95, 2, 3))[0]
        held = min(planned + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2))), world.today - dt.timedelta(days=1)) \
            if status is MeetingStatus.HELD else None
    cadres = [c.id for c in world.cadres_on(planned)]
    agenda = words.AGENDAS.get(kind.key or "", ("通报工作情况", "讨论下一步工作"))
    recorded = held is not None and rng.random() < 0.9
    return {"id": meeting_id, "type_id": kind.id, "title": title, "planned_on": planned, "held_on": held,
            "start_time": dt.time(14, 30) if held else None, "place": rng.choice(words.MEETING_PLACES),
            "chair_id": cadres[0] if held else None, "recorder_id": cadres[1] if held else None, "status": status,
            "agenda": "\n".join(agenda),
            "minutes": _minutes(agenda) if recorded else "", "plan_item_id": None}


def _minutes(agenda: tuple[str, ...]) -> str:
    lines = ["会议由社区党委书记主持。"] + [f"围绕“{item}”，与会同志逐一发言，提出意见建议。" for item in agenda]
    return "\n".join(lines + ["会议要求各责任人按分工抓好落实，按期报告进展。"])


def _attend(world: World, meeting_id: int, day: dt.date, crowd: list[Someone],
            residents: bool) -> list[dict]:  # type: ignore[type-arg]
    rng = world.rng
    rows = []
    for p in crowd:
        if not p.active_on(day) or (not residents and (p.joined is None or p.joined > day)):
            continue
        draw = rng.random()
        presence = Presence.LEAVE if draw < 0.08 else Presence.ABSENT if draw < 0.11 else Presence.PRESENT
        rows.append({"meeting_id": meeting_id, "person_id": p.id, "presence": presence,
                     "reason": rng.choice(words.LEAVE_REASONS) if presence is Presence.LEAVE else "",
                     "can_vote": residents or not is_probationary(p.joined, day)})
    return rows


def _resolutions(world: World, meeting_id: int, kind: MeetingTypeRow, day: dt.date,
                 present: list[dict], first_id: int) -> list[dict]:  # type: ignore[type-arg]
    """Some of the type's usual resolutions; a voted one where the type votes, its tally adding up."""
    rng = world.rng
    texts = list(words.RESOLUTIONS.get(kind.key or "", ()))[: rng.choice((0, 1, 2))]
    if kind.votes and rng.random() < 0.5:
        texts.append("同意接收预备党员一名，报上级党组织审批" if kind.key != "representatives"
                     else "同意实施加装电梯方案")
    cadres = [c.id for c in world.cadres_on(day)]
    eligible = sum(a["can_vote"] for a in present)
    voters = sum(a["can_vote"] and a["presence"] is Presence.PRESENT for a in present)
    rows = []
    for position, text in enumerate(texts):
        voted = kind.votes and voters > 0 and text.startswith("同意")
        against = abstaining = 0
        if voted and voters >= 5:
            against, abstaining = voters // 10, 1
        result = votes.decide(kind.quorum, kind.majority, eligible=eligible, present=voters,
                              votes_for=voters - against - abstaining, votes_against=against,
                              abstentions=abstaining) if voted else None
        rows.append({"id": first_id + position + 1, "meeting_id": meeting_id, "position": position, "text": text,
                     "responsible_id": rng.choice(cadres), "due": day + dt.timedelta(days=rng.choice((14, 30, 60))),
                     "plan_item_id": None, "voted": voted, "votes_for": voters - against - abstaining if voted else 0,
                     "votes_against": against, "abstentions": abstaining, "majority": kind.majority,
                     "passed": result.passed if result else None})
    return rows


# -- volunteer posts ------------------------------------------------------------------------------
def volunteer_posts(db: Database, world: World) -> None:
    rng, today = world.rng, world.today
    with db.session() as session:
        post_rows = posts.list_posts(session)
    serving = [p for p in world.people if p.roles & {Role.PARTY_MEMBER, Role.VOLUNTEER}]
    crews: dict[int, list[Someone]] = defaultdict(list)
    members = []
    for n, person in enumerate(rng.sample(serving, int(len(serving) * 0.85)), 1):
        post = post_rows[n % len(post_rows)]
        since = dt.date(rng.randint(world.years.start - 3, today.year), rng.randint(1, 12), rng.randint(1, 28))
        since = min(since, today, (person.left or today) - dt.timedelta(days=30))
        members.append({"id": n, "post_id": post.id, "person_id": person.id, "since": since,
                        "ended": person.left, "main": True,
                        "skill": rng.choice(posts.split_skills(post.skills) or [""])})
        crews[post.id].append(person)
    write(db, m.PostMember, members)
    with db.session() as session:
        for post in post_rows:
            session.execute(update(m.Post).where(m.Post.id == post.id).values(
                leader_id=next(p.id for p in crews[post.id] if p.left is None), capacity=len(crews[post.id]) + 10))
    _service(db, world, post_rows, crews)
    _visits(db, world)


def _service(db: Database, world: World, post_rows: list[PostRow], crews: dict[int, list[Someone]]) -> None:
    rng, first = world.rng, dt.date(world.years.start, 1, 1)
    span = (world.today - first).days
    records, participants = [], []
    while len(records) < world.per_decade(SERVICE_RECORDS):
        day = first + dt.timedelta(days=rng.randrange(span))
        post = rng.choice(post_rows)
        crew = [p for p in rng.sample(crews[post.id], min(12, len(crews[post.id]))) if p.active_on(day)]
        if not crew:
            continue
        n = len(records) + 1
        records.append({"id": n, "day": day, "post_id": post.id, "activity": rng.choice(words.ACTIVITIES[post.key]),
                        "place": rng.choice(words.SERVICE_PLACES),
                        "beneficiaries": words.BENEFICIARIES[post.key]})
        hours = rng.choice((1.5, 2.0, 2.0, 3.0, 4.0))
        participants += [{"record_id": n, "person_id": p.id, "hours": hours}
                         for p in crew[: rng.randint(1, 5)]]
    write(db, m.ServiceRecord, records)
    write(db, m.ServiceParticipant, participants)


def _visits(db: Database, world: World) -> None:
    rng, today, first = world.rng, world.today, dt.date(world.years.start, 1, 1)
    span = (today - first).days
    residents = [p for p in world.people if Role.CADRE not in p.roles]
    visits, visitors = [], []
    while len(visits) < world.per_decade(VISITS):
        day = first + dt.timedelta(days=rng.randrange(span))
        resident = rng.choice(residents)
        if not resident.active_on(day):
            continue
        n = len(visits) + 1
        difficulty, action = rng.choice(words.DIFFICULTIES) if rng.random() < 0.4 else ("", "")
        resolved = due = None
        if difficulty and (day < today - dt.timedelta(days=60) or rng.random() < 0.6):
            resolved = min(today, day + dt.timedelta(days=rng.randint(2, 40)))
        elif difficulty:
            action, due = "", day + dt.timedelta(days=rng.choice((14, 30)))
        visits.append({"id": n, "household": resident.household, "resident_id": resident.id, "day": day,
                       "situation": rng.choice(words.SITUATIONS), "difficulty": difficulty, "action": action,
                       "resolved_on": resolved, "follow_up_due": due})
        staff = world.cadres_on(day)
        visitors += [{"visit_id": n, "person_id": c.id} for c in rng.sample(staff, 2)]
    write(db, m.HouseholdVisit, visits)
    write(db, m.VisitVisitor, visitors)


# -- training and commendations -------------------------------------------------------------------
def training(db: Database, world: World) -> None:
    rng = world.rng
    sessions, participants, awards = [], [], []
    for year in world.years:
        for _key, title, kind, organiser, place, (month, day), days, hours, who in SESSIONS:
            start = dt.date(year, month, day)
            end = start + dt.timedelta(days=max(int(days), 1) - 1)
            if end >= world.today:
                continue
            session_id = len(sessions) + 1
            sessions.append({"id": session_id, "title": title.replace("2026", str(year)), "organiser": organiser,
                             "kind": kind, "start": start, "end": end, "days": days, "class_hours": hours,
                             "place": place, "note": ""})
            group = world.cadres_on(start) if who == "cadres" else rng.sample(
                [p for p in world.people if p.active_on(start)], 12)
            participants += [{"session_id": session_id, "person_id": p.id, "attended": rng.random() < 0.93,
                              "certificate_no": ""} for p in group]
        for title, level, body, month, personal in words.AWARDS:
            day = dt.date(year, month, 20)
            if day < world.today:
                person = rng.choice([p for p in world.people if p.active_on(day)]) if personal else None
                awards.append({"id": len(awards) + 1, "title": title, "level": level, "awarding_body": body, "day": day,
                               "person_id": person.id if person else None,
                               "organisation": "" if person else "中共柳北桥社区委员会",
                               "evaluation_year": year - 1 if level != "community" else None, "note": ""})
    write(db, m.TrainingSession, sessions)
    write(db, m.TrainingParticipant, participants)
    write(db, m.Commendation, awards)
