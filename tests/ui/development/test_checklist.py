"""The member's file as the standard checklist in the window: every step of the published sequence with
its day, documents and state (due, overdue, missing), a document's number typed in the step dialog,
the refusal of a probationary sponsor as the service words it, and the checklist of several chosen
people exported to Word, one page each."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import Role, StepKind
from partyplan.development import pipeline
from partyplan.development.pipeline import StepData
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.development.page import DevelopmentPage
from partyplan.ui.operations import Operations

from ui.development.test_page import walk

D = dt.date
TODAY = D(2026, 11, 20)


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        ids = {name: people.add_person(s, PersonData(name=name, roles={Role.PARTY_MEMBER, Role.CADRE},
                                                     joined_date=D(2005, 7, 1)), TODAY)
               for name in ("王书记", "李委员")}
        ids["预备党员钱"] = people.add_person(s, PersonData(name="预备党员钱", roles={Role.PARTY_MEMBER},
                                                       joined_date=TODAY - dt.timedelta(days=90)), TODAY)
        for name in ("林晓", "周强"):
            ids[name] = people.add_person(s, PersonData(name=name, birth_date=D(1995, 5, 1)), TODAY)
    return database, ids


@pytest.fixture
def page(qtbot, qapp, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    database, _ids = office
    widget = DevelopmentPage(Operations(database))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.set_today(TODAY)
    yield widget
    i18n.install("en")


def checklist_rows(page) -> dict[str, tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Step -> (done, documents, state); of the two filings and the two activist/target assessments, the
    first."""
    model = page.checklist_model
    rows = {}
    for n in range(model.rowCount()):
        if model.index(n, 0).data(Qt.ItemDataRole.UserRole + 1) is not None:  # not a phase's heading
            rows.setdefault(model.index(n, 1).data(), tuple(model.index(n, c).data() for c in (2, 3, 4)))
    return rows


def file_of_linxiao(database, ids) -> None:  # type: ignore[no-untyped-def]
    walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2025, 1, 6)), (StepKind.TALK, D(2025, 1, 20)),
                                (StepKind.ACTIVIST, D(2025, 3, 3)), (StepKind.TARGET, D(2026, 3, 9))],
         (ids["王书记"], ids["李委员"]))


def test_the_checklist_shows_every_step_with_what_is_done_and_due(page, office):
    database, ids = office
    file_of_linxiao(database, ids)
    page.reload()
    page.select_case(page.pipeline_model.row_at(0).key)
    page.file_tabs.setCurrentIndex(1)
    rows = checklist_rows(page)
    assert rows["Application handed in"][0] == "2025-01-06" and rows["Application handed in"][2] == "done"
    assert rows["Talk (within 1 month(s))"] == ("2025-01-20", "", "done")
    assert rows["Mentor for the applicant"][2] == "missing"  # the file went on to activist without one
    assert rows["Assessments (6-monthly)"] == ("", "", "missing")  # a year as activist, never assessed
    target_assessment = next(n for n in range(page.checklist_model.rowCount())
                             if page.checklist_model.index(n, 0).data() == "13")
    assert [page.checklist_model.index(target_assessment, c).data() for c in (3, 4)] == [
        "due by 2026.09.09", "overdue"]  # six months after becoming a development target
    assert page.checklist_model.index(target_assessment, 4).data(Qt.ItemDataRole.ForegroundRole).color().name() \
        == "#b00020"
    assert rows["Notice (≥ 5 working days)"] == ("", "", "") and rows["Approval (≤ 3 months)"][2] == ""
    assert page.checklist_model.index(0, 0).data() == "1. Application"  # the phase heads its steps
    assert page.checklist_view.columnSpan(0, 0) == 5
    numbers = [page.checklist_model.index(n, 0).data() for n in range(page.checklist_model.rowCount())]
    assert [n for n in numbers if n.isdigit()] == [str(n) for n in range(1, 27)], "every step of the sequence"

    with database.session() as s:
        for kind, day in ((StepKind.SPONSORS, D(2026, 9, 1)), (StepKind.REVIEW, D(2026, 9, 20)),
                          (StepKind.TRAINING, D(2026, 10, 1)), (StepKind.COMMITTEE_REVIEW, D(2026, 10, 20)),
                          (StepKind.PRE_REVIEW, D(2026, 10, 28))):
            pipeline.add_step(s, page.case.id, StepData(kind, day, days=3, class_hours=24, people=(
                (ids["王书记"], ids["李委员"]) if kind is StepKind.SPONSORS else ())), today=TODAY)
    page.reload()
    form = page.record_step(StepKind.APPLICATION_FORM)
    assert not form._rows["reference"].isHidden()
    form.reference.setText("志愿书第0012号")
    form.day.setDate(D(2026, 11, 2))
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not form.isVisible(), {n: e.text() for n, e in form.errors.items() if not e.isHidden()}
    assert checklist_rows(page)["Application form"] == ("2026-11-02", "No. 志愿书第0012号", "done")
    assert checklist_rows(page)["Sponsors named"] == ("2026-09-01", "王书记, 李委员", "done")
    assert page.steps_model.index(page.steps_model.rowCount() - 1, 3).data() == "Document no. 志愿书第0012号"


def test_a_probationary_sponsor_is_refused_as_the_rules_word_it(page, office):
    database, ids = office
    file_of_linxiao(database, ids)
    page.reload()
    page.select_case(page.pipeline_model.row_at(0).key)
    sponsors = page.record_step(StepKind.SPONSORS)
    sponsors.set_people([ids["王书记"]])
    sponsors.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert sponsors.isVisible() and sponsors.errors["people"].text() == "Admission needs 2 sponsors."
    sponsors.set_people([ids["王书记"], ids["预备党员钱"]])
    sponsors.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert sponsors.isVisible() and sponsors.errors["people"].text().startswith(
        "Mentors and sponsors must be full members")
    sponsors.set_people([ids["王书记"], ids["李委员"]])
    sponsors.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not sponsors.isVisible()
    assert checklist_rows(page)["Sponsors named"][1] == "王书记, 李委员"


def test_export_the_checklists_of_the_chosen_people_one_page_each(page, office, prompt_log, tmp_path, settle):
    database, ids = office
    file_of_linxiao(database, ids)
    walk(database, ids["周强"], [(StepKind.APPLICATION, D(2026, 11, 2))])
    page.reload()
    assert not page.buttons["checklist"].isEnabled(), "nobody chosen yet"
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(page.pipeline_model.rowCount()):
        selection.select(page.pipeline_model.index(row, 0), flags)
    assert sorted(page.pipeline_model.row_at(n).cells[0] for n in range(2)) == ["周强", "林晓"]
    assert len(page.chosen_cases()) == 2 and page.buttons["checklist"].isEnabled()
    prompt_log.files = [str(tmp_path / "checklists")]
    page.export_checklist()
    settle()
    assert prompt_log.infos == [f"Written to {tmp_path / 'checklists.docx'}."], prompt_log.errors
    doc = Document(str(tmp_path / "checklists.docx"))
    titles = [p for p in doc.paragraphs if p.text == "Member development record: every step"]
    assert len(titles) == 2 and titles[1].paragraph_format.page_break_before and not titles[0].paragraph_format.page_break_before
    people_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Name"]
    assert sorted(t.rows[1].cells[0].text for t in people_tables) == ["周强", "林晓"]
    steps = next(t for t in doc.tables if t.rows[0].cells[0].text == "No.")
    assert [c.text for c in steps.rows[3].cells] == ["2", "Talk (within 1 month(s))", "", "due by 2026.12.02", "due"]
    assert any([c.text for c in row.cells][1:3] == ["Talk (within 1 month(s))", "2025.01.20"]
               for table in doc.tables for row in table.rows), "林晓's page"
