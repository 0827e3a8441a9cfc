"""The meetings part of the yearly summary (or a quarter's report): held against required per type,
attendance, resolutions passed, and the year's democratic evaluation, in the report's language."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Grade, Meeting, MeetingStatus, Resolution
from partyplan.meetings import cadence, evaluation, service
from partyplan.reports import charts
from partyplan.reports.blocks import Block, Chart, Heading, Table, Text

GRADES = (Grade.EXCELLENT, Grade.QUALIFIED, Grade.BASIC, Grade.UNQUALIFIED)
WORDS = {
    "zh_CN": {
        "heading": "会议召开情况",
        "held": "{span}召开各类会议{held}次，形成决议{resolutions}项，其中表决通过{passed}项。",
        "year": "全年", "quarter": "本季度",
        "evaluation": "年底民主评议结果：{grades}。", "grade": "{grade}{n}人", "sep": "，",
        "grades": {Grade.EXCELLENT: "优秀", Grade.QUALIFIED: "合格", Grade.BASIC: "基本合格", Grade.UNQUALIFIED: "不合格"},
        "head": ["会议类型", "召开/应开", "平均出席率"], "chart": "各类会议平均出席率（%）",
    },
    "en": {
        "heading": "Meetings",
        "held": "{span} {held} meetings were held and {resolutions} resolutions made, {passed} of them passed by vote.",
        "year": "Over the year", "quarter": "In the quarter",
        "evaluation": "The year-end democratic evaluation: {grades}.", "grade": "{grade} {n}", "sep": ", ",
        "grades": {Grade.EXCELLENT: "excellent", Grade.QUALIFIED: "qualified", Grade.BASIC: "basically qualified",
                   Grade.UNQUALIFIED: "unqualified"},
        "head": ["Meeting type", "Held / required", "Average attendance"], "chart": "Average attendance by meeting type (%)",
    },
}


@dataclass
class MeetingsPart:
    # type, English type name, held, required, average attendance (0-1)
    per_type: list[tuple[str, str, int, int, float | None]]
    held: int
    resolutions: int
    passed: int
    evaluation: dict[Grade, int] = field(default_factory=dict)  # the year's report only
    whole_year: bool = True


def collect(session: Session, period, today: dt.date | None = None) -> MeetingsPart | None:  # type: ignore[no-untyped-def]
    """None when no meeting of the period is recorded: the report then leaves the part out."""
    start, end = period.start, period.end
    report = cadence.check(session, period.year, min(today or dt.date.today(), end))
    held_by_type: dict[int, list[float]] = defaultdict(list)
    names: dict[int, tuple[str, str]] = {}
    held = 0
    for row in service.list_meetings(session, period.year):
        names[row.type_id] = (row.type_name, row.type_name_en or "")
        if row.status is MeetingStatus.HELD and start <= row.day <= end:
            held += 1
            if row.attendance.rate is not None:
                held_by_type[row.type_id].append(row.attendance.rate)
    per_type = []
    for type_id, (name, name_en) in sorted(names.items(), key=lambda item: item[1][0]):
        tally = report.tally(type_id, period.quarter)
        rates = held_by_type.get(type_id, [])
        per_type.append((name, name_en, tally.held if tally.required else len(rates), tally.required,
                         sum(rates) / len(rates) if rates else None))
    if not held and not names:
        return None
    resolutions = session.scalars(select(Resolution).join(Meeting).where(
        Meeting.held_on >= start, Meeting.held_on <= end)).all()
    return MeetingsPart(per_type, held, len(resolutions), sum(1 for r in resolutions if r.passed),
                        _evaluation(session, period.year) if period.quarter is None else {},
                        period.quarter is None)


def _evaluation(session: Session, year: int) -> dict[Grade, int]:
    found = [e for e in evaluation.list_evaluations(session) if e.year == year]
    if not found:
        return {}
    result = evaluation.results(session, found[-1].id)
    return {grade: result.grade_count(grade) for grade in GRADES if result.grade_count(grade)}


def _words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.startswith("zh") else "en"]


def _name(name: str, name_en: str, language: str) -> str:
    return name if language.startswith("zh") or not name_en else name_en


def sentence(part: MeetingsPart, language: str) -> str:
    w = _words(language)
    text = w["held"].format(span=w["year" if part.whole_year else "quarter"], held=part.held,
                            resolutions=part.resolutions, passed=part.passed)
    if part.evaluation:
        text += w["evaluation"].format(grades=w["sep"].join(
            w["grade"].format(grade=w["grades"][g], n=n) for g, n in part.evaluation.items()))
    return text


def blocks(part: MeetingsPart, period, language: str) -> list[Block]:  # type: ignore[no-untyped-def]
    w = _words(language)
    found: list[Block] = [Heading(1, w["heading"]), Text(sentence(part, language))]
    if part.per_type:
        found.append(Table(w["head"], [[_name(n, en, language), f"{h}/{q}" if q else str(h),
                                        "" if r is None else f"{r:.0%}"] for n, en, h, q, r in part.per_type],
                           [80, 35, 35]))
    return found


def chart(part: MeetingsPart, language: str) -> Chart | None:
    """Average attendance per meeting type, for the report's charts part."""
    rated = [(_name(n, en, language), r) for n, en, _h, _q, r in part.per_type if r is not None]
    if not rated:
        return None
    title = _words(language)["chart"]
    return Chart(title, lambda: charts.bar_chart(title, [n for n, _r in rated], [round(100 * r) for _n, r in rated],
                                                 horizontal=True, height_in=max(2.5, 0.35 * len(rated))))
