"""Saving a parsed plan: the tree read back is the tree parsed, in order, and the Plans tab's own
editing carries on from it (a new item goes last)."""

from __future__ import annotations

from pathlib import Path

from partyplan.plans import service
from partyplan.plans.importing import SECTION_TITLE_MAX, store_parsed
from partyplan.plans.text_import import ParsedItem, ParsedPlan, ParsedSection, parse_plan

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "plans"


def shape_of_parsed(sections: list[ParsedSection]) -> list[tuple]:
    def item(i: ParsedItem) -> tuple:
        return (i.number, i.text or i.number, [item(sub) for sub in i.items])

    return [(s.title, s.quarter, [item(i) for i in s.items], shape_of_parsed(s.sections)) for s in sections]


def shape_of_stored(sections) -> list[tuple]:  # type: ignore[no-untyped-def]
    def item(i) -> tuple:  # type: ignore[no-untyped-def]
        return (i.number, i.title, [item(sub) for sub in i.children])

    return [(s.title, s.quarter, [item(i) for i in s.items], shape_of_stored(s.sections)) for s in sections]


def test_the_stored_tree_is_the_parsed_tree(database) -> None:  # type: ignore[no-untyped-def]
    text = (SAMPLES / "zh-community-party-committee-2026.txt").read_text(encoding="utf-8").replace(
        "推荐文章", "五、其他\n1. 学习：（1）读书；（2）讨论。\n2. 总结\n①写材料\n②报送\n\n推荐文章")
    parsed = parse_plan(text)
    with database.session() as session:
        plan_id = store_parsed(session, parsed, 2026, organization="柳北桥社区")
    with database.session() as session:
        tree = service.load_tree(session, plan_id)
    assert (tree.plan.title, tree.plan.organization, tree.plan.notes) == (parsed.title, "柳北桥社区", "推荐文章")
    assert shape_of_stored(tree.sections) == shape_of_parsed(parsed.sections)


def test_positions_are_counted_per_parent_and_editing_goes_on_from_them(database) -> None:  # type: ignore[no-untyped-def]
    parsed = ParsedPlan("Plan", "", [
        ParsedSection("一", "A", items=[ParsedItem("1", "a1", [ParsedItem("1", "a1.1"), ParsedItem("2", "a1.2")]),
                                        ParsedItem("2", "a2")],
                      sections=[ParsedSection("一", "A.1", items=[ParsedItem("1", "x")]), ParsedSection("二", "A.2")]),
        ParsedSection("二", "B", items=[ParsedItem("1", "b1")]),
    ])
    with database.session() as session:
        plan_id = store_parsed(session, parsed, 2027)
        a, b = (s.id for s in service.load_tree(session, plan_id).sections)
        service.add_item(session, a, "a3")
        service.add_section(session, plan_id, "C")
    with database.session() as session:
        from sqlalchemy import select

        from partyplan.db.models import PlanItem, PlanSection

        sections = session.execute(select(PlanSection.title, PlanSection.parent_id, PlanSection.position)
                                   .order_by(PlanSection.id)).all()
        items = session.execute(select(PlanItem.title, PlanItem.position).order_by(PlanItem.id)).all()
    assert [(title, position) for title, _, position in sections] == [
        ("A", 0), ("B", 1), ("A.1", 0), ("A.2", 1), ("C", 2)]
    assert sorted(items) == sorted([("a1", 0), ("a2", 1), ("x", 0), ("b1", 0), ("a1.1", 0), ("a1.2", 1), ("a3", 2)])


def test_a_heading_longer_than_its_column_keeps_the_rest_in_the_text(database) -> None:  # type: ignore[no-untyped-def]
    title = "加强" * 400
    parsed = ParsedPlan("Plan", "", [ParsedSection("一", title, text="正文", items=[ParsedItem("1", "x")])])
    with database.session() as session:
        plan_id = store_parsed(session, parsed, 2027)
        (section,) = service.load_tree(session, plan_id).sections
    assert section.title == title[:SECTION_TITLE_MAX]
    assert section.text == title[SECTION_TITLE_MAX:] + "\n正文"
