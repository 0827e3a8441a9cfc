"""Words for meetings: cadences, statuses, presence, grades, vote rules, check states, and the meeting
services' problem codes, shared by the Meetings tab and `partyplan meeting`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from partyplan.db.models import Cadence, Grade, Majority, MeetingStatus, Presence, Quorum, VoteKind

translate = QCoreApplication.translate


def chinese() -> bool:
    """True when the interface is Chinese (i18n.install sets the default locale with the language)."""
    return QLocale().language() == QLocale.Language.Chinese


def type_name(name: str, name_en: str) -> str:
    """A meeting type's name in the interface language; the Chinese name when no English one is set."""
    return name if chinese() or not name_en else name_en


def cadence_label(cadence: Cadence) -> str:
    return {
        Cadence.NONE: translate("MeetingTexts", "No fixed cadence"),
        Cadence.MONTHLY: translate("MeetingTexts", "Monthly"),
        Cadence.QUARTERLY: translate("MeetingTexts", "Quarterly"),
        Cadence.YEARLY: translate("MeetingTexts", "Yearly"),
        Cadence.MONTHS: translate("MeetingTexts", "In set months"),
    }[Cadence(cadence)]


def cadence_text(cadence: Cadence, months: tuple[int, ...]) -> str:
    """"Quarterly", "In months 2, 4, 6", "Yearly (month 12)"."""
    listed = translate("MeetingTexts", ", ").join(str(m) for m in months)
    if cadence is Cadence.MONTHS and months:
        return translate("MeetingTexts", "In months %1").replace("%1", listed)
    if cadence is Cadence.YEARLY and months:
        return translate("MeetingTexts", "Yearly (month %1)").replace("%1", listed)
    return cadence_label(cadence)


def status_label(status: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: translate("MeetingTexts", "Planned"),
        MeetingStatus.HELD: translate("MeetingTexts", "Held"),
        MeetingStatus.POSTPONED: translate("MeetingTexts", "Postponed"),
        MeetingStatus.CANCELLED: translate("MeetingTexts", "Cancelled"),
    }[MeetingStatus(status)]


def presence_label(presence: Presence) -> str:
    return {
        Presence.PRESENT: translate("MeetingTexts", "Present"),
        Presence.ABSENT: translate("MeetingTexts", "Absent"),
        Presence.LEAVE: translate("MeetingTexts", "On leave"),
    }[Presence(presence)]


def grade_label(grade: Grade | None) -> str:
    if grade is None:
        return ""
    return {
        Grade.EXCELLENT: translate("MeetingTexts", "Excellent"),
        Grade.QUALIFIED: translate("MeetingTexts", "Qualified"),
        Grade.BASIC: translate("MeetingTexts", "Basically qualified"),
        Grade.UNQUALIFIED: translate("MeetingTexts", "Unqualified"),
    }[Grade(grade)]


def quorum_label(quorum: Quorum) -> str:
    return {
        Quorum.NONE: translate("MeetingTexts", "No quorum rule"),
        Quorum.MORE_THAN_HALF: translate("MeetingTexts", "More than half of voting members present"),
        Quorum.TWO_THIRDS: translate("MeetingTexts", "Two thirds of voting members present"),
        Quorum.FOUR_FIFTHS: translate("MeetingTexts", "More than four fifths of voting members present (elections)"),
    }[Quorum(quorum)]


def majority_label(majority: Majority) -> str:
    return {
        Majority.SIMPLE: translate("MeetingTexts", "Simple: more for than against"),
        Majority.MORE_THAN_HALF: translate("MeetingTexts", "More than half of voters present"),
        Majority.TWO_THIRDS: translate("MeetingTexts", "Two thirds of voters present"),
        Majority.HALF_OF_ENTITLED: translate("MeetingTexts", "More than half of all members entitled to vote"),
    }[Majority(majority)]


def quorum_short(quorum: Quorum) -> str:
    """The quorum rule in a table cell."""
    return {
        Quorum.NONE: "",
        Quorum.MORE_THAN_HALF: translate("MeetingTexts", "More than half present"),
        Quorum.TWO_THIRDS: translate("MeetingTexts", "Two thirds present"),
        Quorum.FOUR_FIFTHS: translate("MeetingTexts", "Over four fifths present"),
    }[Quorum(quorum)]


def majority_short(majority: Majority) -> str:
    return {
        Majority.SIMPLE: translate("MeetingTexts", "More for than against"),
        Majority.MORE_THAN_HALF: translate("MeetingTexts", "More than half for"),
        Majority.TWO_THIRDS: translate("MeetingTexts", "Two thirds for"),
        Majority.HALF_OF_ENTITLED: translate("MeetingTexts", "More than half of the entitled for"),
    }[Majority(majority)]


def vote_kind_label(kind: VoteKind) -> str:
    return {
        VoteKind.RESOLUTION: translate("MeetingTexts", "Resolution"),
        VoteKind.ELECTION: translate("MeetingTexts", "Election"),
        VoteKind.ADMISSION: translate("MeetingTexts", "Admission of a probationary member"),
        VoteKind.CONVERSION: translate("MeetingTexts", "Conversion to full membership"),
        VoteKind.EXTENSION: translate("MeetingTexts", "Extension of the probation"),
        VoteKind.CANCELLATION: translate("MeetingTexts", "Cancellation of the probation"),
        VoteKind.DISPOSAL: translate("MeetingTexts", "Disposal of an unqualified member"),
    }[VoteKind(kind)]


def rule_name(quorum: Quorum, majority: Majority) -> str:
    """A vote rule in one line, as the form and the rules dialog name it."""
    if Quorum(quorum) is Quorum.NONE:
        return majority_label(majority)
    return (translate("MeetingTexts", "Valid with: %1 · passes with: %2").replace("%1", quorum_label(quorum))
            .replace("%2", majority_label(majority)))


def no_vote_reason(no_vote: str | None, category: str | None, probation_ends=None) -> str:  # type: ignore[no-untyped-def]
    """Why a member on the branch's list does not vote here (empty: they vote)."""
    if no_vote is None:
        return ""
    if no_vote == "probationary":
        text = translate("MeetingTexts", "Probationary member: attends without a vote")
        if probation_ends is not None:
            text += translate("MeetingTexts", " (probation until %1)").replace("%1", probation_ends.isoformat())
        return text
    if category == "floating":
        return translate("MeetingTexts", "Floating member registered in another branch: no vote here")
    return translate("MeetingTexts", "In-service member registered with another branch: no vote here")


def attendee_label(group: str) -> str:
    return {
        "": translate("MeetingTexts", "People chosen each time"),
        "cadre": translate("MeetingTexts", "Cadres"),
        "party_member": translate("MeetingTexts", "Party members"),
        "resident_rep": translate("MeetingTexts", "Residents' representatives"),
        "volunteer": translate("MeetingTexts", "Volunteers"),
        "members_reps": translate("MeetingTexts", "Party members and residents' representatives"),
    }.get(group, group)


def state_label(state: str) -> str:
    return {
        "held": translate("MeetingTexts", "Held"),
        "missing": translate("MeetingTexts", "Missing"),
        "overdue": translate("MeetingTexts", "Overdue"),
        "due": translate("MeetingTexts", "Due"),
        "upcoming": translate("MeetingTexts", "Upcoming"),
    }.get(state, state)


def period_label(kind: str, year: int, number: int) -> str:
    if kind == "month":
        return translate("MeetingTexts", "%1-%2").replace("%1", str(year)).replace("%2", f"{number:02d}")
    if kind == "quarter":
        return translate("MeetingTexts", "Q%1 %2").replace("%1", str(number)).replace("%2", str(year))
    return translate("MeetingTexts", "Year %1").replace("%1", str(year))


def outcome_label(outcome: str) -> str:
    return {
        "passed": translate("MeetingTexts", "Passed"),
        "no_quorum": translate("MeetingTexts", "Not passed: no quorum"),
        "no_majority": translate("MeetingTexts", "Not passed: majority not reached"),
    }.get(outcome, outcome)


def rate_text(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.0f}%"


def problem(field: str, code: str) -> str:
    sentences = {
        "required": translate("MeetingTexts", "This field is required."),
        "too_long": translate("MeetingTexts", "This is too long."),
        "future": translate("MeetingTexts", "This date is in the future."),
        "duplicate_type": translate("MeetingTexts", "A meeting type with this name already exists."),
        "month_range": translate("MeetingTexts", "Months are numbers from 1 to 12, e.g. 2, 4, 6."),
        "months_required": translate("MeetingTexts", "Name the months, e.g. 2, 4, 6."),
        "one_month": translate("MeetingTexts", "A yearly meeting has one preferred month."),
        "unknown_group": translate("MeetingTexts", "Unknown group of attendees."),
        "leave_reason": translate("MeetingTexts", "Give the reason for the leave."),
        "record_to_hold": translate("MeetingTexts", "Record the meeting to mark it held."),
        "same_person": translate("MeetingTexts", "A cadre cannot talk with themselves."),
        "not_found": translate("MeetingTexts", "Not found; it may have been deleted."),
        "year_range": translate("MeetingTexts", "Enter a year between 1949 and 2200."),
        "negative": translate("MeetingTexts", "Counts cannot be negative."),
        "fewer_than_marked": translate("MeetingTexts", "Fewer ballots than a member's marks add up to."),
        "more_than_ballots": translate("MeetingTexts", "The tallies add up to more than the ballots cast."),
        "probationary": translate("MeetingTexts", "Probationary members take part but are not graded."),
        "not_a_subject": translate("MeetingTexts", "This person is not being evaluated."),
        "already_linked": translate("MeetingTexts", "This resolution is already a plan item."),
        "no_vote_probationary": translate("MeetingTexts", "A probationary member attends but has no vote."),
        "no_vote_elsewhere": translate("MeetingTexts", "This member's organisational relation is in another "
                                                       "branch: no vote here."),
        "no_vote_not_member": translate("MeetingTexts", "Only full party members of the branch vote."),
        "no_vote_other_branch": translate("MeetingTexts", "This member belongs to another branch: no vote here."),
        "vote_required": translate("MeetingTexts", "This kind of decision is taken by a vote: enter the tally."),
        "subject_required": translate("MeetingTexts", "Name the member this vote concerns."),
        "type_rule": translate("MeetingTexts", "An ordinary resolution follows its meeting type's rule."),
        "excellent_cap": translate("MeetingTexts", "This would grade more members excellent than the office's cap "
                                                   "allows; give the reason to go over it."),
        "cap_range": translate("MeetingTexts", "The cap is a share between 0 and 1, e.g. 1/3."),
    }
    return sentences.get(code, code)


def vote_problem(code: str, votes: int = 0, present: int = 0) -> str:
    if code == "too_many_votes":
        return (translate("MeetingTexts", "%1 votes but only %2 voters present: check the tally.")
                .replace("%1", str(votes)).replace("%2", str(present)))
    if code == "too_many_present":
        return translate("MeetingTexts", "More voters present than members with voting rights.")
    return problem("", code)


def error_message(exc: BaseException) -> str:
    """A sentence for a meeting service's error; other errors as the shared texts word them."""
    from partyplan import texts
    from partyplan.meetings import InvalidMeeting, MeetingNotFound
    from partyplan.meetings.votes import InvalidVote

    if isinstance(exc, InvalidVote):
        text = vote_problem(exc.code, exc.votes, exc.present)
        if exc.row is not None:
            return translate("MeetingTexts", "Resolution %1: %2").replace("%1", str(exc.row + 1)).replace("%2", text)
        return text
    if isinstance(exc, InvalidMeeting):
        return problem(exc.field, exc.code)
    if isinstance(exc, MeetingNotFound):
        kinds = {"meeting": translate("MeetingTexts", "There is no meeting %1."),
                 "evaluation": translate("MeetingTexts", "There is no evaluation %1.")}
        return kinds.get(exc.kind, translate("MeetingTexts", "Not found: %1.")).replace("%1", str(exc.key))
    return texts.error_message(exc)
