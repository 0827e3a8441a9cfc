"""Meeting types: pre-filled in both languages from party-branch rules, editable, archived not lost."""

from __future__ import annotations

import pytest

from partyplan.db.models import Cadence, Majority, Quorum
from partyplan.meetings import InvalidMeeting, service, types
from partyplan.meetings.types import MeetingTypeData

from . import TODAY


def by_key(session):  # type: ignore[no-untyped-def]
    return {t.key: t for t in types.list_types(session, include_archived=True)}


def test_defaults_follow_party_branch_rules_in_both_languages(database):
    with database.session() as s:
        assert types.seed_default_types(s) == len(types.DEFAULT_TYPES)
        kinds = by_key(s)
    expected = {
        "branch_committee": ("支委会", Cadence.MONTHLY), "party_group": ("党小组会", Cadence.MONTHLY),
        "general_meeting": ("支部党员大会", Cadence.QUARTERLY), "party_lecture": ("党课", Cadence.QUARTERLY),
        "theme_day": ("主题党日", Cadence.MONTHLY), "organisation_life": ("组织生活会", Cadence.YEARLY),
        "enlarged_committee": ("党委扩大会议", Cadence.QUARTERLY), "briefing": ("情况通报会", Cadence.QUARTERLY),
        "hearing": ("听证会", Cadence.NONE), "representatives": ("居民代表会议", Cadence.NONE),
    }
    for key, (name, cadence) in expected.items():
        assert (kinds[key].name, kinds[key].cadence) == (name, cadence), key
        assert kinds[key].name_en, f"{key} has no English name"
    general = kinds["general_meeting"]
    assert general.votes and general.quorum is Quorum.MORE_THAN_HALF and general.attendee_role == "party_member"
    assert kinds["representatives"].votes and kinds["organisation_life"].months == (12,)
    assert kinds["symposium"].cadence is Cadence.MONTHS and kinds["symposium"].months == (2, 4, 6, 10, 12)


def test_seeding_again_keeps_the_offices_edits(database):
    with database.session() as s:
        types.seed_default_types(s)
        lecture = by_key(s)["party_lecture"]
        types.save_type(s, MeetingTypeData("党课", "Party lecture", Cadence.MONTHS, (3, 6, 9, 12), "party_member"),
                        lecture.id)
        assert types.seed_default_types(s) == 0
        assert by_key(s)["party_lecture"].months == (3, 6, 9, 12)


@pytest.mark.parametrize(("data", "field", "code"), [
    (MeetingTypeData("  "), "name", "required"),
    (MeetingTypeData("座谈会", cadence=Cadence.MONTHS), "months", "months_required"),
    (MeetingTypeData("座谈会", cadence=Cadence.MONTHS, months=(13,)), "months", "month_range"),
    (MeetingTypeData("年会", cadence=Cadence.YEARLY, months=(11, 12)), "months", "one_month"),
    (MeetingTypeData("支委会"), "name", "duplicate_type"),
    (MeetingTypeData("会", attendee_role="everyone"), "attendee_role", "unknown_group"),
])
def test_bad_types_are_refused_with_the_field(database, data, field, code):
    with database.session() as s:
        types.seed_default_types(s)
        with pytest.raises(InvalidMeeting) as caught:
            types.save_type(s, data)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_parse_months_reads_what_staff_type():
    assert types.parse_months("2、4，6 10") == (2, 4, 6, 10)
    with pytest.raises(InvalidMeeting):
        types.parse_months("二月")


def test_a_type_in_use_is_archived_not_deleted(database):
    with database.session() as s:
        own = types.save_type(s, MeetingTypeData("安全生产例会", "Safety meeting", Cadence.MONTHLY, (), "cadre",
                                                 True, Quorum.TWO_THIRDS, Majority.SIMPLE))
        unused = types.save_type(s, MeetingTypeData("临时会议"))
        service.create_meeting(s, service.MeetingData(own, TODAY))
        assert types.delete_type(s, own) is False and types.delete_type(s, unused) is True
        assert [t.name for t in types.list_types(s)] == []
        archived = types.list_types(s, include_archived=True)
    assert [(t.name, t.archived, t.majority) for t in archived] == [("安全生产例会", True, Majority.SIMPLE)]
