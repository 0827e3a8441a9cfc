"""The plan importer against the four real sample plans (tests/fixtures/plans/README.md is the
acceptance test), then its rules one by one, then reading files."""

from __future__ import annotations

import datetime as dt

import re
from collections import Counter
from pathlib import Path

import docx
from docx.oxml.ns import qn
import pytest

from partyplan.errors import PartyPlanError
from partyplan.plans.text_import import (
    ParsedItem,
    ParsedPlan,
    ParsedSection,
    UnreadablePlanError,
    count_items,
    parse_plan,
    read_plan_file,
    to_json,
)

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "plans"
DISTRICT = "district-committee-2019-quarters.txt"
UNITED_FRONT = "united-front-2019-sections.txt"
YOUTH = "youth-league-2019-work-points.txt"
CHINESE = "zh-community-party-committee-2026.txt"
ALL_SAMPLES = (DISTRICT, UNITED_FRONT, YOUTH, CHINESE)
WORD = re.compile(r"\w+")
MARK_AT_START = re.compile(r"\s*(?:\d{1,3}\s?[.．、]|[（(]\s?\d|[①-⑳]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def sample_text(name: str) -> str:
    path = SAMPLES / name
    assert path.is_file(), f"sample plan missing: {path}"  # never skip: the samples are the spec
    return path.read_text(encoding="utf-8")


def sample(name: str) -> ParsedPlan:
    return parse_plan(read_plan_file(SAMPLES / name))


def counts(plan: ParsedPlan) -> list[int]:
    return [count_items(section) for section in plan.sections]


def all_sections(sections: list[ParsedSection]) -> list[ParsedSection]:
    return [s for section in sections for s in (section, *all_sections(section.sections))]


def all_items(items: list[ParsedItem]) -> list[ParsedItem]:
    return [i for item in items for i in (item, *all_items(item.items))]


def plan_words(plan: ParsedPlan) -> Counter[str]:
    parts = [plan.title, plan.text, *plan.notes]
    for section in all_sections(plan.sections):
        parts += [section.number, section.title, section.text]
        parts += [f"{item.number} {item.text}" for item in all_items(section.items)]
    return Counter(WORD.findall(" ".join(parts).casefold()))


def lost_words(source: str, plan: ParsedPlan) -> Counter[str]:
    """Words of the source (counted with repeats) that appear nowhere in the parsed plan."""
    return Counter(WORD.findall(source.casefold())) - plan_words(plan)


# ------------------------------------------------------------------------------------ the samples


def test_district_plan_has_four_quarters_and_keeps_the_skipped_number():
    plan = sample(DISTRICT)
    assert plan.title == "2019 District Party Work Plan"
    titles = ["the first season", "Second quarter", "the third quater", "Fourth quarter"]
    assert [s.title for s in plan.sections] == titles
    assert [s.quarter for s in plan.sections] == [1, 2, 3, 4]
    assert counts(plan) == [9, 10, 6, 10]
    assert [i.number for i in plan.sections[0].items] == ["1", "2", "3", "4", "5", "6", "7", "9", "10"]
    assert plan.sections[0].items[7].text == "Complete the presentation materials for the February symposium."
    assert plan.text == ""
    assert plan.notes == ["Work Plan > Department Work Plan", "recommended article", "popular articles"]


def test_united_front_first_section_is_numbered_like_its_items():
    plan = sample(UNITED_FRONT)
    assert plan.title == "Municipal Party Committee United Front Work Department 2019 work plan"
    assert plan.text.startswith("Conscientiously implement the spirit")
    assert [s.number for s in plan.sections] == ["1", "Second", "Third", "Fourth", "V"]
    starts = [
        "Strengthening and perfecting norms",
        "strengthen management according to law",
        "strengthen and consolidate and expand",
        "strengthen liaison and friendship",
        "Strengthen standardized education",
    ]
    assert [s.title[: len(start)] for s, start in zip(plan.sections, starts, strict=True)] == starts
    assert counts(plan) == [3, 3, 3, 3, 4]
    assert all(s.quarter is None for s in plan.sections)


def test_united_front_heading_running_into_body_text_is_split():
    second = sample(UNITED_FRONT).sections[1]
    assert second.title == "strengthen management according to law"
    assert second.text.startswith("and constantly promote the construction of a socialist harmonious society")
    assert second.text.endswith("serve the building of a harmonious socialist society.")


def test_united_front_unnumbered_paragraph_continues_the_item_above():
    third = sample(UNITED_FRONT).sections[2]
    assert third.items[2].text.startswith("Grasping services and innovative means.")
    assert "\nHigh political enthusiasm and high level of political discussion" in third.items[2].text


def test_youth_league_long_headings():
    plan = sample(YOUTH)
    assert plan.title == "The 2019 work points of the Communist Youth League (County) Committee"
    assert plan.text.startswith("In 2019, the theme of the work")
    assert [s.number for s in plan.sections] == ["First", "Second", "Third"]
    assert plan.sections[0].title.startswith("to implement the Party's 18th National Congress")
    assert plan.sections[0].title.endswith("socialism with Chinese characteristics")
    assert plan.sections[1].title.startswith("work closely around the party and government center")
    assert plan.sections[2].title.startswith("taking the 91st anniversary of the Communist Youth League")
    assert counts(plan) == [2, 5, 4]
    # "First, extensively carry out ..." inside item 5 is not a new section
    assert "First, extensively carry out" in plan.sections[1].items[4].text


def test_chinese_plan_with_sub_sections():
    plan = sample(CHINESE)
    assert plan.title == "柳北桥社区党委2026年工作计划"
    assert plan.text.startswith("为切实加强社区党建工作")
    assert [s.number for s in plan.sections] == ["一", "二", "三", "四"]
    assert [s.title for s in plan.sections] == [
        "抓好制度建设，形成社区干部良好管理机制",
        "设岗定责，增强主动服务意识",
        "民主议事，加强基层民主建设",
        "错时服务，践行服务理念",
    ]
    first = plan.sections[0]
    assert [(s.number, s.title) for s in first.sections] == [("一", "加强干部培训"), ("二", "开展民主评议")]
    assert first.items == [] and [count_items(s) for s in first.sections] == [2, 2]
    assert counts(plan) == [4, 3, 3, 3]
    assert plan.notes == ["推荐文章"]


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_nothing_is_lost(name):
    plan = sample(name)
    assert lost_words(sample_text(name), plan) == Counter()


def test_the_lost_words_check_notices_a_dropped_line():
    plan = sample(DISTRICT)
    plan.notes.remove("recommended article")
    plan.sections[0].items.pop()
    lost = lost_words(sample_text(DISTRICT), plan)
    assert {"recommended", "article", "finishing", "binding", "file"} <= set(lost)
    assert "popular" not in lost


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_numbering_is_kept_in_number_and_stripped_from_texts(name):
    plan = sample(name)
    items = [i for s in all_sections(plan.sections) for i in all_items(s.items)]
    assert items
    assert [i.number for i in items if not re.fullmatch(r"\d{1,3}|[①-⑳]", i.number)] == []
    assert [i.text[:20] for i in items if MARK_AT_START.match(i.text) or not i.text] == []
    for section in all_sections(plan.sections):
        assert section.number and section.title
        if section.quarter is None:  # "Second quarter" names its quarter; other titles lose the mark
            assert not section.title.startswith(section.number), section.title


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_json_has_exactly_the_agreed_keys(name):
    def check_section(section):
        assert set(section) == {"title", "text", "sections", "items"}
        assert isinstance(section["title"], str) and isinstance(section["text"], str)
        for sub in section["sections"]:
            check_section(sub)
        for item in section["items"]:
            check_item(item)

    def check_item(item):
        assert set(item) == {"number", "text", "items"}
        assert isinstance(item["number"], str) and isinstance(item["text"], str)
        for sub in item["items"]:
            check_item(sub)

    data = to_json(sample(name))
    assert set(data) == {"title", "text", "sections", "notes"}
    assert all(isinstance(note, str) for note in data["notes"])
    assert data["sections"]
    for section in data["sections"]:
        check_section(section)


# ---------------------------------------------------------------------------------- parsing rules


def test_items_run_together_in_one_paragraph_are_split():
    plan = parse_plan("Plan\nFirst quarter:\n1. Do A. 2. Do B; 3. Do C. 4、Do D.")
    assert [(i.number, i.text) for i in plan.sections[0].items] == [
        ("1", "Do A."), ("2", "Do B;"), ("3", "Do C."), ("4", "Do D."),
    ]  # fmt: skip


def test_chinese_items_run_together_are_split():
    plan = parse_plan("计划\n一、学习\n1.组织学习。2.开展讨论。3、撰写心得。")
    assert [(i.number, i.text) for i in plan.sections[0].items] == [
        ("1", "组织学习。"), ("2", "开展讨论。"), ("3", "撰写心得。"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Raise 2.5 million yuan for the hall. 2. Done.",
        "1. Hold 3 meetings in 2019. 3 people attend each. 2. Done.",
        "1. Review version 1.2. The 2. inside 1.2. is no mark. 2. Done.",
        "1. Finish by March. 7. Seven is too far from 1 to be the next item. 2. Done.",
    ],
)
def test_numbers_that_do_not_continue_the_sequence_are_not_split(paragraph):
    items = parse_plan("Plan\n" + paragraph).sections[0].items
    assert [i.number for i in items] == ["1", "2"]
    assert items[1].text == "Done."


def test_parenthesised_and_circled_sub_points():
    text = "计划\n一、学习\n1. 加强学习：（1）读书；（2）讨论。\n2. 组织活动\n①参观\n②座谈\n3. 总结"
    items = parse_plan(text).sections[0].items
    assert [(i.number, i.text) for i in items] == [("1", "加强学习："), ("2", "组织活动"), ("3", "总结")]
    assert [(s.number, s.text) for s in items[0].items] == [("1", "读书；"), ("2", "讨论。")]
    assert [(s.number, s.text) for s in items[1].items] == [("①", "参观"), ("②", "座谈")]
    assert count_items(parse_plan(text).sections[0]) == 3


def test_parenthesised_numbers_are_items_when_nothing_above_them():
    items = parse_plan("计划\n一、学习\n(1) 读书\n（2）讨论").sections[0].items
    assert [(i.number, i.text, i.items) for i in items] == [("1", "读书", []), ("2", "讨论", [])]


def test_numbered_heading_is_a_section_only_when_numbering_restarts():
    restarted = parse_plan("Plan\n1. Strengthen study\n1. Read\n2. Discuss\n2. Serve people\n1. Visit")
    assert [(s.number, s.title, count_items(s)) for s in restarted.sections] == [
        ("1", "Strengthen study", 2), ("2", "Serve people", 1),
    ]  # fmt: skip
    plain = parse_plan("Plan\n1. Strengthen study\n2. Read\n3. Discuss")
    assert [(s.title, count_items(s)) for s in plain.sections] == [("", 3)]


def test_ordinal_words_must_continue_the_section_sequence():
    plan = parse_plan("Plan\nFirst, study\n1. Read\nFirst, this continues item 1\nSecond, serve\n1. Visit")
    assert [s.title for s in plan.sections] == ["study", "serve"]
    assert plan.sections[0].items[0].text == "Read\nFirst, this continues item 1"


def test_quarter_named_in_a_numbered_heading():
    plan = parse_plan("计划\n一、第一季度\n1. 学习\n二、第二季度：\n1. 走访\n三、其他工作\n1. 总结")
    assert [(s.title, s.quarter) for s in plan.sections] == [("第一季度", 1), ("第二季度", 2), ("其他工作", None)]


def test_items_without_headings_go_into_one_untitled_section():
    plan = parse_plan("Plan\nSome guidance.\n1. Do A\n2. Do B")
    assert plan.text == "Some guidance."
    assert [(s.number, s.title, [i.text for i in s.items]) for s in plan.sections] == [("", "", ["Do A", "Do B"])]


def test_text_with_nothing_numbered_is_all_guiding_text():
    plan = parse_plan("Plan\nWe will study.\nWe will serve.")
    assert (plan.title, plan.text, plan.sections) == ("Plan", "We will study.\nWe will serve.", [])


def test_signature_and_date_below_the_plan_are_its_office_and_date():
    plan = parse_plan("工作计划\n1. 学习\n2. 走访\n\n柳北桥社区党委\n2026年1月5日")
    assert plan.notes == [] and (plan.organization, plan.dated) == ("柳北桥社区党委", dt.date(2026, 1, 5))
    assert plan.sections[0].items[1].text == "走访"
    english = parse_plan("Work plan\n1. Study\n2. Visits\n\nEast Gate Committee\n5 January 2026")
    assert (english.organization, english.dated, english.notes) == ("East Gate Committee", dt.date(2026, 1, 5), [])


def test_given_title_replaces_the_found_one_and_keeps_the_first_line():
    assert parse_plan("Plan 2019\nGuidance.", title="Plan 2019").text == "Guidance."
    other = parse_plan("Plan 2019\nGuidance.", title="Our plan")
    assert (other.title, other.text) == ("Our plan", "Plan 2019\nGuidance.")


def test_a_long_first_line_is_not_a_title():
    plan = parse_plan("为切实加强社区党建工作，结合本社区实际，制定本计划。\n一、学习\n1. 读书")
    assert plan.title == "" and plan.text.startswith("为切实加强")


@pytest.mark.parametrize("text", ["", "  \n\n\u3000\n", "\ufeff"])
def test_parse_of_no_text_is_an_error(text):
    with pytest.raises(UnreadablePlanError) as caught:
        parse_plan(text)
    assert (caught.value.path, caught.value.reason) == (Path("<text>"), "empty")


# ---------------------------------------------------------------------------------- reading files


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-be"])
def test_chinese_sample_reads_back_in_every_encoding(tmp_path, encoding):
    text = sample_text(CHINESE)
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    assert read_plan_file(path) == text
    assert counts(parse_plan(read_plan_file(path))) == [4, 3, 3, 3]


def test_docx_paragraphs_tables_and_word_numbering(tmp_path):
    document = docx.Document()
    for line in sample_text(CHINESE).split("推荐文章")[0].splitlines():  # the rest would be notes
        document.add_paragraph(line)
    document.add_paragraph("五、自动编号")
    document.add_paragraph("组织学习", style="List Number")
    document.add_paragraph("召开会议", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "3.", "走访群众"
    path = tmp_path / "plan.docx"
    document.save(str(path))

    text = read_plan_file(path)
    assert text.startswith(sample_text(CHINESE).rstrip("\n").split("推荐文章")[0])
    plan = parse_plan(text)
    assert counts(plan) == [4, 3, 3, 3, 3]
    assert [(i.number, i.text) for i in plan.sections[4].items] == [
        ("1", "组织学习"), ("2", "召开会议"), ("3", "走访群众"),
    ]  # fmt: skip


def test_docx_headings_numbered_by_word_in_chinese(tmp_path):
    """Word's "一、" numbering button puts the number in numbering.xml, not in the paragraph's text."""
    document = docx.Document()
    num_id = str(document.styles["List Number"].element.pPr.numPr.numId.val)
    root = document.part.numbering_part.element
    num = next(n for n in root.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in root.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    level = abstract.find(qn("w:lvl"))
    level.find(qn("w:numFmt")).set(qn("w:val"), "chineseCounting")
    level.find(qn("w:lvlText")).set(qn("w:val"), "%1、")
    document.add_paragraph("社区计划")
    for heading, item in [("学习", "1. 读书"), ("服务", "1. 走访"), ("监督", "1. 检查")]:
        document.add_paragraph(heading, style="List Number")
        document.add_paragraph(item)
    path = tmp_path / "plan.docx"
    document.save(str(path))

    plan = parse_plan(read_plan_file(path))
    assert [(s.number, s.title, count_items(s)) for s in plan.sections] == [
        ("一", "学习", 1), ("二", "服务", 1), ("三", "监督", 1),
    ]  # fmt: skip


def reason_for(path: Path, **kwargs: int) -> UnreadablePlanError:
    with pytest.raises(UnreadablePlanError) as caught:
        read_plan_file(path, **kwargs)
    assert isinstance(caught.value, PartyPlanError)
    assert caught.value.path == path
    return caught.value


def test_binary_file(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    assert reason_for(path).reason == "binary"


def test_control_characters_without_nul_are_binary(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(range(1, 32)) * 4)
    assert reason_for(path).reason == "binary"


def test_undecodable_bytes_are_binary(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes("计划".encode("utf-8") + b"\xff\xff\xff")
    assert reason_for(path).reason == "binary"


@pytest.mark.parametrize("data", [b"", b" \r\n\t\n", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path, data):
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    assert reason_for(path).reason == "empty"


def test_too_large_file(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(b"1. Do A.\n" * (5_000_000 // 9 + 1))
    error = reason_for(path)
    assert (error.reason, int(error.detail) > 5_000_000) == ("too_large", True)
    assert read_plan_file(path, max_bytes=6_000_000).startswith("1. Do A.")


def test_unsupported_type(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    assert (reason_for(path).reason, reason_for(path).detail) == ("unsupported_type", ".pdf")


def test_damaged_docx(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    error = reason_for(path)
    assert error.reason == "damaged_docx" and error.detail


def test_missing_file(tmp_path):
    assert reason_for(tmp_path / "gone.txt").reason == "unreadable"
