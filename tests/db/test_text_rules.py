"""Control characters never reach the store; a text longer than its column is refused on both stores.

Pasted text and hostile files bring NUL, bell, escape and Word's vertical-tab line breaks; kept, they
made the Excel and Word exports fail (XML cannot hold them) and PostgreSQL refuse the copy. A text
longer than its VARCHAR column was stored by SQLite and refused by PostgreSQL only when saved there.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import select

from partyplan.db.models import DutyLogEntry, Person, PlanItem, PlanSection
from partyplan.db.text_rules import TextTooLongError, clean_text
from partyplan.exchange import data_file
from partyplan.people import service as people
from partyplan.people.sheet_export import export_people
from partyplan.people.validation import PersonData
from partyplan.plans import export as plan_export
from partyplan.plans import service as plans
from partyplan.rosters import duty_log, duty_log_export
from partyplan.texts import error_message

HOSTILE = "张\x00三\x07\x1b[31m\x0b第二行\x0c第三行\ud800\ufffe\ttab"
CLEAN = "张三[31m\n第二行\n第三行\ttab"


def test_clean_text_keeps_tabs_and_line_breaks_and_drops_the_rest():
    assert clean_text(HOSTILE) == CLEAN
    plain = "居民\t来访\r\n"
    assert clean_text(plain) is plain


def test_every_front_ends_writes_are_cleaned_so_exports_and_copies_work(database, tmp_path):
    with database.session() as session:
        person_id = people.add_person(session, PersonData(name="王\x00五", address="柳北\x07桥", notes=HOSTILE))
        plan_id = plans.create_plan(session, plans.PlanData(year=2026, title="计划\x1b", guiding_text=HOSTILE))
        section_id = plans.add_section(session, plan_id, "第一部分\x00")
        item_id = plans.add_item(session, section_id, "事项\x0b第二行")
        plans.update_item(session, item_id, {"description": HOSTILE, "responsible_unit": "党\x01委"})
        plans.add_note(session, item_id, HOSTILE, noted_on=dt.date(2026, 3, 1))
        duty_log.add_entry(session, duty_log.EntryData(day=dt.date(2026, 3, 2), resident_name="李\x00四",
                                                       matter=HOSTILE, answer="已\x08答复"),
                           today=dt.date(2026, 3, 31))
    with database.session() as session:
        person = session.get(Person, person_id)
        assert (person.name, person.address, person.notes) == ("王五", "柳北桥", CLEAN)
        assert session.scalars(select(PlanSection.title)).one() == "第一部分"
        item = session.scalars(select(PlanItem)).one()
        assert (item.title, item.description, item.responsible_unit) == ("事项\n第二行", CLEAN, "党委")
        entry = session.scalars(select(DutyLogEntry)).one()
        assert (entry.resident_name, entry.matter, entry.answer) == ("李四", CLEAN, "已答复")
        export_people(session, tmp_path / "people.xlsx", language="zh_CN")
        plan_export.write_docx(session, plan_id, tmp_path / "plan.docx")
        plan_export.write_xlsx(session, plan_id, tmp_path / "plan.xlsx")
        duty_log_export.write_xlsx(session, 2026, 3, tmp_path / "log.xlsx")
    assert load_workbook(tmp_path / "people.xlsx").active.max_row >= 2
    assert any("事项" in p.text for p in Document(str(tmp_path / "plan.docx")).paragraphs)
    with data_file.snapshot(database) as conn:  # what a copy to PostgreSQL checks first
        data_file.validate_document(data_file.export_document(conn), "store")


def test_a_text_longer_than_its_column_is_refused_on_both_stores(database):
    with database.session() as session:
        plan_id = plans.create_plan(session, plans.PlanData(year=2026, title="年度计划"))
        section_id = plans.add_section(session, plan_id, "一、组织建设")
        item_id = plans.add_item(session, section_id, "召开支委会")
    with pytest.raises(TextTooLongError) as caught:
        with database.session() as session:
            plans.update_item(session, item_id, {"responsible_unit": "社区党委" * 51})
    assert (caught.value.table, caught.value.column, caught.value.limit, caught.value.length) == (
        "plan_items", "responsible_unit", 200, 204)
    message = error_message(caught.value)
    assert "204 characters" in message and "at most 200" in message and "社区党委社区党委" in message
    with pytest.raises(TextTooLongError):
        with database.session() as session:
            plans.create_plan(session, plans.PlanData(year=2027, title="题" * 201))
    with database.session() as session:
        assert session.get(PlanItem, item_id).responsible_unit == "", "nothing was saved"
        assert len(plans.list_plans(session)) == 1
        plans.update_item(session, item_id, {"responsible_unit": "社区党委" * 50})  # exactly 200 fits


def test_a_data_file_with_control_characters_is_refused_by_record(database, tmp_path):
    with data_file.snapshot(database) as conn:
        document = data_file.export_document(conn)
    document["tables"]["people"] = [{"id": 1, "name": "赵\x07六", "archived": False}]
    document["counts"]["people"] = 1
    path = tmp_path / "bell.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(data_file.DataFileError) as caught:
        data_file.import_data_file(database, path)
    assert [(p.where, p.code, p.detail) for p in caught.value.problems] == [("people[0].name", "bad_character", "U+0007")]
