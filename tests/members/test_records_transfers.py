"""Member records (民族, 学历, 职业, 入党日期, 转正日期, 党内职务) and the transfers log that decides who is 在册."""

from __future__ import annotations

import pytest

from partyplan.db.models import Direction, Education, Occupation, PartyCategory, Role
from partyplan.members import records, roll, transfers
from partyplan.members.records import InvalidRecord, RecordData
from partyplan.members.standing import Source, Standing, standing_of
from partyplan.members.transfers import InvalidTransfer, TransferData
from partyplan.organisations import service as orgs
from partyplan.organisations.service import OrgData
from partyplan.db.models import OrgKind
from partyplan.people import service as people

from . import D, TODAY, add, admit, full_members


def test_a_members_record_and_its_register(database):
    with database.session() as s:
        branch = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部"))
        secretary = add(s, "王书记", {Role.PARTY_MEMBER}, D(1998, 7, 1), education=Education.BACHELOR)
        orgs.assign(s, [secretary], branch)
        records.save_record(s, secretary, RecordData("回", Occupation.OFFICIAL, D(1999, 7, 1), "  支部书记 "),
                            TODAY)
        for data, field, code in ((RecordData("火星"), "ethnicity", "ethnicity"),
                                  (RecordData(full_member_date=D(1997, 1, 1)), "full_member_date", "before_joined"),
                                  (RecordData(full_member_date=D(2027, 1, 1)), "full_member_date", "future")):
            with pytest.raises(InvalidRecord) as caught:
                records.save_record(s, secretary, data, TODAY)
            assert (caught.value.field, caught.value.code) == (field, code)
        volunteer = add(s, "志愿者", {Role.VOLUNTEER})
        with pytest.raises(InvalidRecord):
            records.save_record(s, volunteer, RecordData("汉族"), TODAY)
        record = records.get_record(s, secretary, TODAY)
        assert (record.ethnicity, record.occupation, record.education, record.party_post) == (
            "回族", Occupation.OFFICIAL, Education.BACHELOR, "支部书记")
        assert (record.joined_date, record.full_member_date, record.organisation) == (D(1998, 7, 1), D(1999, 7, 1),
                                                                                      "第一党支部")
        data = people.get_person(s, secretary).data()  # the person form keeps the record as it was
        data.phone = "13907710001"
        people.update_person(s, secretary, data, TODAY)
        assert records.get_record(s, secretary, TODAY).ethnicity == "回族"


def test_the_typed_full_membership_date_decides_a_member_without_a_file(database):
    with database.session() as s:
        late = add(s, "延期转正", {Role.PARTY_MEMBER}, D(2024, 6, 1))
        records.save_record(s, late, RecordData(full_member_date=D(2025, 12, 1)), TODAY)
        october = standing_of(s, late, D(2025, 10, 15))
        december = standing_of(s, late, D(2025, 12, 1))
    assert (october.standing, october.source, october.probation_ends) == (Standing.PROBATIONARY, Source.RECORD,
                                                                        D(2025, 12, 1))
    assert december.standing is Standing.FULL


def test_transfers_decide_who_is_on_the_roll(database):
    """张华 leaves for 城中街道 on 2026-04-10 (the receipt never comes back); 刘敏 arrives from a school's branch:
    letter of 2026-05-06, reported here on 2026-05-20."""
    with database.session() as s:
        branch = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部"))
        members = full_members(s, 3)
        leaving = members[2]
        out = transfers.record_transfer(s, leaving, TransferData(Direction.OUT, D(2026, 4, 10), "柳组转〔2026〕12号",
                                                                  "中共城中街道第三社区支部委员会"), TODAY)
        arriving = add(s, "刘敏", birth_date=D(1996, 9, 9))
        incoming = transfers.record_transfer(s, arriving, TransferData(
            Direction.IN, D(2026, 5, 6), "市二中党转〔2026〕5号", "中共柳州市第二中学支部委员会",
            organisation_id=branch), TODAY)
        assert people.get_person(s, arriving).party_category == PartyCategory.REGISTERED.value
        assert arriving in {e.person_id for e in roll.voter_roll(s, D(2026, 5, 10))}, "the letter's day, unreported"
        transfers.set_arrival(s, incoming, D(2026, 5, 20), today=TODAY)
        on_may_10 = {e.person_id for e in roll.voter_roll(s, D(2026, 5, 10))}
        on_june = {e.person_id for e in roll.voter_roll(s, D(2026, 6, 1))}
        in_branch = {e.person_id for e in roll.members(s, D(2026, 6, 1), branch)}
        owed = [(d.kind, d.due, d.overdue) for d in transfers.due_transfers(s, TODAY)]
        with pytest.raises(InvalidTransfer) as caught:
            transfers.record_transfer(s, leaving, TransferData(Direction.OUT, D(2026, 6, 1), "再转", "别处"), TODAY)
        assert caught.value.code == "not_on_roll"
        with pytest.raises(InvalidTransfer) as caught:
            transfers.set_receipt(s, out, D(2026, 4, 1), today=TODAY)
        assert caught.value.code == "before_issued"
        transfers.set_receipt(s, out, D(2026, 11, 20), today=TODAY)
        assert transfers.due_transfers(s, TODAY) == []
        log = transfers.list_transfers(s, 2026)
    assert on_may_10 == set(members[:2]), "gone from the letter's day; the newcomer here from the report"
    assert on_june == {*members[:2], arriving} and in_branch == {arriving}
    assert owed == [("receipt", D(2026, 7, 10), True)]
    assert [(r.name, r.direction, r.letter_no, r.receipt_on) for r in log] == [
        ("党员03", Direction.OUT, "柳组转〔2026〕12号", D(2026, 11, 20)),
        ("刘敏", Direction.IN, "市二中党转〔2026〕5号", None)]


def test_a_transfer_needs_its_letter(database):
    with database.session() as s:
        (member,) = full_members(s, 1)
        for data, field in ((TransferData(Direction.OUT, D(2026, 4, 10), " ", "别处"), "letter_no"),
                            (TransferData(Direction.OUT, D(2026, 4, 10), "1号", ""), "other_org"),
                            (TransferData(Direction.OUT, D(2027, 1, 1), "1号", "别处"), "issued_on"),
                            (TransferData(Direction.OUT, D(2026, 4, 10), "1号", "别处", valid_until=D(2026, 4, 1)),
                             "valid_until")):
            with pytest.raises(InvalidTransfer) as caught:
                transfers.record_transfer(s, member, data, TODAY)
            assert caught.value.field == field
        with pytest.raises(InvalidTransfer) as caught:
            transfers.record_transfer(s, member, TransferData(Direction.IN, D(2026, 4, 10), "2号", "别处"), TODAY)
        assert caught.value.code == "already_here"


def test_a_probationer_with_a_file_keeps_the_files_dates_in_the_register(database):
    with database.session() as s:
        members = full_members(s, 2)
        newcomer = add(s, "新党员", birth_date=D(1999, 2, 2))
        admit(s, newcomer, D(2026, 3, 20), (members[0], members[1]))
        record = records.get_record(s, newcomer, TODAY)
    assert (record.joined_date, record.full_member_date, record.standing) == (D(2026, 3, 20), None,
                                                                             Standing.PROBATIONARY)
