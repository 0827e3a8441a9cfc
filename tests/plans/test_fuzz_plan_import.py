"""Property-based runs (hypothesis) over the plan importer with its limits in place: plan-shaped text
with word enumerations, headings with nothing under them and unnumbered part headings loses no word
and stores as parsed; Word paragraphs with insertions, deletions, content controls and fields give
exactly the kept text; documents over the paragraph limit are refused before they are read. Example
counts are bounded: a few seconds per test."""

from __future__ import annotations

import os
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from fuzzing import fuzz

from partyplan.db.database import open_database
from partyplan.plans import service
from partyplan.plans.importing import store_parsed
from partyplan.plans.plan_files import MAX_PARAGRAPHS, UnreadablePlanError, read_plan_document
from partyplan.plans.text_import import count_items, parse_plan
from tests.plans.test_importing import shape_of_parsed, shape_of_stored
from tests.plans.test_text_import import all_items, all_sections, p, r, word_file

pytestmark = pytest.mark.skipif(bool(os.environ.get("PARTYPLAN_TEST_DB")),
                                reason="files and SQLite only: runs once, in the SQLite pass")




WORDS = st.text(alphabet="学习党员服务走访会议制度群众活动计划落实检查abcde ", min_size=1, max_size=12)
MARKS = ("一、", "二、", "三、", "（一）", "（二）", "1.", "2.", "3、", "（1）", "①", "一是", "二是", "三是", "第一，",
         "第二，", "首先，", "其次，", "最后，", "First is ", "The second is ", "Seven, ", "Sixth, ", "")
ENDS = ("", "。", "；", "，", ". ")
LINE = st.builds(lambda parts: "".join(parts), st.lists(
    st.builds(lambda mark, words, end: mark + words + end, st.sampled_from(MARKS), WORDS, st.sampled_from(ENDS)),
    min_size=1, max_size=4))
PLAN = st.builds(lambda lines: "\n".join(["社区工作计划", *lines]), st.lists(
    st.one_of(LINE, st.sampled_from(("保障措施", "后勤局党建工作要点", "Logistics Bureau work points"))),
    min_size=1, max_size=30))


NUMERALS = str.maketrans({c: str(n) for n, c in enumerate("零一二三四五六七八九", start=0)} | {"十": "10"})


def letters(text: str) -> Counter[str]:
    """Letters, digits and characters: what the text says, without the marks' punctuation, Chinese
    numerals as digits (a heading "（一）" that becomes a task is task "1")."""
    return Counter(character for character in text.translate(NUMERALS) if character.isalnum())


@fuzz(300)
@given(PLAN)
def test_plan_shaped_text_loses_no_word(text):
    plan = parse_plan(text)
    parts = [plan.title, plan.text, *plan.notes]
    for section in all_sections(plan.sections):
        parts += [section.number, section.title, section.text]
        parts += [f"{item.number} {item.text}" for item in all_items(section.items)]
    assert letters(text) - letters(" ".join(parts)) == Counter()
    assert all(count_items(section) >= 0 for section in plan.sections)


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("fuzz-plans")
    db = open_database(home / "plans.sqlite3", backup_dir=home / "b")
    yield db
    db.close()


@fuzz(60)
@given(PLAN)
def test_what_is_parsed_is_what_is_stored(store, text):
    parsed = parse_plan(text)
    with store.session() as session:
        plan_id = store_parsed(session, parsed, 2027)
        tree = service.load_tree(session, plan_id)
    expected = shape_of_parsed(parsed.sections)
    stored = shape_of_stored(tree.sections)

    def stripped(shape):  # type: ignore[no-untyped-def]
        # stored titles are stripped, and an empty section title is stored as its number or "-"
        return [(t.strip() or "?", q, [strip_item(i) for i in items], stripped(subs)) for t, q, items, subs in shape]

    def strip_item(item):  # type: ignore[no-untyped-def]
        number, title, subs = item
        return (number, title.strip(), [strip_item(s) for s in subs])

    assert [s[1:] for s in stripped(stored)] == [s[1:] for s in stripped(expected)]


# ------------------------------------------------------------------------------------------- Word

KEPT = st.text(alphabet="学习党员服务走访会议", min_size=1, max_size=6)
PIECE = st.one_of(
    st.builds(lambda t: ("keep", t, r(t)), KEPT),
    st.builds(lambda t: ("keep", t, f'<w:ins w:id="1" w:author="a">{r(t)}</w:ins>'), KEPT),
    st.builds(lambda t: ("drop", t, f'<w:del w:id="2" w:author="a"><w:r><w:delText>{t}</w:delText></w:r></w:del>'),
              KEPT),
    st.builds(lambda t: ("keep", t, f"<w:sdt><w:sdtPr/><w:sdtContent>{r(t)}</w:sdtContent></w:sdt>"), KEPT),
    st.builds(lambda t: ("keep", t, f'<w:fldSimple w:instr=" DATE ">{r(t)}</w:fldSimple>'), KEPT),
    st.builds(lambda t: ("keep", t, '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE '
                                    f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(t)}'
                                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'), KEPT),
)


@fuzz(60)
@given(paragraphs=st.lists(st.lists(PIECE, min_size=1, max_size=5), min_size=1, max_size=8),
       wrap=st.booleans())
def test_word_text_is_the_kept_runs_exactly(tmp_path_factory, paragraphs, wrap):
    body = "".join(p(*(xml for _, _, xml in pieces)) for pieces in paragraphs)
    if wrap:
        body = f"<w:sdt><w:sdtContent>{body}</w:sdtContent></w:sdt>"
    path = word_file(tmp_path_factory.mktemp("docx") / "plan.docx", p(r("计划")) + body)
    expected = ["计划", *("".join(t for kind, t, _ in pieces if kind == "keep") for pieces in paragraphs)]
    deletions = sum(kind == "drop" for pieces in paragraphs for kind, _, _ in pieces)
    try:
        document = read_plan_document(path)
    except UnreadablePlanError as exc:
        assert exc.reason == "empty"
        return
    assert document.text.split("\n") == expected
    assert document.left_out.get("deleted", 0) == deletions


@fuzz(8)
@given(extra=st.integers(1, 500), text=st.sampled_from(("", "1. 学习", "一是走访")))
def test_documents_over_the_paragraph_limit_are_refused(tmp_path_factory, extra, text):
    path = word_file(tmp_path_factory.mktemp("big") / "plan.docx", p(r(text)) * (MAX_PARAGRAPHS + extra))
    with pytest.raises(UnreadablePlanError) as caught:
        read_plan_document(path)
    assert (caught.value.reason, caught.value.path) == ("too_many_paragraphs", path)


def test_numbers_in_the_fuzzed_marks_are_the_ones_the_importer_knows():
    assert all(re.match(r"[一二三（1-9①FTSf首其最第]", mark) for mark in MARKS if mark)
