"""The year's workbook, opened again as the office would: four print-ready sheets in the chosen language;
and `partyplan training export` that writes it."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest
from openpyxl import load_workbook

from partyplan import office
from partyplan.cli import running
from partyplan.cli import training as training_command
from partyplan.db.models import Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.training import commendations, export, service
from partyplan.training.commendations import CommendationData
from partyplan.training.service import SessionData

D = dt.date


@pytest.fixture
def year_of_training(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        office.set_office_name(s, "柳北桥社区党委")
        wang = people.add_person(s, PersonData(name="王芳", roles={Role.CADRE}))
        li = people.add_person(s, PersonData(name="李强", roles={Role.CADRE, Role.PARTY_MEMBER}))
        theory = service.add_session(s, SessionData("学习贯彻党的二十大精神", D(2026, 3, 2), D(2026, 3, 11), 10, 0,
                                                    "political_theory", "街道党工委", "党群服务中心"))
        service.set_participants(s, theory, [wang, li])
        service.set_attended(s, theory, li, False)
        target = service.add_session(s, SessionData("发展对象集中培训", D(2026, 5, 11), D(2026, 5, 13), 3, 24,
                                                    "development_target"))
        service.set_participants(s, target, [li])
        service.set_certificate(s, target, li, "PX2026-007")
        commendations.add_commendation(s, CommendationData("先进基层党组织", "municipal", D(2026, 6, 28),
                                                           organisation="柳北桥社区党委", awarding_body="柳州市委"))
    return database


def test_workbook_has_the_four_registers_in_chinese(year_of_training, tmp_path):
    with year_of_training.session() as s:
        path = export.write_xlsx(s, 2026, tmp_path / "training.xlsx", language="zh_CN")
    book = load_workbook(path)
    assert book.sheetnames == ["培训台账", "参训人员", "个人统计", "表彰奖励"]
    register = book["培训台账"]
    assert register["A1"].value == "柳北桥社区党委2026年培训台账"
    assert [c.value for c in register[3]][:7] == [1, "学习贯彻党的二十大精神", "政治理论", "街道党工委",
                                                  "2026-03-02至2026-03-11", 10, None]
    assert [c.value for c in register[3]][8:11] == [2, 1, None]
    listed = [[c.value for c in row] for row in book["参训人员"].iter_rows(min_row=3)]
    assert ["发展对象集中培训", "李强", "到", "PX2026-007"] == [listed[2][1], listed[2][3], listed[2][5], listed[2][6]]
    rows = {row[1].value: row for row in book["个人统计"].iter_rows(min_row=3)}
    assert [c.value for c in rows["王芳"]][6:] == [10, 10, None, "已达标"]
    assert [c.value for c in rows["李强"]][6:] == [3, 10, 7, "未达标"]
    assert rows["李强"][1].fill.start_color.rgb.endswith(export.SHORT_FILL), "the short row is shaded"
    assert rows["王芳"][1].fill.fill_type is None
    awards = book["表彰奖励"]
    assert [awards["C3"].value, awards["D3"].value, awards["E3"].value] == ["先进基层党组织", "市级", "柳北桥社区党委"]


def test_every_sheet_prints_one_page_wide_with_its_header_repeated(year_of_training, tmp_path):
    with year_of_training.session() as s:
        path = export.write_xlsx(s, 2026, tmp_path / "training.xlsx", language="en")
    book = load_workbook(path)
    assert book.sheetnames == ["Training", "Participants", "Per person", "Commendations"]
    for ws in book.worksheets:
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) and ws.page_setup.fitToWidth == 1
        assert ws.print_title_rows == "$2:$2" and ws.freeze_panes == "A3"
        assert ws["A2"].font.b and ws["A3"].font.name == "SimSun"
    assert book["Training"]["C3"].value == "Political theory"


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="partyplan")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    common.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    training_command.add_parser(sub, common)
    return parser.parse_args(argv)


def test_command_line_writes_the_year(year_of_training, db_location, tmp_path, capsys):
    year_of_training.close()
    out = tmp_path / "out.xlsx"
    args = parse("training", "export", "--year", "2026", "--xlsx", str(out), "--db", db_location, "--lang", "en")
    assert running.execute(args) == 0
    assert "training sessions 2, people short of the requirement 1" in capsys.readouterr().out
    assert load_workbook(out)["Per person"].max_row == 4
    folder = parse("training", "export", "--year", "2026", "--xlsx", str(tmp_path), "--db", db_location)
    assert running.execute(folder) == 1
    assert "Error:" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parse("training", "export", "--year", "26", "--xlsx", str(out))
