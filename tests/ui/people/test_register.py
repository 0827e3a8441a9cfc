"""The People tab as a user works it: dialog, table, filters, archive, delete, restart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from partyplan.db.database import open_database
from partyplan.db.models import Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.people.models import COLUMNS, PeopleModel


def visible_names(window) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.people_tab.proxy
    return [proxy.index(r, COLUMNS.index("name")).data() for r in range(proxy.rowCount())]


def fill(dialog, **values: str) -> None:  # type: ignore[no-untyped-def]
    for field, value in values.items():
        edit = dialog.edits[field]
        edit.clear()
        edit.setFocus()
        edit.insert(value)


def press_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_person_through_dialog_and_see_it_after_restart(qtbot, make_window, database, db_location, tmp_path):
    window = make_window(database)
    tab = window.people_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog, name="陈丽华", phone="139 7720 1234", birth_date="1978年6月3日", household="5-301",
         address="桥北路12号", joined_date="2001.7.1")
    dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
    dialog.role_boxes[Role.PARTY_MEMBER].click()
    dialog.role_boxes[Role.VOLUNTEER].click()
    dialog.category.setCurrentIndex(dialog.category.findData("in_service"))
    dialog.education.setCurrentIndex(dialog.education.findData("senior"))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert visible_names(window) == ["陈丽华"]
    assert tab.selected_ids(), "the new person is selected"
    window.close()

    reopened = open_database(db_location, backup_dir=tmp_path / "b")
    again = make_window(reopened)
    assert visible_names(again) == ["陈丽华"]
    row = again.people_tab.model.row_at(0)
    assert (row.phone, row.birth_date, row.joined_date) == ("13977201234", dt.date(1978, 6, 3), dt.date(2001, 7, 1))
    assert row.roles == {Role.PARTY_MEMBER, Role.VOLUNTEER} and row.party_category == "in_service"
    assert row.gender == "female" and row.education == "senior"
    table = again.people_tab.proxy
    assert table.index(0, COLUMNS.index("education")).data() == "Senior high / technical school"
    again.close()
    reopened.close()


def test_dialog_shows_every_problem_at_once_and_keeps_the_input(qtbot, window, database):
    tab = window.people_tab
    dialog = tab.add_person()
    fill(dialog, name="", phone="12ab", birth_date="1985年2月30日", joined_date="2099-01-01")
    press_ok(qtbot, dialog)
    assert dialog.isVisible(), "the dialog stays open"
    shown = {f: label.text() for f, label in dialog.errors.items() if not label.isHidden()}
    assert set(shown) == {"name", "phone", "birth_date", "joined_date"}, "an unreadable date hides nothing else"
    assert "does not exist" in shown["birth_date"], "February has no 30th: not just 'not a date'"
    assert "required" in shown["name"] and "digits" in shown["phone"] and "future" in shown["joined_date"]
    assert dialog.edits["phone"].text() == "12ab", "nothing typed is lost"

    fill(dialog, birth_date="1985年3月")
    press_ok(qtbot, dialog)
    shown = {f: label.text() for f, label in dialog.errors.items() if not label.isHidden()}
    assert "month alone" in shown["birth_date"], "a month is refused with its reason, not stored as the 1st"
    assert not shown["birth_date"] or dialog.errors["birth_date"].height() >= dialog.errors["birth_date"].heightForWidth(
        dialog.errors["birth_date"].width()), "a wrapped message is not squeezed"
    with database.session() as session:
        assert people.count_people(session) == 0

    fill(dialog, name="周敏", phone="13812345678", birth_date="1985年3月12日", joined_date="")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert visible_names(window) == ["周敏"]
    assert tab.model.row_at(0).birth_date == dt.date(1985, 3, 12)


def test_edit_person_by_double_click(qtbot, window, database):
    window.ops.add_person(PersonData(name="赵强", phone="13800000001"))
    tab = window.people_tab
    index = tab.proxy.index(0, 0)
    centre = tab.table.visualRect(index).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    dialog = tab.dialog
    assert dialog is not None and dialog.edits["name"].text() == "赵强"
    fill(dialog, unit="柳北供电所")
    press_ok(qtbot, dialog)
    with database.session() as session:
        assert people.list_people(session)[0].unit == "柳北供电所"


def test_search_role_and_status_filters(qtbot, window):
    ops = window.ops
    ops.add_person(PersonData(name="王建国", unit="居委会", roles={Role.CADRE, Role.PARTY_MEMBER}))
    ops.add_person(PersonData(name="李娜", address="跃进路5号", roles={Role.VOLUNTEER}))
    archived = ops.add_person(PersonData(name="孙立", roles={Role.VOLUNTEER}))
    ops.set_archived([archived], True)
    tab = window.people_tab
    assert sorted(visible_names(window)) == ["李娜", "王建国"]
    tab.search.setFocus()
    tab.search.insert("跃进")  # QTest types ASCII only; insert() is what an input method does
    assert visible_names(window) == ["李娜"]
    tab.search.clear()
    tab.role_filter.setCurrentIndex(tab.role_filter.findData("cadre"))
    assert visible_names(window) == ["王建国"]
    tab.role_filter.setCurrentIndex(tab.role_filter.findData("volunteer"))
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("all"))
    assert sorted(visible_names(window)) == ["孙立", "李娜"]
    assert "2 of 3" in tab.count_label.text()


def test_archive_restore_and_delete(qtbot, window, database, prompt_log):
    ops = window.ops
    ops.add_person(PersonData(name="甲"))
    ops.add_person(PersonData(name="乙"))
    tab = window.people_tab
    tab.table.selectRow(visible_names(window).index("甲"))
    assert tab.archive_button.text() == "Archive"
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    assert visible_names(window) == ["乙"]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("archived"))
    tab.table.selectRow(0)
    assert tab.archive_button.text() == "Restore"
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("active"))
    assert sorted(visible_names(window)) == ["乙", "甲"]

    tab.table.selectRow(visible_names(window).index("乙"))
    prompt_log.confirm_answer = False
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert sorted(visible_names(window)) == ["乙", "甲"], "cancelled: nothing deleted"
    prompt_log.confirm_answer = True
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert visible_names(window) == ["甲"]
    with database.session() as session:
        assert [r.name for r in people.list_people(session)] == ["甲"]


def test_people_model_passes_model_tester(qtmodeltester, database):
    from partyplan.ui.operations import Operations

    ops = Operations(database)
    ops.add_person(PersonData(name="甲", roles={Role.CADRE}, birth_date=dt.date(1970, 1, 1)))
    ops.add_person(PersonData(name="乙"))
    model = PeopleModel()
    model.set_rows(ops.people())
    qtmodeltester.check(model)


def test_clicking_a_header_sorts_by_pinyin_date_and_number_and_keeps_the_selection(qtbot, window):
    ops = window.ops
    for name, born, household in (("张伟", dt.date(1990, 5, 1), "12-101"), ("李娜", None, "3-502"),
                                  ("王芳", dt.date(1962, 3, 8), "3-21"), ("安宁", dt.date(1975, 1, 9), "")):
        ops.add_person(PersonData(name=name, birth_date=born, household=household or None))
    tab = window.people_tab
    header = tab.table.horizontalHeader()
    assert visible_names(window) == ["安宁", "李娜", "王芳", "张伟"], "names by pinyin from the start"
    tab.table.selectRow(visible_names(window).index("王芳"))

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, "birth_date"))
    assert visible_names(window) == ["王芳", "安宁", "张伟", "李娜"], "oldest first, no birth date last"
    selected = [tab.proxy.index(i.row(), 0).data() for i in tab.table.selectionModel().selectedRows()]
    assert selected == ["王芳"], "the selection follows its row"

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, "household"))
    assert visible_names(window) == ["王芳", "李娜", "张伟", "安宁"], "3-21, 3-502, 12-101 by number; empty last"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, "household"))
    assert visible_names(window) == ["张伟", "李娜", "王芳", "安宁"], "a second click turns the order round; empty still last"

    ops.add_person(PersonData(name="白云", household="3-300"))
    assert visible_names(window) == ["张伟", "李娜", "白云", "王芳", "安宁"], "a new person takes the chosen order"


def _section_centre(header, column: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    section = COLUMNS.index(column)
    header.parentWidget().scrollTo(header.parentWidget().model().index(0, section))
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)
