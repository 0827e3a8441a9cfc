"""A 社区党委 with two branches and their party groups: the tree's rules, who belongs where, each branch's
own voter roll at its meetings, the 三会一课 check per branch and per group on real dates, the overview."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import OrgKind, PartyCategory, Role
from partyplan.meetings import InvalidMeeting, cadence, service, types
from partyplan.meetings.cadence import SlotState
from partyplan.meetings.service import AttendeeData, MeetingData, RecordData, ResolutionData
from partyplan.organisations import InvalidOrganisation, overview, sanhui
from partyplan.organisations import service as orgs
from partyplan.organisations.service import OrgData
from partyplan.people import service as people
from partyplan.people.validation import PersonData

D = dt.date
TODAY = D(2026, 11, 23)


def member(s, name: str, joined: dt.date = D(2010, 7, 1), **fields) -> int:  # type: ignore[no-untyped-def]
    return people.add_person(s, PersonData(name=name, roles={Role.PARTY_MEMBER}, joined_date=joined, **fields), TODAY)


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """柳北桥社区党委: 第一支部 (eight full members, two groups) and 第二支部 (three full members, one of
    them in service elsewhere)."""
    with database.session() as s:
        types.seed_default_types(s)
        committee = orgs.create_org(s, OrgData(OrgKind.COMMITTEE, "柳北桥社区党委"))
        first = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第一党支部", committee))
        second = orgs.create_org(s, OrgData(OrgKind.BRANCH, "第二党支部", committee))
        east = orgs.create_org(s, OrgData(OrgKind.GROUP, "桥东党小组", first))
        west = orgs.create_org(s, OrgData(OrgKind.GROUP, "桥西党小组", first))
        firsts = [member(s, f"一支{n}") for n in range(8)]
        seconds = [member(s, f"二支{n}") for n in range(2)]
        seconds.append(member(s, "在职党员", party_category=PartyCategory.IN_SERVICE))
        orgs.assign(s, firsts[:4], east)
        orgs.assign(s, firsts[4:], west)
        orgs.assign(s, seconds, second)
        kinds = {t.key: t.id for t in types.list_types(s)}
    return database, {"committee": committee, "first": first, "second": second, "east": east, "west": west}, \
        firsts, seconds, kinds


def test_the_tree_and_its_rules(office):
    database, ids, _firsts, _seconds, _kinds = office
    with database.session() as s:
        tree = [(r.name, r.kind, r.depth, r.people) for r in orgs.list_orgs(s)]
        for data, code in ((OrgData(OrgKind.GROUP, "无主小组"), "parent_kind"),
                           (OrgData(OrgKind.GROUP, "错挂小组", ids["committee"]), "parent_kind"),
                           (OrgData(OrgKind.BRANCH, "第一党支部", ids["committee"]), "duplicate"),
                           (OrgData(OrgKind.BRANCH, "  ", ids["committee"]), "required")):
            with pytest.raises(InvalidOrganisation) as caught:
                orgs.create_org(s, data)
            assert caught.value.code == code
        with pytest.raises(InvalidOrganisation) as caught:
            orgs.assign(s, [1], ids["committee"])
        assert caught.value.code == "not_a_unit"
        assert orgs.branch_of(s, ids["west"]) == ids["first"] and orgs.branch_of(s, ids["committee"]) is None
        assert orgs.delete_or_archive(s, ids["east"]) is False, "people belong to it: archived"
        empty = orgs.create_org(s, OrgData(OrgKind.GROUP, "新建小组", ids["second"]))
        assert orgs.delete_or_archive(s, empty) is True
    assert tree == [("柳北桥社区党委", OrgKind.COMMITTEE, 0, 0), ("第一党支部", OrgKind.BRANCH, 1, 0),
                    ("桥东党小组", OrgKind.GROUP, 2, 4), ("桥西党小组", OrgKind.GROUP, 2, 4),
                    ("第二党支部", OrgKind.BRANCH, 1, 3)]


def test_a_branch_meeting_expects_and_counts_only_its_own_members(office):
    database, ids, firsts, seconds, kinds = office
    day = D(2026, 9, 25)
    with database.session() as s:
        meeting = service.create_meeting(s, MeetingData(kinds["general_meeting"], day), organisation_id=ids["second"])
        expected = {a.person_id: a.can_vote for a in service.meeting_attendees(s, meeting)}
        assert expected == {seconds[0]: True, seconds[1]: True}, "the member in service elsewhere is not asked to vote"
        group = service.create_meeting(s, MeetingData(kinds["party_group"], day), organisation_id=ids["east"])
        assert {a.person_id for a in service.meeting_attendees(s, group)} == set(firsts[:4])
        with pytest.raises(InvalidMeeting) as caught:
            service.record_meeting(s, meeting, RecordData(day, attendees=(AttendeeData(seconds[0]),
                                                                          AttendeeData(firsts[0])), resolutions=(
                ResolutionData("同意", voted=True, votes_for=2, majority=types.get_type(s, kinds["general_meeting"])
                               .majority),)), today=TODAY)
        assert (caught.value.code, caught.value.row) == ("no_vote_other_branch", 1)
        service.record_meeting(s, meeting, RecordData(day, attendees=(AttendeeData(seconds[0]),), resolutions=(
            ResolutionData("同意", voted=True, votes_for=1, majority=types.get_type(s, kinds["general_meeting"])
                           .majority),)), today=TODAY)
        detail = service.load_meeting(s, meeting)
    assert detail.row.attendance.eligible == 2 and detail.resolutions[0].passed is False, "1 of 2 is not over half"


def _hold(s, kind: int, org: int, days) -> None:  # type: ignore[no-untyped-def]
    for day in days:
        meeting = service.create_meeting(s, MeetingData(kind, day), organisation_id=org)
        service.record_meeting(s, meeting, RecordData(day), today=TODAY)


def test_sanhui_yike_per_branch_and_per_group_on_real_dates(office):
    """2026 as of 23 November: 第一支部 held its general meeting in Q1-Q3, its committee every month to
    October, lectures in Q1 and Q3; 桥东 met monthly, 桥西 only in the spring; 第二支部 (two full members)
    has no committee to meet."""
    database, ids, _firsts, _seconds, kinds = office
    with database.session() as s:
        _hold(s, kinds["general_meeting"], ids["first"], [D(2026, 3, 20), D(2026, 6, 19), D(2026, 9, 25)])
        _hold(s, kinds["branch_committee"], ids["first"], [D(2026, m, 10) for m in range(1, 11)])
        _hold(s, kinds["party_lecture"], ids["first"], [D(2026, 2, 26), D(2026, 8, 27)])
        _hold(s, kinds["party_group"], ids["east"], [D(2026, m, 15) for m in range(1, 11)])
        _hold(s, kinds["party_group"], ids["west"], [D(2026, 3, 16), D(2026, 4, 16)])
        cadence.generate_schedule(s, 2026, [kinds["general_meeting"]], organisation_id=ids["first"])
        report = sanhui.check(s, 2026, TODAY)
    first, east, west, second = (report.of(ids[k]) for k in ("first", "east", "west", "second"))
    assert first.has_committee and not second.has_committee
    assert first.tally("general_meeting") == cadence.Tally(3, 4, 0, 1), "Q4's planned meeting on 11-13 is overdue"
    assert first.tally("branch_committee") == cadence.Tally(10, 12, 0, 0)
    assert first.tally("party_lecture") == cadence.Tally(2, 4, 1, 0), "Q2 missed; Q4 still under way"
    assert (east.tally().held, east.tally().missing) == (10, 0)
    assert (west.tally().held, west.tally().missing) == (2, 8)
    assert {s.type_key for s in second.slots} == {"general_meeting", "party_lecture"}
    assert second.tally().missing == 3 + 3, "nothing held: three quarters gone for each"
    problems = {(u.name, p.period.key, p.state) for u, p in report.problems()}
    assert ("第一党支部", "2026-Q4", SlotState.OVERDUE) in problems and ("桥西党小组", "2026-05", SlotState.MISSING) in problems


def test_in_an_office_with_one_branch_meetings_of_no_organisation_count_for_it(database):
    with database.session() as s:
        types.seed_default_types(s)
        kinds = {t.key: t.id for t in types.list_types(s)}
        branch = orgs.create_org(s, OrgData(OrgKind.BRANCH, "社区党支部"))
        _hold(s, kinds["general_meeting"], None, [D(2026, 3, 20)])  # type: ignore[arg-type]
        report = sanhui.check(s, 2026, TODAY, branch)
    assert report.of(branch).tally("general_meeting").held == 1


def test_overview_figures_per_branch(office):
    database, ids, firsts, _seconds, kinds = office
    with database.session() as s:
        recent = member(s, "新党员", joined=D(2026, 7, 1))
        orgs.assign(s, [recent], ids["west"])
        member(s, "未分配党员")
        rows = {r.name: r for r in overview.branch_figures(s, TODAY)}
    first, second, unassigned = rows["第一党支部"], rows["第二党支部"], rows[""]
    assert (first.full_members, first.probationary, first.elsewhere, first.groups) == (8, 1, 0, 2)
    assert (second.full_members, second.elsewhere) == (2, 1)
    assert unassigned.org_id is None and unassigned.full_members == 1
    assert first.sanhui_required == 4 + 12 + 4 + 24 and first.sanhui_held == 0
