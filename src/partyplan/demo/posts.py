"""The demo office's volunteer posts: the eight posts manned, a year of service (with a tree-planting day
for 25 people) and about twenty household visits, a few of whose difficulties are still open."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Person
from partyplan.posts import service, service_records, visits
from partyplan.posts.service import PostData
from partyplan.posts.service_records import ServiceData, Unit
from partyplan.posts.visits import VisitData

CAPACITY = {"patrol": 12, "publicity": 8, "education": 10, "dedication": 10, "convenience": 10, "mediation": 4,
            "environment": 10, "supervision": 8}
ACTIVITIES = {
    "patrol": ("夜间楼院巡逻", "节日安全巡查", "消防隐患排查"),
    "publicity": ("惠民政策宣讲", "更新宣传栏", "反诈宣传进楼院"),
    "education": ("暑期课业辅导", "周末“四点半课堂”", "家庭教育讲座"),
    "dedication": ("慰问空巢老人", "困难家庭结对帮扶", "爱心义卖"),
    "convenience": ("便民义诊", "义务理发", "家电义务维修"),
    "mediation": ("邻里纠纷调解", "矛盾纠纷排查"),
    "environment": ("楼道环境整治", "垃圾分类宣传"),
    "supervision": ("居务公开监督", "惠民资金使用检查"),
}
BENEFICIARIES = {
    "patrol": "辖区居民", "publicity": "辖区居民约80人", "education": "社区青少年25名", "dedication": "空巢老人12户",
    "convenience": "居民40余人", "mediation": "当事居民2户", "environment": "辖区居民", "supervision": "全体居民",
}
PLACES = ("桥北路12号院", "社区活动中心", "北雀路小区", "社区广场", "跃进路3号楼", "白沙路45号院")
SITUATIONS = ("老两口同住，身体尚可", "独居老人，子女在外地工作", "三口之家，父亲外出务工", "低保户，母亲长期患病",
              "退休党员，热心社区公益", "残疾人家庭，行动不便", "新迁入住户，对社区不熟悉")
DIFFICULTIES = (
    ("屋顶漏水，需协调维修", "联系物业上门查看并维修"),
    ("独居老人行动不便，买菜困难", "安排爱心奉献岗志愿者每周送菜"),
    ("孩子放学后无人照看", "推荐参加“四点半课堂”"),
    ("申请低保材料不全", "帮助补齐材料并代为递交"),
    ("下水道堵塞", "联系维修队疏通"),
    ("楼道灯损坏", "报物业更换"),
    ("不了解医保报销办法", "上门讲解报销流程"),
    ("邻居装修噪音扰民", "约双方协商施工时间"),
)


def fill(session: Session, person_ids: list[int], *, today: dt.date, seed: int = 2026) -> int:
    """Man the eight posts with the party members and volunteers among `person_ids` (give everyone);
    returns the number of posts."""
    rng = random.Random(seed)
    service.seed_default_posts(session, "zh_CN")
    posts = service.list_posts(session)
    people = list(session.scalars(service.serving_people_query().where(Person.id.in_(person_ids))))
    rng.shuffle(people)
    members = _man_posts(session, rng, posts, people, today)
    _service(session, rng, posts, members, people, today)
    _visits(session, rng, people, today)
    return len(posts)


def _man_posts(session: Session, rng: random.Random, posts, people: list[Person],  # type: ignore[no-untyped-def]
               today: dt.date) -> dict[int, list[int]]:
    """Most people on one post; the patrol gets more than its capacity and mediation fewer, as in life."""
    members: dict[int, list[int]] = {p.id: [] for p in posts}
    on_post = people[: max(len(posts), int(len(people) * 0.85))]
    for n, person in enumerate(on_post):
        post = posts[0] if n < 2 else posts[n % len(posts)]
        if post.key == "mediation" and len(members[post.id]) >= 2:
            post = posts[0]
        skill = rng.choice(service.split_skills(post.skills) or [""])
        since = dt.date(today.year - rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28))
        service.assign(session, post.id, person.id, skill=skill, since=min(since, today))
        members[post.id].append(person.id)
    for post in posts:
        crew = members[post.id]
        service.save_post(session, PostData(post.name, post.name_en, post.description, crew[0] if crew else None,
                                            CAPACITY.get(post.key or "", 6), post.skills), post.id)
    return members


def _service(session: Session, rng: random.Random, posts, members: dict[int, list[int]],  # type: ignore[no-untyped-def]
             people: list[Person], today: dt.date) -> None:
    start = today - dt.timedelta(days=365)
    for post in posts:
        crew = members[post.id]
        if not crew:
            continue
        day = start + dt.timedelta(days=rng.randint(3, 20))
        while day <= today:
            group = rng.sample(crew, k=min(len(crew), rng.randint(2, 4)))
            service_records.add_record(session, ServiceData(
                day, rng.choice(ACTIVITIES[post.key or "patrol"]), tuple(group), rng.choice((2, 2, 3, 4)),
                Unit.HOURS, post.id, rng.choice(PLACES), BENEFICIARIES.get(post.key or "", "")), today)
            day += dt.timedelta(days=rng.randint(20, 45))
    if not people:
        return
    planting = dt.date(today.year if today >= dt.date(today.year, 3, 12) else today.year - 1, 3, 12)
    environment = next(p for p in posts if p.key == "environment")
    service_records.add_record(session, ServiceData(
        planting, "义务植树活动", tuple(p.id for p in people[:25]), 4, Unit.HOURS, environment.id, "柳江北岸绿化带",
        "辖区居民"), today)
    spring = dt.date(planting.year, 1, 20)
    service_records.add_record(session, ServiceData(
        spring, "春节前走访慰问困难群众", tuple(p.id for p in (people[25:37] or people[:6])), 1, Unit.DAYS,
        next(p.id for p in posts if p.key == "dedication"), "辖区困难家庭", "困难群众15户"), today)


def _visits(session: Session, rng: random.Random, people: list[Person], today: dt.date) -> None:
    residents = list(session.scalars(select(Person).where(Person.household.is_not(None), Person.archived.is_(False))
                                     .order_by(Person.id)))
    if not residents or len(people) < 2:
        return
    still_open = 0
    for n in range(20):
        day = today - dt.timedelta(days=rng.randint(3, 300))
        resident = residents[(n * 7) % len(residents)]
        visitors = tuple(p.id for p in rng.sample(people[:20], k=2))
        difficulty, action = rng.choice(DIFFICULTIES) if n % 3 != 2 else ("", "")
        resolved = None
        follow_up = None
        if difficulty and n % 4 != 1:  # most difficulties are solved within a few weeks
            resolved = min(today, day + dt.timedelta(days=rng.randint(2, 30)))
        elif difficulty:  # still open: one without a date, one due soon, the rest overdue
            follow_up = (None, today + dt.timedelta(days=10))[still_open] if still_open < 2 \
                else day + dt.timedelta(days=rng.choice((14, 30)))
            still_open += 1
            action = ""
        visits.add_visit(session, VisitData("", day, visitors, resident.id, rng.choice(SITUATIONS), difficulty,
                                            action, resolved, follow_up), today)
