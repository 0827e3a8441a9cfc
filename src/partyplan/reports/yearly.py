"""The year's work summary (or a quarter's progress report) as a Word document to hand in.

Official-document look from reports.official_docx; numbers from summary_data, so they match the
screen; every area that has figures adds its own part through `part_writers`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm

from partyplan.reports import charts
from partyplan.reports import official_docx as docx
from partyplan.reports.summary_data import Summary

SECTIONS = ("plans", "duty", "posts", "meetings", "charts", "notes")
STATUS = {"not_started": "未开始", "in_progress": "进行中", "done": "已完成", "postponed": "已推迟",
          "cancelled": "已取消"}
CATEGORY = {"consultation": "咨询", "certificate": "证明开具", "complaint": "投诉", "dispute": "纠纷调解",
            "repair": "报修", "assistance": "困难求助", "suggestion": "意见建议", "other": "其他"}
COMPARISON = {"at_least": "不少于", "at_most": "不超过", "about": "约", "equal": "等于"}
PartWriter = Callable[[object, docx.Numbering, object], None]


def title_of(summary: Summary) -> str:
    period = summary.period
    if period.quarter is None:
        return f"{summary.office}{period.year}年工作总结"
    return f"{summary.office}{period.year}年第{docx.chinese_numeral(period.quarter)}季度工作进展情况"


def write(summary: Summary, path: Path, *, sections: Iterable[str] = SECTIONS, today: dt.date | None = None) -> Path:
    chosen = set(sections)
    doc = docx.new_document()
    docx.add_title(doc, title_of(summary))
    numbering = docx.Numbering()
    docx.add_paragraph(doc, _opening(summary))
    if "plans" in chosen and summary.plans:
        _plans(doc, numbering, summary)
    if "duty" in chosen:
        _duty(doc, numbering, summary)
    for name, writer in part_writers().items():
        if name in chosen and summary.extra.get(name) is not None:
            writer(doc, numbering, summary.extra[name])
    if "charts" in chosen:
        _charts(doc, numbering, summary)
    if "notes" in chosen and summary.notes.strip():
        docx.add_heading(doc, 1, "经验与不足、下一步工作思路", numbering=numbering)
        for paragraph in summary.notes.split("\n"):
            if paragraph.strip():
                docx.add_paragraph(doc, paragraph.strip())
    docx.add_signature(doc, summary.office, today or dt.date.today())
    docx.add_page_number_footer(doc)
    return docx.save(doc, path)


def part_writers() -> dict[str, PartWriter]:
    """Areas with their own part of the report (posts, meetings, ...), found if they are installed."""
    found: dict[str, PartWriter] = {}
    for name, module in (("posts", "partyplan.posts.summary"), ("meetings", "partyplan.meetings.summary")):
        try:
            found[name] = __import__(module, fromlist=["write_docx"]).write_docx
        except (ImportError, AttributeError):
            continue
    return found


def _opening(summary: Summary) -> str:
    done = sum(s.done for p in summary.plans for s in p.sections)
    total = sum(s.total for p in summary.plans for s in p.sections)
    share = f"{done / total:.0%}" if total else "—"
    span = f"{summary.period.year}年" if summary.period.quarter is None else \
        f"{summary.period.year}年第{docx.chinese_numeral(summary.period.quarter)}季度"
    return (f"{span}，{summary.office or '我单位'}围绕年度工作计划开展各项工作。计划任务共{total}项，已完成{done}项，"
            f"完成率{share}；全年（期内）发布错时值班表{len(summary.duty.months_published)}个月，"
            f"接待登记来访事项{summary.duty.entries}件。现将有关情况总结如下。")


def _plans(doc, numbering: docx.Numbering, summary: Summary) -> None:  # type: ignore[no-untyped-def]
    docx.add_heading(doc, 1, "工作计划完成情况", numbering=numbering)
    for plan in summary.plans:
        docx.add_heading(doc, 2, plan.title, numbering=numbering)
        for n, section in enumerate(plan.sections, 1):
            share = f"{section.done / section.total:.0%}" if section.total else "—"
            docx.add_paragraph(doc, f"{n}. {section.title}：完成{section.done}/{section.total}（{share}）。")
        if plan.done_items:
            docx.add_paragraph(doc, "已完成的主要工作：" + "；".join(
                f"{title}（{docx.format_date(day)}）" if day else title for title, day in plan.done_items) + "。")
        if plan.open_items:
            docx.add_paragraph(doc, "尚未完成的工作：" + "；".join(
                f"{title}（{STATUS.get(status.value, status.value)}{'，' + note if note else ''}）"
                for title, status, note in plan.open_items) + "。")
        if plan.targets:
            docx.add_table(doc, ["指标", "目标", "实际", "完成率"], [
                [t.indicator, f"{COMPARISON.get(t.comparison.value, '')}{_num(t.target_value)}{t.unit}",
                 f"{_num(t.actual)}{t.unit}" if t.actual is not None else "—",
                 f"{t.attainment:.0%}" if t.attainment is not None else "—"] for t in plan.targets],
                [70, 35, 30, 25])


def _duty(doc, numbering: docx.Numbering, summary: Summary) -> None:  # type: ignore[no-untyped-def]
    duty = summary.duty
    docx.add_heading(doc, 1, "错时值班服务情况", numbering=numbering)
    months = "、".join(f"{m}月" for m in duty.months_published) or "无"
    categories = "、".join(f"{CATEGORY.get(k, k)}{v}件" for k, v in duty.by_category.items() if v)
    docx.add_paragraph(doc, f"按月编制并公布错时值班表，已发布：{months}。值班期间登记居民来访事项{duty.entries}件"
                            f"{'（' + categories + '）' if categories else ''}，办结率{duty.resolved_share:.0%}，"
                            f"尚在跟进{duty.open_follow_ups}件，班子检查值班记录{duty.inspected}条。")
    if duty.per_person:
        docx.add_table(doc, ["值班人员", "值班次数", "休息日", "节假日"],
                       [[name, d, r, h] for name, d, r, h in duty.per_person], [50, 35, 35, 35])


def _charts(doc, numbering: docx.Numbering, summary: Summary) -> None:  # type: ignore[no-untyped-def]
    images: list[bytes] = []
    quarters = {q: (0, 0) for q in range(1, 5)}
    for plan in summary.plans:
        for q, (done, total) in plan.by_quarter.items():
            quarters[q] = (quarters[q][0] + done, quarters[q][1] + total)
    if any(total for _done, total in quarters.values()):
        images.append(charts.bar_chart("计划任务按季度完成情况", [f"第{docx.chinese_numeral(q)}季度" for q in quarters],
                                       [d for d, _t in quarters.values()], totals=[t for _d, t in quarters.values()]))
    if summary.duty.per_person:
        people = summary.duty.per_person[:20]
        images.append(charts.bar_chart("值班次数（人）", [p[0] for p in people], [p[1] for p in people],
                                       horizontal=True, height_in=max(2.5, 0.28 * len(people))))
    for name in ("meetings",):
        extra = summary.extra.get(name)
        chart = getattr(extra, "chart", None)
        image = chart() if callable(chart) else None
        if image:
            images.append(image)
    if not images:
        return
    docx.add_heading(doc, 1, "统计图表", numbering=numbering)
    for image in images:
        _picture(doc, image)


def _picture(doc, image: bytes) -> None:  # type: ignore[no-untyped-def]
    """A picture in a paragraph of its own: the body style's exact 28 pt line height would clip it."""
    doc.add_picture(io.BytesIO(image), width=Mm(150))
    paragraph = doc.paragraphs[-1]
    paragraph.style = doc.styles["Normal"]
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    paragraph.paragraph_format.first_line_indent = Mm(0)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
