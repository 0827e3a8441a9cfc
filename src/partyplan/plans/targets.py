"""Numeric targets of a plan ("about 30 new members, over 70 % under 35, 26 % women") and how far
they are reached. Where the figure lives in the app's own records it is computed, not typed.

One figure, one source: new members and their shares are counted from the member development files
(the day the branch meeting admitted them), everywhere: the Plans tab, the plan's Word file, the
yearly summary, the development page and the archive. The first targets could also count them from
People's "joined the party" dates, which gave the summary two different numbers for one thing; those
source names are kept for stored targets and read as their development-file twins (ALIASES).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Comparison, Person, PersonRole, PlanTarget, Role, TargetActual
from partyplan.plans.service import InvalidPlan, _get

ABOUT_TOLERANCE = 0.1
# The measures a target can take its actual value from. Members now are People's; everything about new
# members is member development's (development/stats.py): admissions of the year and the activist ratio.
# Shares of the whole membership on the roll are the member structure's (members/structure.py): a
# development plan sets targets of both kinds (seed 003: "35岁及以下 among new members", "women among all
# members"), and the superior committee asks for both.
SOURCES = ("party_members", "dev_new_members", "dev_under35_share", "dev_women_share", "dev_senior_education_share",
           "dev_activist_ratio", "members_under35_share", "members_women_share", "members_senior_education_share")
MEMBER_SHARES = ("members_under35_share", "members_women_share", "members_senior_education_share")
ALIASES = {"new_members": "dev_new_members", "new_members_women_share": "dev_women_share",
           "new_members_under35_share": "dev_under35_share"}  # the People-counted names of the first version


@dataclass(frozen=True)
class TargetData:
    indicator: str
    target_value: float
    unit: str = ""
    comparison: Comparison = Comparison.AT_LEAST
    source: str | None = None


@dataclass(frozen=True)
class ActualRow:
    id: int
    measured_on: dt.date
    value: float
    note: str


@dataclass(frozen=True)
class TargetRow:
    id: int
    indicator: str
    unit: str
    comparison: Comparison
    target_value: float
    source: str | None
    actuals: tuple[ActualRow, ...]
    actual: float | None
    attainment: float | None
    met: bool | None


def add_target(session: Session, plan_id: int, data: TargetData) -> int:
    _check(data)
    position = len(session.scalars(select(PlanTarget.id).where(PlanTarget.plan_id == plan_id)).all())
    target = PlanTarget(plan_id=plan_id, position=position, indicator=data.indicator.strip(), unit=data.unit.strip(),
                        comparison=data.comparison, target_value=data.target_value, source=data.source)
    session.add(target)
    session.flush()
    return target.id


def update_target(session: Session, target_id: int, data: TargetData) -> None:
    _check(data)
    target = _get(session, PlanTarget, target_id)
    target.indicator, target.unit = data.indicator.strip(), data.unit.strip()
    target.comparison, target.target_value, target.source = data.comparison, data.target_value, data.source
    session.flush()


def delete_target(session: Session, target_id: int) -> None:
    session.delete(_get(session, PlanTarget, target_id))
    session.flush()


def add_actual(session: Session, target_id: int, value: float, measured_on: dt.date, note: str = "") -> int:
    _get(session, PlanTarget, target_id)
    row = TargetActual(target_id=target_id, value=value, measured_on=measured_on, note=note.strip())
    session.add(row)
    session.flush()
    return row.id


def list_targets(session: Session, plan_id: int, year: int, until: dt.date | None = None) -> list[TargetRow]:
    """The plan's targets with the actual values of `year`, counted up to `until` (a quarter's report
    counts the year to the quarter's end) or to today."""
    rows = session.scalars(select(PlanTarget).where(PlanTarget.plan_id == plan_id).order_by(PlanTarget.position))
    return [_row(session, t, year, until) for t in rows]


def canonical_source(source: str | None) -> str | None:
    """The one source a measure is counted from (an old People-counted name reads as its twin)."""
    return ALIASES.get(source, source) if source else source


def figures_year(plan_year: int, end_year: int | None, on: dt.date) -> int:
    """The year whose figures a plan shows on `on`: that year while the plan runs, else its first or last."""
    return min(max(on.year, plan_year), end_year or plan_year)


def attainment_kind(row: TargetRow) -> str:
    """How far a target is reached, put in words by the caller: "share" (a percentage, up to 100 %),
    "exceeded" (an at-least target passed: "exceeded (6 of 3)" reads better than "200 %"), "reached"
    (an about target passed within its tolerance), "above" (an about or exactly target overshot) or
    "none" (no actual value yet)."""
    if row.attainment is None or row.actual is None:
        return "none"
    if row.actual <= row.target_value or row.comparison is Comparison.AT_MOST:
        return "share"
    if row.comparison is Comparison.AT_LEAST:
        return "exceeded"
    return "reached" if row.met else "above"


def attainment(comparison: Comparison, target: float, actual: float) -> tuple[float, bool]:
    """A ratio for the bar (1.0 = reached) and whether the target is met."""
    if comparison is Comparison.AT_MOST:
        return (1.0 if actual <= target else target / actual if actual else 1.0), actual <= target
    ratio = actual / target if target else (1.0 if actual >= target else 0.0)
    if comparison is Comparison.ABOUT:
        return ratio, abs(actual - target) <= abs(target) * ABOUT_TOLERANCE
    if comparison is Comparison.EQUAL:
        return ratio, actual == target
    return ratio, actual >= target


def compute(session: Session, source: str, year: int, until: dt.date | None = None) -> float:
    """The party members People holds now; every figure about new members from the development files,
    counted in `year` up to `until` (default: the year's end, or today); a share of the whole membership
    from the member register on that day (0 for an empty register, as the development shares)."""
    source = canonical_source(source) or ""
    if source.startswith("dev_") and source in SOURCES:
        from partyplan.development import stats

        return stats.compute(session, source, year, until)
    if source in MEMBER_SHARES:
        from partyplan.development.stats import SENIOR_OR_MORE
        from partyplan.members import structure

        whole = structure.structure(session, year, until).members
        count = {"members_under35_share": whole.young, "members_women_share": whole.women,
                 "members_senior_education_share": sum(whole.by_education.get(e.value, 0) for e in SENIOR_OR_MORE)}
        return float(whole.share(count[source]) or 0.0)
    if source == "party_members":
        members = select(Person).join(PersonRole).where(PersonRole.role == Role.PARTY_MEMBER)
        return float(len(session.scalars(members.where(Person.archived.is_(False))).all()))
    raise InvalidPlan("source", "unknown_source")


def _check(data: TargetData) -> None:
    if not data.indicator.strip():
        raise InvalidPlan("indicator", "required")
    if data.source is not None and data.source not in SOURCES and data.source not in ALIASES:
        raise InvalidPlan("source", "unknown_source")


def _row(session: Session, target: PlanTarget, year: int, until: dt.date | None) -> TargetRow:
    actuals = tuple(ActualRow(a.id, a.measured_on, a.value, a.note) for a in target.actuals)
    counted = [a for a in actuals if until is None or a.measured_on <= until]
    actual = compute(session, target.source, year, until) if target.source else (counted[-1].value if counted else None)
    ratio, met = attainment(target.comparison, target.target_value, actual) if actual is not None else (None, None)
    return TargetRow(target.id, target.indicator, target.unit, target.comparison, target.target_value, target.source,
                     actuals, actual, ratio, met)
