"""Plan exports opened again: Word text, fonts and page set-up; Excel rows, print set-up."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from openpyxl import load_workbook

from partyplan.db.models import ItemStatus, Recurrence
from partyplan.errors import ExportTargetError
from partyplan.plans import export, service, targets
from partyplan.plans.service import PlanData

TODAY = dt.date(2026, 11, 22)
# What an English export must not write itself (the office's own Chinese text is kept as it is)
CHINESE_MARKS = re.compile(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|\d{4}年\d{1,2}月\d{1,2}日|责任单位|时间：|"
                           r"第[一二三四1-4]季度|注：")


@pytest.fixture
def plan_id(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        plan_id = service.create_plan(s, PlanData(year=2026, title="柳北桥社区党委2026年工作计划",
                                                  organization="柳北桥社区党委", guiding_text="为切实加强社区党建工作，制定本计划。",
                                                  dated=dt.date(2026, 1, 8)))
        one = service.add_section(s, plan_id, "抓好制度建设")
        sub = service.add_section(s, plan_id, "加强干部培训", parent_id=one)
        two = service.add_section(s, plan_id, "民主议事")
        a = service.add_item(s, sub, "组织干部培训，全年不少于10天", number="1", responsible_unit="社区党委", quarter=2)
        service.add_item(s, two, "每季度召开情况通报会", number="1", recurrence=Recurrence.QUARTERLY)
        late = service.add_item(s, two, "召开听证会", number="2", quarter=1)
        service.update_item(s, a, {"status": ItemStatus.DONE, "completed_on": dt.date(2026, 6, 20)})
        service.add_note(s, late, "等待街道批复", dt.date(2026, 4, 2))
        targets.add_target(s, plan_id, targets.TargetData("市级示范点", 2, "个"))
    return plan_id


def test_word_plan_has_official_layout_and_chinese_fonts(database, plan_id, tmp_path):
    out = tmp_path / "plan.docx"
    with database.session() as s:
        export.write_docx(s, plan_id, out, today=TODAY)
    doc = Document(out)
    texts = [p.text for p in doc.paragraphs if p.text.strip()]
    assert texts[0] == "柳北桥社区党委2026年工作计划"
    assert "一、抓好制度建设" in texts and "（一）加强干部培训" in texts and "二、民主议事" in texts
    assert "1. 组织干部培训，全年不少于10天（责任单位：社区党委；时间：第二季度）" in texts
    assert "三、主要目标" in texts and texts[-2] == "柳北桥社区党委"
    assert texts[-1] == "2026年1月8日", "the plan's own date, not the day it was exported"
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["指标", "目标", "目前完成", "实际数来源"]
    assert [c.text for c in table.rows[1].cells] == ["市级示范点", "不少于2个", "", "填报"]
    assert "注：目前完成数截至2026年11月22日。" in texts
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Body Text"):
        fonts = doc.styles[style_name].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")), f"{style_name} has no East Asian font"
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.top_margin - Mm(37)) < Mm(1)
    footer_xml = section.footer._element.xml + section.even_page_footer._element.xml
    assert "PAGE" in footer_xml


def test_excel_progress_table(database, plan_id, tmp_path):
    out = tmp_path / "progress.xlsx"
    with database.session() as s:
        export.write_xlsx(s, plan_id, out, language="zh_CN", today=TODAY)
    ws = load_workbook(out).active
    assert ws["A1"].value == "柳北桥社区党委2026年工作计划"
    assert [c.value for c in ws[2]] == ["部分", "序号", "任务", "责任单位/责任人", "时间", "状态", "完成日期", "最新进展"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert rows[0][:6] == ["加强干部培训", "1", "组织干部培训，全年不少于10天", "社区党委", "第二季度", "已完成"]
    assert rows[0][6].date() == dt.date(2026, 6, 20)
    assert rows[1][5] == "已完成0/4" and rows[1][4] == "每季度"
    assert rows[2][5] == "未开始" and rows[2][7] == "2026-04-02 等待街道批复"
    assert ws.cell(row=5, column=6).font.color.rgb.endswith("B00020"), "overdue status in red"
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToHeight == 0 and ws.print_title_rows == "$2:$2"
    assert ws["C3"].font.name == "SimSun"


def test_english_table_and_locked_target(database, plan_id, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "progress.xlsx"
    out.write_bytes(b"previous export")
    import os

    def locked(*_args):  # type: ignore[no-untyped-def]
        raise PermissionError("in use by Excel")

    monkeypatch.setattr(os, "replace", locked)
    with database.session() as s, pytest.raises(ExportTargetError) as info:
        export.write_xlsx(s, plan_id, out, language="en", today=TODAY)
    assert info.value.reason == "locked" and out.read_bytes() == b"previous export"
    monkeypatch.undo()
    with database.session() as s:
        export.write_xlsx(s, plan_id, out, language="en", today=TODAY)
    assert load_workbook(out).active["F3"].value == "Done"
    assert list(folder.iterdir()) == [out], "no temporary files left behind"


def test_english_word_plan_has_no_chinese_numbering_or_dates(database, plan_id, tmp_path):
    with database.session() as s:
        service.add_item(s, service.load_tree(s, plan_id).sections[1].id, "Report to residents", number="3",
                         due_date=dt.date(2026, 3, 31))
        export.write_docx(s, plan_id, tmp_path / "plan.docx", language="en", today=TODAY)
    doc = Document(tmp_path / "plan.docx")
    texts = [p.text for p in doc.paragraphs if p.text.strip()]
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["Indicator", "Target", "Actual", "Actual value from"]
    assert [c.text for c in doc.tables[0].rows[1].cells] == ["市级示范点", "at least 2个", "", "typed in"]
    assert "1. 抓好制度建设" in texts and "1.1 加强干部培训" in texts and "2. 民主议事" in texts
    assert "1. 组织干部培训，全年不少于10天 (Responsible: 社区党委; Period: Q2)" in texts
    assert "3. Report to residents (Period: by 2026-03-31)" in texts
    assert texts[-1] == "8 January 2026" and texts[-2] == "柳北桥社区党委"
    assert not [t for t in texts if CHINESE_MARKS.search(t)], "no Chinese numbering, dates or labels"


def test_multi_year_plan_shows_the_figures_of_the_year_it_is_exported_in(database, tmp_path):
    with database.session() as s:
        plan_id = service.create_plan(s, PlanData(year=2025, end_year=2027, title="2025—2027年规划",
                                                  organization="柳北桥社区党委", dated=dt.date(2025, 1, 15)))
        target = targets.add_target(s, plan_id, targets.TargetData("示范点", 2, "个"))
        targets.add_actual(s, target, 1, dt.date(2025, 12, 1))
        targets.add_actual(s, target, 3, dt.date(2026, 10, 1))
        targets.add_actual(s, target, 9, dt.date(2027, 3, 1))  # recorded ahead: not yet counted on 22 Nov 2026
        export.write_docx(s, plan_id, tmp_path / "plan.docx", today=TODAY)
    doc = Document(tmp_path / "plan.docx")
    assert [c.text for c in doc.tables[0].rows[1].cells][:3] == ["示范点", "不少于2个", "3个"]
    texts = [p.text for p in doc.paragraphs if p.text.strip()]
    assert texts[-1] == "2025年1月15日"


def test_excel_rows_grow_with_their_wrapped_text(database, plan_id, tmp_path):
    long_task = "建立《社区干部值班记录簿》，记录居民来访事项、答复及办理结果，每月汇总分析一次并向党委报告"  # 90 wide
    with database.session() as s:
        service.add_item(s, service.load_tree(s, plan_id).sections[1].id, long_task, number="3")
        export.write_xlsx(s, plan_id, tmp_path / "plan.xlsx", today=TODAY)
    ws = load_workbook(tmp_path / "plan.xlsx").active
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 3).value == long_task)
    assert ws.column_dimensions["C"].width == 36 and ws.row_dimensions[row].height == 15 * 3 + 4
    assert ws.row_dimensions[3].height == 15 + 4


def test_english_sheet_joins_unit_and_people_the_english_way(database, plan_id, tmp_path):
    from partyplan.people import service as people
    from partyplan.people.validation import PersonData

    with database.session() as s:
        first = service.load_tree(s, plan_id).sections[0].sections[0].items[0].id
        service.set_item_people(s, first, [people.add_person(s, PersonData(name="王芳"))])
        export.write_xlsx(s, plan_id, tmp_path / "plan.xlsx", language="en", today=TODAY)
    ws = load_workbook(tmp_path / "plan.xlsx").active
    assert ws["D3"].value == "社区党委, 王芳" and ws["E3"].value == "Q2"
