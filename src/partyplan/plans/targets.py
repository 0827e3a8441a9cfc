"""Numeric targets of a plan ("about 30 new members, over 70 % under 35, 26 % women") and how far
they are reached. Where the figure lives in the app's own records it is computed, not typed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import Comparison, Gender, Person, PersonRole, PlanTarget, Role, TargetActual
from partyplan.plans.service import InvalidPlan, _get

ABOUT_TOLERANCE = 0.1
SOURCES = ("new_members", "new_members_women_share", "new_members_under35_share", "party_members",
           # member development's figures (development/stats.py): admissions of the year and the activist ratio
           "dev_new_members", "dev_under35_share", "dev_women_share", "dev_senior_education_share",
           "dev_activist_ratio")


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


def list_targets(session: Session, plan_id: int, year: int) -> list[TargetRow]:
    rows = session.scalars(select(PlanTarget).where(PlanTarget.plan_id == plan_id).order_by(PlanTarget.position))
    return [_row(session, t, year) for t in rows]


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


def compute(session: Session, source: str, year: int) -> float:
    """Figures the People register already holds: who joined the party in `year`, and what share of them;
    the "dev_" figures come from the member development files."""
    if source.startswith("dev_") and source in SOURCES:
        from partyplan.development import stats

        return stats.compute(session, source, year)
    members = select(Person).join(PersonRole).where(PersonRole.role == Role.PARTY_MEMBER)
    if source == "party_members":
        return float(len(session.scalars(members.where(Person.archived.is_(False))).all()))
    joined = session.scalars(members.where(Person.joined_date >= dt.date(year, 1, 1),
                                           Person.joined_date <= dt.date(year, 12, 31))).all()
    if source == "new_members":
        return float(len(joined))
    if not joined:
        return 0.0
    if source == "new_members_women_share":
        return round(100 * sum(p.gender is Gender.FEMALE for p in joined) / len(joined), 1)
    if source == "new_members_under35_share":
        young = sum(p.birth_date is not None and p.joined_date is not None and _age(p.birth_date, p.joined_date) < 35
                    for p in joined)
        return round(100 * young / len(joined), 1)
    raise InvalidPlan("source", "unknown_source")


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _check(data: TargetData) -> None:
    if not data.indicator.strip():
        raise InvalidPlan("indicator", "required")
    if data.source is not None and data.source not in SOURCES:
        raise InvalidPlan("source", "unknown_source")


def _row(session: Session, target: PlanTarget, year: int) -> TargetRow:
    actuals = tuple(ActualRow(a.id, a.measured_on, a.value, a.note) for a in target.actuals)
    actual = compute(session, target.source, year) if target.source else (actuals[-1].value if actuals else None)
    ratio, met = attainment(target.comparison, target.target_value, actual) if actual is not None else (None, None)
    return TargetRow(target.id, target.indicator, target.unit, target.comparison, target.target_value, target.source,
                     actuals, actual, ratio, met)
