"""A plan exported to Word and imported again is the same plan: sections, items with their unit, people
and period, sub-points, targets with their sources, and the office and date that sign it."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan import office
from partyplan.plans import export, importing, periods, service, targets
from partyplan.plans.text_import import parse_plan, read_plan_file

TODAY = dt.date(2026, 11, 22)


def shape(session, plan_id: int) -> dict:  # type: ignore[no-untyped-def, type-arg]
    """What the plan says, without ids or progress: the part a Word file carries."""
    tree = service.load_tree(session, plan_id)

    def item(node) -> tuple:  # type: ignore[no-untyped-def, type-arg]
        return (node.number, node.title, node.responsible_unit, tuple(sorted(name for _i, name in node.people)),
                node.recurrence.value, node.due_date, node.month,
                periods.item_quarter(node.quarter, node.month, node.due_date, None),
                tuple(item(child) for child in node.children))

    def section(node) -> tuple:  # type: ignore[no-untyped-def, type-arg]
        return (node.title, node.text, node.quarter, tuple(item(i) for i in node.items),
                tuple(section(s) for s in node.sections))

    rows = targets.list_targets(session, plan_id, tree.plan.year)
    return {"title": tree.plan.title, "guiding": tree.plan.guiding_text, "office": tree.plan.organization,
            "dated": tree.plan.dated, "notes": tree.plan.notes, "sections": [section(s) for s in tree.sections],
            "targets": [(t.indicator, t.comparison, t.target_value, t.unit, targets.canonical_source(t.source))
                        for t in rows]}


@pytest.fixture
def demo_office(demo_database):  # type: ignore[no-untyped-def]
    database = demo_database
    with database.session() as s:
        plan_id = next(p.id for p in service.list_plans(s) if p.end_year is None)
        sub = service.add_section(s, plan_id, "加强阵地建设", parent_id=service.load_tree(s, plan_id).sections[0].id)
        item = service.add_item(s, sub, "改造党群服务中心", number="1", responsible_unit="社区居委会",
                                due_date=dt.date(2026, 6, 30))
        service.add_item(s, sub, "添置桌椅", number="1", parent_id=item)
    return database, plan_id


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_plan_exported_to_word_reads_back_as_the_same_plan(demo_office, tmp_path, language):
    database, plan_id = demo_office
    path = tmp_path / "plan.docx"
    with database.session() as s:
        export.write_docx(s, plan_id, path, language=language, today=TODAY)
        before = shape(s, plan_id)
    parsed = parse_plan(read_plan_file(path))  # what Plans > Import and `plan import` do
    assert parsed.notes == [], "the signature and the targets are not notes"
    with database.session() as s:
        again = importing.store_parsed(s, parsed, 2026, organization=office.office_name(s))
    with database.session() as s:
        after = shape(s, again)
    assert after["targets"] == before["targets"] and len(before["targets"]) == 4
    assert (after["office"], after["dated"]) == ("柳北桥社区党委", dt.date(2026, 1, 8))
    assert after["sections"] == before["sections"]
    assert after == before


def test_the_targets_table_reads_back_whatever_its_place(database, tmp_path):
    """A table of targets at the end, an empty actual cell, a row that is no target: the last row is not
    taken for the signature, and the odd row is kept as a note."""
    text = ("2026年工作计划\n一、学习\n1. 读书（责任单位：社区党委；时间：3月）\n二、主要目标\n指标\t目标\t目前完成\t实际数来源\n"
            "示范点\t不少于2个\t填报\n女性比例\t不少于26%\t100%\t发展党员档案（女性比例）\n备注行\t见附件\n"
            "注：目前完成数截至2026年11月22日。\n\n柳北桥社区党委\n2026年1月5日")
    parsed = parse_plan(text)
    assert [(t.indicator, t.target_value, t.unit, t.source) for t in parsed.targets] == [
        ("示范点", 2.0, "个", None), ("女性比例", 26.0, "%", "dev_women_share")]
    assert parsed.notes == ["备注行\t见附件"]
    assert [s.title for s in parsed.sections] == ["学习"]
    assert parsed.sections[0].items[0].text == "读书" and parsed.sections[0].items[0].details.month == 3
