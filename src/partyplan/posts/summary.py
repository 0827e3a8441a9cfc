"""The volunteer part of the yearly summary (or a quarter's report): members per post, service given,
households visited, in the report's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from partyplan.posts import figures, service
from partyplan.reports.blocks import Block, Heading, Table, Text

WORDS = {
    "zh_CN": {
        "heading": "志愿服务和入户走访情况",
        "posts": "设立{posts}类志愿服务岗位，在岗党员和志愿者{members}人。",
        "service": "{span}开展服务{records}次，累计服务{hours}小时（折合{days}天）",
        "target": "，{met}人达到全年服务目标（共{expected}人）",
        "visits": "；入户走访{households}户{visits}次，群众反映困难{raised}件，解决{solved}件，目前尚有{open}件在跟进。",
        "year": "全年", "quarter": "本季度", "head": ["岗位", "在岗人数"],
    },
    "en": {
        "heading": "Volunteer posts and household visits",
        "posts": "{posts} kinds of volunteer post had {members} party members and volunteers on them. ",
        "service": "{span} they gave {records} services, {hours} hours in all ({days} days)",
        "target": "; {met} of {expected} reached the year's service target",
        "visits": "; {households} households were visited ({visits} visits), {raised} difficulties were raised "
                  "and {solved} solved, and {open} are still being followed up.",
        "year": "Over the year", "quarter": "In the quarter", "head": ["Post", "Members"],
    },
}


@dataclass
class PostsPart:
    year: int
    per_post: list[tuple[str, str, int]]  # post name, English name, members
    figures: figures.YearFigures
    whole_year: bool = True


def collect(session: Session, period, today: dt.date | None = None) -> PostsPart | None:  # type: ignore[no-untyped-def]
    """None when the office has no volunteer work recorded: the report then leaves the part out."""
    today = today or dt.date.today()
    per_post = [(row.name, row.name_en, row.members) for row in service.capacity_status(session)]
    found = figures.period_figures(session, period.start, period.end, today)
    if not found.members and not found.service_records and not found.visits.visits:
        return None
    return PostsPart(period.year, per_post, found, period.quarter is None)


def sentence(part: PostsPart, language: str) -> str:
    w = WORDS["zh_CN" if language.startswith("zh") else "en"]
    f = part.figures
    text = w["posts"].format(posts=f.posts, members=f.members) + w["service"].format(
        span=w["year" if part.whole_year else "quarter"], records=f.service_records, hours=f"{f.service_hours:g}",
        days=f"{f.service_days:.1f}")
    if part.whole_year:
        text += w["target"].format(met=f.target_met, expected=f.target_expected)
    v = f.visits
    return text + w["visits"].format(households=v.households, visits=v.visits, raised=v.difficulties_raised,
                                     solved=v.difficulties_solved, open=v.open_now)


def blocks(part: PostsPart, period, language: str) -> list[Block]:  # type: ignore[no-untyped-def]
    w = WORDS["zh_CN" if language.startswith("zh") else "en"]
    found: list[Block] = [Heading(1, w["heading"]), Text(sentence(part, language))]
    if part.per_post:
        english = not language.startswith("zh")
        found.append(Table(w["head"], [[(en or name) if english else name, members]
                                       for name, en, members in part.per_post], [100, 40]))
    return found
