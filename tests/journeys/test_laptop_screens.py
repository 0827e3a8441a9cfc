"""Every tab and every page inside it fits a laptop: a 1024 x 700 screen, or 1366 x 768 at 125 % scaling
(1093 x 614 logical pixels). The Duty Rosters tab used to force 1,059 px in Chinese and 1,120 px in
English once a month was published (its status line grew), which pushed its Excel button off the screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QTabWidget

from partyplan.db.database import open_database
from partyplan.db.models import Role, Roster, RosterAssignment, RosterStatus
from partyplan.people import service as people_service
from partyplan.people.validation import PersonData
from partyplan.plans import service as plan_service
from partyplan.rosters import setup
from partyplan.ui.rosters.tab import default_month
from tests.journeys import drive
from tests.journeys.conftest import LAPTOP

MAIN_TABS = ("Overview", "Plans", "Duty Rosters", "Volunteer Posts", "Meetings", "People")


@pytest.fixture
def seed(db_location, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An office in use: people, a plan with a long title, and the shown month's roster published (its
    status line is the longest the roster page shows)."""
    db = open_database(db_location, backup_dir=tmp_path / "seed-backups")
    year, month = default_month(dt.date.today())
    with db.session() as session:
        ids = [people_service.add_person(session, PersonData(name=name, roles={Role.CADRE, Role.PARTY_MEMBER}))
               for name in ("张伟", "王芳", "李娜", "刘强")]
        setup.seed_default_shifts(session)
        shift = setup.list_shift_types(session)[0].id
        roster = Roster(year=year, month=month, version=1, status=RosterStatus.PUBLISHED,
                        published_at=dt.datetime(year, month, 1, 9, 30))
        session.add(roster)
        session.flush()
        session.add_all(RosterAssignment(roster_id=roster.id, day=dt.date(year, month, day), shift_type_id=shift,
                                         person_id=ids[day % 4]) for day in range(1, 29))
        plan_service.create_plan(session, plan_service.PlanData(
            year=year, title="柳北桥社区党委关于进一步加强基层党组织建设推进错时服务的年度工作计划"))
    db.close()


def test_every_page_fits_a_laptop_screen(window):
    for title in MAIN_TABS:
        area = drive.visit(window, title)
        for pages in drive.shown(area, QTabWidget):
            for index in range(pages.count()):
                drive.click_tab(pages, index)
                drive.assert_fits_laptop(window)
                assert (window.width(), window.height()) == LAPTOP, f"{title} / {pages.tabText(index)} widened it"
