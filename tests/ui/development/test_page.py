"""The member development page as the branch secretary uses it: open a file, record steps, see what is due,
set a rule aside with a reason, read the year's figures against the plan, export."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import Comparison, Gender, Role, Stage, StepKind, VoteKind
from partyplan.development import pipeline, rules
from partyplan.development.pipeline import StepData
from partyplan.meetings import service as meetings
from partyplan.meetings import types
from partyplan.members import roll
from partyplan.people import service as people
from partyplan.people.validation import PersonData
from partyplan.plans import service as plans
from partyplan.plans import targets
from partyplan.ui.development.page import KEY_ROLE, DevelopmentPage
from partyplan.ui.operations import Operations

D = dt.date
TODAY = D(2026, 11, 20)


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        ids = {name: people.add_person(s, PersonData(name=name, roles={Role.PARTY_MEMBER, Role.CADRE}), TODAY)
               for name in ("王书记", "李委员")}
        ids["林晓"] = people.add_person(s, PersonData(name="林晓", gender=Gender.FEMALE, birth_date=D(2000, 5, 1)),
                                        TODAY)
        ids["周强"] = people.add_person(s, PersonData(name="周强", birth_date=D(1990, 2, 1)), TODAY)
        ids["小周"] = people.add_person(s, PersonData(name="小周", birth_date=D(2010, 2, 1)), TODAY)
    return database, ids


@pytest.fixture
def page(qtbot, qapp, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    database, _ids = office
    widget = DevelopmentPage(Operations(database))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.set_today(TODAY)
    return widget


def press_ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def column(model, number: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, number).data() for row in range(model.rowCount())]


def shown_errors(dialog) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {name: label.text() for name, label in dialog.errors.items() if not label.isHidden()}


def walk(database, person_id: int, steps, mentors=()) -> int:  # type: ignore[no-untyped-def]
    """Record a file directly through the service, for the tests that start later in the pipeline; each
    committee decision is filed with the higher committee the same day, and the branch committee's and
    the higher committee's reviews and the application form come on the day of the notice."""
    with database.session() as s:
        case = pipeline.open_case(s, person_id, steps[0][1], today=TODAY)
        for kind, day in steps[1:]:
            if kind is StepKind.NOTICE:
                for extra in (StepKind.COMMITTEE_REVIEW, StepKind.PRE_REVIEW, StepKind.APPLICATION_FORM):
                    pipeline.add_step(s, case, StepData(extra, day), today=TODAY)
            chosen = mentors[:1] if kind is StepKind.ACTIVIST else mentors if kind is StepKind.PROBATIONARY else ()
            pipeline.add_step(s, case, StepData(kind, day, people=chosen, days=3, class_hours=24), today=TODAY)
            if kind in (StepKind.ACTIVIST, StepKind.TARGET):
                pipeline.add_step(s, case, StepData(StepKind.FILING, day), today=TODAY)
    return case


def general_meeting(database, day, kind: VoteKind, person_id: int) -> int:  # type: ignore[no-untyped-def]
    """A general meeting held on `day` where every member on the voter roll votes for (kind) on the person."""
    with database.session() as s:
        types.seed_default_types(s)
        general = next(t for t in types.list_types(s) if t.key == "general_meeting")
        voters = [e.person_id for e in roll.voter_roll(s, day)]
        meeting_id = meetings.create_meeting(s, meetings.MeetingData(general.id, day))
        meetings.record_meeting(s, meeting_id, meetings.RecordData(
            day, attendees=tuple(meetings.AttendeeData(p) for p in voters), resolutions=(meetings.ResolutionData(
                kind.value, voted=True, votes_for=len(voters), kind=kind, subject_id=person_id),)), today=TODAY)
    return meeting_id


def test_new_applicant_talk_and_activist_through_the_dialogs(qtbot, page, office):
    database, ids = office
    assert page.pipeline_model.rowCount() == 0 and "No development files yet" in page.facts_label.text()
    assert f"“{page.buttons['new'].text()}”" in page.facts_label.text(), "the hint names the button as it reads"
    i18n.install("zh_CN")
    assert "“新增入党申请人...”" in page.facts_label.text() and page.buttons["new"].text() == "新增入党申请人..."
    i18n.install("en")
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.person.findData(ids["王书记"]) == -1, "party members do not apply"
    press_ok(dialog)
    assert dialog.isVisible() and shown_errors(dialog) == {"person": "Choose a person."}
    dialog.person.setCurrentIndex(dialog.person.findData(ids["林晓"]))
    dialog.day.setDate(QDate(2026, 11, 1))
    press_ok(dialog)
    assert not dialog.isVisible()
    assert column(page.pipeline_model, 0) == ["林晓"] and page.name_label.text() == "林晓"
    assert column(page.pipeline_model, 3) == ["2026-12-01  Talk with the applicant"]
    assert column(page.due_model, 2) == ["Talk with the applicant"]

    talk = page.record_step()
    assert [talk.kind.itemData(i) for i in range(talk.kind.count())] == ["talk", "mentors", "activist", "cancelled"]
    talk.day.setDate(QDate(2026, 11, 10))
    talk.by.setCurrentIndex(talk.by.findData(ids["王书记"]))
    press_ok(talk)
    activist = page.record_step(StepKind.ACTIVIST)
    assert not activist._rows["people"].isHidden() and activist._labels["people"].text() == "Mentors"
    press_ok(activist)
    assert shown_errors(activist) == {"people": "An activist has 1 to 2 mentors."}
    picker = activist.choose_people()
    assert sorted(picker.model.item(r).text().split()[0] for r in range(picker.model.rowCount())) == ["李委员", "王书记"]
    picker.set_checked(ids["李委员"], True)
    picker.accept()
    assert activist.people_text.text() == "李委员"
    activist.day.setDate(QDate(2026, 11, 15))
    press_ok(activist)
    assert not activist.isVisible()
    assert column(page.pipeline_model, 1) == ["Activist"]
    assert column(page.steps_model, 1) == ["Application received", "Talk with the applicant", "Became an activist"]
    assert column(page.steps_model, 2) == ["", "王书记", "李委员"]


def test_a_late_talk_asks_for_a_justification_and_shows_it(page, office):
    database, ids = office
    walk(database, ids["周强"], [(StepKind.APPLICATION, D(2026, 8, 1))])
    page.reload()
    page.select_case(page.pipeline_model.row_at(0).key)
    dialog = page.record_step(StepKind.TALK)
    dialog.day.setDate(QDate(2026, 11, 1))
    assert not dialog.asks_justification()
    press_ok(dialog)
    assert dialog.isVisible() and dialog.asks_justification()
    assert shown_errors(dialog) == {"day": "The talk is due within 1 month(s) of the application."}
    press_ok(dialog)
    assert shown_errors(dialog)["justification"] == "This field is required.", "asked again, still empty"
    dialog.justification.setPlainText("申请人外出务工，返回后即谈话")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert page.steps_model.index(1, 3).data() == "Justification: 申请人外出务工，返回后即谈话"
    assert page.steps_model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a4b00"
    assert "rule set aside" in page.pipeline_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_a_rule_without_exceptions_is_refused_without_a_justification_box(page, office):
    database, ids = office
    mentors = (ids["王书记"], ids["李委员"])
    walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2026, 1, 5)), (StepKind.TALK, D(2026, 1, 20)),
                                (StepKind.ACTIVIST, D(2026, 3, 1))], mentors)
    page.reload()
    page.select_case(page.pipeline_model.row_at(0).key)
    dialog = page.record_step(StepKind.TARGET)
    press_ok(dialog)
    assert dialog.isVisible() and not dialog.asks_justification()
    assert shown_errors(dialog) == {"day": "A development target must have been an activist for at least 12 months."}
    dialog.reject()
    new = page.new_applicant()
    new.person.setCurrentIndex(new.person.findData(ids["小周"]))
    press_ok(new)
    assert shown_errors(new) == {"day": "An applicant must be at least 18 years old on the day of the application."}


def test_admission_with_sponsors_meeting_then_cancelled_probation(page, office):
    database, ids = office
    mentors = (ids["王书记"], ids["李委员"])
    walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2024, 1, 5)), (StepKind.TALK, D(2024, 1, 20)),
                                (StepKind.ACTIVIST, D(2024, 3, 1)), (StepKind.TARGET, D(2025, 3, 1)),
                                (StepKind.REVIEW, D(2025, 3, 10))], mentors)
    page.reload()
    page.select_case(page.pipeline_model.row_at(0).key)
    training = page.record_step(StepKind.TRAINING)
    assert not training._rows["training"].isHidden() and training._rows["people"].isHidden()
    training.days.setValue(3)
    training.hours.setValue(24)
    training.day.setDate(QDate(2025, 4, 1))
    press_ok(training)
    with database.session() as s:  # the reviews and the application form (入党志愿书), not in this dialog yet
        for kind, day in ((StepKind.COMMITTEE_REVIEW, D(2025, 4, 8)), (StepKind.PRE_REVIEW, D(2025, 4, 15)),
                          (StepKind.APPLICATION_FORM, D(2025, 4, 18))):
            pipeline.add_step(s, page.case.id, StepData(kind, day), today=TODAY)
    page.select_case(page.case.id)  # written behind the page: it shows them once it reads the file again
    notice = page.record_step(StepKind.NOTICE)
    notice.day.setDate(QDate(2025, 4, 20))
    press_ok(notice)
    assert column(page.due_model, 2) == ["Six-monthly assessment (overdue)", "Ready for the admission vote"]
    admit = page.record_step(StepKind.PROBATIONARY)
    admit.set_people(list(mentors))
    admit.day.setDate(QDate(2025, 5, 1))
    press_ok(admit)
    assert admit.isVisible() and shown_errors(admit) == {"meeting": "Choose the general meeting that voted on this."}
    admit.reject()
    vote = general_meeting(database, D(2025, 5, 1), VoteKind.ADMISSION, ids["林晓"])
    admit = page.record_step(StepKind.PROBATIONARY)
    admit.set_people(list(mentors))
    admit.meeting.setCurrentIndex(admit.meeting.findData(vote))
    assert admit.day.date() == QDate(2025, 5, 1), "the step takes the meeting's day"
    press_ok(admit)
    assert not admit.isVisible()
    assert page.case.stage is Stage.PROBATIONARY and page.buttons["cancel"].isEnabled()
    assert "Higher approval" in page.stage_label.text() and "overdue" in page.stage_label.text()
    with database.session() as s:
        assert Role.PARTY_MEMBER in people.get_person(s, ids["林晓"]).roles
    cancel = page.cancel_probation()
    assert cancel.current_kind() is StepKind.CANCELLED and cancel._labels["note"].text() == "Reason *"
    press_ok(cancel)
    assert shown_errors(cancel) == {"note": "Give the reason."}
    cancel.note.setPlainText("不履行党员义务")
    press_ok(cancel)
    assert shown_errors(cancel) == {"meeting": "Choose the general meeting that voted on this."}
    cancel.reject()
    vote = general_meeting(database, D(2025, 9, 12), VoteKind.CANCELLATION, ids["林晓"])
    cancel = page.cancel_probation()
    cancel.note.setPlainText("不履行党员义务")
    cancel.meeting.setCurrentIndex(cancel.meeting.findData(vote))
    press_ok(cancel)
    assert page.case.stage is Stage.CANCELLED and page.buttons["record"].isEnabled(), "its approval is to come"
    assert column(page.steps_model, 1)[-1] == "Probation cancelled"


def test_due_list_and_overdue_marks_on_a_fixed_date(page, office):
    database, ids = office
    walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2026, 11, 10))])
    walk(database, ids["周强"], [(StepKind.APPLICATION, D(2026, 9, 1))])
    page.reload()
    assert column(page.due_model, 0) == ["2026-10-01", "2026-12-10"]
    assert column(page.due_model, 2) == ["Talk with the applicant (overdue)", "Talk with the applicant"]
    late = page.pipeline_model.row_of(next(page.pipeline_model.row_at(r).key for r in range(2)
                                           if page.pipeline_model.row_at(r).cells[0] == "周强"))
    assert page.pipeline_model.index(late, 3).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    page.overdue_only.setChecked(True)
    assert column(page.pipeline_model, 0) == ["周强"] and page.count_label.text() == "1 of 2"
    page.due_table.doubleClicked.emit(page.due_model.index(1, 0))
    assert not page.overdue_only.isChecked() and page.name_label.text() == "林晓", "the filter gives way"
    page.search.setText("周")
    assert column(page.pipeline_model, 0) == ["周强"] and page.case is None
    page.set_today(D(2026, 9, 15))
    assert column(page.due_model, 2) == ["Talk with the applicant"]


def test_statistics_box_against_the_plan_and_the_plans_tab_follows(qtbot, page, office):
    from partyplan.ui.plans.tab import PlansTab

    database, ids = office
    with database.session() as s:
        plan = plans.create_plan(s, plans.PlanData(year=2026, title="2026年发展党员工作计划"))
        targets.add_target(s, plan, targets.TargetData("每年发展党员", 1, "名", Comparison.AT_LEAST, "dev_new_members"))
        targets.add_target(s, plan, targets.TargetData("女性比例", 26, "%", Comparison.AT_LEAST, "dev_women_share"))
        targets.add_target(s, plan, targets.TargetData("积极分子比例", 5, "∶1", Comparison.ABOUT, "dev_activist_ratio"))
        ids["小李"] = people.add_person(s, PersonData(name="小李", birth_date=D(1999, 1, 1)), TODAY)
    tab = PlansTab(page.ops)
    qtbot.addWidget(tab)
    page.reload()
    assert column(page.stats_model, 0)[:2] == ["New members", "Under 35, %"]
    assert [page.stats_model.index(0, c).data() for c in range(4)] == ["New members", "0", "at least 1名", "not met"]
    assert tab.targets_model.index(0, 2).data() == "0名"

    mentors = (ids["王书记"], ids["李委员"])
    case = walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2024, 1, 5)), (StepKind.TALK, D(2024, 1, 20)),
                                       (StepKind.ACTIVIST, D(2024, 3, 1)), (StepKind.TARGET, D(2025, 3, 1)),
                                       (StepKind.REVIEW, D(2025, 3, 10)), (StepKind.TRAINING, D(2025, 4, 1)),
                                       (StepKind.NOTICE, D(2025, 4, 20))], mentors)
    activists = [walk(database, ids[name], [(StepKind.APPLICATION, D(2025, 8, 1)), (StepKind.TALK, D(2025, 8, 10)),
                                            (StepKind.ACTIVIST, D(2025, 10, 1))], mentors) for name in ("周强", "小李")]
    page.reload()
    tab.reload_tree()
    assert tab.targets_model.index(2, 2).data() == "2∶1", "two activists, one development target"
    vote = general_meeting(database, D(2026, 3, 1), VoteKind.ADMISSION, ids["林晓"])
    page.dev.add_step(case, StepData(StepKind.PROBATIONARY, D(2026, 3, 1), people=mentors, meeting_id=vote),
                      today=TODAY)
    assert [page.stats_model.index(0, c).data() for c in range(4)] == ["New members", "1", "at least 1名", "met"]
    assert page.stats_model.index(2, 1).data() == "100" and "on 2026-11-20" in page.stats_note.text()
    assert tab.targets_model.index(0, 2).data() == "1名", "the Plans tab's actual comes from here"
    page.dev.add_step(activists[0], StepData(StepKind.TARGET, D(2026, 11, 1)), today=TODAY)
    assert page.stats_model.index(4, 1).data() == "1"
    assert tab.targets_model.index(2, 2).data() == "1∶1", "a development step alone updates the Plans tab"
    page.year.setValue(2025)
    assert page.stats_model.index(0, 1).data() == "0" and page.stats_model.index(0, 2).data() == "", "no 2025 plan"


def test_rules_dialog_saves_the_office_rules(page, office):
    database, _ids = office
    dialog = page.edit_rules()
    assert dialog.boxes["min_age"].value() == 18 and dialog.checks["talk"].isChecked()
    dialog.boxes["talk_within_months"].setValue(2)
    dialog.boxes["training_min_hours"].setValue(32.5)
    dialog.checks["target_wait"].setChecked(True)
    dialog.boxes["mentors_min"].setValue(3)
    press_ok(dialog)
    assert dialog.isVisible() and "smallest" in dialog.error.text(), "three mentors at least, two at most"
    dialog.boxes["mentors_min"].setValue(1)
    press_ok(dialog)
    assert not dialog.isVisible()
    with database.session() as s:
        saved = rules.load_rules(s)
    assert (saved.talk_within_months, saved.training_min_hours) == (2, 32.5)
    assert saved.exceptions == {"talk", "approval", "target_wait"}
    again = page.edit_rules()
    again.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    press_ok(again)
    with database.session() as s:
        assert rules.load_rules(s) == rules.DEFAULTS


def test_take_back_the_last_step_after_asking(page, office, prompt_log):
    database, ids = office
    walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2026, 11, 1)), (StepKind.TALK, D(2026, 11, 5))])
    page.reload()
    page.select_case(page.pipeline_model.row_at(0).key)
    prompt_log.confirm_answer = False
    page.undo_last_step()
    assert len(page.case.steps) == 2
    prompt_log.confirm_answer = True
    page.undo_last_step()
    assert [s.kind for s in page.case.steps] == [StepKind.APPLICATION]
    page.undo_last_step()
    assert page.pipeline_model.rowCount() == 0 and page.case is None


def test_exports_write_the_register_and_the_record(page, office, prompt_log, tmp_path, settle):
    database, ids = office
    walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2026, 11, 1)), (StepKind.TALK, D(2026, 11, 5))])
    page.reload()
    prompt_log.files = [str(tmp_path / "register")]
    page.export_excel()
    settle()
    assert prompt_log.infos == [f"Written to {tmp_path / 'register.xlsx'}."]
    sheet = load_workbook(tmp_path / "register.xlsx").active
    assert sheet.cell(row=3, column=2).value == "林晓\nApplicant", "name over stage"
    page.select_case(page.pipeline_model.row_at(0).key)
    prompt_log.files = [str(tmp_path / "missing" / "林晓.docx"), str(tmp_path / "林晓.docx")]
    page.export_word()
    settle()
    assert len(prompt_log.errors) == 1 and "folder does not exist" in prompt_log.errors[0], "then asked again"
    assert "林晓" in Document(str(tmp_path / "林晓.docx")).paragraphs[0].text


def test_models_pass_the_model_tester(qtmodeltester, page, office):
    database, ids = office
    walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2026, 11, 1)), (StepKind.TALK, D(2026, 11, 5))])
    page.reload()
    page.select_case(page.pipeline_model.index(0, 0).data(KEY_ROLE))
    for model in (page.pipeline_model, page.steps_model, page.due_model, page.stats_model):
        qtmodeltester.check(model)


def test_switching_language_keeps_the_page_whole(page, office):
    database, ids = office
    walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2026, 11, 1))])
    page.reload()
    try:
        i18n.install("zh_CN")
        assert page.pipeline_model.rowCount() == 1
    finally:
        i18n.install("en")
    assert page.buttons["new"].text() == "New applicant..." and column(page.pipeline_model, 1) == ["Applicant"]


def test_overview_card_lists_what_is_overdue_by_name(qtbot, office):
    from partyplan.development.due import due_list
    from partyplan.ui.overview.development_card import overview_lines
    from partyplan.ui.overview.tab import OverviewTab

    database, ids = office
    with database.session() as s:
        assert overview_lines(due_list(s, TODAY)) == [("Nothing due in member development.", False)]
    walk(database, ids["周强"], [(StepKind.APPLICATION, D(2026, 9, 1))])
    walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2026, 11, 10))])
    with database.session() as s:
        assert overview_lines(due_list(s, TODAY)) == [("周强: Talk with the applicant, due 2026-10-01", True),
                                                      ("Due within 30 days: 1 more", False)]
    tab = OverviewTab(Operations(database))
    qtbot.addWidget(tab)
    tab.today = lambda: TODAY
    tab.reload()
    card = tab.cards["development"]
    assert card.title.text() == "Member development" and "周强: Talk with the applicant" in card.body.text()


def test_a_probationary_member_from_a_member_list_has_a_file_at_probation(page, office, prompt_log, tmp_path, settle):
    """The people import records a 预备党员 with a joining date as a file that starts at the admission;
    the page shows it with what is due, and its record and the register export without the earlier steps."""
    from partyplan.people.sheet_import import apply_import, read_people_sheet

    database, _ids = office
    sheet = tmp_path / "花名册.csv"
    sheet.write_text("姓名,性别,身份,入党时间\n冯晓雪,女,预备党员,2026-03-15\n", encoding="utf-8")
    with database.session() as s:
        preview = read_people_sheet(sheet, s, today=TODAY)
    with database.session() as s:
        apply_import(s, preview)
    page.reload()
    assert column(page.pipeline_model, 0) == ["冯晓雪"]
    page.select_case(page.pipeline_model.row_at(0).key)
    assert page.case.stage is Stage.PROBATIONARY and column(page.steps_model, 0) == ["2026-03-15"]
    # the approval is not on the list: the page asks for it (it may only need recording)
    assert (column(page.due_model, 0), column(page.due_model, 2)) == (["2026-06-15"], ["Higher approval (overdue)"])
    prompt_log.files = [str(tmp_path / "register"), str(tmp_path / "record")]
    page.export_excel()
    settle()
    page.export_word()
    settle()
    assert load_workbook(tmp_path / "register.xlsx").active.cell(row=3, column=2).value.split("\n")[0] == "冯晓雪"  # the name over the stage
    assert "冯晓雪" in Document(str(tmp_path / "record.docx")).paragraphs[0].text


def test_an_admission_shows_on_the_register_at_once(qtbot, page, office):
    """The development service notes that an admission made a party member; the operations layer then
    announces People as well, so the register beside the page shows the new member without a reload,
    and taking the admission back shows it gone."""
    from partyplan.ui.people.register import PeopleTab

    database, ids = office
    mentors = (ids["王书记"], ids["李委员"])
    case = walk(database, ids["林晓"], [(StepKind.APPLICATION, D(2024, 1, 5)), (StepKind.TALK, D(2024, 1, 20)),
                                       (StepKind.ACTIVIST, D(2024, 3, 1)), (StepKind.TARGET, D(2025, 3, 1)),
                                       (StepKind.REVIEW, D(2025, 3, 10)), (StepKind.TRAINING, D(2025, 4, 1)),
                                       (StepKind.NOTICE, D(2025, 4, 20))], mentors)
    vote = general_meeting(database, D(2026, 3, 1), VoteKind.ADMISSION, ids["林晓"])
    register = PeopleTab(page.ops)
    qtbot.addWidget(register)

    def roles_of(person_id: int) -> set[Role]:
        return next(r.roles for r in (register.model.row_at(n) for n in range(register.model.rowCount()))
                    if r.id == person_id)

    assert Role.PARTY_MEMBER not in roles_of(ids["林晓"])
    page.dev.add_step(case, StepData(StepKind.PROBATIONARY, D(2026, 3, 1), people=mentors, meeting_id=vote),
                      today=TODAY)
    assert Role.PARTY_MEMBER in roles_of(ids["林晓"])
    page.dev.delete_last_step(case)
    assert Role.PARTY_MEMBER not in roles_of(ids["林晓"])
