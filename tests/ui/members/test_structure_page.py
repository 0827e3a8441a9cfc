"""The Member structure page: the whole membership and the year's new members side by side, counts and
shares, following the year chosen and a change in People."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan import i18n
from partyplan.db.models import Education, Gender, Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.ui.members.structure_page import StructurePage
from partyplan.ui.operations import Operations

D = dt.date
TODAY = D(2026, 11, 23)


@pytest.fixture
def page(qtbot, database, prompt_log):  # type: ignore[no-untyped-def]
    with database.session() as s:
        for name, born, joined, gender in (("王青", D(1995, 1, 1), D(2026, 3, 1), Gender.FEMALE),
                                           ("李壮", D(1980, 1, 1), D(2010, 7, 1), Gender.MALE),
                                           ("张老", D(1950, 1, 1), D(1975, 7, 1), Gender.MALE),
                                           ("赵敏", D(1992, 1, 1), D(2026, 5, 1), Gender.FEMALE)):
            people.add_person(s, PersonData(name, gender=gender, birth_date=born, roles={Role.PARTY_MEMBER},
                                            joined_date=joined, education=Education.BACHELOR), TODAY)
    i18n.install("en")
    ops = Operations(database)
    page = StructurePage(ops)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.set_year(2026)
    page.show()
    return page, ops


def test_counts_and_shares_of_all_and_of_new_members(page):
    page, _ops = page
    assert page.summary.text() == "As on 2026-11-23: 4 members on the roll, 2 new in 2026"
    assert [page.value("young", c) for c in range(1, 5)] == ["2", "50.0", "2", "100.0"]
    assert [page.value("women", c) for c in range(1, 5)] == ["2", "50.0", "2", "100.0"]
    assert [page.value("age.71_over", c) for c in (1, 3)] == ["1", "0"]
    assert page.value("education.bachelor", 1) == "4" and page.value("occupation.unknown", 2) == "100.0"
    assert page.value("age", 1) == "", "a section's heading has no figures"


def test_the_year_and_people_changes_are_followed(page, database):
    page, ops = page
    page.year_box.setValue(2025)
    assert page.summary.text() == "As on 2025-12-31: 2 members on the roll, 0 new in 2025"
    assert page.value("young", 4) == "", "no share of an empty whole"
    page.year_box.setValue(2026)
    ops.add_person(PersonData("刘新", gender=Gender.FEMALE, birth_date=D(2000, 1, 1), roles={Role.PARTY_MEMBER},
                              joined_date=D(2026, 9, 1)), TODAY)
    assert page.value("total", 3) == "3" and page.value("women", 1) == "3"


def test_models_pass_the_model_tester(page, qtmodeltester):
    page, _ops = page
    qtmodeltester.check(page.left)
    qtmodeltester.check(page.right)
