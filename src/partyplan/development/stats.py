"""A year's development figures, the ones a development plan sets targets for.

New members are the people admitted as probationary members in the year (the day of the general
meeting's vote, which is also the day they joined the party). Their shares are taken at admission: under
35 by age on that day, women, and schooling (senior high school or more). The activists : development
targets ratio is the stock on the year's last day, or today for the current year: how many activists are
kept in training for each development target.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import DevelopmentCase, Education, Gender, Person, Plan, PlanTarget, Stage, StepKind
from partyplan.development.pipeline import facts_of, people_age

YOUNG_AGE = 35
SENIOR_OR_MORE = (Education.SENIOR, Education.COLLEGE, Education.BACHELOR, Education.POSTGRADUATE)
UNKNOWN = "unknown"
# The plan target sources this module answers (plans.targets.SOURCES lists them too).
SOURCES = ("dev_new_members", "dev_under35_share", "dev_women_share", "dev_senior_education_share",
           "dev_activist_ratio")


@dataclass(frozen=True)
class YearStats:
    year: int
    as_of: dt.date  # the day the activists and development targets were counted
    new_members: int
    under35: int
    women: int
    senior_education: int
    by_education: dict[str, int]  # Education values and "unknown", in that order
    activists: int
    targets: int

    @property
    def under35_share(self) -> float | None:
        return _share(self.under35, self.new_members)

    @property
    def women_share(self) -> float | None:
        return _share(self.women, self.new_members)

    @property
    def senior_education_share(self) -> float | None:
        return _share(self.senior_education, self.new_members)

    @property
    def ratio(self) -> float | None:
        """Activists per development target; None while there is no development target."""
        return round(self.activists / self.targets, 1) if self.targets else None

    def value(self, source: str) -> float | None:
        return {
            "dev_new_members": float(self.new_members), "dev_under35_share": self.under35_share,
            "dev_women_share": self.women_share, "dev_senior_education_share": self.senior_education_share,
            "dev_activist_ratio": self.ratio,
        }[source]


@dataclass(frozen=True)
class TargetLine:
    """A plan's target for one of SOURCES in the year, with the year's figure beside it."""

    source: str
    plan_title: str
    indicator: str
    comparison: str
    target_value: float
    unit: str
    actual: float | None
    met: bool | None


def year_stats(session: Session, year: int, today: dt.date | None = None, *, since: dt.date | None = None
               ) -> YearStats:
    """The year's figures as on `today` (admissions up to that day); `since` starts the count later
    (a quarter's report counts the quarter's admissions; its stage counts are as on `today`)."""
    today = today or dt.date.today()
    first, last = since or dt.date(year, 1, 1), dt.date(year, 12, 31)
    as_of = min(last, today)
    admitted: list[tuple[Person, dt.date]] = []
    stages: dict[Stage, int] = {}
    for case, person in session.execute(select(DevelopmentCase, Person).join(
            Person, DevelopmentCase.person_id == Person.id)).tuples():
        admissions = [s.day for s in case.steps if s.kind is StepKind.PROBATIONARY and first <= s.day <= as_of]
        if admissions:
            admitted.append((person, admissions[0]))
        if case.opened_on <= as_of:
            stage = facts_of([s for s in case.steps if s.day <= as_of]).stage
            stages[stage] = stages.get(stage, 0) + 1
    by_education = {e.value: 0 for e in Education} | {UNKNOWN: 0}
    for person, _day in admitted:
        by_education[person.education.value if person.education else UNKNOWN] += 1
    return YearStats(
        year=year, as_of=as_of, new_members=len(admitted),
        under35=sum(p.birth_date is not None and people_age(p.birth_date, day) < YOUNG_AGE for p, day in admitted),
        women=sum(p.gender is Gender.FEMALE for p, _day in admitted),
        senior_education=sum(p.education in SENIOR_OR_MORE for p, _day in admitted),
        by_education=by_education, activists=stages.get(Stage.ACTIVIST, 0), targets=stages.get(Stage.TARGET, 0))


def compute(session: Session, source: str, year: int, until: dt.date | None = None) -> float:
    """A plan target's actual value (plans.targets.compute hands these sources over); 0 while undefined."""
    value = year_stats(session, year, until).value(source)
    return 0.0 if value is None else value


def against_targets(session: Session, stats: YearStats) -> list[TargetLine]:
    """The targets that plans covering the year set on these figures (a three-year plan counts each year)."""
    from partyplan.plans.targets import ALIASES, attainment, canonical_source

    rows = session.execute(select(PlanTarget, Plan).join(Plan, PlanTarget.plan_id == Plan.id).where(
        PlanTarget.source.in_((*SOURCES, *ALIASES)), Plan.year <= stats.year).order_by(
        Plan.year.desc(), PlanTarget.position)).tuples().all()
    lines = []
    for target, plan in rows:
        if (plan.end_year or plan.year) < stats.year:
            continue
        source = canonical_source(target.source) or ""
        actual = stats.value(source)
        met = attainment(target.comparison, target.target_value, actual)[1] if actual is not None else None
        lines.append(TargetLine(source, plan.title, target.indicator, target.comparison.value,
                                target.target_value, target.unit, actual, met))
    return lines


def _share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None
