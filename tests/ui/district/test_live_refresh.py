"""The window follows commits made elsewhere: View > Refresh (F5), and live on a server or a read-only file."""

from __future__ import annotations

import os

import pytest

from partyplan.db.database import open_database
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.people.models import COLUMNS

WAIT_MS = 20000  # a bound for the watcher (it polls every second), not a measurement


def names(window) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.people_tab.proxy
    return [proxy.index(r, COLUMNS.index("name")).data() for r in range(proxy.rowCount())]


def add_elsewhere(database, name: str) -> None:  # type: ignore[no-untyped-def]
    """Another PC's commit: a unit of work of its own, which the window's front door never announces."""
    with database.session() as s:
        people.add_person(s, PersonData(name=name))


def test_f5_reloads_the_pages_that_are_built(qtbot, window, database):
    window.show_tab("people")
    add_elsewhere(database, "另一台电脑")
    assert "另一台电脑" not in names(window)
    action = window.findChild(type(window._actions["refresh"]), "action_refresh")
    assert action.shortcut().toString() == "F5"
    action.trigger()
    assert "另一台电脑" in names(window)


def test_a_writing_window_watches_a_server_not_its_own_file(window, database):
    assert window.live.running is not database.is_sqlite, "on a file this copy is the only writer"
    assert window.user_label.text().startswith("Signed in as ")


@pytest.mark.skipif(bool(os.environ.get("PARTYPLAN_TEST_DB")), reason="the read-only second window is a file's")
def test_a_read_only_window_shows_the_writers_commit(qtbot, make_window, database, db_location):
    make_window(database)  # the writing copy, which has filled in the tabs' defaults
    reader = open_database(db_location, read_only=True)
    window = make_window(reader)
    window.show_tab("people")
    assert window.live.running
    typing = window.people_tab.add_person()  # a dialog with typing in it stays as it is
    typing.edits["name"].insert("正在输入")
    add_elsewhere(database, "写入的那台电脑")
    qtbot.waitUntil(lambda: "写入的那台电脑" in names(window), timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == "Updated from another PC."
    assert typing.isVisible() and typing.edits["name"].text() == "正在输入"
    typing.done(0)
    window.close()
    assert not window.live.running


@pytest.mark.skipif(not os.environ.get("PARTYPLAN_TEST_DB"), reason="LISTEN/NOTIFY needs the PostgreSQL server")
def test_a_window_on_the_server_shows_another_pcs_commit_and_not_its_own_as_theirs(qtbot, make_window, database,
                                                                                    db_location, tmp_path):
    other_pc = open_database(db_location, backup_dir=tmp_path / "other")
    try:
        window = make_window(database)
        window.show_tab("people")
        assert window.live.running
        updates: list[tuple[str, ...]] = []
        window.live.sig_updated.connect(updates.append)
        window.ops.add_person(PersonData(name="自己保存的"))
        add_elsewhere(other_pc, "另一台电脑")
        qtbot.waitUntil(lambda: "另一台电脑" in names(window), timeout=WAIT_MS)
        assert updates == [("people",)], "the window's own save is not reported as another PC's"
        assert window.user_label.text() == "Signed in as " + database.url.username
    finally:
        other_pc.close()
