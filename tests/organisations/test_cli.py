"""`partyplan branches|dues|members file|roll|transfers`: the real parser, then each command's module (in this
process, without the QCoreApplication that `cli.main` makes: the window tests need a QApplication)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from docx import Document
from openpyxl import load_workbook

from partyplan import cli
from partyplan.cli import running
from partyplan.db.database import open_database
from partyplan.db.models import Direction, Role
from partyplan.members import transfers
from partyplan.members.transfers import TransferData
from partyplan.people import service as people
from partyplan.people.validation import PersonData

D = dt.date
TODAY = "2026-11-23"


@pytest.fixture
def store(db_location):  # type: ignore[no-untyped-def]
    db = open_database(db_location)
    with db.session() as s:
        for n in range(6):
            people.add_person(s, PersonData(f"党员{n}", roles={Role.PARTY_MEMBER}, joined_date=D(2010, 7, 1)),
                              D(2026, 11, 23))
        people.add_person(s, PersonData("王芳", roles={Role.PARTY_MEMBER}, joined_date=D(2026, 6, 1)), D(2026, 11, 23))
        transfers.record_transfer(s, 6, TransferData(Direction.OUT, D(2026, 3, 2), "柳组转〔2026〕3号", "城中街道"),
                                  D(2026, 11, 23))
    db.close()
    return db_location


def run(store: str, *argv: str) -> int:
    args = cli.build_parser().parse_args([*argv, "--db", store, "--lang", "en", "--date", TODAY])
    return running.execute(args)


def test_branches_add_assign_list_and_check(store, capsys):
    assert run(store, "branches", "add", "committee", "柳北桥社区党委") == 0
    assert run(store, "branches", "add", "branch", "第一党支部", "--parent", "柳北桥社区党委") == 0
    assert run(store, "branches", "add", "group", "桥东党小组", "--parent", "第一党支部") == 0
    assert run(store, "branches", "assign", "桥东党小组", "党员0", "党员1", "党员2") == 0
    assert run(store, "branches", "add", "group", "无主小组") == 1
    assert "A party group belongs to a branch" in capsys.readouterr().err
    assert run(store, "branches", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    branch = next(o for o in listed if o["name"] == "第一党支部")
    assert branch["figures"]["full_members"] == 3 and branch["figures"]["sanhui"]["required"] > 0
    assert run(store, "branches", "check", "--year", "2026", "--json") == 0
    units = {u["name"]: u for u in json.loads(capsys.readouterr().out)["units"]}
    assert set(units) == {"第一党支部", "桥东党小组"} and units["第一党支部"]["has_committee"] is False
    assert units["桥东党小组"]["types"]["party_group"]["missing"] == 10
    assert run(store, "branches", "terms") == 0


def test_dues_base_pay_unpaid_and_register(store, capsys, tmp_path):
    assert run(store, "dues", "base", "党员0", "--year", "2026", "--category", "salaried", "--base", "8500") == 0
    assert "127.50 yuan a month" in capsys.readouterr().out
    for n in range(1, 6):
        assert run(store, "dues", "base", f"党员{n}", "--year", "2026", "--category", "retired", "--base", "4200") == 0
    assert run(store, "dues", "base", "王芳", "--year", "2026", "--category", "low_income", "--from-month", "6") == 0
    assert run(store, "dues", "pay", "--all", "--year", "2026", "--month", "10") == 0
    assert "6 marked paid, 0 had paid already, 1 owe nothing" in capsys.readouterr().out
    assert run(store, "dues", "pay", "党员0", "--year", "2026", "--month", "10") == 0
    assert "0 marked paid, 1 had paid already" in capsys.readouterr().out
    assert run(store, "dues", "unpaid", "--year", "2026", "--json") == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)["unpaid"]}
    assert rows["党员0"]["months"] == [1, 2, 3, 4, 5, 6, 7, 8, 9] and not rows["党员0"]["lapsing"], "paid October"
    assert rows["王芳"]["months"] == [6, 7, 8, 9] and rows["党员5"]["months"] == [1, 2], "out in March"
    out = tmp_path / "dues.xlsx"
    assert run(store, "dues", "register", "--year", "2026", "--xlsx", str(out)) == 0
    assert load_workbook(out).active["A1"].value == "Party dues register 2026"
    assert run(store, "dues", "base", "无名氏", "--year", "2026", "--category", "retired", "--base", "1") == 1
    assert "Nobody with the id or name 无名氏" in capsys.readouterr().err


def test_members_file_roll_and_transfers(store, capsys, tmp_path):
    from partyplan.development import pipeline

    db = open_database(store)
    with db.session() as s:
        applicant = people.add_person(s, PersonData("林晓", birth_date=D(2000, 5, 1)), D(2026, 11, 23))
        pipeline.open_case(s, applicant, D(2026, 10, 8), today=D(2026, 11, 23))
    db.close()
    out = tmp_path / "file.docx"
    assert run(store, "members", "file", "林晓", "--docx", str(out)) == 0
    assert "Written to" in capsys.readouterr().out
    assert Document(out).tables[1].rows[2].cells[1].text == "Application handed in"
    assert run(store, "members", "roll", "--json") == 0
    roll = json.loads(capsys.readouterr().out)
    assert len(roll["members"]) == 6 and [m["name"] for m in roll["members"] if not m["votes"]] == ["王芳"]
    assert run(store, "members", "transfers", "--json") == 0
    log = json.loads(capsys.readouterr().out)
    assert log["due"][0]["kind"] == "receipt" and log["transfers"][0]["letter_no"] == "柳组转〔2026〕3号"
