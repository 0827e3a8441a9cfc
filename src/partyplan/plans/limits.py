"""How long a plan's one-line texts may be: the length each one's column holds.

The forms stop typing (and pasting) there, so they never offer a text that PostgreSQL would refuse and
SQLite would take; read from the models, so a migration that widens a column widens the form too.
"""

from __future__ import annotations

from typing import Any

from partyplan.db.models import Plan, PlanItem, PlanSection, PlanTarget


def _length(column: Any) -> int | None:
    return getattr(column.type, "length", None)


PLAN_TITLE = _length(Plan.__table__.c.title)
PLAN_ORGANIZATION = _length(Plan.__table__.c.organization)
SECTION_TITLE = _length(PlanSection.__table__.c.title)
ITEM_RESPONSIBLE_UNIT = _length(PlanItem.__table__.c.responsible_unit)
TARGET_INDICATOR = _length(PlanTarget.__table__.c.indicator)
TARGET_UNIT = _length(PlanTarget.__table__.c.unit)
