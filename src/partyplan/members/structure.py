"""The member structure the superior committee asks for each year (党员队伍结构): age bands with the
35-and-under figure, education, women, ethnic minorities and occupation, counted for the whole membership
on the roll (在册, members registered elsewhere left out, as the member register) and for the year's new
members (admitted as probationary members in the year), each as a count and a share of its whole.

Development plans set targets of both kinds (seed 003: "35岁及以下 among new members" and "women among all
members"), so both wholes are given side by side. A member's age is taken on the day counted (the year's
last day, or today for the current year); a new member's as well, so the two columns compare.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from partyplan.development.pipeline import people_age
from partyplan.enums import Education, Occupation
from partyplan.members.records import MemberRecord, register
from partyplan.members.standing import standings

YOUNG_AGE = 35
# (label key, lowest age, highest age); None: open
AGE_BANDS: tuple[tuple[str, int | None, int | None], ...] = (
    ("30_under", None, 30), ("31_35", 31, 35), ("36_45", 36, 45), ("46_55", 46, 55), ("56_60", 56, 60),
    ("61_70", 61, 70), ("71_over", 71, None))
UNKNOWN = "unknown"
MAJORITY = "汉族"


@dataclass(frozen=True)
class Figures:
    """One whole (all members, or the new ones) counted every way."""

    total: int
    by_age: dict[str, int]  # AGE_BANDS keys and "unknown", in that order
    young: int  # 35 and under
    by_education: dict[str, int]  # Education values and "unknown"
    women: int
    minorities: int
    by_occupation: dict[str, int]  # Occupation values and "unknown"

    def share(self, count: int) -> float | None:
        """Per cent of the whole, one decimal; None for an empty whole."""
        return round(100 * count / self.total, 1) if self.total else None


@dataclass(frozen=True)
class Structure:
    year: int
    as_of: dt.date
    members: Figures
    new_members: Figures


def structure(session: Session, year: int, today: dt.date | None = None) -> Structure:
    today = today or dt.date.today()
    as_of = min(dt.date(year, 12, 31), today)
    records = register(session, as_of)
    admitted = standings(session, as_of, [r.person_id for r in records])
    first = dt.date(year, 1, 1)
    new = [r for r in records
           if (s := admitted.get(r.person_id)) is not None and s.admitted is not None and first <= s.admitted <= as_of]
    return Structure(year, as_of, _figures(records, as_of), _figures(new, as_of))


def age_band(age: int) -> str:
    return next(key for key, low, high in AGE_BANDS if (low is None or age >= low) and (high is None or age <= high))


def _figures(records: list[MemberRecord], on: dt.date) -> Figures:
    by_age = {key: 0 for key, _l, _h in AGE_BANDS} | {UNKNOWN: 0}
    by_education = {e.value: 0 for e in Education} | {UNKNOWN: 0}
    by_occupation = {o.value: 0 for o in Occupation} | {UNKNOWN: 0}
    young = 0
    for r in records:
        age = people_age(r.birth_date, on) if r.birth_date else None
        by_age[age_band(age) if age is not None else UNKNOWN] += 1
        young += age is not None and age <= YOUNG_AGE
        by_education[r.education.value if r.education else UNKNOWN] += 1
        by_occupation[r.occupation.value if r.occupation else UNKNOWN] += 1
    return Figures(len(records), by_age, young, by_education, sum(r.gender == "female" for r in records),
                   sum(r.ethnicity is not None and r.ethnicity != MAJORITY for r in records), by_occupation)
