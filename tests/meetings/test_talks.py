"""Heart-to-heart talks and the members nobody has talked with in the period."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.meetings import InvalidMeeting, talks
from partyplan.meetings.talks import TalkData

from . import TODAY, make_office


def test_members_not_talked_to_in_the_last_six_months(database):
    with database.session() as s:
        office = make_office(s)
        secretary = office.cadres[0]
        talks.add_talk(s, TalkData(dt.date(2026, 9, 1), secretary, office.members[0], "近况", "帮助联系就业"), TODAY)
        talks.add_talk(s, TalkData(dt.date(2026, 3, 1), secretary, office.members[1], "近况"), TODAY)  # too long ago
        talks.add_talk(s, TalkData(dt.date(2026, 6, 1), office.cadres[1], secretary), TODAY)  # cadres are members too
        start, end = talks.window(TODAY)
        gaps = talks.not_talked_to(s, start, end)
        listed = talks.list_talks(s, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert (start, end) == (dt.date(2026, 5, 23), TODAY)
    missing = {g.person_id for g in gaps}
    assert missing == set(office.party) - {office.members[0], secretary}
    assert gaps[-1].person_id == office.members[1] and gaps[-1].last_talk == dt.date(2026, 3, 1)
    assert all(g.last_talk is None for g in gaps[:-1]), "never talked to comes first"
    assert not missing & set(office.reps), "only party members are owed a talk"
    assert [(t.day, t.cadre_name, t.member_name, t.follow_up) for t in listed][1] == (
        dt.date(2026, 6, 1), "李委员", "张书记", "")


def test_half_years():
    assert talks.half_year(2026, 1) == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert talks.half_year(2026, 2) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert talks.window(dt.date(2026, 8, 31)) == (dt.date(2026, 3, 1), dt.date(2026, 8, 31))


@pytest.mark.parametrize(("data", "field", "code"), [
    (lambda o: TalkData(None, o.cadres[0], o.members[0]), "day", "required"),
    (lambda o: TalkData(TODAY + dt.timedelta(days=1), o.cadres[0], o.members[0]), "day", "future"),
    (lambda o: TalkData(TODAY, None, o.members[0]), "cadre", "required"),
    (lambda o: TalkData(TODAY, o.cadres[0], o.cadres[0]), "member", "same_person"),
    (lambda o: TalkData(TODAY, o.cadres[0], 9999), "member", "not_found"),
])
def test_bad_talks_are_refused(database, data, field, code):
    with database.session() as s:
        office = make_office(s)
        with pytest.raises(InvalidMeeting) as caught:
            talks.add_talk(s, data(office), TODAY)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_edit_and_delete_a_talk(database):
    with database.session() as s:
        office = make_office(s)
        talk = talks.add_talk(s, TalkData(TODAY, office.cadres[0], office.members[0], "近况"), TODAY)
        talks.update_talk(s, talk, TalkData(TODAY, office.cadres[1], office.members[0], "家庭困难", "申请救助"), TODAY)
        row = talks.list_talks(s)[0]
        assert (row.cadre_name, row.topic, row.follow_up) == ("李委员", "家庭困难", "申请救助")
        talks.delete_talk(s, talk)
        assert talks.list_talks(s) == []
