"""The data file: every table round-trips; a bad record is named by its path and nothing is written."""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import json
import os
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from partyplan import demo
from partyplan.db import schema
from partyplan.db.database import open_database
from partyplan.exchange import data_file
from partyplan.texts import data_safety as data_texts

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 20)


def rows_of(db) -> dict[str, list[tuple[Any, ...]]]:  # type: ignore[no-untyped-def]
    """Every row of every table, typed, in key order: what 'an identical database' means here."""
    with db.engine.connect() as conn:
        return {t.name: [tuple(r) for r in conn.execute(sa.select(t).order_by(*t.primary_key.columns))]
                for t in data_file.tables()}


def document_of(db) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    with data_file.snapshot(db) as conn:
        document = data_file.export_document(conn)
    document.pop("exported_at")
    return document


@pytest.fixture(scope="module")
def demo_document(demo_store_file) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The demo data as a document (read once; the tests copy it)."""
    db = open_database(demo_store_file, read_only=True)
    document = document_of(db)
    db.close()
    return document


def write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def assert_empty(location: str) -> None:
    db = open_database(location)
    try:
        with db.engine.connect() as conn:
            data_file.ensure_empty(conn, location)
    finally:
        db.close()


# ------------------------------------------------------------------------------------ round trip


def test_demo_data_round_trips_into_an_identical_database(database, fresh_location, tmp_path):
    with database.session() as session:
        demo.fill(session, today=TODAY)
    out = tmp_path / "office.json"
    written = data_file.write_data_file(database, out)
    assert written.rows > 500 and out.stat().st_size > 10_000
    target = open_database(fresh_location("copy"), backup_dir=tmp_path / "b")
    try:
        imported = data_file.import_data_file(target, out)
        assert imported.rows == written.rows
        assert rows_of(target) == rows_of(database)
        assert document_of(target) == document_of(database)
    finally:
        target.close()


def test_every_table_and_column_of_the_models_is_covered(demo_document):
    assert list(demo_document["tables"]) == [t.name for t in data_file.tables()]
    for table in data_file.tables():
        for column in table.columns:
            data_file.column_kind(column)  # a type without a file form fails here, naming the column
    assert demo_document["schema_revision"] == schema.HEAD and demo_document["format_version"] == 1
    filled = {name for name, rows in demo_document["tables"].items() if rows}
    assert {"people", "person_roles", "plans", "plan_sections", "plan_items", "rosters", "roster_assignments",
            "shift_types", "calendar_days", "duty_log_entries"} <= filled


def test_values_are_written_in_their_documented_forms(demo_document):
    person = next(p for p in demo_document["tables"]["people"] if p["birth_date"])
    assert isinstance(person["archived"], bool)
    dt.date.fromisoformat(person["birth_date"])
    dt.datetime.fromisoformat(person["created_at"])
    assert person["gender"] in ("male", "female")
    shift = demo_document["tables"]["shift_types"][0]
    dt.time.fromisoformat(shift["start_time"])


def test_self_referring_rows_are_inserted_parents_first(demo_document, tmp_path):
    document = copy.deepcopy(demo_document)
    sections = document["tables"]["plan_sections"]
    items = document["tables"]["plan_items"]
    parent = sections[0]["id"]
    child_id = max(s["id"] for s in sections) + 1
    sections.insert(0, {**sections[0], "id": child_id, "parent_id": parent, "title": "子部分"})  # child before parent
    items.reverse()
    document["counts"]["plan_sections"] += 1
    data = data_file.validate_document(document)
    ids = [row["id"] for row in data.rows["plan_sections"]]
    assert ids.index(parent) < ids.index(child_id)
    target = open_database(tmp_path / "t.sqlite3", backup_dir=tmp_path / "b")
    data_file.import_data(target, data)
    target.close()


# -------------------------------------------------------------------------------- refusing files


def test_a_bad_record_is_named_by_its_path_and_nothing_is_written(demo_document, fresh_location, tmp_path):
    document = copy.deepcopy(demo_document)
    document["tables"]["people"][12]["birth_date"] = "1985-13-45"
    path = write(tmp_path / "bad.json", document)
    location = fresh_location("target")
    target = open_database(location, backup_dir=tmp_path / "b")
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.import_data_file(target, path)
    target.close()
    error = caught.value
    assert error.reason == "invalid"
    assert [data_texts.problem_line(p) for p in error.problems] == ["people[12].birth_date: not a date"]
    assert_empty(location)


def test_every_problem_is_reported_at_once(demo_document):
    document = copy.deepcopy(demo_document)
    people = document["tables"]["people"]
    people[0]["name"] = "长" * 65
    people[1]["gender"] = "unknown"
    people[2]["archived"] = "no"
    people[3]["nickname"] = "小王"
    people[4]["id"] = people[5]["id"]
    del people[6]["name"]
    people[7]["phone"] = 13907710002
    people[8]["notes"] = "bad\x00byte"
    document["tables"]["person_roles"][0]["person_id"] = 999_999
    document["tables"]["plan_items"][0]["due_date"] = "2026/03/01"
    document["tables"]["shift_types"][0]["start_time"] = "25:00"
    document["tables"]["rosters"][0]["year"] = 2**40
    document["tables"]["ghosts"] = []
    document["counts"]["people"] = 1
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.validate_document(document, "office.json")
    lines = {data_texts.problem_line(p) for p in caught.value.problems}
    expected = {
        "people[0].name: longer than 64 characters",
        "people[1].gender: not one of: male, female",
        "people[2].archived: not true or false",
        "people[3].nickname: no such field in this version",
        "people[6].name: required",
        "people[7].phone: not text",
        "people[8].notes: contains a character that cannot be stored",
        "plan_items[0].due_date: not a date",
        "shift_types[0].start_time: not a time",
        "rosters[0].year: number out of range",
        "tables.ghosts: no such table in this version",
    }
    assert expected <= lines
    assert any(line.startswith("people[5].id: the same key as people[4]") for line in lines)
    assert "person_roles[0].person_id: refers to people 999999, which is not in the file" in lines
    assert any(line.startswith("counts.people:") for line in lines)
    message = data_texts.data_file_message(caught.value, shown=None)
    assert message.startswith("office.json was not imported") and "people[0].name" in message


def test_missing_optional_fields_take_their_defaults(demo_document, tmp_path):
    document = {key: value for key, value in demo_document.items() if key != "counts"}
    document["tables"] = {"people": [{"id": 7, "name": "赵敏"}], "person_roles": [{"person_id": 7, "role": "volunteer"}]}
    target = open_database(tmp_path / "t.sqlite3", backup_dir=tmp_path / "b")
    data_file.import_data(target, data_file.validate_document(document))
    with target.engine.connect() as conn:
        row = conn.execute(sa.text("SELECT name, archived, created_at FROM people")).one()
    target.close()
    assert row[0] == "赵敏" and row[1] in (0, False) and row[2] is not None


@pytest.mark.parametrize("change, reason", [
    (lambda d: d.update(format="something-else"), "not_partyplan"),
    (lambda d: d.update(format_version=2), "newer_format"),
    (lambda d: d.update(format_version="1"), "not_partyplan"),
    (lambda d: d.update(schema_revision="9999_from_the_future"), "newer_schema"),
    (lambda d: d.pop("schema_revision"), "not_partyplan"),
    (lambda d: d.update(tables=[]), "invalid"),
])
def test_envelope_problems(demo_document, change, reason):
    document = copy.deepcopy(demo_document)
    change(document)
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.validate_document(document)
    assert caught.value.reason == reason


def test_an_older_schema_revision_is_accepted(demo_document):
    document = copy.deepcopy(demo_document)
    document["schema_revision"] = "0001_people"
    assert data_file.validate_document(document).revision == "0001_people"


def test_files_that_are_not_data_files(tmp_path):
    cases = {
        "utf16.json": ('{"format": "partyplan-data"}'.encode("utf-16"), "not_utf8"),
        "gbk.json": ('{"format": "党建"}'.encode("gbk"), "not_utf8"),
        "truncated.json": (b'{"format": "partyplan-data", "tables": {"people": [', "not_json"),
        "nan.json": (b'{"format": "partyplan-data", "x": NaN}', "not_json"),
        "deep.json": (b"[" * 100_000 + b"]" * 100_000, "not_json"),
        "bigint.json": (b'{"x": ' + b"9" * 10_000 + b"}", "not_json"),
        "list.json": (b"[1, 2, 3]", "not_partyplan"),
        "empty.json": (b"", "not_json"),
    }
    for name, (content, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(data_file.DataFileError) as caught:
            data_file.validate_document(data_file.read_data_file(path), str(path))
        assert caught.value.reason == reason, name
        assert data_texts.data_file_message(caught.value, None).count(str(path)) == 1
    with pytest.raises(data_file.DataFileError) as missing:
        data_file.read_data_file(tmp_path / "missing.json")
    assert missing.value.reason == "unreadable"
    with pytest.raises(data_file.DataFileError) as folder:
        data_file.read_data_file(tmp_path)
    assert folder.value.reason == "unreadable"


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB of nothing, sparse: cheap to make
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.read_data_file(path, max_bytes=10 * 1024 * 1024)
    assert caught.value.reason == "too_large"


def test_import_only_into_an_empty_store(database, demo_document, tmp_path):
    from partyplan.people import service
    from partyplan.people.validation import PersonData

    with database.session() as session:
        service.add_person(session, PersonData(name="已有的人"))
    path = write(tmp_path / "office.json", demo_document)
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.import_data_file(database, path)
    assert caught.value.reason == "not_empty" and "people" in caught.value.detail
    with database.session() as session:
        assert [p.name for p in service.list_people(session)] == ["已有的人"]


def test_a_failure_while_writing_rolls_everything_back(demo_document, fresh_location, tmp_path, monkeypatch):
    location = fresh_location("rollback")
    target = open_database(location, backup_dir=tmp_path / "b")
    data = data_file.validate_document(copy.deepcopy(demo_document))
    data.rows["plan_items"][3]["title"] = None  # slipped past the checks: the database refuses it
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.import_data(target, data)
    target.close()
    assert caught.value.reason == "write_failed"
    assert_empty(location)


def test_read_only_store_refuses_an_import(demo_document, tmp_path):
    path = tmp_path / "ro.sqlite3"
    open_database(path, backup_dir=tmp_path / "b").close()
    reader = open_database(path, read_only=True)
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.import_data_file(reader, write(tmp_path / "office.json", demo_document))
    reader.close()
    assert caught.value.reason == "read_only"


def test_the_export_is_private_and_atomic(database, tmp_path, monkeypatch):
    (tmp_path / "usb").mkdir()
    out = tmp_path / "usb" / "office.json"
    out.write_text("the previous export", encoding="utf-8")

    def failing_dump(_document):  # type: ignore[no-untyped-def]
        yield "{"
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(data_file, "_dump", failing_dump)
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.write_data_file(database, out)
    assert caught.value.reason == "disk_full" and str(out) in data_texts.data_file_message(caught.value, None)
    assert out.read_text(encoding="utf-8") == "the previous export" and [p.name for p in out.parent.iterdir()] == ["office.json"]
    monkeypatch.undo()
    data_file.write_data_file(database, out)
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    json.loads(out.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------------ docs


def test_the_documented_table_list_matches_the_models():
    spec = importlib.util.spec_from_file_location("make_data_format_doc", ROOT / "scripts" / "make_data_format_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = module.DOC.read_text(encoding="utf-8")
    assert module.render(current) == current, "run: python scripts/make_data_format_doc.py"
    for table in data_file.tables():
        assert f"### `{table.name}`" in current


# --------------------------------------------------------------------------------- command line


@pytest.fixture
def run_cli(cli):  # type: ignore[no-untyped-def]
    """In this process: `data check` in test_cli_data.py runs the real entry point."""
    return lambda *args: cli(*args, "--lang", "en")


def test_command_line_export_and_import(run_cli, demo_document, tmp_path):
    source = tmp_path / "office.sqlite3"
    db = open_database(source, backup_dir=tmp_path / "b")
    data_file.import_data(db, data_file.validate_document(copy.deepcopy(demo_document)))
    db.close()
    out = tmp_path / "out.json"
    exported = run_cli("data", "export", str(out), "--db", str(source))
    assert exported.returncode == 0, exported.stderr
    assert "records" in exported.stdout and str(out) in exported.stdout
    target = tmp_path / "copy.sqlite3"
    imported = run_cli("data", "import", str(out), "--db", str(target))
    assert imported.returncode == 0, imported.stderr
    one, two = open_database(source, backup_dir=tmp_path / "b"), open_database(target, backup_dir=tmp_path / "b")
    assert rows_of(one) == rows_of(two)
    one.close()
    two.close()
    again = run_cli("data", "import", str(out), "--db", str(target))
    assert again.returncode == 1 and "already holds data" in again.stderr
    assert not Path(str(target) + ".lock").exists(), "the lock is released"


def test_command_line_lists_every_bad_record_and_writes_nothing(run_cli, demo_document, tmp_path):
    document = copy.deepcopy(demo_document)
    for n in range(30):
        document["tables"]["people"][n]["birth_date"] = "sometime"
    bad = write(tmp_path / "bad.json", document)
    target = tmp_path / "target.sqlite3"
    result = run_cli("data", "import", str(bad), "--db", str(target))
    assert result.returncode == 1
    assert "problems found: 30" in result.stderr and "Traceback" not in result.stderr
    for n in range(30):
        assert f"people[{n}].birth_date: not a date" in result.stderr
    assert_empty(str(target))
