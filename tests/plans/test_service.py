"""Plans as the office keeps them: sections, items, progress, recurring work, targets, next year's copy."""

from __future__ import annotations

import datetime as dt

import pytest

from partyplan.db.models import StepKind, Comparison, Gender, ItemStatus, PlanKind, Recurrence, Role
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.plans import copying, progress, service, targets
from partyplan.plans.service import InvalidPlan, PlanData

TODAY = dt.date(2026, 8, 15)


@pytest.fixture
def plan(database):  # type: ignore[no-untyped-def]
    """A 2026 plan in quarters: Q1 with two items, Q2 with one, a recurring quarterly meeting in 'All year'."""
    with database.session() as s:
        plan_id = service.create_plan(s, PlanData(year=2026, title="2026年工作计划", organization="柳北桥社区党委"))
        q1 = service.add_section(s, plan_id, "第一季度", quarter=1)
        q2 = service.add_section(s, plan_id, "第二季度", quarter=2)
        year = service.add_section(s, plan_id, "全年")
        ids = {
            "a": service.add_item(s, q1, "召开党委扩大会议", number="1"),
            "b": service.add_item(s, q1, "开展“学雷锋”志愿服务", number="2"),
            "c": service.add_item(s, q2, "组织党员公开承诺", number="1"),
            "m": service.add_item(s, year, "每季度召开居民情况通报会", number="1", recurrence=Recurrence.QUARTERLY),
        }
    return database, plan_id, {"q1": q1, "q2": q2, "year": year}, ids


def tree(database, plan_id):  # type: ignore[no-untyped-def]
    with database.session() as s:
        return service.load_tree(s, plan_id)


def test_tree_holds_sections_and_items_in_order(plan):
    database, plan_id, sections, ids = plan
    t = tree(database, plan_id)
    assert [s.title for s in t.sections] == ["第一季度", "第二季度", "全年"]
    assert [i.title for i in t.sections[0].items] == ["召开党委扩大会议", "开展“学雷锋”志愿服务"]
    assert t.plan.organization == "柳北桥社区党委"


def test_marking_done_dates_the_item_and_moves_section_progress(plan):
    database, plan_id, sections, ids = plan
    assert progress.section_progress(tree(database, plan_id))[sections["q1"]] == progress.Progress(0, 2)
    with database.session() as s:
        service.update_item(s, ids["a"], {"status": ItemStatus.DONE}, today=dt.date(2026, 3, 20))
        service.update_item(s, ids["b"], {"status": ItemStatus.CANCELLED})
    t = tree(database, plan_id)
    assert progress.section_progress(t)[sections["q1"]] == progress.Progress(1, 1)  # cancelled leaves the total
    assert t.sections[0].items[0].completed_on == dt.date(2026, 3, 20)
    with database.session() as s:
        service.update_item(s, ids["a"], {"status": ItemStatus.IN_PROGRESS})
    assert tree(database, plan_id).sections[0].items[0].completed_on is None


def test_recurring_item_counts_once_per_quarter(plan):
    database, plan_id, sections, ids = plan
    with database.session() as s:
        service.set_occurrence(s, ids["m"], 1, ItemStatus.DONE, today=dt.date(2026, 3, 30))
        service.set_occurrence(s, ids["m"], 2, ItemStatus.DONE, today=dt.date(2026, 6, 28))
        with pytest.raises(InvalidPlan):
            service.set_occurrence(s, ids["m"], 5, ItemStatus.DONE)
    t = tree(database, plan_id)
    assert progress.section_progress(t)[sections["year"]] == progress.Progress(2, 4)
    by_quarter = progress.quarter_progress(t)
    assert by_quarter[1] == progress.Progress(1, 3) and by_quarter[3] == progress.Progress(0, 1)
    assert progress.plan_progress(t) == progress.Progress(2, 7)


def test_overdue_is_past_its_period_and_not_closed(plan):
    database, plan_id, sections, ids = plan
    with database.session() as s:
        service.update_item(s, ids["a"], {"status": ItemStatus.DONE})
    overdue = progress.overdue_items(tree(database, plan_id), TODAY)
    assert overdue == {ids["b"], ids["c"], ids["m"]}  # Q1 and Q2 ended; the meeting missed Q1 and Q2
    with database.session() as s:
        service.update_item(s, ids["c"], {"due_date": dt.date(2026, 9, 30)})
    assert ids["c"] not in progress.overdue_items(tree(database, plan_id), TODAY)


def test_soft_delete_and_undo_bring_an_item_back_whole(plan):
    database, plan_id, sections, ids = plan
    with database.session() as s:
        service.add_note(s, ids["b"], "已联系志愿者 25 人", dt.date(2026, 3, 1))
        service.set_deleted(s, "item", ids["b"], True)
    assert [i.id for i in tree(database, plan_id).sections[0].items] == [ids["a"]]
    with database.session() as s:
        service.set_deleted(s, "item", ids["b"], False)
    item = tree(database, plan_id).sections[0].items[1]
    assert item.id == ids["b"] and item.notes[0].text == "已联系志愿者 25 人"


def test_move_item_between_sections_and_reorder(plan):
    database, plan_id, sections, ids = plan
    with database.session() as s:
        service.move_item(s, ids["c"], sections["q1"], 0)
    t = tree(database, plan_id)
    assert [i.id for i in t.sections[0].items] == [ids["c"], ids["a"], ids["b"]]
    assert t.sections[1].items == []
    with database.session() as s:
        service.move_section(s, sections["year"], 0)
    assert [s.title for s in tree(database, plan_id).sections] == ["全年", "第一季度", "第二季度"]


def test_validation(database):
    with database.session() as s:
        with pytest.raises(InvalidPlan) as info:
            service.create_plan(s, PlanData(year=2026, title="  "))
        assert (info.value.field, info.value.code) == ("title", "required")
        with pytest.raises(InvalidPlan):
            service.create_plan(s, PlanData(year=2004, end_year=2002, title="2002-2004", kind=PlanKind.MULTI_YEAR))
        plan_id = service.create_plan(s, PlanData(year=2026, title="计划"))
        section = service.add_section(s, plan_id, "一")
        item = service.add_item(s, section, "任务")
        with pytest.raises(InvalidPlan):
            service.update_item(s, item, {"quarter": 5})


def test_copy_into_next_year_resets_progress_keeps_structure(plan):
    database, plan_id, sections, ids = plan
    with database.session() as s:
        service.update_item(s, ids["a"], {"status": ItemStatus.DONE, "due_date": dt.date(2026, 3, 31)})
        service.set_occurrence(s, ids["m"], 1, ItemStatus.DONE)
        service.add_note(s, ids["a"], "已召开")
        service.set_deleted(s, "item", ids["b"], True)
        new_id = copying.copy_plan(s, plan_id, 2027)
    t = tree(database, new_id)
    assert t.plan.title == "2027年工作计划" and t.plan.year == 2027
    assert [[i.title for i in sec.items] for sec in t.sections] == [
        ["召开党委扩大会议"], ["组织党员公开承诺"], ["每季度召开居民情况通报会"]]
    first = t.sections[0].items[0]
    assert (first.status, first.completed_on, first.notes, first.due_date) == (
        ItemStatus.NOT_STARTED, None, (), dt.date(2027, 3, 31))
    assert t.sections[2].items[0].recurrence is Recurrence.QUARTERLY and t.sections[2].items[0].occurrences == {}


def test_responsible_people_keep_a_person_from_being_deleted(plan):
    database, plan_id, sections, ids = plan
    with database.session() as s:
        pid = people.add_person(s, PersonData(name="王书记", roles={Role.CADRE}))
        service.set_item_people(s, ids["a"], [pid, pid])
    assert tree(database, plan_id).sections[0].items[0].people == ((pid, "王书记"),)
    with database.session() as s:
        assert people.delete_or_archive(s, pid) is people.DeleteOutcome.ARCHIVED


def test_targets_typed_and_computed(plan):
    """New members count from the development files only: two people admitted through their files this
    year, two more typed into People as joined this year; the old People-counted sources read the same."""
    from partyplan.development import pipeline
    from partyplan.development.pipeline import StepData
    from tests.development import record

    database, plan_id, _sections, _ids = plan
    d = dt.date
    with database.session() as s:
        sponsors = tuple(people.add_person(s, PersonData(name=n, roles={Role.PARTY_MEMBER})) for n in "AB")
        for n, (gender, born) in enumerate([(Gender.FEMALE, 1995), (Gender.MALE, 1993), (Gender.FEMALE, 1970),
                                            (Gender.MALE, 1998)]):
            member = {"roles": {Role.PARTY_MEMBER}, "joined_date": dt.date(2026, 7, 1)} if n >= 2 else {}
            pid = people.add_person(s, PersonData(name=f"新党员{n}", gender=gender, birth_date=dt.date(born, 1, 1),
                                                  **member), today=TODAY)
            if n < 2:
                case = pipeline.open_case(s, pid, d(2024, 1, 1), today=TODAY)
                for kind, day in ((StepKind.TALK, d(2024, 1, 10)), (StepKind.ACTIVIST, d(2024, 3, 1)),
                                  (StepKind.TARGET, d(2025, 4, 1)), (StepKind.REVIEW, d(2025, 4, 5)),
                                  (StepKind.TRAINING, d(2025, 4, 10)), (StepKind.NOTICE, d(2025, 4, 20)),
                                  (StepKind.PROBATIONARY, d(2026, 7, 1))):
                    record(s, case, StepData(kind, day, days=3 if kind is StepKind.TRAINING else None,
                                             people=sponsors if kind in (StepKind.ACTIVIST,
                                                                         StepKind.PROBATIONARY) else ()),
                           today=TODAY)  # with the filings, reviews and the meeting's vote the rules require
        people.add_person(s, PersonData(name="老党员", roles={Role.PARTY_MEMBER}, joined_date=dt.date(2001, 7, 1)))
        sites = targets.add_target(s, plan_id, targets.TargetData("市级示范点", 2, "个"))
        targets.add_actual(s, sites, 1, dt.date(2026, 6, 30))
        targets.add_target(s, plan_id, targets.TargetData("发展新党员", 30, "名", Comparison.ABOUT, "new_members"))
        targets.add_target(s, plan_id, targets.TargetData("35岁以下比例", 70, "%", source="new_members_under35_share"))
        targets.add_target(s, plan_id, targets.TargetData("女性比例", 26, "%", source="new_members_women_share"))
        targets.add_target(s, plan_id, targets.TargetData("新党员", 2, "名", source="dev_new_members"))
        rows = targets.list_targets(s, plan_id, 2026)
        first_half = targets.list_targets(s, plan_id, 2026, until=d(2026, 6, 30))
    assert [(r.actual, r.met) for r in rows] == [(1, False), (2.0, False), (100.0, True), (50.0, True), (2.0, True)]
    assert rows[0].attainment == pytest.approx(0.5)
    assert [r.actual for r in first_half] == [1, 0.0, 0.0, 0.0, 0.0], "admitted on 1 July: not yet on 30 June"


def test_attainment_rules():
    assert targets.attainment(Comparison.AT_MOST, 5, 4) == (1.0, True)
    assert targets.attainment(Comparison.ABOUT, 30, 28) == (pytest.approx(28 / 30), True)
    assert targets.attainment(Comparison.ABOUT, 30, 25)[1] is False
    assert targets.attainment(Comparison.EQUAL, 3, 3)[1] is True
