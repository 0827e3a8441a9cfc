"""Journey 4: the year's end: members evaluated, talked to and trained, the year written up and filed.

The branch has its members. The democratic evaluation is opened for the year, its tallies typed in and
the grades given by the vote, one member's self-assessment written; a heart-to-heart talk and a
training session with its participants are recorded; the yearly summary and this quarter's progress
report are written to Word; the year is archived into a folder. Each is read back from the store or
the files.
"""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QGroupBox, QLabel, QLineEdit, QListView, QPlainTextEdit, QSpinBox, QTableView

from partyplan.db.database import open_database
from partyplan.db.models import Grade, Role
from partyplan.meetings import evaluation, talks
from partyplan.people import service as people_service
from partyplan.people.validation import PersonData
from partyplan.reports import archive
from partyplan.training import service as training
from tests.journeys import drive

SECRETARY, DEPUTY = "张伟", "王芳"
MEMBERS = [SECRETARY, DEPUTY, "李娜", "刘强", "陈静", "杨洋"]
PROBATIONARY = "吴敏"
SELF_ASSESSMENT = "全年按时参加组织生活，带头参加环境整治志愿服务。"
TOPIC = "了解家庭困难，鼓励参加社区志愿服务"
TRAINING = "学习党章党规专题培训"
NOTES = "经验：错时值班方便了上班族居民。不足：入户走访覆盖面还不够。"


@pytest.fixture
def seed(db_location, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Six full members (the secretary and deputy are cadres) and one probationary member of this year."""
    today = dt.date.today()
    db = open_database(db_location, backup_dir=tmp_path / "seed-backups")
    with db.session() as session:
        for n, name in enumerate(MEMBERS):
            roles = {Role.PARTY_MEMBER, Role.CADRE} if name in (SECRETARY, DEPUTY) else {Role.PARTY_MEMBER}
            people_service.add_person(session, PersonData(name=name, roles=roles, joined_date=dt.date(1995 + n, 7, 1)))
        people_service.add_person(session, PersonData(name=PROBATIONARY, roles={Role.PARTY_MEMBER},
                                                      joined_date=today - dt.timedelta(days=60)))
    db.close()


def test_the_year_evaluated_written_up_and_archived(qtbot, window, store, files, language, tmp_path):
    today = dt.date.today()
    quarter = (today.month - 1) // 3 + 1

    # -- democratic evaluation ---------------------------------------------------------------------
    page = drive.visit(window, "Meetings", "Democratic evaluation")
    with drive.answer(drive.ok, kind=QDialog, title="New evaluation"):  # the year asked: this year
        drive.press(page, "New evaluation...")
    table = drive.named(page, QTableView, "evaluation_table")
    names = drive.rows(table)
    assert len(names) == 7 and any(PROBATIONARY in n and n != PROBATIONARY for n in names), names
    ballots = drive.shown(page, QSpinBox)[-1]  # beside "Ballots cast"; the tab's year is the first
    drive.type_text(ballots, "7")
    header = [str(table.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(table.model().columnCount())]
    excellent, qualified = (next(c for c, h in enumerate(header) if drive.matches(h, g)) for g in ("Excellent", "Qualified"))
    drive.edit_cell(table, drive.rows(table).index(SECRETARY), excellent, text="5")
    drive.edit_cell(table, drive.rows(table).index(DEPUTY), qualified, text="6")
    drive.press(page, "Grade by the vote")
    drive.select_row(table, SECRETARY)
    box = drive.find(page, QGroupBox, "Assessment: %1")
    drive.type_text(drive.shown(box, QPlainTextEdit)[0], SELF_ASSESSMENT)
    drive.press(box, "Save")
    with store.session() as session:
        [summary] = evaluation.list_evaluations(session)
        result = evaluation.results(session, summary.id)
    rows = {r.name: r for r in result.rows}
    assert summary.year == today.year and result.evaluation.ballots_cast == 7
    assert (rows[SECRETARY].grade, rows[DEPUTY].grade) == (Grade.EXCELLENT, Grade.QUALIFIED)
    assert rows[SECRETARY].self_assessment == SELF_ASSESSMENT and rows[PROBATIONARY].probationary

    # -- a heart-to-heart talk ---------------------------------------------------------------------------
    talks_page = drive.visit(window, "Meetings", "Talks")
    drive.press(talks_page, "Record a talk...")
    talk = drive.wait_dialog(qtbot, title="Heart-to-heart talk")
    drive.choose(drive.field(talk, "Cadre *", QComboBox), SECRETARY)
    drive.choose(drive.field(talk, "With *", QComboBox), "刘强")
    drive.type_text(drive.field(talk, "Topic", QPlainTextEdit), TOPIC)
    drive.finish(qtbot, talk)
    with store.session() as session:
        [held] = talks.list_talks(session)
    assert (held.cadre_name, held.member_name, held.topic, held.day) == (SECRETARY, "刘强", TOPIC, today)

    # -- a training session and who attended ------------------------------------------------------
    training_page = drive.visit(window, "People", "Training and commendations")
    drive.press(training_page, "New session...")
    session_dialog = drive.wait_dialog(qtbot, title="New training session")
    drive.type_text(drive.field(session_dialog, "Title *", QLineEdit), TRAINING)
    drive.finish(qtbot, session_dialog)
    drive.select_row(drive.named(training_page, QTableView, "training_sessions_table"), TRAINING, column=1)
    drive.press(training_page, "Participants...")
    picker = drive.wait_dialog(qtbot, title="Participants")
    for name in MEMBERS[:4]:
        drive.toggle_item(drive.shown(picker, QListView)[0], name)
    drive.finish(qtbot, picker)
    with store.session() as session:
        [course] = training.list_sessions(session, today.year)
        attended = sorted(p.name for p in training.participants(session, course.id))
    assert course.data.title == TRAINING and attended == sorted(MEMBERS[:4])

    # -- the yearly summary, then this quarter's progress report ----------------------------------
    for period in ("year", "quarter"):
        drive.action(window, "&Yearly summary or quarterly report...").trigger()
        report = drive.wait_dialog(qtbot, title="Yearly summary")
        drive.type_text(drive.field(report, "Year", QSpinBox), str(today.year))
        combo = drive.field(report, "Year", QComboBox)
        wanted = next(combo.itemText(i) for i in range(combo.count())
                      if (period == "year" and drive.matches(combo.itemText(i), "Whole year"))
                      or (period == "quarter" and drive.matches(combo.itemText(i), "Quarter %1 (progress report)")
                          and str(quarter) in combo.itemText(i)))
        drive.choose(combo, wanted)
        if period == "year":
            drive.type_text(drive.shown(report, QPlainTextEdit)[0], NOTES)
        written = tmp_path / f"summary-{period}.docx"
        files.pick(written)
        with drive.answer(drive.ok):
            drive.ok(report)
            drive.settle(qtbot)
        qtbot.waitUntil(lambda: not report.isVisible())
        text = "\n".join(p.text for p in Document(str(written)).paragraphs)
        assert str(today.year) in text
        chinese = language == "zh_CN"  # the report is written in the window's language
        if period == "year":
            first = text.splitlines()[0]
            assert (f"{today.year}年" in first if chinese else f"Work summary {today.year}" in first)
            assert "错时值班方便了上班族居民" in text  # the notes typed in the dialog, as typed
        else:
            title = (f"{today.year}年第{'一二三四'[quarter - 1]}季度工作进展情况" if chinese
                     else f"Progress report, Q{quarter} {today.year}")
            assert title in text.replace("\n", "")  # the report's title (a long one breaks over two lines)

    # -- the year's archive -------------------------------------------------------------------------
    drive.action(window, "&Archive year...").trigger()
    archiving = drive.wait_dialog(qtbot, title="Archive year")
    drive.type_text(drive.field(archiving, "Year", QSpinBox), str(today.year))
    files.pick(tmp_path)
    drive.press(archiving, "Choose...")
    assert drive.field(archiving, "Folder", QLineEdit).text() == str(tmp_path)
    drive.ok(archiving)  # Write archive
    qtbot.waitUntil(lambda: any(drive.matches(label.text(), "Archive of %1 written to %2: %3 files.")
                                for label in drive.shown(archiving, QLabel)), timeout=60000)
    folder = archive.target_path(tmp_path, today.year, as_zip=False, language=language)
    written_names = {p.name for p in folder.rglob("*")}
    index = archive.WORDS[language]["index"]
    summary_name = archive.WORDS[language]["summary"].format(year=today.year)
    assert index in written_names and summary_name in written_names
    assert any(name.endswith(".xlsx") and name != index for name in written_names)  # the registers
    drive.cancel(archiving)  # Close
