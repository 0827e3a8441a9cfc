"""Meeting papers opened again: the minutes in Word (official style, Chinese fonts, attendance,
resolutions), sign-in sheets in Word and Excel, and the year's register in Excel."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from openpyxl import load_workbook

from partyplan import office as office_settings
from partyplan.db.models import Majority, Presence
from partyplan.errors import ExportTargetError
from partyplan.meetings import cadence, export, service, types
from partyplan.meetings.service import AttendeeData, RecordData, ResolutionData

from . import TODAY, make_office


@pytest.fixture
def held(database):  # type: ignore[no-untyped-def]
    """A branch general meeting held with one member on leave, one absent, two resolutions (one voted)."""
    with database.session() as s:
        office_settings.set_office_name(s, "柳北桥社区党委")
        types.seed_default_types(s)
        office = make_office(s)
        kinds = {t.key: t.id for t in types.list_types(s)}
        cadence.generate_schedule(s, 2026)
        meeting = next(m for m in service.list_meetings(s, 2026) if m.type_id == kinds["general_meeting"]
                       and m.planned_on.month == 11)
        attendees = [AttendeeData(p, can_vote=p != office.probationary) for p in office.party]
        attendees[3] = AttendeeData(office.party[3], Presence.LEAVE, "外出务工")
        attendees[4] = AttendeeData(office.party[4], Presence.ABSENT)
        service.record_meeting(s, meeting.id, RecordData(
            dt.date(2026, 11, 16), dt.time(14, 30), "社区党群服务中心", office.cadres[0], office.cadres[1],
            "通报第四季度工作\n讨论发展党员", "会议由张书记主持。\n与会党员逐一发言。", tuple(attendees),
            (ResolutionData("同意接收预备党员一名", office.cadres[0], None, True, 6, 1, 0, Majority.MORE_THAN_HALF),
             ResolutionData("年底前走访困难党员", office.cadres[2], dt.date(2026, 12, 20)))), today=TODAY)
        planned = next(m for m in service.list_meetings(s, 2026) if m.type_id == kinds["briefing"]
                       and m.planned_on.month == 11)
    return meeting.id, planned.id, office


def test_minutes_in_word_official_style(database, held, tmp_path):
    meeting_id, _planned, _office = held
    out = tmp_path / "minutes.docx"
    with database.session() as s:
        export.write_minutes_docx(s, meeting_id, out)
    doc = Document(out)
    texts = [p.text for p in doc.paragraphs if p.text.strip()]
    assert texts[0] == "柳北桥社区党委支部党员大会记录"
    assert doc.paragraphs[0].style.name == "Title"
    assert "一、出席情况" in texts and "二、会议议题" in texts and "三、会议内容" in texts and "四、会议决议" in texts
    assert texts[texts.index("一、出席情况") + 1].startswith("出席：") and "请假：党员1（外出务工）" in texts
    assert "缺席：党员2" in texts and "1. 通报第四季度工作" in texts and "会议由张书记主持。" in texts
    facts = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert facts[0] == ["时间", "2026年11月16日 14:30", "地点", "社区党群服务中心"]
    assert facts[1] == ["主持人", "张书记", "记录人", "李委员"]
    assert facts[2] == ["应到人数", "10", "实到人数", "8"] and facts[3] == ["请假人数", "1", "缺席人数", "1"]
    assert facts[4][:2] == ["出席率", "80%"]
    resolutions = [[c.text for c in row.cells] for row in doc.tables[1].rows]
    assert resolutions[0] == ["序号", "决议事项", "责任人", "完成时限", "表决结果"]
    assert resolutions[1] == ["1", "同意接收预备党员一名", "张书记", "", "通过"]
    assert resolutions[2] == ["2", "年底前走访困难党员", "王委员", "2026年12月20日", "未表决"]
    assert ("第1项表决：有表决权的9人，到会7人；同意6票，反对1票，弃权0票。表决规则：有表决权的人员超过应到会人数的"
            "半数到会方可表决，赞成票超过实到会有表决权人数的半数（至少4票）为通过。表决结果：通过。") in texts
    for style_name in ("Normal", "Title", "Heading 1", "Body Text", "Table Text"):
        fonts = doc.styles[style_name].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")), f"{style_name} has no East Asian font"
    assert doc.styles["Body Text"].element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert doc.styles["Heading 1"].element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.left_margin - Mm(28)) < Mm(1)
    assert "PAGE" in section.footer._element.xml


def test_minutes_in_english(database, held, tmp_path):
    meeting_id, _planned, _office = held
    out = tmp_path / "minutes-en.docx"
    with database.session() as s:
        export.write_minutes_docx(s, meeting_id, out, language="en")
    doc = Document(out)
    texts = [p.text for p in doc.paragraphs if p.text.strip()]
    assert texts[0] == "Minutes: Branch general meeting" and "On leave: 党员1 (外出务工)" in texts
    assert [c.text for c in doc.tables[1].rows[1].cells][4] == "passed"
    assert ("Vote on item 1: 7 of 9 with voting rights present; for 6, against 1, abstaining 0. Rule: valid with "
            "more than half of those entitled to vote present; passed with votes for from more than half of the "
            "voters present (at least 4). Result: passed.") in texts


def test_sign_in_sheets_for_a_planned_meeting(database, held, tmp_path):
    _held, planned_id, office = held
    docx_out, xlsx_out = tmp_path / "sign.docx", tmp_path / "sign.xlsx"
    with database.session() as s:
        export.write_sign_in_docx(s, planned_id, docx_out)
        export.write_sign_in_xlsx(s, planned_id, xlsx_out, blank_rows=3)
    doc = Document(docx_out)
    assert doc.paragraphs[0].text == "情况通报会签到表"
    rows = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert rows[0] == ["序号", "姓名", "身份", "签到", "备注"]
    people = {r[1]: r[2] for r in rows[1:] if r[1]}
    assert len(people) == len(office.party) + len(office.reps)  # the briefing's group: members and representatives
    assert people["张书记"] == "干部、党员" and people["预备党员赵"] == "预备党员" and people["代表1"] == "居民代表"
    assert rows[-1] == ["", "", "", "", ""], "blank rows for people who come unannounced"
    assert doc.styles["Table Text"].element.rPr.rFonts.get(qn("w:eastAsia"))
    ws = load_workbook(xlsx_out).active
    assert ws["A1"].value == "情况通报会签到表" and ws["A2"].value.startswith("会议时间：2026年11月")
    assert [c.value for c in ws[3]] == ["序号", "姓名", "身份", "签到", "备注"]
    assert ws.max_row == 3 + len(people) + 3 and ws["B4"].font.name == "SimSun"
    assert ws.print_title_rows == "$3:$3" and ws.sheet_properties.pageSetUpPr.fitToPage


def test_register_of_the_year(database, held, tmp_path):
    meeting_id, _planned, _office = held
    out = tmp_path / "register.xlsx"
    with database.session() as s:
        export.write_register_xlsx(s, 2026, out, today=TODAY)
    book = load_workbook(out)
    ws = book["2026"]
    assert ws["A1"].value == "2026年会议记录台账"
    assert [c.value for c in ws[2]] == ["序号", "日期", "时间", "会议类型", "会议名称", "地点", "主持人", "应到", "实到",
                                        "出席率", "决议事项"]
    assert ws.max_row == 3, "only the held meeting is in the register"
    row = [c.value for c in ws[3]]
    assert row[1].date() == dt.date(2026, 11, 16) and row[3] == "支部党员大会" and row[7:9] == [10, 8]
    assert row[9] == pytest.approx(0.8) and ws.cell(row=3, column=10).number_format == "0%"
    assert row[10] == ("1. 同意接收预备党员一名（责任人：张书记，通过）\n"
                       "2. 年底前走访困难党员（责任人：王委员，期限：2026-12-20）")
    assert ws["D3"].font.name == "SimSun" and ws["A2"].font.b
    check = book["完成情况"]
    assert [c.value for c in check[2]] == ["会议类型", "频次", "第1季度", "第2季度", "第3季度", "第4季度", "全年"]
    general = next(r for r in check.iter_rows(min_row=3, values_only=True) if r[0] == "支部党员大会")
    assert general == ("支部党员大会", "每季度", "0/1", "0/1", "0/1", "1/1", "1/4")
    missing_cell = next(r for r in check.iter_rows(min_row=3) if r[0].value == "支部党员大会")[2]
    assert missing_cell.fill.fgColor.rgb.endswith("F8D7DA")
    assert meeting_id


def test_locked_target_is_refused_and_left_alone(database, held, tmp_path, monkeypatch):
    meeting_id, _planned, _office = held
    out = tmp_path / "minutes.docx"
    out.write_bytes(b"old")
    import os

    def refuse(*_args):  # type: ignore[no-untyped-def]
        raise PermissionError("locked")

    monkeypatch.setattr(os, "replace", refuse)
    with database.session() as s, pytest.raises(ExportTargetError):
        export.write_minutes_docx(s, meeting_id, out)
    assert out.read_bytes() == b"old"


@pytest.mark.parametrize(("people", "blanks"), [(3, 5), (12, 3), (15, 1), (30, 5)])
def test_sign_in_blank_rows_stop_at_the_foot_of_the_first_page(people, blanks, monkeypatch, database, held,
                                                               tmp_path):
    """Twelve people and five blank rows put one blank row on a second page of its own."""
    from partyplan.meetings import export as meeting_export

    monkeypatch.setattr(meeting_export, "sign_in_people", lambda *_a: [(f"人{n}", "党员") for n in range(people)])
    with database.session() as s:
        meeting_export.write_sign_in_docx(s, held[1], tmp_path / "sign.docx")
    rows = [[c.text for c in row.cells] for row in Document(tmp_path / "sign.docx").tables[0].rows[1:]]
    assert len(rows) == people + blanks and rows[-1] == ["", "", "", "", ""]
