"""The office's party organisations: a 党委 or 党总支 over its 支部, each 支部 with its 党小组; who and which
meetings belong to each; the 三会一课 check per branch and per group; each branch's figures for the overview.

Every module takes a Session and speaks in dataclasses; problems are raised as InvalidOrganisation with a
field and a code that `texts/organisations.py` turns into words.
"""

from __future__ import annotations

from dataclasses import dataclass

from partyplan.errors import PartyPlanError


@dataclass
class InvalidOrganisation(PartyPlanError):
    field: str
    code: str  # "required", "too_long", "duplicate", "parent_kind", "not_found", "in_use", "not_a_unit"


__all__ = ["InvalidOrganisation"]
