"""Party dues (党费): each member's monthly amount by the published brackets, payments month by month (one
at a time or a list at once), what is unpaid, and the year's register in Excel.

Every module takes a Session and speaks in dataclasses; problems are raised as InvalidDues with a field
and a code that `texts/dues.py` turns into words.
"""

from __future__ import annotations

from dataclasses import dataclass

from partyplan.errors import PartyPlanError


@dataclass
class InvalidDues(PartyPlanError):
    field: str
    code: str  # "not_member", "month", "year", "base_required", "amount_range", "approval_required",
    # "already_paid", "no_base", "future", "not_found", "rules", "not_owed"
    month: int | None = None


__all__ = ["InvalidDues"]
