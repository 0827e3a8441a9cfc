"""Duty roster set-up and calendar as staff use them: who serves, shift types, holidays, the notice."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import Role
from partyplan.people.validation import PersonData
from partyplan.rosters import setup
from partyplan.rosters.calendar import DayKind
from partyplan.texts import rosters as words
from partyplan.ui.operations import Operations
from partyplan.ui.rosters.calendar_page import COLOURS, MonthModel, RosterCalendarPage
from partyplan.ui.rosters.setup_page import RosterSetupPage

CADRES = ("王芳", "李明", "张伟")
NOTICE = "2027-01-01,放假,元旦\n2027-02-10~2027-02-16,放假,春节\n2027-02-07,上班,春节调休"


@pytest.fixture
def ops(qapp, database):  # type: ignore[no-untyped-def]
    i18n.install("en")
    operations = Operations(database)
    ids = {name: operations.add_person(PersonData(name=name, roles={Role.CADRE})) for name in CADRES}
    operations.add_person(PersonData(name="居民甲", roles={Role.VOLUNTEER}))
    with database.session() as session:
        setup.seed_default_shifts(session)
    operations.ids = ids  # type: ignore[attr-defined]
    return operations


@pytest.fixture
def page(qtbot, ops, prompt_log):  # type: ignore[no-untyped-def]
    widget = RosterSetupPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


@pytest.fixture
def calendar(qtbot, ops, prompt_log):  # type: ignore[no-untyped-def]
    widget = RosterCalendarPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def column(table, number: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def click_row(qtbot, table, text: str) -> None:  # type: ignore[no-untyped-def]
    row = column(table, 0).index(text)
    centre = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def press_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def member(ops, name: str) -> setup.MemberRow:  # type: ignore[no-untyped-def]
    return next(m for m in ops.rosters.members() if m.name == name)


def shown_errors(dialog) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {field: label.text() for field, label in dialog.errors.items() if not label.isHidden()}


def open_member(qtbot, page, name: str):  # type: ignore[no-untyped-def]
    click_row(qtbot, page.members_table, name)
    qtbot.mouseClick(page.buttons["edit_member"], Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.isVisible()
    return page.dialog


# -- words, without a window -----------------------------------------------------------------------
def test_roster_words_are_plain_sentences(qapp):
    i18n.install("en")
    assert words.warning_text("absent", "王芳") == "王芳 is on leave that day"
    assert words.warning_text("over_max", "王芳", 4) == "王芳 is over the monthly maximum of 4"
    assert words.warning_text("headcount", detail=2, count=1) == "people needed: 2, on duty: 1"
    assert words.warning_text("missing_tag", detail=1) == "no leader on this duty"
    assert words.notice_problem(3, "bad_date").startswith("Line 3: not a date")
    assert words.blocked_text("missing_role") == "is not a leader"
    assert words.tag_label("experienced") == "Experienced" and words.tag_label("驾驶员") == "驾驶员"
    codes = ("absent", "weekday", "twice_same_day", "consecutive", "over_max", "missing_tag", "headcount")
    assert all(words.warning_text(code, "甲", 2) != code for code in codes)
    reasons = ("unavailable", "weekday", "missing_role", "max_reached", "same_day", "rest_gap")
    assert all(words.blocked_text(reason) != reason for reason in reasons)


# -- who serves ------------------------------------------------------------------------------------
def test_cadres_are_on_duty_by_default(page):
    assert sorted(column(page.members_table, 0)) == sorted(CADRES), "cadres only, not the volunteer"
    assert column(page.members_table, 1) == ["Yes"] * 3
    assert column(page.members_table, 3) == ["no limit"] * 3
    assert not page.buttons["edit_member"].isEnabled(), "nothing chosen yet"


def test_edit_member_through_the_dialog(qtbot, page, ops):
    dialog = open_member(qtbot, page, "王芳")
    assert dialog.findChild(type(dialog.note), "other_tags") is not None
    assert ops.ids["王芳"] not in [dialog.backup.itemData(n) for n in range(dialog.backup.count())]
    dialog.leader.click()
    dialog.max_per_month.setValue(4)
    dialog.weekday_boxes[0].click()
    dialog.backup.setCurrentIndex(dialog.backup.findData(ops.ids["李明"]))
    dialog.leave_from.setDate(QDate(2026, 11, 1))
    dialog.leave_to.setDate(QDate(2026, 11, 15))
    dialog.leave_reason.setText("年假")
    qtbot.mouseClick(dialog.action_buttons["add_leave"], Qt.MouseButton.LeftButton)
    assert dialog.leave_list.count() == 1 and "2026-11-01 ~ 2026-11-15" in dialog.leave_list.item(0).text()
    assert len(member(ops, "王芳").absences) == 1, "leave is saved at once"
    dialog.wish_day.setDate(QDate(2026, 11, 20))
    dialog.wish_kind.setCurrentIndex(dialog.wish_kind.findData(False))
    qtbot.mouseClick(dialog.action_buttons["add_wish"], Qt.MouseButton.LeftButton)
    assert dialog.wish_list.count() == 1 and "would rather not" in dialog.wish_list.item(0).text()
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    row = member(ops, "王芳")
    assert (row.tags, row.max_per_month, row.unavailable_weekdays) == ({"leader"}, 4, {0})
    assert (row.backup_id, row.backup_name) == (ops.ids["李明"], "李明")
    assert [a[1:] for a in row.absences] == [(dt.date(2026, 11, 1), dt.date(2026, 11, 15), "年假")]
    assert row.wishes == ((dt.date(2026, 11, 20), False),)
    shown = page.members_table.model().index(column(page.members_table, 0).index("王芳"), 0).row()
    cells = [page.members_table.model().index(shown, n).data() for n in range(7)]
    assert cells[2:] == ["Leader", "4", "Mon", "李明", "1"]


def test_member_dialog_refuses_problems_at_the_field(qtbot, page, ops):
    dialog = open_member(qtbot, page, "王芳")
    dialog.backup.addItem("王芳", ops.ids["王芳"])  # a stale list naming the person themselves
    dialog.backup.setCurrentIndex(dialog.backup.count() - 1)
    press_ok(qtbot, dialog)
    assert dialog.isVisible(), "the dialog stays open"
    assert set(shown_errors(dialog)) == {"backup_id"} and "own backup" in shown_errors(dialog)["backup_id"]
    assert member(ops, "王芳").backup_id is None
    dialog.leave_from.setDate(QDate(2026, 11, 15))
    dialog.leave_to.setDate(QDate(2026, 11, 1))
    qtbot.mouseClick(dialog.action_buttons["add_leave"], Qt.MouseButton.LeftButton)
    assert "cannot be before" in shown_errors(dialog)["leave"]
    assert dialog.leave_list.count() == 0 and member(ops, "王芳").absences == ()


def test_switching_someone_off_greys_them(qtbot, page, ops):
    dialog = open_member(qtbot, page, "张伟")
    dialog.on_duty.click()
    press_ok(qtbot, dialog)
    row = column(page.members_table, 0).index("张伟")
    model = page.members_table.model()
    assert model.index(row, 1).data() == "No"
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert member(ops, "张伟").active is False


# -- shift types -----------------------------------------------------------------------------------
def test_add_shift_type_through_the_dialog(qtbot, page, ops):
    qtbot.mouseClick(page.buttons["add_shift"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.name.setText("周末上午")
    dialog.start.setTime(QTime(8, 30))
    dialog.end.setTime(QTime(12, 0))
    dialog.kind_boxes[DayKind.REST_DAY].click()
    dialog.needed.setValue(3)
    dialog.required_count.setValue(1)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    row = column(page.shifts_table, 0).index("周末上午")
    cells = [page.shifts_table.model().index(row, n).data() for n in range(5)]
    assert cells == ["周末上午", "08:30-12:00", "Rest days", "3", "at least 1 leader"]
    saved = next(s for s in ops.rosters.shift_types() if s.name == "周末上午")
    assert (saved.required_tag, saved.required_count, saved.day_kinds) == ("leader", 1, {DayKind.REST_DAY})


def test_bad_shift_type_is_refused_at_the_field(qtbot, page, ops):
    dialog = page.add_shift()
    dialog.name.setText("夜班")
    dialog.start.setTime(QTime(20, 0))
    dialog.end.setTime(QTime(8, 0))
    dialog.kind_boxes[DayKind.WORKDAY].click()
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and set(shown_errors(dialog)) == {"end"}
    assert "later than the start" in shown_errors(dialog)["end"]
    dialog.end.setTime(QTime(23, 0))
    dialog.kind_boxes[DayKind.WORKDAY].click()
    press_ok(qtbot, dialog)
    assert set(shown_errors(dialog)) == {"day_kinds"}
    assert "夜班" not in [s.name for s in ops.rosters.shift_types(include_inactive=True)]
    dialog.name.setText("工作日晚班")
    dialog.kind_boxes[DayKind.WORKDAY].click()
    press_ok(qtbot, dialog)
    assert set(shown_errors(dialog)) == {"name"} and "already" in shown_errors(dialog)["name"]


def test_retire_and_bring_back_a_shift_type(qtbot, page, ops):
    click_row(qtbot, page.shifts_table, "工作日晚班")
    assert page.buttons["retire_shift"].text() == "Retire"
    qtbot.mouseClick(page.buttons["retire_shift"], Qt.MouseButton.LeftButton)
    assert "工作日晚班" not in column(page.shifts_table, 0)
    assert "工作日晚班" not in [s.name for s in ops.rosters.shift_types()]
    page.show_retired.click()
    retired = "工作日晚班 (retired)"
    assert retired in column(page.shifts_table, 0)
    index = page.shifts_table.model().index(column(page.shifts_table, 0).index(retired), 0)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None, "retired shown greyed"
    click_row(qtbot, page.shifts_table, retired)
    assert page.buttons["retire_shift"].text() == "Bring back"
    qtbot.mouseClick(page.buttons["retire_shift"], Qt.MouseButton.LeftButton)
    assert "工作日晚班" in [s.name for s in ops.rosters.shift_types()]


def test_duty_phone_is_stored(qtbot, page, ops):
    page.duty_phone.setFocus()
    qtbot.keyClicks(page.duty_phone, "0771-5551234")
    qtbot.keyClick(page.duty_phone, Qt.Key.Key_Return)
    assert ops.rosters.duty_phone() == "0771-5551234"


def test_setup_models_pass_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.members_model)
    qtmodeltester.check(page.shifts_model)


# -- the calendar ----------------------------------------------------------------------------------
def day_cell(calendar, day: int):  # type: ignore[no-untyped-def]
    return calendar.model.index_of(dt.date(calendar.year, calendar.month, day))


def background(index) -> str:  # type: ignore[no-untyped-def]
    brush = index.data(Qt.ItemDataRole.BackgroundRole)
    return brush.color().name() if brush is not None else ""


def test_october_2026_shows_national_day_and_the_adjusted_workday(calendar):
    calendar.set_month(2026, 10)
    first, tenth = day_cell(calendar, 1), day_cell(calendar, 10)
    assert first.data() == "1\n国庆节" and background(first) == COLOURS[DayKind.HOLIDAY].name()
    assert tenth.data().startswith("10  班") and background(tenth) == COLOURS["adjusted"].name()
    assert background(day_cell(calendar, 11)) == COLOURS[DayKind.REST_DAY].name()
    assert calendar.banner.isHidden() and "official data" in calendar.source.text()


def test_banner_only_for_years_without_confirmed_holidays(calendar):
    calendar.set_month(2026, 11)
    assert calendar.banner.isHidden()
    calendar.set_month(2027, 1)
    assert not calendar.banner.isHidden() and "for 2027" in calendar.banner.text()
    assert day_cell(calendar, 1).data() == "1", "1 January is a plain Friday until the notice is in"


def test_notice_import_confirms_the_year(qtbot, calendar, ops):
    calendar.set_month(2027, 1)
    qtbot.mouseClick(calendar.buttons["notice"], Qt.MouseButton.LeftButton)
    dialog = calendar.dialog
    assert dialog.isVisible() and dialog.year.value() == 2027
    dialog.text.setPlainText(NOTICE)
    assert "public holidays 8, adjusted workdays 1" in dialog.preview.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert calendar.banner.isHidden() and "notice you entered" in calendar.source.text()
    assert day_cell(calendar, 1).data() == "1\n元旦"
    calendar.set_month(2027, 2)
    assert day_cell(calendar, 7).data() == "7  班\n春节调休"
    assert day_cell(calendar, 12).data() == "12\n春节"


def test_bad_notice_line_is_shown_and_nothing_is_written(qtbot, calendar, ops):
    calendar.set_month(2027, 1)
    dialog = calendar.enter_notice()
    dialog.text.setPlainText("2027-01-01,放假,元旦\n2027-13-10,放假,春节")
    assert dialog.preview.text().startswith("Line 2: not a date")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.preview.text().startswith("Line 2")
    dialog.text.setPlainText("2028-01-01,放假,元旦")
    assert dialog.preview.text().startswith("Line 1: the date is not in the year")
    dialog.text.setPlainText("2027-01-01,放假,元旦")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ops.rosters.coverage(2027) is None and not calendar.banner.isHidden()


def test_notice_from_a_file(qtbot, calendar, ops, prompt_log, tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes("2027-01-01\t放假\t元旦\n".encode("gb18030"))
    prompt_log.files.append(str(path))
    calendar.set_month(2027, 1)
    dialog = calendar.enter_notice()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "元旦" in dialog.text.toPlainText() and "public holidays 1" in dialog.preview.text()


def test_marking_a_day_and_clearing_the_mark(qtbot, calendar, ops):
    calendar.set_month(2026, 11)
    index = day_cell(calendar, 2)
    qtbot.mouseClick(calendar.grid.viewport(), Qt.MouseButton.LeftButton, pos=calendar.grid.visualRect(index).center())
    assert calendar.selected_day() == dt.date(2026, 11, 2) and not calendar.buttons["clear"].isEnabled()
    qtbot.mouseClick(calendar.buttons["mark"], Qt.MouseButton.LeftButton)
    dialog = calendar.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(DayKind.REST_DAY.value))
    dialog.name.setText("停电")
    press_ok(qtbot, dialog)
    assert day_cell(calendar, 2).data() == "2\n停电"
    assert background(day_cell(calendar, 2)) == COLOURS[DayKind.REST_DAY].name()
    assert ops.rosters.overrides(2026) == [(dt.date(2026, 11, 2), DayKind.REST_DAY, "停电")]
    assert calendar.buttons["clear"].isEnabled()
    qtbot.mouseClick(calendar.buttons["clear"], Qt.MouseButton.LeftButton)
    assert day_cell(calendar, 2).data() == "2" and background(day_cell(calendar, 2)) == ""
    assert ops.rosters.overrides(2026) == [] and not calendar.buttons["clear"].isEnabled()


def test_month_model_passes_model_tester(qtmodeltester, ops):
    model = MonthModel()
    model.set_days(ops.rosters.month_days(2026, 10), set())
    qtmodeltester.check(model)
