"""Party members' class hours in the Training page: the 32 / 56 学时 minimums with each member's progress,
and the minimums changed by the office (a bad one refused at its field)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import Person, Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.training import hours, service
from partyplan.training.service import SessionData
from partyplan.ui.operations import Operations
from partyplan.ui.training.page import TrainingPage

D = dt.date


@pytest.fixture
def page(qtbot, database, prompt_log):  # type: ignore[no-untyped-def]
    with database.session() as s:
        ids = {name: people.add_person(s, PersonData(name=name, roles={Role.PARTY_MEMBER})) for name in ("王书记", "赵伟")}
        s.get(Person, ids["王书记"]).party_post = "支部书记"
        study = service.add_session(s, SessionData("党章学习", D(2026, 3, 2), D(2026, 3, 5), 0, 32, "political_theory"))
        service.set_participants(s, study, list(ids.values()))
    i18n.install("en")
    widget = TrainingPage(Operations(database))
    qtbot.addWidget(widget)
    widget.today = lambda: D(2026, 11, 22)
    widget.set_year(2026)
    widget.show()
    yield widget
    i18n.install("en")


def rows(dialog) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    m = dialog.model
    return {m.index(r, 0).data(): [m.index(r, c).data() for c in range(1, 5)] for r in range(m.rowCount())}


def test_class_hours_against_the_minimums(page, database):
    page.buttons["hours"].click()
    dialog = page.dialog
    assert rows(dialog) == {"王书记": ["支部书记", "56", "32", "57%, 24 short"], "赵伟": ["", "32", "32", "100%"]}
    assert dialog.summary.text() == "2026: 2 party members, 1 short of the minimum."
    dialog.minimums[hours.LEADER].setValue(0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.errors[hours.LEADER].text() == "Enter more than 0 and at most 2000 class hours."
    dialog.minimums[hours.LEADER].setValue(40)
    dialog.minimums[hours.MEMBER].setValue(36)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.errors[hours.LEADER].isVisible()
    assert rows(dialog)["赵伟"] == ["", "36", "32", "89%, 4 short"]
    with database.session() as s:
        assert hours.required_hours(s) == {"member": 36.0, "leader": 40.0}
    dialog.done(0)
