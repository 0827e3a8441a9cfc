"""The demo office's training year and commendations.

Cadres come close to the 10 days a year, most reach them and two fall short; three development targets
sit the centralised training and receive numbered certificates; commendations at several levels, one
to the community party committee itself. Sessions and awards after `today` are left out.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Person, Role
from partyplan.training import commendations, service
from partyplan.training.commendations import CommendationData
from partyplan.training.service import SessionData

# (key, title, kind, organiser, place, (month, day), days, class hours, who: cadres / backbone / targets)
SESSIONS = [
    ("theory", "学习贯彻党的二十大精神专题培训", "political_theory", "中共柳北区委组织部", "柳北区委党校", (3, 10), 3, 0, "cadres"),
    ("law", "《民法典》与基层依法治理", "law", "柳北区司法局", "柳北区法治教育基地", (4, 15), 2, 0, "cadres"),
    ("service", "社区服务能力提升培训", "community_service", "柳北区民政局", "城中街道党群服务中心", (5, 20), 2, 0, "cadres"),
    ("rules", "党章党规党纪专题学习", "political_theory", "城中街道党工委", "柳北桥社区会议室", (6, 24), 0, 8, "cadres"),
    ("grid", "网格化管理与信息系统操作", "business_skills", "城中街道办事处", "城中街道办事处三楼", (8, 12), 1, 0, "cadres"),
    ("targets", "2026年发展对象集中培训", "development_target", "中共柳北区委组织部", "柳北区委党校", (9, 16), 3, 24,
     "targets"),
    ("backbone", "党员骨干培训班", "backbone", "城中街道党工委", "城中街道党群服务中心", (10, 21), 2, 0, "backbone"),
    ("safety", "安全生产与应急管理培训", "community_service", "柳北区应急管理局", "柳北桥社区会议室", (11, 11), 1, 0,
     "cadres"),
]
SKIPPED_BY_SHORT = ("law", "grid", "safety")  # the two cadres short of 10 days missed these


def fill(session: Session, person_ids: list[int], cadre_ids: list[int], *, today: dt.date, seed: int = 2026) -> int:
    """Write the year's sessions with attendance and the commendations; returns the number of sessions."""
    rng = random.Random(seed)
    people = list(session.scalars(select(Person).where(Person.id.in_(person_ids), Person.archived.is_(False))))
    members = [p.id for p in people if Role.PARTY_MEMBER in p.role_set and p.id not in cadre_ids]
    targets = _development_targets(people, today)
    backbone = cadre_ids[:5] + members[:8]
    short = set(cadre_ids[7:11:3])  # two cadres (with the demo's twelve) who fell behind
    missing_one = set(rng.sample(cadre_ids[:5], min(2, len(cadre_ids[:5]))))  # had days to spare
    written = 0
    for key, title, kind, organiser, place, (month, day), days, hours, who in SESSIONS:
        start = dt.date(today.year, month, day)
        end = start + dt.timedelta(days=max(int(days), 1) - 1)
        if end >= today:
            continue
        group = {"cadres": cadre_ids, "targets": targets, "backbone": backbone}[who]
        session_id = service.add_session(session, SessionData(title, start, end, days, hours, kind, organiser, place))
        service.set_participants(session, session_id, group)
        written += 1
        for person_id in group:
            if person_id in short and key in SKIPPED_BY_SHORT or person_id in missing_one and key == "grid":
                service.set_attended(session, session_id, person_id, False)
            elif who == "targets":
                number = f"柳北组培〔{today.year}〕第{group.index(person_id) + 31:03d}号"
                service.set_certificate(session, session_id, person_id, number)
    _commendations(session, people, cadre_ids, members, today)
    return written


def _development_targets(people: list[Person], today: dt.date) -> list[int]:
    """Three young people outside the party: this year's development targets."""
    young = [p for p in people if Role.PARTY_MEMBER not in p.role_set and p.birth_date is not None
             and 18 <= today.year - p.birth_date.year <= 40]
    return [p.id for p in sorted(young, key=lambda p: p.birth_date or today, reverse=True)[:3]]


def _commendations(session: Session, people: list[Person], cadre_ids: list[int], members: list[int],
                   today: dt.date) -> None:
    year = today.year
    volunteers = [p.id for p in people if Role.VOLUNTEER in p.role_set and p.id not in cadre_ids]
    youngest = max((p for p in people if p.birth_date and p.id not in cadre_ids),
                   key=lambda p: p.birth_date or today, default=None)
    awards = [
        CommendationData("优秀志愿者", "community", dt.date(year, 3, 5), volunteers[0] if volunteers else None,
                         "" if volunteers else "柳北桥社区志愿服务队", "中共柳北桥社区委员会"),
        CommendationData("五四红旗团委", "provincial", dt.date(year, 5, 4), None, "柳北桥社区团委",
                         "共青团广西壮族自治区委员会", year - 1),
        CommendationData("柳州市十大杰出青年", "municipal", dt.date(year, 5, 4),
                         youngest.id if youngest else None, "" if youngest else "柳北桥社区团委", "共青团柳州市委员会"),
        CommendationData("先进基层党组织", "district", dt.date(year, 6, 28), None, "中共柳北桥社区委员会",
                         "中共柳州市柳北区委员会", year - 1),
        CommendationData("优秀共产党员", "district", dt.date(year, 6, 28), members[0] if members else None,
                         "" if members else "柳北桥社区第一党支部", "中共柳州市柳北区委员会", year - 1),
        CommendationData("优秀党务工作者", "municipal", dt.date(year, 6, 30), cadre_ids[0] if cadre_ids else None,
                         "" if cadre_ids else "中共柳北桥社区委员会", "中共柳州市委员会", year - 1),
    ]
    for data in awards:
        if data.day < today:
            commendations.add_commendation(session, data)
