"""The yearly summary and the quarterly report, written and opened again."""

from __future__ import annotations

import datetime as dt

from docx import Document
from docx.oxml.ns import qn

from partyplan import office
from partyplan.db.models import ItemStatus, Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.plans import service as plans
from partyplan.reports import summary_data, yearly
from partyplan.rosters import duty_log, service as rosters, setup


def fill(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        office.set_office_name(s, "柳北桥社区党委")
        ids = [people.add_person(s, PersonData(name=f"干部{n}", roles={Role.CADRE})) for n in range(6)]
        setup.seed_default_shifts(s)
        for pid in ids[:3]:
            setup.save_member(s, pid, setup.MemberData(tags=frozenset({"leader"})))
        plan = plans.create_plan(s, plans.PlanData(year=2026, title="2026年工作计划"))
        q1 = plans.add_section(s, plan, "第一季度", quarter=1)
        q3 = plans.add_section(s, plan, "第三季度", quarter=3)
        done = plans.add_item(s, q1, "召开党委扩大会议")
        plans.update_item(s, done, {"status": ItemStatus.DONE, "completed_on": dt.date(2026, 3, 20)})
        late = plans.add_item(s, q3, "入户走访")
        plans.add_note(s, late, "因防汛推迟")
        rosters.publish(s, rosters.generate(s, 2026, 9, time_limit_s=2))
        duty_log.add_entry(s, duty_log.EntryData(day=dt.date(2026, 9, 3), matter="开具居住证明",
                                                 category="certificate"), today=dt.date(2026, 11, 1))
        summary_data.save_notes(s, 2026, "一是培训不足。\n二是走访覆盖面不够。")


def test_yearly_summary_reads_every_part(database, tmp_path):
    fill(database)
    with database.session() as s:
        summary = summary_data.collect(s, summary_data.Period(2026))
    assert summary.duty.months_published == [9] and summary.duty.entries == 1
    out = yearly.write(summary, tmp_path / "总结.docx", today=dt.date(2026, 12, 28))
    doc = Document(out)
    text = [p.text for p in doc.paragraphs if p.text.strip()]
    assert text[0] == "柳北桥社区党委2026年工作总结"
    assert "计划任务共2项，已完成1项，完成率50%" in text[1]
    assert "一、工作计划完成情况" in text and "二、错时值班服务情况" in text and "三、统计图表" in text
    assert any("入户走访（未开始，因防汛推迟）" in t for t in text)
    assert any("召开党委扩大会议（2026年3月20日）" in t for t in text)
    assert "四、经验与不足、下一步工作思路" in text and "二是走访覆盖面不够。" in text
    assert text[-1] == "2026年12月28日"
    assert len(doc.inline_shapes) == 2, "quarter chart and duty chart"
    duty_table = doc.tables[-1]
    assert [c.text for c in duty_table.rows[0].cells] == ["值班人员", "值班次数", "休息日", "节假日"]
    assert len(duty_table.rows) == 1 + 6
    assert doc.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia"))


def test_quarterly_report_takes_only_the_quarter(database, tmp_path):
    fill(database)
    with database.session() as s:
        summary = summary_data.collect(s, summary_data.Period(2026, 1))
    assert summary.duty.months_published == [] and [t for t, _d in summary.plans[0].done_items] == ["召开党委扩大会议"]
    assert summary.plans[0].open_items == []
    doc = Document(yearly.write(summary, tmp_path / "q1.docx", sections=("plans",), today=dt.date(2026, 4, 2)))
    text = [p.text for p in doc.paragraphs if p.text.strip()]
    assert text[0] == "柳北桥社区党委2026年第一季度工作进展情况" and "二、错时值班服务情况" not in text


def test_summary_of_the_demo_office_has_every_area(demo_database, tmp_path):
    today = dt.date(2026, 11, 22)
    with demo_database.session() as s:
        summary = summary_data.collect(s, summary_data.Period(2026), today)
    assert set(summary.extra) == {"posts", "meetings"}
    doc = Document(yearly.write(summary, tmp_path / "demo.docx", today=today))
    text = [p.text for p in doc.paragraphs if p.text.strip()]
    assert "三、志愿服务和入户走访情况" in text and "四、会议召开情况" in text
    assert any(t.startswith("全年召开各类会议") for t in text)
    assert len(doc.inline_shapes) == 3, "quarters, duties per person, attendance by meeting type"
