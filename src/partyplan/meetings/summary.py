"""The meetings part of the yearly summary: held against required per type, attendance, resolutions
passed, and the democratic evaluation's results."""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Grade, Meeting, MeetingStatus, Resolution
from partyplan.meetings import cadence, evaluation, service
from partyplan.reports import charts
from partyplan.reports import official_docx as docx

GRADES = {Grade.EXCELLENT: "优秀", Grade.QUALIFIED: "合格", Grade.BASIC: "基本合格", Grade.UNQUALIFIED: "不合格"}


@dataclass
class MeetingsPart:
    per_type: list[tuple[str, int, int, float | None]]  # type, held, required, average attendance (0-1)
    held: int
    resolutions: int
    passed: int
    evaluation: list[tuple[str, int]] = field(default_factory=list)  # grade, people

    def sentence(self) -> str:
        text = f"全年召开各类会议{self.held}次，形成决议{self.resolutions}项，其中表决通过{self.passed}项。"
        if self.evaluation:
            text += "年底民主评议结果：" + "，".join(f"{g}{n}人" for g, n in self.evaluation) + "。"
        return text

    def chart(self) -> bytes | None:
        if not any(r is not None for *_rest, r in self.per_type):
            return None
        names = [n for n, *_ in self.per_type if _[2] is not None]
        rates = [round(100 * r) for _n, _h, _q, r in self.per_type if r is not None]
        return charts.bar_chart("各类会议平均出席率（%）", names, rates, horizontal=True,
                                height_in=max(2.5, 0.35 * len(names)))

    def preview_html(self) -> str:
        rows = "".join(f"<tr><td>{html.escape(n)}</td><td>{h}/{q}</td><td>{'' if r is None else f'{r:.0%}'}</td></tr>"
                       for n, h, q, r in self.per_type)
        return (f"<h3>{html.escape('会议召开情况')}</h3><p>{html.escape(self.sentence())}</p>"
                f"<table border=1 cellspacing=0 cellpadding=3>{rows}</table>")


def collect(session: Session, period) -> MeetingsPart | None:  # type: ignore[no-untyped-def]
    """None when no meeting of the period is recorded: the report then leaves the part out."""
    start, end = period.start, period.end
    report = cadence.check(session, period.year, min(dt.date.today(), end))
    held_by_type: dict[str, list[float]] = defaultdict(list)
    names: dict[int, str] = {}
    held = 0
    for row in service.list_meetings(session, period.year):
        names[row.type_id] = row.type_name
        if row.status is MeetingStatus.HELD and start <= row.day <= end:
            held += 1
            if row.attendance.rate is not None:
                held_by_type[row.type_name].append(row.attendance.rate)
    per_type = []
    for type_id, name in sorted(names.items(), key=lambda item: item[1]):
        tally = report.tally(type_id, period.quarter)
        rates = held_by_type.get(name, [])
        per_type.append((name, tally.held if tally.required else len(rates), tally.required,
                         sum(rates) / len(rates) if rates else None))
    if not held and not names:
        return None
    resolutions = session.scalars(select(Resolution).join(Meeting).where(
        Meeting.held_on >= start, Meeting.held_on <= end)).all()
    return MeetingsPart(per_type, held, len(resolutions), sum(1 for r in resolutions if r.passed),
                        _evaluation(session, period.year))


def _evaluation(session: Session, year: int) -> list[tuple[str, int]]:
    found = [e for e in evaluation.list_evaluations(session) if e.year == year]
    if not found:
        return []
    result = evaluation.results(session, found[-1].id)
    return [(word, result.grade_count(grade)) for grade, word in GRADES.items() if result.grade_count(grade)]


def write_docx(doc, numbering: docx.Numbering, part: MeetingsPart) -> None:  # type: ignore[no-untyped-def]
    docx.add_heading(doc, 1, "会议召开情况", numbering=numbering)
    docx.add_paragraph(doc, part.sentence())
    if part.per_type:
        docx.add_table(doc, ["会议类型", "召开/应开", "平均出席率"],
                       [[n, f"{h}/{q}" if q else str(h), "" if r is None else f"{r:.0%}"] for n, h, q, r in part.per_type],
                       [80, 35, 35])
