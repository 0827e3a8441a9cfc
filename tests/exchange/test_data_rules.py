"""A data file is held to the rules the forms check, not only to the schema: each broken rule is named
by its record, and nothing is written."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from partyplan.db.database import open_database
from partyplan.exchange import data_file, data_rules
from partyplan.texts import data_safety as data_texts


@pytest.fixture(scope="module")
def demo_document(demo_store_file) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    db = open_database(demo_store_file, read_only=True)
    with data_file.snapshot(db) as conn:
        document = data_file.export_document(conn)
    db.close()
    return document


def first(document: dict[str, Any], table: str, **where: Any) -> tuple[int, dict[str, Any]]:
    for index, row in enumerate(document["tables"][table]):
        if all(row.get(k) == v for k, v in where.items()):
            return index, row
    raise AssertionError(f"no {table} row with {where}")


def hostile(demo_document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The demo data with one record of each kind broken the way no form allows; returns the document
    and the expected problem for each record path."""
    doc = copy.deepcopy(demo_document)
    expected = {}
    i, plan = first(doc, "plans")
    plan["year"] = 99999
    expected[f"plans[{i}].year"] = "not_between"
    i, section = next((n, s) for n, s in enumerate(doc["tables"]["plan_sections"]) if s["parent_id"] is None)
    section["parent_id"] = section["id"]
    expected[f"plan_sections[{i}].parent_id"] = "own_parent"
    i, item = first(doc, "plan_items")
    item["quarter"] = 9
    expected[f"plan_items[{i}].quarter"] = "not_between"
    i, item = first(doc, "plan_items", parent_id=None)
    i = next(n for n, other in enumerate(doc["tables"]["plan_items"]) if other["id"] != item["id"]
             and other["parent_id"] is None and n > 0)
    doc["tables"]["plan_items"][i]["parent_id"] = doc["tables"]["plan_items"][i]["id"]
    expected[f"plan_items[{i}].parent_id"] = "own_parent"
    i, person = first(doc, "people")
    person["phone"] = "call me"
    expected[f"people[{i}].phone"] = "person_rule"
    j = next(n for n, p in enumerate(doc["tables"]["people"]) if n != i)
    doc["tables"]["people"][j]["id_number"] = "110101199003070001"  # the check digit should be 8
    expected[f"people[{j}].id_number"] = "person_rule"
    i, roster = first(doc, "rosters")
    roster["month"] = 13
    expected[f"rosters[{i}].month"] = "not_between"
    return doc, expected


def test_records_breaking_the_forms_rules_are_named_and_nothing_is_written(demo_document, tmp_path):
    document, expected = hostile(demo_document)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    target = open_database(tmp_path / "new.sqlite3", backup_dir=tmp_path / "b")
    try:
        with pytest.raises(data_file.DataFileError) as caught:
            data_file.import_data_file(target, path)
        with target.engine.connect() as conn:
            data_file.ensure_empty(conn, "new")
    finally:
        target.close()
    found = {p.where: p.code for p in caught.value.problems}
    assert {where: found.get(where) for where in expected} == expected
    message = data_texts.data_file_message(caught.value, shown=None)
    assert "is its own parent" in message and "outside 1–4" in message and "outside 1949–2200" in message
    assert "fails its check digit" in message and "5 to 15 digits" in message


def test_the_demo_data_breaks_no_rule(demo_document):
    data_file.validate_document(demo_document, "demo")  # the rules are the forms', which made it


def test_every_rule_names_a_table_and_columns_that_exist():
    """A rule on a renamed column would silently never fire."""
    import inspect

    columns = {t.name: {c.name for c in t.columns} for t in data_file.tables()}
    for table, checks in data_rules.RULES.items():
        assert table in columns, table
        for rule in checks:
            named = [v for v in inspect.getclosurevars(rule).nonlocals.values() if isinstance(v, str)]
            assert set(named) <= columns[table], (table, named)
