"""File > Connect to server...: the form's refusals, a server that cannot be reached, and (on the test
server) the switch to it with the signed-in user shown."""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtGui import QAction
from sqlalchemy.engine import make_url

from partyplan.district import connection
from partyplan.preferences import load_last_database

PG_URL = SERVER = os.environ.get("PARTYPLAN_TEST_DB", "")  # PG_URL: the PostgreSQL pass runs this module


def open_form(window):  # type: ignore[no-untyped-def]
    window.findChild(QAction, "action_connect").trigger()
    dialog = window.connect_dialog
    assert dialog.isVisible()
    return dialog


def shown_errors(dialog) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {name: label.text() for name, label in dialog.errors.items() if not label.isHidden()}


def free_port() -> int:
    """A port on this PC where nothing listens (bound, then let go): a server that cannot be reached."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_form_refuses_what_cannot_be_used_and_saves_nothing(window, database):
    before = window.ops.db
    dialog = open_form(window)
    dialog.host.clear()  # on a server, the form starts from the one in use
    dialog.accept()
    assert shown_errors(dialog) == {"host": "Server: This field is required."}
    dialog.host.setText("db.district.local")
    dialog.user.setText("clerk_a")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-full"))
    assert dialog.sslrootcert.isEnabled()
    dialog.accept()
    assert shown_errors(dialog) == {"sslrootcert": "CA certificate: This field is required."}
    assert dialog.isVisible() and window.ops.db is before
    assert load_last_database() is None or "postgresql" not in load_last_database()


def test_a_server_that_cannot_be_reached_is_said_and_the_database_stays(qtbot, window, database, settle):
    before = window.ops.db
    dialog = open_form(window)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(free_port())
    dialog.user.setText("clerk_a")
    dialog.password.setText("S3cret")
    dialog.timeout.setValue(3)
    dialog.accept()
    settle()
    assert dialog.isVisible() and dialog.failure.isVisible()
    assert "cannot be reached" in dialog.failure.text() and "Nothing was saved" in dialog.failure.text()
    assert dialog.password.text() == "S3cret", "nothing typed is lost"
    assert window.ops.db is before
    assert connection.load_password(dialog.form_data().checked()) is None, "a failed connection keeps no password"


@pytest.mark.skipif(not SERVER.startswith("postgresql"), reason="needs the PostgreSQL test server")
def test_connecting_switches_the_window_to_the_server(qtbot, make_window, tmp_path, settle):
    from partyplan.db.database import open_database

    start = open_database(tmp_path / "start.sqlite3", backup_dir=tmp_path / "b")
    window = make_window(start)
    url = make_url(SERVER)
    dialog = open_form(window)
    dialog.host.setText(url.host or "")
    dialog.port.setValue(url.port or 5432)
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.accept()
    settle()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert not window.ops.db.is_sqlite and window.ops.db.url.host == url.host
    assert window.user_label.text() == f"Signed in as {url.username}"
    assert window.live.running, "the window listens to the server"
    assert "postgresql" in (load_last_database() or "") and "@" in (load_last_database() or "")
