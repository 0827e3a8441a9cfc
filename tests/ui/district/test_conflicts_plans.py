"""A plan item edited in a tree that another PC's save has overtaken."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan.db.models import PlanItem
from partyplan.enums import ItemStatus
from partyplan.plans import service
from partyplan.plans.service import PlanData
from partyplan.ui import conflicts


def plans_tab(make_window, database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        plan_id = service.create_plan(s, PlanData(year=2026, title="2026年工作计划"))
        section = service.add_section(s, plan_id, "第一季度", quarter=1, number="一")
        item = service.add_item(s, section, "春节慰问困难党员", number="1")
    window = make_window(database)
    window.show_tab("plans")
    return window.plans_tab, item


def set_status_in_view(tab, item: int, status: ItemStatus) -> None:  # type: ignore[no-untyped-def]
    index = tab.model.index_of(("item", item))
    assert tab.proxy.setData(tab.proxy.mapFromSource(tab.model.index(index.row(), 3, index.parent())), status.value)
    QCoreApplication.processEvents()  # inline edits are applied right after the view's call returns


def other_pc_marks_done(database, item: int) -> None:  # type: ignore[no-untyped-def]
    with database.session() as s:
        service.update_item(s, item, {"status": ItemStatus.DONE})


def stored_status(database, item: int) -> ItemStatus:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return s.get(PlanItem, item).status


def test_a_done_marked_on_another_pc_is_not_silently_reverted(make_window, database, conflict_answers):
    tab, item = plans_tab(make_window, database)
    other_pc_marks_done(database, item)
    set_status_in_view(tab, item, ItemStatus.CANCELLED)  # Cancel: nothing saved, nothing to undo
    [shown] = conflict_answers.shown
    assert (shown.theirs["status"], shown.mine["status"]) == ("done", "cancelled")
    assert stored_status(database, item) is ItemStatus.DONE
    assert not tab.undo_stack.canUndo(), "a step that was not saved is not on the undo stack"

    conflict_answers.answer = conflicts.TAKE_THEIRS
    set_status_in_view(tab, item, ItemStatus.CANCELLED)
    node = tab.model.node(tab.model.index_of(("item", item)))
    assert node.data.status is ItemStatus.DONE, "the tree shows theirs"
    assert stored_status(database, item) is ItemStatus.DONE

    with database.session() as s:  # the other PC saves again
        service.update_item(s, item, {"title": "春节走访慰问"})
    conflict_answers.answer = conflicts.KEEP_MINE
    set_status_in_view(tab, item, ItemStatus.CANCELLED)
    assert stored_status(database, item) is ItemStatus.CANCELLED
    assert tab.undo_stack.canUndo()
    tab.undo_stack.undo()
    assert stored_status(database, item) is ItemStatus.DONE
