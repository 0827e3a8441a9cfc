"""The member's file as the standard checklist (发展党员工作全程纪实表), one A4 page per member, in the
official layout of reports/official_docx.py: the person, then every step of 《中国共产党发展党员工作细则》
by its five phases with the day done, the documents and the step's state, and the branch's signature.

Words written into the file follow the chosen language; names, notes and numbers are the office's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import DevelopmentCase, Person
from partyplan.development.checklist import PHASES, Checklist, ChecklistItem, ItemState, checklist
from partyplan.development.export import words as register_words
from partyplan.development.rules import load_rules
from partyplan.reports import official_docx as docx

TABLE_PT = 10.5  # 五号: the 26 steps fit one page
WIDTHS = [11, 52, 22, 60, 18]
MARGINS_MM = (20, 22, 20, 22)  # top, right, bottom, left: a form's, narrower than a document's (GB/T 9704)
TITLE_PT, LINE_PT = 18, 12  # smaller than a report's: the form and its 26 steps share one page
WORDS = {
    "zh_CN": {
        "title": "发展党员工作全程纪实表", "organisation": "党组织：{}", "opened": "建档日期：{}",
        "columns": ["序号", "工作环节", "完成时间", "材料及说明", "情况"],
        "phases": {"apply": "一、入党申请", "activist": "二、入党积极分子的确定和培养教育",
                   "target": "三、发展对象的确定和考察", "admission": "四、预备党员的接收",
                   "probation": "五、预备党员的教育考察和转正"},
        "items": {
            "application": "递交入党申请书", "talk": "党组织派人谈话（{talk}个月内）",
            "applicant_mentors": "为申请人指定培养联系人", "activist": "支委会研究确定入党积极分子",
            "activist_filing": "报上级党委备案", "mentors": "指定培养联系人",
            "activist_assessments": "培养教育考察（每半年一次）", "target": "支委会讨论确定发展对象",
            "target_filing": "报上级党委备案", "sponsors": "确定入党介绍人", "review": "政治审查",
            "training": "集中培训", "target_assessments": "培养教育考察（每半年一次）",
            "committee_review": "支部委员会审查", "pre_review": "上级党委预审", "application_form": "填写《入党志愿书》",
            "notice": "公示（不少于{notice}个工作日）", "admission": "支部大会讨论接收预备党员",
            "organiser_talk": "上级党委派人谈话", "admission_approval": "上级党委审批（{approval}个月内）",
            "oath": "入党宣誓", "probation_assessments": "预备期教育考察",
            "extension": "延长预备期（支部大会讨论、上级审批）", "conversion_application": "提出书面转正申请",
            "conversion": "支部大会讨论转正", "conversion_approval": "上级党委审批转正",
        },
        "overdue": "逾期", "states": {ItemState.DONE: "已完成", ItemState.DUE: "待办", ItemState.MISSING: "缺",
                   ItemState.OPEN: "", ItemState.NOT_APPLICABLE: "—"},
        "reference": "编号：{}", "due": "应于{}前办理",
        "vote": "应到{eligible}人，实到{present}人，同意{yes}、反对{no}、弃权{abstain}，{result}",
        "passed": "通过", "failed": "未通过", "notice": "至{}，共{}个工作日", "training": "{}天/{}学时",
        "months": "延长{}个月", "sep": "、", "clauses": "；",
        "cancelled": "终止培养：{}，{}", "cancelled_member": "取消预备党员资格：{}，{}",
        "signature": "党支部书记（签字）：　　　　　　　　党支部（盖章）　　　　{}",
        "header": ["姓名", "性别", "出生日期", "学历", "工作单位", "当前阶段"],
    },
    "en": {
        "title": "Member development record: every step", "organisation": "Party organisation: {}",
        "opened": "File opened: {}", "columns": ["No.", "Step", "Done", "Documents and notes", "State"],
        "phases": {"apply": "1. Application", "activist": "2. Activist: decision and training",
                   "target": "3. Development target: decision and review", "admission": "4. Admission",
                   "probation": "5. Probation and conversion"},
        "items": {
            "application": "Application handed in", "talk": "Talk (within {talk} month(s))",
            "applicant_mentors": "Mentor for the applicant", "activist": "Committee: made an activist",
            "activist_filing": "Filed with the higher committee", "mentors": "Mentors named",
            "activist_assessments": "Assessments (6-monthly)", "target": "Committee: made a target",
            "target_filing": "Filed with the higher committee", "sponsors": "Sponsors named",
            "review": "Political review", "training": "Centralised training",
            "target_assessments": "Assessments (6-monthly)", "committee_review": "Branch committee's review",
            "pre_review": "Higher preliminary review", "application_form": "Application form",
            "notice": "Notice (≥ {notice} working days)", "admission": "General meeting: admission",
            "organiser_talk": "Organiser's talk", "admission_approval": "Approval (≤ {approval} months)",
            "oath": "Oath", "probation_assessments": "Assessments in probation",
            "extension": "Extension (vote, approval)", "conversion_application": "Application to convert",
            "conversion": "General meeting: conversion", "conversion_approval": "Approval of the conversion",
        },
        "overdue": "overdue", "states": {ItemState.DONE: "done", ItemState.DUE: "due", ItemState.MISSING: "missing",
                   ItemState.OPEN: "", ItemState.NOT_APPLICABLE: "—"},
        "reference": "No. {}", "due": "due by {}", "vote": "{present} of {eligible} present; for {yes}, against {no}, abstaining "
                                       "{abstain}; {result}",
        "passed": "passed", "failed": "not passed", "notice": "until {}, {} working days", "training": "{} d / {} h",
        "months": "extended by {} months", "sep": ", ", "clauses": "; ",
        "cancelled": "File closed: {}, {}", "cancelled_member": "Probation cancelled: {}, {}",
        "signature": "Branch secretary (signature):             Branch (seal)          {}",
        "header": ["Name", "Gender", "Birth date", "Education", "Unit", "Stage"],
    },
}


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def write_checklist_docx(session: Session, case_ids: Iterable[int], path: Path, *, language: str = "zh_CN",
                         today: dt.date | None = None) -> Path:
    """One page per file, in the order given."""
    today = today or dt.date.today()
    w, r = words(language), register_words(language)
    rules = load_rules(session)
    numbers = {"talk": rules.talk_within_months, "notice": rules.notice_working_days,
               "approval": rules.approval_within_months}
    doc = docx.new_document()
    section = doc.sections[0]
    section.top_margin, section.right_margin, section.bottom_margin, section.left_margin = (Mm(m) for m in MARGINS_MM)
    organisation = office.office_name(session)
    for n, case_id in enumerate(case_ids):
        _page(doc, checklist(session, case_id, today), organisation, numbers, w, r, today, new_page=n > 0)
    docx.add_page_number_footer(doc)
    return docx.save(doc, path)


def cases_of(session: Session, person_ids: Iterable[int]) -> list[int]:
    """Each person's latest file, in the order given; people without a file are left out."""
    latest: dict[int, int] = {}
    for case_id, person_id in session.execute(select(DevelopmentCase.id, DevelopmentCase.person_id)
                                              .order_by(DevelopmentCase.opened_on, DevelopmentCase.id)).all():
        latest[person_id] = case_id
    return [latest[p] for p in person_ids if p in latest]


def find_people(session: Session, text: str) -> list[int]:
    """A member named on the command line: an id, or a name (everyone of that name)."""
    if text.isdigit() and session.get(Person, int(text)) is not None:
        return [int(text)]
    return list(session.scalars(select(Person.id).where(Person.name == text.strip()).order_by(Person.id)))


def _page(doc, data: Checklist, organisation: str, numbers: dict[str, int], w: dict, r: dict,  # type: ignore[no-untyped-def, type-arg]
          today: dt.date, *, new_page: bool) -> None:
    d = data.detail
    title = _sized(docx.add_title(doc, w["title"]), TITLE_PT, space_after=6)
    title.paragraph_format.page_break_before = new_page  # not a break paragraph: a full page would leave a blank one
    line = doc.add_paragraph(f"{w['organisation'].format(organisation)}　　{w['opened'].format(_day(d.opened_on))}"
                             if organisation else w["opened"].format(_day(d.opened_on)), style="Normal")
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _sized(line, LINE_PT, space_after=4)
    _small(docx.add_table(doc, w["header"], [[d.name, r["genders"].get(d.gender or "", ""), _day(d.birth_date),
                                               r["educations"].get(d.education or "", ""), d.unit or "",
                                               r["stages"][d.stage]]], [24, 17, 26, 26, 41, 29]))
    _sized(doc.add_paragraph(style="Normal"), 4)  # keeps the two tables apart (LibreOffice joins touching tables)
    rows: list[list[str]] = []
    phase_rows = []
    for phase in PHASES:
        phase_rows.append(len(rows))
        rows.append([w["phases"][phase], "", "", "", ""])
        for item in (i for i in data.items if i.phase == phase):
            rows.append([str(item.number), w["items"][item.key].format(**numbers),
                         "\n".join(_day(day) for day in item.days), _details(item, w),
                         w["overdue"] if item.overdue else w["states"][item.state]])
    table = docx.add_table(doc, w["columns"], rows, WIDTHS)
    _small(table)
    for index in phase_rows:  # a phase heads its rows across the whole width
        cells = table.rows[index + 1].cells
        for cell in cells[1:]:
            for run in cell.paragraphs[0].runs:
                run._r.getparent().remove(run._r)
        merged = cells[0].merge(cells[-1])
        for run in merged.paragraphs[0].runs:
            run.bold = True
    if data.cancelled_on is not None:
        admitted = any(i.key == "admission" and i.state is ItemState.DONE for i in data.items)
        text = w["cancelled_member" if admitted else "cancelled"].format(_day(data.cancelled_on),
                                                                          data.cancellation_note)
        _sized(doc.add_paragraph(text, style="Normal"), LINE_PT, space_before=4)
    signed = docx.format_date(today) if w is WORDS["zh_CN"] else today.isoformat()
    _sized(doc.add_paragraph(w["signature"].format(signed), style="Normal"), LINE_PT, space_before=8)


PEOPLE_ITEMS = ("talk", "applicant_mentors", "mentors", "sponsors", "activist_assessments", "target_assessments",
                "probation_assessments", "organiser_talk")


def item_details(item: ChecklistItem, w: dict) -> str:  # type: ignore[type-arg]
    """An item's documents and notes as the form prints them (the window's checklist shows the same)."""
    return _details(item, w)


def _details(item: ChecklistItem, w: dict) -> str:  # type: ignore[type-arg]
    parts = [w["due"].format(_day(item.due))] if item.due is not None else []
    if item.reference:
        parts.append(w["reference"].format(item.reference))
    if item.people and item.key in PEOPLE_ITEMS:
        parts.append(w["sep"].join(item.people))
    if item.vote is not None:
        v = item.vote
        parts.append(w["vote"].format(eligible=v.eligible, present=v.present, yes=v.votes_for, no=v.votes_against,
                                      abstain=v.abstentions, result=w["passed"] if v.passed else w["failed"]))
    if item.until is not None:
        parts.append(w["notice"].format(_day(item.until), item.working_days))
    if item.training is not None:
        parts.append(w["training"].format(*(_num(x) for x in item.training)))
    if item.key == "extension" and item.months:
        parts.append(w["months"].format(item.months))
    if item.key not in SILENT:
        parts += [note for note in dict.fromkeys(item.notes) if note != STANDARD.get(item.key)]
    return w["clauses"].join(parts)


# Items whose steps' notes are not printed: the decision's notes print with the decision, and a vote's
# tally says what its note would. A note that only repeats the step's standard wording is left out too.
SILENT = ("mentors", "sponsors", "admission", "conversion")
STANDARD = {"application": "递交入党申请书"}


def _sized(paragraph: Paragraph, points: float, *, space_before: float = 0, space_after: float = 0) -> Paragraph:
    """A paragraph in `points`, single-spaced: the official styles' exact 28-point lines leave no room."""
    paragraph.paragraph_format.line_spacing = Pt(points * 1.5)
    paragraph.paragraph_format.space_before = Pt(space_before)
    paragraph.paragraph_format.space_after = Pt(space_after)
    for run in paragraph.runs:
        run.font.size = Pt(points)
    return paragraph


def _small(table) -> None:  # type: ignore[no-untyped-def]
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.line_spacing = Pt(TABLE_PT + 3)
                for run in paragraph.runs:
                    run.font.size = Pt(TABLE_PT)


def _day(day: dt.date | None) -> str:
    return "" if day is None else f"{day.year}.{day.month:02d}.{day.day:02d}"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
