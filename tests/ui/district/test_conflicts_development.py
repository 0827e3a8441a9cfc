"""A development step recorded from a file that another PC moved on meanwhile."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.development import pipeline
from partyplan.development.pipeline import StepData
from partyplan.enums import Role, StepKind
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui import conflicts
from partyplan.ui.development.page import DevelopmentPage
from partyplan.ui.operations import Operations

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def page(qtbot, qapp, database, prompt_log):  # type: ignore[no-untyped-def]
    with database.session() as s:
        secretary = people.add_person(s, PersonData(name="王书记", roles={Role.PARTY_MEMBER, Role.CADRE}), TODAY)
        applicant = people.add_person(s, PersonData(name="林晓", birth_date=dt.date(2000, 5, 1)), TODAY)
        case = pipeline.open_case(s, applicant, dt.date(2026, 11, 1), today=TODAY)
    i18n.install("en")
    widget = DevelopmentPage(Operations(database))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.set_today(TODAY)
    return widget, case, secretary


def steps(database, case: int) -> list[StepKind]:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return [step.kind for step in pipeline.case_detail(s, case).steps]


def test_a_step_on_a_file_another_pc_moved_on(page, database, conflict_answers):
    widget, case, secretary = page
    widget.select_case(case)
    talk = widget.record_step(StepKind.TALK)
    with database.session() as s:  # the other PC records the talk first
        pipeline.add_step(s, case, StepData(StepKind.TALK, dt.date(2026, 11, 9), by_id=secretary), today=TODAY)
    talk.day.setDate(QDate(2026, 11, 10))
    talk.by.setCurrentIndex(talk.by.findData(secretary))
    talk.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    [shown] = conflict_answers.shown
    assert shown.label == "The development file of 林晓" and talk.isVisible()
    assert steps(database, case).count(StepKind.TALK) == 1, "Cancel records nothing"
    conflict_answers.answer = conflicts.TAKE_THEIRS
    talk.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not talk.isVisible() and steps(database, case).count(StepKind.TALK) == 1
    assert "Talk with the applicant" in [widget.steps_model.index(r, 1).data()
                                         for r in range(widget.steps_model.rowCount())], "the page shows theirs"
