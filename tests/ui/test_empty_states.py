"""A new office's empty store: each page says what to do next, with the buttons to do it, and its text
is not clipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from partyplan import i18n
from partyplan.people.validation import PersonData


def shown_whole(label: QLabel) -> bool:
    """A wrapped label is given the height its width needs (not squeezed to a few clipped lines)."""
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


def test_an_empty_register_offers_to_add_or_import_people(window, prompt_log, qtbot):
    window.show_tab("people")
    tab = window.people_tab
    assert tab.table_or_empty.currentWidget() is tab.empty
    assert tab.empty.title.text() == "No one in the register yet" and shown_whole(tab.empty.body)
    assert "“File > Import people...”" in tab.empty.body.text()
    buttons = [b.text() for b in tab.empty.findChildren(QPushButton) if b.isVisible()]
    assert buttons == ["Add person...", "Import a member list..."]
    qtbot.mouseClick(tab.empty_import, Qt.MouseButton.LeftButton)
    assert prompt_log.files == [] and window.import_dialog is None, "asked for the sheet (none chosen here)"
    qtbot.mouseClick(tab.empty_add, Qt.MouseButton.LeftButton)
    assert tab.dialog is not None and tab.dialog.isVisible()
    tab.dialog.reject()
    window.ops.add_person(PersonData(name="王芳"))
    assert tab.table_or_empty.currentWidget() is tab.table, "the register once someone is in it"
    i18n.install("zh_CN")
    assert tab.empty.title.text() == "人员名册中还没有人员" and "“文件 > 导入人员...”" in tab.empty.body.text()


def test_an_empty_plans_tab_shows_its_whole_first_hint(make_window, database):
    for width in (1024, 1366):
        window = make_window(database)
        window.resize(width, 700)
        window.show_tab("plans")
        tab = window.plans_tab
        assert tab.stack.currentIndex() == 0 and shown_whole(tab.empty_body), width
        assert tab.empty_body.text().startswith("Start a new plan for the year")


def test_who_serves_says_where_people_come_from_while_nobody_serves(window, database):
    window.show_tab("rosters")
    setup_page = window.roster_tab.setup
    window.roster_tab.pages.setCurrentWidget(setup_page)
    hint = setup_page.no_members
    assert hint.isVisible() and "“People > Register”" in hint.text() and shown_whole(hint)
    from partyplan.db.models import Role

    window.ops.add_person(PersonData(name="李书记", roles={Role.CADRE}))
    assert not hint.isVisible(), "gone once a cadre serves"


def test_an_empty_record_book_names_the_button_to_log_a_visit(window):
    window.show_tab("rosters")
    log = window.roster_tab.log
    window.roster_tab.pages.setCurrentWidget(log)
    assert "no entries yet. “New entry...” logs a visitor's matter" in log.summary.text()
