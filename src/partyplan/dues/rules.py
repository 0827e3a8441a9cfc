"""What a member pays a month, by 《关于中国共产党党费收缴、使用和管理的规定》 (中共中央组织部, 2008):

- 第一条, 第二条: a member paid monthly pays on the regular after-tax wage: 0.5 % up to 3,000 yuan (3,000
  included), 1 % above 3,000 up to 5,000, 1.5 % above 5,000 up to 10,000, and 2 % above 10,000 (the rate of
  the bracket applies to the whole wage);
- 第三条: an annual salary counts by what is paid that month, with the same brackets;
- 第四条: the self-employed and others without a monthly wage pay on last quarter's average monthly net
  income, with the same brackets;
- 第五条: retired members pay on the pension: 0.5 % up to 5,000 yuan (included), 1 % above;
- 第六条: farmers pay 0.2 to 1 yuan a month (the province sets the amount); students, the laid-off and
  unemployed, those living on relief or on the minimum living allowance (低保) 0.2 yuan;
- members in real hardship may pay less or nothing, studied by the branch and approved by the higher
  committee (the approval is recorded with the amount).

Amounts are in fen (0.01 yuan), rounded half up. The brackets and amounts are the office's rules, kept in
its settings with the published ones as the default, because a province may set the farmers' amount.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from partyplan.db.models import DuesCategory
from partyplan.office import get_setting, set_setting

KEY = "dues.rules"


@dataclass(frozen=True)
class DuesRules:
    # (upper bound of the bracket in fen, rate in per mille); None: no upper bound
    salaried: tuple[tuple[int | None, int], ...] = ((300_000, 5), (500_000, 10), (1_000_000, 15), (None, 20))
    retired: tuple[tuple[int | None, int], ...] = ((500_000, 5), (None, 10))
    farmer_min_fen: int = 20
    farmer_max_fen: int = 100
    low_income_fen: int = 20

    def rate(self, category: DuesCategory, base_fen: int) -> int | None:
        """The rate in per mille for an income-based category, else None."""
        brackets = {DuesCategory.SALARIED: self.salaried, DuesCategory.SELF_EMPLOYED: self.salaried,
                    DuesCategory.RETIRED: self.retired}.get(DuesCategory(category))
        if brackets is None:
            return None
        return next(rate for upper, rate in brackets if upper is None or base_fen <= upper)


DEFAULTS = DuesRules()
BY_INCOME = (DuesCategory.SALARIED, DuesCategory.SELF_EMPLOYED, DuesCategory.RETIRED)


def monthly_fen(rules: DuesRules, category: DuesCategory, base_fen: int) -> int | None:
    """The month's dues for an income-based category; None for the categories with a set amount."""
    rate = rules.rate(category, base_fen)
    if rate is None:
        return None
    return int((Decimal(base_fen) * rate / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def load_rules(session: Session) -> DuesRules:
    """The office's rules; a stored value that no longer reads gives the published ones."""
    text = get_setting(session, KEY, "")
    if not text:
        return DEFAULTS
    try:
        raw = json.loads(text)
        rules = DuesRules(
            salaried=tuple((upper, rate) for upper, rate in raw["salaried"]),
            retired=tuple((upper, rate) for upper, rate in raw["retired"]),
            farmer_min_fen=int(raw["farmer_min_fen"]), farmer_max_fen=int(raw["farmer_max_fen"]),
            low_income_fen=int(raw["low_income_fen"]))
    except (ValueError, KeyError, TypeError):
        return DEFAULTS
    return rules if _valid(rules) else DEFAULTS


def save_rules(session: Session, rules: DuesRules) -> None:
    if not _valid(rules):
        from partyplan.dues import InvalidDues

        raise InvalidDues("rules", "rules")
    set_setting(session, KEY, json.dumps({
        "salaried": [list(b) for b in rules.salaried], "retired": [list(b) for b in rules.retired],
        "farmer_min_fen": rules.farmer_min_fen, "farmer_max_fen": rules.farmer_max_fen,
        "low_income_fen": rules.low_income_fen}))


def _valid(rules: DuesRules) -> bool:
    for brackets in (rules.salaried, rules.retired):
        uppers = [u for u, _r in brackets]
        if not brackets or uppers[-1] is not None or None in uppers[:-1]:
            return False
        if uppers[:-1] != sorted(uppers[:-1]) or any(not 0 < r <= 100 for _u, r in brackets):  # type: ignore[type-var]
            return False
    return 0 <= rules.farmer_min_fen <= rules.farmer_max_fen and rules.low_income_fen >= 0
