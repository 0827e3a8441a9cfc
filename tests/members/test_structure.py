"""The member structure on real dates: ages on the day counted (35 and under included in the young), the
members registered elsewhere and those transferred out left out, new members those admitted in the year,
and each figure's share of its own whole."""

from __future__ import annotations

import datetime as dt

from partyplan.db.models import Direction, Education, Gender, Occupation, PartyCategory, Role
from partyplan.members import records, structure, transfers
from partyplan.members.transfers import TransferData
from partyplan.people import service as people
from partyplan.people.validation import PersonData

D = dt.date
TODAY = D(2026, 11, 23)


def member(s, name, born, joined, gender=None, education=None, category=None):  # type: ignore[no-untyped-def]
    return people.add_person(s, PersonData(name, gender=gender, birth_date=born, roles={Role.PARTY_MEMBER},
                                           joined_date=joined, education=education, party_category=category), TODAY)


def test_structure_of_the_whole_membership_and_of_the_new_members(database):
    with database.session() as s:
        young = member(s, "王青", D(1991, 11, 23), D(2026, 3, 1), Gender.FEMALE, Education.BACHELOR)  # 35 today
        member(s, "李壮", D(1990, 11, 22), D(2026, 6, 1), Gender.MALE, Education.SENIOR)  # 36 since yesterday
        old = member(s, "张老", D(1950, 1, 1), D(1975, 7, 1), Gender.MALE)
        member(s, "赵在职", D(1995, 1, 1), D(2020, 7, 1), Gender.FEMALE, category=PartyCategory.IN_SERVICE)
        gone = member(s, "周调出", D(1980, 5, 5), D(2005, 7, 1), Gender.FEMALE)
        records.save_record(s, young, records.RecordData("回族", Occupation.PROFESSIONAL), TODAY)
        records.save_record(s, old, records.RecordData("汉族", Occupation.RETIRED), TODAY)
        transfers.record_transfer(s, gone, TransferData(Direction.OUT, D(2026, 2, 1), "柳组转〔2026〕1号", "外单位"),
                                  TODAY)
        found = structure.structure(s, 2026, TODAY)
    whole, new = found.members, found.new_members
    assert found.as_of == TODAY
    assert whole.total == 3, "in service elsewhere and transferred out are not on the roll"
    assert (whole.young, whole.by_age["31_35"], whole.by_age["36_45"], whole.by_age["71_over"]) == (1, 1, 1, 1)
    assert (whole.women, whole.minorities) == (1, 1)
    assert whole.by_occupation["professional"] == 1 and whole.by_occupation["unknown"] == 1
    assert whole.share(whole.young) == 33.3
    assert new.total == 2 and new.young == 1 and new.share(new.young) == 50.0
    assert new.by_education["bachelor"] == 1 and new.by_education["senior"] == 1
    with database.session() as s:
        last_year = structure.structure(s, 2025, TODAY)
    assert last_year.as_of == D(2025, 12, 31)
    assert last_year.new_members.total == 0 and last_year.new_members.share(0) is None
    assert last_year.members.total == 2, "周 was still here; the 2026 members had not joined"


def test_age_bands_meet_without_gaps():
    assert [structure.age_band(a) for a in (18, 30, 31, 35, 36, 45, 46, 60, 61, 70, 71, 99)] == [
        "30_under", "30_under", "31_35", "31_35", "36_45", "36_45", "46_55", "56_60", "61_70", "61_70", "71_over",
        "71_over"]
