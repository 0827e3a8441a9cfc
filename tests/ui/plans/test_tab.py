"""The Plans tab as staff use it: make a plan, mark progress, filter, undo, targets, drag to reorder."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from partyplan.db.models import ItemStatus, Recurrence, Role
from partyplan.people.validation import PersonData
from partyplan.plans import service
from partyplan.plans.service import PlanData
from partyplan.ui.plans.tree_model import NODE_ROLE


@pytest.fixture
def planned(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        plan_id = service.create_plan(s, PlanData(year=2026, title="2026年工作计划"))
        q1 = service.add_section(s, plan_id, "第一季度", quarter=1, number="一")
        q2 = service.add_section(s, plan_id, "第二季度", quarter=2, number="二")
        items = [service.add_item(s, q1, "召开党委扩大会议", number="1"),
                 service.add_item(s, q1, "春节慰问困难党员", number="2", responsible_unit="社区居委会"),
                 service.add_item(s, q2, "植树活动", number="1"),
                 service.add_item(s, q2, "情况通报会", number="2", recurrence=Recurrence.QUARTERLY)]
    return plan_id, (q1, q2), items


@pytest.fixture
def tab(make_window, database, planned):  # type: ignore[no-untyped-def]
    window = make_window(database)
    window.show_tab("plans")
    return window.plans_tab


def visible(tab) -> list[str]:  # type: ignore[no-untyped-def]
    """Titles of the rows the user sees, depth first."""
    rows: list[str] = []

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(tab.proxy.rowCount(parent)):
            index = tab.proxy.index(row, 0, parent)
            rows.append(index.data())
            walk(index)

    walk(tab.tree.rootIndex())
    return rows


def progress_text(tab, section_id: int) -> str:  # type: ignore[no-untyped-def]
    index = tab.model.index_of(("section", section_id))
    return tab.model.index(index.row(), 4, index.parent()).data()


def select(tab, key) -> None:  # type: ignore[no-untyped-def]
    tab.select_key(key)
    assert tab.selected_key() == key


def test_empty_office_is_invited_to_start_a_plan(qtbot, make_window, database):
    window = make_window(database)
    tab = window.plans_tab
    assert tab.stack.currentIndex() == 0 and "No plans yet" in tab.empty_title.text()
    qtbot.mouseClick(tab.buttons["empty_new"], Qt.MouseButton.LeftButton)
    dialog = tab.actions.dialog
    dialog.title.setText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "required" in dialog.error.text()
    dialog.year.setValue(2027)
    dialog.title.setText("2027年工作计划")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert tab.stack.currentIndex() == 1 and tab.plan_combo.currentText() == "2027  2027年工作计划"


def test_status_change_in_the_panel_moves_section_progress(tab, planned):
    _plan, (q1, _q2), items = planned
    assert progress_text(tab, q1) == "0/2"
    select(tab, ("item", items[0]))
    panel = tab.panel
    panel.status.setCurrentIndex(panel.status.findData(ItemStatus.DONE.value))
    assert progress_text(tab, q1) == "1/2"
    assert "Q1  1/" in tab.quarter_bars[1].format()
    item_index = tab.model.index_of(("item", items[0]))
    assert tab.model.index(item_index.row(), 4, item_index.parent()).data() == dt.date.today().isoformat()
    qtbot_undo = tab.buttons["undo"]
    assert qtbot_undo.isEnabled()
    qtbot_undo.click()
    assert progress_text(tab, q1) == "0/2"


def settle() -> None:
    """Inline edits and drops are applied right after the view's call returns."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()


def test_inline_status_edit_through_the_view(tab, planned):
    _plan, (q1, _q2), items = planned
    index = tab.model.index_of(("item", items[1]))
    status_cell = tab.proxy.mapFromSource(tab.model.index(index.row(), 3, index.parent()))
    assert tab.proxy.setData(status_cell, ItemStatus.CANCELLED.value)
    settle()
    assert progress_text(tab, q1) == "0/1"  # cancelled work leaves the total
    index = tab.model.index_of(("item", items[1]))  # the tree was reloaded: indexes are new
    title_cell = tab.proxy.mapFromSource(tab.model.index(index.row(), 0, index.parent()))
    assert not tab.proxy.setData(title_cell, "   "), "an empty title is refused"
    assert tab.proxy.setData(title_cell, "春节走访慰问")
    settle()
    assert "春节走访慰问" in visible(tab)[2]


def test_delete_undo_redo(tab, planned):
    _plan, _sections, items = planned
    select(tab, ("item", items[2]))
    tab.buttons["delete"].click()
    assert not any("植树" in row for row in visible(tab))
    tab.buttons["undo"].click()
    assert any("植树" in row for row in visible(tab))
    tab.buttons["redo"].click()
    assert not any("植树" in row for row in visible(tab))


def test_add_section_and_item_then_undo(tab, planned):
    tab.buttons["add_section"].click()
    key = tab.selected_key()
    assert key[0] == "section" and visible(tab)[-1] == "New section"
    tab.buttons["add_item"].click()
    assert tab.selected_key()[0] == "item" and visible(tab)[-1] == "New item"
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    assert "New section" not in visible(tab)


def test_filters_by_status_quarter_responsible_and_text(tab, planned):
    _plan, _sections, items = planned
    with tab.ops.db.session() as s:
        service.update_item(s, items[0], {"status": ItemStatus.DONE})
    tab.reload_tree()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(ItemStatus.DONE.value))
    assert visible(tab) == ["一  第一季度", "1. 召开党委扩大会议"]
    tab.status_filter.setCurrentIndex(0)
    tab.quarter_filter.setCurrentIndex(tab.quarter_filter.findData(2))
    assert visible(tab) == ["二  第二季度", "1. 植树活动", "2. 情况通报会"]
    tab.quarter_filter.setCurrentIndex(tab.quarter_filter.findData(3))
    assert visible(tab) == ["二  第二季度", "2. 情况通报会"]  # a quarterly item appears in every quarter
    tab.quarter_filter.setCurrentIndex(0)
    tab.responsible_filter.setText("居委会")
    assert visible(tab) == ["一  第一季度", "2. 春节慰问困难党员"]
    tab.responsible_filter.clear()
    tab.search.setText("植树")
    assert visible(tab) == ["二  第二季度", "1. 植树活动"]
    tab.search.clear()
    tab.overdue_filter.setChecked(True)  # today is past Q1 and Q2 of 2026
    if dt.date.today() > dt.date(2026, 6, 30):
        assert "1. 召开党委扩大会议" not in visible(tab) and "2. 春节慰问困难党员" in visible(tab)


def test_drag_an_item_into_another_section_and_undo(tab, planned):
    _plan, (q1, q2), items = planned
    source = tab.model.index_of(("item", items[2]))
    mime = tab.model.mimeData([source])
    q1_index = tab.model.index_of(("section", q1))
    assert tab.model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, q1_index)
    tab.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, q1_index)
    settle()
    assert visible(tab)[:4] == ["一  第一季度", "1. 植树活动", "1. 召开党委扩大会议", "2. 春节慰问困难党员"]
    onto_item = tab.model.index_of(("item", items[0]))
    assert not tab.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, onto_item)
    tab.undo_stack.undo()
    assert visible(tab) == ["一  第一季度", "1. 召开党委扩大会议", "2. 春节慰问困难党员", "二  第二季度", "1. 植树活动", "2. 情况通报会"]


def test_recurring_item_periods_in_the_panel(tab, planned):
    _plan, (_q1, q2), items = planned
    select(tab, ("item", items[3]))
    combos = tab.panel.occurrence_combos
    assert sorted(combos) == [1, 2, 3, 4] and not tab.panel.status.isEnabled()
    combos[2].setCurrentIndex(combos[2].findData(ItemStatus.DONE.value))
    assert progress_text(tab, q2) == "1/5"
    index = tab.model.index_of(("item", items[3]))
    assert tab.model.index(index.row(), 3, index.parent()).data() == "1 of 4 done"


def test_responsible_people_and_notes(tab, planned):
    _plan, _sections, items = planned
    person = tab.ops.add_person(PersonData(name="李书记", roles={Role.CADRE}))
    select(tab, ("item", items[0]))
    picker = tab.actions.choose_people(items[0])
    picker.set_checked(person, True)
    picker.accept()
    index = tab.model.index_of(("item", items[0]))
    assert tab.model.index(index.row(), 1, index.parent()).data() == "李书记"
    tab.panel.note_text.setText("已发通知")
    tab.panel.note_add.click()
    assert tab.panel.notes.count() == 1 and "已发通知" in tab.panel.notes.item(0).text()


def test_targets_added_and_recorded_through_dialogs(tab):
    dialog = tab.actions.add_target()
    dialog.indicator.setText("市级示范点")
    dialog.value.setValue(2)
    dialog.unit.setText("个")
    dialog.accept()
    assert tab.targets_model.rowCount() == 1
    tab.targets.selectRow(0)
    actual = tab.actions.record_actual()
    actual.value.setValue(1)
    actual.accept()
    row = tab.targets_model.row_at(0)
    assert (row.actual, row.attainment, row.met) == (1, 0.5, False)
    assert tab.targets_model.index(0, 3).data() == "50%"


def test_copy_to_next_year_and_delete_plan(tab, planned, prompt_log):
    plan_id, _sections, _items = planned
    prompt_log.answers = [2027]
    tab.actions.copy_plan()
    assert tab.plan_combo.currentText().startswith("2027") and tab.plan_id != plan_id
    assert "1. 植树活动" in visible(tab)
    tab.actions.delete_plan()
    assert tab.plan_combo.count() == 1 and tab.plan_id == plan_id


SAMPLES = __import__("pathlib").Path(__file__).resolve().parents[2] / "fixtures" / "plans"


def test_import_pasted_chinese_plan_after_preview(qtbot, tab, database):
    dialog = tab.actions.import_plan()
    dialog.text.setPlainText((SAMPLES / "zh-community-party-committee-2026.txt").read_text(encoding="utf-8"))
    dialog.refresh_preview()
    preview = dialog.preview_model
    titles = [preview.item(r).text() for r in range(preview.rowCount())]
    assert titles[0].startswith("一") and "抓好制度建设" in titles[0] and titles[-1].startswith("Kept as notes")
    assert "Sections: 4 · items: 13" in dialog.summary.text()
    assert dialog.title.text() == "柳北桥社区党委2026年工作计划"
    with database.session() as s:
        assert len(service.list_plans(s)) == 1, "nothing saved before Import"
    dialog.year.setValue(2026)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert tab.plan_combo.currentText() == "2026  柳北桥社区党委2026年工作计划"
    tree = tab.model.tree
    assert [len(s.items) + sum(len(c.items) for c in s.sections) for s in tree.sections] == [4, 3, 3, 3]
    assert "推荐文章" in tree.plan.notes


def test_import_preview_points_out_sections_without_items_and_imports_headings_as_tasks(tab, database):
    dialog = tab.actions.import_plan()
    dialog.text.setPlainText(
        "2027年党建工作计划\n一、指导思想\n以党的创新理论为指导。\n二、加强组织建设\n"
        "（一）做好发展党员工作。全年发展党员2名。\n（二）规范组织生活。一是每月开展主题党日；二是按季度召开支部党员大会。\n")
    dialog.refresh_preview()
    preview = dialog.preview_model
    guide, organisation = preview.item(0), preview.item(1)
    assert guide.text() == "一  指导思想  (no items)" and guide.background().color().name() == "#fff4cc"
    assert organisation.text() == "二  加强组织建设"
    # （二） has its 一是/二是 points: a sub-section with two tasks; （一） has nothing under it and
    # keeps its place beside （二）, holding itself as its one task
    assert [organisation.child(r).text() for r in range(organisation.rowCount())] == ["一  做好发展党员工作", "二  规范组织生活"]
    assert organisation.child(0).child(0).text() == "做好发展党员工作。全年发展党员2名。"
    summary = dialog.summary.text()
    assert "Sections: 2 · items: 3" in summary and "Sections without items, with nothing to track (1): 一  指导思想" in summary
    dialog.year.setValue(2027)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    tree = tab.model.tree
    assert [(s.title, [i.title for i in s.items], [(c.title, [i.title for i in c.items]) for c in s.sections])
            for s in tree.sections] == [
        ("指导思想", [], []),
        ("加强组织建设", [], [("做好发展党员工作", ["做好发展党员工作。全年发展党员2名。"]),
                        ("规范组织生活", ["一是每月开展主题党日；", "二是按季度召开支部党员大会。"])]),
    ]


def test_import_from_word_says_what_the_file_held_that_is_left_out(tab, prompt_log, tmp_path):
    from tests.plans.test_text_import import TRACKED_NOTES, TRACKED_PLAN, word_file

    prompt_log.files = [str(word_file(tmp_path / "计划.docx", TRACKED_PLAN, footnotes=TRACKED_NOTES, header="东湖社区"))]
    dialog = tab.actions.import_plan()
    dialog.open_file()
    assert "5. 表彰10名优秀党员〔含“两优一先”表彰。〕。" in dialog.text.toPlainText()
    assert "Left out of the Word file: tracked deletions (1), comments (1), headers and footers (1)." in (
        dialog.summary.text())
    assert "Sections: 2 · items: 6" in dialog.summary.text()


def test_import_dialog_refuses_a_binary_file_and_cancel_writes_nothing(tab, database, prompt_log, tmp_path):
    picture = tmp_path / "scan.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    dialog = tab.actions.import_plan()
    prompt_log.files = [str(picture)]
    dialog.open_file()
    assert len(prompt_log.errors) == 1 and "scan.txt" in prompt_log.errors[0]
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.text.setPlainText("一、学习\n1. 读书")
    dialog.reject()
    with database.session() as s:
        assert len(service.list_plans(s)) == 1


def test_export_buttons_write_files(tab, prompt_log, tmp_path, settle):
    prompt_log.files = [str(tmp_path / "plan"), str(tmp_path / "progress")]
    tab.actions.export_docx()
    settle()
    tab.actions.export_xlsx()
    settle()
    assert (tmp_path / "plan.docx").exists() and (tmp_path / "progress.xlsx").exists()
    assert len(prompt_log.infos) == 2 and prompt_log.errors == []


def test_import_error_message_names_the_file_and_the_reason(tab, prompt_log, tmp_path):
    picture = tmp_path / "scan.txt"
    picture.write_bytes(b"\x00\x01\x02" * 100)
    dialog = tab.actions.import_plan()
    prompt_log.files = [str(picture)]
    dialog.open_file()
    assert "not a text document" in prompt_log.errors[0]


def test_text_fields_stop_at_what_the_store_holds_and_control_characters_are_dropped(qtbot, tab, planned, database):
    """The responsible unit holds 200 characters on both stores; pasting 300 keeps 200, never a refusal
    at save time on PostgreSQL; a bell pasted with the text is dropped before it reaches the store."""
    from PySide6.QtGui import QGuiApplication

    _plan, _sections, items = planned
    select(tab, ("item", items[0]))
    panel = tab.panel
    panel.unit.setFocus()
    panel.unit.clear()
    QGuiApplication.clipboard().setText("社区\x07党委" * 75)  # 300 characters and a bell in each
    panel.unit.paste()
    qtbot.keyClick(panel.unit, Qt.Key.Key_Return)
    settle()
    with database.session() as s:
        stored = service.load_tree(s, _plan).sections[0].items[0].responsible_unit
    assert len(stored) <= 200 and "\x07" not in stored and stored.startswith("社区党委社区党委")
