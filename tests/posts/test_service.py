"""Volunteer posts as the tab, the export and the yearly report rely on them: posts, members, service
records with their totals and the yearly target, household visits, and the refusals with their reasons."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan import office
from partyplan.db.models import Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.posts import figures, service, service_records, visits
from partyplan.posts.service import InvalidPost, PostData, PostSettings
from partyplan.posts.service_records import InvalidService, ServiceData, Unit
from partyplan.posts.visits import InvalidVisit, VisitData
from partyplan.texts import posts as words

TODAY = dt.date(2026, 11, 22)
MEMBER, VOLUNTEER, REP = {Role.PARTY_MEMBER}, {Role.VOLUNTEER}, {Role.RESIDENT_REP}


def add(session, name: str, roles=MEMBER, household: str | None = None, archived: bool = False) -> int:  # type: ignore[no-untyped-def]
    person_id = people.add_person(session, PersonData(name=name, roles=set(roles), household=household), TODAY)
    if archived:
        people.set_archived(session, person_id, True)
    return person_id


@pytest.fixture
def office_db(database):  # type: ignore[no-untyped-def]
    """The eight posts and a few people: two members, a volunteer, a residents' rep and an archived member."""
    with database.session() as s:
        service.seed_default_posts(s)
        ids = {"wang": add(s, "王芳", MEMBER, "3-502"), "li": add(s, "李强", VOLUNTEER, "5-101"),
               "zhang": add(s, "张伟", MEMBER | VOLUNTEER), "zhao": add(s, "赵敏", REP, "7-302"),
               "old": add(s, "钱老", MEMBER, archived=True)}
        posts = {p.key: p.id for p in service.list_posts(s)}
    return database, ids, posts


def refused(error: type, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    with pytest.raises(error) as info:
        fn(*args, **kwargs)
    return info.value


# -- posts -------------------------------------------------------------------------------------
def test_the_eight_posts_are_seeded_once_in_both_languages(database):
    with database.session() as s:
        assert service.seed_default_posts(s) == 8
        assert service.seed_default_posts(s) == 0, "seeding again adds nothing"
        rows = service.list_posts(s)
    assert [r.name for r in rows] == ["治安巡逻岗", "政策宣传岗", "义务教育岗", "爱心奉献岗", "便民服务岗", "纠纷调解岗",
                                      "环境监督岗（环境卫士）", "居务监督岗"]
    assert rows[0].name_en == "Public-security patrol" and rows[6].name_en == "Environmental guardian"
    assert all(r.description and r.skills and r.key for r in rows)
    assert rows[0].label("en") == "Public-security patrol" and rows[0].label("zh_CN") == "治安巡逻岗"


def test_english_office_gets_english_descriptions(database):
    with database.session() as s:
        service.seed_default_posts(s, "en")
        first = service.list_posts(s)[0]
    assert first.name == "治安巡逻岗" and first.description.startswith("Patrol") and "patrol" in first.skills


def test_posts_are_editable_archivable_and_new_ones_addable(office_db):
    database, ids, posts = office_db
    with database.session() as s:
        new = service.save_post(s, PostData(" 文明 引导岗 ", "Civility guide", "引导文明出行", ids["wang"], 5, "沟通、引导"))
        service.save_post(s, PostData("治安巡逻岗", "Patrol", "夜间巡逻", ids["li"], 10, "巡逻"), posts["patrol"])
        service.archive_post(s, posts["supervision"])
        rows = {r.id: r for r in service.list_posts(s)}
        everything = service.list_posts(s, include_archived=True)
    assert rows[new].name == "文明 引导岗" and rows[new].key is None and rows[new].leader_name == "王芳"
    assert rows[new].position == 8, "a new post goes last"
    assert (rows[posts["patrol"]].name_en, rows[posts["patrol"]].capacity) == ("Patrol", 10)
    assert posts["supervision"] not in rows and len(everything) == 9


def test_bad_posts_are_refused_with_a_reason(office_db):
    database, ids, posts = office_db
    with database.session() as s:
        assert refused(InvalidPost, service.save_post, s, PostData("  ")).code == "required"
        assert refused(InvalidPost, service.save_post, s, PostData("新岗", capacity=-1)).code == "negative"
        duplicate = refused(InvalidPost, service.save_post, s, PostData("治安巡逻岗"))
        assert (duplicate.field, duplicate.code, duplicate.people) == ("name", "duplicate", ("治安巡逻岗",))
        archived = refused(InvalidPost, service.save_post, s, PostData("新岗", leader_id=ids["old"]))
        assert (archived.field, archived.code, archived.people) == ("leader_id", "archived", ("钱老",))
        assert refused(InvalidPost, service.save_post, s, PostData("长" * 61)).code == "too_long"


def test_a_leader_archived_later_does_not_block_editing_the_post(office_db):
    database, ids, posts = office_db
    with database.session() as s:
        service.save_post(s, PostData("治安巡逻岗", leader_id=ids["wang"]), posts["patrol"])
        people.set_archived(s, ids["wang"], True)
        service.save_post(s, PostData("治安巡逻岗", capacity=6, leader_id=ids["wang"]), posts["patrol"])
        assert service.get_post(s, posts["patrol"]).capacity == 6


# -- members -----------------------------------------------------------------------------------
def test_assign_with_skill_and_one_main_post_rule(office_db):
    database, ids, posts = office_db
    with database.session() as s:
        service.assign(s, posts["patrol"], ids["wang"], skill="巡逻", since=dt.date(2025, 3, 1))
        second = refused(InvalidPost, service.assign, s, posts["mediation"], ids["wang"], skill="调解")
        assert (second.code, second.people) == ("has_main_post", ("王芳", "治安巡逻岗"))
        assert "already has a main post (治安巡逻岗)" in words.problem(second.field, second.code, second.people)
        service.assign(s, posts["mediation"], ids["wang"], skill="调解", main=False)
        again = refused(InvalidPost, service.assign, s, posts["patrol"], ids["wang"], main=False)
        assert again.code == "already_on_post"
        service.save_settings(s, PostSettings(one_main_post=False))
        service.assign(s, posts["publicity"], ids["wang"], skill="宣讲")
        rows = service.list_members(s)
    mine = [(r.post_name, r.skill, r.main) for r in rows if r.person_id == ids["wang"]]
    assert mine == [("治安巡逻岗", "巡逻", True), ("政策宣传岗", "宣讲", True), ("纠纷调解岗", "调解", False)]


def test_archived_people_and_posts_cannot_be_assigned(office_db):
    database, ids, posts = office_db
    with database.session() as s:
        person = refused(InvalidPost, service.assign, s, posts["patrol"], ids["old"])
        assert (person.field, person.code, person.people) == ("person_id", "archived", ("钱老",))
        assert "钱老" in words.problem(person.field, person.code, person.people)
        service.archive_post(s, posts["patrol"])
        post = refused(InvalidPost, service.assign, s, posts["patrol"], ids["wang"])
        assert (post.field, post.code) == ("post_id", "archived")


def test_move_keeps_history_and_end_closes_membership(office_db):
    database, ids, posts = office_db
    with database.session() as s:
        member = service.assign(s, posts["patrol"], ids["li"], skill="巡逻", since=dt.date(2025, 1, 1))
        early = refused(InvalidPost, service.move_member, s, member, posts["environment"], dt.date(2024, 12, 1))
        assert early.code == "before_since"
        assert refused(InvalidPost, service.move_member, s, member, posts["patrol"]).code == "same_post"
        moved = service.move_member(s, member, posts["environment"], dt.date(2026, 3, 1))
        assert [m.post_name for m in service.list_members(s, on=dt.date(2025, 6, 1))] == ["治安巡逻岗"]
        assert [m.post_name for m in service.list_members(s)] == ["环境监督岗（环境卫士）"]
        assert refused(InvalidPost, service.end_member, s, moved, dt.date(2026, 2, 1)).code == "before_since"
        service.end_member(s, moved, dt.date(2026, 10, 31))
        assert service.list_members(s) == []
        assert len(service.list_members(s, include_ended=True)) == 2
        assert refused(InvalidPost, service.end_member, s, moved).code == "not_current"


def test_people_without_a_post_are_active_members_and_volunteers(office_db):
    database, ids, posts = office_db
    with database.session() as s:
        assert {p.name for p in service.people_without_post(s)} == {"王芳", "李强", "张伟"}
        service.assign(s, posts["patrol"], ids["wang"])
        assert {p.name for p in service.people_without_post(s)} == {"李强", "张伟"}
        service.archive_post(s, posts["patrol"])
        assert "王芳" in {p.name for p in service.people_without_post(s)}, "an archived post is no post"
        service.archive_post(s, posts["patrol"], False)
        people.set_archived(s, ids["li"], True)
        assert {p.name for p in service.people_without_post(s)} == {"张伟"}


def test_capacity_below_full_over_and_open(office_db):
    database, ids, posts = office_db
    with database.session() as s:
        for key, capacity in (("patrol", 1), ("publicity", 2), ("mediation", 1)):
            post = service.get_post(s, posts[key])
            service.save_post(s, PostData(post.name, post.name_en, capacity=capacity), post.id)
        service.assign(s, posts["patrol"], ids["wang"])
        service.assign(s, posts["patrol"], ids["li"])
        service.assign(s, posts["publicity"], ids["zhang"])
        service.assign(s, posts["mediation"], ids["zhao"])
        states = {r.post_id: (r.members, r.capacity, r.state) for r in service.capacity_status(s)}
    assert states[posts["patrol"]] == (2, 1, "over")
    assert states[posts["publicity"]] == (1, 2, "below")
    assert states[posts["mediation"]] == (1, 1, "full")
    assert states[posts["education"]] == (0, None, "open")


def test_settings_are_kept_in_the_office_table_and_checked(database):
    with database.session() as s:
        assert service.get_settings(s) == PostSettings(True, 8.0, 8.0)
        service.save_settings(s, PostSettings(False, 16, 7.5))
        assert office.get_setting(s, service.HOURS_PER_DAY) == "7.5"
        assert refused(InvalidPost, service.save_settings, s, PostSettings(True, 8, 0)).field == "hours_per_day"
        assert refused(InvalidPost, service.save_settings, s, PostSettings(True, -1, 8)).code == "range"
    with database.session() as s:
        assert service.get_settings(s) == PostSettings(False, 16.0, 7.5)


# -- service records ---------------------------------------------------------------------------
def test_a_group_activity_is_one_record_with_the_same_hours_each(database):
    with database.session() as s:
        service.seed_default_posts(s)
        crew = [add(s, f"志愿者{n:02d}", VOLUNTEER) for n in range(25)]
        green = next(p.id for p in service.list_posts(s) if p.key == "environment")
        record = service_records.add_record(s, ServiceData(dt.date(2026, 3, 12), "义务植树", tuple(crew + crew[:2]), 4,
                                                           Unit.HOURS, green, "柳江北岸", "辖区居民"), TODAY)
        row = service_records.get_record(s, record)
        totals = service_records.post_totals(s, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert len(row.people) == 25, "a person ticked twice serves once"
    assert {h for _i, _n, h in row.people} == {4.0} and row.total_hours == 100
    green_total = next(t for t in totals if t.post_id == green)
    assert (green_total.hours, green_total.people, green_total.records) == (100, 25, 1)


def test_days_count_hours_per_day(office_db):
    database, ids, _posts = office_db
    with database.session() as s:
        one = service_records.add_record(s, ServiceData(dt.date(2026, 5, 1), "捐一天", (ids["wang"],), 1, Unit.DAYS),
                                         TODAY)
        service.save_settings(s, PostSettings(hours_per_day=7.5))
        half = service_records.add_record(s, ServiceData(dt.date(2026, 5, 2), "半天", (ids["li"],), 0.5, Unit.DAYS),
                                          TODAY)
        assert service_records.get_record(s, one).total_hours == 8
        assert service_records.get_record(s, half).total_hours == 3.75


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"amount": -2}, "amount", "not_positive"),
    ({"amount": 0}, "amount", "not_positive"),
    ({"amount": float("nan")}, "amount", "not_positive"),
    ({"amount": 25}, "amount", "too_many"),
    ({"amount": 32, "unit": Unit.DAYS}, "amount", "too_many"),
    ({"day": TODAY + dt.timedelta(days=1)}, "day", "future"),
    ({"people": ()}, "people", "required"),
    ({"activity": "  "}, "activity", "required"),
])
def test_bad_service_is_refused_with_a_reason(office_db, change, field, code):
    database, ids, _posts = office_db
    base = {"day": TODAY, "activity": "巡逻", "people": (ids["wang"],), "amount": 2.0, "unit": Unit.HOURS}
    with database.session() as s:
        error = refused(InvalidService, service_records.add_record, s, ServiceData(**{**base, **change}), TODAY)
        assert (error.field, error.code) == (field, code)
        assert words.problem(error.field, error.code) != code, "every code has a sentence"
        assert service_records.list_records(s, dt.date(2000, 1, 1), TODAY) == []


def test_archived_people_are_refused_by_name_but_may_stay_on_old_records(office_db):
    database, ids, _posts = office_db
    with database.session() as s:
        error = refused(InvalidService, service_records.add_record, s,
                        ServiceData(TODAY, "巡逻", (ids["wang"], ids["old"]), 2), TODAY)
        assert (error.field, error.code, error.people) == ("people", "archived", ("钱老",))
        assert "钱老" in words.problem(error.field, error.code, error.people)
        record = service_records.add_record(s, ServiceData(dt.date(2026, 4, 1), "巡逻", (ids["wang"], ids["li"]), 2),
                                            TODAY)
        people.set_archived(s, ids["li"], True)
        service_records.update_record(s, record, ServiceData(dt.date(2026, 4, 1), "夜间巡逻", (ids["wang"], ids["li"]), 3),
                                      TODAY)
        row = service_records.get_record(s, record)
        assert (row.activity, row.total_hours) == ("夜间巡逻", 6)
        service_records.delete_record(s, record)
        assert service_records.list_records(s, dt.date(2026, 1, 1), TODAY) == []


def test_totals_per_person_and_post_respect_the_period(office_db):
    database, ids, posts = office_db
    with database.session() as s:
        for day, people_, hours, post in ((dt.date(2025, 12, 31), (ids["wang"],), 5, posts["patrol"]),
                                          (dt.date(2026, 1, 1), (ids["wang"], ids["li"]), 2, posts["patrol"]),
                                          (dt.date(2026, 6, 30), (ids["li"],), 3, None),
                                          (dt.date(2026, 7, 1), (ids["zhang"],), 4, posts["mediation"])):
            service_records.add_record(s, ServiceData(day, "服务", people_, hours, Unit.HOURS, post), TODAY)
        half = service_records.person_totals(s, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
        posts_half = service_records.post_totals(s, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
        found = service_records.list_records(s, dt.date(2026, 1, 1), TODAY, search="李强")
        period = service_records.period_service(s, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
        assert period.records == service_records.list_records(s, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
        assert refused(InvalidService, service_records.period_service, s, TODAY, dt.date(2026, 1, 1)).code == \
            "end_before_start"
        assert refused(InvalidService, service_records.person_totals, s, TODAY, dt.date(2026, 1, 1)).code == \
            "end_before_start"
    assert [(t.name, t.hours, t.records) for t in half] == [("李强", 5, 2), ("王芳", 2, 1)]
    by_post = {t.post_id: (t.hours, t.people, t.records) for t in posts_half}
    assert by_post[posts["patrol"]] == (4, 2, 1) and by_post[None] == (3, 1, 1)
    assert by_post[posts["mediation"]] == (0, 0, 0)
    assert [r.day for r in found] == [dt.date(2026, 6, 30), dt.date(2026, 1, 1)]
    assert (period.people, period.posts) == (half, posts_half), "the Service page's one read adds up the same"


def test_who_has_not_met_the_yearly_target(office_db):
    database, ids, _posts = office_db
    with database.session() as s:
        service_records.add_record(s, ServiceData(dt.date(2026, 3, 12), "植树", (ids["wang"], ids["li"]), 4), TODAY)
        service_records.add_record(s, ServiceData(dt.date(2026, 9, 1), "巡逻", (ids["wang"],), 4), TODAY)
        service_records.add_record(s, ServiceData(dt.date(2025, 9, 1), "去年", (ids["zhang"],), 8), TODAY)
        unmet = service_records.unmet_target(s, 2026)
        assert [(r.name, r.hours, r.missing) for r in unmet] == [("张伟", 0, 8), ("李强", 4, 4)]
        assert "赵敏" not in {r.name for r in service_records.target_status(s, 2026)}, "residents' reps are not asked"
        service.save_settings(s, PostSettings(yearly_target_hours=4))
        assert [r.name for r in service_records.unmet_target(s, 2026)] == ["张伟"]
        assert [r.name for r in service_records.unmet_target(s, 2025)] == ["李强", "王芳"]


# -- household visits --------------------------------------------------------------------------
def test_visits_from_people_or_typed_and_open_difficulties_until_resolved(office_db):
    database, ids, _posts = office_db
    with database.session() as s:
        first = visits.add_visit(s, VisitData("", dt.date(2026, 5, 1), (ids["zhang"],), ids["wang"], "老两口同住",
                                              "屋顶漏水", follow_up_due=dt.date(2026, 5, 20)), TODAY)
        typed = visits.add_visit(s, VisitData(" 9号楼 2单元 ", dt.date(2026, 6, 1), (ids["li"], ids["zhang"]), None,
                                              "", "孩子无人照看"), TODAY)
        visits.add_visit(s, VisitData("3 - 502", dt.date(2026, 7, 1), (ids["li"],)), TODAY)
        visits.add_visit(s, VisitData("1-101", dt.date(2025, 12, 1), (ids["li"],), difficulty="申请低保"), TODAY)
        rows = {r.id: r for r in visits.list_visits(s, 2026)}
        assert (rows[first].household, rows[first].resident_name) == ("3-502", "王芳")
        assert rows[typed].household == "9号楼 2单元" and rows[typed].visitors == ((ids["zhang"], "张伟"), (ids["li"], "李强"))
        open_now = visits.open_difficulties(s)
        assert [r.difficulty for r in open_now] == ["屋顶漏水", "申请低保", "孩子无人照看"], "dated follow-ups first"
        assert open_now[0].overdue(TODAY)
        visits.close_difficulty(s, first, dt.date(2026, 5, 15), "联系物业修好", TODAY)
        assert refused(InvalidVisit, visits.close_difficulty, s, first, TODAY, "", TODAY).code == "not_open"
        closed = visits.get_visit(s, first)
        assert closed.resolved_on == dt.date(2026, 5, 15) and closed.action == "2026-05-15 联系物业修好"
        assert [r.difficulty for r in visits.open_difficulties(s)] == ["申请低保", "孩子无人照看"]
        counts = visits.year_counts(s, 2026)
    assert (counts.visits, counts.households) == (3, 2), "3-502 typed twice ways is one household"
    assert (counts.difficulties_raised, counts.difficulties_solved, counts.open_now) == (2, 1, 2)


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"household": " "}, "household", "required"),
    ({"visitors": ()}, "visitors", "required"),
    ({"day": TODAY + dt.timedelta(days=1)}, "day", "future"),
    ({"resolved_on": dt.date(2026, 5, 1)}, "resolved_on", "no_difficulty"),
    ({"difficulty": "漏水", "resolved_on": dt.date(2026, 4, 30)}, "resolved_on", "before_day"),
    ({"difficulty": "漏水", "resolved_on": TODAY + dt.timedelta(days=1)}, "resolved_on", "future"),
    ({"follow_up_due": dt.date(2026, 4, 1)}, "follow_up_due", "before_day"),
])
def test_bad_visits_are_refused_with_a_reason(office_db, change, field, code):
    database, ids, _posts = office_db
    base = {"household": "3-502", "day": dt.date(2026, 5, 1), "visitors": (ids["li"],)}
    with database.session() as s:
        error = refused(InvalidVisit, visits.add_visit, s, VisitData(**{**base, **change}), TODAY)
        assert (error.field, error.code) == (field, code)
        assert words.problem(error.field, error.code) != code


def test_archived_visitor_is_refused_and_resolution_before_the_visit_too(office_db):
    database, ids, _posts = office_db
    with database.session() as s:
        error = refused(InvalidVisit, visits.add_visit, s, VisitData("3-502", TODAY, (ids["old"],)), TODAY)
        assert (error.code, error.people) == ("archived", ("钱老",))
        visit = visits.add_visit(s, VisitData("3-502", dt.date(2026, 5, 1), (ids["li"],), difficulty="漏水"), TODAY)
        late = refused(InvalidVisit, visits.close_difficulty, s, visit, dt.date(2026, 4, 1), "", TODAY)
        assert (late.field, late.code) == ("resolved_on", "before_day")


# -- the year as the report quotes it ----------------------------------------------------------
def test_year_figures(office_db):
    database, ids, posts = office_db
    with database.session() as s:
        service.assign(s, posts["patrol"], ids["wang"], since=dt.date(2025, 1, 1))
        service.assign(s, posts["patrol"], ids["li"], since=dt.date(2026, 12, 1))  # not yet on the post today
        service_records.add_record(s, ServiceData(dt.date(2026, 3, 12), "植树", (ids["wang"], ids["li"]), 8), TODAY)
        visits.add_visit(s, VisitData("3-502", dt.date(2026, 5, 1), (ids["li"],), difficulty="漏水",
                                      resolved_on=dt.date(2026, 5, 3)), TODAY)
        f = figures.year_figures(s, 2026, TODAY)
    assert (f.posts, f.members, f.service_records, f.service_hours, f.service_days) == (8, 1, 1, 16, 2)
    assert (f.people_served, f.target_met, f.target_expected, f.target_hours) == (2, 2, 3, 8)
    assert (f.visits.households, f.visits.difficulties_raised, f.visits.difficulties_solved) == (1, 1, 1)


def test_demo_fills_posts_service_and_visits(database):
    from sqlalchemy import select

    from partyplan.db.models import Person
    from partyplan.demo import people as demo_people
    from partyplan.demo import posts as demo_posts

    with database.session() as s:
        demo_people.fill(s, today=TODAY)
        assert demo_posts.fill(s, list(s.scalars(select(Person.id))), today=TODAY, seed=2026) == 8
        records = service_records.list_records(s, TODAY - dt.timedelta(days=366), TODAY)
        planting = [r for r in records if r.activity == "义务植树活动"]
        states = {r.state for r in service.capacity_status(s)}
        open_now = visits.open_difficulties(s)
        assert len(visits.list_visits(s)) == 20 and 2 <= len(open_now) <= 6
        assert all(len(service.list_members(s, p.id)) for p in service.list_posts(s))
        assert service_records.unmet_target(s, TODAY.year), "some have not met the target yet"
    assert len(planting) == 1 and len(planting[0].people) == 25 and planting[0].total_hours == 100
    assert {"over", "below"} <= states
    assert max(r.day for r in records) <= TODAY
