"""The Volunteer Posts tables: one small table model over service dataclasses, told its columns.

Every table of the tab (posts, members, records, totals, target, visits) is a `RowsModel` with a tuple
of `Column`s; the rows are held (a year of an office's posts is small), sorting goes through
`SortProxy`, which orders Chinese names by pinyin whatever the interface language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from partyplan import texts
from partyplan.enums import Role
from partyplan.texts import posts as words
from partyplan.ui.rows import Column

RED = QColor("#b00020")
AMBER = QColor("#8a5a00")
GREEN = QColor("#1b6e20")
OPEN_FILL = QColor("#fff2cc")
ROLE_ORDER = (Role.PARTY_MEMBER, Role.VOLUNTEER, Role.CADRE, Role.RESIDENT_REP)
translate = QCoreApplication.translate


def language() -> str:
    """The interface language as the installed locale says (i18n.install sets it)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def roles_text(roles: frozenset[Role]) -> str:
    return texts.list_separator().join(texts.role_label(r.value) for r in ROLE_ORDER if r in roles)


# -- the tab's columns -------------------------------------------------------------------------
def post_name(row: Any) -> str:
    """A post's name in the interface language; rows of service carry it as post_name/post_name_en."""
    if hasattr(row, "post_name"):
        name, name_en = row.post_name, row.post_name_en
    else:
        name, name_en = row.name, row.name_en
    return words.post_label(name, name_en, language()) if name or name_en else words.no_post_label()


def _capacity_colour(row: Any) -> QColor | None:
    if row.capacity is None:
        return None
    return RED if row.members > row.capacity else AMBER if row.members < row.capacity else GREEN


def _capacity_text(row: Any) -> str:
    return f"{row.members}/{row.capacity}" if row.capacity is not None else str(row.members)


def _capacity_state(row: Any) -> str:
    if row.capacity is None:
        return ""
    state = "over" if row.members > row.capacity else "below" if row.members < row.capacity else "full"
    return words.capacity_label(state)


POST_COLUMNS = (
    Column(lambda: translate("PostsModels", "Post"), post_name, tooltip=lambda r: r.description or None,
           colour=lambda r: QColor("#8a8a8a") if r.archived else None),
    Column(lambda: translate("PostsModels", "Leader"), lambda r: r.leader_name),
    Column(lambda: translate("PostsModels", "Members"), _capacity_text, sort=lambda r: r.members,
           colour=_capacity_colour, numeric=True),
    Column(lambda: translate("PostsModels", "Capacity"), _capacity_state, colour=_capacity_colour),
)
MEMBER_COLUMNS = (
    Column(lambda: translate("PostsModels", "Name"), lambda r: r.name),
    Column(lambda: translate("PostsModels", "Role"), lambda r: roles_text(r.roles),
           tooltip=lambda r: roles_text(r.roles) or None),
    Column(lambda: translate("PostsModels", "Skill given"), lambda r: r.skill, tooltip=lambda r: r.skill or None),
    Column(lambda: translate("PostsModels", "Since"), lambda r: r.since.isoformat(), sort=lambda r: r.since),
    Column(lambda: translate("PostsModels", "Main post"),
           lambda r: translate("PostsModels", "main") if r.main else translate("PostsModels", "second")),
)
WITHOUT_COLUMNS = (
    Column(lambda: translate("PostsModels", "Name"), lambda r: r.name),
    Column(lambda: translate("PostsModels", "Role"), lambda r: roles_text(r.roles),
           tooltip=lambda r: roles_text(r.roles) or None),
    Column(lambda: translate("PostsModels", "Household"), lambda r: r.household),
)


def _each(row: Any) -> float:
    return max((hours for _i, _n, hours in row.people), default=0.0)


RECORD_COLUMNS = (
    Column(lambda: translate("PostsModels", "Date"), lambda r: r.day.isoformat(), sort=lambda r: r.day),
    Column(lambda: translate("PostsModels", "Post"), post_name),
    Column(lambda: translate("PostsModels", "Activity"), lambda r: r.activity, tooltip=lambda r: r.activity),
    Column(lambda: translate("PostsModels", "People"), lambda r: str(len(r.people)), sort=lambda r: len(r.people),
           numeric=True, tooltip=lambda r: texts.list_separator().join(name for _i, name, _h in r.people)),
    Column(lambda: translate("PostsModels", "Hours each"), lambda r: words.number(_each(r)), sort=_each,
           numeric=True),
    Column(lambda: translate("PostsModels", "Total hours"), lambda r: words.number(r.total_hours),
           sort=lambda r: r.total_hours, numeric=True),
    Column(lambda: translate("PostsModels", "Place"), lambda r: r.place, tooltip=lambda r: r.place or None),
    Column(lambda: translate("PostsModels", "Beneficiaries"), lambda r: r.beneficiaries,
           tooltip=lambda r: r.beneficiaries or None),
)
PERSON_TOTAL_COLUMNS = (
    Column(lambda: translate("PostsModels", "Name"), lambda r: r.name),
    Column(lambda: translate("PostsModels", "Records"), lambda r: str(r.records), sort=lambda r: r.records,
           numeric=True),
    Column(lambda: translate("PostsModels", "Hours"), lambda r: words.number(r.hours), sort=lambda r: r.hours,
           numeric=True),
)
POST_TOTAL_COLUMNS = (
    Column(lambda: translate("PostsModels", "Post"), post_name),
    Column(lambda: translate("PostsModels", "People"), lambda r: str(r.people), sort=lambda r: r.people,
           numeric=True),
    Column(lambda: translate("PostsModels", "Records"), lambda r: str(r.records), sort=lambda r: r.records,
           numeric=True),
    Column(lambda: translate("PostsModels", "Hours"), lambda r: words.number(r.hours), sort=lambda r: r.hours,
           numeric=True),
)
TARGET_COLUMNS = (
    Column(lambda: translate("PostsModels", "Name"), lambda r: r.name),
    Column(lambda: translate("PostsModels", "Hours"), lambda r: words.number(r.hours), sort=lambda r: r.hours,
           numeric=True),
    Column(lambda: translate("PostsModels", "Missing"), lambda r: words.number(r.missing), sort=lambda r: r.missing,
           numeric=True, colour=lambda r: RED),
)


def visit_columns(today: Callable[[], dt.date]) -> tuple[Column, ...]:
    def outcome_colour(row: Any) -> QColor | None:
        return RED if row.overdue(today()) else GREEN if row.resolved_on else None

    return (
        Column(lambda: translate("PostsModels", "Date"), lambda r: r.day.isoformat(), sort=lambda r: r.day),
        Column(lambda: translate("PostsModels", "Household"), lambda r: r.household, tooltip=lambda r: r.household),
        Column(lambda: translate("PostsModels", "Resident"), lambda r: r.resident_name),
        Column(lambda: translate("PostsModels", "Visitors"),
               lambda r: texts.list_separator().join(n for _i, n in r.visitors)),
        Column(lambda: translate("PostsModels", "Difficulty"), lambda r: r.difficulty,
               tooltip=lambda r: r.difficulty or None),
        Column(lambda: translate("PostsModels", "Outcome"), lambda r: words.outcome_text(r, today()),
               colour=outcome_colour, fill=lambda r: OPEN_FILL if r.is_open else None),
        Column(lambda: translate("PostsModels", "Situation"), lambda r: r.situation,
               tooltip=lambda r: r.situation or None),
        Column(lambda: translate("PostsModels", "Action"), lambda r: r.action, tooltip=lambda r: r.action or None),
    )
