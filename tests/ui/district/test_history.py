"""History...: who changed a record, when, and each field from what to what, from the audit log."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass

from partyplan.enums import Grade
from partyplan.meetings import evaluation
from partyplan.rosters.duty_log import EntryData
from partyplan.ui.operations import Operations
from partyplan.ui.rosters.duty_log_page import DutyLogPage

TODAY = dt.date(2026, 11, 22)


def test_a_record_book_entry_shows_who_wrote_it_and_each_correction(qtbot, database, prompt_log):
    ops = Operations(database)
    page = DutyLogPage(ops)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.set_month(2026, 11)
    entry = ops.rosters.log_write("add_entry", EntryData(day=dt.date(2026, 11, 6), matter="咨询医保报销"), TODAY)
    stored = ops.rosters.log("get_entry", entry)
    ops.rosters.log_write("update_entry", entry, dataclasses.replace(stored.to_data(), answer="已电话答复"), TODAY)
    page.table.selectRow(0)
    dialog = page.show_history()
    rows = dialog.texts()
    assert [r[3] for r in rows] == ["Changed", "Added"], "the newest first"
    assert rows[0][1] == ops.signed_in_as() and rows[0][2] == "Entry"
    assert ops.signed_in_as() == (getpass.getuser() if database.is_sqlite else database.url.username)
    assert "Answer: — → 已电话答复" in rows[0][4]
    assert "Matter: 咨询医保报销" in rows[1][4]
    assert "2026-11-06" in dialog.heading.text()


def test_an_evaluation_line_and_a_meeting_show_their_changes(qtbot, database, prompt_log):
    from meetings import TODAY as MEETING_DAY  # tests/meetings: the same small office
    from meetings import make_office

    from partyplan import i18n
    from partyplan.ui.meetings.tab import MeetingsTab

    with database.session() as s:
        make_office(s)
    i18n.install("en")
    tab = MeetingsTab(Operations(database))
    qtbot.addWidget(tab)
    tab.set_year(2026, MEETING_DAY)
    tab.show()
    page = tab.evaluation
    tab.pages.setCurrentWidget(page)
    prompt_log.answers = [2026]
    page.buttons["new"].click()
    n, row = next((n, r) for n, r in enumerate(page.model.rows) if not r.probationary)
    page.model.setData(page.model.index(n, 6), Grade.QUALIFIED.value)
    page.model.setData(page.model.index(n, 6), Grade.BASIC.value)
    page.table.selectRow(n)
    dialog = page.show_history()
    changes = [r[4] for r in dialog.texts()]
    assert changes[0] == "Grade: Qualified → Basically qualified" and changes[1] == "Grade: — → Qualified"
    assert row.name in dialog.heading.text()

    prompt_log.confirm_answer = True
    tab.schedule.buttons["generate"].click()
    meeting = tab.schedule.model.rows[0]
    tab.schedule.select_meeting(meeting.id)
    meeting_history = tab.schedule.show_history()
    assert meeting_history.texts() and meeting_history.texts()[-1][3] == "Added"
    with database.session() as s:
        assert evaluation.results(s, page.result.evaluation.id).rows


def test_the_change_log_exported_from_the_file_menu(qtbot, window, prompt_log, tmp_path, settle):
    from openpyxl import load_workbook
    from PySide6.QtGui import QAction

    from partyplan.people.validation import PersonData

    window.ops.add_person(PersonData(name="赵强", phone="13800000001"))
    target = tmp_path / "changes.xlsx"
    prompt_log.answers = [dt.date.today().year]
    prompt_log.files = [str(target)]
    window.findChild(QAction, "action_export_audit").trigger()
    settle()
    cells = [str(c.value) for row in load_workbook(target).active.iter_rows() for c in row if c.value is not None]
    assert any("赵强" in c for c in cells) and window.ops.signed_in_as() in cells
