"""The Training tab as the office uses it: record a session and who attended, give certificates, see who
is short of the yearly requirement, register commendations, export the year."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.training import commendations, service
from partyplan.training.service import SessionData
from partyplan.ui.operations import Operations
from partyplan.ui.training.page import TrainingPage

D = dt.date
TODAY = D(2026, 11, 22)


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """Two cadres and a volunteer; the cadres sat a 6-day course, 王芳 also a 4-day one."""
    with database.session() as s:
        ids = {name: people.add_person(s, PersonData(name=name, roles=roles)) for name, roles in (
            ("王芳", {Role.CADRE}), ("李强", {Role.CADRE}), ("张敏", {Role.VOLUNTEER}))}
        course = service.add_session(s, SessionData("政治理论培训", D(2026, 3, 2), D(2026, 3, 7), 6, 0,
                                                    "political_theory"))
        service.set_participants(s, course, [ids["王芳"], ids["李强"]])
        law = service.add_session(s, SessionData("法律法规培训", D(2026, 6, 1), D(2026, 6, 4), 4, 0, "law"))
        service.set_participants(s, law, [ids["王芳"]])
    return {**ids, "course": course, "law": law}


@pytest.fixture
def page(qtbot, database, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    page = TrainingPage(Operations(database))
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.set_year(2026)
    page.resize(1260, 720)
    page.show()
    return page


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def column(model, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, n).data() for r in range(model.rowCount())]


def test_recording_a_session_shows_reasons_at_the_fields(page, database):
    dialog = page.new_session()
    ok(dialog)
    assert dialog.isVisible() and "required" in dialog.errors["title"].text()
    dialog.title.setText("社区服务能力提升培训")
    dialog.start.setDate(QDate(2026, 9, 10))
    dialog.end.setDate(QDate(2026, 9, 8))
    ok(dialog)
    assert dialog.isVisible() and "before the first day" in dialog.problem_text()
    assert dialog.title.text() == "社区服务能力提升培训", "nothing typed is lost"
    dialog.end.setDate(QDate(2026, 9, 11))
    assert dialog.days.value() == 2, "a new session's days follow its dates"
    dialog.kind.setCurrentIndex(dialog.kind.findData("community_service"))
    ok(dialog)
    assert not dialog.isVisible()
    assert page.sessions.rowCount() == 3
    assert page.training.session(page.selected_session()).data.title == "社区服务能力提升培训"
    assert page.titles["participants"].text() == "Participants: 社区服务能力提升培训"


def test_participants_attendance_and_certificates_in_the_table(page, office, prompt_log):
    page._select("sessions", office["course"])
    assert sorted(column(page.participants, 0)) == ["李强", "王芳"]
    picker = page.choose_participants()
    picker.set_checked(office["张敏"], True)
    picker.accept()
    assert sorted(column(page.participants, 0)) == ["张敏", "李强", "王芳"]
    view = page.tables["participants"].model()
    row = {view.index(r, 0).data(): r for r in range(view.rowCount())}
    assert view.setData(view.index(row["李强"], 2), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert view.setData(view.index(row["王芳"], 3), "PX-001", Qt.ItemDataRole.EditRole)
    QCoreApplication.processEvents()  # edits are written right after the view's call returns
    stored = {p.name: p for p in page.training.participants(office["course"])}
    assert not stored["李强"].attended and stored["王芳"].certificate_no == "PX-001"
    row = {view.index(r, 0).data(): r for r in range(view.rowCount())}
    view.setData(view.index(row["李强"], 3), "PX-002", Qt.ItemDataRole.EditRole)
    QCoreApplication.processEvents()
    assert prompt_log.errors == ["Only someone who attended can hold a certificate."]
    row = {view.index(r, 0).data(): r for r in range(view.rowCount())}
    assert view.index(row["李强"], 3).data() == "", "the refused number is not shown as if stored"
    assert page.sessions.index(page.sessions.row_of(office["course"]), 4).data() == "2/3"


def test_short_list_follows_attendance_and_the_requirements_dialog(page, office):
    assert column(page.totals, 0) == ["李强"] and column(page.totals, 4) == ["4"]
    assert page.titles["totals"].text() == "Short of the yearly requirement (1)"
    page.everyone.setChecked(True)
    assert sorted(column(page.totals, 0)) == ["李强", "王芳"]
    page.everyone.setChecked(False)
    dialog = page.edit_requirements()
    dialog.days[Role.CADRE].setValue(12)
    dialog.required[Role.VOLUNTEER].setChecked(True)
    dialog.days[Role.VOLUNTEER].setValue(2)
    ok(dialog)
    assert not dialog.isVisible()
    assert column(page.totals, 0)[0] == "李强", "the furthest behind first"
    assert dict(zip(column(page.totals, 0), column(page.totals, 4), strict=True)) == {"张敏": "2", "李强": "6", "王芳": "2"}
    dialog = page.edit_requirements()
    assert dialog.days[Role.CADRE].value() == 12, "the dialog opens on what was saved"
    dialog.required[Role.CADRE].setChecked(False)
    dialog.required[Role.VOLUNTEER].setChecked(False)
    ok(dialog)
    assert page.totals.rowCount() == 0 and "(0)" in page.titles["totals"].text()


def test_commendations_register_with_a_person_or_an_organisation(page, office, database):
    dialog = page.new_commendation()
    dialog.title.setEditText("优秀共产党员")
    ok(dialog)
    assert dialog.isVisible() and "Choose a person or type the organisation" in dialog.errors["recipient"].text()
    dialog.choose_person(office["王芳"])
    dialog.level.setCurrentIndex(dialog.level.findData("district"))
    dialog.for_evaluation.setChecked(True)
    dialog.evaluation_year.setValue(2025)
    ok(dialog)
    assert not dialog.isVisible()
    dialog = page.new_commendation()
    dialog.title.setEditText("先进基层党组织")
    dialog.to_organisation.setChecked(True)
    dialog.organisation.setText("柳北桥社区党委")
    dialog.level.setCurrentIndex(dialog.level.findData("municipal"))
    ok(dialog)
    assert sorted(column(page.commendations, 3)) == sorted(["王芳", "柳北桥社区党委"])
    assert sorted(column(page.commendations, 2)) == ["District", "Municipal"]
    with database.session() as s:
        record = commendations.of_person(s, office["王芳"])
    assert [(r.data.title, r.data.evaluation_year) for r in record] == [("优秀共产党员", 2025)]
    edit = page.edit_commendation()
    assert edit.title.currentText() == page.training.commendation(page.selected_commendation()).data.title


def test_delete_asks_first(page, office, prompt_log):
    page._select("sessions", office["law"])
    prompt_log.confirm_answer = False
    page.buttons["delete_session"].click()
    assert page.sessions.rowCount() == 2
    prompt_log.confirm_answer = True
    page.buttons["delete_session"].click()
    assert page.sessions.rowCount() == 1 and column(page.totals, 0) == ["李强", "王芳"]


def test_excel_offers_another_name_when_a_file_cannot_be_written(page, prompt_log, tmp_path, settle):
    folder = tmp_path / "taken.xlsx"
    folder.mkdir()
    prompt_log.files = [str(folder), str(tmp_path / "training-2026")]  # a folder first, then a proper name
    page.buttons["excel"].click()
    settle()
    assert len(prompt_log.errors) == 1 and "Cannot write" in prompt_log.errors[0]
    book = load_workbook(tmp_path / "training-2026.xlsx")
    assert book.sheetnames == ["Training", "Participants", "Per person", "Commendations"]
    assert page.last_message.startswith("Written to")


def test_year_selector_and_buttons_follow_the_selection(page, database):
    with database.session() as s:
        service.add_session(s, SessionData("2025年培训", D(2025, 5, 6), D(2025, 5, 6), 1))
    page.reload()
    assert [page.year_combo.itemText(n) for n in range(page.year_combo.count())] == ["2026", "2025"]
    page.year_combo.setCurrentIndex(1)
    assert column(page.sessions, 1) == ["2025年培训"] and page.titles["sessions"].text() == "Training sessions 2025"
    assert not page.buttons["edit_session"].isEnabled()
    page._select("sessions", page.sessions.rows[0].id)
    assert page.buttons["edit_session"].isEnabled() and page.buttons["participants"].isEnabled()


def test_page_fits_a_1024_pixel_window(page):
    """In a 1024-pixel window (the tab about 1000 wide) no button is squeezed and no table scrolls sideways."""
    page.resize(1000, 640)
    QCoreApplication.processEvents()
    for key, button in page.buttons.items():
        corner = button.mapTo(page, button.rect().bottomRight())
        assert page.rect().contains(corner), key
        assert button.width() >= button.sizeHint().width(), key
    for key, table in page.tables.items():
        assert not table.horizontalScrollBar().isVisible(), key


def test_models_pass_the_model_tester(qtmodeltester, page, office):
    page._select("sessions", office["course"])
    page.everyone.setChecked(True)
    for model in (page.sessions, page.participants, page.totals, page.commendations):
        qtmodeltester.check(model)
