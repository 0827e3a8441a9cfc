"""The development rules as data: published defaults, overridden per office in the key/value table.

The defaults are 《中国共产党发展党员工作细则》's: 18 years at the application (第五条), the talk within a
month, one or two full members as an activist's mentors, a year as an activist, training of three days
or 24 class hours (第十七条), two sponsors, the approval within three months, a probation of a year that
may be extended once by six months to a year. The public notice's five working days are what provincial
rules set; the month to file a decision with the higher committee is a reminder, not a published limit.

Each number is stored under "development.<rule>"; the checks whose breach local practice lets a branch
record with a written justification are listed under "development.exceptions". A stored value that no
longer reads (edited by hand, say) falls back to the default rather than stopping the tab.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partyplan.db.models import OfficeSetting

from partyplan.errors import PartyPlanError
from partyplan.office import set_setting

PREFIX = "development."
EXCEPTIONS_KEY = PREFIX + "exceptions"
# The rule checks a branch may set aside with a justification; the rest (order of the stages, a review
# and a public notice before admission, an approval before full membership) are never optional.
CHECKS = ("age", "talk", "mentors", "target_wait", "training", "sponsors", "approval", "probation", "extension")
DEFAULT_EXCEPTIONS = frozenset({"talk", "approval"})  # a late talk or a late approval is recorded, with the reason


@dataclass(frozen=True)
class Rules:
    min_age: int = 18  # years, at the application
    talk_within_months: int = 1  # the talk with the applicant
    assessment_every_months: int = 6  # activists and development targets
    applicant_mentors: int = 1  # the mentor an applicant is given (0: the office gives none)
    mentors_min: int = 1  # an activist's mentors: 《中国共产党发展党员工作细则》 "一至两名正式党员"
    mentors_max: int = 2
    target_after_months: int = 12  # as an activist, before becoming a development target
    filing_within_months: int = 1  # a reminder to file an activist or a target with the higher committee
    training_min_days: float = 3.0  # centralised training: at least this many days ...
    training_min_hours: float = 24.0  # ... or this many class hours
    sponsors: int = 2
    notice_working_days: int = 5  # the public notice before admission, in working days
    approval_within_months: int = 3  # the higher committee's approval after the general meeting vote
    probation_months: int = 12
    extension_min_months: int = 6
    extension_max_months: int = 12
    extensions_max: int = 1
    exceptions: frozenset[str] = DEFAULT_EXCEPTIONS

    def allows(self, check: str) -> bool:
        return check in self.exceptions


# (smallest, largest) accepted for each number: wide enough for any local rule, narrow enough to catch typos
RANGES: dict[str, tuple[float, float]] = {
    "min_age": (14, 30), "talk_within_months": (1, 12), "assessment_every_months": (1, 24),
    "applicant_mentors": (0, 3), "mentors_min": (0, 5), "mentors_max": (1, 5), "target_after_months": (0, 60),
    "filing_within_months": (1, 6), "training_min_days": (0, 30), "training_min_hours": (0, 240),
    "sponsors": (1, 5), "notice_working_days": (1, 30), "approval_within_months": (1, 12),
    "probation_months": (6, 36), "extension_min_months": (1, 24), "extension_max_months": (1, 24),
    "extensions_max": (0, 3),
}  # fmt: skip
NUMBERS = tuple(RANGES)
DEFAULTS = Rules()


@dataclass
class InvalidRule(PartyPlanError):
    field: str
    code: str  # "range" (outside RANGES), "min_above_max", "unknown_check"


def load_rules(session: Session) -> Rules:
    """Read in one query: the member standing and the voter roll read the rules for every meeting recorded."""
    stored_values = dict(session.execute(select(OfficeSetting.key, OfficeSetting.value)
                                         .where(OfficeSetting.key.startswith(PREFIX))).tuples().all())
    values: dict[str, object] = {}
    for name in NUMBERS:
        default = getattr(DEFAULTS, name)
        text = stored_values.get(PREFIX + name, "")
        try:
            value = type(default)(float(text)) if text else default
        except ValueError:
            value = default
        low, high = RANGES[name]
        values[name] = value if low <= value <= high else default
    stored = stored_values.get(EXCEPTIONS_KEY)
    exceptions = DEFAULTS.exceptions if stored is None else frozenset(c for c in stored.split(",") if c in CHECKS)
    rules = Rules(**values, exceptions=exceptions)  # type: ignore[arg-type]
    return rules if _problem(rules) is None else dataclasses.replace(
        rules, mentors_min=DEFAULTS.mentors_min, mentors_max=DEFAULTS.mentors_max,
        extension_min_months=DEFAULTS.extension_min_months, extension_max_months=DEFAULTS.extension_max_months)


def save_rules(session: Session, rules: Rules) -> None:
    problem = _problem(rules)
    if problem is not None:
        raise problem
    for name in NUMBERS:
        value = getattr(rules, name)
        set_setting(session, PREFIX + name, str(int(value)) if float(value).is_integer() else str(value))
    set_setting(session, EXCEPTIONS_KEY, ",".join(c for c in CHECKS if c in rules.exceptions))


def reset_rules(session: Session) -> Rules:
    save_rules(session, DEFAULTS)
    return DEFAULTS


def _problem(rules: Rules) -> InvalidRule | None:
    for name in NUMBERS:
        low, high = RANGES[name]
        if not low <= getattr(rules, name) <= high:
            return InvalidRule(name, "range")
    if rules.mentors_min > rules.mentors_max:
        return InvalidRule("mentors_max", "min_above_max")
    if rules.extension_min_months > rules.extension_max_months:
        return InvalidRule("extension_max_months", "min_above_max")
    unknown = set(rules.exceptions) - set(CHECKS)
    if unknown:
        return InvalidRule("exceptions", "unknown_check")
    return None
