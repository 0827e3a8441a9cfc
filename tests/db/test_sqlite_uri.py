"""SQLite `file:` URIs for every place an office keeps its store: Windows drives and shares checked as
strings (this machine cannot mount them), and odd names opened for real."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from partyplan.db.engine import sqlite_file_uri, sqlite_readonly_uri


@pytest.mark.parametrize(("path", "uri"), [
    (r"Z:\office\partyplan.sqlite3", "file:///Z:/office/partyplan.sqlite3"),
    (r"C:\Users\王芳\AppData\Local\PartyPlan\partyplan.sqlite3",
     "file:///C:/Users/%E7%8E%8B%E8%8A%B3/AppData/Local/PartyPlan/partyplan.sqlite3"),
    (r"\\server\share\office\partyplan.sqlite3", "file:////server/share/office/partyplan.sqlite3"),
    (r"\\?\C:\very\long\path.sqlite3", "file:///C:/very/long/path.sqlite3"),
    (r"\\?\UNC\server\share\x.sqlite3", "file:////server/share/x.sqlite3"),
    (r"D:\a #1\b?c%d.sqlite3", "file:///D:/a%20%231/b%3Fc%25d.sqlite3"),
])
def test_windows_paths_give_uris_sqlite_accepts(path, uri):
    assert sqlite_file_uri(PureWindowsPath(path)) == uri
    assert "//server/share" not in uri.replace("file:////", "")  # never a URI authority SQLite refuses


def test_a_share_is_never_written_as_an_authority():
    """The old way (`as_uri`) made `file://server/share/...`: SQLite refuses any authority but localhost."""
    assert PureWindowsPath(r"\\server\share\x.sqlite3").as_uri() == "file://server/share/x.sqlite3"
    assert sqlite_file_uri(PureWindowsPath(r"\\server\share\x.sqlite3")).startswith("file:////")


def test_relative_paths_are_refused():
    with pytest.raises(ValueError):
        sqlite_file_uri(PureWindowsPath(r"office\x.sqlite3"))
    with pytest.raises(ValueError):
        sqlite_file_uri(PurePosixPath("office/x.sqlite3"))


@pytest.mark.parametrize("name", ["a #1", "50%", "王芳的 文件", "x;y=z"])  # no "?": Windows forbids it in names
def test_odd_folder_names_open_read_only_for_real(tmp_path: Path, name: str):
    folder = tmp_path / name
    folder.mkdir()
    path = folder / "x.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (v)")
        con.execute("INSERT INTO t VALUES (1)")
    con.close()
    ro = sqlite3.connect(sqlite_readonly_uri(path), uri=True)
    try:
        assert ro.execute("SELECT v FROM t").fetchone() == (1,)
        with pytest.raises(sqlite3.OperationalError):
            ro.execute("INSERT INTO t VALUES (2)")
    finally:
        ro.close()


# -- synced folders (OneDrive, Dropbox, ...) -----------------------------------------------------------
from partyplan.db.engine import synced_folder  # noqa: E402

ONEDRIVE_ENV = {"OneDrive": r"C:\Users\wangfang\OneDrive - 柳北桥社区", "OneDriveConsumer": r"C:\Users\wangfang\OneDrive"}


@pytest.mark.parametrize(("path", "expected"), [
    (r"C:\Users\wangfang\OneDrive - 柳北桥社区\党建\partyplan.sqlite3", "OneDrive"),
    (r"c:\users\WANGFANG\onedrive\partyplan.sqlite3", "OneDrive"),  # Windows compares without case
    (r"D:\Dropbox\office\partyplan.sqlite3", "Dropbox"),
    (r"D:\坚果云\partyplan.sqlite3", "坚果云"),
    (r"C:\Users\wangfang\AppData\Local\PartyPlan\PartyPlan\partyplan.sqlite3", None),
    (r"C:\Users\wangfang\OneDriveNotes.sqlite3", None),
])
def test_a_store_in_a_synced_folder_is_recognised(path, expected):
    assert synced_folder(PureWindowsPath(path), ONEDRIVE_ENV) == expected


def test_a_store_opened_in_a_synced_folder_says_so(tmp_path):
    from partyplan.db.database import open_database

    folder = tmp_path / "Dropbox (柳北桥)"
    folder.mkdir()
    db = open_database(folder / "office.sqlite3", backup_dir=tmp_path / "b")
    try:
        assert db.synced_by == "Dropbox"
    finally:
        db.close()
    plain = open_database(tmp_path / "office.sqlite3", backup_dir=tmp_path / "b")
    assert plain.synced_by is None
    plain.close()
