"""The demo office's meetings: this year's schedule from the cadences, the past meetings held with
attendance, minutes and resolutions (one put to a vote after a hearing), talks with members, and last
year's democratic evaluation. One meeting is left unrecorded so that the cadence check has something
to show, as a real office's would."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Grade, Majority, MeetingStatus, MeetingType, PlanItem, Presence
from partyplan.meetings import cadence, evaluation, plan_links, service, talks, types
from partyplan.meetings.service import AttendeeData, RecordData, ResolutionData

PLACES = ("社区党群服务中心会议室", "社区二楼会议室", "新时代文明实践站")
LEAVE_REASONS = ("出差", "生病住院", "照顾家人", "外出务工", "单位加班")
AGENDAS = {
    "branch_committee": ("传达学习上级有关会议精神", "研究本月党建重点工作", "讨论党员发展和教育管理工作"),
    "party_group": ("学习《中国共产党章程》有关内容", "交流学习体会", "收集党员对社区工作的意见建议"),
    "general_meeting": ("通报支部本季度工作情况", "学习上级文件精神", "讨论支部下季度工作安排"),
    "party_lecture": ("书记讲党课：践行初心使命，做好为民服务", "党员交流发言"),
    "theme_day": ("重温入党誓词", "集中学习", "开展“我为群众办实事”志愿服务"),
    "organisation_life": ("通报年度工作", "开展批评与自我批评", "民主评议党员"),
    "enlarged_committee": ("总结上季度工作", "部署本季度重点任务", "驻区单位党组织负责人发言"),
    "briefing": ("通报社区本季度重点工作完成情况", "通报民生实事项目进展", "答复党员和居民代表提出的问题"),
    "symposium": ("听取驻区单位和居民代表对社区工作的意见建议", "交流共驻共建项目"),
    "hearing": ("听取加装电梯方案介绍", "居民发表意见", "汇总意见形成听证纪要"),
    "representatives": ("审议加装电梯实施方案", "表决"),
}
SELF_TEXTS = (
    "全年按时参加组织生活，认真学习党的理论，积极参加社区志愿服务。不足是理论学习深度不够。",
    "能够履行党员义务，按时交纳党费，参加“我为群众办实事”活动。今后要更多联系居民群众。",
    "在岗位上发挥党员作用，带头参与小区环境整治。对政策学习还不够系统。",
)
PEER_TEXTS = (
    "工作积极主动，热心帮助邻里，群众评价较好。",
    "能按时参加支部活动，建议今后多在居民议事中发挥作用。",
    "服务意识强，在疫情防控和防汛中表现突出。",
)
RESOLUTIONS = {
    "branch_committee": ("按期完成本月党员学习教育任务", "做好困难党员走访慰问"),
    "general_meeting": ("落实支部下季度工作安排",),
    "enlarged_committee": ("细化本季度重点任务分工，按月督促落实",),
    "briefing": ("对居民代表反映的问题逐项答复并公示",),
}


def fill(session: Session, person_ids: list[int], cadre_ids: list[int], *, today: dt.date, seed: int) -> int:
    """Write the meetings of `today`'s year and last year's evaluation; returns the meetings held."""
    rng = random.Random(seed + 7)
    types.seed_default_types(session)
    year = today.year
    _special_meetings(session, year, today)
    cadence.generate_schedule(session, year)
    kinds = {t.id: t.key for t in session.scalars(select(MeetingType))}
    held = 0
    unrecorded = _unrecorded(session, year, today)
    for row in service.list_meetings(session, year):
        if row.planned_on >= today or row.status is not MeetingStatus.PLANNED or row.id in unrecorded:
            continue
        _hold(session, row.id, kinds.get(row.type_id) or "", cadre_ids, rng, today)
        held += 1
    _postpone_next(session, year, today)
    _link_plan(session, year)
    _talks(session, person_ids, cadre_ids, today, rng)
    _evaluation(session, year - 1, rng)
    return held


def _special_meetings(session: Session, year: int, today: dt.date) -> None:
    """The hearing on lifts in July and the representatives' vote on it in August (no cadence of their own)."""
    by_key = {t.key: t.id for t in types.list_types(session)}
    for key, day, title in (("hearing", dt.date(year, 7, 16), "加装电梯听证会"),
                            ("representatives", dt.date(year, 8, 20), "居民代表会议（加装电梯方案表决）")):
        if day < today:
            service.create_meeting(session, service.MeetingData(by_key[key], day, title=title))


def _unrecorded(session: Session, year: int, today: dt.date) -> set[int]:
    """Two meetings nobody recorded, as happens: a branch committee meeting two months ago (the check
    calls it missing) and this month's meeting whose day has just passed (overdue)."""
    kind = session.scalar(select(MeetingType.id).where(MeetingType.key == "branch_committee"))
    rows = service.list_meetings(session, year, type_id=kind)
    left = {r.id for r in rows if today.month > 2 and r.planned_on.month == today.month - 2}
    this_month = [r for r in service.list_meetings(session, year)
                  if r.planned_on.month == today.month and r.planned_on < today]
    if this_month:
        left.add(this_month[-1].id)
    return left


def _postpone_next(session: Session, year: int, today: dt.date) -> None:
    """The next meeting is put off by a week, as one is now and then."""
    ahead = [r for r in service.list_meetings(session, year) if r.planned_on > today]
    if ahead and (ahead[0].planned_on + dt.timedelta(days=7)).year == year:
        service.set_status(session, ahead[0].id, MeetingStatus.POSTPONED, ahead[0].planned_on + dt.timedelta(days=7))


def _hold(session: Session, meeting_id: int, key: str, cadre_ids: list[int], rng: random.Random,
          today: dt.date) -> None:
    detail = service.load_meeting(session, meeting_id)
    day = min(detail.row.planned_on + dt.timedelta(days=rng.choice((0, 0, 0, 1))), today - dt.timedelta(days=1))
    attendees = [_presence(a, rng) for a in service.default_attendees(session, detail.type.id, day)]
    if not attendees:  # a symposium: the office chooses who comes
        attendees = [AttendeeData(pid) for pid in cadre_ids[:6]]
    agenda = AGENDAS.get(key, ("通报工作情况", "讨论下一步工作"))
    resolutions = [ResolutionData(text, rng.choice(cadre_ids), day + dt.timedelta(days=rng.choice((14, 21, 30))))
                   for text in RESOLUTIONS.get(key, ())[: rng.choice((1, 2))]]
    if key == "representatives":
        resolutions = [_vote(attendees, "同意实施桥北路12号楼加装电梯方案", Majority.TWO_THIRDS, cadre_ids[2], day)]
    service.record_meeting(session, meeting_id, RecordData(
        held_on=day, start_time=dt.time(14, 30) if key != "theme_day" else dt.time(9, 0),
        place=detail.row.place or rng.choice(PLACES), chair_id=cadre_ids[0], recorder_id=cadre_ids[1],
        agenda="\n".join(agenda), minutes=_minutes(agenda, len(attendees)), attendees=tuple(attendees),
        resolutions=tuple(resolutions)), today=today)


def _presence(a: AttendeeData, rng: random.Random) -> AttendeeData:
    draw = rng.random()
    if draw < 0.08:
        return AttendeeData(a.person_id, Presence.LEAVE, rng.choice(LEAVE_REASONS), a.can_vote)
    if draw < 0.12:
        return AttendeeData(a.person_id, Presence.ABSENT, "", a.can_vote)
    return a


def _vote(attendees: list[AttendeeData], text: str, majority: Majority, responsible: int,
          day: dt.date | None) -> ResolutionData:
    voters = sum(1 for a in attendees if a.can_vote and a.presence is Presence.PRESENT)
    against, abstaining = (max(1, voters // 10), 1) if voters >= 5 else (0, 0)
    return ResolutionData(text, responsible, day + dt.timedelta(days=60) if day else None, True,
                          voters - against - abstaining, against, abstaining, majority)


def _minutes(agenda: tuple[str, ...], people: int) -> str:
    lines = [f"会议应到{people}人，由社区党委书记主持。"]
    lines += [f"围绕“{item}”，与会同志逐一发言，提出意见建议。" for item in agenda]
    lines.append("会议要求各责任人按分工抓好落实，按期报告进展。")
    return "\n".join(lines)


def _link_plan(session: Session, year: int) -> None:
    """This year's briefings, hearing and vote fulfil the plan items that call for them."""
    for key, words in (("briefing", "情况通报会"), ("hearing", "听证会"), ("representatives", "居民代表会议表决")):
        item = session.scalar(select(PlanItem.id).where(PlanItem.title.contains(words), PlanItem.deleted.is_(False)))
        kind = session.scalar(select(MeetingType.id).where(MeetingType.key == key))
        if item is None or kind is None:
            continue
        for row in service.list_meetings(session, year, type_id=kind, status=MeetingStatus.HELD):
            plan_links.link_meeting(session, row.id, item)


def _talks(session: Session, person_ids: list[int], cadre_ids: list[int], today: dt.date, rng: random.Random) -> None:
    known = set(person_ids)
    members = [g.person_id for g in talks.not_talked_to(session, dt.date(today.year, 1, 1), today)
               if g.person_id in known]
    topics = ("工作和生活近况", "对社区工作的意见建议", "发挥党员先锋模范作用", "家庭困难及帮扶需求")
    follow = ("", "", "协调解决停车问题", "纳入困难党员慰问名单")
    for start, share in ((dt.date(today.year, 1, 10), 0.8), (dt.date(today.year, 7, 6), 0.55)):
        if start >= today:
            continue
        span = max(1, min((today - start).days - 1, 150))
        for member in members:
            if rng.random() < share:
                cadre = rng.choice([c for c in cadre_ids if c != member])
                talks.add_talk(session, talks.TalkData(start + dt.timedelta(days=rng.randrange(span)), cadre, member,
                                                       rng.choice(topics), rng.choice(follow)), today)


def _evaluation(session: Session, year: int, rng: random.Random) -> None:
    evaluation_id = evaluation.create_evaluation(session, year, f"{year}年度民主评议党员")
    subjects = evaluation.results(session, evaluation_id).rows
    ballots = max(1, round(len(subjects) * 0.9))
    evaluation.set_ballots_cast(session, evaluation_id, ballots)
    for n, subject in enumerate(s for s in subjects if not s.probationary):
        excellent_share = 0.62 if n % 4 == 0 else rng.uniform(0.05, 0.35)
        excellent = round(ballots * excellent_share)
        basic = 0 if n % 9 else rng.randint(1, 3)
        qualified = max(0, ballots - excellent - basic - rng.randint(0, 2))
        evaluation.set_tallies(session, evaluation_id, subject.person_id,
                               {Grade.EXCELLENT: excellent, Grade.QUALIFIED: qualified, Grade.BASIC: basic})
        evaluation.set_assessments(session, evaluation_id, subject.person_id, rng.choice(SELF_TEXTS),
                                   rng.choice(PEER_TEXTS))
    evaluation.apply_suggested(session, evaluation_id)
