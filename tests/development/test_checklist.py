"""The member's file as the standard checklist: states read from the steps, and the Word form, one page each."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document

from partyplan import office
from partyplan.db.models import DevelopmentStep, Role, StepKind
from partyplan.development import checklist, checklist_docx, pipeline
from partyplan.development.checklist import ItemState
from partyplan.development.pipeline import StepData
from partyplan.people import service as people
from partyplan.people.validation import PersonData

from . import record

D = dt.date
TODAY = D(2026, 11, 20)
A, T, V, S, R, TR, N, P, Y = (StepKind.APPLICATION, StepKind.TALK, StepKind.ACTIVIST, StepKind.TARGET,
                              StepKind.REVIEW, StepKind.TRAINING, StepKind.NOTICE, StepKind.PROBATIONARY,
                              StepKind.APPROVAL)


@pytest.fixture
def files(database):  # type: ignore[no-untyped-def]
    """林晓 admitted on 2026-10-12 after a notice over 国庆, the approval still owed; 周强 an activist."""
    with database.session() as s:
        office.set_office_name(s, "柳北桥社区党委")
        members = tuple(people.add_person(s, PersonData(name=n, roles={Role.PARTY_MEMBER}), TODAY)
                        for n in ("王书记", "李委员"))
        lin = people.add_person(s, PersonData(name="林晓", birth_date=D(2000, 5, 1)), TODAY)
        zhou = people.add_person(s, PersonData(name="周强", birth_date=D(1998, 2, 1)), TODAY)
        admitted = pipeline.open_case(s, lin, D(2024, 3, 1), today=TODAY, note="递交入党申请书")
        for kind, day, extra in ((T, D(2024, 3, 15), {"by_id": members[0]}), (V, D(2024, 4, 10), {"people": members[:1]}),
                                 (S, D(2025, 10, 9), {}), (R, D(2026, 3, 2), {}),
                                 (TR, D(2026, 4, 20), {"days": 3, "class_hours": 24}),
                                 (N, D(2026, 9, 29), {}), (P, D(2026, 10, 12), {"people": members})):
            record(s, admitted, StepData(kind, day, **extra), today=TODAY)
        activist = pipeline.open_case(s, zhou, D(2025, 12, 1), today=TODAY)
        record(s, activist, StepData(T, D(2025, 12, 10)), today=TODAY)
        record(s, activist, StepData(V, D(2026, 2, 3), people=members), today=TODAY)
    return database, admitted, activist


def states(database, case: int) -> dict[str, checklist.ChecklistItem]:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return {i.key: i for i in checklist.checklist(s, case, TODAY).items}


def test_each_item_is_done_due_open_or_not_needed(files):
    database, admitted, activist = files
    lin = states(database, admitted)
    assert [i.number for i in lin.values()] == list(range(1, 27)) and len(checklist.ITEMS) == 26
    assert lin["notice"].state is ItemState.DONE and lin["notice"].until == D(2026, 10, 10)
    assert lin["notice"].working_days == 5
    vote = lin["admission"].vote
    assert vote is not None and vote.passed and vote.votes_for == vote.present == vote.eligible == 2
    assert lin["sponsors"].people == ("王书记", "李委员") and lin["sponsors"].vote is None
    assert lin["target_filing"].state is ItemState.DONE and lin["application_form"].state is ItemState.DONE
    talk, approval = lin["organiser_talk"], lin["admission_approval"]
    assert (talk.state, talk.due, approval.state, approval.due) == (ItemState.DUE, D(2027, 1, 12), ItemState.DUE,
                                                                   D(2027, 1, 12)), "the talk comes before it"
    assert lin["oath"].state is ItemState.OPEN and lin["extension"].state is ItemState.NOT_APPLICABLE
    assert lin["applicant_mentors"].state is ItemState.MISSING, "the file went on without the applicant's mentor"
    zhou = states(database, activist)
    assert zhou["mentors"].people == ("王书记", "李委员") and zhou["activist_filing"].state is ItemState.DONE
    assessment = zhou["activist_assessments"]
    assert (assessment.state, assessment.due, assessment.overdue) == (ItemState.DUE, D(2026, 8, 3), True)
    assert zhou["target"].state is ItemState.OPEN


def test_a_file_recorded_before_the_published_steps_shows_its_gaps(files):
    """A development target from an older version: no filing, no branch committee's review, no form."""
    database, _admitted, _activist = files
    with database.session() as s:
        person = people.add_person(s, PersonData(name="老档案", birth_date=D(1996, 1, 1)), TODAY)
        case = pipeline.open_case(s, person, D(2023, 1, 5), today=TODAY)
        for kind, day in ((T, D(2023, 1, 20)), (V, D(2023, 3, 1)), (S, D(2024, 3, 5)), (R, D(2024, 4, 1)),
                          (N, D(2024, 5, 6))):
            s.add(DevelopmentStep(case_id=case, kind=kind, day=day, note="", justification=""))
        s.flush()
        found = {i.key: i.state for i in checklist.checklist(s, case, TODAY).items}
    assert [k for k, state in found.items() if state is ItemState.MISSING] == [
        "applicant_mentors", "activist_filing", "mentors", "activist_assessments", "sponsors", "training",
        "committee_review", "pre_review", "application_form"]
    assert found["target_filing"] is ItemState.DUE, "the file is still at that stage: it can still be filed"


def test_the_form_in_word_one_page_per_member(files, tmp_path):
    database, admitted, activist = files
    path = tmp_path / "纪实表.docx"
    with database.session() as s:
        checklist_docx.write_checklist_docx(s, [admitted, activist], path, today=TODAY)
        by_name = checklist_docx.cases_of(s, checklist_docx.find_people(s, "林晓"))
    assert by_name == [admitted]
    doc = Document(str(path))
    titles = [p for p in doc.paragraphs if p.text == "发展党员工作全程纪实表"]
    assert len(titles) == 2 and [t.paragraph_format.page_break_before for t in titles] == [False, True]
    people_table, steps_table = doc.tables[0], doc.tables[1]
    assert [c.text for c in people_table.rows[1].cells][:2] == ["林晓", ""]
    rows = [[c.text for c in row.cells] for row in steps_table.rows]
    assert rows[0] == ["序号", "工作环节", "完成时间", "材料及说明", "情况"]
    assert rows[1] == ["一、入党申请"] * 5, "a phase heads its rows across the table"
    by_number = {r[0]: r for r in rows if r[0].isdigit()}
    assert by_number["17"][1:] == ["公示（不少于5个工作日）", "2026.09.29", "至2026.10.10，共5个工作日", "已完成"]
    assert by_number["18"][3] == "应到2人，实到2人，同意2、反对0、弃权0，通过"
    assert by_number["20"][1:] == ["上级党委审批（3个月内）", "", "应于2027.01.12前办理", "待办"]
    assert by_number["3"][4] == "缺" and by_number["23"][4] == "—"
    assert "党支部书记（签字）" in doc.paragraphs[-1].text.replace("\u3000", "")


def test_the_form_in_english(files, tmp_path):
    database, admitted, _activist = files
    path = tmp_path / "record.docx"
    with database.session() as s:
        checklist_docx.write_checklist_docx(s, [admitted], path, language="en", today=TODAY)
    doc = Document(str(path))
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in doc.tables[1].rows}
    assert rows["No."][1] == "Step" and rows["17"][1] == "Notice (≥ 5 working days)"
    assert rows["20"][3:] == ["due by 2027.01.12", "due"]
    assert doc.paragraphs[-1].text.endswith("2026-11-20")
