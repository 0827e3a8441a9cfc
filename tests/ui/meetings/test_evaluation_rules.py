"""The democratic evaluation's rules in the window: the office's cap on 优秀 (default one third) is a
setting; a grade over it is refused with the count and saved only with a reason asked in a dialog; a
不合格 grade opens a follow-up, decided (帮教 by a full member) and closed on the Follow-ups page."""

from __future__ import annotations

from fractions import Fraction

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import DisposalOutcome, Grade, Measure
from partyplan.meetings import evaluation
from partyplan.members import disposals
from partyplan.ui.meetings.tab import MeetingsTab
from partyplan.ui.operations import Operations

from meetings import TODAY, make_office  # tests/meetings: the same small office

GRADE = 6  # the grade decided: the evaluation table's last column


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        return make_office(s)


@pytest.fixture
def page(qtbot, qapp, database, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    tab = MeetingsTab(Operations(database))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.set_year(2026, TODAY)
    tab.show()
    tab.pages.setCurrentWidget(tab.evaluation)
    prompt_log.answers = [2026]
    tab.evaluation.buttons["new"].click()
    yield tab.evaluation
    for dialog in tab.findChildren(QDialog):  # none left open to sit over the next test's window
        dialog.done(0)
    i18n.install("en")


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def grade(page, person_id: int, value: Grade | None) -> None:  # type: ignore[no-untyped-def]
    row = next(n for n, r in enumerate(page.model.rows) if r.person_id == person_id)
    page.model.setData(page.model.index(row, GRADE), value.value if value else "")


def stored(database, page):  # type: ignore[no-untyped-def]
    with database.session() as s:
        return evaluation.results(s, page.evaluation_id())


def test_the_cap_is_the_offices_setting(page, database):
    dialog = page.edit_settings()
    assert dialog.cap.text() == "1/3" and dialog.months.value() == 6
    dialog.cap.setText("a third")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.errors["cap"].text() == "The cap is a share between 0 and 1, e.g. 1/3."
    dialog.cap.setText("1/4")
    dialog.months.setValue(3)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    with database.session() as s:
        assert evaluation.excellent_cap(s) == Fraction(1, 4) and disposals.correction_months(s) == 3


def test_over_the_cap_is_refused_with_the_count_unless_a_reason_is_given(page, database, office):
    full = [p for p in office.party if p != office.probationary]  # nine graded: a third is three
    for person in full[:3]:
        grade(page, person, Grade.EXCELLENT)
    assert page.dialog is None
    grade(page, full[3], Grade.EXCELLENT)
    asked = page.dialog
    assert asked.isVisible() and asked.message.text().startswith(
        "This would grade 4 of 9 members “excellent”; the office's cap of 1/3 allows 3.")
    assert stored(database, page).rows[[r.person_id for r in stored(database, page).rows].index(full[3])].grade is None
    ok(asked)
    assert asked.isVisible() and asked.error.text() == "This field is required."
    asked.reject()
    assert sum(r.grade is Grade.EXCELLENT for r in stored(database, page).rows) == 3, "refused: nothing saved"
    grade(page, full[3], Grade.EXCELLENT)
    page.dialog.reason.setPlainText("第四人获评区优秀共产党员")
    ok(page.dialog)
    result = stored(database, page)
    assert sum(r.grade is Grade.EXCELLENT for r in result.rows) == 4
    assert result.evaluation.excellent_override == "第四人获评区优秀共产党员"
    assert "Reason recorded: 第四人获评区优秀共产党员" in page.warning.text()


def test_unqualified_opens_a_follow_up_decided_and_closed(page, database, office, prompt_log):
    tab = page.parent().parent().parent()  # the tab widget's stack, the tab widget, the Meetings tab
    member = office.members[2]
    grade(page, member, Grade.UNQUALIFIED)
    assert prompt_log.infos[-1].startswith("A follow-up is opened for 党员3")
    followups = tab.followups
    assert [r.name for r in followups.model.rows] == ["党员3"]
    assert followups.model.index(0, 3).data() == "To decide"
    assert followups.model.index(0, 3).data(9).color().name() == "#b00020"  # ForegroundRole: to decide
    followups.table.selectRow(0)
    decide = followups.decide_selected()
    decide.measure.setCurrentIndex(decide.measure.findData(Measure.HELP.value))
    opened = followups.model.rows[0].opened_on  # the evaluation's day (at latest the year's end)
    decide.day.setDate(opened)
    ok(decide)
    assert decide.isVisible() and decide.errors["helper"].text() == "This field is required."
    decide.helper.setCurrentIndex(decide.helper.findData(office.probationary))
    ok(decide)
    assert decide.errors["helper"].text() == "The member who helps must be another full member."
    decide.helper.setCurrentIndex(decide.helper.findData(office.cadres[0]))
    ok(decide)
    assert not decide.isVisible()
    assert followups.model.index(0, 4).data() == "张书记"
    followups.table.selectRow(0)
    close = followups.close_selected()
    close.day.setDate(opened)
    close.outcome.setCurrentIndex(close.outcome.findData(DisposalOutcome.OTHER.value))
    ok(close)
    assert close.isVisible() and close.errors["note"].isVisible()
    close.outcome.setCurrentIndex(close.outcome.findData(DisposalOutcome.CORRECTED.value))
    ok(close)
    assert not close.isVisible() and followups.model.rowCount() == 0, "the open list no longer has it"
    with database.session() as s:
        (row,) = disposals.list_disposals(s)
    assert (row.measure, row.helper_id, row.outcome) == (Measure.HELP, office.cadres[0], DisposalOutcome.CORRECTED)
    followups.open_only.setChecked(False)
    assert followups.model.index(0, 5).data().startswith("Corrected")


def test_the_overview_card_shows_a_missing_evaluation_and_the_follow_up_due(qtbot, database, office):
    import datetime as dt

    from partyplan.ui.overview.tab import OverviewTab

    tab = OverviewTab(Operations(database))
    qtbot.addWidget(tab)
    tab.today = lambda: dt.date(2026, 4, 10)  # the evaluation of 2025 was due by the end of March
    tab.reload()
    card = tab.cards["rules"]
    assert card.title.text() == "Evaluation and follow-ups"
    assert "The democratic evaluation of 2025 is overdue (due by 2026-03-31)" in card.body.text()
    assert "#b00020" in card.body.text(), "in red"
    with database.session() as s:
        evaluation_id = evaluation.create_evaluation(s, 2025)
        evaluation.set_grade(s, evaluation_id, office.members[2], Grade.UNQUALIFIED)
    tab.reload()
    assert "democratic evaluation" not in card.body.text()
    assert "党员3: decide the follow-up, due" in card.body.text()
    with qtbot.waitSignal(tab.sig_go, timeout=1000) as signal:
        card.go.click()
    assert signal.args == ["meetings"], "the Meetings tab, where the Follow-ups page decides it"
