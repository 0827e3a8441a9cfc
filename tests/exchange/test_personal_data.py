"""Personal data on disk: what PartyPlan writes keeps the user's umask (exports, archives, "Save a copy")
or is the user's alone (the store and logs in the data folder, data files, and any file while it is
being written), and a full disk is a message that leaves the old file as it was.

Every case looks at the files on disk, as another user of the PC would meet them.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from partyplan import files, logs
from partyplan.db.database import StoreFullError, open_database
from partyplan.errors import ExportTargetError
from partyplan.exchange import data_file
from partyplan.exchange.backup import backup_to
from partyplan.people import service
from partyplan.people.sheet_export import export_people
from partyplan.people.validation import PersonData
from partyplan.plans import export as plan_export
from partyplan.plans import service as plans
from partyplan.reports import archive
from partyplan.settings import data_dir
from partyplan.texts import error_message

POSIX = os.name == "posix"
pytestmark = pytest.mark.skipif(bool(os.environ.get("PARTYPLAN_TEST_DB")), reason="file stores: the SQLite pass")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[callable]:  # type: ignore[valid-type]
    """Set the process umask for a test (and put the old one back)."""
    old = os.umask(0o022)
    os.umask(old)

    def set_to(value: int) -> None:
        os.umask(value)

    yield set_to
    os.umask(old)


@pytest.fixture
def office(tmp_path):  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "office.sqlite3", backup_dir=tmp_path / "b")
    with db.session() as session:
        service.add_person(session, PersonData(name="张伟", id_number="11010519491231002X", phone="13800000000"))
        plan_id = plans.create_plan(session, plans.PlanData(year=2026, title="2026年工作计划"))
        plans.add_item(session, plans.add_section(session, plan_id, "一、组织建设"), "召开支委会")
    yield db, plan_id
    db.close()


def write_everything(db, plan_id: int, out: Path) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    out.mkdir()
    with db.session() as session:
        export_people(session, out / "people.xlsx", language="zh_CN")
        plan_export.write_docx(session, plan_id, out / "plan.docx")
    backup_to(db.path, out / "copy.sqlite3")  # File > Save a copy
    folder = archive.write_archive(db, 2026, out, today=dt.date(2026, 12, 20)).target
    zipped = archive.write_archive(db, 2026, out, as_zip=True, today=dt.date(2026, 12, 20)).target
    return {"people.xlsx": out / "people.xlsx", "plan.docx": out / "plan.docx", "copy": out / "copy.sqlite3",
            "archive file": next(p for p in folder.rglob("*.xlsx")), "archive.zip": zipped}


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_exports_archives_and_copies_keep_the_users_umask(office, tmp_path, umask):
    db, plan_id = office
    umask(0o077)  # an office that keeps its files to itself: they used to come out 0644 anyway
    for name, path in write_everything(db, plan_id, tmp_path / "private").items():
        assert mode(path) == 0o600, f"{name}: {oct(mode(path))}"
    assert mode(tmp_path / "private" / "2026年度档案") == 0o700
    umask(0o022)  # the usual desktop: others may read what is handed out
    for name, path in write_everything(db, plan_id, tmp_path / "shared").items():
        assert mode(path) == 0o644, f"{name}: {oct(mode(path))}"
    assert mode(tmp_path / "shared" / "2026年度档案") == 0o755


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_the_store_and_logs_in_the_data_folder_are_the_users_alone(tmp_path, umask):
    umask(0o022)
    home = data_dir()
    store = home / "partyplan.sqlite3"
    db = open_database(store, backup_dir=tmp_path / "b")
    with db.session() as session:
        service.add_person(session, PersonData(name="李娜"))
    assert {p.name: mode(p) for p in home.glob("partyplan.sqlite3*")} == {
        "partyplan.sqlite3": 0o600, "partyplan.sqlite3-wal": 0o600, "partyplan.sqlite3-shm": 0o600}
    db.close()
    os.chmod(store, 0o644)  # made by an earlier version
    open_database(store, backup_dir=tmp_path / "b").close()
    assert mode(store) == 0o600
    elsewhere = tmp_path / "chosen.sqlite3"  # a file the user chose: new, so private; an old one kept as it is
    open_database(elsewhere, backup_dir=tmp_path / "b").close()
    assert mode(elsewhere) == 0o600
    os.chmod(elsewhere, 0o640)
    open_database(elsewhere, backup_dir=tmp_path / "b").close()
    assert mode(elsewhere) == 0o640
    log_folder = home / "logs"
    log_folder.mkdir(exist_ok=True)
    (log_folder / logs.process_log_name()).write_text("earlier\n", encoding="utf-8")
    os.chmod(log_folder / logs.process_log_name(), 0o644)
    try:
        path = logs.setup_logging()
        assert path is not None and mode(path) == 0o600 and mode(log_folder / "faults.log") == 0o600
        handler = next(h for h in logs.logging.getLogger().handlers if isinstance(h, logs.PrivateRotatingFileHandler))
        handler.doRollover()
        assert mode(path) == 0o600 and mode(log_folder / f"{logs.process_log_name()}.1") == 0o600
    finally:
        logs.shutdown_logging()


KILLED_EXPORT = """
import os, sys
from pathlib import Path
from partyplan.db.database import open_database
from partyplan.exchange import data_file

real = data_file._dump
def dump_then_die(document):
    for n, chunk in enumerate(real(document)):
        yield chunk
        if n == 5:
            yield " " * 100_000  # more than the file's buffer: on disk before the kill
            os._exit(9)
data_file._dump = dump_then_die
db = open_database(sys.argv[1], read_only=True)
data_file.write_data_file(db, Path(sys.argv[2]))
"""


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_a_killed_data_export_leaves_nothing_others_can_read(office, tmp_path, umask):
    import subprocess

    db, _plan = office
    umask(0o022)
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run([sys.executable, "-c", KILLED_EXPORT, str(db.path), str(out / "all.json")],
                            capture_output=True, text=True, timeout=120, encoding="utf-8")
    assert result.returncode == 9, result.stderr
    (left,) = list(out.iterdir())  # the half-written temporary file of the killed process
    assert left.name.startswith(".all-") and left.stat().st_size > 0
    assert mode(left) == 0o600, f"{oct(mode(left))}: the ID numbers in it were readable by everyone"
    data_file.write_data_file(db, out / "all.json")
    assert mode(out / "all.json") == 0o600


# --------------------------------------------------------------------------------------------- full disk


@pytest.fixture
def full_disk(monkeypatch) -> None:
    """Every file atomic_write starts is /dev/full: the kernel answers each write with ENOSPC."""
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    real = tempfile.mkstemp

    def onto_dev_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        handle, name = real(*args, **kwargs)
        os.close(handle)
        os.unlink(name)
        os.symlink("/dev/full", name)
        return os.open(name, os.O_WRONLY), name

    monkeypatch.setattr(files.tempfile, "mkstemp", onto_dev_full)


def test_a_full_disk_on_any_export_is_a_message_and_the_old_file_stays(office, tmp_path, full_disk):
    db, plan_id = office
    out = tmp_path / "out"
    out.mkdir()
    exports = {
        "people.xlsx": lambda s, p: export_people(s, p, language="zh_CN"),
        "plan.docx": lambda s, p: plan_export.write_docx(s, plan_id, p),
        "plan.xlsx": lambda s, p: plan_export.write_xlsx(s, plan_id, p),
        "copy.sqlite3": lambda _s, p: backup_to(db.path, p),
    }
    for name, write in exports.items():
        target = out / name
        target.write_bytes(b"the earlier file")
        with pytest.raises(ExportTargetError) as caught, db.session() as session:
            write(session, target)
        assert (caught.value.path, caught.value.reason) == (target, "disk_full"), name
        assert "disk is full" in error_message(caught.value)
        assert target.read_bytes() == b"the earlier file" and sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.write_data_file(db, out / "all.json")
    assert caught.value.reason == "disk_full"
    for as_zip in (False, True):
        with pytest.raises(ExportTargetError) as archived:
            archive.write_archive(db, 2026, out, as_zip=as_zip, today=dt.date(2026, 12, 20))
        assert archived.value.reason == "disk_full" and archived.value.path.name.startswith("2026年度档案")
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "nothing half-written is left"


def test_a_full_disk_under_the_store_is_a_message_and_nothing_is_half_saved(tmp_path):
    db = open_database(tmp_path / "office.sqlite3", backup_dir=tmp_path / "b")
    with db.engine.connect() as conn:  # the file may grow no more than it is now: the disk is full
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count={pages + 2}")
    with pytest.raises(StoreFullError) as caught:
        with db.session() as session:
            for n in range(200):
                service.add_person(session, PersonData(name=f"居民{n}", notes="很长的备注" * 200))
    assert str(db.path) in error_message(caught.value) and "full" in error_message(caught.value)
    with db.session() as session:
        assert service.list_people(session) == []
    db.close()


# ----------------------------------------------------------------------------------- archive file names


def test_archive_file_names_are_cut_to_255_bytes_not_80_characters(office, tmp_path):
    db, _plan = office
    with db.session() as session:
        plans.create_plan(session, plans.PlanData(year=2026, title="𠀀" * 120))  # 4 bytes each in UTF-8
        plans.create_plan(session, plans.PlanData(year=2026, title="Plan " + "x" * 150))
    result = archive.write_archive(db, 2026, tmp_path, today=dt.date(2026, 12, 20))
    names = [p.name for p in result.target.rglob("*")]
    assert all(len(name.encode()) <= 255 for name in names)
    assert any(name.startswith("𠀀" * 60) for name in names), "cut at the byte limit, not at 80 characters"
    assert any(name.startswith("Plan " + "x" * 150) for name in names), "an ASCII title of 155 characters is whole"


def test_a_killed_archives_hidden_folders_are_cleaned_up_at_the_next_run(office, tmp_path):
    db, _plan = office
    first = archive.write_archive(db, 2026, tmp_path, today=dt.date(2026, 12, 20)).target
    dead = 2**22 + 12345  # no such process
    leftover = tmp_path / f".{first.stem}-{dead}-abc123"
    (leftover / "计划").mkdir(parents=True)
    (leftover / "计划" / "half.docx").write_bytes(b"half")
    swapped = tmp_path / f".{first.name}-old-{dead}-xyz"  # killed between the swap's two renames
    swapped.mkdir()
    os.replace(first, swapped / "archive")
    running = tmp_path / f".{first.stem}-{os.getpid()}-live"  # this process is running: not touched
    running.mkdir()
    archive.clean_leftovers(tmp_path, first)
    assert first.is_dir() and any(first.rglob("*.xlsx")), "the archive set aside is put back first"
    assert not leftover.exists() and not swapped.exists() and running.exists()
    running.rmdir()
    archive.write_archive(db, 2026, tmp_path, today=dt.date(2026, 12, 20))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
