"""Demo people: cadres, party members, volunteers and residents' representatives with Chinese names."""

from __future__ import annotations

import datetime as dt
import random
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import Gender, PartyCategory, Role
from partyplan.errors import PartyPlanError
from partyplan.people import service as people
from partyplan.people.validation import PersonData

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文"
GIVEN_MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁健亮俊峰建国志文海东林春生"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞燕玲桂兰萍红梅琳雪慧颖洁婷秀英华晶倩莉蓉丹"
UNITS = (
    "柳北桥社区居委会", "柳北区城中街道办事处", "市第二中学", "柳北区人民医院", "柳北供电所",
    "桥北小学", "个体经营", "退休", "柳钢集团", "市邮政分公司", "区市场监管所", "兴业银行柳北支行",
)
STREETS = ("桥北路", "北雀路", "跃进路", "白沙路")


class DemoRefused(PartyPlanError):
    """The store already holds people: demo data must never be mixed into a real office's records."""


PEOPLE_COUNT = 86
CADRES = 12
NEW_MEMBERS = (20, 31, 44)


def fill(session: Session, *, today: dt.date, seed: int = 2026, count: int = PEOPLE_COUNT) -> list[int]:
    """Write the people; returns the ids of the office's cadres, whom the other areas put to work."""
    if people.count_people(session):
        raise DemoRefused()
    rng = random.Random(seed)
    office.set_office_name(session, "柳北桥社区党委")
    used: set[str] = set()
    return [people.add_person(session, _person(rng, index, used, today), today) for index in range(count)][:CADRES]


def _person(rng: random.Random, index: int, used: set[str], today: dt.date) -> PersonData:
    gender = Gender.FEMALE if rng.random() < 0.48 else Gender.MALE
    name = _unique_name(rng, gender, used)
    birth = dt.date(rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28))
    roles = _roles(rng, index)
    joined = None
    category = None
    if index in NEW_MEMBERS:  # this year's new members, young as the plans ask
        birth = dt.date(rng.randint(1994, 2001), rng.randint(1, 12), rng.randint(1, 28))
        roles = {Role.PARTY_MEMBER, Role.VOLUNTEER}
        joined = dt.date(today.year, 7, 1) if today >= dt.date(today.year, 7, 1) else dt.date(today.year - 1, 7, 1)
        category = PartyCategory.REGISTERED
    elif Role.PARTY_MEMBER in roles:
        earliest = birth.replace(year=birth.year + 19)
        span = max((today - earliest).days, 30)
        joined = earliest + dt.timedelta(days=rng.randint(0, span - 1))
        category = rng.choices(
            [PartyCategory.REGISTERED, PartyCategory.IN_SERVICE, PartyCategory.FLOATING], [7, 2, 1]
        )[0]
    building = rng.randint(1, 24)
    return PersonData(
        name=name,
        gender=gender,
        birth_date=birth,
        phone=f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}",
        address=f"{rng.choice(STREETS)}{rng.randint(1, 120)}号 {building}栋{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}",
        household=f"{building}-{rng.randint(100, 999)}",
        unit=UNITS[0] if Role.CADRE in roles else rng.choice(UNITS[1:]),
        roles=roles,
        party_category=category,
        joined_date=joined,
        notes=rng.choice(["", "", "", "熟悉社区情况", "擅长调解", "会计专业", "退役军人", "有驾照"]) or None,
    )


def _unique_name(rng: random.Random, gender: Gender, used: set[str]) -> str:
    given = GIVEN_FEMALE if gender is Gender.FEMALE else GIVEN_MALE
    while True:
        name = rng.choice(SURNAMES) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2, 2))))
        if name not in used:
            used.add(name)
            return name


def _roles(rng: random.Random, index: int) -> set[Role]:
    if index < CADRES:  # the office's own cadres: all party members, several also volunteers
        roles = {Role.CADRE, Role.PARTY_MEMBER}
        if rng.random() < 0.4:
            roles.add(Role.VOLUNTEER)
        return roles
    roles: set[Role] = set()
    if rng.random() < 0.6:
        roles.add(Role.PARTY_MEMBER)
    if rng.random() < 0.5:
        roles.add(Role.VOLUNTEER)
    if rng.random() < 0.18:
        roles.add(Role.RESIDENT_REP)
    return roles or {Role.VOLUNTEER}
