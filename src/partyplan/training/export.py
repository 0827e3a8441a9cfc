"""The year's training and commendations as one print-ready workbook: the training register (培训台账),
who took part with certificates, each person's total against the requirement, and the commendations."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import Role
from partyplan.reports import sheets
from partyplan.training import commendations, service

SHORT_FILL = "F8D7DA"  # pale red: tells apart from white on a black-and-white printer
WORDS = {
    "zh_CN": {
        "register": "{}{}年培训台账", "register_sheet": "培训台账", "people": "{}年参训人员名单",
        "people_sheet": "参训人员", "totals": "{}年个人培训学时统计", "totals_sheet": "个人统计",
        "awards": "{}年表彰奖励登记", "awards_sheet": "表彰奖励", "no": "序号", "title": "培训名称",
        "kind": "类别", "organiser": "主办单位", "dates": "起止日期", "days": "天数", "hours": "学时",
        "place": "地点", "joined": "参训人数", "attended": "实到人数", "certificates": "发证数", "note": "备注",
        "name": "姓名", "roles": "身份", "present": "出勤", "certificate": "证书编号", "yes": "到", "no_show": "缺",
        "sessions": "参训次数", "counted": "折合天数", "required": "年度要求（天）", "short": "尚差（天）",
        "state": "完成情况", "met": "已达标", "not_met": "未达标", "none": "—", "award": "荣誉称号",
        "level": "级别", "recipient": "获奖对象", "body": "授予单位", "date": "时间", "evaluation": "评议年度",
        "grade": "评议等次", "sep": "、", "to": "至",
        "kinds": {"political_theory": "政治理论", "law": "法律法规", "community_service": "社区服务",
                  "business_skills": "业务技能", "development_target": "发展对象集中培训",
                  "backbone": "骨干培训", "other": "其他"},
        "levels": {"national": "国家级", "provincial": "省级", "municipal": "市级", "district": "区级",
                   "community": "社区级"},
        "role_names": {Role.CADRE: "社区干部", Role.PARTY_MEMBER: "党员", Role.VOLUNTEER: "志愿者",
                       Role.RESIDENT_REP: "居民代表"},
        "grades": {"excellent": "优秀", "qualified": "合格", "basic": "基本合格", "unqualified": "不合格"},
    },
    "en": {
        "register": "{}Training register {}", "register_sheet": "Training", "people": "Participants {}",
        "people_sheet": "Participants", "totals": "Training per person {}", "totals_sheet": "Per person",
        "awards": "Commendations {}", "awards_sheet": "Commendations", "no": "No.", "title": "Training",
        "kind": "Kind", "organiser": "Organiser", "dates": "Dates", "days": "Days", "hours": "Class hours",
        "place": "Place", "joined": "Participants", "attended": "Attended", "certificates": "Certificates",
        "note": "Note", "name": "Name", "roles": "Roles", "present": "Attendance", "certificate": "Certificate no.",
        "yes": "present", "no_show": "absent", "sessions": "Sessions", "counted": "Counted days",
        "required": "Required days", "short": "Short by (days)", "state": "Status", "met": "met",
        "not_met": "not met", "none": "-", "award": "Title", "level": "Level", "recipient": "Awarded to",
        "body": "Awarding body", "date": "Date", "evaluation": "Evaluation year", "grade": "Evaluation grade",
        "sep": ", ", "to": " to ",
        "kinds": {"political_theory": "Political theory", "law": "Law", "community_service": "Community service",
                  "business_skills": "Business skills", "development_target": "Development targets",
                  "backbone": "Backbone members", "other": "Other"},
        "levels": {"national": "National", "provincial": "Provincial", "municipal": "Municipal",
                   "district": "District", "community": "Community"},
        "role_names": {Role.CADRE: "Cadre", Role.PARTY_MEMBER: "Party member", Role.VOLUNTEER: "Volunteer",
                       Role.RESIDENT_REP: "Resident representative"},
        "grades": {"excellent": "Excellent", "qualified": "Qualified", "basic": "Basically qualified",
                   "unqualified": "Unqualified"},
    },
}


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def write_xlsx(session: Session, year: int, path: Path, *, language: str = "zh_CN") -> Path:
    """Four sheets, each A4 landscape, one page wide, its header on every page."""
    w = words(language)
    book = Workbook()
    rows = service.list_sessions(session, year)
    _register(book.active, session, year, rows, w, language)
    _participants(book.create_sheet(), session, year, rows, w, language)
    _totals(book.create_sheet(), session, year, w, language)
    _awards(book.create_sheet(), session, year, w, language)
    return sheets.save_workbook(book, path)


def _register(ws: Worksheet, session: Session, year: int, rows: list[service.SessionRow], w: dict,  # type: ignore[type-arg]
              language: str) -> None:
    ws.title = w["register_sheet"]
    header = [w["no"], w["title"], w["kind"], w["organiser"], w["dates"], w["days"], w["hours"], w["place"],
              w["joined"], w["attended"], w["certificates"], w["note"]]
    name = office.office_name(session)
    title = w["register"].format(name, year) if language.startswith("zh") else w["register"].format(
        f"{name} " if name else "", year)
    sheets.write_title(ws, title, len(header))
    ws.append(header)
    for n, row in enumerate(rows, 1):
        d = row.data
        ws.append([n, d.title, w["kinds"].get(d.kind, d.kind), d.organiser, _dates(d, w), _num(d.days) or "",
                   _num(d.class_hours) or "", d.place, row.participants, row.attended, row.certificates or "", d.note])
    _finish(ws, len(header), language, widest=30)


def _participants(ws: Worksheet, session: Session, year: int, rows: list[service.SessionRow], w: dict,  # type: ignore[type-arg]
                  language: str) -> None:
    ws.title = w["people_sheet"]
    header = [w["no"], w["title"], w["dates"], w["name"], w["roles"], w["present"], w["certificate"]]
    sheets.write_title(ws, w["people"].format(year), len(header))
    ws.append(header)
    n = 0
    for row in rows:
        for person in service.participants(session, row.id):
            n += 1
            ws.append([n, row.data.title, _dates(row.data, w), person.name, _roles(person.roles, w),
                       w["yes"] if person.attended else w["no_show"], person.certificate_no])
    _finish(ws, len(header), language, widest=30)


def _totals(ws: Worksheet, session: Session, year: int, w: dict, language: str) -> None:  # type: ignore[type-arg]
    ws.title = w["totals_sheet"]
    header = [w["no"], w["name"], w["roles"], w["sessions"], w["days"], w["hours"], w["counted"], w["required"],
              w["short"], w["state"]]
    sheets.write_title(ws, w["totals"].format(year), len(header))
    ws.append(header)
    totals = sorted(service.yearly_totals(session, year), key=lambda t: t.required_days is None)  # required first
    for n, t in enumerate(totals, 1):
        required = t.required_days is not None
        state = w["none"] if not required else w["not_met"] if t.shortfall else w["met"]
        ws.append([n, t.name, _roles(t.roles, w), t.sessions, _num(t.days) or "", _num(t.class_hours) or "",
                   _num(t.counted_days),
                   _num(t.required_days) if required else w["none"], _num(t.shortfall) if t.shortfall else "", state])
        if t.shortfall:
            sheets.shade_row(ws, ws.max_row, SHORT_FILL)
    _finish(ws, len(header), language, widest=24)


def _awards(ws: Worksheet, session: Session, year: int, w: dict, language: str) -> None:  # type: ignore[type-arg]
    ws.title = w["awards_sheet"]
    header = [w["no"], w["date"], w["award"], w["level"], w["recipient"], w["body"], w["evaluation"], w["grade"],
              w["note"]]
    sheets.write_title(ws, w["awards"].format(year), len(header))
    ws.append(header)
    for n, row in enumerate(commendations.register(session, year), 1):
        d = row.data
        ws.append([n, d.day, d.title, w["levels"].get(d.level, d.level), row.recipient, d.awarding_body,
                   d.evaluation_year or "", w["grades"].get(row.grade or "", ""), d.note])
        ws.cell(row=ws.max_row, column=2).number_format = "yyyy-mm-dd"
    _finish(ws, len(header), language, widest=30)


def _finish(ws: Worksheet, columns: int, language: str, *, widest: int) -> None:
    sheets.style_header_row(ws, 2)
    sheets.style_body(ws, 3, ws.max_row)
    sheets.fit_columns(ws, max_width=widest)
    ws.freeze_panes = "A3"
    sheets.set_print_setup(ws, landscape=columns > 7, title_rows="2:2", language=language)


def _dates(d: service.SessionData, w: dict) -> str:  # type: ignore[type-arg]
    return d.start.isoformat() if d.start == d.end else f"{d.start.isoformat()}{w['to']}{d.end.isoformat()}"


def _roles(roles: frozenset[Role], w: dict) -> str:  # type: ignore[type-arg]
    return w["sep"].join(w["role_names"][r] for r in (Role.CADRE, Role.PARTY_MEMBER, Role.VOLUNTEER,
                                                      Role.RESIDENT_REP) if r in roles)


def _num(value: float | None) -> float | int | str:
    """Whole numbers without ".0", so "10" days prints as staff would write it."""
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else round(value, 2)
