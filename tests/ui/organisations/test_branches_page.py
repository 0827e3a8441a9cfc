"""People › Branches as the office uses it: set up the committee, its branches and groups, rename and move
them, put people in them from the page and from the register, archive a unit people belong to; the
register shows and filters by each person's unit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import OrgKind, Role
from partyplan.organisations import service as orgs
from partyplan.organisations.service import OrgData
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.operations import Operations
from partyplan.ui.organisations.page import BranchesPage
from partyplan.ui.people.models import COLUMNS
from partyplan.ui.people.tab import PeopleArea

D = dt.date


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """柳北桥社区党委 with 第一党支部 (one group, 桥东党小组) and 第二党支部; four members, 赵六 in none."""
    with database.session() as s:
        committee = orgs.create_org(s, OrgData(OrgKind.COMMITTEE, "柳北桥社区党委"))
        first = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部", committee))
        second = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第二党支部", committee))
        east = orgs.create_org(s, OrgData(OrgKind.GROUP, "桥东党小组", first))
        ids = {name: people.add_person(s, PersonData(name=name, roles={Role.PARTY_MEMBER}, joined_date=D(2010, 7, 1)))
               for name in ("张三", "李四", "王五", "赵六")}
        orgs.assign(s, [ids["张三"]], east)
        orgs.assign(s, [ids["李四"]], first)
        orgs.assign(s, [ids["王五"]], second)
    return {"committee": committee, "first": first, "second": second, "east": east, **ids}


@pytest.fixture
def page(qtbot, database, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    page = BranchesPage(Operations(database))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def names(model) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def unit_of(database, person_id: int) -> int | None:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return orgs.organisation_of(s, [person_id])[person_id]


def test_the_tree_shows_the_units_and_a_branch_its_groups_people(page, office):
    top = page.tree.topLevelItem(0)
    assert (top.text(0), top.childCount()) == ("柳北桥社区党委", 2)
    assert [top.child(0).text(0), top.child(0).child(0).text(0)] == ["第一党支部", "桥东党小组"]
    page.select(office["first"])
    assert names(page.members_model) == ["张三", "李四"], "a branch's members include its groups'"
    assert page.members_box.title() == "Members: 2"
    page.select(office["east"])
    assert names(page.members_model) == ["张三"]
    page.select(office["committee"])
    assert names(page.members_model) == ["张三", "李四", "王五"]
    assert not page.add_people_button.isEnabled(), "people belong to a branch or a group, not to the committee"


def test_a_new_group_is_refused_at_the_field_then_saved(page, office, database):
    page.select(office["second"])
    dialog = page.new_org()
    assert OrgKind(dialog.kind.currentData()) is OrgKind.GROUP, "under a branch, a party group by default"
    assert dialog.parent_org.currentData() == office["second"]
    ok(dialog)
    assert dialog.isVisible() and dialog.errors["name"].text() == "This field is required."
    dialog.name.setText("桥东党小组")
    ok(dialog)
    assert dialog.isVisible() and "already exists" in dialog.errors["name"].text()
    dialog.parent_org.setCurrentIndex(dialog.parent_org.findData(office["committee"]))
    dialog.name.setText("北雀党小组")
    ok(dialog)
    assert dialog.isVisible() and "A party group belongs to a branch" in dialog.errors["parent"].text()
    assert dialog.name.text() == "北雀党小组", "nothing typed is lost"
    dialog.parent_org.setCurrentIndex(dialog.parent_org.findData(office["second"]))
    ok(dialog)
    assert not dialog.isVisible()
    with database.session() as s:
        row = next(r for r in orgs.list_orgs(s) if r.name == "北雀党小组")
    assert (row.kind, row.parent_id) == (OrgKind.GROUP, office["second"])
    assert page.selected_org() == row.id, "the new unit is selected"


def test_rename_and_move_a_group_to_another_branch(page, office, database):
    page.select(office["east"])
    dialog = page.edit_org()
    assert dialog.parent_org.findData(office["east"]) == -1, "a unit cannot stand under itself"
    dialog.name.setText("桥东第一党小组")
    dialog.parent_org.setCurrentIndex(dialog.parent_org.findData(office["second"]))
    ok(dialog)
    with database.session() as s:
        row = orgs.get_org(s, office["east"])
    assert (row.name, row.parent_id) == ("桥东第一党小组", office["second"])
    page.select(office["second"])
    assert names(page.members_model) == ["张三", "王五"], "the group's people moved with it"


def test_a_unit_people_belong_to_is_archived_not_deleted(page, office, database, prompt_log):
    page.select(office["east"])
    page.delete_org()
    assert "is archived" in prompt_log.infos[-1]
    with database.session() as s:
        assert orgs.get_org(s, office["east"]).archived
    assert page._item(office["east"]) is None, "archived units are hidden"
    page.show_archived.setChecked(True)
    page.select(office["east"])
    assert page.delete_button.text() == "Restore"
    page.delete_org()
    with database.session() as s:
        assert not orgs.get_org(s, office["east"]).archived
    page.select(office["second"])
    dialog = page.new_org()
    dialog.name.setText("空小组")
    ok(dialog)
    page.delete_org()
    with database.session() as s:
        assert "空小组" not in [r.name for r in orgs.list_orgs(s, include_archived=True)], "an empty unit is deleted"


def test_add_people_from_the_register_and_move_them_on_this_page(page, office, database):
    page.select(office["second"])
    picker = page.add_people()
    picker.set_checked(office["赵六"], True)
    picker.set_checked(office["王五"], False)
    picker.accept()
    assert unit_of(database, office["赵六"]) == office["second"]
    assert unit_of(database, office["王五"]) is None, "unticked: taken out of the branch"
    assert names(page.members_model) == ["赵六"]
    page.members.selectRow(0)
    dialog = page.assign_selected()
    assert dialog.chosen() == office["second"], "the dialog starts at the unit they are in"
    dialog.choose(office["east"])
    ok(dialog)
    assert unit_of(database, office["赵六"]) == office["east"]
    page.select(office["first"])
    assert names(page.members_model) == ["张三", "李四", "赵六"]
    page.members.selectAll()
    page.remove_selected()
    assert unit_of(database, office["张三"]) is None and names(page.members_model) == []


def test_the_register_shows_filters_and_assigns_units(qtbot, database, office, prompt_log):
    i18n.install("en")
    area = PeopleArea(Operations(database))
    qtbot.addWidget(area)
    area.show()
    register = area.register
    column = COLUMNS.index("organisation")
    shown = {register.proxy.index(r, 0).data(): register.proxy.index(r, column).data()
             for r in range(register.proxy.rowCount())}
    assert shown == {"张三": "桥东党小组", "李四": "第一党支部", "王五": "第二党支部", "赵六": ""}
    assert register.model.headerData(column, register.table.horizontalHeader().orientation()) == "Branch / group"
    register.unit_filter.setCurrentIndex(register.unit_filter.findData(office["first"]))
    assert names(register.proxy) == ["张三", "李四"], "a branch's filter takes in its groups"
    register.unit_filter.setCurrentIndex(register.unit_filter.findText("In no branch"))
    assert names(register.proxy) == ["赵六"]
    register.table.selectRow(0)
    register.assign_action.trigger()
    dialog = area.branches.dialog
    assert dialog.isVisible() and "赵六" in dialog.who.text()
    dialog.choose(office["second"])
    ok(dialog)
    assert unit_of(database, office["赵六"]) == office["second"]
    assert names(register.proxy) == [], "the register follows at once: 赵六 is in a branch now"
    register.unit_filter.setCurrentIndex(0)
    area.branches.select(office["second"])
    dialog = area.branches.edit_org()
    dialog.name.setText("第二党支部（新）")
    ok(dialog)
    row = register.model.row_of(office["赵六"])
    assert register.model.index(row, column).data() == "第二党支部（新）", "a rename shows in the register"
