"""The yearly summary and the quarterly report, written and opened again."""

from __future__ import annotations

import datetime as dt
import re

from docx import Document
from docx.oxml.ns import qn

from partyplan import office
from partyplan.db.models import ItemStatus, Recurrence, Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.plans import service as plans
from partyplan.reports import summary_data, yearly
from partyplan.rosters import duty_log, service as rosters, setup
from partyplan.training import service as training

TODAY = dt.date(2026, 12, 6)


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
    assert text[0] == "柳北桥社区党委2026年\n第一季度工作进展情况", "broken after the year, not inside a word"
    assert "二、错时值班服务情况" not in text


def test_summary_of_the_demo_office_has_every_area(demo_database, tmp_path):
    today = dt.date(2026, 11, 22)
    with demo_database.session() as s:
        summary = summary_data.collect(s, summary_data.Period(2026), today)
    assert set(summary.extra) == {"posts", "meetings", "training", "development"}
    assert all(part is not None for part in summary.extra.values())
    doc = Document(yearly.write(summary, tmp_path / "demo.docx", today=today))
    text = [p.text for p in doc.paragraphs if p.text.strip()]
    assert "三、志愿服务和入户走访情况" in text and "四、会议召开情况" in text
    assert "五、教育培训和表彰情况" in text and "六、发展党员工作情况" in text, "every area README names"
    assert any(t.startswith("全年召开各类会议") for t in text)
    assert any(t.startswith("全年组织和参加培训") for t in text)
    assert any(t.startswith("全年发展新党员") and "数据取自发展党员档案" in t for t in text)
    assert len(doc.inline_shapes) == 3, "quarters, duties per person, attendance by meeting type"


def fill_quarters(database):  # type: ignore[no-untyped-def]
    """Work of the first and third quarters, work that runs all year, and a monthly item."""
    fill(database)
    with database.session() as s:
        plan = plans.list_plans(s)[0].id
        whole = plans.add_section(s, plan, "全年工作")
        trained = plans.add_item(s, whole, "干部培训全年不少于10天")
        plans.update_item(s, trained, {"status": ItemStatus.DONE, "completed_on": dt.date(2026, 5, 10)})
        plans.add_item(s, whole, "重大事项提交居民代表会议表决")
        monthly = plans.add_item(s, whole, "按月公布值班表", recurrence=Recurrence.MONTHLY)
        for month in (1, 2, 3):
            plans.set_occurrence(s, monthly, month, ItemStatus.DONE, dt.date(2026, month, 1))
        training.add_session(s, training.SessionData("一季度党课", dt.date(2026, 2, 3), dt.date(2026, 2, 3), days=1))
        training.add_session(s, training.SessionData("三季度培训", dt.date(2026, 8, 3), dt.date(2026, 8, 4), days=2))


def _text(path) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in Document(path).paragraphs if p.text.strip()]


def test_a_quarters_report_counts_that_quarter(database, tmp_path):
    fill_quarters(database)
    with database.session() as s:
        q1, q3, year = (summary_data.collect(s, summary_data.Period(2026, q), TODAY) for q in (1, 3, None))
    # Q1: the Q1 item and January to March of the monthly item; Q3: the Q3 item and July to September
    assert (q1.plans[0].done, q1.plans[0].total) == (4, 4) and (q3.plans[0].done, q3.plans[0].total) == (0, 4)
    assert (year.plans[0].done, year.plans[0].total) == (5, 16)
    assert [t for t, _d in q1.plans[0].done_items] == ["召开党委扩大会议", "按月公布值班表"]
    assert q3.plans[0].done_items == [] and [t for t, *_ in q3.plans[0].open_items] == ["入户走访"]
    assert "干部培训全年不少于10天" not in [t for t, _d in q1.plans[0].done_items + q3.plans[0].done_items]
    assert [(t, st.value) for t, st, _d in q1.plans[0].year_round] == [
        ("干部培训全年不少于10天", "in_progress"), ("重大事项提交居民代表会议表决", "not_started")], "as on 31 March"
    assert [(t, st.value) for t, st, _d in q3.plans[0].year_round][0] == ("干部培训全年不少于10天", "done")
    assert year.plans[0].year_round == []
    assert [r.data.title for r in q1.extra["training"].sessions] == ["一季度党课"]
    assert [r.data.title for r in q3.extra["training"].sessions] == ["三季度培训"]
    text1 = _text(yearly.write(q1, tmp_path / "q1.docx", today=dt.date(2026, 4, 2)))
    text3 = _text(yearly.write(q3, tmp_path / "q3.docx", today=dt.date(2026, 10, 8)))
    assert text1[1].startswith("2026年第一季度，") and "本季度安排的计划任务共4项，已完成4项，完成率100%" in text1[1]
    assert "另有全年推进、不分季度的工作2项，截至季末已完成0项" in text1[1]
    assert text3[1].startswith("2026年第三季度，") and "本季度安排的计划任务共4项，已完成0项，完成率0%" in text3[1]
    assert "截至季末已完成1项" in text3[1] and "本季度发布错时值班表1个月" in text3[1]
    assert not any("全年（期内）" in t for t in text1 + text3)
    assert "1. 第一季度：完成1/1（100%）。" in text1 and not any(t.startswith("2. 第三季度") for t in text1)
    assert any(t.startswith("全年推进的工作：干部培训全年不少于10天（已完成，2026年5月10日）") for t in text3)
    assert any(t.startswith("本季度组织和参加培训1期，共2天") for t in text3)


def test_new_members_have_one_source_everywhere(database, tmp_path):
    """The demo office: its plans, the summary, the development figures and the plan's Word file all
    count new members from the development files and say so; 'at least' targets passed read "exceeded"."""
    from partyplan import demo
    from partyplan.development import stats
    from partyplan.plans import export as plan_export

    today = dt.date(2026, 11, 22)
    with database.session() as s:
        demo.fill(s, today=today)
        people.add_person(s, PersonData(name="只在名册", roles={Role.PARTY_MEMBER}, joined_date=dt.date(2026, 3, 1)))
        admitted = stats.year_stats(s, 2026, today).new_members
        summary = summary_data.collect(s, summary_data.Period(2026), today)
        annual = next(p for p in plans.list_plans(s) if p.year == 2026 and p.end_year is None)
        plan_export.write_docx(s, annual.id, tmp_path / "plan.docx", today=today)
    assert admitted == 2
    new_members = [t.actual for p in summary.plans for t in p.targets if "新党员" in t.indicator and t.unit == "名"]
    assert new_members == [admitted, admitted], "the three-year plan and the year's plan agree"
    assert summary.extra["development"].figures.new_members == admitted
    text = _text(yearly.write(summary, tmp_path / "summary.docx", today=today))
    assert any(t.startswith(f"全年发展新党员{admitted}名（按支部大会接收为预备党员之日统计，数据取自发展党员档案）")
               for t in text)
    assert sum("注：发展党员相关指标取自发展党员档案" in t for t in text) == 2
    cells = [[c.text for c in row.cells] for table in Document(tmp_path / "summary.docx").tables for row in table.rows]
    women = next(row for row in cells if row[0] == "新党员中女性比例")
    assert women == ["新党员中女性比例", "不少于26%", "100%", "超额完成（100/26）"], "not 385 %"
    assert not any(cell.endswith("%") and int(cell[:-1] or 0) > 100 for row in cells for cell in row[3:4]
                   if cell[:-1].isdigit())
    plan_cells = [[c.text for c in row.cells] for row in Document(tmp_path / "plan.docx").tables[0].rows]
    assert ["发展新党员", "约3名", f"{admitted}名", "发展党员档案（新党员数）"] in plan_cells


def test_english_summary_has_no_chinese_numbering_or_dates(database, tmp_path):
    fill_quarters(database)
    with database.session() as s:
        year, q3 = (summary_data.collect(s, summary_data.Period(2026, q), TODAY) for q in (None, 3))
    text = _text(yearly.write(year, tmp_path / "en.docx", today=dt.date(2026, 12, 28), language="en"))
    assert text[0] == "柳北桥社区党委: Work summary 2026"
    assert text[1].startswith("In 2026, 柳北桥社区党委 carried out its work under the year's plan. Of 16 planned")
    assert "1. Plan results" in text and "2. Staggered-hours duty" in text and text[-1] == "28 December 2026"
    assert any(t.startswith("Training and commendations") or t.endswith("Training and commendations") for t in text)
    assert not [t for t in text if re.search(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|\d{4}年\d{1,2}月"
                                             r"|完成率|本季度|注：|已完成的|尚未完成", t)]
    q3_text = _text(yearly.write(q3, tmp_path / "q3.docx", language="en", today=dt.date(2026, 10, 8)))
    assert q3_text[0] == "柳北桥社区党委: Progress report, Q3 2026" and q3_text[1].startswith("In Q3 2026, ")


def test_target_attainment_words():
    from partyplan.db.models import Comparison
    from partyplan.plans.targets import TargetRow, attainment
    from partyplan.texts import plans as plan_texts

    def row(comparison: Comparison, target: float, actual: float) -> TargetRow:
        ratio, met = attainment(comparison, target, actual)
        return TargetRow(1, "x", "%", comparison, target, None, (), actual, ratio, met)

    assert yearly.attainment_text(row(Comparison.AT_LEAST, 26, 100)) == "超额完成（100/26）"
    assert yearly.attainment_text(row(Comparison.AT_LEAST, 26, 100), "en") == "exceeded (100 of 26)"
    assert plan_texts.attainment_label(row(Comparison.AT_LEAST, 26, 100)) == "exceeded (100 of 26)"
    assert yearly.attainment_text(row(Comparison.AT_LEAST, 4, 2)) == "50%"
    assert yearly.attainment_text(row(Comparison.AT_LEAST, 4, 4)) == "100%"
    assert yearly.attainment_text(row(Comparison.ABOUT, 3, 6)) == "超出目标（6/3）"
    assert yearly.attainment_text(row(Comparison.ABOUT, 30, 31), "en") == "reached (31 of 30)"
    assert yearly.attainment_text(row(Comparison.AT_MOST, 5, 8)) == "62%"
