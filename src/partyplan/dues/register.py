"""The year's dues register (党费收缴登记表) in Excel: one row per member with the branch, the category,
the monthly base and amount, each month's payment, what the year owes, what was paid and what is in
arrears up to a month (the last one, for the current year), and a totals row; A4 landscape, the header
on every page (reports/sheets.py). A month owed up to then and not paid is left empty and shaded; a month
not owed (not yet a member, or transferred out) reads "—".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import DuesCategory
from partyplan.dues.service import DuesLine, last_month, year_lines
from partyplan.reports import sheets

UNPAID_FILL = "F8D7DA"  # pale red, still readable in black and white
MONEY = "0.00"
WORDS = {
    "zh_CN": {
        "title": "{}{}年度党费收缴登记表", "sheet": "党费", "no": "序号", "name": "姓名", "branch": "所在支部",
        "category": "缴纳类别", "base": "月缴纳基数（元）", "amount": "月应缴（元）", "month": "{}月",
        "due": "全年应缴", "paid": "已缴", "owing": "欠缴（截至{}月）", "total": "合计", "not_owed": "—",
        "categories": {DuesCategory.SALARIED: "在职", DuesCategory.SELF_EMPLOYED: "个体经营等",
                       DuesCategory.RETIRED: "离退休", DuesCategory.FARMER: "农民",
                       DuesCategory.LOW_INCOME: "学生/失业/低保等", DuesCategory.REDUCED: "困难减免"},
    },
    "en": {
        "title": "{}Party dues register {}", "sheet": "Dues", "no": "No.", "name": "Name", "branch": "Branch",
        "category": "Category", "base": "Monthly base (yuan)", "amount": "Monthly dues (yuan)", "month": "M{}",
        "due": "Year due", "paid": "Paid", "owing": "Owing (to M{})", "total": "Total", "not_owed": "—",
        "categories": {DuesCategory.SALARIED: "Salaried", DuesCategory.SELF_EMPLOYED: "Self-employed",
                       DuesCategory.RETIRED: "Retired", DuesCategory.FARMER: "Farmer",
                       DuesCategory.LOW_INCOME: "Student / unemployed / relief", DuesCategory.REDUCED: "Reduced"},
    },
}


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def write_register_xlsx(session: Session, year: int, path: Path, *, language: str = "zh_CN",
                        branch_id: int | None = None, through: int | None = None,
                        today: dt.date | None = None) -> Path:
    """`through`: the month arrears are counted to (default: the month before `today`'s in its year, else
    December)."""
    w = words(language)
    today = today or dt.date.today()
    through = through or (last_month(today)[1] if year == today.year else 12)
    lines = year_lines(session, year, branch_id)
    branches = _branches(session)
    book = Workbook()
    ws = book.active
    ws.title = w["sheet"]
    header = [w["no"], w["name"], w["branch"], w["category"], w["base"], w["amount"],
              *(w["month"].format(m) for m in range(1, 13)), w["due"], w["paid"], w["owing"].format(through)]
    sheets.write_title(ws, w["title"].format(office.office_name(session), year), len(header))
    ws.append(header)
    for n, line in enumerate(lines, 1):
        ws.append(_row(n, line, w, branches.get(line.person_id, ""), through))
        for month in range(1, through + 1):
            if month in line.owed_months and month not in line.paid:
                sheets.shade_cells([ws.cell(row=ws.max_row, column=6 + month)], UNPAID_FILL)
    first, last = 3, ws.max_row
    totals = [w["total"], "", "", "", "", ""] + [
        f"=SUM({get_column_letter(c)}{first}:{get_column_letter(c)}{last})" if last >= first else 0
        for c in range(7, len(header) + 1)]
    ws.append(totals)
    sheets.style_header_row(ws, 2)
    sheets.style_body(ws, 3, ws.max_row)
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row, min_col=5, max_col=len(header)):
        for cell in row:
            cell.number_format = MONEY
            cell.alignment = Alignment(horizontal="right", vertical="center")
    for cell in ws[ws.max_row]:
        cell.font = sheets.chinese_font(bold=True)
    sheets.fit_columns(ws, min_width=5, max_width=24)
    for column in range(7, 19):
        ws.column_dimensions[get_column_letter(column)].width = 9  # a column's total, 1234.50, fits
    ws.row_dimensions[2].height = 30
    ws.freeze_panes = "C3"
    sheets.set_print_setup(ws, landscape=True, title_rows="2:2", language=language)
    return sheets.save_workbook(book, path)


def _branches(session: Session) -> dict[int, str]:
    """Each person's branch (a party group's member is its branch's)."""
    from partyplan.db.models import Organisation, OrgKind, Person

    orgs = {o.id: o for o in session.scalars(select(Organisation))}
    found = {}
    for person_id, org_id in session.execute(select(Person.id, Person.organisation_id)
                                             .where(Person.organisation_id.is_not(None))).tuples():
        org = orgs.get(org_id)
        if org is not None and org.kind is OrgKind.GROUP and org.parent_id in orgs:
            org = orgs[org.parent_id]
        found[person_id] = org.name if org is not None else ""
    return found


def _row(n: int, line: DuesLine, w: dict, branch: str, through: int) -> list[object]:  # type: ignore[type-arg]
    months: list[object] = []
    for month in range(1, 13):
        if month in line.paid:
            months.append(line.paid[month] / 100)
        elif month in line.owed_months:
            months.append(None)
        else:
            months.append(w["not_owed"])
    amount = next((line.due[m] for m in reversed(line.owed_months) if line.due.get(m) is not None), None)
    owing = sum(line.due[m] or 0 for m in line.unpaid_months(through))
    return [n, line.name, branch, w["categories"].get(line.category, "") if line.category else "",
            line.base_fen / 100 if line.base_fen else None, amount / 100 if amount is not None else None, *months,
            line.due_total / 100, line.paid_total / 100, owing / 100]
