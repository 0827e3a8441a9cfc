"""A duty changed by hand on a roster whose cell another PC changed meanwhile."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan import i18n
from partyplan.enums import Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.rosters import service, setup
from partyplan.ui import conflicts
from partyplan.ui.operations import Operations
from partyplan.ui.rosters.grid import RosterGridPage

DAY = dt.date(2026, 11, 3)


@pytest.fixture
def cadres(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        ids = [people.add_person(s, PersonData(name=f"干部{n:02d}", roles={Role.CADRE})) for n in range(8)]
        setup.seed_default_shifts(s)
        for pid in ids[:3]:
            setup.save_member(s, pid, setup.MemberData(tags=frozenset({"leader"})))
    return ids


@pytest.fixture
def page(qtbot, database, cadres, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    widget = RosterGridPage(Operations(database))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.set_month(2026, 11)
    with qtbot.waitSignal(widget.sig_generation_finished, timeout=60000):
        widget.buttons["generate"].click()
    return widget


def edit_and_other_pc_first(page, database, cadres, mine: list[int], theirs: list[int]):  # type: ignore[no-untyped-def]
    shift = page.view.shifts[0].id
    dialog = page.edit_cell(DAY, shift)
    with database.session() as s:  # another PC, while the dialog is open
        service.set_cell(s, page.view.id, DAY, shift, theirs)
    for pid in cadres:
        dialog.set_checked(pid, pid in mine)
    dialog.accept()
    return shift


def cell(database, roster_id: int, shift: int) -> list[int]:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return sorted(service.cell_people(s, roster_id, DAY, shift)[0])


def test_a_duty_added_on_another_pc_is_not_silently_dropped(page, database, cadres, conflict_answers):
    shift = edit_and_other_pc_first(page, database, cadres, [cadres[6]], [cadres[5]])
    [shown] = conflict_answers.shown
    assert shown.theirs["names"] == ["干部05"] and shown.mine["names"] == ["干部06"]
    assert shown.label.startswith("The duty of 2026-11-03, ")
    assert cell(database, page.view.id, shift) == [cadres[5]], "Cancel saves nothing"
    assert not page.undo_stack.canUndo()

    conflict_answers.answer = conflicts.TAKE_THEIRS
    shift = edit_and_other_pc_first(page, database, cadres, [cadres[6]], [cadres[4]])
    assert page.model.index(DAY.day - 1, 1).data() == "干部04", "the view shows theirs"

    conflict_answers.answer = conflicts.KEEP_MINE
    shift = edit_and_other_pc_first(page, database, cadres, [cadres[6], cadres[7]], [cadres[3]])
    assert cell(database, page.view.id, shift) == [cadres[6], cadres[7]]
    assert page.undo_stack.canUndo()


def test_a_month_changed_on_another_pc_while_generating_is_said_and_nothing_stored(
        qtbot, page, database, cadres, prompt_log, monkeypatch):
    """The solver works from the month as it was read; a hand edit on another PC meanwhile refuses the store."""
    shift = page.view.shifts[0].id
    real_prepare = page.rosters.prepare
    edited: list[int] = []  # the roster's version after the other PC's edit

    def prepare_then_other_pc_edits(*args, **kwargs):  # type: ignore[no-untyped-def]
        prepared = real_prepare(*args, **kwargs)
        with database.session() as s:
            service.set_cell(s, page.view.id, DAY, shift, [cadres[5]])
        edited.append(page.rosters.view(2026, 11).row_version)
        return prepared

    monkeypatch.setattr(page.rosters, "prepare", prepare_then_other_pc_edits)
    with qtbot.waitSignal(page.sig_generation_finished, timeout=60000) as finished:
        page.buttons["generate"].click()
    assert finished.args == ["failed"]
    assert "was changed by" in prompt_log.errors[-1] and "draw it up again" in prompt_log.errors[-1]
    assert cell(database, page.view.id, shift) == [cadres[5]], "the other PC's edit stays"
    assert page.rosters.view(2026, 11).row_version == edited[0], "nothing of the solver's was stored"
