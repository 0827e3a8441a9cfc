"""A party member's record as the member register (党员花名册) keeps it: 民族, 学历, 职业, 入党日期,
转正日期 and 党内职务, with the branch and the standing read from the files.

Kept apart from the person form (people/validation.py) so that editing a person in People never touches
these. The 转正日期 of a member with a development file comes from the file (the conversion step); the
one typed here is for members without one, and members/standing.py reads it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Education, Occupation, Organisation, PartyCategory, Person, Role
from partyplan.errors import PartyPlanError
from partyplan.members import roll
from partyplan.members.standing import Standing, standings

POST_MAX = 60
# The 56 nationalities (民族) as the register writes them.
ETHNICITIES = tuple(f"{name}族" for name in (
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",
    "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"))


@dataclass
class InvalidRecord(PartyPlanError):
    field: str
    code: str  # "not_member", "ethnicity", "too_long", "before_joined", "future", "not_found"


@dataclass(frozen=True)
class RecordData:
    ethnicity: str | None = None
    occupation: Occupation | None = None
    full_member_date: dt.date | None = None
    party_post: str | None = None


@dataclass(frozen=True)
class MemberRecord:
    person_id: int
    name: str
    gender: str | None
    birth_date: dt.date | None
    ethnicity: str | None
    education: Education | None
    occupation: Occupation | None
    joined_date: dt.date | None  # 入党日期
    full_member_date: dt.date | None  # 转正日期: the file's conversion, else as typed
    party_post: str | None
    organisation_id: int | None
    organisation: str
    category: PartyCategory | None
    standing: Standing
    phone: str | None

    def data(self) -> RecordData:
        return RecordData(self.ethnicity, self.occupation, self.full_member_date, self.party_post)


def normalise_ethnicity(text: str | None) -> str | None:
    """"汉" and "汉族" alike; an unknown name is refused by `save_record`."""
    text = (text or "").strip()
    if not text:
        return None
    return text if text.endswith("族") else f"{text}族"


def save_record(session: Session, person_id: int, data: RecordData, today: dt.date | None = None) -> None:
    person = session.get(Person, person_id)
    if person is None:
        raise InvalidRecord("person", "not_found")
    if Role.PARTY_MEMBER not in person.role_set:
        raise InvalidRecord("person", "not_member")
    ethnicity = normalise_ethnicity(data.ethnicity)
    if ethnicity is not None and ethnicity not in ETHNICITIES:
        raise InvalidRecord("ethnicity", "ethnicity")
    post = " ".join((data.party_post or "").split()) or None
    if post is not None and len(post) > POST_MAX:
        raise InvalidRecord("party_post", "too_long")
    full = data.full_member_date
    if full is not None and full > (today or dt.date.today()):
        raise InvalidRecord("full_member_date", "future")
    if full is not None and person.joined_date is not None and full < person.joined_date:
        raise InvalidRecord("full_member_date", "before_joined")
    person.ethnicity, person.occupation = ethnicity, Occupation(data.occupation) if data.occupation else None
    person.full_member_date, person.party_post = full, post
    session.flush()


def stored_record(session: Session, person_id: int) -> RecordData:
    """The record as typed, for a form to edit: `get_record` gives the 转正日期 the roll uses (the file's,
    or joining plus the probation), which saved back would stop following the file."""
    person = session.get(Person, person_id)
    if person is None:
        raise InvalidRecord("person", "not_found")
    return RecordData(person.ethnicity, person.occupation, person.full_member_date, person.party_post)


def get_record(session: Session, person_id: int, on: dt.date) -> MemberRecord:
    found = [r for r in register(session, on, include_elsewhere=True) if r.person_id == person_id]
    if not found:
        raise InvalidRecord("person", "not_member")
    return found[0]


def register(session: Session, on: dt.date, branch_id: int | None = None, *,
             include_elsewhere: bool = False) -> list[MemberRecord]:
    """The member register on `on`: every member on the roll (of one branch if given), by branch and name;
    members registered elsewhere only when asked for."""
    entries = [e for e in roll.members(session, on, branch_id)
               if include_elsewhere or e.no_vote is not roll.NoVote.ELSEWHERE]
    ids = [e.person_id for e in entries]
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))} if ids else {}
    names = dict(session.execute(select(Organisation.id, Organisation.name)).tuples().all())
    found = standings(session, on, ids)
    records = []
    for entry in entries:
        p = people[entry.person_id]
        standing = found[p.id]
        full = standing.full_since if standing.source.value == "file" else p.full_member_date or standing.full_since
        records.append(MemberRecord(
            p.id, p.name, p.gender.value if p.gender else None, p.birth_date, p.ethnicity, p.education, p.occupation,
            p.joined_date, full if standing.standing is Standing.FULL else None, p.party_post, p.organisation_id,
            names.get(p.organisation_id, "") if p.organisation_id else "", p.party_category, standing.standing,
            p.phone))
    return sorted(records, key=lambda r: (r.organisation, r.name, r.person_id))
