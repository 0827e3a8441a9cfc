"""Party dues by the 2008 rules: the brackets on real bases, set amounts, payments one by one and for a
list at once, the unpaid list with six months in a row flagged, the year's register in Excel."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from partyplan import office
from partyplan.db.models import Direction, DuesCategory, OrgKind, Role
from partyplan.dues import InvalidDues, register, service
from partyplan.dues.rules import DEFAULTS, DuesRules, load_rules, monthly_fen, save_rules
from partyplan.dues.service import BaseData
from partyplan.members import transfers
from partyplan.members.transfers import TransferData
from partyplan.organisations import service as orgs
from partyplan.organisations.service import OrgData
from partyplan.people import service as people
from partyplan.people.validation import PersonData

D = dt.date
TODAY = D(2026, 11, 23)
S, R = DuesCategory.SALARIED, DuesCategory.RETIRED


@pytest.mark.parametrize(("category", "base_yuan", "fen"), [
    (S, 2800, 1400), (S, 3000, 1500),  # 0.5 % up to 3,000 included
    (S, 3000.01, 3000), (S, 4500, 4500), (S, 5000, 5000),  # 1 % above 3,000 up to 5,000
    (S, 8000, 12000), (S, 10000, 15000), (S, 12000, 24000),  # 1.5 % then 2 %
    (DuesCategory.SELF_EMPLOYED, 6000, 9000),  # last quarter's average net income, the same brackets
    (R, 4200, 2100), (R, 5000, 2500), (R, 6500, 6500),  # retired: 0.5 % up to 5,000, 1 % above
    (S, 3333.33, 3333),  # rounded half up to the fen
])
def test_the_published_brackets(category, base_yuan, fen):
    assert monthly_fen(DEFAULTS, category, round(base_yuan * 100)) == fen


@pytest.fixture
def branch(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        office.set_office_name(s, "柳北桥社区党委")
        branch_id = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部"))
        ids = {name: people.add_person(s, PersonData(name, roles={Role.PARTY_MEMBER}, joined_date=joined), TODAY)
               for name, joined in (("王工程师", D(2001, 7, 1)), ("李退休", D(1985, 7, 1)), ("张学生", D(2025, 5, 20)),
                                    ("赵农民", D(2015, 7, 1)), ("钱困难", D(2008, 7, 1)), ("孙新党员", D(2026, 4, 10)),
                                    ("周调出", D(2012, 7, 1)))}
        orgs.assign(s, list(ids.values()), branch_id)
        for name, data in (("王工程师", BaseData(S, 850000)), ("李退休", BaseData(R, 420000)),
                           ("张学生", BaseData(DuesCategory.LOW_INCOME)), ("赵农民", BaseData(DuesCategory.FARMER, amount_fen=50)),
                           ("钱困难", BaseData(DuesCategory.REDUCED, amount_fen=0, note="街道党工委批准免交")),
                           ("孙新党员", BaseData(S, 280000, from_month=4)), ("周调出", BaseData(S, 400000))):
            service.set_base(s, ids[name], 2026, data)
        service.set_base(s, ids["王工程师"], 2026, BaseData(S, 1050000, from_month=7))  # a rise from July
        transfers.record_transfer(s, ids["周调出"], TransferData(Direction.OUT, D(2026, 6, 15), "柳组转〔2026〕8号",
                                                                "中共城中街道第三社区支部委员会"), TODAY)
    return database, ids


def test_bases_set_amounts_and_the_months_each_member_owes(branch):
    database, ids = branch
    with database.session() as s:
        lines = {line.name: line for line in service.year_lines(s, 2026)}
        for data, code in ((BaseData(S, 0), "base_required"), (BaseData(DuesCategory.FARMER, amount_fen=150),
                                                                "amount_range"),
                           (BaseData(DuesCategory.REDUCED, amount_fen=100), "approval_required")):
            with pytest.raises(InvalidDues) as caught:
                service.set_base(s, ids["赵农民"], 2026, data)
            assert caught.value.code == code
    wang = lines["王工程师"]
    assert (wang.due[6], wang.due[7]) == (12750, 21000), "1.5 % of 8,500, then 2 % of 10,500 from July"
    assert wang.due_total == 6 * 12750 + 6 * 21000
    assert (lines["李退休"].due[1], lines["张学生"].due[1], lines["赵农民"].due[1], lines["钱困难"].due[1]) == (
        2100, 20, 50, 0)
    assert lines["孙新党员"].owed_months == tuple(range(4, 13)), "a probationary member pays from the admission"
    assert lines["周调出"].owed_months == (1, 2, 3, 4, 5), "transferred out in June: pays the new branch"


def test_payments_one_by_one_or_for_a_list_and_what_stays_unpaid(branch):
    database, ids = branch
    with database.session() as s:
        everyone = list(ids.values())
        for month in range(1, 6):
            result = service.bulk_paid(s, everyone, 2026, month, D(2026, month, 25), today=TODAY)
            assert len(result.paid) == (6 if month < 4 else 7), "孙新党员 owes from April"
        again = service.bulk_paid(s, everyone, 2026, 5, D(2026, 5, 26), today=TODAY)
        assert (len(again.paid), len(again.already)) == (0, 7), "paid already: left as it was"
        june = service.bulk_paid(s, [p for n, p in ids.items() if n != "王工程师"], 2026, 6, D(2026, 6, 25), today=TODAY)
        assert ids["周调出"] in june.not_owed
        service.record_payment(s, ids["李退休"], 2026, 7, D(2026, 7, 20), today=TODAY)
        with pytest.raises(InvalidDues) as caught:
            service.record_payment(s, ids["李退休"], 2026, 7, D(2026, 7, 21), today=TODAY)
        assert caught.value.code == "already_paid"
        found = {u.line.name: u for u in service.unpaid(s, 2026, 10)}
    assert set(found) == {"王工程师", "李退休", "张学生", "赵农民", "钱困难", "孙新党员"}
    wang = found["王工程师"]
    assert (wang.months, wang.in_a_row, wang.lapsing) == ((6, 7, 8, 9, 10), 5, False)
    assert found["张学生"].in_a_row == 4 and found["李退休"].months == (8, 9, 10)
    with database.session() as s:
        service.undo_payment(s, ids["王工程师"], 2026, 5)
        assert {u.line.name: u for u in service.unpaid(s, 2026, 10)}["王工程师"].lapsing, \
            "six months in a row: 党章第九条"


def test_the_yearly_register_in_excel(branch, tmp_path):
    database, ids = branch
    path = tmp_path / "党费.xlsx"
    with database.session() as s:
        service.bulk_paid(s, list(ids.values()), 2026, 1, D(2026, 1, 20), today=TODAY)
        register.write_register_xlsx(s, 2026, path, through=10)
    ws = load_workbook(path).active
    assert ws["A1"].value == "柳北桥社区党委2026年度党费收缴登记表"
    header = [c.value for c in ws[2]]
    assert header[:6] == ["序号", "姓名", "所在支部", "缴纳类别", "月缴纳基数（元）", "月应缴（元）"]
    assert header[6] == "1月" and header[-3:] == ["全年应缴", "已缴", "欠缴（截至10月）"]
    rows = {r[1]: r for r in ws.iter_rows(min_row=3, values_only=True) if r[1]}
    wang, sun = rows["王工程师"], rows["孙新党员"]
    assert (wang[3], wang[4], wang[5], wang[6], wang[7]) == ("在职", 10500, 210, 127.5, None)
    assert sun[6:9] == ("—", "—", "—") and sun[5] == 14 and sun[2] == "第一党支部"
    assert wang[-1] == (5 * 12750 + 4 * 21000) / 100, "February to October unpaid: five at 127.50, four at 210"
    last = list(ws.iter_rows(min_row=ws.max_row, values_only=True))[0]
    assert last[0] == "合计" and str(last[6]).startswith("=SUM(G3:G")
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$2:$2"


def test_the_office_may_set_its_own_amounts(database):
    with database.session() as s:
        save_rules(s, DuesRules(farmer_min_fen=50, farmer_max_fen=100))
        assert load_rules(s).farmer_min_fen == 50
        with pytest.raises(InvalidDues):
            save_rules(s, DuesRules(salaried=((300_000, 5), (200_000, 10), (None, 20))))
