"""The fuzz tests' settings, one place for the three modules that use hypothesis.

The suite is a gate: the same commit must pass or fail the same way every time, so the examples are
derandomized (the same ones each run). Set PARTYPLAN_FUZZ_RANDOM=1 to search new ones, as one does
before a release; what it finds becomes a plain test (tests/people/test_sheet_import.py has one)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def fuzz(examples: int):  # type: ignore[no-untyped-def]
    return settings(max_examples=examples, deadline=None, database=None,
                    derandomize=not os.environ.get("PARTYPLAN_FUZZ_RANDOM"),
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large, HealthCheck.filter_too_much])
