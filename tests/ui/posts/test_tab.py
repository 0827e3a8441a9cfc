"""The Volunteer Posts tab as staff use it: assign people to posts, record a group activity, close a
visit's difficulty, read the totals and the unmet target, export the year; bad input refused with a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.posts import visits
from partyplan.posts.service_records import ServiceData
from partyplan.posts.visits import VisitData
from partyplan.ui.operations import Operations
from partyplan.ui.posts.form import ID_ROLE as PERSON_ROLE
from partyplan.ui.posts.tab import PostsTab

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        ids = {name: people.add_person(s, PersonData(name=name, roles=roles, household=household), TODAY)
               for name, roles, household in (("王芳", {Role.PARTY_MEMBER}, "3-502"),
                                              ("李强", {Role.VOLUNTEER}, "5-101"),
                                              ("张伟", {Role.PARTY_MEMBER, Role.VOLUNTEER}, None))}
        crew = [people.add_person(s, PersonData(name=f"植树{n:02d}", roles={Role.VOLUNTEER}), TODAY)
                for n in range(25)]
    return ids, crew


@pytest.fixture
def tab(qtbot, qapp, database, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    widget = PostsTab(Operations(database))
    qtbot.addWidget(widget)
    widget.today = lambda: TODAY
    widget.set_year(2025)
    widget.set_year(2026)  # the pages follow the tab's year
    widget.resize(1280, 800)
    widget.show()
    yield widget
    i18n.install("en")
    widget.close()
    widget.deleteLater()  # its store is gone after the test: no later language switch may reach it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def show(qtbot, tab, name: str):  # type: ignore[no-untyped-def]
    """Click the page's tab, as a user does before working in it; the page on screen."""
    index = ("members", "service", "visits").index(name)
    bar = tab.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tab.tabs.currentIndex() == index
    return tab.tabs.currentWidget().widget()  # as shown, not through the tab's `service` (which catches up)


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def column(model, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, n).data() for row in range(model.rowCount())]


def post_id(tab, name_en: str) -> int:  # type: ignore[no-untyped-def]
    return next(p.id for p in tab.members.posts_model.rows if p.name_en == name_en)


def assign(tab, post: str, names: list[str], skill: str = "", main: bool = True):  # type: ignore[no-untyped-def]
    page = tab.members
    page.select_post(post_id(tab, post))
    dialog = page.assign()
    ids = [n for n in range(dialog.people.model.rowCount()) if dialog.people.model.item(n).text().split(" ")[0] in names]
    dialog.people.set_checked({dialog.people.model.item(n).data(PERSON_ROLE) for n in ids})
    dialog.skill.setText(skill)
    dialog.main.setChecked(main)
    ok(dialog)
    return dialog


def test_eight_posts_are_ready_in_a_new_office(tab, qtmodeltester):
    page = tab.members
    assert column(page.posts_model, 0) == ["Public-security patrol", "Policy publicity", "Compulsory education",
                                           "Loving dedication", "Convenient service", "Dispute mediation",
                                           "Environmental guardian", "Residential supervision"]
    assert page.without_model.rowCount() == 28 and "without a post: 28" in page.without_box.title()
    assert "Members of Public-security patrol (0)" == page.members_title.text()
    for model in (page.posts_model, page.members_model, page.without_model, tab.service.records_model,
                  tab.service.target_model, tab.visits.visits_model):
        qtmodeltester.check(model)


def test_assign_members_and_see_capacity(tab, office):
    page = tab.members
    dialog = assign(tab, "Public-security patrol", ["王芳", "李强"], skill="巡逻")
    assert not dialog.isVisible()
    assert sorted(column(page.members_model, 0)) == ["李强", "王芳"] and set(column(page.members_model, 2)) == {"巡逻"}
    assert "王芳" not in column(page.without_model, 0) and page.without_model.rowCount() == 26
    refused = assign(tab, "Dispute mediation", ["王芳"], skill="调解")
    assert refused.isVisible(), "the dialog stays open with what was typed"
    assert "王芳 already has a main post (治安巡逻岗)" in refused.problem_text()
    assert refused.skill.text() == "调解"
    refused.main.setChecked(False)
    ok(refused)
    assert not refused.isVisible() and column(page.members_model, 4) == ["second"]
    page.select_post(post_id(tab, "Public-security patrol"))
    edit = page.edit_post()
    edit.capacity.setValue(1)
    ok(edit)
    assert "Over capacity:\n  Public-security patrol  2/1" in page.capacity_notice.text()
    page.select_post(post_id(tab, "Dispute mediation"))
    edit = page.edit_post()
    edit.capacity.setValue(3)
    ok(edit)
    assert "Below capacity:\n  Dispute mediation  1/3" in page.capacity_notice.text()
    assert page.posts_model.index(0, 3).data() == "over capacity"


def test_move_and_end_a_membership(tab):
    page = tab.members
    assign(tab, "Public-security patrol", ["李强"], skill="巡逻")
    page.members_table.selectRow(0)
    move = page.move_member(True)
    move.post.setCurrentIndex(move.post.findData(post_id(tab, "Environmental guardian")))
    ok(move)
    assert page.members_model.rowCount() == 0
    page.select_post(post_id(tab, "Environmental guardian"))
    assert column(page.members_model, 0) == ["李强"] and column(page.members_model, 3) == [TODAY.isoformat()]
    page.members_table.selectRow(0)
    end = page.move_member(False)
    end.on.setDate(QDate(2026, 11, 1))
    assert end.on.date() == QDate(TODAY), "a membership cannot end before it began"
    ok(end)
    assert page.members_model.rowCount() == 0 and "李强" in column(page.without_model, 0)


def test_archiving_a_post_with_members_asks_first(tab, prompt_log):
    page = tab.members
    assign(tab, "Public-security patrol", ["王芳"])
    prompt_log.confirm_answer = False
    page.toggle_archive()
    assert page.posts_model.rowCount() == 8
    prompt_log.confirm_answer = True
    page.select_post(post_id(tab, "Public-security patrol"))
    page.toggle_archive()
    assert page.posts_model.rowCount() == 7 and "王芳" in column(page.without_model, 0)
    page.show_archived.setChecked(True)
    page.select_post(next(p.id for p in page.posts_model.rows if p.archived))
    assert page.buttons["archive"].text() == "Restore" and not page.buttons["assign"].isEnabled()


def test_record_a_group_activity_in_one_step_and_check_totals(qtbot, tab, office):
    _ids, crew = office
    page = show(qtbot, tab, "service")
    dialog = page.record_service()
    dialog.day.setDate(QDate(2026, 3, 12))
    dialog.post.setCurrentIndex(dialog.post.findData(post_id(tab, "Environmental guardian")))
    dialog.activity.setText("义务植树活动")
    dialog.place.setText("柳江北岸")
    dialog.people.set_checked(set(crew))
    dialog.amount.setValue(4)
    assert dialog.total.text() == "people 25 × 4 h = 100 h in all"
    ok(dialog)
    assert not dialog.isVisible()
    assert column(page.records_model, 3) == ["25"] and column(page.records_model, 5) == ["100"]
    assert page.person_model.rowCount() == 25 and set(column(page.person_model, 2)) == {"4"}
    totals = dict(zip(column(page.post_model, 0), column(page.post_model, 3), strict=True))
    assert totals["Environmental guardian"] == "100" and totals["Public-security patrol"] == "0"
    assert page.summary.text() == "Records: 1 · 100 h · people serving: 25"
    assert page.target_model.rowCount() == 28, "4 h is short of the 8 h target"
    assert "28 of 28 party members and volunteers have not reached it yet" in page.target_text.text()
    again = page.record_service()
    again.day.setDate(QDate(2026, 10, 1))
    again.activity.setText("补植")
    again.people.set_checked(set(crew[:5]))
    again.amount.setValue(0.5)
    again.unit.setCurrentIndex(again.unit.findData("days"))
    ok(again)
    assert page.target_model.rowCount() == 23 and "植树00" not in column(page.target_model, 0)
    assert "service 120 h" in tab.figures.text() and "target met by 5 of 28" in tab.figures.text()
    page.preset.setCurrentIndex(page.preset.findData("month"))
    assert page.period == (dt.date(2026, 11, 1), dt.date(2026, 11, 30)) and page.records_model.rowCount() == 0
    page.set_period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert page.records_model.rowCount() == 1 and page.person_model.rowCount() == 25


def test_a_page_shown_again_shows_the_year_and_the_changes_made_meanwhile(qtbot, tab, office):
    ids, _crew = office
    for day, activity in ((dt.date(2025, 6, 1), "去年巡逻"), (dt.date(2026, 6, 1), "今年巡逻")):
        tab.posts.add_record(ServiceData(day, activity, (ids["王芳"],), 2), TODAY)
    page = show(qtbot, tab, "service")
    assert column(page.records_model, 2) == ["今年巡逻"]
    show(qtbot, tab, "members")
    tab.year.setValue(2025)
    tab.posts.add_record(ServiceData(dt.date(2025, 7, 1), "去年调解", (ids["李强"],), 3), TODAY)
    assert "service 5 h" in tab.figures.text(), "the year's figures follow at once"
    page = show(qtbot, tab, "service")
    assert column(page.records_model, 2) == ["去年调解", "去年巡逻"]
    assert page.target_box.title() == "Yearly target 2025: not met yet"
    assert page.period == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_bad_service_input_is_refused_with_a_reason(qtbot, tab, office, database):
    ids, _crew = office
    page = show(qtbot, tab, "service")
    dialog = page.record_service()
    dialog.activity.setText("夜间巡逻")
    ok(dialog)
    assert dialog.isVisible() and "Choose at least one person" in dialog.problem_text()
    dialog.people.set_checked({ids["王芳"], ids["李强"]})
    dialog.amount.setValue(0)
    ok(dialog)
    assert "more than zero" in dialog.errors["amount"].text() and not dialog.errors["amount"].isHidden()
    dialog.amount.setValue(30)
    ok(dialog)
    assert "At most 24 hours" in dialog.problem_text()
    dialog.amount.setValue(3)
    dialog.day.setDate(QDate(TODAY + dt.timedelta(days=1)))
    ok(dialog)
    assert "cannot be in the future" in dialog.errors["day"].text()
    dialog.day.setDate(QDate(TODAY))
    tab.ops.set_archived([ids["李强"]], True)  # archived meanwhile, e.g. on another computer
    ok(dialog)
    assert "Archived people cannot be chosen: 李强" in dialog.errors["people"].text()
    assert dialog.activity.text() == "夜间巡逻", "nothing typed is lost"
    dialog.people.set_checked({ids["李强"]}, False)
    ok(dialog)
    assert not dialog.isVisible() and column(page.records_model, 2) == ["夜间巡逻"]


def test_household_visit_and_closing_its_difficulty(qtbot, tab, office):
    ids, _crew = office
    page = show(qtbot, tab, "visits")
    dialog = page.new_visit()
    dialog.choose_household("3-502")
    dialog.visitors.set_checked({ids["李强"], ids["张伟"]})
    dialog.texts["situation"].setPlainText("老两口同住")
    dialog.texts["difficulty"].setPlainText("屋顶漏水")
    dialog.has_follow_up.setChecked(True)
    dialog.follow_up.setDate(QDate(2026, 12, 1))
    dialog.day.setDate(QDate(2026, 11, 10))
    ok(dialog)
    assert not dialog.isVisible()
    assert column(page.visits_model, 1) == ["3-502"] and column(page.visits_model, 2) == ["王芳"]
    assert column(page.open_model, 3) == ["Follow up by 2026-12-01"]
    assert "open now 1" in page.counts.text() and "Open difficulties (all years): 1" == page.open_box.title()
    page.open_table.selectRow(0)
    assert page.buttons["close"].isEnabled()
    close = page.close_difficulty()
    close.resolved_on.setDate(QDate(2026, 11, 1))
    ok(close)
    assert close.isVisible() and "before the visit" in close.problem_text()
    close.resolved_on.setDate(QDate(2026, 11, 20))
    close.action.setPlainText("联系物业修好")
    ok(close)
    assert page.open_model.rowCount() == 0
    assert column(page.visits_model, 5) == ["Resolved 2026-11-20"]
    assert column(page.visits_model, 7) == ["2026-11-20 联系物业修好"]
    assert "2026: visits 1 · households 1 · difficulties raised 1, solved 1 · open now 0" == page.counts.text()
    assert "households visited: 1 · difficulties solved: 1 of 1" in tab.figures.text()


def test_bad_visit_is_refused_with_a_reason(tab, office):
    ids, _crew = office
    dialog = tab.visits.new_visit()
    ok(dialog)
    assert "Choose a household from People or type one" in dialog.errors["household"].text()
    dialog.choose_household("9号楼 201")
    ok(dialog)
    assert "Choose who made the visit" in dialog.errors["visitors"].text()
    dialog.visitors.set_checked({ids["王芳"]})
    dialog.has_resolved.setChecked(True)
    ok(dialog)
    assert "Only a difficulty that was raised can be resolved" in dialog.errors["outcome"].text()
    dialog.has_resolved.setChecked(False)
    ok(dialog)
    assert not dialog.isVisible() and column(tab.visits.visits_model, 1) == ["9号楼 201"]


def test_settings_change_the_target(qtbot, tab):
    page = show(qtbot, tab, "service")
    assert "At least 8 h a year" in page.target_text.text()
    dialog = tab.edit_settings()
    dialog.target.setValue(0)
    dialog.per_day.setValue(6)
    ok(dialog)
    assert "At least 0 h a year. 0 of 28" in page.target_text.text()
    assert tab.posts.settings().hours_per_day == 6


def test_excel_export_retries_until_a_file_is_written(tab, tmp_path, prompt_log, monkeypatch, settle):
    """Written off the GUI thread (a ten-year store's year takes a second), and only once it is whole."""
    import threading

    assign(tab, "Public-security patrol", ["王芳"], skill="巡逻")
    out = tmp_path / "posts.xlsx"
    writers: list[threading.Thread] = []
    real_export = tab.posts.export_xlsx
    monkeypatch.setattr(tab.posts, "export_xlsx", lambda *a, **k: writers.append(threading.current_thread())
                        or real_export(*a, **k))
    prompt_log.files = [str(tmp_path / "missing" / "posts.xlsx"), str(tmp_path / "posts")]
    tab.export_excel()
    settle()
    assert "the folder does not exist" in prompt_log.errors[0]
    assert prompt_log.infos == [f"Written to {out}."]
    assert writers and threading.main_thread() not in writers
    assert [f.name for f in tmp_path.iterdir() if f.suffix != ".sqlite3" and "posts" in f.name] == ["posts.xlsx"]
    book = load_workbook(out)
    assert book.sheetnames == ["Post roster", "Service hours", "Household visits"]
    assert book["Post roster"]["F3"].value == "王芳"


def test_switching_language_keeps_the_tab_working(tab):
    i18n.install("zh_CN")
    assert tab.members.posts_model.index(0, 0).data() == "治安巡逻岗", "Chinese names in the Chinese interface"
    i18n.install("en")
    assert tab.tabs.tabText(1) == "Service" and tab.members.posts_model.index(0, 0).data() == "Public-security patrol"


def test_deleting_asks_first_and_a_vanished_visit_is_explained(qtbot, tab, office, database, prompt_log):
    ids, _crew = office
    page = show(qtbot, tab, "service")
    tab.posts.add_record(ServiceData(dt.date(2026, 5, 1), "巡逻", (ids["王芳"],), 2), TODAY)
    page.records_table.selectRow(0)
    prompt_log.confirm_answer = False
    page.delete_selected()
    assert page.records_model.rowCount() == 1
    prompt_log.confirm_answer = True
    page.delete_selected()
    assert page.records_model.rowCount() == 0 and page.person_model.rowCount() == 0
    visit = tab.posts.add_visit(VisitData("3-502", dt.date(2026, 5, 1), (ids["李强"],)), TODAY)
    tab.visits.visits_table.selectRow(0)
    with database.session() as s:  # deleted on another computer: this window has not heard of it
        visits.delete_visit(s, visit)
    tab.visits.delete_selected()
    assert "no longer exists" in prompt_log.errors[-1]
