"""The register to Excel and a person's record to Word, written and opened again."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from openpyxl import load_workbook

from partyplan import office
from partyplan.db.models import Education, Gender, Role, StepKind
from partyplan.development import export, pipeline
from partyplan.development.pipeline import StepData
from partyplan.people import service as people

from . import record
from partyplan.people.validation import PersonData

D = dt.date
TODAY = D(2026, 11, 20)


@pytest.fixture
def office_files(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        office.set_office_name(s, "柳北桥社区党委")
        a, b = (people.add_person(s, PersonData(name=n, roles={Role.PARTY_MEMBER}), TODAY) for n in ("王书记", "李委员"))
        lin = people.add_person(s, PersonData(name="林晓", gender=Gender.FEMALE, birth_date=D(2000, 5, 1),
                                              education=Education.BACHELOR, unit="柳北供电所"), TODAY)
        zhou = people.add_person(s, PersonData(name="周强", gender=Gender.MALE, birth_date=D(1998, 2, 1)), TODAY)
        admitted = pipeline.open_case(s, lin, D(2024, 1, 10), today=TODAY, note="递交入党申请书")
        for kind, day, extra in (
                (StepKind.TALK, D(2024, 3, 1), {"justification": "申请人外出务工", "by_id": a}),
                (StepKind.ACTIVIST, D(2024, 3, 10), {"people": (a,)}),
                (StepKind.ASSESSMENT, D(2024, 9, 10), {}), (StepKind.ASSESSMENT, D(2025, 3, 10), {}),
                (StepKind.TARGET, D(2025, 3, 20), {}), (StepKind.REVIEW, D(2025, 4, 1), {}),
                (StepKind.TRAINING, D(2025, 4, 10), {"days": 3, "class_hours": 24}),
                (StepKind.NOTICE, D(2025, 4, 20), {}),
                (StepKind.PROBATIONARY, D(2025, 5, 1), {"people": (a, b), "note": "支部大会表决通过"})):
            record(s, admitted, StepData(kind, day, **extra), today=TODAY)
        waiting = pipeline.open_case(s, zhou, D(2026, 9, 1), today=TODAY)
    return database, admitted, waiting


def test_register_has_one_row_per_person_with_every_date(office_files, tmp_path):
    database, _admitted, _waiting = office_files
    path = tmp_path / "台账.xlsx"
    with database.session() as s:
        export.write_register_xlsx(s, path, language="zh_CN", today=TODAY)
    ws = load_workbook(path).active
    assert ws["A1"].value == "柳北桥社区党委发展党员工作台账"
    header = [c.value for c in ws[2]]
    assert header[:5] == ["序号", "姓名\n当前阶段", "性别\n出生日期\n学历", "递交申请\n谈话", "确定积极分子\n培养联系人"]
    rows = {r[1].split("\n")[0]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=3, values_only=True)}
    assert set(rows) == {"林晓", "周强"}
    lin, zhou = rows["林晓"], rows["周强"]
    assert lin["姓名\n当前阶段"] == "林晓\n预备党员" and lin["性别\n出生日期\n学历"] == "女\n2000-05-01\n本科"
    assert lin["递交申请\n谈话"] == "2024-01-10\n2024-03-01" and lin["确定积极分子\n培养联系人"] == "2024-03-10\n王书记"
    assert lin["公示\n接收预备党员"] == "2025-04-20\n2025-05-01" and not lin["上级审批\n转正"]
    assert lin["入党介绍人"] == "王书记、李委员"
    assert lin["考察日期"] == "2024-09-10\n2025-03-10" and lin["集中培训（天/学时）"] == "3天/24学时"
    assert "派人谈话：申请人外出务工" in lin["例外说明"], "a rule set aside shows in the register"
    assert lin["下一事项\n到期日"] == "上级审批\n2025-08-01"
    assert zhou["姓名\n当前阶段"] == "周强\n入党申请人" and zhou["下一事项\n到期日"].startswith("谈话\n")
    lin_row, zhou_row = (3 + list(rows).index(name) for name in ("林晓", "周强"))
    assert ws.cell(row=lin_row, column=len(header) - 1).font.color.rgb.endswith("B00020"), "overdue in red"
    assert ws.cell(row=lin_row, column=2).fill.fgColor.rgb.endswith("FCE4D6"), "a rule set aside: shaded"
    assert ws.cell(row=zhou_row, column=2).fill.fill_type is None
    assert ws.row_dimensions[lin_row].height >= 3 * 15, "three stacked lines get three lines of height"
    assert ws.print_title_rows == "$2:$2" and ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9 and ws.sheet_properties.pageSetUpPr.fitToPage  # 9: A4
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert printed_points(ws) >= 9, "readable when fitted to the width of A4 landscape"


def printed_points(ws) -> float:  # type: ignore[no-untyped-def]
    """The 11 pt text's size on paper once the sheet is fitted to the page's width (Excel draws a column
    width unit as 7 pixels of its Calibri, 5.25 pt)."""
    from openpyxl.utils import get_column_letter

    width = sum(ws.column_dimensions[get_column_letter(c)].width * 5.25 for c in range(1, ws.max_column + 1))
    printable = 841.9 - 72 * (ws.page_margins.left + ws.page_margins.right)
    return 11 * min(1.0, printable / width)


def test_register_in_english(office_files, tmp_path):
    database, *_ = office_files
    path = tmp_path / "register.xlsx"
    with database.session() as s:
        export.write_register_xlsx(s, path, language="en", today=TODAY)
    ws = load_workbook(path).active
    header = [c.value for c in ws[2]]
    assert header[:3] == ["No.", "Name\nStage", "Gender\nBirth date\nEducation"]
    stages = {r[1].split("\n")[1] for r in ws.iter_rows(min_row=3, values_only=True)}
    assert stages == {"Probationary member", "Applicant"}
    for column, title in enumerate(header, 1):  # headers wrap between words, never inside one
        longest = max(len(word) for word in title.split())
        assert ws.column_dimensions[ws.cell(2, column).column_letter].width >= longest + 1, title
    assert printed_points(ws) >= 9


def test_person_record_lists_every_step_with_who_and_why(office_files, tmp_path):
    database, admitted, _waiting = office_files
    path = tmp_path / "林晓.docx"
    with database.session() as s:
        export.write_record_docx(s, admitted, path, language="zh_CN", today=TODAY)
    doc = Document(str(path))
    assert doc.paragraphs[0].text == "发展党员档案（林晓）"
    facts, steps = doc.tables
    assert [c.text for c in facts.rows[1].cells] == ["林晓", "女", "2000年5月1日", "本科", "柳北供电所", "预备党员"]
    lines = [[c.text for c in row.cells] for row in steps.rows[1:]]
    assert len(lines) == 15 and lines[0][:2] == ["2024年1月10日", "递交入党申请书"]
    assert lines[1] == ["2024年3月1日", "派人谈话", "王书记", "", "例外说明：申请人外出务工"]
    assert [line[1] for line in lines[2:4]] == ["确定为入党积极分子", "报上级党委备案"]
    assert [line[1] for line in lines[10:13]] == ["支部委员会审查", "上级党委预审", "填写入党志愿书"]
    assert lines[14][1:4] == ["支部大会接收为预备党员", "", "王书记、李委员"]
    assert "会议：2025-05-01 支部党员大会" in lines[14][4]
    assert "3天/24学时" in lines[9][4]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "上级审批：2025年8月1日（已逾期）" in text and "柳北桥社区党委" in text


def test_english_record_has_no_chinese_numbering_or_dates(office_files, tmp_path):
    database, admitted, _waiting = office_files
    with database.session() as s:
        export.write_record_docx(s, admitted, tmp_path / "lin.docx", language="en", today=TODAY)
    doc = Document(str(tmp_path / "lin.docx"))
    texts = [p.text for p in doc.paragraphs if p.text.strip()]
    assert texts[0] == "Member development record: 林晓"
    assert "1. Steps" in texts and "2. Due" in texts and texts[-1] == "20 November 2026"
    cells = [c.text for table in doc.tables for row in table.rows for c in row.cells]
    assert not [t for t in texts + cells if "年" in t and "月" in t], "no Chinese dates"
