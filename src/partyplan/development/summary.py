"""The member-development part of the yearly summary (or a quarter's report): who was admitted, their
age, sex and schooling, and the activists and development targets in training, in the report's language.

New members are counted from the development files (the day the branch meeting admitted them), the
one source every figure about new members comes from (plans.targets); the text says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from partyplan.development import stats
from partyplan.reports import official_docx as docx
from partyplan.reports.blocks import Block, Heading, Text

WORDS = {
    "zh_CN": {
        "heading": "发展党员工作情况",
        "admitted": "{span}发展新党员{n}名（按支部大会接收为预备党员之日统计，数据取自发展党员档案）",
        "shares": "，其中35岁以下{young}名、女性{women}名、高中及以上学历{schooled}名",
        "stock": "。截至{day}，有入党积极分子{activists}名、发展对象{targets}名。",
        "year": "全年", "quarter": "本季度",
    },
    "en": {
        "heading": "Member development",
        "admitted": "{span} {n} new members were admitted (counted on the day the branch meeting admitted them, "
                    "from the member development files)",
        "shares": ", {young} of them under 35, {women} women and {schooled} with senior high school or more",
        "stock": ". On {day} there were {activists} activists and {targets} development targets.",
        "year": "Over the year", "quarter": "In the quarter",
    },
}


@dataclass
class DevelopmentPart:
    figures: stats.YearStats
    whole_year: bool


def collect(session: Session, period, today: dt.date | None = None) -> DevelopmentPart | None:  # type: ignore[no-untyped-def]
    """None when no development file has anything to count: the report then leaves the part out."""
    today = today or dt.date.today()
    figures = stats.year_stats(session, period.year, min(today, period.end), since=period.start)
    if not (figures.new_members or figures.activists or figures.targets):
        return None
    return DevelopmentPart(figures, period.quarter is None)


def sentence(part: DevelopmentPart, language: str) -> str:
    w = WORDS["zh_CN" if language.startswith("zh") else "en"]
    f = part.figures
    text = w["admitted"].format(span=w["year" if part.whole_year else "quarter"], n=f.new_members)
    if f.new_members:
        text += w["shares"].format(young=f.under35, women=f.women, schooled=f.senior_education)
    return text + w["stock"].format(day=docx.format_date(f.as_of, language), activists=f.activists,
                                    targets=f.targets)


def blocks(part: DevelopmentPart, period, language: str) -> list[Block]:  # type: ignore[no-untyped-def]
    w = WORDS["zh_CN" if language.startswith("zh") else "en"]
    return [Heading(1, w["heading"]), Text(sentence(part, language))]
