"""Putting a written file in place when Windows says another program holds it: a moment (antivirus,
indexer, OneDrive) is waited out; Excel keeping it open is reported as such."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from partyplan import files
from partyplan.errors import ExportTargetError


def sharing_violation() -> PermissionError:
    exc = PermissionError(13, "The process cannot access the file because it is being used by another process")
    exc.winerror = 32  # type: ignore[attr-defined]  # what Windows sets; absent on POSIX
    return exc


@pytest.fixture
def held(monkeypatch):  # type: ignore[no-untyped-def]
    """os.replace refused `times` times the way Windows refuses it, then done for real."""
    state = {"times": 0, "tries": 0, "slept": 0.0}
    real = os.replace

    def replace(src, dst):  # type: ignore[no-untyped-def]
        state["tries"] += 1
        if state["tries"] <= state["times"]:
            raise sharing_violation()
        return real(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    monkeypatch.setattr(files.time, "sleep", lambda s: state.__setitem__("slept", state["slept"] + s))
    return state


def write(path: Path, text: str) -> None:
    with files.atomic_write(path, ".txt") as temp:
        temp.write_text(text, encoding="utf-8")


def test_a_file_held_for_a_moment_is_replaced_after_waiting(tmp_path, held):
    target = tmp_path / "roster.xlsx"
    target.write_text("old", encoding="utf-8")
    held["times"] = 3  # the scanner lets go after three tries
    write(target, "new")
    assert target.read_text(encoding="utf-8") == "new" and held["tries"] == 4 and 0 < held["slept"] < 2.5
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == ["roster.xlsx"]


def test_a_file_open_in_excel_is_reported_after_about_two_seconds(tmp_path, held):
    target = tmp_path / "roster.xlsx"
    target.write_text("old", encoding="utf-8")
    held["times"] = 99
    with pytest.raises(ExportTargetError) as caught:
        write(target, "new")
    assert caught.value.reason == "locked" and 1.5 <= held["slept"] <= 2.5
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir() if p.name != "home"] == ["roster.xlsx"]


def test_a_permission_error_that_is_not_windows_sharing_is_not_waited_for(tmp_path, monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr(files.time, "sleep", slept.append)
    monkeypatch.setattr(files.os, "replace", lambda *_a: (_ for _ in ()).throw(PermissionError(13, "denied")))
    with pytest.raises(ExportTargetError):
        write(tmp_path / "x.txt", "x")
    assert slept == []


# -- personal data in folders others can read ------------------------------------------------------
@pytest.mark.parametrize(("path", "public"), [
    (r"C:\Users\Public\Documents\people.xlsx", True),
    (r"c:\users\public\people.xlsx", True),
    (r"\\server\share\people.xlsx", True),
    (r"C:\Users\wangfang\Documents\people.xlsx", False),
    (r"C:\Users\PublicFigure\people.xlsx", False),
])
def test_windows_public_and_shared_folders_are_recognised(path, public):
    assert files.public_windows_path(path, {"PUBLIC": r"C:\Users\Public"}) is public


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.parametrize(("file_mode", "folder_mode", "others"), [
    (0o644, 0o755, True), (0o640, 0o750, True), (0o600, 0o755, False), (0o644, 0o700, False)])
def test_posix_permissions_say_who_else_can_read(tmp_path, file_mode, folder_mode, others):
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "people.xlsx"
    path.write_bytes(b"x")
    path.chmod(file_mode)
    folder.chmod(folder_mode)
    try:
        assert files.readable_by_others(path) is others
    finally:
        folder.chmod(0o700)
