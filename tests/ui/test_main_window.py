"""The window around the tabs: menus, settings, language, backups, switching databases."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from partyplan.db.database import open_database
from partyplan.people.validation import PersonData
from partyplan.ui.main_window import TAB_ORDER

EN_TABS = ["Overview", "Plans", "Duty Rosters", "Volunteer Posts", "Meetings", "People"]
ZH_TABS = ["概况", "工作计划", "值班排班", "志愿岗位", "会议", "人员"]


def tab_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.tabs.tabText(n) for n in range(window.tabs.count())]


def test_tabs_menus_and_status_bar(window, database):
    assert tab_texts(window) == EN_TABS
    assert [window.tabs.widget(n) for n in range(window.tabs.count())] == [window.pages[a] for a in TAB_ORDER]
    lazy = [a for a in TAB_ORDER if a != "overview"]
    assert not any(window.pages[a].built for a in lazy), "only the tab on screen is read at start"
    window.tabs.setCurrentWidget(window.pages["posts"])
    assert window.pages["posts"].built and window.posts_tab.isVisible()
    assert not window.pages["meetings"].built
    menu_titles = [a.text() for a in window.menuBar().actions() if a.text()]
    assert menu_titles[:5] == ["&File", "&View", "&Report", "&Settings", "&Help"]
    assert database.display_name in window.db_label.text()
    assert database.display_name in window.about_text()


START_AND_PRELOAD = """
import sys
from PySide6.QtCore import QTimer
from partyplan.db.database import open_database
from partyplan.ui.app import make_application
from partyplan.ui.main_window import AREAS, MainWindow
from partyplan.ui.operations import Operations

modules = [module for module, _name in AREAS.values()]
app = make_application()
window = MainWindow(Operations(open_database(sys.argv[1], backup_dir=sys.argv[2])), "en")
print("at start:", sorted(m for m in modules if m in sys.modules))
window.show()
QTimer.singleShot(2500, app.quit)
app.exec()
print("later:", sorted(m for m in modules if m in sys.modules))
window.ops.close()
"""


def test_the_areas_code_loads_after_the_window_is_up(tmp_path):
    """A fresh process, as a user's start: the window comes up without the areas' modules, which load
    once it is on screen, so neither the start nor a first click waits for them."""
    import os
    import subprocess
    import sys

    from partyplan.ui.main_window import AREAS

    script = tmp_path / "start.py"
    script.write_text(START_AND_PRELOAD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "office.sqlite3"), str(tmp_path / "b")],
                          capture_output=True, text=True, env=env, timeout=120, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert "at start: []" in done.stdout
    assert f"later: {sorted(module for module, _name in AREAS.values())}" in done.stdout


def test_switching_language_retranslates_without_restart(window):
    window.findChild(QAction, "action_lang_zh_CN").trigger()
    assert tab_texts(window) == ZH_TABS
    assert window.people_tab.add_button.text() == "新增人员..."
    header = window.people_tab.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
    assert header == "姓名"
    assert window.db_label.text().startswith("数据库：")
    window.findChild(QAction, "action_lang_en").trigger()
    assert tab_texts(window) == EN_TABS


def test_language_choice_is_remembered(window):
    from partyplan.preferences import load_language

    window.set_language("zh_CN")
    assert load_language() == "zh_CN"


def test_settings_dialog_sets_office_name_in_the_database(window, database):
    dialog = window.open_settings()
    dialog.office.setText("  柳北桥社区党委 ")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.windowTitle() == "柳北桥社区党委 - PartyPlan"
    assert tab_texts(window) == ZH_TABS
    from partyplan import office

    with database.session() as session:
        assert office.office_name(session) == "柳北桥社区党委"


def test_back_up_now_writes_a_checked_copy(window, database, prompt_log, tmp_path, settle):
    window.ops.add_person(PersonData(name="备份测试"))
    target = tmp_path / "usb" / "backup.sqlite3"
    target.parent.mkdir()
    prompt_log.files = [str(target)]
    window.backup_now()
    settle()
    if not database.is_sqlite:
        assert prompt_log.infos and "PostgreSQL" in prompt_log.infos[0] and not target.exists()
        return
    assert prompt_log.errors == []
    con = sqlite3.connect(target)
    assert con.execute("SELECT name FROM people").fetchall() == [("备份测试",)]
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_back_up_into_a_missing_folder_says_so_and_offers_again(window, database, prompt_log, tmp_path, settle):
    if not database.is_sqlite:
        pytest.skip("server databases are backed up on the server")
    good = tmp_path / "good.sqlite3"
    prompt_log.files = [str(tmp_path / "gone" / "b.sqlite3"), str(good)]
    window.backup_now()
    settle()
    assert len(prompt_log.errors) == 1 and "gone" in prompt_log.errors[0] and "does not exist" in prompt_log.errors[0]
    assert good.exists(), "the second name offered was used"


def test_opening_a_bad_file_keeps_the_current_database(window, database, prompt_log, tmp_path):
    bad = tmp_path / "letter.sqlite3"
    bad.write_text("not a database at all", encoding="utf-8")
    prompt_log.files = [str(bad)]
    window.open_database()
    assert len(prompt_log.errors) == 1 and str(bad) in prompt_log.errors[0]
    assert window.ops.db is database
    assert bad.read_text(encoding="utf-8") == "not a database at all"


def test_new_database_switches_every_tab(window, prompt_log, tmp_path):
    window.ops.add_person(PersonData(name="旧库的人"))
    assert window.people_tab.model.rowCount() == 1
    fresh = tmp_path / "fresh.sqlite3"
    prompt_log.files = [str(fresh)]
    window.new_database()
    assert fresh.exists() and window.ops.db.path == fresh.resolve()
    assert window.people_tab.model.rowCount() == 0
    assert str(fresh.resolve()) in window.db_label.text()


def test_new_database_never_overwrites_an_existing_file(window, prompt_log, tmp_path):
    existing = tmp_path / "precious.sqlite3"
    db = open_database(existing, backup_dir=tmp_path / "b")
    db.close()
    before = existing.read_bytes()
    prompt_log.files = [str(existing)]
    window.new_database()
    assert prompt_log.warnings and "already exists" in prompt_log.warnings[0]
    assert existing.read_bytes() == before


def test_network_share_warning_is_shown_and_stays_in_the_status_bar(make_window, tmp_path, prompt_log, monkeypatch):
    from partyplan.db import engine as engine_module

    monkeypatch.setattr(engine_module, "_mount_fstype", lambda _path: "nfs")
    shared = open_database(tmp_path / "share.sqlite3", backup_dir=tmp_path / "b")
    window = make_window(shared)
    window.warn_network()
    assert prompt_log.warnings and "PostgreSQL" in prompt_log.warnings[0]
    assert "network folder" in window.db_label.text()
    shared.close()


def test_synced_folder_warning_is_shown_and_stays_in_the_status_bar(make_window, tmp_path, prompt_log):
    folder = tmp_path / "OneDrive - 柳北桥社区"
    folder.mkdir()
    synced = open_database(folder / "office.sqlite3", backup_dir=tmp_path / "b")
    window = make_window(synced)
    window.warn_network()
    assert prompt_log.warnings and "OneDrive" in prompt_log.warnings[0] and "not synced" in prompt_log.warnings[0]
    assert "OneDrive folder" in window.db_label.text()
    synced.close()


def test_overview_says_what_needs_attention(window, database):
    import datetime as dt

    from partyplan.plans import service as plans

    with database.session() as s:
        plan = plans.create_plan(s, plans.PlanData(year=2026, title="2026年计划"))
        plans.add_item(s, plans.add_section(s, plan, "一季度", quarter=1), "召开会议")
    overview = window.overview_tab
    overview.today = lambda: dt.date(2026, 11, 22)
    window.show_tab("overview")
    overview.reload()
    plans_text = overview.cards["plans"].body.text()
    assert "2026年计划: 0 of 1 done (0%)" in plans_text and "Overdue items: 1" in plans_text
    rosters_text = overview.cards["rosters"].body.text()
    assert "2026-11: no roster yet" in rosters_text and "2026-12: no roster yet" in rosters_text
    assert "This month: entries 0, resolved 0%" in overview.cards["dutylog"].body.text()
    window.set_language("zh_CN")  # a share is not counted in 条
    assert "本月：记录 0 条，办结率 0%" in overview.cards["dutylog"].body.text()
    assert "逾期任务：1 项" in overview.cards["plans"].body.text()
    window.set_language("en")
    overview.cards["plans"].go.click()
    assert window.tabs.currentWidget() is window.pages["plans"] and window.pages["plans"].built


def test_print_says_what_prints_where_nothing_does(window, prompt_log):
    """File > Print on a tab without a printable page explains where printing is, instead of doing nothing."""
    window.findChild(QAction, "action_print").trigger()
    assert "Duty Rosters" in prompt_log.infos[-1]
    window.show_tab("rosters")
    window.findChild(QAction, "action_print_preview").trigger()
    assert "generate it first" in prompt_log.infos[-1]
    assert window.findChild(QAction, "action_print").shortcut().toString() == "Ctrl+P"


def test_a_live_switch_to_english_leaves_no_chinese_words_behind(make_window, database):
    """Chinese first, then Settings > Language > English without a restart: every tab, button, check box,
    box title and table heading the user has seen is in English (the evaluation's assessment box kept
    its Chinese title before), the overview's cards are written again, and nothing is clipped."""
    import datetime as dt
    import re

    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGroupBox, QLabel, QTabWidget, QTableView, QTreeView

    from partyplan.meetings import evaluation
    from partyplan.plans import service as plans

    from meetings import make_office

    with database.session() as s:
        make_office(s)
        evaluation.create_evaluation(s, 2026)
        plan = plans.create_plan(s, plans.PlanData(year=dt.date.today().year, title="计划"))
        plans.add_item(s, plans.add_section(s, plan, "一季度", quarter=1), "召开会议", due_date=dt.date(2000, 1, 1))
    window = make_window(database, "zh_CN")
    han = re.compile(r"^[\u4e00-\u9fff]")

    def every_page(act) -> None:  # type: ignore[no-untyped-def]
        for area in TAB_ORDER:
            window.show_tab(area)
            for tabs in window.tabs.currentWidget().findChildren(QTabWidget):
                for n in range(tabs.count()):
                    tabs.setCurrentIndex(n)
                    act()
            act()

    def choose_first_member() -> None:
        table = window.findChild(QTableView, "evaluation_table")
        if table is not None and table.isVisible() and table.model().rowCount():
            table.selectRow(0)

    every_page(choose_first_member)
    evaluation_box = next(b for b in window.findChildren(QGroupBox) if b.title().startswith("评议情况"))
    talks_count = window.meetings_tab.talks.gap_count
    window.findChild(QAction, "action_lang_en").trigger()
    assert evaluation_box.title().startswith("Assessment: ")
    assert talks_count.text().startswith("Members not talked to between"), talks_count.text()
    left: list[str] = []

    def look() -> None:
        for widget in window.findChildren(QAbstractButton):
            if widget.isVisible() and han.search(widget.text()):
                left.append(widget.text())
            if isinstance(widget, QCheckBox) and widget.isVisible() and widget.width() < widget.sizeHint().width():
                left.append(f"clipped: {widget.text()}")
        for box in window.findChildren(QGroupBox):
            if box.isVisible() and han.search(box.title()):
                left.append(box.title())
        for tabs in window.findChildren(QTabWidget):
            left.extend(tabs.tabText(n) for n in range(tabs.count()) if tabs.isVisible() and han.search(tabs.tabText(n)))
        for view in window.findChildren(QTableView) + window.findChildren(QTreeView):
            model = view.model()
            if view.isVisible() and view.objectName() != "roster_grid":  # its headings are the shifts' names
                for column in range(model.columnCount(QModelIndex())):
                    heading = model.headerData(column, Qt.Orientation.Horizontal)
                    if isinstance(heading, str) and han.search(heading):
                        left.append(heading)

    every_page(look)
    window.show_tab("overview")
    cards = " ".join(card.body.text() for card in window.overview_tab.cards.values())
    assert "Overdue items: 1" in cards and "逾期" not in cards, "the overview's cards are written again in English"
    assert sorted(set(left)) == []

    window.findChild(QAction, "action_lang_zh_CN").trigger()  # and back: no English sentence stays
    latin = re.compile(r"^(?!Word|Excel)[A-Za-z]{3,}")

    def look_back() -> None:
        for label in window.findChildren(QLabel):
            if label.isVisible() and latin.search(label.text()):
                left.append(label.text())

    every_page(look_back)
    assert left == []


def test_generate_with_nothing_to_roster_names_where_to_put_it_right(window, database, prompt_log):
    """Generate with nobody on duty, then with every shift type retired: each message names the tab and
    the button to use, in the words the window shows."""
    from partyplan.rosters import setup

    window.show_tab("rosters")
    window.roster_tab.grid.generate()
    text = prompt_log.errors[-1]
    for place in ("“Cadre”", "“People > Register”", "“Add person...”", "“File > Import people...”",
                  "“Duty Rosters > Who serves and shifts”", "“Edit...”"):
        assert place in text, place
    window.set_language("zh_CN")
    window.roster_tab.grid.generate()
    assert "“人员 > 人员名册”" in prompt_log.errors[-1] and "“文件 > 导入人员...”" in prompt_log.errors[-1]
    window.set_language("en")
    with database.session() as s:
        for shift in setup.list_shift_types(s):
            setup.set_shift_active(s, shift.id, False)
    window.roster_tab.grid.generate()
    assert prompt_log.errors[-1] == ("There are no shift types yet: add one with “Add...” under "
                                     "“Duty Rosters > Who serves and shifts” first.")
