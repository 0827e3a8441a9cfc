"""Reading a yearly work plan from plain text or a Word file into sections, items and sub-points.

Plans reach the office copied from a website, machine-translated from Chinese, or typed in Word. They
share a shape: a title, some guiding text, top-level sections ("一、", "First,", "V.", "Second
quarter:"), sometimes sub-sections ("（一）"), numbered items ("1.", "1、") and sub-points ("（1）",
"①"). The quirks handled here are all seen in real plans (tests/fixtures/plans):

- a breadcrumb above the title and website leftovers ("recommended article") below the plan: notes;
- a heading that runs on into body text: its title is the first sentence (or the first clause when
  that sentence is very long), the rest is the section's text;
- several items run together in one paragraph ("1. Do A. 2. Do B."): split only after a sentence end
  and where the number continues the running sequence, so "2.5 million" or "in 2019. 3 people" stay;
- a first section numbered "1." like its own items: it is a heading when the numbering restarts at 1
  right after it (the translation of "一、" into "1.");
- numbering that skips ("7. ... 9. ..."): numbers are kept as written, never renumbered.

Nothing is dropped. A line that is neither a heading nor an item continues the deepest open item, else
the open section's text, else the plan's guiding text; a line that belongs to no part of the plan
(breadcrumb, website leftover) is kept in `notes`. The targets table, each item's bracket of unit,
people and period, and the office and date that sign the plan are read into their own fields
(plan_document), so that a plan exported to Word reads back as the same plan. When no
section heading is found but items are, the items go into one section with an empty title; when
nothing is numbered at all, the whole text is the plan's guiding text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar


from partyplan.plans import plan_document
from partyplan.plans.plan_document import ItemDetails, TargetLine
from partyplan.plans.plan_files import UnreadablePlanError, clean_line, read_plan_file

__all__ = ["ParsedItem", "ParsedPlan", "ParsedSection", "UnreadablePlanError", "count_items", "empty_sections",
           "parse_plan", "read_plan_file", "to_json"]

TITLE_MAX_WIDTH = 150  # a longer first line is guiding text, not a title (CJK characters count 2)
HEADING_TITLE_WIDTH = 120  # a run-on heading's first sentence longer than this is cut at a comma
SIGNATURE_MAX_WIDTH = 40
MAX_SKIP = 2  # a run-together item may skip one number ("7. ... 9."), as real plans do
ENUMERATION_LOOKAHEAD = 6  # "一是……" alone on a line looks this many lines ahead for "二是"
PLAIN_HEADING_WIDTH = 100  # an unnumbered heading line between parts of a plan is no longer than this


@dataclass
class ParsedItem:
    number: str  # the numbering as written without its punctuation: "1", "①", "（1）" -> "1"
    text: str
    items: list[ParsedItem] = field(default_factory=list)  # sub-points such as ① inside an item
    details: ItemDetails | None = None  # the item's "（责任单位：…；时间：…）", read out of its text


@dataclass
class ParsedSection:
    number: str  # "一", "First", "1", "V", "first" (of "the first season")...; "" when implicit
    title: str
    text: str = ""  # the rest of a run-on heading line, and unnumbered paragraphs
    sections: list[ParsedSection] = field(default_factory=list)  # sub-sections such as （一）
    items: list[ParsedItem] = field(default_factory=list)
    quarter: int | None = None  # 1-4 when the heading names a quarter
    heading: str = field(default="", compare=False, repr=False)  # its heading line after the number
    run_on: str = field(default="", compare=False, repr=False)  # the part of that line that went to `text`


@dataclass
class ParsedPlan:
    title: str
    text: str  # guiding text before the first section
    sections: list[ParsedSection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # lines that belong to no part of the plan
    targets: list[TargetLine] = field(default_factory=list)  # the targets table (plan_document)
    organization: str = ""  # the office that signs the plan, and its date
    dated: dt.date | None = None


# ---------------------------------------------------------------------------------------------- API


def parse_plan(text: str, title: str | None = None) -> ParsedPlan:
    """Structure a plan's text. A given `title` replaces the one found in the text; the text's own
    first line is then skipped only when it says the same."""
    text, targets, unread = plan_document.take_targets(text)
    lines = [_clean(line) for line in text.splitlines()]
    if not any(lines):
        raise UnreadablePlanError(Path("<text>"), "empty")
    note_lines = _note_lines(lines)
    found = _title_index(lines, note_lines)
    if title is None:
        title = lines[found] if found is not None else ""
    elif found is not None and lines[found] != title.strip():
        found = None
    body = ["" if index in note_lines or index == found else line for index, line in enumerate(lines)]
    builder = _PlanBuilder(body, _restart_headings(body))
    for index, line in enumerate(body):
        if line:
            builder.feed(index)
    notes = [lines[index] for index in sorted(note_lines) if lines[index]]
    notes, organization, dated = plan_document.signature(notes)
    sections = builder.finish()
    _read_details(sections)
    return ParsedPlan(title, builder.text, sections, notes + unread, targets, organization, dated)


def _read_details(sections: list[ParsedSection]) -> None:
    """Each item's bracket of unit, people and period into its details (plan_document)."""
    for section in sections:
        for item in section.items:
            item.text, item.details = plan_document.item_details(item.text)
        _read_details(section.sections)


def to_json(plan: ParsedPlan) -> dict[str, Any]:
    return {
        "title": plan.title,
        "text": plan.text,
        "sections": [_section_json(section) for section in plan.sections],
        "notes": list(plan.notes),
    }


def count_items(section: ParsedSection) -> int:
    """Items of a section and of its sub-sections; sub-points inside an item do not count."""
    return len(section.items) + sum(count_items(sub) for sub in section.sections)


def empty_sections(sections: list[ParsedSection]) -> list[ParsedSection]:
    """Sections (at any depth) with no item under them, which the previews point out: nothing in them
    can be marked done."""
    found = []
    for section in sections:
        if not count_items(section):
            found.append(section)  # its sub-sections, if any, are empty too: one mention is enough
        else:
            found += empty_sections(section.sections)
    return found


def _section_json(section: ParsedSection) -> dict[str, Any]:
    return {
        "title": section.title,
        "text": section.text,
        "sections": [_section_json(sub) for sub in section.sections],
        "items": [_item_json(item) for item in section.items],
    }


def _item_json(item: ParsedItem) -> dict[str, Any]:
    return {"number": item.number, "text": item.text, "items": [_item_json(sub) for sub in item.items]}


# -------------------------------------------------------------------------------- numbering marks

_CN_DIGITS = {character: value for value, character in enumerate("零一二三四五六七八九")} | {"〇": 0}
_CN_NUMBER = r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_ROMANS = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split()
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
# Machine translation turns "七、" into "Seven," as often as into "Seventh,": the same section number.
_CARDINAL_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
                  "4th": 4, "one": 1, "two": 2, "three": 3, "four": 4}  # fmt: skip

# Section headings, matched at the start of a line.
_QUARTER_PHRASES = (
    re.compile(r"(?:the\s+)?(?P<num>first|second|third|fourth|[1-4](?:st|nd|rd|th))\s+"
               r"(?:quarter|quater|qtr|season)s?\b", re.I),  # "the third quater" is a real typo
    re.compile(r"(?P<num>Q[1-4])\b", re.I),
    re.compile(r"quarter\s+(?P<num>[1-4]|one|two|three|four)\b", re.I),
    re.compile(r"第?(?P<num>[一二三四1-4１-４])季度"),
)  # fmt: skip
_CHINESE_ORDINAL = re.compile(rf"(?P<num>{_CN_NUMBER})\s*[、.．，,]\s*")  # 一、
_CHINESE_SUB_ORDINAL = re.compile(rf"[（(]\s?(?P<num>{_CN_NUMBER})\s?[）)]\s*[、.．]?\s*")  # （一）
_DECIMAL_HEADING = re.compile(r"(?P<major>\d{1,2})\.(?P<num>\d{1,2})\.?\s+(?=\S)")  # 1.2 Sub-section
_WORD_ORDINAL = re.compile(
    rf"(?P<num>(?:{'|'.join(_ORDINAL_WORDS)})(?:ly)?|{'|'.join(_CARDINAL_WORDS)})\s*[,，:：.、]\s*", re.I
)
_ROMAN_ORDINAL = re.compile(
    rf"(?P<num>{'|'.join(sorted(_ROMANS, key=len, reverse=True))}|[Ⅰ-Ⅻ])\s*[.．、,，]\s*"
)

# Item marks. The lookbehind keeps "2019." and "1.2." from being marks.
_DIGIT_MARK = re.compile(r"(?<![\w.．])(?P<num>\d{1,3})\s?(?:[.．](?!\d)|、)\s*")  # 1.  1、
_DIGIT_STOP_MARK = re.compile(r"(?P<num>[⒈-⒛])\s*")
_PAREN_MARK = re.compile(r"[（(]\s?(?P<num>\d{1,3})\s?[）)]\s*")  # （1） (1)
_HALF_PAREN_MARK = re.compile(r"(?<![\w.．(（])(?P<num>\d{1,3})[)）]\s*")  # 1)
_PAREN_CHAR_MARK = re.compile(r"(?P<num>[⑴-⒇])\s*")
_CIRCLED_MARK = re.compile(r"(?P<num>[①-⑳❶-❿])\s*")
# (kind, pattern, whether it is a mark even in the middle of a sentence)
_ITEM_MARKS = (
    ("digit", _DIGIT_MARK, False),
    ("digit", _DIGIT_STOP_MARK, True),
    ("paren", _PAREN_MARK, False),
    ("paren", _HALF_PAREN_MARK, False),
    ("paren", _PAREN_CHAR_MARK, True),
    ("circled", _CIRCLED_MARK, True),
)
_ITEM_RANK = {"digit": 0, "paren": 1, "circled": 2, "enum": 3}  # an item's sub-points have a higher rank

# Enumerations written as words inside a paragraph: "一是……；二是……", "第一，……第二，……", "首先……其次……
# 再次……最后……", "其一……其二……", and their translations "First, ... The second is ...". Each is an item
# (a sub-point when the paragraph belongs to an item) numbered 1, 2, 3 and keeping its words, but only
# where the words run in sequence: one "First, we will" or "统一是" alone splits nothing.
_CN_ENUM = r"[一二三四五六七八九十]"
_ENUM_WORDS = (
    re.compile(rf"(?P<num>{_CN_ENUM})是(?!否)"),
    re.compile(rf"第(?P<num>{_CN_ENUM})\s*[，,、：:]"),
    re.compile(rf"其(?P<num>{_CN_ENUM})\s*[，,、：:是]"),
    re.compile(r"(?P<num>首先|其次|再次|最后)\s*[，,：:是]?"),
    re.compile(rf"(?:the\s+)?(?P<num>{'|'.join(_ORDINAL_WORDS)})(?:ly)?(?:\s+is\b|\s*[,，:：])\s*", re.I),
    re.compile(r"(?P<num>finally|lastly)\s*[,，:：]\s*", re.I),
)
_ENUM_VALUES = {"首先": 1, "其次": 2, "再次": 3}
_ENUM_NEXT = {"最后", "finally", "lastly"}  # "最后" is whatever number comes next
_ENUM_NEXT_VALUE = 0

_SENTENCE_BREAKS = ".。;；:：!?！？"  # a run-together item starts only after one of these
_BREAKS_BEFORE = {"digit": _SENTENCE_BREAKS, "paren": _SENTENCE_BREAKS + "，,、", "enum": _SENTENCE_BREAKS + "，,、"}
_CLOSERS = "\"'”’」』)）】"
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s|$)")
_CLAUSE_END = re.compile(r"[,，;；]")
_TITLE_COLON = re.compile(r"：|:(?!\d)")
_SENTENCE_PUNCTUATION = re.compile(r"[。.!?！？;；:：,，]")


@dataclass(frozen=True)
class _Mark:
    kind: str  # "digit", "paren" or "circled"
    value: int
    number: str
    start: int
    end: int


@dataclass(frozen=True)
class _Heading:
    kind: str  # "quarter", "ordinal" (一、 First, V. 1.) or "sub_ordinal" (（一）)
    value: int
    number: str
    rest: str
    checked: bool = False  # only the running sequence tells it from a sentence ("First, ...")
    title: str | None = None  # quarter headings bring their own title
    quarter: int | None = None


# A line is looked at again by the lines before it (what follows a short line, whether "二是" comes
# next): these three are cached, for the few lines around the one being read.
@functools.lru_cache(maxsize=1024)
def _line_start_mark(text: str) -> _Mark | None:
    for kind, pattern, _ in _ITEM_MARKS:
        if match := pattern.match(text):
            return _mark(kind, match)
    return None


def _inline_marks(text: str) -> list[_Mark]:
    """Candidate marks inside a paragraph; the builder keeps those that continue the numbering."""
    found = [
        _mark(kind, match)
        for kind, pattern, anywhere in _ITEM_MARKS
        for match in pattern.finditer(text)
        if match.start() > 0 and (anywhere or _follows_break(text, match.start(), _BREAKS_BEFORE[kind]))
    ]
    return sorted(found, key=lambda mark: mark.start)


@functools.lru_cache(maxsize=1024)
def _enum_marks(text: str) -> tuple[_Mark, ...]:
    """Candidate word enumerations ("一是", "第二，", "The third is") at the start of a paragraph or
    after a break; the builder keeps those that run in sequence."""
    found: dict[int, _Mark] = {}
    for pattern in _ENUM_WORDS:
        for match in pattern.finditer(text):
            if match.start() == 0 or _follows_break(text, match.start(), _BREAKS_BEFORE["enum"]):
                found.setdefault(match.start(), _Mark("enum", _enum_value(match["num"]), match["num"],
                                                      match.start(), match.end()))
    return tuple(found[start] for start in sorted(found))


def _enum_value(word: str) -> int:
    lower = word.lower()
    if word in _ENUM_VALUES:
        return _ENUM_VALUES[word]
    if lower in _ENUM_NEXT:
        return _ENUM_NEXT_VALUE
    if lower in _ORDINAL_WORDS:
        return _ORDINAL_WORDS.index(lower) + 1
    return _chinese_value(word)


def _follows_break(text: str, start: int, breaks: str) -> bool:
    """True after "end. ", "end.\" ", "结束。" or "要求：": a space is needed after ASCII punctuation,
    so that "1.2." or "v2.3" are no marks."""
    index = start
    while index > 0 and text[index - 1].isspace():
        index -= 1
    gap = index < start
    while index > 0 and text[index - 1] in _CLOSERS:
        index -= 1
    if index == 0:
        return False
    before = text[index - 1]
    return before in breaks and (gap or not before.isascii())


def _mark(kind: str, match: re.Match[str]) -> _Mark:
    number = match["num"]
    return _Mark(kind, _number_value(number), number, match.start(), match.end())


def _number_value(number: str) -> int:
    """"12", "１２", "①", "⑴", "⒈", "Ⅴ" -> their value."""
    return int(number) if number.isdecimal() else int(unicodedata.numeric(number))


def _chinese_value(number: str) -> int:
    tens, ten, ones = number.partition("十")
    if not ten:
        return _CN_DIGITS[number]
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _match_heading(line: str, digit_heading: bool = False) -> _Heading | None:
    """A section heading at the start of the line; "1." counts only where the pre-pass said so."""
    return _worded_heading(line) or (_digit_heading(line) if digit_heading else None)


@functools.lru_cache(maxsize=1024)
def _worded_heading(line: str) -> _Heading | None:
    return _quarter_heading(line) or _chinese_heading(line) or _latin_heading(line) or _decimal_heading(line)


def _quarter_heading(line: str) -> _Heading | None:
    """"Second quarter:", "第一季度", "Q3 1. ..."; a longer sentence that merely starts with a
    quarter ("第一季度召开...") is not a heading."""
    for pattern in _QUARTER_PHRASES:
        if match := pattern.match(line):
            phrase, tail = line[: match.end()], line[match.end() :].strip()
            value = _quarter_value(match["num"])
            if not tail or _line_start_mark(tail):
                return _Heading("quarter", value, match["num"], tail, title=phrase, quarter=value)
            if tail[0] in ":：,，.、;；":
                return _Heading("quarter", value, match["num"], tail[1:].strip(), title=phrase, quarter=value)
            if _width(line) <= 30 and not _SENTENCE_PUNCTUATION.search(line):
                return _Heading("quarter", value, match["num"], "", title=line, quarter=value)
    return None


def _quarter_value(number: str) -> int:
    number = number.lower()
    if number in _QUARTER_WORDS:
        return _QUARTER_WORDS[number]
    last = number[-1]  # "q1", "一", "４"
    return _CN_DIGITS[last] if last in _CN_DIGITS else _number_value(last)


def _quarter_of(title: str) -> int | None:
    """A section titled "一、第一季度工作" is a quarter too."""
    for pattern in _QUARTER_PHRASES:
        if match := pattern.match(title):
            return _quarter_value(match["num"])
    return None


def _chinese_heading(line: str) -> _Heading | None:
    if match := _CHINESE_ORDINAL.match(line):
        return _Heading("ordinal", _chinese_value(match["num"]), match["num"], line[match.end() :])
    if match := _CHINESE_SUB_ORDINAL.match(line):
        return _Heading("sub_ordinal", _chinese_value(match["num"]), match["num"], line[match.end() :])
    return None


def _latin_heading(line: str) -> _Heading | None:
    """"First, ..." and "V. ..." as translations of "一、": the builder checks their sequence."""
    if match := _WORD_ORDINAL.match(line):
        word = match["num"].lower().removesuffix("ly")
        value = (_ORDINAL_WORDS if word in _ORDINAL_WORDS else _CARDINAL_WORDS).index(word) + 1
        return _Heading("ordinal", value, match["num"], line[match.end() :], checked=True)
    if match := _ROMAN_ORDINAL.match(line):
        number = match["num"]
        value = _ROMANS.index(number) + 1 if number in _ROMANS else _number_value(number)
        return _Heading("ordinal", value, number, line[match.end() :], checked=True)
    return None


def _decimal_heading(line: str) -> _Heading | None:
    """"1.2 Sub-section", as English plans (and PartyPlan's English export) number the level under "1.";
    only in sequence, so "2.5 million ..." stays text."""
    if match := _DECIMAL_HEADING.match(line):
        return _Heading("sub_ordinal", int(match["num"]), f"{match['major']}.{match['num']}", line[match.end():],
                        checked=True)
    return None


def _digit_heading(line: str) -> _Heading | None:
    mark = _line_start_mark(line)
    if mark is None or mark.kind != "digit":
        return None
    return _Heading("ordinal", mark.value, mark.number, line[mark.end :], checked=True)


def _restart_headings(lines: list[str]) -> set[int]:
    """Indexes of "1. Strengthening ..." lines that head a section: the next numbered line restarts at
    1 before any other heading, and the line does not itself run on into item 2."""
    found = set()
    for index, line in enumerate(lines):
        mark = _line_start_mark(line) if line else None
        if mark is None or mark.kind != "digit":
            continue
        runs_on = any(m.kind == "digit" and m.value == mark.value + 1 for m in _inline_marks(line))
        if not runs_on and _numbering_restarts(lines, index + 1):
            found.add(index)
    return found


def _numbering_restarts(lines: list[str], start: int) -> bool:
    for line in (lines[index] for index in range(start, len(lines))):
        if not line:
            continue
        if _match_heading(line):
            return False
        mark = _line_start_mark(line)
        if mark is not None and mark.kind == "digit":
            return mark.value == 1
    return False


# ------------------------------------------------------------------------------------ the builder

_Node = TypeVar("_Node", ParsedSection, ParsedItem)
_IMPLICIT = "implicit"
_PLAIN = "plain"  # an unnumbered heading line


@dataclass
class _Open(Generic[_Node]):
    """A section or item that later lines may still add to."""

    kind: str
    value: int
    node: _Node


class _PlanBuilder:
    """Places headings, items and plain paragraphs one line at a time, remembering what is open.

    It sees the whole body so that a line can look at the next one: "一是……" alone on a line is an
    item only when "二是……" follows, and a short unnumbered line is a heading only when numbering
    starts again under it."""

    def __init__(self, lines: list[str], digit_headings: set[int]) -> None:
        self.sections: list[ParsedSection] = []
        self._lines = lines
        self._digit_headings = digit_headings
        self._text: list[str] = []
        self._open_sections: list[_Open[ParsedSection]] = []
        self._open_items: list[_Open[ParsedItem]] = []
        # the paragraphs of each section and item, joined once at the end: adding each to a growing
        # string copied the whole text every time, minutes for a plan whose 100,000 lines go to one item
        self._parts: dict[int, tuple[ParsedSection | ParsedItem, list[str]]] = {}

    @property
    def text(self) -> str:
        return "\n".join(self._text)

    def feed(self, index: int) -> None:
        """One non-empty line of the body."""
        line = self._lines[index]
        heading = _match_heading(line, index in self._digit_headings)
        if heading is not None and self._fits(heading):
            self._open_section(heading)
        elif heading is None and self._is_plain_heading(index):
            self._place(_PLAIN, 0, ParsedSection("", line.rstrip(":：").strip()))
        else:
            self._feed_paragraph(line, index)

    def finish(self) -> list[ParsedSection]:
        """The sections, with every sub-section that got no items turned into an item of its parent:
        "（一）做好发展党员工作。全年发展党员2名……" is a task, not an empty heading."""
        for node, parts in self._parts.values():
            node.text = "\n".join(parts)
        self._parts.clear()
        for section in self.sections:
            _fold_empty_subsections(section)
        return self.sections

    def _fits(self, heading: _Heading) -> bool:
        if not heading.checked:
            return True
        open_values = [o.value for o in self._open_sections if o.kind == heading.kind]
        return heading.value == (open_values[-1] + 1 if open_values else 1)

    def _is_plain_heading(self, index: int) -> bool:
        """A short line without sentence punctuation between two parts of a plan ("XX局2019年党建工作要点"
        after section 三's items), under which the numbering starts again at 1."""
        line = self._lines[index]
        if (not self._open_sections or _width(line) > PLAIN_HEADING_WIDTH
                or _SENTENCE_PUNCTUATION.search(line.rstrip(":：")) or _line_start_mark(line) or _enum_marks(line)):
            return False
        top = self._open_sections[0].node
        if not (top.items or top.sections):
            return False  # straight under a heading a short line is its text ("重点任务")
        following = self._next_line(index)
        if following is None:
            return False
        heading = _match_heading(following, digit_heading=True)
        mark = _line_start_mark(following)
        return (heading.value if heading else mark.value if mark else None) == 1

    def _next_line(self, index: int) -> str | None:
        return next((self._lines[ahead] for ahead in range(index + 1, len(self._lines)) if self._lines[ahead]), None)

    def _next_enumeration(self, index: int) -> int | None:
        """The value of the word enumeration ("二是") that starts one of the next few lines, with only
        plain paragraphs between; None when a heading the builder will open or an item comes first."""
        for ahead in range(index + 1, min(index + 1 + ENUMERATION_LOOKAHEAD, len(self._lines))):
            following = self._lines[ahead]
            if not following:
                continue
            heading = _match_heading(following, ahead in self._digit_headings)
            if heading is not None and self._fits(heading):
                return None
            marks = _enum_marks(following)
            if marks and marks[0].start == 0:
                return marks[0].value
            if heading is not None or _line_start_mark(following):
                return None
        return None

    def _open_section(self, heading: _Heading) -> None:
        if heading.title is not None:
            title, rest = heading.title, heading.rest
        else:
            title, rest = _split_title(heading.rest)
        quarter = heading.quarter or _quarter_of(title)
        section = ParsedSection(heading.number, title, quarter=quarter)
        section.heading, section.run_on = heading.rest.strip(), rest
        self._place(heading.kind, heading.value, section)
        if rest:
            self._feed_paragraph(rest, None)

    def _place(self, kind: str, value: int, section: ParsedSection) -> None:
        """A kind already open closes what is below it and becomes its sibling; a new kind nests. An
        unnumbered heading is always a top-level section."""
        stack = self._open_sections
        if stack and stack[0].kind == _IMPLICIT or kind == _PLAIN:
            stack.clear()
        same = next((i for i, o in enumerate(stack) if o.kind == kind), None)
        if same is not None:
            del stack[same:]
        (stack[-1].node.sections if stack else self.sections).append(section)
        stack.append(_Open(kind, value, section))
        self._open_items.clear()

    def _feed_paragraph(self, text: str, index: int | None) -> None:
        """A paragraph: an optional mark at its start, then more items where the numbering goes on.

        Word enumerations count on from the one open ("三是" after "二是"), or start at 1 when "二是"
        follows in this paragraph or starts the next line; any other item restarts them."""
        enums = _enum_marks(text)
        first = _line_start_mark(text)
        enum_open = self._open_items[-1].value if self._open_items and self._open_items[-1].kind == "enum" else 0
        expected = 1 if first else enum_open + 1
        if first is None and enums and enums[0].start == 0:
            ahead = self._next_enumeration(index) if index is not None and expected == 1 else None
            first = self._counted(enums[0], expected, enums[1:], ahead)
        current = self._add_item(first) if first else None
        if first is not None:
            expected = first.value + 1 if first.kind == "enum" else 1
        position = first.end if first else 0
        for mark in sorted([*_inline_marks(text), *enums], key=lambda m: m.start):
            if mark.start < position:
                continue
            if mark.kind == "enum":
                counted = self._counted(mark, expected, [m for m in enums if m.start > mark.start], None)
                if counted is None:
                    continue
                mark, expected = counted, counted.value + 1
            elif self._continues(mark):
                expected = 1
            else:
                continue
            self._put(current, text[position : mark.start])
            current, position = self._add_item(mark), mark.end
        self._put(current, text[position:])

    @staticmethod
    def _counted(mark: _Mark, expected: int, later: list[_Mark], next_line: int | None) -> _Mark | None:
        """The enumeration mark numbered in its sequence, or None when it does not continue it."""
        if mark.value == _ENUM_NEXT_VALUE and expected > 1:
            value = expected
        elif mark.value != expected:
            return None
        elif expected == 1 and not (any(m.value == 2 for m in later) or next_line == 2):
            return None  # one "First," alone is a sentence, not a list
        else:
            value = expected
        return _Mark("enum", value, str(value), mark.start, mark.start)  # the words stay in the text

    def _continues(self, mark: _Mark) -> bool:
        open_values = [o.value for o in self._open_items if o.kind == mark.kind]
        if not open_values:
            return mark.value == 1
        return open_values[-1] < mark.value <= open_values[-1] + MAX_SKIP

    def _add_item(self, mark: _Mark) -> ParsedItem:
        section = self._current_section()
        stack = self._open_items
        same = next((i for i, o in enumerate(stack) if o.kind == mark.kind), None)
        if same is not None:
            del stack[same:]
        while stack and _ITEM_RANK[stack[-1].kind] > _ITEM_RANK[mark.kind]:
            stack.pop()
        item = ParsedItem(mark.number, "")
        (stack[-1].node.items if stack else section.items).append(item)
        stack.append(_Open(mark.kind, mark.value, item))
        return item

    def _current_section(self) -> ParsedSection:
        """Items before any heading go into one section with an empty title."""
        if not self._open_sections:
            section = ParsedSection("", "")
            self.sections.append(section)
            self._open_sections.append(_Open(_IMPLICIT, 0, section))
        return self._open_sections[-1].node

    def _put(self, item: ParsedItem | None, text: str) -> None:
        """Text after a mark belongs to its item; unnumbered text continues what is open."""
        text = text.strip()
        if not text:
            return
        if item is None and self._open_items:
            item = self._open_items[-1].node
        node: ParsedSection | ParsedItem | None = item
        if node is None and self._open_sections:
            node = self._open_sections[-1].node
        if node is None:
            self._text.append(text)
        else:
            self._parts.setdefault(id(node), (node, []))[1].append(text)


def _fold_empty_subsections(section: ParsedSection) -> None:
    """Depth first, so that a sub-section whose own sub-sections became items keeps them. When all
    sub-sections are empty they become the section's items; when some have items, an empty one keeps
    its place among them and holds itself as its one item."""
    for sub in section.sections:
        _fold_empty_subsections(sub)
    empty = [sub for sub in section.sections if not (sub.items or sub.sections or sub.quarter is not None)]
    if not empty:
        return
    if len(empty) == len(section.sections):
        section.items += [_heading_item(sub) for sub in empty]
        section.sections = []
        return
    for sub in empty:
        sub.items, sub.text = [_heading_item(sub, number="")], ""


def _heading_item(section: ParsedSection, number: str | None = None) -> ParsedItem:
    """The heading line with everything below it, as one task."""
    rest = section.text[len(section.run_on) :].strip() if section.text.startswith(section.run_on) else section.text
    heading = section.heading or section.title
    return ParsedItem(_item_number(section.number) if number is None else number,
                      _join(heading, rest) if rest else heading)


def _item_number(number: str) -> str:
    """"一" of a heading that became an item is item "1" (items are listed as "1. ...")."""
    if re.fullmatch(_CN_NUMBER, number):
        return str(_chinese_value(number))
    return number


def _split_title(rest: str) -> tuple[str, str]:
    """A heading's title and the body text it runs on into (see the module docstring)."""
    rest = rest.strip()
    end = _SENTENCE_END.search(rest)
    colon = _TITLE_COLON.search(rest)
    if colon and colon.start() > 0 and (end is None or colon.start() < end.start()):
        return rest[: colon.start()].strip(), rest[colon.end() :].strip()
    if end is None or not rest[end.end() :].strip():
        return rest.rstrip("。.．;；").strip(), ""
    first, after = rest[: end.start()].strip(), rest[end.end() :].strip()
    clause = _CLAUSE_END.search(first)
    if _width(first) <= HEADING_TITLE_WIDTH or clause is None:
        return first, after
    return first[: clause.start()].strip(), rest[clause.end() :].strip()


def _join(text: str, more: str) -> str:
    return f"{text}\n{more}" if text else more


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


_clean = clean_line


# --------------------------------------------------------------------------- title and notes

# "Work Plan > Department Work Plan", "首页 » 工作计划", "当前位置：..."
_BREADCRUMB = re.compile(r"\s[>＞]\s|[»›＞]|首页|当前位置|您的位置")
_WEBSITE_LINE = re.compile(
    r"(?:上一篇|下一篇|来源|发布时间|发布日期|浏览次数|点击次数|阅读次数|责任编辑|"
    r"previous article|next article|source|published)\s*[:：].*|返回顶部|返回列表|打印本页|关闭窗口|"
    r"【?打印】?|【?关闭】?|分享到.*",
    re.I,
)
_TRAILER_START = re.compile(
    r"(?:recommended|popular|related|hot|latest|more)\s+(?:articles?|reading|posts?|news)|"
    r"(?:推荐|热门|相关|最新|更多)(?:文章|阅读|新闻)|延伸阅读|猜你喜欢|相关推荐",
    re.I,
)  # the rest of the page after it is a list of other articles
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_LINE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
    r"(?:[一二三十]{1,3}日)?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|"
    rf"(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?\d{{4}}",
    re.I,
)


def _note_lines(lines: list[str]) -> set[int]:
    """Indexes of lines that belong to no part of the plan."""
    notes = {i for i, line in enumerate(lines) if line and _is_website_line(line)}
    starts = (i for i, line in enumerate(lines) if _TRAILER_START.fullmatch(line.rstrip(":：")))
    trailer = next(starts, None)
    if trailer is not None:
        notes.update(range(trailer, len(lines)))
    return notes | _signature(lines, notes)


def _is_website_line(line: str) -> bool:
    if _starts_structure(line):
        return False
    return bool(_WEBSITE_LINE.fullmatch(line)) or (_width(line) <= 100 and bool(_BREADCRUMB.search(line)))


def _signature(lines: list[str], notes: set[int]) -> set[int]:
    """The issuer and date below a plan ("柳北桥社区党委 / 2026年1月5日") would otherwise be glued to the
    last item: a date as last line, with up to two short lines above it, after some numbered line."""
    content = [i for i, line in enumerate(lines) if line and i not in notes]
    if not content or not _DATE_LINE.fullmatch(lines[content[-1]]):
        return set()
    block = [content[-1]]
    for index in reversed(content[:-1][-2:]):
        if not _is_signature(lines[index]):
            break
        block.append(index)
    if not any(_starts_structure(lines[i]) for i in content if i < min(block)):
        return set()
    return set(block)


def _is_signature(line: str) -> bool:
    short = _width(line) <= SIGNATURE_MAX_WIDTH
    return short and not _SENTENCE_PUNCTUATION.search(line) and not _starts_structure(line)


def _starts_structure(line: str) -> bool:
    return _line_start_mark(line) is not None or _match_heading(line) is not None


def _title_index(lines: list[str], notes: set[int]) -> int | None:
    """The first line that is not a note, if it looks like a title: short, not numbered, and not a
    sentence (titles do not end with a full stop)."""
    first = next((i for i, line in enumerate(lines) if line and i not in notes), None)
    if first is None:
        return None
    line = lines[first]
    if _starts_structure(line) or _width(line) > TITLE_MAX_WIDTH or line[-1] in "。.!！?？;；:：":
        return None
    return first
