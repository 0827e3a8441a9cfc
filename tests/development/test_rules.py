"""The rules as data: published defaults, saved per office, refused when out of range, robust to bad text."""

from __future__ import annotations

import dataclasses

import pytest

from partyplan import office
from partyplan.development import rules
from partyplan.development.rules import DEFAULTS, InvalidRule, Rules


def test_defaults_follow_published_practice(database):
    with database.session() as s:
        loaded = rules.load_rules(s)
    assert loaded == DEFAULTS
    assert (loaded.min_age, loaded.talk_within_months, loaded.assessment_every_months) == (18, 1, 6)
    assert (loaded.mentors_min, loaded.mentors_max, loaded.target_after_months) == (1, 2, 12)
    assert (loaded.training_min_days, loaded.training_min_hours, loaded.sponsors) == (3, 24, 2)
    assert (loaded.approval_within_months, loaded.probation_months) == (3, 12)
    assert (loaded.extension_min_months, loaded.extension_max_months, loaded.extensions_max) == (6, 12, 1)
    assert loaded.exceptions == {"talk", "approval"}


def test_saved_rules_come_back_and_live_in_the_key_value_table(database):
    changed = dataclasses.replace(DEFAULTS, min_age=18, target_after_months=10, training_min_hours=32.5,
                                  exceptions=frozenset({"target_wait"}))
    with database.session() as s:
        rules.save_rules(s, changed)
    with database.session() as s:
        assert rules.load_rules(s) == changed
        assert office.get_setting(s, "development.target_after_months") == "10"
        assert office.get_setting(s, "development.training_min_hours") == "32.5"
        assert office.get_setting(s, "development.exceptions") == "target_wait"
        rules.save_rules(s, dataclasses.replace(changed, exceptions=frozenset()))
    with database.session() as s:
        assert rules.load_rules(s).exceptions == frozenset(), "no exceptions at all is a choice, not the default"
        assert rules.reset_rules(s) == DEFAULTS
    with database.session() as s:
        assert rules.load_rules(s) == DEFAULTS


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"min_age": 12}, "min_age", "range"),
    ({"probation_months": 0}, "probation_months", "range"),
    ({"mentors_min": 3, "mentors_max": 2}, "mentors_max", "min_above_max"),
    ({"extension_min_months": 12, "extension_max_months": 6}, "extension_max_months", "min_above_max"),
    ({"exceptions": frozenset({"talk", "nonsense"})}, "exceptions", "unknown_check"),
])  # fmt: skip
def test_unreasonable_rules_are_refused(database, change, field, code):
    with database.session() as s:
        with pytest.raises(InvalidRule) as info:
            rules.save_rules(s, dataclasses.replace(DEFAULTS, **change))
        assert (info.value.field, info.value.code) == (field, code)
        assert office.get_setting(s, "development.min_age") == "", "nothing saved"


def test_text_edited_by_hand_falls_back_to_the_defaults(database):
    with database.session() as s:
        office.set_setting(s, "development.min_age", "eighteen")
        office.set_setting(s, "development.probation_months", "99")
        office.set_setting(s, "development.sponsors", "3")
        office.set_setting(s, "development.exceptions", "talk,nonsense")
    with database.session() as s:
        loaded = rules.load_rules(s)
    assert (loaded.min_age, loaded.probation_months, loaded.sponsors) == (18, 12, 3)
    assert loaded.exceptions == {"talk"}


def test_allows_names_the_checks():
    assert Rules().allows("talk") and not Rules().allows("age")
