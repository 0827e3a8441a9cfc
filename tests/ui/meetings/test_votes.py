"""Votes in the meeting record as the chair reads them: the rule a vote is counted by, the voter roll of
the meeting's day with the reason a member attends without a vote, and the office's vote rules."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from partyplan import i18n
from partyplan.db.models import Majority, PartyCategory, Person, Presence, Quorum, VoteKind
from partyplan.meetings import service, types, vote_rules
from partyplan.ui.meetings.tab import MeetingsTab
from partyplan.ui.operations import Operations

from meetings import TODAY, make_office  # tests/meetings: the same small office


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    with database.session() as s:
        office = make_office(s)
        s.get(Person, office.members[0]).party_category = PartyCategory.FLOATING
    return office


@pytest.fixture
def tab(qtbot, qapp, database, office, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    widget = MeetingsTab(Operations(database))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_year(2026, TODAY)
    widget.show()
    yield widget
    for dialog in widget.findChildren(QDialog):  # none left open to sit over the next test's window
        dialog.done(0)
    i18n.install("en")


def record_general_meeting(tab, prompt_log):  # type: ignore[no-untyped-def]
    prompt_log.confirm_answer = True
    tab.schedule.buttons["generate"].click()
    ids = {t.id for t in tab.meetings.types() if t.key == "general_meeting"}
    meeting = next(r for r in tab.schedule.model.rows if r.type_id in ids and r.planned_on.month == 11)
    tab.schedule.select_meeting(meeting.id)
    return meeting, tab.schedule.actions.record_selected()


def test_the_voter_roll_names_who_votes_and_why_the_others_do_not(tab, prompt_log, office):
    meeting, dialog = record_general_meeting(tab, prompt_log)
    page = dialog.attendance
    day = meeting.planned_on.isoformat()
    assert page.roll_label.text() == f"Voter roll on {day}: 8 entitled to vote; 2 attend without a vote."
    roll = dialog.show_roll()
    reasons = {roll.model.index(n, 0).data(): roll.model.index(n, 2).data() for n in range(roll.model.rowCount())}
    assert reasons["张书记"] == "" and roll.model.index(0, 1).data() == "Entitled to vote"
    assert reasons["预备党员赵"].startswith("Probationary member: attends without a vote (probation until ")
    assert reasons["党员1"] == "Floating member registered in another branch: no vote here"
    row = next(n for n, r in enumerate(dialog.attendance_model.rows) if r.person_id == office.probationary)
    assert dialog.attendance_model.index(row, 3).data(3).startswith("Probationary member")  # the Votes tooltip
    floating = office.members[0]
    assert floating not in [r.person_id for r in dialog.attendance_model.rows], "not expected where a vote is taken"
    dialog.add_people([floating, office.reps[0]])  # added by hand: no vote, as the roll has it
    added = {r.person_id: r.can_vote for r in dialog.attendance_model.rows}
    assert (added[floating], added[office.reps[0]]) == (False, False)


def test_an_admission_is_counted_by_its_rule_and_says_why_it_fails(tab, prompt_log, office, database):
    meeting, dialog = record_general_meeting(tab, prompt_log)
    model = dialog.attendance_model
    model.set_all(Presence.ABSENT)
    voters = [n for n, r in enumerate(model.rows) if r.can_vote][:6]
    for n in voters:
        model.setData(model.index(n, 1), Presence.PRESENT.value)
    assert "voting members present 6 of 8" in dialog.attendance.summary.text()
    resolution = dialog.add_resolution()
    resolution.kind.setCurrentIndex(resolution.kind.findData(VoteKind.ADMISSION.value))
    assert resolution.subject.isVisible() and not resolution.majority.isEnabled()
    assert resolution.rule.text() == ("Counted by the published rule: Valid with: More than half of voting members "
                                      "present · passes with: More than half of all members entitled to vote")
    resolution.text.setPlainText("接收赵为预备党员")
    resolution.counts["for"].setValue(4)
    # 4 of the 6 present is a majority of them, but not of the 8 entitled
    assert "At least 5 votes for are needed. Result: Not passed: majority not reached" in resolution.result.text()
    resolution.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert resolution.isVisible() and resolution.error.text() == "Name the member this vote concerns."
    resolution.subject.setCurrentIndex(resolution.subject.findData(office.probationary))
    resolution.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not resolution.isVisible()
    assert dialog.resolutions_model.index(0, 4).data() == "Not passed: majority not reached"
    election = dialog.add_resolution()
    election.kind.setCurrentIndex(election.kind.findData(VoteKind.ELECTION.value))
    election.text.setPlainText("选举支部委员会")
    election.counts["for"].setValue(6)
    assert "Result: Not passed: no quorum" in election.result.text()  # 6 of 8 is not more than four fifths
    assert "Too few members with voting rights are present" in election.result.text()
    election.accept()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.resolutions.error.text()
    with database.session() as s:
        stored = service.load_meeting(s, meeting.id).resolutions
    assert [(r.kind, r.subject_id, r.majority, r.quorum, r.passed) for r in stored] == [
        (VoteKind.ADMISSION, office.probationary, Majority.HALF_OF_ENTITLED, Quorum.MORE_THAN_HALF, False),
        (VoteKind.ELECTION, None, Majority.MORE_THAN_HALF, Quorum.FOUR_FIFTHS, False)]


def test_the_office_changes_a_vote_rule_and_resets_it(tab, database, prompt_log):
    dialog = tab.types.edit_vote_rules()
    kind = VoteKind.CONVERSION
    assert dialog.marks[kind].text() == "Published rule"
    dialog.majorities[kind].setCurrentIndex(dialog.majorities[kind].findData(Majority.TWO_THIRDS.value))
    assert dialog.marks[kind].text() == "Office's own rule"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    with database.session() as s:
        assert vote_rules.load_rules(s)[kind] == vote_rules.VoteRule(Quorum.MORE_THAN_HALF, Majority.TWO_THIRDS)
    again = tab.types.edit_vote_rules()
    assert again.marks[kind].text() == "Office's own rule"
    again.reset_button.click()
    assert all(again.marks[k].text() == "Published rule" for k in vote_rules.RULED_KINDS)
    again.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    with database.session() as s:
        assert vote_rules.load_rules(s) == vote_rules.PUBLISHED
        assert types.count_types(s) > 0
