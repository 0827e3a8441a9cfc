"""Posts and the people on them: the only place that writes `volunteer_posts` and `post_members`.

A membership is current while `ended` is empty; moving or ending keeps the old row, so the roster of
any past year can still be told. People on an archived post count as having no post (restoring the
post brings them back). The rules the office may change (one main post each, the yearly service
target, hours in a day of service) live in the office's key/value settings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.concurrency import check_version, lock_rule, locked_get
from partyplan.db.models import Person, PersonRole, Post, PostMember, Role
from partyplan.errors import PartyPlanError
from partyplan.people.service import role_sets

NAME_MAX = 60
NAME_EN_MAX = 80
SKILL_MAX = 100
SERVING_ROLES = (Role.PARTY_MEMBER, Role.VOLUNTEER)  # who is expected to choose a post
ONE_MAIN_POST = "posts.one_main_post"
TARGET_HOURS = "posts.yearly_target_hours"
HOURS_PER_DAY = "posts.hours_per_day"
_SKILL_SPLIT = re.compile(r"[、,，;；/]+")


@dataclass
class InvalidPost(PartyPlanError):
    """A post, membership or setting that cannot be kept. `people` names whom it concerns.

    Codes: "required", "too_long", "negative" (capacity), "duplicate" (a post of that name exists),
    "archived" (person_id/leader_id: the person is archived; post_id: the post is archived),
    "already_on_post", "has_main_post" (people: the person and their main post), "same_post",
    "before_since" (ended or a move's date before the membership began), "not_current" (it has ended),
    "range" (a setting outside its limits).
    """

    field: str
    code: str
    people: tuple[str, ...] = ()


@dataclass
class PostsNotFound(PartyPlanError):
    kind: str
    key: int


@dataclass(frozen=True)
class PostData:
    name: str
    name_en: str = ""
    description: str = ""
    leader_id: int | None = None
    capacity: int | None = None
    skills: str = ""


@dataclass(frozen=True)
class PostRow:
    id: int
    key: str | None
    name: str
    name_en: str
    description: str
    leader_id: int | None
    leader_name: str
    capacity: int | None
    skills: str
    position: int
    archived: bool
    members: int  # current members
    row_version: int = 0  # save_post's expected_version

    def data(self) -> PostData:
        return PostData(self.name, self.name_en, self.description, self.leader_id, self.capacity, self.skills)

    def label(self, language: str) -> str:
        return (self.name_en or self.name) if language == "en" else self.name


@dataclass(frozen=True)
class MemberRow:
    id: int
    post_id: int
    post_name: str
    post_name_en: str
    person_id: int
    name: str
    roles: frozenset[Role]
    skill: str
    since: dt.date
    ended: dt.date | None
    main: bool


@dataclass(frozen=True)
class PersonBrief:
    id: int
    name: str
    roles: frozenset[Role]
    household: str


@dataclass(frozen=True)
class CapacityRow:
    post_id: int
    name: str
    name_en: str
    capacity: int | None
    members: int
    state: str  # "open" (no capacity set), "below", "full", "over"


@dataclass(frozen=True)
class PostSettings:
    one_main_post: bool = True
    yearly_target_hours: float = 8.0  # "at least one day of service a year"
    hours_per_day: float = 8.0


# The eight kinds of post of the sample, in both languages: (key, name, name_en, zh text, en text, zh skills,
# en skills). Descriptions and skills are written in the office's language when seeded.
DEFAULT_POSTS = (
    ("patrol", "治安巡逻岗", "Public-security patrol", "组织党员志愿者开展楼院巡逻、防火防盗，协助做好社区治安防范。",
     "Patrol the courtyards and buildings, prevent fire and theft, help keep the community safe.",
     "巡逻、消防、安全防范", "patrol, fire safety, security"),
    ("publicity", "政策宣传岗", "Policy publicity", "宣传党的方针政策和惠民政策，办好宣传栏，解答居民政策咨询。",
     "Explain the Party's policies and welfare policies, keep the notice boards, answer residents' questions.",
     "宣讲、写作、板报", "speaking, writing, notice boards"),
    ("education", "义务教育岗", "Compulsory education", "为社区青少年提供课业辅导和假期托管，开展家庭教育讲座。",
     "Homework help and holiday care for the community's children, talks on family education.",
     "辅导、教学、心理疏导", "tutoring, teaching, counselling"),
    ("dedication", "爱心奉献岗", "Loving dedication", "结对帮扶困难家庭、空巢老人和残疾人，开展慰问和爱心捐助。",
     "Pair up with families in difficulty, elderly people living alone and the disabled; visits and donations.",
     "陪护、慰问、家政", "care, visiting, housework"),
    ("convenience", "便民服务岗", "Convenient service", "开展义诊、理发、家电维修等便民服务，帮助居民代办事项。",
     "Free clinics, haircuts, appliance repairs; running errands for residents.",
     "义诊、理发、维修、代办", "health checks, haircuts, repairs, errands"),
    ("mediation", "纠纷调解岗", "Dispute mediation", "及时排查和调解邻里、家庭矛盾纠纷，做到小事不出楼院。",
     "Find and settle quarrels between neighbours and within families before they grow.",
     "调解、法律、沟通", "mediation, law, communication"),
    ("environment", "环境监督岗（环境卫士）", "Environmental guardian",
     "监督和劝导乱扔乱倒、乱搭乱建，组织环境卫生整治和垃圾分类宣传。",
     "Watch over littering and illegal building, organise clean-ups and promote waste sorting.",
     "环保、劝导、垃圾分类", "environment, persuasion, waste sorting"),
    ("supervision", "居务监督岗", "Residential supervision", "监督社区居务公开和惠民资金使用，收集反馈居民意见。",
     "Oversee that community affairs and welfare funds are public and properly used; collect residents' views.",
     "财务、监督、民意收集", "accounts, oversight, gathering views"),
)


# -- settings ----------------------------------------------------------------------------------
def get_settings(session: Session) -> PostSettings:
    default = PostSettings()
    return PostSettings(
        one_main_post=office.get_setting(session, ONE_MAIN_POST, "1") != "0",
        yearly_target_hours=_float(office.get_setting(session, TARGET_HOURS), default.yearly_target_hours),
        hours_per_day=_float(office.get_setting(session, HOURS_PER_DAY), default.hours_per_day),
    )


def save_settings(session: Session, settings: PostSettings) -> None:
    if not 0 < settings.hours_per_day <= 24:
        raise InvalidPost("hours_per_day", "range")
    if not 0 <= settings.yearly_target_hours <= 2000:
        raise InvalidPost("yearly_target_hours", "range")
    office.set_setting(session, ONE_MAIN_POST, "1" if settings.one_main_post else "0")
    office.set_setting(session, TARGET_HOURS, f"{settings.yearly_target_hours:g}")
    office.set_setting(session, HOURS_PER_DAY, f"{settings.hours_per_day:g}")


# -- posts -------------------------------------------------------------------------------------
def list_posts(session: Session, *, include_archived: bool = False) -> list[PostRow]:
    query = select(Post).order_by(Post.position, Post.id)
    if not include_archived:
        query = query.where(Post.archived.is_(False))
    posts = session.scalars(query).all()
    counts = dict(session.execute(select(PostMember.post_id, func.count(PostMember.id))
                                  .where(PostMember.ended.is_(None)).group_by(PostMember.post_id)).tuples().all())
    names = person_names(session, {p.leader_id for p in posts if p.leader_id is not None})
    return [_post_row(p, names, counts.get(p.id, 0)) for p in posts]


def get_post(session: Session, post_id: int) -> PostRow:
    post = _get(session, Post, post_id)
    count = session.scalar(select(func.count(PostMember.id)).where(PostMember.post_id == post_id,
                                                                   PostMember.ended.is_(None))) or 0
    return _post_row(post, person_names(session, {post.leader_id} if post.leader_id else set()), count)


def save_post(session: Session, data: PostData, post_id: int | None = None, *,
              expected_version: int | None = None) -> int:
    """Add a post (post_id None) or change one; the leader must be someone still active. `expected_version`:
    the post's row_version when the form opened (ConflictError when another PC saved it since)."""
    name, name_en = " ".join(data.name.split()), " ".join(data.name_en.split())
    lock_rule(session, "post_name")  # one post of a name, even when two PCs add it at once
    _check_post(session, data, name, name_en, post_id)
    if post_id is None:
        position = session.scalar(select(func.max(Post.position)))
        post = Post(key=None, position=0 if position is None else position + 1, archived=False)
        session.add(post)
    else:
        post = locked_get(session, Post, post_id) if expected_version is not None else _get(session, Post, post_id)
        if post is None:
            post = _get(session, Post, post_id)
        check_version(session, post, expected_version,
                      {"name": name, "name_en": name_en, "description": data.description.strip(),
                       "leader_id": data.leader_id, "capacity": data.capacity, "skills": data.skills.strip()}, post.name)
    post.name, post.name_en, post.description = name, name_en, data.description.strip()
    post.leader_id, post.capacity, post.skills = data.leader_id, data.capacity, data.skills.strip()
    session.flush()
    return post.id


def archive_post(session: Session, post_id: int, archived: bool = True) -> None:
    """Archive (or restore) a post; its members' rows are kept, so restoring brings them back."""
    _get(session, Post, post_id).archived = archived
    session.flush()


def seed_default_posts(session: Session, language: str = "zh_CN") -> int:
    """Add those of the eight standard posts that are missing (by key); returns how many were added."""
    have = set(session.scalars(select(Post.key).where(Post.key.is_not(None))))
    start = session.scalar(select(func.max(Post.position)))
    position = 0 if start is None else start + 1
    added = 0
    for key, name, name_en, text_zh, text_en, skills_zh, skills_en in DEFAULT_POSTS:
        if key in have:
            continue
        english = language == "en"
        session.add(Post(key=key, name=name, name_en=name_en, description=text_en if english else text_zh,
                         skills=skills_en if english else skills_zh, position=position + added, archived=False))
        added += 1
    session.flush()
    return added


def split_skills(text: str) -> list[str]:
    return [part.strip() for part in _SKILL_SPLIT.split(text) if part.strip()]


# -- members -----------------------------------------------------------------------------------
def assign(session: Session, post_id: int, person_id: int, *, skill: str = "", since: dt.date | None = None,
           main: bool = True) -> int:
    """Put a person on a post. Refused for archived people or posts, someone already on the post, and
    (while the one-main-post rule is on) a second main post. The person is locked while this is checked,
    so two PCs putting them on posts at once cannot both give them a main post."""
    locked_get(session, Person, person_id)
    post = _get(session, Post, post_id)
    person = _person(session, person_id, "person_id")
    if post.archived:
        raise InvalidPost("post_id", "archived", (post.name,))
    if _current(session, person_id, post_id=post_id):
        raise InvalidPost("person_id", "already_on_post", (person.name, post.name))
    _check_main(session, person, main, exclude_member=None)
    _check_skill(skill)
    member = PostMember(post_id=post_id, person_id=person_id, skill=skill.strip(), since=since or dt.date.today(),
                        ended=None, main=main)
    session.add(member)
    session.flush()
    return member.id


def update_member(session: Session, member_id: int, *, skill: str, since: dt.date, main: bool) -> None:
    member = _get(session, PostMember, member_id)
    if member.ended is not None and member.ended < since:
        raise InvalidPost("since", "before_since")
    _check_skill(skill)
    if main and not member.main and member.ended is None:
        _check_main(session, _person(session, member.person_id, "person_id"), True, exclude_member=member_id)
    member.skill, member.since, member.main = skill.strip(), since, main
    session.flush()


def move_member(session: Session, member_id: int, post_id: int, on: dt.date | None = None) -> int:
    """Move a current member to another post from `on`: the old row ends that day, a new one begins."""
    member = _get(session, PostMember, member_id)
    post = _get(session, Post, post_id)
    on = on or dt.date.today()
    if member.ended is not None:
        raise InvalidPost("member", "not_current")
    if member.post_id == post_id:
        raise InvalidPost("post_id", "same_post")
    if on < member.since:
        raise InvalidPost("since", "before_since")
    person = _person(session, member.person_id, "person_id")
    if post.archived:
        raise InvalidPost("post_id", "archived", (post.name,))
    if _current(session, member.person_id, post_id=post_id):
        raise InvalidPost("person_id", "already_on_post", (person.name, post.name))
    member.ended = on
    session.flush()
    moved = PostMember(post_id=post_id, person_id=member.person_id, skill=member.skill, since=on, ended=None,
                       main=member.main)
    session.add(moved)
    session.flush()
    return moved.id


def end_member(session: Session, member_id: int, ended: dt.date | None = None) -> None:
    member = _get(session, PostMember, member_id)
    ended = ended or dt.date.today()
    if member.ended is not None:
        raise InvalidPost("member", "not_current")
    if ended < member.since:
        raise InvalidPost("ended", "before_since")
    member.ended = ended
    session.flush()


def list_members(session: Session, post_id: int | None = None, *, include_ended: bool = False,
                 on: dt.date | None = None) -> list[MemberRow]:
    """Current members (of one post or all), or everyone on a post on day `on` (a past roster)."""
    query = (select(PostMember.id, Post.id, Post.name, Post.name_en, Person.id, Person.name, PostMember.skill,
                    PostMember.since, PostMember.ended, PostMember.main)  # columns: a post may have hundreds
             .join(Post, Post.id == PostMember.post_id).join(Person, Person.id == PostMember.person_id))
    if post_id is not None:
        query = query.where(PostMember.post_id == post_id)
    if on is not None:
        query = query.where(PostMember.since <= on, (PostMember.ended.is_(None)) | (PostMember.ended > on))
    elif not include_ended:
        query = query.where(PostMember.ended.is_(None))
    rows = session.execute(query.order_by(Post.position, Post.id, PostMember.main.desc(), Person.name)).all()
    roles = role_sets(session, {row[4] for row in rows})
    return [MemberRow(mid, pid, name, name_en, person_id, person_name, roles.get(person_id, frozenset()), skill, since,
                      ended, main)
            for mid, pid, name, name_en, person_id, person_name, skill, since, ended, main in rows]


def people_without_post(session: Session) -> list[PersonBrief]:
    """Party members and volunteers, not archived, on no current, non-archived post."""
    on_post = (select(PostMember.person_id).join(Post, Post.id == PostMember.post_id)
               .where(PostMember.ended.is_(None), Post.archived.is_(False)))
    rows = session.execute(serving_people_query().where(Person.id.not_in(on_post)).with_only_columns(
        Person.id, Person.name, Person.household, Person.address)).all()
    roles = role_sets(session, {row[0] for row in rows})
    return [PersonBrief(pid, name, roles.get(pid, frozenset()), household or address or "")
            for pid, name, household, address in rows]


def capacity_status(session: Session) -> list[CapacityRow]:
    """Every active post with its current members against its capacity."""
    rows = []
    for post in list_posts(session):
        if post.capacity is None:
            state = "open"
        else:
            state = "below" if post.members < post.capacity else "over" if post.members > post.capacity else "full"
        rows.append(CapacityRow(post.id, post.name, post.name_en, post.capacity, post.members, state))
    return rows


# -- shared helpers (also used by service_records and visits) ----------------------------------
def serving_people_query():  # type: ignore[no-untyped-def]
    """Active party members and volunteers, by name: the people expected to take a post and serve."""
    serving = select(PersonRole.person_id).where(PersonRole.role.in_(SERVING_ROLES))
    return select(Person).where(Person.archived.is_(False), Person.id.in_(serving)).order_by(Person.name, Person.id)


def person_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all())


def refuse_archived(session: Session, person_ids: list[int], field: str, error: type,
                    keep: frozenset[int] | set[int] = frozenset()) -> None:
    """Raise `error(field, "archived", names)` when any of the people (not in `keep`) is archived,
    or `error(field, "unknown")` when one is not in the register at all."""
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))}
    if any(pid not in people for pid in person_ids):
        raise error(field, "unknown")
    archived = tuple(people[pid].name for pid in person_ids if people[pid].archived and pid not in keep)
    if archived:
        raise error(field, "archived", archived)


def _post_row(post: Post, names: dict[int, str], members: int) -> PostRow:
    return PostRow(post.id, post.key, post.name, post.name_en, post.description, post.leader_id,
                   names.get(post.leader_id, "") if post.leader_id else "", post.capacity, post.skills,
                   post.position, post.archived, members, post.row_version)


def _check_post(session: Session, data: PostData, name: str, name_en: str, post_id: int | None) -> None:
    if not name:
        raise InvalidPost("name", "required")
    if len(name) > NAME_MAX:
        raise InvalidPost("name", "too_long")
    if len(name_en) > NAME_EN_MAX:
        raise InvalidPost("name_en", "too_long")
    if data.capacity is not None and data.capacity < 0:
        raise InvalidPost("capacity", "negative")
    same = select(Post.id).where(func.lower(Post.name) == name.lower())
    if session.scalars(same if post_id is None else same.where(Post.id != post_id)).first() is not None:
        raise InvalidPost("name", "duplicate", (name,))
    if data.leader_id is not None:
        keep: set[int] = set()
        if post_id is not None and _get(session, Post, post_id).leader_id == data.leader_id:
            keep = {data.leader_id}  # an unchanged leader who has since been archived does not block edits
        refuse_archived(session, [data.leader_id], "leader_id", InvalidPost, keep)


def _check_main(session: Session, person: Person, main: bool, exclude_member: int | None) -> None:
    if not main or not get_settings(session).one_main_post:
        return
    query = (select(Post.name).join(PostMember, PostMember.post_id == Post.id)
             .where(PostMember.person_id == person.id, PostMember.ended.is_(None), PostMember.main.is_(True),
                    Post.archived.is_(False)))
    if exclude_member is not None:
        query = query.where(PostMember.id != exclude_member)
    other = session.scalars(query).first()
    if other is not None:
        raise InvalidPost("person_id", "has_main_post", (person.name, other))


def _check_skill(skill: str) -> None:
    if len(skill.strip()) > SKILL_MAX:
        raise InvalidPost("skill", "too_long")


def _current(session: Session, person_id: int, *, post_id: int) -> bool:
    return session.scalars(select(PostMember.id).where(PostMember.person_id == person_id, PostMember.post_id == post_id,
                                                       PostMember.ended.is_(None))).first() is not None


def _person(session: Session, person_id: int, field: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise InvalidPost(field, "unknown")
    if person.archived:
        raise InvalidPost(field, "archived", (person.name,))
    return person


def _float(text: str, default: float) -> float:
    try:
        return float(text)
    except ValueError:
        return default


def _get(session: Session, model, key):  # type: ignore[no-untyped-def]
    row = session.get(model, key)
    if row is None:
        raise PostsNotFound(model.__tablename__, key)
    return row
