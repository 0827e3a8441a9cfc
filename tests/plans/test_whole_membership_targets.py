"""A development plan's targets of the second kind (seed 003 sets both): shares of the whole membership on the
roll, counted from the member register on the day asked, beside the shares of the year's new members."""

from __future__ import annotations

import datetime as dt

from partyplan.db.models import Comparison, Direction, Education, Gender, PartyCategory, Role
from partyplan.members import transfers
from partyplan.members.transfers import TransferData
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.plans import export, service, targets
from partyplan.plans.service import PlanData
from partyplan.texts import plans as plan_texts

D = dt.date
TODAY = D(2026, 11, 23)


def member(s, name, born, gender, education=None, category=None, joined=D(2001, 7, 1)):  # type: ignore[no-untyped-def]
    return people.add_person(s, PersonData(name, gender=gender, birth_date=born, roles={Role.PARTY_MEMBER},
                                           joined_date=joined, education=education, party_category=category), TODAY)


def test_shares_of_all_members_on_the_roll(database):
    with database.session() as s:
        plan_id = service.create_plan(s, PlanData(2026, "2025—2027年发展党员工作规划", end_year=2027))
        member(s, "王青", D(1991, 11, 23), Gender.FEMALE, Education.BACHELOR)  # 35 on 2026-11-23: counted young
        member(s, "李壮", D(1990, 11, 22), Gender.MALE, Education.SENIOR)  # 36 since the day before
        member(s, "张老", D(1950, 1, 1), Gender.MALE, Education.PRIMARY)
        member(s, "刘芳", D(1962, 3, 8), Gender.FEMALE)  # schooling not recorded: not "senior or more"
        member(s, "赵在职", D(1995, 1, 1), Gender.FEMALE, category=PartyCategory.IN_SERVICE)  # registered elsewhere
        gone = member(s, "周调出", D(1996, 5, 5), Gender.FEMALE, Education.COLLEGE)
        transfers.record_transfer(s, gone, TransferData(Direction.OUT, D(2026, 9, 1), "柳组转〔2026〕7号", "外单位"),
                                  TODAY)
        for indicator, value, source in (("全体党员中女性比例", 26, "members_women_share"),
                                         ("全体党员中35岁及以下比例", 30, "members_under35_share"),
                                         ("全体党员中高中及以上学历比例", 60, "members_senior_education_share")):
            targets.add_target(s, plan_id, targets.TargetData(indicator, value, "%", Comparison.AT_LEAST, source))
        now = targets.list_targets(s, plan_id, 2026, until=TODAY)
        in_june = targets.list_targets(s, plan_id, 2026, until=D(2026, 6, 30))
    # 4 on the roll today (in service elsewhere and transferred out are not): 2 women, 1 aged 35, 2 senior or more
    assert [(r.actual, r.met) for r in now] == [(50.0, True), (25.0, False), (50.0, False)]
    # on 30 June 周 had not left yet (5 on the roll: 3 women, 3 senior or more), and 李壮 was still 35: 3 young
    assert [r.actual for r in in_june] == [60.0, 60.0, 60.0]


def test_an_empty_register_reads_nought_and_the_sources_have_words(database):
    with database.session() as s:
        plan_id = service.create_plan(s, PlanData(2026, "计划"))
        targets.add_target(s, plan_id, targets.TargetData("女性比例", 26, "%", source="members_women_share"))
        assert [r.actual for r in targets.list_targets(s, plan_id, 2026, until=TODAY)] == [0.0]
    for source in targets.MEMBER_SHARES:
        assert source in targets.SOURCES
        assert "%" in plan_texts.source_label(source) and plan_texts.source_label(source) != source
        assert all(source in words for words in export.SOURCE_WORDS.values()), "the Word file names it, and reads it back"
