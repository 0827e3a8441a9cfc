"""Two PCs on one store (two Database objects on the same file or server database): a save made from a
stale copy is refused with who, when and both values, never silently undone; what the app holds once is
a rule of the database; a month's roster is drawn up, edited and published one writer at a time."""

from __future__ import annotations

import datetime as dt
import getpass

import pytest
from sqlalchemy import func, select

from partyplan.db.concurrency import ConflictError, DuplicateError, MonthChangedError
from partyplan.db.database import open_database
from partyplan.db.models import ItemStatus, Person, Role, Roster, RosterAssignment
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.plans import service as plans
from partyplan.rosters import service as rosters
from partyplan.rosters import setup
from partyplan.texts import error_message


@pytest.fixture
def other_pc(database, db_location, tmp_path):  # type: ignore[no-untyped-def]
    """A second PC: its own engine and connections on the same store."""
    db = open_database(db_location, backup_dir=tmp_path / "other-backups")
    yield db
    db.close()


def me(database) -> str:  # type: ignore[no-untyped-def]
    if database.is_sqlite:
        return getpass.getuser()
    with database.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT current_user").scalar())


def test_a_stale_person_form_is_refused_with_who_when_and_both_values(database, other_pc):
    with database.session() as s:
        pid = people.add_person(s, PersonData(name="王芳", phone="13800000001", roles={Role.VOLUNTEER}))
    with database.session() as s:
        seen = people.get_person(s, pid)  # PC A opens the form
    assert seen.row_version == 1
    with other_pc.session() as s:  # PC B saves a new phone
        people.update_person(s, pid, PersonData(name="王芳", phone="13900000002", roles={Role.VOLUNTEER}),
                             expected_version=1)
    mine = PersonData(name="王芳", phone="13800000001", address="3-502", roles={Role.VOLUNTEER})
    with pytest.raises(ConflictError) as caught, database.session() as s:
        people.update_person(s, pid, mine, expected_version=seen.row_version)
    exc = caught.value
    assert (exc.table, exc.key, exc.label) == ("people", str(pid), "王芳")
    assert exc.changed_by == me(database) and exc.changed_at is not None
    assert abs(exc.changed_at - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)
    assert exc.theirs["phone"] == "13900000002" and exc.mine["phone"] == "13800000001"
    assert (exc.expected_version, exc.current_version) == (1, 2)
    assert "王芳" in error_message(exc) and exc.changed_by in error_message(exc)
    with database.session() as s:
        assert people.get_person(s, pid).phone == "13900000002", "theirs is kept: nothing of mine was written"
    with database.session() as s:  # "keep mine": saved over theirs, knowingly
        people.update_person(s, pid, mine, expected_version=exc.current_version)
    with other_pc.session() as s:
        row = people.get_person(s, pid)
    assert (row.phone, row.address, row.row_version) == ("13800000001", "3-502", 3)


def test_a_role_ticked_on_another_pc_makes_the_person_a_new_version(database, other_pc):
    with database.session() as s:
        pid = people.add_person(s, PersonData(name="李明", roles={Role.CADRE}))
    with other_pc.session() as s:
        people.update_person(s, pid, PersonData(name="李明", roles={Role.CADRE, Role.VOLUNTEER}), expected_version=1)
    with pytest.raises(ConflictError) as caught, database.session() as s:
        people.update_person(s, pid, PersonData(name="李明", roles={Role.CADRE}), expected_version=1)
    assert caught.value.theirs["roles"] == ["cadre", "volunteer"] and caught.value.mine["roles"] == ["cadre"]


def test_a_plan_item_done_on_another_pc_is_not_reverted_by_a_stale_edit(database, other_pc):
    with database.session() as s:
        plan = plans.create_plan(s, plans.PlanData(2026, "2026年工作计划"))
        section = plans.add_section(s, plan, "一、党建")
        item = plans.add_item(s, section, "召开组织生活会")
    with database.session() as s:
        seen = plans.load_tree(s, plan).sections[0].items[0]
    with other_pc.session() as s:
        plans.update_item(s, item, {"status": ItemStatus.DONE}, expected_version=seen.row_version)
    with pytest.raises(ConflictError) as caught, database.session() as s:
        plans.update_item(s, item, {"status": ItemStatus.IN_PROGRESS, "title": "召开组织生活会（二）"},
                          expected_version=seen.row_version)
    assert caught.value.theirs["status"] == "done" and caught.value.mine["status"] == "in_progress"
    with database.session() as s:
        node = plans.load_tree(s, plan).sections[0].items[0]
    assert (node.status, node.title) == (ItemStatus.DONE, "召开组织生活会")


def test_a_save_without_a_version_still_cannot_undo_a_change_made_after_it_read(database, other_pc):
    """The UPDATE names the version it read: another PC's commit in between makes it match nothing."""
    with database.session() as s:
        pid = people.add_person(s, PersonData(name="赵六", phone="13800000003"))
    with pytest.raises(ConflictError) as caught, database.session() as s:
        person = s.get(Person, pid)
        with other_pc.session() as s2:
            people.set_archived(s2, pid, True)
        person.notes = "read before the other PC's save"
        s.flush()
    assert caught.value.table == "people"
    assert error_message(caught.value).startswith("This person was changed on another PC")
    with database.session() as s:
        assert s.get(Person, pid).notes is None and s.get(Person, pid).archived


def test_the_same_person_twice_is_refused_by_the_database_itself(database):
    with database.session() as s:
        people.add_person(s, PersonData(name="陈红", phone="13800000004"))
    with pytest.raises(DuplicateError) as caught, database.session() as s:
        s.add(Person(name="陈红", phone="13800000004"))  # what a second PC's check could not yet see
    assert (caught.value.table, caught.value.constraint) == ("people", "uq_people_name_phone")
    assert "陈红" not in error_message(caught.value) and "already" in error_message(caught.value)
    with pytest.raises(DuplicateError), database.session() as s:
        s.add(Person(name="陈红", id_number="110101199001011234"))
        s.add(Person(name="陈红", id_number="110101199001011234", phone="13800000005"))
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1
        s.add(Person(name="陈红", phone="13800000004", archived=True))  # archived copies are outside the rule


@pytest.fixture
def month(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        ids = [people.add_person(s, PersonData(name=f"干部{n:02d}", roles={Role.CADRE})) for n in range(8)]
        setup.seed_default_shifts(s)
        for pid in ids[:3]:
            setup.save_member(s, pid, setup.MemberData(tags=frozenset({"leader"})))
        for pid in ids[3:]:
            setup.save_member(s, pid, setup.MemberData())
        roster_id = rosters.generate(s, 2026, 11, time_limit_s=2)
    return roster_id, ids


def test_a_hand_edit_made_while_the_solver_works_is_never_doubled(database, other_pc, month):
    roster_id, ids = month
    with database.session() as s:
        prepared = rosters.prepare(s, 2026, 11, time_limit_s=2)
    slot = prepared.problem.slots[0]
    day, shift = slot.date, int(slot.shift)
    with other_pc.session() as s:  # meanwhile a hand edit on another PC
        rosters.set_cell(s, roster_id, day, shift, ids[:2])
    from partyplan.rosters import solver

    solution = solver.solve(prepared.problem)
    with pytest.raises(MonthChangedError) as caught, database.session() as s:
        rosters.store(s, prepared, solution)
    assert caught.value.changed_by == me(database) and (caught.value.year, caught.value.month) == (2026, 11)
    assert "2026" in error_message(caught.value)
    with database.session() as s:
        assert rosters.cell_people(s, roster_id, day, shift) == (ids[:2], True)
        prepared = rosters.prepare(s, 2026, 11, time_limit_s=2)  # drawn up again: the edit is its input
    with database.session() as s:
        rosters.store(s, prepared, solver.solve(prepared.problem))
        assert sorted(rosters.cell_people(s, roster_id, day, shift)[0]) == sorted(ids[:2])
        view = rosters.load_view(s, 2026, 11)
    assert all(len(people_) == view.needed(next(d for d in view.days if d.date == c[0]),
                                           next(x for x in view.shifts if x.id == c[1]))
               for c, people_ in view.cells.items())


def test_a_cell_changed_on_another_pc_is_a_conflict_naming_both_lists(database, other_pc, month):
    roster_id, ids = month
    with database.session() as s:
        view = rosters.load_view(s, 2026, 11)
    (day, shift), shown = next(iter(view.cells.items()))
    seen = [p.person_id for p in shown]
    others = [p for p in ids if p not in seen]
    with other_pc.session() as s:
        rosters.set_cell(s, roster_id, day, shift, [seen[0], others[0]], expected=seen)
    with pytest.raises(ConflictError) as caught, database.session() as s:
        rosters.set_cell(s, roster_id, day, shift, [seen[0], others[1]], expected=seen)
    exc = caught.value
    assert exc.theirs["people"] == sorted([seen[0], others[0]]) or sorted(exc.theirs["people"]) == sorted(
        [seen[0], others[0]])
    assert exc.mine["people"] == [seen[0], others[1]] and exc.changed_by == me(database)
    with database.session() as s:
        rosters.set_cell(s, roster_id, day, shift, [seen[0], others[1]], expected=exc.theirs["people"])
        assert sorted(rosters.cell_people(s, roster_id, day, shift)[0]) == sorted([seen[0], others[1]])


def test_publishing_a_month_changed_since_it_was_seen_is_refused(database, other_pc, month):
    roster_id, ids = month
    with database.session() as s:
        view = rosters.load_view(s, 2026, 11)
    (day, shift), _shown = next(iter(view.cells.items()))
    with other_pc.session() as s:
        rosters.set_cell(s, roster_id, day, shift, ids[:2])
    with pytest.raises(ConflictError), database.session() as s:
        rosters.publish(s, roster_id, expected_version=view.row_version)
    with database.session() as s:
        rosters.publish(s, roster_id, expected_version=rosters.load_view(s, 2026, 11).row_version)


def test_new_version_on_two_pcs_gives_both_the_same_draft(database, other_pc, month):
    roster_id, _ids = month
    with database.session() as s:
        rosters.publish(s, roster_id)
    with database.session() as s:
        first = rosters.new_version(s, 2026, 11)
    with other_pc.session() as s:
        second = rosters.new_version(s, 2026, 11)
    assert first == second
    with pytest.raises(DuplicateError) as caught, database.session() as s:  # the rule behind it
        s.add(Roster(year=2026, month=11, version=9))
    assert caught.value.constraint == "uq_rosters_month_draft"
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Roster)) == 2
        assert s.scalar(select(func.count()).select_from(RosterAssignment)
                        .where(RosterAssignment.roster_id == first)) > 0


def test_the_record_book_meetings_votes_posts_and_files_refuse_stale_saves(database, other_pc):
    """Every area's edit forms get the same protection: the entry, the meeting, a member's evaluation
    line, a post and a development file, each saved on the other PC first."""
    from partyplan.development import pipeline
    from partyplan.meetings import evaluation, service as meetings, types
    from partyplan.posts import service as posts
    from partyplan.rosters import duty_log

    day = dt.date(2026, 3, 2)
    with database.session() as s:
        member = people.add_person(s, PersonData(name="党员乙", roles={Role.PARTY_MEMBER}))
        applicant = people.add_person(s, PersonData(name="申请人丙", birth_date=dt.date(1995, 1, 1)))
        entry = duty_log.add_entry(s, duty_log.EntryData(day=day, matter="咨询低保"), today=day)
        types.seed_default_types(s)
        kind = types.list_types(s)[0].id
        meeting = meetings.create_meeting(s, meetings.MeetingData(type_id=kind, planned_on=day, title="三月支委会"))
        ev = evaluation.create_evaluation(s, 2026, "民主评议", [member])
        evaluation.set_ballots_cast(s, ev, 10)
        post = posts.save_post(s, posts.PostData(name="环境卫生岗"))
        case = pipeline.open_case(s, applicant, day, today=day)
    with database.session() as s:
        entry_seen = duty_log.list_entries(s, 2026, 3)[0].row_version
        meeting_seen = meetings.load_meeting(s, meeting).row.row_version
        line_seen = evaluation.results(s, ev).rows[0].row_version
        case_seen = pipeline.case_detail(s, case).row_version
        post_seen = next(p for p in posts.list_posts(s) if p.id == post).row_version
    with other_pc.session() as s:
        duty_log.update_entry(s, entry, duty_log.EntryData(day=day, matter="咨询低保（已答复）"), today=day)
        meetings.update_meeting(s, meeting, meetings.MeetingData(type_id=kind, planned_on=day, title="三月支委会（改期）"))
        evaluation.set_tallies(s, ev, member, {evaluation.Grade.EXCELLENT: 6})
        posts.save_post(s, posts.PostData(name="环境卫生岗", description="每周巡查"), post)
        pipeline.add_step(s, case, pipeline.StepData(kind=pipeline.StepKind.TALK, day=day), today=day)
    stale = [
        lambda s: duty_log.update_entry(s, entry, duty_log.EntryData(day=day, matter="咨询低保"), today=day,
                                        expected_version=entry_seen),
        lambda s: meetings.update_meeting(s, meeting, meetings.MeetingData(type_id=kind, planned_on=day, title="x"),
                                          expected_version=meeting_seen),
        lambda s: evaluation.set_tallies(s, ev, member, {evaluation.Grade.EXCELLENT: 2}, expected_version=line_seen),
        lambda s: posts.save_post(s, posts.PostData(name="环境卫生岗"), post, expected_version=post_seen),
        lambda s: pipeline.add_step(s, case, pipeline.StepData(kind=pipeline.StepKind.TALK, day=day), today=day,
                                    expected_version=case_seen),
    ]
    tables = []
    for save in stale:
        with pytest.raises(ConflictError) as caught, database.session() as s:
            save(s)
        tables.append(caught.value.table)
        assert caught.value.changed_by == me(database)
    assert tables == ["duty_log_entries", "meetings", "evaluation_subjects", "volunteer_posts", "development_cases"]
    with database.session() as s:
        assert evaluation.results(s, ev).rows[0].counts[evaluation.Grade.EXCELLENT] == 6


def test_saving_a_person_another_pc_deleted_says_who_deleted_them(database, other_pc):
    with database.session() as s:
        pid = people.add_person(s, PersonData(name="孙丽", phone="13800000070"))
    with other_pc.session() as s:
        assert people.delete_or_archive(s, pid) is people.DeleteOutcome.DELETED
    with pytest.raises(ConflictError) as caught, database.session() as s:
        people.update_person(s, pid, PersonData(name="孙丽", phone="13800000071"), expected_version=1)
    assert caught.value.deleted and caught.value.changed_by == me(database)
    assert caught.value.label == "孙丽" and "孙丽 was deleted by" in error_message(caught.value)
