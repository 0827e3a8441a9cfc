"""Upgrading a store made before the district rules: every record starts at version 1, and people
recorded twice (two PCs adding the same person at once) are kept, every copy but the first archived
and named in the audit log, so the new uniqueness rule can hold and nothing is lost."""

from __future__ import annotations

import json

from sqlalchemy import select, text

from partyplan.db import migrate
from partyplan.db.database import open_database
from partyplan.db.engine import make_engine, resolve_url
from partyplan.db.models import AuditEntry, Person


def test_people_recorded_twice_are_archived_by_the_upgrade_and_logged(db_location, tmp_path):
    engine = make_engine(resolve_url(db_location))
    migrate.upgrade(engine, db_location, None, target="0007_store_identity")
    with engine.begin() as conn:
        for name, phone, id_number, archived in (
                ("张伟", "13800000050", None, False), ("张伟", "13800000050", None, False),  # the same, twice
                ("张伟", "13800000051", "110101199001011234", False), ("张伟", None, "110101199001011234", False),
                ("李娜", "13800000050", None, False), ("王强", "13800000052", None, True),
                ("王强", "13800000052", None, False)):
            conn.execute(text("INSERT INTO people (name, phone, id_number, archived) VALUES (:n, :p, :i, :a)"),
                         {"n": name, "p": phone, "i": id_number, "a": archived})
    engine.dispose()
    db = open_database(db_location, backup_dir=tmp_path / "backups")
    try:
        with db.session() as s:
            people = {p.id: p for p in s.scalars(select(Person))}
            log = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "people")).all()
        assert len(people) == 7, "nobody is deleted"
        assert [pid for pid, p in sorted(people.items()) if p.archived] == [2, 4, 6]
        assert {p.row_version for p in people.values()} == {1, 2}
        assert {(e.record_key, json.loads(e.new_values)["duplicate_of"]) for e in log} == {("2", 1), ("4", 3)}
        assert {e.user_name for e in log} == {"PartyPlan upgrade 0009"}
    finally:
        db.close()


def test_a_data_file_holds_the_uniqueness_rules_as_the_database_does(database, tmp_path):
    """A month's earlier published versions and an archived copy of a person are no duplicates (the rules
    cover drafts and active people); two active copies of a person are refused by record."""
    import pytest

    from partyplan.db.models import Roster, RosterStatus
    from partyplan.exchange import data_file

    with database.session() as s:
        s.add_all([Person(name="张伟", phone="13800000060"), Person(name="张伟", phone="13800000060", archived=True),
                   Roster(year=2026, month=11, version=1, status=RosterStatus.SUPERSEDED),
                   Roster(year=2026, month=11, version=2, status=RosterStatus.PUBLISHED),
                   Roster(year=2026, month=11, version=3, status=RosterStatus.DRAFT)])
    out = tmp_path / "office.json"
    data_file.write_data_file(database, out)
    document = data_file.parse_json(out.read_text(encoding="utf-8"))
    assert data_file.validate_document(document).total > 0
    for row in document["tables"]["people"]:  # the archived copy made active again: now a duplicate
        row["archived"] = False
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.validate_document(document)
    assert [p.code for p in caught.value.problems] == ["duplicate_key"]
    assert caught.value.problems[0].where.startswith("people[")
