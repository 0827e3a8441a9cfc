"""The plan importer against the four real sample plans (tests/fixtures/plans/README.md is the
acceptance test), then its rules one by one, then reading files."""

from __future__ import annotations

import datetime as dt

import re
import zipfile
from collections import Counter
from pathlib import Path

import docx
from docx.oxml.ns import qn
import pytest

from partyplan.errors import PartyPlanError
from partyplan.plans.plan_files import MAX_PARAGRAPHS, read_plan_document
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
    # "First, extensively carry out ... The second is to carry out ..." inside item 5 is not a new
    # section: they are the item's two sub-points
    fifth = plan.sections[1].items[4]
    assert fifth.text.endswith('implement two "care projects."')
    assert [(sub.number, sub.text[:28]) for sub in fifth.items] == [
        ("1", "First, extensively carry out"), ("2", "The second is to carry out “"),
    ]  # fmt: skip


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


# ------------------------------------------------------------------ plans as offices write them


def items_of(section: ParsedSection) -> list[tuple[str, str]]:
    return [(i.number, i.text) for i in section.items]


def test_enumeration_inside_a_section_paragraph_splits_into_items():
    plan = parse_plan("社区党支部2027年工作计划\n一、加强思想建设\n"
                      "坚持每月集中学习，一是组织党员学习党的创新理论；二是落实“三会一课”制度；三是全年讲专题党课两次。\n"
                      "二、服务群众\n1. 每季度走访困难家庭。")
    first = plan.sections[0]
    assert first.text == "坚持每月集中学习，"
    assert items_of(first) == [
        ("1", "一是组织党员学习党的创新理论；"), ("2", "二是落实“三会一课”制度；"), ("3", "三是全年讲专题党课两次。"),
    ]  # fmt: skip
    assert counts(plan) == [3, 1]


def test_enumeration_inside_an_item_is_its_sub_points():
    plan = parse_plan("计划\n一、学习\n1. 加强理论学习。一是读原著；二是写心得。\n2. 开展讨论。")
    first, second = plan.sections[0].items
    assert first.text == "加强理论学习。"
    assert [(s.number, s.text) for s in first.items] == [("1", "一是读原著；"), ("2", "二是写心得。")]
    assert (second.text, counts(plan)) == ("开展讨论。", [2])


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("首先，摸清底数；其次，建立台账；再次，落实责任；最后，定期通报。",
         ["首先，摸清底数；", "其次，建立台账；", "再次，落实责任；", "最后，定期通报。"]),
        ("第一，建立制度。第二，明确分工。", ["第一，建立制度。", "第二，明确分工。"]),
        ("其一是健全网格；其二是配齐网格员。", ["其一是健全网格；", "其二是配齐网格员。"]),
        ("We will act on two fronts. First is to visit every household. Second is to keep a record.",
         ["First is to visit every household.", "Second is to keep a record."]),
        ("Work in three ways. The first is study; the second is service, the third is supervision.",
         ["The first is study;", "the second is service,", "the third is supervision."]),
        ("Firstly, train the cadres. Secondly, hold the meetings. Finally, report back.",
         ["Firstly, train the cadres.", "Secondly, hold the meetings.", "Finally, report back."]),
    ],
)
def test_enumeration_words_of_both_languages(paragraph, expected):
    section = parse_plan("Plan\n一、工作\n" + paragraph).sections[0]
    assert [text for _, text in items_of(section)] == expected
    assert [number for number, _ in items_of(section)] == [str(n) for n in range(1, len(expected) + 1)]


def test_enumeration_on_lines_of_their_own():
    plan = parse_plan("计划\n一、队伍建设\n一是配齐楼栋长。\n具体由各网格推荐。\n二是开展培训。\n三是年底考评。\n二、其他\n1. 总结")
    assert items_of(plan.sections[0]) == [
        ("1", "一是配齐楼栋长。\n具体由各网格推荐。"), ("2", "二是开展培训。"), ("3", "三是年底考评。"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "paragraph",
    [
        "First, we will study the documents carefully.",  # one "First," is a sentence, not a list
        "坚持统一是原则，分级负责。",  # "一是" inside a word
        "一是加强学习。",  # no 二是 after it
        "第一季度召开会议，第二季度开展评议。",  # 第一 of a quarter
        "首先要提高认识，其实并不难。",  # 首先 with nothing after it in sequence
    ],
)
def test_words_that_only_look_like_an_enumeration_stay_text(paragraph):
    section = parse_plan("计划\n一、学习\n" + paragraph + "\n二、服务\n1. 走访").sections[0]
    assert (section.items, section.text) == ([], paragraph)


def test_a_numbered_heading_with_nothing_under_it_is_an_item():
    plan = parse_plan(
        "2027年党建工作计划\n一、加强组织建设\n（一）做好发展党员工作。全年发展党员2名，培养入党积极分子4名。\n"
        "（二）规范组织生活。每月开展主题党日活动。\n（三）加强党员教育管理\n组织党员参加集中培训。\n"
        "二、服务群众\n（一）结对帮扶\n1. 每名党员联系两户困难家庭。\n（二）办好民生实事。全年办实事10件。\n")
    organisation, service = plan.sections
    assert organisation.sections == []
    assert items_of(organisation) == [
        ("1", "做好发展党员工作。全年发展党员2名，培养入党积极分子4名。"),
        ("2", "规范组织生活。每月开展主题党日活动。"),
        ("3", "加强党员教育管理\n组织党员参加集中培训。"),
    ]
    # beside a sub-section with items, an empty one keeps its place and holds itself as its one task
    assert [(s.number, s.title, items_of(s)) for s in service.sections] == [
        ("一", "结对帮扶", [("1", "每名党员联系两户困难家庭。")]),
        ("二", "办好民生实事", [("", "办好民生实事。全年办实事10件。")]),
    ]
    assert (service.items, service.sections[1].text, counts(plan)) == ([], "", [3, 2])
    assert lost_words("2027年党建工作计划 加强组织建设 做好发展党员工作 全年发展党员2名 组织党员参加集中培训 办好民生实事",
                      plan) == Counter()


def test_a_top_level_heading_with_only_text_stays_a_section():
    plan = parse_plan("计划\n一、指导思想\n以党的创新理论为指导。\n二、主要任务\n1. 学习\n")
    assert [(s.title, s.text, count_items(s)) for s in plan.sections] == [
        ("指导思想", "以党的创新理论为指导。", 0), ("主要任务", "", 1),
    ]  # fmt: skip


@pytest.mark.parametrize(("sixth", "seventh"), [("Sixth", "Seven"), ("Six", "Seventh"), ("Six", "Seven")])
def test_cardinal_words_number_sections_like_ordinals(sixth, seventh):
    headings = ["First", "Second", "Third", "Fourth", "Fifth", sixth, seventh]
    text = "Community plan\n" + "".join(f"{h}, part {n}\n1. Task of part {n}.\n" for n, h in enumerate(headings, 1))
    plan = parse_plan(text)
    assert [(s.number, s.title) for s in plan.sections][-2:] == [(sixth, "part 6"), (seventh, "part 7")]
    assert counts(plan) == [1] * 7


def test_cardinal_words_out_of_sequence_are_text():
    plan = parse_plan("Plan\nFirst, study\n1. Read\nSeven, of our members will attend.\nSecond, serve\n1. Visit")
    assert [s.title for s in plan.sections] == ["study", "serve"]
    assert plan.sections[0].items[0].text == "Read\nSeven, of our members will attend."


def test_an_unnumbered_heading_between_sections_starts_a_section():
    text = ("Member development plan 2019\nFirst, train the activists\n1. Hold two classes.\n2. Assign mentors.\n"
            "Second, admit new members\n1. Admit two members.\nThird, keep the files\n1. Check every file.\n"
            "2. Report to the committee.\n"
            "Party building work points of the Logistics Bureau\n"
            "First, strengthen political building\n1. Study monthly.\n2. Hold a lecture each quarter.\n"
            "Second, strengthen the branches\n1. Elect the branch committees.\n")
    plan = parse_plan(text)
    assert [s.title for s in plan.sections] == [
        "train the activists", "admit new members", "keep the files", "Party building work points of the Logistics Bureau",
    ]  # fmt: skip
    bureau = plan.sections[3]
    assert (bureau.number, [(s.number, s.title) for s in bureau.sections]) == (
        "", [("First", "strengthen political building"), ("Second", "strengthen the branches")])
    assert counts(plan) == [2, 1, 2, 3]


def test_an_unnumbered_chinese_heading_before_items_restarting_at_one():
    plan = parse_plan("街道党工委2027年工作要点\n一、学习\n1. 集中学习。\n2. 专题党课。\n二、服务\n1. 走访。\n"
                      "保障措施\n1. 加强领导。\n2. 落实经费。")
    assert [(s.number, s.title, count_items(s)) for s in plan.sections] == [
        ("一", "学习", 2), ("二", "服务", 1), ("", "保障措施", 2),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "计划\n一、服务\n重点任务\n1. 走访。\n2. 慰问。",  # straight under its heading: the section's text
        "计划\n一、服务\n1. 走访。\n2. 慰问。\n逐户登记\n3. 总结。",  # numbering goes on: item 2's text
        "计划\n一、服务\n1. 走访。\n做好记录，按月上报\n1) 登记",  # a sentence, not a heading
    ],
)
def test_short_lines_that_are_not_headings(text):
    assert len(parse_plan(text).sections) == 1


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


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_file(path: Path, body: str, *, footnotes: str = "", header: str = "") -> Path:
    """A .docx as Word writes one that was edited with changes tracked, content controls, fields,
    footnotes and text boxes: python-docx's own document with `body` put in as Word's XML."""
    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    document.save(str(path))
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["word/document.xml"].decode()
    parts["word/document.xml"] = xml.replace("<w:body>", "<w:body>" + body, 1).encode()
    if footnotes:
        parts["word/footnotes.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f"{footnotes}</w:footnotes>").encode()
        rels = parts["word/_rels/document.xml.rels"].decode()
        parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
            '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'footnotes" Target="footnotes.xml"/></Relationships>')).encode()
        types = parts["[Content_Types].xml"].decode()
        parts["[Content_Types].xml"] = types.replace("</Types>", (
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.footnotes+xml"/></Types>')).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


TRACKED_PLAN = "".join([
    p(r("社区党支部2027年工作计划")),
    p(r("一、加强组织建设")),
    # a tracked insertion, and a tracked deletion that is no longer part of the text
    p(r("1. 组织"), '<w:ins w:id="1" w:author="王芳" w:date="2027-01-05T10:00:00Z">', r("全体"), "</w:ins>",
      r("党员学习"), '<w:del w:id="2" w:author="王芳" w:date="2027-01-05T10:00:00Z"><w:r><w:delText>两次</w:delText>'
      "</w:r></w:del>", r("。")),
    # a content control around a whole paragraph, and one inside a paragraph
    '<w:sdt><w:sdtPr><w:alias w:val="任务"/></w:sdtPr><w:sdtContent>' + p(r("2. 按季度召开组织生活会。"))
    + "</w:sdtContent></w:sdt>",
    p(r("3. 全年发展党员"), "<w:sdt><w:sdtPr/><w:sdtContent>", r("2"), "</w:sdtContent></w:sdt>", r("名。")),
    # a simple field and a complex one: their shown results, not their codes
    p(r("4. 截至"), '<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月&quot; ">', r("2027年1月"), "</w:fldSimple>",
      r("完成换届。")),
    p(r("5. 表彰"), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 人数 </w:instrText>'
      '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("10"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      r("名优秀党员"), '<w:r><w:footnoteReference w:id="1"/></w:r>', r("。")),
    # a text box anchored in a paragraph, written twice by Word (the shape, and a fallback for old Word)
    p('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
      '<mc:Choice Requires="wps"><w:drawing><w:txbxContent>' + p(r("二、服务群众")) + "</w:txbxContent></w:drawing>"
      "</mc:Choice><mc:Fallback><w:pict><w:txbxContent>" + p(r("二、服务群众")) + "</w:txbxContent></w:pict>"
      "</mc:Fallback></mc:AlternateContent></w:r>"),
    p(r("1. 走访困难家庭"), '<w:r><w:commentReference w:id="0"/></w:r>', r("。")),
])
TRACKED_NOTES = '<w:footnote w:id="1"><w:p><w:r><w:t>含“两优一先”表彰。</w:t></w:r></w:p></w:footnote>'


def test_docx_keeps_insertions_content_controls_fields_footnotes_and_text_boxes(tmp_path):
    path = word_file(tmp_path / "plan.docx", TRACKED_PLAN, footnotes=TRACKED_NOTES, header="东湖社区党支部")
    document = read_plan_document(path)
    assert document.text.splitlines() == [
        "社区党支部2027年工作计划", "一、加强组织建设", "1. 组织全体党员学习。", "2. 按季度召开组织生活会。",
        "3. 全年发展党员2名。", "4. 截至2027年1月完成换届。", "5. 表彰10名优秀党员〔含“两优一先”表彰。〕。", "",
        "二、服务群众", "1. 走访困难家庭。",
    ]
    # left out on purpose, and said: the deleted words, the comment, the header
    assert document.left_out == {"deleted": 1, "comments": 1, "headers": 1}
    plan = parse_plan(document.text)
    assert [(s.title, count_items(s)) for s in plan.sections] == [("加强组织建设", 5), ("服务群众", 1)]


def test_docx_tables_inside_content_controls_and_nested_tables(tmp_path):
    cell = lambda *blocks: "<w:tc>" + "".join(blocks) + "</w:tc>"  # noqa: E731
    row = lambda *cells: "<w:tr>" + "".join(cells) + "</w:tr>"  # noqa: E731
    inner = "<w:tbl>" + row(cell(p(r("内表甲"))), cell(p(r("内表乙")))) + "</w:tbl>"
    body = (p(r("计划")) + p(r("一、任务表")) + "<w:sdt><w:sdtContent><w:tbl>"
            + row(cell(p(r("1."))), cell(p(r("学习")), p(r("讨论")))) + row(cell(p(r("2."))), cell(inner, p(r("走访"))))
            + "</w:tbl></w:sdtContent></w:sdt>")
    text = read_plan_file(word_file(tmp_path / "plan.docx", body))
    assert text.splitlines() == ["计划", "一、任务表", "1.\t学习 讨论", "2.\t内表甲 内表乙 走访"]


def test_a_small_docx_of_a_great_many_paragraphs_is_refused_before_it_is_read(tmp_path):
    """200,000 paragraphs fit in a 64 KB file; reading them took minutes."""
    path = word_file(tmp_path / "plan.docx", p(r("计划")) + p(r("1. 学习")) * (MAX_PARAGRAPHS + 1))
    assert path.stat().st_size < 64 * 1024
    error = reason_for(path)
    assert (error.reason, error.detail) == ("too_many_paragraphs", str(MAX_PARAGRAPHS))


def test_a_plan_whose_lines_all_continue_one_item_keeps_them_all(tmp_path):
    """Each line added to a growing text copied it whole: 100,000 such lines took minutes, now seconds
    (benchmarks/hostile_imports.py measures it)."""
    plan = parse_plan("计划\n一、学习\n1. 读书\n" + "".join(f"继续学习{n}\n" for n in range(30_000)))
    (item,) = plan.sections[0].items
    assert item.text.count("\n") == 30_000 and item.text.endswith("继续学习29999")


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


def test_a_docx_whose_parts_unpack_too_large_is_refused(tmp_path, monkeypatch):
    from partyplan.plans import plan_files

    monkeypatch.setattr(plan_files, "MAX_DOCX_XML_BYTES", 50_000)
    path = word_file(tmp_path / "plan.docx", p(r("计划")) + p(r("1. 学习" * 10_000)))
    assert path.stat().st_size < 50_000
    assert reason_for(path).reason == "too_large"
