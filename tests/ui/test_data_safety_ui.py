"""Data safety in the window: restore with a preview, check database, backup on exit, read-only, start-up."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtGui import QAction

from partyplan.db.database import ReadOnlyDatabaseError, open_database
from partyplan.exchange import integrity, lock, rotation
from partyplan.people.validation import PersonData
from partyplan.settings import backups_dir, data_dir
from partyplan.ui import app, data_safety


@pytest.fixture(autouse=True)
def _no_locks_left():  # type: ignore[no-untyped-def]
    yield
    lock.release_all()


def sqlite_only(database) -> None:  # type: ignore[no-untyped-def]
    if not database.is_sqlite:
        pytest.skip("a server database is backed up and checked on the server")


def names(window) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in window.ops.people())


def held_by_another_copy(path: Path) -> None:
    """A live process on this computer (our parent, the test runner's shell or pytest itself) holds it."""
    info = {"user": "王芳", "host": socket.gethostname(), "pid": os.getppid(), "since": dt.datetime.now().isoformat(timespec="seconds"),
            "token": "another-copy"}
    lock.lock_path_for(path.resolve()).write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")


def seeded_store(make_window, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A store that a writing copy has opened once: the tabs have filled in their defaults (shift types,
    meeting types), as the copy holding it will have done before another opens it read-only."""
    db = open_database(path, backup_dir=path.parent / "b")
    make_window(db).close()
    return path


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data) - 16, 4096):
        data[offset:offset + 16] = b"\xde\xad\xbe\xef" * 4
    path.write_bytes(bytes(data))


# ---------------------------------------------------------------------------------------- restore


def test_restore_from_a_backup_with_preview_and_confirmation(window, database, prompt_log, settle):
    sqlite_only(database)
    window.ops.add_person(PersonData(name="备份里的人"))
    backup = rotation.make_backup(database.path, backups_dir(), "on-exit")
    window.ops.add_person(PersonData(name="后来加的人"))
    window.findChild(QAction, "action_restore").trigger()
    dialog = window.restore_dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 1
    assert "People: 1" in dialog.details.text() and "on exit" in dialog.details.text()
    prompt_log.confirm_answer = False
    dialog.restore_button.click()
    settle()
    assert names(window) == ["后来加的人", "备份里的人"], "a declined confirmation changes nothing"
    prompt_log.confirm_answer = True
    dialog.restore_button.click()
    settle()
    assert names(window) == ["备份里的人"]
    assert window.people_tab.model.rowCount() == 1, "the tabs show the restored data"
    assert prompt_log.infos and str(backup.path) in prompt_log.infos[-1] and "kept in" in prompt_log.infos[-1]
    safety = [b for b in rotation.list_backups(backups_dir()) if b.reason == "before-restore"]
    assert len(safety) == 1
    con = sqlite3.connect(safety[0].path)
    assert sorted(r[0] for r in con.execute("SELECT name FROM people")) == ["后来加的人", "备份里的人"]
    con.close()


def test_restore_dialog_other_file_and_unrestorable_files(window, database, prompt_log, tmp_path):
    sqlite_only(database)
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("not a backup", encoding="utf-8")
    prompt_log.files = [str(letter)]
    data_safety.restore_from_backup(window)
    dialog = window.restore_dialog
    assert not dialog.restore_button.isEnabled() and "No backup" in dialog.details.text()
    dialog.other.click()
    assert "cannot be restored" in dialog.details.text() and str(letter) in dialog.details.text()
    assert not dialog.restore_button.isEnabled()
    usb = tmp_path / "usb-copy.sqlite3"
    window.ops.backup_now(usb)
    prompt_log.files = [str(usb)]
    dialog.other.click()
    assert dialog.restore_button.isEnabled() and "a chosen file" in dialog.details.text()
    dialog.reject()


def test_restore_is_not_offered_for_a_server_or_a_read_only_store(make_window, database, prompt_log, tmp_path):
    if database.is_sqlite:
        path = seeded_store(make_window, tmp_path / "ro.sqlite3")
        reader = open_database(path, read_only=True)
        window = make_window(reader)
        data_safety.restore_from_backup(window)
        assert prompt_log.warnings and "read-only" in prompt_log.warnings[-1]
    else:
        window = make_window(database)
        data_safety.restore_from_backup(window)
        assert prompt_log.infos and "PostgreSQL" in prompt_log.infos[-1]


# ---------------------------------------------------------------------------------- check database


def test_check_database_says_all_is_well(window, database, prompt_log, settle):
    window.ops.add_person(PersonData(name="张伟"))
    window.findChild(QAction, "action_check_db").trigger()
    settle()
    assert prompt_log.errors == [] and prompt_log.infos
    if database.is_sqlite:
        assert "No damage found" in prompt_log.infos[-1] and str(database.path) in prompt_log.infos[-1]
    else:
        assert "PostgreSQL" in prompt_log.infos[-1]


def test_check_database_offers_the_newest_good_backup(window, database, prompt_log, monkeypatch, settle):
    sqlite_only(database)
    window.ops.add_person(PersonData(name="好备份里的人"))
    rotation.make_backup(database.path, backups_dir(), "on-exit")
    window.ops.add_person(PersonData(name="损坏之后的人"))
    real = integrity.check_database
    monkeypatch.setattr(integrity, "check_database", lambda db, full=True: integrity.IntegrityReport(
        str(db.path), True, ("*** in database main ***\nPage 12: btreeInitPage() returns error code 11",)))
    prompt_log.confirm_answer = True
    reports: list[integrity.IntegrityReport] = []
    data_safety.check_database(window, checked=reports.append)
    settle()
    report = reports[0] if reports else None
    assert report is not None and not report.ok
    assert names(window) == ["好备份里的人"]
    assert real(window.ops.db).ok


def test_a_damaged_store_without_backups_is_explained(window, database, prompt_log, monkeypatch, settle):
    sqlite_only(database)
    monkeypatch.setattr(integrity, "check_database", lambda db, full=True: integrity.IntegrityReport(
        str(db.path), True, ("row 3 missing from index ix_people_name",)))
    data_safety.check_database(window)
    settle()
    assert prompt_log.errors and "damaged" in prompt_log.errors[-1] and "No good backup" in prompt_log.errors[-1]


# ----------------------------------------------------------------------------------- backup on exit


def test_closing_the_window_backs_up_and_releases_the_lock(make_window, tmp_path, prompt_log):
    path = tmp_path / "office.sqlite3"
    held = lock.acquire(path)
    db = open_database(path, backup_dir=tmp_path / "b")
    window = make_window(db)
    window.ops.add_person(PersonData(name="下班前的人"))
    window.close()
    (backup,) = rotation.list_backups(backups_dir(), "office")
    assert backup.reason == "on-exit" and rotation.verify(backup.path) == []
    con = sqlite3.connect(backup.path)
    assert con.execute("SELECT name FROM people").fetchall() == [("下班前的人",)]
    con.close()
    if os.name == "posix":
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert not held.lock_path.exists()


def test_the_end_of_a_windows_session_backs_up_and_releases_the_lock(make_window, tmp_path, qtbot, qapp):
    """Log-off or shut-down ends the process without closeEvent or atexit: Qt's commitDataRequest is
    the moment to take the exit backup and release the lock; if the session goes on, the lock comes back."""
    path = tmp_path / "office.sqlite3"
    held = lock.acquire(path)
    db = open_database(path, backup_dir=tmp_path / "b")
    window = make_window(db)
    before = qapp.receivers(SIGNAL("commitDataRequest(QSessionManager&)"))
    on_commit, on_quit = data_safety.watch_session_end(qapp, window)
    assert qapp.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) == before + 1
    window.ops.add_person(PersonData(name="注销前的人"))
    made = data_safety.session_ending(window, retake_after_ms=100)
    (backup,) = rotation.list_backups(backups_dir(), "office")
    assert made is not None and made.path == backup.path and backup.reason == "on-exit"
    assert not held.lock_path.exists(), "released at once: the process may be ended any moment now"
    qtbot.waitUntil(lambda: held.lock_path.exists(), timeout=5000)
    assert lock.holder_of(path).pid == os.getpid(), "the session went on: the lock is ours again"
    qapp.commitDataRequest.disconnect(on_commit)
    qapp.aboutToQuit.disconnect(on_quit)


# ------------------------------------------------------------------------------------------ read-only


def test_read_only_window_says_so_and_explains_a_write(make_window, tmp_path, prompt_log, monkeypatch):
    path = seeded_store(make_window, tmp_path / "shared.sqlite3")
    for backup in rotation.list_backups(backups_dir(), "shared"):
        backup.path.unlink()
    reader = open_database(path, read_only=True)
    window = make_window(reader)
    assert "read-only" in window.db_label.text()
    with pytest.raises(ReadOnlyDatabaseError) as caught:
        window.ops.add_person(PersonData(name="写不进去"))
    monkeypatch.setattr(sys, "excepthook", lambda *_a: pytest.fail("reached the crash handler"))
    data_safety.explain_read_only_writes()
    sys.excepthook(ReadOnlyDatabaseError, caught.value, None)
    assert prompt_log.warnings and "read-only" in prompt_log.warnings[-1] and str(path) in prompt_log.warnings[-1]
    window.close()
    assert rotation.list_backups(backups_dir(), "shared") == [], "no backup of a store we only read"


def test_about_box_says_where_data_lives(window):
    assert str(data_dir()) in window.about_text()


# -------------------------------------------------------------------------------------- start and open


def test_start_on_a_store_in_use_offers_read_only(tmp_path, prompt_log, qapp):
    path = tmp_path / "office.sqlite3"
    open_database(path, backup_dir=tmp_path / "b").close()
    held_by_another_copy(path)
    prompt_log.confirm_answer = True
    db = app.open_or_explain(str(path), interactive=True)
    assert db is not None and db.read_only
    db.close()
    prompt_log.confirm_answer = False  # declined: told who holds it, asked for another file, may cancel
    assert app.open_or_explain(str(path), interactive=True) is None
    assert prompt_log.errors and "王芳" in prompt_log.errors[-1] and str(os.getppid()) in prompt_log.errors[-1]


def test_start_on_a_damaged_store_restores_the_newest_good_backup(tmp_path, prompt_log, qapp):
    path = tmp_path / "office.sqlite3"
    db = open_database(path, backup_dir=tmp_path / "b")
    with db.session() as session:
        from partyplan.people import service

        for n in range(40):
            service.add_person(session, PersonData(name=f"居民{n}", address="柳北桥" * 20))
    db.close()
    rotation.make_backup(path, backups_dir(), "on-exit")
    damage(path)
    prompt_log.confirm_answer = True
    opened = app.open_or_explain(str(path), interactive=True)
    assert opened is not None and not opened.read_only
    with opened.session() as session:
        from partyplan.people import service

        assert len(service.list_people(session)) == 40
    opened.close()
    assert prompt_log.infos and "damaged file was moved" in prompt_log.infos[-1]
    assert any(p.name.startswith("office.damaged-") for p in tmp_path.iterdir())


def test_start_on_a_damaged_store_without_backup_never_loops(tmp_path, prompt_log, qapp):
    path = tmp_path / "office.sqlite3"
    db = open_database(path, backup_dir=tmp_path / "b")
    with db.session() as session:
        from partyplan.people import service

        for n in range(40):
            service.add_person(session, PersonData(name=f"居民{n}", address="柳北桥" * 20))
    db.close()
    damage(path)
    before = path.read_bytes()
    assert app.open_or_explain(str(path), interactive=True) is None  # no second file chosen: quit
    assert any("No good backup" in text for text in prompt_log.errors)
    assert path.read_bytes() == before
    assert not lock.lock_path_for(path).exists()
    assert app.open_or_explain(str(path), interactive=False) is None  # the screenshot/CLI path: a message, no dialog


def test_opening_a_store_in_use_from_the_menu(make_window, database, prompt_log, tmp_path):
    other = seeded_store(make_window, tmp_path / "other.sqlite3")
    window = make_window(database)
    held_by_another_copy(other)
    prompt_log.files = [str(other)]
    prompt_log.confirm_answer = True
    window.open_database()
    assert window.ops.db.read_only and window.ops.db.path == other.resolve()
    assert "read-only" in window.db_label.text()
    mine = tmp_path / "mine.sqlite3"
    prompt_log.files = [str(mine)]
    window.new_database()
    assert not window.ops.db.read_only and lock.holder_of(mine).pid == os.getpid()
    assert lock.holder_of(other).token == "another-copy", "the other copy's lock is untouched"


def test_restore_lists_this_stores_backups_only_and_marks_earlier_versions(window, database, prompt_log, tmp_path):
    """Another store named like this one (a second office's partyplan.sqlite3) is never offered; a backup
    made by an earlier version, which cannot say whose it is, is listed and marked."""
    sqlite_only(database)
    window.ops.add_person(PersonData(name="本库的人"))
    own = rotation.make_backup(database.path, backups_dir(), "on-exit")
    other_office = tmp_path / "elsewhere"
    other_office.mkdir()
    twin = open_database(other_office / database.path.name, backup_dir=tmp_path / "b")
    twin.close()
    theirs = rotation.make_backup(twin.path, backups_dir(), "on-exit")  # newer, the same file name
    legacy = backups_dir() / f"{database.path.stem}-20250101-080000-on-exit.sqlite3"
    legacy.write_bytes(theirs.path.read_bytes())
    con = sqlite3.connect(legacy)
    con.execute("DROP TABLE store_identity")
    con.commit()
    con.close()
    data_safety.restore_from_backup(window)
    dialog = window.restore_dialog
    listed = [dialog.table.item(row, 2).toolTip() for row in range(dialog.table.rowCount())]
    assert listed == [str(own.path), str(legacy)], "another store's backup of the same name was offered"
    assert "earlier version" in dialog.table.item(1, 1).text() and "earlier version" not in dialog.table.item(0, 1).text()
    dialog.table.selectRow(1)
    assert "may be a backup of another database" in dialog.details.text()
    prompt_log.files = [str(theirs.path)]
    dialog.other.click()
    assert "copy of another database" in dialog.details.text() and dialog.restore_button.isEnabled()
    dialog.reject()


def test_a_write_kept_waiting_by_another_program_is_explained(window, database, prompt_log, monkeypatch):
    sqlite_only(database)
    from partyplan.db import engine as engine_module
    from partyplan.db.database import DatabaseBusyError

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    window.ops.db.engine.dispose()  # new connections take the shorter timeout
    other = sqlite3.connect(database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError) as caught:
            window.ops.add_person(PersonData(name="等不及的人"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    monkeypatch.setattr(sys, "excepthook", lambda *_a: pytest.fail("reached the crash handler"))
    data_safety.explain_read_only_writes()
    sys.excepthook(DatabaseBusyError, caught.value, None)
    assert prompt_log.warnings and "busy" in prompt_log.warnings[-1] and str(database.path) in prompt_log.warnings[-1]
    assert names(window) == []
