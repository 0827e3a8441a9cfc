"""The development register as a print-ready Excel sheet (one row per person: stage and every date), and a
person's development record as a Word document in the official layout.

Words written into the files follow the chosen language; names and notes are the office's own. A step
recorded with a rule set aside carries its justification into both files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import Stage, StepKind
from partyplan.development import due, pipeline
from partyplan.development.pipeline import CaseDetail, StepRow
from partyplan.reports import official_docx as docx
from partyplan.reports import sheets

OVERDUE_COLOUR = "B00020"
WIDEST = 12  # a register column: a date; longer text wraps within it
NOTES_WIDTH = 20
JUSTIFIED_FILL = "FCE4D6"  # pale orange: a row with a rule set aside, visible in black and white too
WORDS = {
    "zh_CN": {
        "register": "{}发展党员工作台账", "sheet": "发展台账", "record": "发展党员档案", "no": "序号", "name": "姓名",
        "gender": "性别", "birth": "出生日期", "education": "学历", "unit": "工作单位", "stage": "当前阶段",
        "mentors": "培养联系人", "assessments": "考察日期", "training": "集中培训（天/学时）", "sponsors": "入党介绍人",
        "extension": "延长预备期", "next": "下一事项", "due": "到期日", "justification": "例外说明", "date": "日期",
        "step": "环节", "by": "经办人", "people": "相关人员", "note": "说明", "opened": "建档日期",
        "steps": "发展经过", "todo": "待办事项", "overdue": "（已逾期）", "months": "{}个月", "days_hours": "{}天/{}学时",
        "sep": "、", "colon": "：", "clauses": "；", "set_aside": "例外说明：", "meeting": "会议：", "none": "无",
        "genders": {"male": "男", "female": "女"},
        "educations": {"primary": "小学及以下", "junior": "初中", "senior": "高中/中专", "college": "大专",
                       "bachelor": "本科", "postgraduate": "研究生"},
        "stages": {Stage.APPLICANT: "入党申请人", Stage.ACTIVIST: "入党积极分子", Stage.TARGET: "发展对象",
                   Stage.PROBATIONARY: "预备党员", Stage.FULL: "正式党员", Stage.CANCELLED: "已终止"},
        "kinds": {StepKind.APPLICATION: "递交入党申请书", StepKind.TALK: "派人谈话", StepKind.MENTORS: "指定培养联系人",
                  StepKind.ACTIVIST: "确定为入党积极分子", StepKind.FILING: "报上级党委备案",
                  StepKind.SPONSORS: "确定入党介绍人", StepKind.COMMITTEE_REVIEW: "支部委员会审查",
                  StepKind.PRE_REVIEW: "上级党委预审", StepKind.APPLICATION_FORM: "填写入党志愿书",
                  StepKind.ORGANISER_TALK: "上级党委派人谈话", StepKind.OATH: "入党宣誓",
                  StepKind.CONVERSION_APPLICATION: "提出转正申请",
                  StepKind.ASSESSMENT: "培养考察", StepKind.TARGET: "确定为发展对象", StepKind.REVIEW: "政治审查",
                  StepKind.TRAINING: "集中培训", StepKind.NOTICE: "公示", StepKind.PROBATIONARY: "支部大会接收为预备党员",
                  StepKind.APPROVAL: "上级党委审批", StepKind.EXTENSION: "延长预备期", StepKind.FULL: "转为正式党员",
                  StepKind.CANCELLED: "取消资格/终止"},
        "due_kinds": {"talk": "谈话", "filing": "报上级党委备案", "assessment": "半年考察", "approval": "上级审批",
                      "probation_end": "预备期满", "eligible_target": "可确定为发展对象", "eligible_admission": "可提交支部大会讨论"},
        "columns": {StepKind.APPLICATION: "递交申请", StepKind.TALK: "谈话", StepKind.ACTIVIST: "确定积极分子",
                    StepKind.TARGET: "确定发展对象", StepKind.REVIEW: "政治审查", StepKind.NOTICE: "公示",
                    StepKind.PROBATIONARY: "接收预备党员", StepKind.APPROVAL: "上级审批", StepKind.FULL: "转正",
                    StepKind.CANCELLED: "终止/取消"},
    },
    "en": {
        "register": "{} member development register", "sheet": "Register", "record": "Member development record",
        "no": "No.", "name": "Name", "gender": "Gender", "birth": "Birth date", "education": "Education",
        "unit": "Unit", "stage": "Stage", "mentors": "Mentors", "assessments": "Assessments",
        "training": "Training days/hours", "sponsors": "Sponsors", "extension": "Extension", "next": "Next",
        "due": "Due", "justification": "Justifications", "date": "Date", "step": "Step", "by": "By",
        "people": "People", "note": "Note", "opened": "File opened", "steps": "Steps", "todo": "Due",
        "overdue": " (overdue)", "months": "{} months", "days_hours": "{} d / {} h", "sep": ", ", "colon": ": ",
        "clauses": "; ",
        "set_aside": "Justification: ", "meeting": "Meeting: ", "none": "none",
        "genders": {"male": "Male", "female": "Female"},
        "educations": {"primary": "Primary or less", "junior": "Junior high", "senior": "Senior high",
                       "college": "Junior college", "bachelor": "Bachelor", "postgraduate": "Postgraduate"},
        "stages": {Stage.APPLICANT: "Applicant", Stage.ACTIVIST: "Activist", Stage.TARGET: "Development target",
                   Stage.PROBATIONARY: "Probationary member", Stage.FULL: "Full member", Stage.CANCELLED: "Closed"},
        "kinds": {StepKind.APPLICATION: "Application", StepKind.TALK: "Talk", StepKind.MENTORS: "Mentors assigned",
                  StepKind.ACTIVIST: "Activist", StepKind.FILING: "Filed with the higher committee",
                  StepKind.SPONSORS: "Sponsors named", StepKind.COMMITTEE_REVIEW: "Branch committee's review",
                  StepKind.PRE_REVIEW: "Preliminary review", StepKind.APPLICATION_FORM: "Application form",
                  StepKind.ORGANISER_TALK: "Organiser's talk", StepKind.OATH: "Oath",
                  StepKind.CONVERSION_APPLICATION: "Application for conversion",
                  StepKind.ASSESSMENT: "Assessment", StepKind.TARGET: "Development target",
                  StepKind.REVIEW: "Political review", StepKind.TRAINING: "Training", StepKind.NOTICE: "Public notice",
                  StepKind.PROBATIONARY: "Admitted (probationary)", StepKind.APPROVAL: "Higher approval",
                  StepKind.EXTENSION: "Probation extended", StepKind.FULL: "Full member",
                  StepKind.CANCELLED: "Cancelled / closed"},
        "due_kinds": {"talk": "Talk", "filing": "Filing", "assessment": "Assessment", "approval": "Higher approval",
                      "probation_end": "Probation ends", "eligible_target": "May become a target",
                      "eligible_admission": "Ready for the vote"},
        "columns": {StepKind.APPLICATION: "Applied", StepKind.TALK: "Talk", StepKind.MENTORS: "Mentors assigned", StepKind.ACTIVIST: "Activist",
                    StepKind.TARGET: "Target", StepKind.REVIEW: "Review", StepKind.NOTICE: "Notice",
                    StepKind.PROBATIONARY: "Admitted", StepKind.APPROVAL: "Approved", StepKind.FULL: "Full member",
                    StepKind.CANCELLED: "Closed"},
    },
}
# The register's date columns: one per stage-defining step, in pipeline order.
DATE_COLUMNS = (StepKind.APPLICATION, StepKind.TALK, StepKind.ACTIVIST, StepKind.TARGET, StepKind.REVIEW,
                StepKind.NOTICE, StepKind.PROBATIONARY, StepKind.APPROVAL, StepKind.FULL, StepKind.CANCELLED)


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def write_register_xlsx(session: Session, path: Path, *, language: str = "zh_CN",
                        today: dt.date | None = None) -> Path:
    """One row per person on A4 landscape, one page wide, printed at 9 pt or more: steps that follow each
    other share a column, one above the other ("申请 / 谈话"), so two dozen dates fit the width."""
    today = today or dt.date.today()
    w = words(language)
    rows = due.pipeline(session, today)
    book = Workbook()
    ws = book.active
    ws.title = w["sheet"]
    header = register_header(w)
    title = w["register"].format(office.office_name(session)).strip()
    sheets.write_title(ws, title[:1].upper() + title[1:], len(header))
    ws.append(header)
    next_column = header.index(_join(w["next"], w["due"])) + 1
    for n, row in enumerate(rows, 1):
        detail = pipeline.case_detail(session, row.case_id)
        ws.append(_register_row(n, row, detail, w))
        if row.justified:
            sheets.shade_cells(ws[ws.max_row], JUSTIFIED_FILL)
        if row.overdue:
            ws.cell(row=ws.max_row, column=next_column).font = sheets.chinese_font(color=OVERDUE_COLOUR)
    sheets.style_header_row(ws, 2)
    sheets.style_body(ws, 3, ws.max_row)
    _fit(ws, header)
    sheets.fit_row_heights(ws, 2, ws.max_row)
    ws.freeze_panes = "C3"
    sheets.set_print_setup(ws, landscape=True, title_rows="2:2", language=language)
    sheets.narrow_margins(ws)
    return sheets.save_workbook(book, path)


def register_header(w: dict) -> list[str]:  # type: ignore[type-arg]
    """The register's columns; a column holding two or three facts names them one per line."""
    c = w["columns"]
    return [w["no"], _join(w["name"], w["stage"]), _join(w["gender"], w["birth"], w["education"]),
            _join(c[StepKind.APPLICATION], c[StepKind.TALK]), _join(c[StepKind.ACTIVIST], w["mentors"]),
            w["assessments"], _join(c[StepKind.TARGET], c[StepKind.REVIEW]), w["training"],
            _join(c[StepKind.NOTICE], c[StepKind.PROBATIONARY]), w["sponsors"],
            _join(c[StepKind.APPROVAL], c[StepKind.FULL]), _join(w["extension"], c[StepKind.CANCELLED]),
            _join(w["next"], w["due"]), w["justification"]]


def _join(*lines: str) -> str:
    return "\n".join(lines)


def write_record_docx(session: Session, case_id: int, path: Path, *, language: str = "zh_CN",
                      today: dt.date | None = None) -> Path:
    today = today or dt.date.today()
    w = words(language)
    detail = pipeline.case_detail(session, case_id)
    doc = docx.new_document()
    docx.add_title(doc, f"{w['record']}（{detail.name}）" if w is WORDS["zh_CN"] else f"{w['record']}: {detail.name}")
    docx.add_table(doc, [w["name"], w["gender"], w["birth"], w["education"], w["unit"], w["stage"]], [[
        detail.name, w["genders"].get(detail.gender or "", ""), _date(detail.birth_date, w),
        w["educations"].get(detail.education or "", ""), detail.unit or "", w["stages"][detail.stage]]],
        [22, 18, 30, 22, 34, 30])
    facts = [f"{w['opened']}{w['colon']}{_date(detail.opened_on, w)}"]
    if detail.training_days or detail.training_hours:
        facts.append(f"{w['training']}{w['colon']}"
                     f"{w['days_hours'].format(_num(detail.training_days), _num(detail.training_hours))}")
    docx.add_paragraph(doc, w["clauses"].join(facts))
    numbering = docx.Numbering(language)
    docx.add_heading(doc, 1, w["steps"], numbering=numbering)
    admitted = any(s.kind is StepKind.PROBATIONARY for s in detail.steps)
    docx.add_table(doc, [w["date"], w["step"], w["by"], w["people"], w["note"]],
                   [[_date(s.day, w), _kind(s.kind, admitted, w), s.by_name, w["sep"].join(n for _i, n in s.people),
                     _note(s, w)] for s in detail.steps], [28, 36, 20, 26, 46])
    owed = [i for i in due.due_list(session, today, horizon_days=366) if i.case_id == case_id]
    if owed:
        docx.add_heading(doc, 1, w["todo"], numbering=numbering)
        for item in owed:
            docx.add_paragraph(doc, f"{w['due_kinds'][item.kind]}{w['colon']}{_date(item.due, w)}"
                               f"{w['overdue'] if item.overdue else ''}")
    docx.add_signature(doc, office.office_name(session), today, language=language)
    docx.add_page_number_footer(doc)
    return docx.save(doc, path)


def _fit(ws, header: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Each column as wide as its longest line, a header's longest word, at most WIDEST (the notes'
    column NOTES_WIDTH); longer text wraps, and fit_row_heights gives its row the lines it needs."""
    for column, title in enumerate(header, 1):
        lines = [line for row in range(3, ws.max_row + 1)
                 for line in str(ws.cell(row=row, column=column).value or "").split("\n")]
        longest_word = max(sheets.display_width(word) for line in title.split("\n") for word in line.split() or [""])
        if not title.isascii():
            longest_word = 2  # Chinese headers wrap between any two characters
        text = max([sheets.display_width(line) for line in lines] + [2])
        cap = NOTES_WIDTH if column == len(header) else WIDEST
        ws.column_dimensions[get_column_letter(column)].width = max(min(text, cap), longest_word) + 2


def _register_row(n: int, row: due.PipelineRow, detail: CaseDetail, w: dict) -> list[object]:  # type: ignore[type-arg]
    first: dict[StepKind, StepRow] = {}
    for step in detail.steps:
        first.setdefault(step.kind, step)

    def day(kind: StepKind) -> str:
        return first[kind].day.isoformat() if kind in first else ""

    def names(kind: StepKind) -> str:
        return w["sep"].join(name for _i, name in first[kind].people) if kind in first else ""

    def lines(*parts: str) -> str:
        """Stacked facts, blank lines kept so each stays on its own line ("", "2026-03-01" is a talk)."""
        return "\n".join(parts).rstrip("\n") if any(parts) else ""

    assessments = "\n".join(s.day.isoformat() for s in detail.steps if s.kind is StepKind.ASSESSMENT)
    extensions = "\n".join(f"{s.day.isoformat()} {w['months'].format(s.months)}"
                           for s in detail.steps if s.kind is StepKind.EXTENSION)
    mentors = [s for s in detail.steps if s.kind in (StepKind.ACTIVIST, StepKind.MENTORS) and s.people]
    current_mentors = w["sep"].join(name for _i, name in mentors[-1].people) if mentors else ""
    training = (w["days_hours"].format(_num(detail.training_days), _num(detail.training_hours))
                if detail.training_days or detail.training_hours else "")
    reasons = w["clauses"].join(f"{s.day.isoformat()} {w['kinds'][s.kind]}{w['colon']}{s.justification}"
                                for s in detail.steps if s.justification)
    birth = row.birth_date.isoformat() if row.birth_date else ""
    return [n, lines(row.name, w["stages"][row.stage]),
            lines(w["genders"].get(row.gender or "", ""), birth, w["educations"].get(row.education or "", "")),
            lines(day(StepKind.APPLICATION), day(StepKind.TALK)),
            lines(day(StepKind.ACTIVIST), current_mentors), assessments,
            lines(day(StepKind.TARGET), day(StepKind.REVIEW)), training,
            lines(day(StepKind.NOTICE), day(StepKind.PROBATIONARY)), names(StepKind.PROBATIONARY),
            lines(day(StepKind.APPROVAL), day(StepKind.FULL)), lines(extensions, day(StepKind.CANCELLED)),
            lines(w["due_kinds"].get(row.next_kind or "", ""), row.next_due.isoformat() if row.next_due else ""),
            reasons]


def _note(step: StepRow, w: dict) -> str:  # type: ignore[type-arg]
    parts = [step.note] if step.note else []
    if step.kind is StepKind.TRAINING:
        parts.append(w["days_hours"].format(_num(step.days or 0), _num(step.class_hours or 0)))
    if step.kind is StepKind.EXTENSION and step.months:
        parts.append(w["months"].format(step.months))
    if step.meeting_title:
        parts.append(w["meeting"] + step.meeting_title)
    if step.justification:
        parts.append(w["set_aside"] + step.justification)
    return "\n".join(parts)


def _kind(kind: StepKind, admitted: bool, w: dict) -> str:  # type: ignore[type-arg]
    if kind is StepKind.CANCELLED and w is WORDS["zh_CN"]:
        return "取消预备党员资格" if admitted else "终止培养"
    return w["kinds"][kind]


def _date(day: dt.date | None, w: dict) -> str:  # type: ignore[type-arg]
    if day is None:
        return ""
    return docx.format_date(day) if w is WORDS["zh_CN"] else day.isoformat()


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
