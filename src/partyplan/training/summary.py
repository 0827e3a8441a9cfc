"""The training and commendations part of the yearly summary (or a quarter's report): sessions held,
days and class hours, who reached the year's requirement, and what was awarded, in the report's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from partyplan.reports.blocks import Block, Heading, Table, Text
from partyplan.training import commendations, service

WORDS = {
    "zh_CN": {
        "heading": "教育培训和表彰情况",
        "sessions": "{span}组织和参加培训{sessions}期，共{days}天、{hours}学时，参训{attended}人次。",
        "none": "{span}未登记培训。", "year": "全年", "quarter": "本季度",
        "required": "有年度培训要求的{expected}人中，{met}人已达到要求",
        "short": "，{short}人尚未达到（{names}）", "end": "。",
        "awards": "获得表彰{count}项：{list}。", "award": "{recipient}获{title}（{level}）", "sep": "；", "names_sep": "、",
        "levels": {"national": "国家级", "provincial": "省级", "municipal": "市级", "district": "区级",
                   "community": "社区级"},
        "head": ["培训名称", "日期", "天数/学时", "参训人数"], "day": "{m}月{d}日", "to": "—",
        "same_month": "{m}月{d}日—{d2}日", "days": "{}天", "hours": "{}学时", "slash": "/",
    },
    "en": {
        "heading": "Training and commendations",
        "sessions": "{span} {sessions} training sessions were held or attended: {days} days and {hours} class "
                    "hours, with {attended} attendances.",
        "none": "{span} no training was recorded.", "year": "Over the year", "quarter": "In the quarter",
        "required": "Of the {expected} people with a yearly training requirement, {met} have met it",
        "short": "; {short} have not yet ({names})", "end": ".",
        "awards": "{count} commendations were received: {list}.", "award": "{title} ({level}) to {recipient}",
        "sep": "; ", "names_sep": ", ",
        "levels": {"national": "national", "provincial": "provincial", "municipal": "municipal",
                   "district": "district", "community": "community"},
        "head": ["Training", "Dates", "Days / hours", "Attended"], "day": "{d} {mon}", "to": " – ",
        "same_month": "{d}–{d2} {mon}", "days": "{} d", "hours": "{} h", "slash": " / ",
    },
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_NAMES = 10  # those short of the requirement named in the sentence; more are counted only


@dataclass
class TrainingPart:
    sessions: list[service.SessionRow]
    awards: list[commendations.CommendationRow]
    required: list[service.PersonTotal]  # the year's report only: everyone with a requirement
    whole_year: bool


def collect(session: Session, period, today: dt.date | None = None) -> TrainingPart | None:  # type: ignore[no-untyped-def]
    """None when the period has no training and no commendation: the report then leaves the part out."""
    sessions = [row for row in service.list_sessions(session, period.year)
                if period.start <= row.data.start <= period.end]
    awards = [row for row in commendations.register(session, period.year)
              if period.start <= row.data.day <= period.end]
    whole_year = period.quarter is None
    required = [t for t in service.yearly_totals(session, period.year)
                if t.required_days is not None and not t.archived] if whole_year else []
    if not sessions and not awards:
        return None
    return TrainingPart(sessions, awards, required, whole_year)


def _words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.startswith("zh") else "en"]


def sentences(part: TrainingPart, language: str) -> list[str]:
    w = _words(language)
    span = w["year" if part.whole_year else "quarter"]
    found = []
    if part.sessions:
        found.append(w["sessions"].format(
            span=span, sessions=len(part.sessions), days=_num(sum(r.data.days for r in part.sessions)),
            hours=_num(sum(r.data.class_hours for r in part.sessions)),
            attended=sum(r.attended for r in part.sessions)))
    else:
        found.append(w["none"].format(span=span))
    if part.required:
        short = [t.name for t in part.required if t.shortfall > 0]
        text = w["required"].format(expected=len(part.required), met=len(part.required) - len(short))
        if short:
            names = w["names_sep"].join(short[:MAX_NAMES]) + ("…" if len(short) > MAX_NAMES else "")
            text += w["short"].format(short=len(short), names=names)
        found.append(text + w["end"])
    if part.awards:
        found.append(w["awards"].format(count=len(part.awards), list=w["sep"].join(
            w["award"].format(recipient=a.recipient, title=a.data.title, level=w["levels"].get(a.data.level, a.data.level))
            for a in part.awards)))
    return found


def blocks(part: TrainingPart, period, language: str) -> list[Block]:  # type: ignore[no-untyped-def]
    w = _words(language)
    found: list[Block] = [Heading(1, w["heading"]), *(Text(text) for text in sentences(part, language))]
    if part.sessions:
        found.append(Table(w["head"], [[r.data.title, _dates(r.data, w), _length(r.data, w), r.attended]
                                       for r in part.sessions], [70, 36, 28, 22]))
    return found


def _dates(data: service.SessionData, w: dict) -> str:  # type: ignore[type-arg]
    """8月12日, 9月16日—18日, 9月30日—10月2日 (the report's year goes without saying); 16–18 Sep in English."""
    start, end = data.start, data.end

    def day(d: dt.date) -> str:
        return w["day"].format(m=d.month, d=d.day, mon=MONTHS[d.month - 1])

    if start == end:
        return day(start)
    if (start.year, start.month) == (end.year, end.month):
        return w["same_month"].format(m=start.month, d=start.day, d2=end.day, mon=MONTHS[start.month - 1])
    return day(start) + w["to"] + day(end)


def _length(data: service.SessionData, w: dict) -> str:  # type: ignore[type-arg]
    """What was recorded: days, class hours, or both."""
    parts = ([w["days"].format(_num(data.days))] if data.days else []) + (
        [w["hours"].format(_num(data.class_hours))] if data.class_hours else [])
    return w["slash"].join(parts) or "—"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
