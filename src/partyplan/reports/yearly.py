"""The year's work summary (or a quarter's progress report) as a Word document to hand in, in Chinese
or in English.

Official-document look from reports.official_docx; numbers from summary_data, so they match the
screen. The content is built once as blocks (reports.blocks) and written to Word or, for the dialog's
preview, to HTML; every area with figures adds its own part (summary_data.AREAS).
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable
from pathlib import Path

from partyplan.plans import targets as plan_targets
from partyplan.reports import charts
from partyplan.reports import official_docx as docx
from partyplan.reports.blocks import Block, Chart, Heading, Table, Text, to_docx, to_html
from partyplan.reports.summary_data import AREAS, PlanResult, Summary

SECTIONS = ("plans", "duty", "posts", "meetings", "training", "development", "charts", "notes")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WORDS = {
    "zh_CN": {
        "title_year": "{office}{year}年工作总结", "title_quarter": "{office}{year}年第{q}季度工作进展情况",
        "we": "我单位",
        "opening_year": "{year}年，{office}围绕年度工作计划开展各项工作。计划任务共{total}项，已完成{done}项，"
                        "完成率{share}；全年{duty}。现将有关情况总结如下。",
        "opening_quarter": "{year}年第{q}季度，{office}按照年度工作计划推进各项工作。本季度安排的计划任务共{total}项，"
                           "已完成{done}项，完成率{share}{year_round}；本季度{duty}。现将有关情况报告如下。",
        "year_round_clause": "；另有全年推进、不分季度的工作{total}项，截至季末已完成{done}项",
        "duty_clause": "发布错时值班表{months}个月，接待登记来访事项{entries}件",
        "no_duty_clause": "未发布错时值班表，接待登记来访事项{entries}件",
        "plans": "工作计划完成情况", "section": "{n}. {title}：完成{done}/{total}（{share}）。",
        "no_section": "本季度没有安排该计划的任务。",
        "done": "已完成的主要工作：{list}。", "open": "尚未完成的工作：{list}。", "year_round": "全年推进的工作：{list}。",
        "item_date": "{title}（{date}）", "item_status": "{title}（{status}）", "item_note": "{title}（{status}，{note}）",
        "list_sep": "；",
        "status": {"not_started": "未开始", "in_progress": "进行中", "done": "已完成", "postponed": "已推迟",
                   "cancelled": "已取消"},
        "done_on": "已完成，{date}",
        "targets_head": ["指标", "目标", "实际", "完成情况"],
        "comparison": {"at_least": "不少于", "at_most": "不超过", "about": "约", "equal": "等于"}, "cmp_sep": "",
        "exceeded": "超额完成（{actual}/{target}）", "reached": "完成（{actual}/{target}）",
        "above": "超出目标（{actual}/{target}）",
        "note": "注：{parts}。", "note_sep": "；", "as_of": "实际数截至{date}",
        "from_development": "发展党员相关指标取自发展党员档案（新党员按支部大会接收为预备党员之日统计）",
        "from_people": "党员人数取自人员名单", "typed": "其余为填报数",
        "duty": "错时值班服务情况",
        "duty_text": "按月编制并公布错时值班表，已发布：{months}。值班期间登记居民来访事项{entries}件{categories}，"
                     "办结率{resolved}，尚在跟进{open}件，班子检查值班记录{inspected}条。",
        "duty_none": "{span}未发布错时值班表，{entries_text}。",
        "entries_some": "值班期间登记居民来访事项{entries}件{categories}", "entries_none": "未登记居民来访事项",
        "span_year": "全年", "span_quarter": "本季度",
        "month": "{m}月", "month_sep": "、", "categories": "（{list}）", "category": "{name}{n}件", "cat_sep": "、",
        "duty_head": ["值班人员", "值班次数", "休息日", "节假日"],
        "charts": "统计图表", "chart_quarters": "计划任务按季度完成情况", "quarter_label": "第{q}季度",
        "chart_duties": "值班次数（人）",
        "notes_year": "经验与不足、下一步工作思路", "notes_quarter": "存在的问题和下一步打算",
    },
    "en": {
        "title_year": "{office}Work summary {year}", "title_quarter": "{office}Progress report, Q{q} {year}",
        "we": "the office",
        "opening_year": "In {year}, {office} carried out its work under the year's plan. Of {total} planned tasks, "
                        "{done} are done ({share}); over the year {duty}. The details follow.",
        "opening_quarter": "In Q{q} {year}, {office} carried the year's plan forward. Of the {total} tasks planned "
                           "for the quarter, {done} are done ({share}){year_round}; in the quarter {duty}. "
                           "The details follow.",
        "year_round_clause": "; of the {total} tasks that run all year, {done} were done by the quarter's end",
        "duty_clause": "duty rosters were published for {months} months and {entries} visitors' matters recorded",
        "no_duty_clause": "no duty roster was published and {entries} visitors' matters were recorded",
        "plans": "Plan results", "section": "{n}. {title}: {done} of {total} done ({share}).",
        "no_section": "No task of this plan falls in the quarter.",
        "done": "Done: {list}.", "open": "Not yet done: {list}.", "year_round": "Work that runs all year: {list}.",
        "item_date": "{title} ({date})", "item_status": "{title} ({status})", "item_note": "{title} ({status}; {note})",
        "list_sep": "; ",
        "status": {"not_started": "not started", "in_progress": "in progress", "done": "done",
                   "postponed": "postponed", "cancelled": "cancelled"},
        "done_on": "done {date}",
        "targets_head": ["Indicator", "Target", "Actual", "Attainment"],
        "comparison": {"at_least": "at least", "at_most": "at most", "about": "about", "equal": "exactly"},
        "cmp_sep": " ",
        "exceeded": "exceeded ({actual} of {target})", "reached": "reached ({actual} of {target})",
        "above": "above target ({actual} of {target})",
        "note": "Note: {parts}.", "note_sep": "; ", "as_of": "actual values as on {date}",
        "from_development": "figures on new members come from the member development files (counted on the day "
                            "the branch meeting admitted them)",
        "from_people": "party members from People", "typed": "the rest as recorded by hand",
        "duty": "Staggered-hours duty",
        "duty_text": "Duty rosters were drawn up and published each month: {months}. On duty, {entries} visitors' "
                     "matters were recorded{categories}; {resolved} were resolved, {open} are still being followed "
                     "up, and leaders inspected {inspected} records.",
        "duty_none": "{span} no duty roster was published, and {entries_text}.",
        "entries_some": "{entries} visitors' matters were recorded{categories}",
        "entries_none": "no visitors' matter was recorded",
        "span_year": "Over the year", "span_quarter": "In the quarter",
        "month": "{name}", "month_sep": ", ", "categories": " ({list})", "category": "{name} {n}", "cat_sep": ", ",
        "duty_head": ["On duty", "Duties", "Rest days", "Holidays"],
        "charts": "Charts", "chart_quarters": "Plan tasks done by quarter", "quarter_label": "Q{q}",
        "chart_duties": "Duties per person",
        "notes_year": "Lessons learned and next year's ideas", "notes_quarter": "Problems and next steps",
    },
}


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def _chinese(language: str) -> bool:
    return language.lower().startswith("zh")


def title_of(summary: Summary, language: str = "zh_CN") -> str:
    w, period = words(language), summary.period
    office = summary.office if _chinese(language) or not summary.office else f"{summary.office}: "
    if period.quarter is None:
        return w["title_year"].format(office=office, year=period.year)
    q = docx.chinese_numeral(period.quarter) if _chinese(language) else period.quarter
    return w["title_quarter"].format(office=office, year=period.year, q=q)


def write(summary: Summary, path: Path, *, sections: Iterable[str] = SECTIONS, today: dt.date | None = None,
          language: str = "zh_CN") -> Path:
    doc = docx.new_document()
    office_end = [len(summary.office)] if summary.office and _chinese(language) else []
    docx.add_title(doc, title_of(summary, language), breaks=office_end)
    to_docx(doc, content(summary, sections, language), docx.Numbering(language))
    docx.add_signature(doc, summary.office, today or dt.date.today(), language=language)
    docx.add_page_number_footer(doc)
    return docx.save(doc, path)


def preview_html(summary: Summary, sections: Iterable[str], language: str = "zh_CN") -> str:
    """The document's words and numbers as the dialog's preview shows them (charts as their titles)."""
    import html

    return (f"<h2>{html.escape(title_of(summary, language))}</h2>\n"
            + to_html(content(summary, sections, language), docx.Numbering(language)))


def content(summary: Summary, sections: Iterable[str], language: str) -> list[Block]:
    """Everything below the title, in order: the opening, each chosen part, the charts, the notes."""
    chosen = set(sections)
    w = words(language)
    found: list[Block] = [Text(opening(summary, language))]
    if "plans" in chosen and summary.plans:
        found += _plans(summary, w, language)
    if "duty" in chosen:
        found += _duty(summary, w, language)
    for name, module in AREAS:
        part = summary.extra.get(name)
        if name in chosen and part is not None:
            found += importlib.import_module(module).blocks(part, summary.period, language)
    if "charts" in chosen:
        found += _charts(summary, w, language)
    if "notes" in chosen and summary.notes.strip():
        found.append(Heading(1, w["notes_year" if summary.period.quarter is None else "notes_quarter"]))
        found += [Text(line.strip()) for line in summary.notes.split("\n") if line.strip()]
    return found


def opening(summary: Summary, language: str = "zh_CN") -> str:
    w, period = words(language), summary.period
    done = sum(p.done for p in summary.plans)
    total = sum(p.total for p in summary.plans)
    duty = summary.duty
    duty_text = (w["duty_clause"].format(months=len(duty.months_published), entries=duty.entries)
                 if duty.months_published else w["no_duty_clause"].format(entries=duty.entries))
    values = {"year": period.year, "office": summary.office or w["we"], "total": total, "done": done,
              "share": _share(done, total), "duty": duty_text}
    if period.quarter is None:
        return w["opening_year"].format(**values)
    year_round = [status for p in summary.plans for _title, status, _day in p.year_round
                  if status.value != "cancelled"]
    clause = w["year_round_clause"].format(total=len(year_round), done=sum(s.value == "done" for s in year_round)) \
        if year_round else ""
    q = docx.chinese_numeral(period.quarter) if _chinese(language) else period.quarter
    return w["opening_quarter"].format(q=q, year_round=clause, **values)


def _plans(summary: Summary, w: dict, language: str) -> list[Block]:  # type: ignore[type-arg]
    found: list[Block] = [Heading(1, w["plans"])]
    for plan in summary.plans:
        found.append(Heading(2, plan.title))
        found += [Text(w["section"].format(n=n, title=s.title, done=s.done, total=s.total,
                                           share=_share(s.done, s.total)))
                  for n, s in enumerate(plan.sections, 1)]
        if not plan.sections and summary.period.quarter is not None:
            found.append(Text(w["no_section"]))
        if plan.done_items:
            found.append(Text(w["done"].format(list=w["list_sep"].join(
                w["item_date"].format(title=title, date=docx.format_date(day, language)) if day else title
                for title, day in plan.done_items))))
        if plan.open_items:
            found.append(Text(w["open"].format(list=w["list_sep"].join(
                w["item_note" if note else "item_status"].format(title=title, status=w["status"][status.value],
                                                                 note=note)
                for title, status, note in plan.open_items))))
        if plan.year_round:
            found.append(Text(w["year_round"].format(list=w["list_sep"].join(
                w["item_status"].format(title=title, status=w["done_on"].format(date=docx.format_date(day, language))
                                        if day else w["status"][status.value])
                for title, status, day in plan.year_round))))
        if plan.targets:
            found += _targets(plan, summary, w, language)
    return found


def _targets(plan: PlanResult, summary: Summary, w: dict, language: str) -> list[Block]:  # type: ignore[type-arg]
    rows = [[t.indicator, f"{w['comparison'][t.comparison.value]}{w['cmp_sep']}{_num(t.target_value)}{t.unit}",
             f"{_num(t.actual)}{t.unit}" if t.actual is not None else "—", attainment_text(t, language)]
            for t in plan.targets]
    parts = []
    if summary.period.quarter is not None:
        parts.append(w["as_of"].format(date=docx.format_date(summary.period.end, language)))
    sources = {plan_targets.canonical_source(t.source) for t in plan.targets}
    if any(s and s.startswith("dev_") for s in sources):
        parts.append(w["from_development"])
    if "party_members" in sources:
        parts.append(w["from_people"])
    if None in sources and len(sources) > 1:
        parts.append(w["typed"])
    found: list[Block] = [Table(w["targets_head"], rows, [52, 32, 28, 44])]
    if parts:
        found.append(Text(w["note"].format(parts=w["note_sep"].join(parts))))
    return found


def attainment_text(row: plan_targets.TargetRow, language: str = "zh_CN") -> str:
    """50 %, or "超额完成（6/3）" / "exceeded (6 of 3)" for an at-least target passed: never "200 %"."""
    kind = plan_targets.attainment_kind(row)
    if kind == "none":
        return "—"
    if kind == "share":
        return f"{row.attainment:.0%}"
    return words(language)[kind].format(actual=_num(row.actual), target=_num(row.target_value))


def _duty(summary: Summary, w: dict, language: str) -> list[Block]:  # type: ignore[type-arg]
    from partyplan.rosters.duty_log_export import words as log_words

    duty = summary.duty
    names = log_words(language)["categories"]
    categories = w["cat_sep"].join(w["category"].format(name=names.get(k, k), n=v)
                                   for k, v in duty.by_category.items() if v)
    values = {"entries": duty.entries, "categories": w["categories"].format(list=categories) if categories else "",
              "months": w["month_sep"].join(w["month"].format(m=m, name=MONTHS[m - 1]) for m in duty.months_published),
              "resolved": f"{duty.resolved_share:.0%}", "open": duty.open_follow_ups, "inspected": duty.inspected}
    values["span"] = w["span_year" if summary.period.quarter is None else "span_quarter"]
    values["entries_text"] = w["entries_some" if duty.entries else "entries_none"].format(**values)
    found: list[Block] = [Heading(1, w["duty"]),
                          Text(w["duty_text" if duty.months_published else "duty_none"].format(**values))]
    if duty.per_person:
        found.append(Table(w["duty_head"], [[name, d, r, h] for name, d, r, h in duty.per_person], [50, 35, 35, 35]))
    return found


def _charts(summary: Summary, w: dict, language: str) -> list[Block]:  # type: ignore[type-arg]
    found: list[Block] = []
    quarters = {q: (0, 0) for q in range(1, 5)}
    for plan in summary.plans:
        for q, (done, total) in plan.by_quarter.items():
            quarters[q] = (quarters[q][0] + done, quarters[q][1] + total)
    if any(total for _done, total in quarters.values()):
        labels = [w["quarter_label"].format(q=docx.chinese_numeral(q) if _chinese(language) else q) for q in quarters]
        title = w["chart_quarters"]
        found.append(Chart(title, lambda: charts.bar_chart(title, labels, [d for d, _t in quarters.values()],
                                                           totals=[t for _d, t in quarters.values()])))
    if summary.duty.per_person:
        people = summary.duty.per_person[:20]
        title_duties = w["chart_duties"]
        found.append(Chart(title_duties, lambda: charts.bar_chart(
            title_duties, [p[0] for p in people], [p[1] for p in people], horizontal=True,
            height_in=max(2.5, 0.28 * len(people)))))
    meetings = summary.extra.get("meetings")
    if meetings is not None:
        from partyplan.meetings import summary as meetings_summary

        chart = meetings_summary.chart(meetings, language)  # type: ignore[arg-type]
        if chart is not None:
            found.append(chart)
    return [Heading(1, w["charts"]), *found] if found else []


def _share(done: int, total: int) -> str:
    return f"{done / total:.0%}" if total else "—"


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
