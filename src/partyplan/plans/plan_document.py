"""What a plan's Word file carries besides its text, read back on import: each item's responsible unit,
people and period, the targets table, and the issuing office with the plan's date.

PartyPlan writes them (plans.export) as offices write them by hand: "1. 任务（责任单位：社区党委、夏婷蓉；
时间：第二季度）", a table headed 指标 / 目标 / 目前完成 / 实际数来源, and the office over the date at the
end. Without this, a plan exported and imported again came back with its targets as a section of
tab-separated text (the last row taken for the signature), its units and periods inside the item titles,
and its signature among the notes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from partyplan.db.models import Comparison, Recurrence

# The targets table's header, as written in either language (the fourth column came later)
TARGET_HEADERS = (("指标", "目标"), ("Indicator", "Target"))
TARGETS_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|\d+\.\s*)?(?:主要目标|Targets)")
AS_OF_NOTE = re.compile(r"注：目前完成数截至.*|Note: actual values as on .*")
COMPARISONS = (("不少于", Comparison.AT_LEAST), ("不超过", Comparison.AT_MOST), ("约", Comparison.ABOUT),
               ("等于", Comparison.EQUAL), ("at least", Comparison.AT_LEAST), ("at most", Comparison.AT_MOST),
               ("about", Comparison.ABOUT), ("exactly", Comparison.EQUAL))
AIM = re.compile(r"\s*(?P<value>-?\d+(?:\.\d+)?)\s*(?P<unit>.*)")
# The bracket after an item: （责任单位：…；时间：…） or (Responsible: …; Period: …)
DETAILS = re.compile(r"\s*(?:（(?P<zh>[^（）]*)）|\((?P<en>[^()]*)\))\s*$")
WHO_KEYS = ("责任单位", "Responsible")
WHEN_KEYS = ("时间", "Period")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_CN = {c: n for n, c in enumerate("一二三四", 1)}
DATE_FORMS = (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
              re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
              re.compile(r"(?P<d>\d{1,2})\s+(?P<mname>[A-Za-z]+),?\s+(?P<y>\d{4})"))


@dataclass
class ItemDetails:
    """An item's bracket as read: who is responsible (the unit and people's names) and when."""

    who: list[str] = field(default_factory=list)
    quarter: int | None = None
    month: int | None = None
    due_date: dt.date | None = None
    recurrence: Recurrence = Recurrence.NONE


@dataclass
class TargetLine:
    indicator: str
    target_value: float
    unit: str
    comparison: Comparison
    source: str | None


def take_targets(text: str) -> tuple[str, list[TargetLine], list[str]]:
    """The text without its targets table (and the table's heading and as-of note), the targets read
    from it, and the rows that could not be read (kept as notes: nothing is dropped)."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if _is_header(line)), None)
    if start is None:
        return text, [], []
    end = start + 1
    while end < len(lines) and "\t" in lines[end]:
        end += 1
    found, unread = [], []
    for line in lines[start + 1:end]:
        target = _target(line.split("\t"))
        if target is None:
            unread.append(line)
        else:
            found.append(target)
    before = start - 1
    while before >= 0 and not lines[before].strip():
        before -= 1
    first = before if before >= 0 and TARGETS_HEADING.fullmatch(lines[before].strip()) else start
    after = end
    while after < len(lines) and not lines[after].strip():
        after += 1
    last = after + 1 if after < len(lines) and AS_OF_NOTE.fullmatch(lines[after].strip()) else end
    return "\n".join(lines[:first] + lines[last:]), found, unread


def item_details(text: str) -> tuple[str, ItemDetails | None]:
    """An item's text without its bracket of unit, people and period, and what the bracket says; a
    bracket of anything else ("（1）", the office's own remark) is left in the text."""
    match = DETAILS.search(text)
    if match is None:
        return text, None
    inner = match["zh"] if match["zh"] is not None else match["en"]
    details = ItemDetails()
    for part in re.split(r"[；;]\s*", inner):
        pair = re.fullmatch(r"\s*(?P<key>[^：:]+?)\s*[：:]\s*(?P<value>.+?)\s*", part)
        if pair is not None and pair["key"] in WHO_KEYS:
            details.who = [name.strip() for name in re.split(r"、|,\s*", pair["value"]) if name.strip()]
        elif pair is None or pair["key"] not in WHEN_KEYS or not _period(pair["value"], details):
            return text, None
    return text[:match.start()].rstrip(), details


def signature(notes: list[str]) -> tuple[list[str], str, dt.date | None]:
    """The office and date under the plan, taken out of the notes the text reader put them in."""
    if not notes:
        return notes, "", None
    dated = read_date(notes[-1])
    if dated is None:
        return notes, "", None
    rest = notes[:-1]
    office = ""
    if rest and len(rest[-1]) <= 40 and not re.search(r"[。.!?！？;；:：,，]", rest[-1]):
        office = rest.pop()
    return rest, office, dated


def read_date(text: str) -> dt.date | None:
    for form in DATE_FORMS:
        match = form.fullmatch(text.strip())
        if match is None:
            continue
        month = int(match["m"]) if "m" in form.groupindex else _month_number(match["mname"])
        try:
            return dt.date(int(match["y"]), month or 0, int(match["d"]))
        except ValueError:
            return None
    return None


def _is_header(line: str) -> bool:
    cells = line.split("\t")
    return any(cells[:2] == list(header) for header in TARGET_HEADERS)


def _target(cells: list[str]) -> TargetLine | None:
    """indicator, aim ("不少于26%"), then the actual value and its source, either of which may be empty
    (the reader leaves empty cells out): the source is the last cell when it names one."""
    from partyplan.plans.export import SOURCE_WORDS

    if len(cells) < 2:
        return None
    indicator, aim = cells[0].strip(), cells[1].strip()
    comparison = Comparison.AT_LEAST
    for word, kind in COMPARISONS:
        if aim.startswith(word):
            comparison, aim = kind, aim[len(word):]
            break
    match = AIM.fullmatch(aim)
    if not indicator or match is None:
        return None
    labels = {label: source for words in SOURCE_WORDS.values() for source, label in words.items()}
    source = labels.get(cells[-1].strip()) if len(cells) > 2 else None
    return TargetLine(indicator, float(match["value"]), match["unit"].strip(), comparison, source)


def _period(text: str, details: ItemDetails) -> bool:
    lowered = text.lower()
    if text in ("每季度", "Every quarter"):
        details.recurrence = Recurrence.QUARTERLY
    elif text in ("每月", "Every month"):
        details.recurrence = Recurrence.MONTHLY
    elif (quarter := re.fullmatch(r"第([一二三四1-4])季度|Q([1-4])", text)) is not None:
        number = quarter[1] or quarter[2]
        details.quarter = _CN.get(number) or int(number)
    elif (month := re.fullmatch(r"(\d{1,2})月", text)) is not None and 1 <= int(month[1]) <= 12:
        details.month = int(month[1])
    elif lowered in MONTHS:
        details.month = MONTHS.index(lowered) + 1
    elif (due := re.fullmatch(r"(.+)前|by (.+)", text)) is not None and read_date(due[1] or due[2]):
        details.due_date = read_date(due[1] or due[2])
    else:
        return False
    return True


def _month_number(name: str) -> int | None:
    name = name.lower()
    return next((n for n, month in enumerate(MONTHS, 1) if month.startswith(name[:3])), None)
