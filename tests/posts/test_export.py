"""The volunteer-posts workbook opened again: three sheets, their rows, marks and print set-up; and the
`partyplan posts export` command that writes it."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest
from openpyxl import load_workbook

from partyplan import office
from partyplan.cli import posts as posts_command
from partyplan.cli import running
from partyplan.db.models import Role
from partyplan.errors import ExportTargetError
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.posts import export, service, service_records, visits
from partyplan.posts.service import PostData
from partyplan.posts.service_records import ServiceData, Unit
from partyplan.posts.visits import VisitData

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def filled(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        office.set_office_name(s, "柳北桥社区党委")
        service.seed_default_posts(s)
        ids = [people.add_person(s, PersonData(name=name, roles=roles, household=household), TODAY)
               for name, roles, household in (("王芳", {Role.PARTY_MEMBER}, "3-502"), ("李强", {Role.VOLUNTEER}, "5-101"),
                                              ("张伟", {Role.PARTY_MEMBER, Role.VOLUNTEER}, None))]
        posts = {p.key: p for p in service.list_posts(s)}
        patrol = posts["patrol"]
        service.save_post(s, PostData(patrol.name, patrol.name_en, patrol.description, ids[0], 1, patrol.skills), patrol.id)
        service.assign(s, patrol.id, ids[0], skill="巡逻", since=dt.date(2025, 3, 1))
        service.assign(s, patrol.id, ids[1], skill="消防", since=dt.date(2026, 2, 1))
        service.assign(s, posts["mediation"].id, ids[0], skill="调解", since=dt.date(2026, 1, 1), main=False)
        service_records.add_record(s, ServiceData(dt.date(2026, 3, 12), "义务植树", (ids[0], ids[1]), 4, Unit.HOURS,
                                                  posts["environment"].id), TODAY)
        service_records.add_record(s, ServiceData(dt.date(2026, 9, 1), "夜间巡逻", (ids[0],), 1, Unit.DAYS, patrol.id),
                                   TODAY)
        service_records.add_record(s, ServiceData(dt.date(2025, 9, 1), "去年巡逻", (ids[2],), 8), TODAY)
        visits.add_visit(s, VisitData("", dt.date(2026, 5, 1), (ids[1],), ids[0], "老两口同住", "屋顶漏水", "联系物业",
                                      dt.date(2026, 5, 6)), TODAY)
        visits.add_visit(s, VisitData("9号楼", dt.date(2026, 6, 1), (ids[1], ids[2]), None, "独居老人", "买菜困难",
                                      follow_up_due=dt.date(2026, 7, 1)), TODAY)
        visits.add_visit(s, VisitData("3-502", dt.date(2026, 8, 1), (ids[2],)), TODAY)
    return ids


def values(ws, row: int) -> list[object]:  # type: ignore[no-untyped-def]
    return [c.value for c in ws[row]]


def test_chinese_workbook_has_three_print_ready_sheets(database, filled, tmp_path):
    out = tmp_path / "posts.xlsx"
    with database.session() as s:
        export.write_xlsx(s, 2026, out, language="zh_CN", today=TODAY)
    book = load_workbook(out)
    assert book.sheetnames == ["岗位花名册", "服务时长", "入户走访"]
    roster, hours, register = (book[name] for name in book.sheetnames)
    assert roster["A1"].value == "柳北桥社区党委2026年志愿服务岗位花名册"
    assert values(roster, 2) == ["岗位", "负责人", "人数/定员", "所需技能", "序号", "姓名", "身份", "奉献技能", "认岗时间"]
    assert values(roster, 3)[:8] == ["治安巡逻岗", "王芳", "2/1", "巡逻、消防、安全防范", 1, "王芳", "党员", "巡逻"]
    assert values(roster, 4)[4:8] == [2, "李强", "志愿者", "消防"]
    assert values(roster, 4)[:4] == ["治安巡逻岗", "王芳", "2/1", "巡逻、消防、安全防范"], "the post on every row"
    assert roster["A4"].font.color.rgb.endswith(export.REPEAT_COLOUR), "the rows after the first in grey"
    assert roster["A3"].font.color.type == "theme", "the first row in black"
    assert roster["F3"].border.top.style == "medium" and roster["F4"].border.top.style == "thin"
    assert [str(r) for r in roster.merged_cells.ranges] == ["A1:I1"], "only the title is merged"
    assert values(roster, 5)[:6] == ["政策宣传岗", None, "0", "宣讲、写作、板报", None, "（暂无）"]
    mediation = next(row for row in roster.iter_rows(min_row=3, values_only=True) if row[0] == "纠纷调解岗")
    assert mediation[5] == "王芳（兼）"
    assert hours["A1"].value == "柳北桥社区党委志愿服务时长统计（2026-01-01至2026-12-31）"
    assert values(hours, 2) == ["序号", "姓名", "身份", "岗位", "服务次数", "服务时长（小时）", "折合天数", "是否达标"]
    assert values(hours, 3) == [1, "王芳", "党员", "治安巡逻岗、纠纷调解岗", 2, 12, 1.5, "是"]
    assert values(hours, 4) == [2, "李强", "志愿者", "治安巡逻岗", 1, 4, 0.5, "否（差4小时）"]
    assert values(hours, 5)[:8] == [3, "张伟", "党员、志愿者", None, 0, 0, 0, "否（差8小时）"]
    assert hours.cell(row=4, column=8).font.color.rgb.endswith("B00020"), "unmet target in red"
    assert values(hours, 6)[0] == "合计" and values(hours, 6)[4:7] == [3, 16, 2]
    assert values(register, 2)[:3] == ["序号", "走访日期", "户号/地址"]
    rows = [values(register, n) for n in (3, 4, 5)]
    assert rows[0][1].date() == dt.date(2026, 5, 1) and rows[0][2:5] == ["3-502", "王芳", "李强"]
    assert rows[0][6:] == ["屋顶漏水", "联系物业", "已解决（2026-05-06）"]
    assert rows[1][4] == "张伟、李强" and rows[1][8] == "待跟进（2026-07-01前）"
    assert register.cell(row=4, column=9).font.color.rgb.endswith("B00020"), "overdue follow-up in red"
    assert rows[2][8] == "—"
    assert register.cell(row=7, column=1).value == "本年度走访2户3次，反映困难2件，解决1件，尚未解决1件。"
    for ws, landscape in ((roster, True), (hours, False), (register, True)):
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0
        assert ws.page_setup.orientation == ("landscape" if landscape else "portrait")
        assert ws.print_title_rows == "$2:$2" and ws["B3"].font.name == "SimSun"
        assert ws.oddFooter.center.text == "第 &P 页 / 共 &N 页"
        assert ws.column_dimensions["A"].width >= 6


def test_every_printed_page_names_the_post_of_its_rows(database, filled, tmp_path):
    """No merged post cells: a page break inside a post of 40 leaves no row without its post's name,
    leader and skills (a merged block printed them once, and the pages after a break showed blanks)."""
    out = tmp_path / "posts.xlsx"
    with database.session() as s:
        publicity = next(p for p in service.list_posts(s) if p.key == "publicity")
        for n in range(40):
            person = people.add_person(s, PersonData(name=f"宣传员{n:02d}", roles={Role.VOLUNTEER}), TODAY)
            service.assign(s, publicity.id, person, skill="板报", since=dt.date(2026, 1, 1))
        export.write_xlsx(s, 2026, out, language="zh_CN", today=TODAY)
    roster = load_workbook(out)["岗位花名册"]
    rows = [row for row in roster.iter_rows(min_row=3, values_only=True) if row[5] and row[5].startswith("宣传员")]
    assert len(rows) == 40 and all(row[:4] == ("政策宣传岗", None, "40", "宣讲、写作、板报") for row in rows)
    assert len(roster.merged_cells.ranges) == 1


def test_english_words_and_a_shorter_period(database, filled, tmp_path):
    out = tmp_path / "posts-en.xlsx"
    with database.session() as s:
        export.write_xlsx(s, 2026, out, language="en", today=TODAY, start=dt.date(2026, 1, 1),
                          end=dt.date(2026, 6, 30))
    book = load_workbook(out)
    assert book.sheetnames == ["Post roster", "Service hours", "Household visits"]
    roster, hours, register = (book[name] for name in book.sheetnames)
    assert values(roster, 3)[0] == "Public-security patrol" and values(roster, 3)[6] == "Party member"
    assert values(hours, 2) == ["No.", "Name", "Role", "Post", "Records", "Hours", "Days"], "no target column for half a year"
    assert [values(hours, n)[1:6] for n in (3, 4)] == [
        ["李强", "Volunteer", "Public-security patrol", 1, 4],
        ["王芳", "Party member", "Public-security patrol, Dispute mediation", 1, 4]]  # equal hours: by name
    assert values(register, 3)[8] == "resolved 2026-05-06" and register.oddFooter.center.text == "Page &P of &N"


def test_a_locked_file_is_refused_and_left_as_it_was(database, filled, tmp_path, monkeypatch):
    out = tmp_path / "posts.xlsx"
    out.write_bytes(b"previous export")
    import os

    def locked(*_args):  # type: ignore[no-untyped-def]
        raise PermissionError("in use by Excel")

    monkeypatch.setattr(os, "replace", locked)
    with database.session() as s, pytest.raises(ExportTargetError) as info:
        export.write_xlsx(s, 2026, out, language="en", today=TODAY)
    assert info.value.reason == "locked" and out.read_bytes() == b"previous export"
    assert list(tmp_path.glob("*.xlsx")) == [out]


# -- the command line --------------------------------------------------------------------------
def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="partyplan")
    main.add_argument("--db")
    main.add_argument("--lang")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    common.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS)
    posts_command.add_parser(main.add_subparsers(dest="command"), common)
    return main


def test_command_line_writes_all_three_sheets(db_location, database, filled, tmp_path, capsys, qapp):
    out = tmp_path / "posts.xlsx"
    args = parser().parse_args(["posts", "export", "--year", "2026", "--xlsx", str(out), "--db", db_location,
                                "--lang", "zh_CN"])
    assert running.execute(args) == 0
    assert str(out) in capsys.readouterr().out
    book = load_workbook(out)
    assert book.sheetnames == ["岗位花名册", "服务时长", "入户走访"]
    assert book["服务时长"]["B3"].value == "王芳"


def test_command_line_refuses_a_missing_folder_and_a_bad_year(db_location, database, filled, tmp_path, capsys, qapp):
    out = tmp_path / "nowhere" / "posts.xlsx"
    args = parser().parse_args(["posts", "export", "--year", "2026", "--xlsx", str(out), "--db", db_location,
                                "--lang", "en"])
    assert running.execute(args) == 1
    assert "the folder does not exist" in capsys.readouterr().err and not out.exists()
    with pytest.raises(SystemExit):
        parser().parse_args(["posts", "export", "--year", "26", "--xlsx", str(out)])
    assert "not a year" in capsys.readouterr().err
