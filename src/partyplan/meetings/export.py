"""Meeting papers in Word, official style: the minutes of a held meeting and the sign-in sheet of a
planned one. Excel papers (sign-in sheet, the year's register) are in `export_sheets`.

The words written into the files follow the chosen language; the meeting's own text is the office's.
Each vote's line names the rule it was counted by, and where that is a published rule, where it is
published: an inspection reads the minutes against 《中国共产党支部工作条例（试行）》第十一条.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm
from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import Majority, Person, Presence, Quorum, Role, VoteKind
from partyplan.meetings import service, vote_rules, votes
from partyplan.meetings.export_sheets import write_register_xlsx, write_sign_in_xlsx
from partyplan.meetings.service import MeetingDetail, ResolutionRow
from partyplan.members.standing import Standing, standings
from partyplan.reports import official_docx as docx

__all__ = ["WORDS", "write_minutes_docx", "write_register_xlsx", "write_sign_in_docx", "write_sign_in_xlsx"]

WORDS = {
    "zh_CN": {
        "minutes": "{}记录", "sign_in": "{}签到表", "time": "时间", "place": "地点", "chair": "主持人",
        "recorder": "记录人", "expected": "应到人数", "present": "实到人数", "leave": "请假人数", "absent": "缺席人数",
        "rate": "出席率", "attendance": "出席情况", "present_list": "出席：", "leave_list": "请假：",
        "absent_list": "缺席：", "agenda": "会议议题", "minutes_text": "会议内容", "resolutions": "会议决议",
        "no": "序号", "resolution": "决议事项", "responsible": "责任人", "due": "完成时限", "result": "表决结果",
        "vote_line": "第{n}项表决：有表决权的{eligible}人，到会{present}人；同意{yes}票，反对{no}票，弃权{abstain}票。"
                     "{rule}表决结果：{outcome}。",
        "rule": "表决规则：{quorum}方可表决，{majority}（至少{needed}票）为通过{basis}。",
        "rule_no_quorum": "表决规则：{majority}（至少{needed}票）为通过{basis}。",
        "quorums": {Quorum.MORE_THAN_HALF: "有表决权的人员超过应到会人数的半数到会",
                    Quorum.TWO_THIRDS: "有表决权的人员达到应到会人数的三分之二",
                    Quorum.FOUR_FIFTHS: "有选举权的党员超过应到会人数的五分之四到会"},
        "majorities": {Majority.SIMPLE: "赞成票多于反对票", Majority.MORE_THAN_HALF: "赞成票超过实到会有表决权人数的半数",
                       Majority.TWO_THIRDS: "赞成票达到实到会有表决权人数的三分之二",
                       Majority.HALF_OF_ENTITLED: "赞成票超过应到会有表决权人数的半数"},
        "bases": {"branch": "（《中国共产党支部工作条例（试行）》第十一条）",
                  "admission": "（《中国共产党发展党员工作细则》第二十条）",
                  "election": "（《中国共产党基层组织选举工作条例》）"},
        "outcomes": {"passed": "通过", "no_quorum": "未通过（到会人数不足）", "no_majority": "未通过"},
        "not_voted": "未表决", "signatures": "主持人（签字）：　　　　　　　　记录人（签字）：",
        "name": "姓名", "identity": "身份", "signature": "签到", "remarks": "备注", "sep": "、", "reason": "{}（{}）",
        "meeting_line": "会议时间：{}　　会议地点：{}", "none": "无",
        "widths": [13, 65, 18, 37, 23],
        "roles": {Role.CADRE: "干部", Role.PARTY_MEMBER: "党员", Role.RESIDENT_REP: "居民代表",
                  Role.VOLUNTEER: "志愿者"}, "probationary": "预备党员",
    },
    "en": {
        "minutes": "Minutes: {}", "sign_in": "Sign-in sheet: {}", "time": "Time", "place": "Place", "chair": "Chair",
        "recorder": "Recorder", "expected": "Expected", "present": "Present", "leave": "On leave", "absent": "Absent",
        "rate": "Attendance", "attendance": "Attendance", "present_list": "Present: ", "leave_list": "On leave: ",
        "absent_list": "Absent: ", "agenda": "Agenda", "minutes_text": "Proceedings", "resolutions": "Resolutions",
        "no": "No.", "resolution": "Resolution", "responsible": "Responsible", "due": "Due", "result": "Vote",
        "vote_line": "Vote on item {n}: {present} of {eligible} with voting rights present; for {yes}, against {no}, "
                     "abstaining {abstain}. {rule}Result: {outcome}.",
        "rule": "Rule: valid with {quorum}; passed with {majority} (at least {needed}){basis}. ",
        "rule_no_quorum": "Rule: passed with {majority} (at least {needed}){basis}. ",
        "quorums": {Quorum.MORE_THAN_HALF: "more than half of those entitled to vote present",
                    Quorum.TWO_THIRDS: "two thirds of those entitled to vote present",
                    Quorum.FOUR_FIFTHS: "more than four fifths of those entitled to vote present"},
        "majorities": {Majority.SIMPLE: "more votes for than against",
                       Majority.MORE_THAN_HALF: "votes for from more than half of the voters present",
                       Majority.TWO_THIRDS: "votes for from two thirds of the voters present",
                       Majority.HALF_OF_ENTITLED: "votes for from more than half of all entitled to vote"},
        "bases": {"branch": " (Rules on the Work of Party Branches, art. 11)",
                  "admission": " (Detailed Rules on Recruiting Party Members, art. 20)",
                  "election": " (Rules on Elections in Primary Party Organisations)"},
        "outcomes": {"passed": "passed", "no_quorum": "not passed (no quorum)", "no_majority": "not passed"},
        "not_voted": "no vote", "signatures": "Chair (signature):                Recorder (signature):",
        "name": "Name", "identity": "Role", "signature": "Signature", "remarks": "Remarks", "sep": ", ",
        "reason": "{} ({})", "meeting_line": "Date: {}    Place: {}", "none": "none",
        "widths": [13, 63, 27, 30, 23],
        "roles": {Role.CADRE: "Cadre", Role.PARTY_MEMBER: "Party member", Role.RESIDENT_REP: "Residents' rep.",
                  Role.VOLUNTEER: "Volunteer"}, "probationary": "Probationary member",
    },
}
ROLE_ORDER = (Role.CADRE, Role.PARTY_MEMBER, Role.RESIDENT_REP, Role.VOLUNTEER)
SIGN_IN_ROWS_PER_PAGE = 15  # rows of 11 mm under the title and the meeting's line on the first A4 page


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def meeting_name(detail: MeetingDetail, language: str) -> str:
    if detail.row.title:
        return detail.row.title
    english = not language.lower().startswith("zh")
    return detail.type.name_en if english and detail.type.name_en else detail.type.name


def format_day(day: dt.date | None, language: str) -> str:
    if day is None:
        return ""
    return docx.format_date(day) if language.lower().startswith("zh") else day.isoformat()


def when_text(detail: MeetingDetail, language: str) -> str:
    row = detail.row
    time = f" {row.start_time.strftime('%H:%M')}" if row.start_time else ""
    return format_day(row.day, language) + time


def write_minutes_docx(session: Session, meeting_id: int, path: Path, *, language: str = "zh_CN") -> Path:
    detail = service.load_meeting(session, meeting_id)
    w = words(language)
    doc = docx.new_document()
    organisation = office.office_name(session) if w is WORDS["zh_CN"] else ""
    docx.add_title(doc, w["minutes"].format(organisation + meeting_name(detail, language)))
    _facts(doc, detail, w, language)
    numbering = docx.Numbering() if w is WORDS["zh_CN"] else None  # 一、二、 in Chinese; 1. 2. in English
    _heading(doc, w["attendance"], numbering)
    for label, presence in (("present_list", Presence.PRESENT), ("leave_list", Presence.LEAVE),
                            ("absent_list", Presence.ABSENT)):
        people = [w["reason"].format(a.name, a.reason) if a.reason else a.name
                  for a in detail.attendees if a.presence is presence]
        if people or presence is Presence.PRESENT:
            docx.add_paragraph(doc, w[label] + (w["sep"].join(people) or w["none"]))
    _lines(doc, w["agenda"], detail.agenda, numbering, numbered=True)
    _lines(doc, w["minutes_text"], detail.minutes, numbering, numbered=False)
    if detail.resolutions:
        _heading(doc, w["resolutions"], numbering)
        docx.add_table(doc, [w["no"], w["resolution"], w["responsible"], w["due"], w["result"]],
                       [[n, r.text, r.responsible_name, format_day(r.due, language), _result(detail, r, w)]
                        for n, r in enumerate(detail.resolutions, 1)], w["widths"])
        for n, r in enumerate(detail.resolutions, 1):  # the vote in words, as minutes record it
            if r.voted:
                docx.add_paragraph(doc, _vote_line(n, detail, r, w))
    doc.add_paragraph(style="Normal")
    doc.add_paragraph(w["signatures"], style="Normal")
    docx.add_page_number_footer(doc)
    return docx.save(doc, path)


def write_sign_in_docx(session: Session, meeting_id: int, path: Path, *, language: str = "zh_CN",
                       blank_rows: int = 5) -> Path:
    detail = service.load_meeting(session, meeting_id)
    w = words(language)
    doc = docx.new_document()
    docx.add_title(doc, w["sign_in"].format(meeting_name(detail, language)))
    line = doc.add_paragraph(w["meeting_line"].format(when_text(detail, language), detail.row.place or "　　　　"),
                             style="Normal")
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rows = [[n, name, identity, "", ""] for n, (name, identity) in enumerate(sign_in_people(session, detail, w), 1)]
    if len(rows) <= SIGN_IN_ROWS_PER_PAGE:  # blank rows to the foot of the page, not one onto a page of its own
        blank_rows = max(1, min(blank_rows, SIGN_IN_ROWS_PER_PAGE - len(rows)))
    rows += [["", "", "", "", ""] for _ in range(blank_rows)]
    table = docx.add_table(doc, [w["no"], w["name"], w["identity"], w["signature"], w["remarks"]], rows,
                           [13, 26, 52, 37, 28])
    for row in table.rows[1:]:
        row.height, row.height_rule = Mm(11), WD_ROW_HEIGHT_RULE.AT_LEAST  # room for a signature
    docx.add_page_number_footer(doc)
    return docx.save(doc, path)


def sign_in_people(session: Session, detail: MeetingDetail, w: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    """Who is expected: the attendees recorded so far, else the type's default group."""
    ids = [a.person_id for a in detail.attendees]
    if not ids:
        ids = [a.person_id for a in service.default_attendees(session, detail.type.id, detail.row.planned_on)]
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))} if ids else {}
    member = standings(session, detail.row.day, ids)
    result = []
    for pid in ids:
        person = people[pid]
        identity = [w["roles"][r] for r in ROLE_ORDER if r in person.role_set]
        if Role.PARTY_MEMBER in person.role_set and pid in member and member[pid].standing is Standing.PROBATIONARY:
            identity = [w["probationary"] if r == w["roles"][Role.PARTY_MEMBER] else r for r in identity]
        result.append((person.name, w["sep"].join(identity)))
    return result


def _facts(doc, detail: MeetingDetail, w: dict, language: str) -> None:  # type: ignore[no-untyped-def, type-arg]
    a = detail.row.attendance
    rows = [
        [w["time"], when_text(detail, language), w["place"], detail.row.place],
        [w["chair"], detail.row.chair_name, w["recorder"], detail.recorder_name],
        [w["expected"], a.expected, w["present"], a.present],
        [w["leave"], a.leave, w["absent"], a.absent],
        [w["rate"], _rate(a.rate), "", ""],
    ]
    table = docx.add_table(doc, rows[0], rows[1:], [26, 52, 26, 52])
    for row in table.rows:  # labels bold and centred, facts plain: the first row is not a header here
        for column, cell in enumerate(row.cells):
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if column % 2 == 0 else None
            for run in paragraph.runs:
                run.bold = column % 2 == 0
    last = table.rows[-1].cells
    for cell in last[2:]:  # empty the cells first, or merging stacks their blank runs as extra lines
        for run in cell.paragraphs[0].runs:
            run._r.getparent().remove(run._r)
    last[1].merge(last[3])  # the rate has the whole width to itself


def _rate(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.0f}%"


def _heading(doc, text: str, numbering: docx.Numbering | None) -> None:  # type: ignore[no-untyped-def]
    if numbering is not None:
        docx.add_heading(doc, 1, text, numbering=numbering)
        return
    count = sum(1 for p in doc.paragraphs if p.style.name == "Heading 1") + 1
    doc.add_paragraph(f"{count}. {text}", style="Heading 1")


def _lines(doc, heading: str, text: str, numbering: docx.Numbering | None, *, numbered: bool) -> None:  # type: ignore[no-untyped-def]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return
    _heading(doc, heading, numbering)
    for n, line in enumerate(lines, 1):
        docx.add_paragraph(doc, f"{n}. {line}" if numbered and not line[:1].isdigit() else line)


def _outcome(detail: MeetingDetail, resolution: ResolutionRow) -> str:
    try:
        return service.vote_result(detail, resolution).outcome.value
    except votes.InvalidVote:  # attendance edited after the vote: show what was stored
        return "passed" if resolution.passed else "no_majority"


def _result(detail: MeetingDetail, resolution: ResolutionRow, w: dict) -> str:  # type: ignore[type-arg]
    return w["outcomes"][_outcome(detail, resolution)] if resolution.voted else w["not_voted"]


def _vote_line(n: int, detail: MeetingDetail, r: ResolutionRow, w: dict) -> str:  # type: ignore[type-arg]
    a = detail.row.attendance
    return w["vote_line"].format(n=n, eligible=a.eligible, present=a.voters_present, yes=r.votes_for,
                                 no=r.votes_against, abstain=r.abstentions, rule=rule_text(detail, r, w),
                                 outcome=w["outcomes"][_outcome(detail, r)])


def rule_text(detail: MeetingDetail, r: ResolutionRow, w: dict) -> str:  # type: ignore[type-arg]
    """The rule the vote was counted by, in words, with the fewest votes for that pass and the rule's source
    when it is a published one."""
    rule = service.vote_rule(detail, r)
    a = detail.row.attendance
    needed = votes.votes_needed(rule.majority, a.voters_present, r.votes_against, a.eligible)
    basis = w["bases"].get(_basis(r.kind, rule), "")
    quorum = w["quorums"].get(rule.quorum)
    template = w["rule"] if quorum else w["rule_no_quorum"]
    return template.format(quorum=quorum, majority=w["majorities"][rule.majority], needed=needed, basis=basis)


def _basis(kind: VoteKind, rule: vote_rules.VoteRule) -> str:
    """Which published text a rule is, if it is one: "branch", "admission", "election" or ""."""
    if rule == vote_rules.PUBLISHED[VoteKind.ELECTION] and kind in (VoteKind.ELECTION, VoteKind.RESOLUTION):
        return "election" if kind is VoteKind.ELECTION else ""
    if rule != vote_rules.PUBLISHED[VoteKind.ADMISSION]:
        return ""
    return "admission" if kind is VoteKind.ADMISSION else "branch"
