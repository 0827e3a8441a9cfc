"""Connecting to the district's server: the connection form's fields, the password kept in the OS
credential store (or only in memory where there is none), never in the settings or a log."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy.engine import make_url

from partyplan.db.engine import make_engine, resolve_url
from partyplan.district import connection
from partyplan.district.connection import InvalidConnection, ServerConnection
from partyplan.errors import DatabaseUnavailableError
from partyplan.people import service
from partyplan.people.validation import PersonData
from partyplan.preferences import load_last_database, save_last_database
from partyplan.texts import error_message

from .conftest import needs_server

SECRET = "S3cret-密码"
SEEN = "S3cret"  # the password's ASCII part: found whether it was written as typed or percent-encoded


class MemoryKeyring(KeyringBackend):
    """An OS credential store stand-in: what was given, held in this process."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def store():  # type: ignore[no-untyped-def]
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    connection._this_run.clear()
    yield backend
    keyring.set_keyring(before)
    connection._this_run.clear()


def everything_written(home: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in home.rglob("*") if p.is_file())


def test_the_form_builds_an_address_without_the_password_and_checks_its_fields():
    form = ServerConnection(host=" db.district.local ", user="clerk_a", database="district", sslmode="verify-full",
                            sslrootcert="C:/PartyPlan/district-ca.crt", connect_timeout=8, office="dongfeng").checked()
    url = make_url(form.location)
    assert url.password is None and url.host == "db.district.local"
    assert url.query["sslmode"] == "verify-full" and url.query["connect_timeout"] == "8"
    assert url.query["options"] == "-csearch_path=dongfeng"
    assert ServerConnection.from_url(url) == form
    for bad, field in ((dict(host=""), "host"), (dict(port=0), "port"), (dict(user=""), "user"),
                       (dict(sslmode="verify-full"), "sslrootcert"), (dict(sslmode="strict"), "sslmode"),
                       (dict(connect_timeout=0), "timeout"), (dict(office="Bad Name"), "office")):
        fields = dict(host="db", user="clerk") | bad
        with pytest.raises(InvalidConnection) as caught:
            ServerConnection(**fields).checked()  # type: ignore[arg-type]
        assert caught.value.field == field and error_message(caught.value)


def test_a_password_goes_to_the_credential_store_and_never_to_the_settings(store, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    typed = make_url(f"postgresql://clerk_a:{SECRET}@db.district.local:5432/district")
    saved = connection.remember(typed)
    save_last_database(saved)
    assert SEEN not in saved and "***" not in saved
    assert store.saved[("PartyPlan", "clerk_a@db.district.local:5432/district")] == SECRET
    connection._this_run.clear()  # the next start: only the settings and the credential store remain
    again = resolve_url(load_last_database())
    engine = make_engine(again)
    assert engine.url.password == SECRET
    engine.dispose()
    home = Path(__import__("os").environ["PARTYPLAN_HOME"])
    assert SEEN not in everything_written(home)
    assert SEEN not in caplog.text


def test_without_a_credential_store_the_password_lasts_this_run_only(tmp_path, caplog):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    connection._this_run.clear()
    caplog.set_level(logging.DEBUG)
    try:
        form = ServerConnection(host="db", user="clerk_b", database="district")
        assert connection.save_password(form, SECRET) == "memory"
        assert make_engine(form.url()).url.password == SECRET  # this run signs in
        connection._this_run.clear()
        assert make_engine(form.url()).url.password is None  # the next asks again; nothing was written
        assert SEEN not in caplog.text
        home = Path(__import__("os").environ["PARTYPLAN_HOME"])
        assert SEEN not in everything_written(home)
    finally:
        keyring.set_keyring(before)
        connection._this_run.clear()


def test_an_address_saved_masked_by_an_older_version_signs_in_without_the_mask(store):
    """The reported defect: `postgresql://clerk:***@server/district` in the settings."""
    store.set_password("PartyPlan", "clerk@server:5432/district", SECRET)
    engine = make_engine(resolve_url("postgresql://clerk:***@server/district"))
    assert engine.url.password == SECRET
    engine.dispose()


def test_a_database_remembers_its_file_as_it_did(database):
    if database.is_sqlite:
        assert database.remembered_location() == str(database.path)
    else:
        assert "***" not in database.remembered_location()


@needs_server
def test_connect_opens_the_server_store_and_keeps_the_password(store, db_location, tmp_path):
    """File > Connect to server, on the real server: the form's fields, the password saved only once the
    store is open, and the address kept for the next start holds no password."""
    url = make_url(db_location)
    form = ServerConnection(host=url.host or "", port=url.port or 5432, database=url.database or "",
                            user=url.username or "", sslmode="disable", connect_timeout=5)
    db, where = connection.connect(form, SECRET, backup_dir=tmp_path / "dumps")
    try:
        assert where == "store" and store.saved[("PartyPlan", form.key)] == SECRET
        with db.session() as s:
            service.add_person(s, PersonData(name="连上了"))
        saved = db.remembered_location()
        assert SEEN not in saved and make_url(saved).password is None
    finally:
        db.close()
    unreachable = ServerConnection(host="127.0.0.1", port=1, database="x", user="u", connect_timeout=2)
    with pytest.raises(DatabaseUnavailableError) as caught:
        connection.connect(unreachable, "other-password")
    assert "other-password" not in error_message(caught.value)
    assert ("PartyPlan", unreachable.key) not in store.saved, "a failed connection saves no password"
