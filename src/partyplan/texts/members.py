"""Words for party members: standing on the roll, the follow-up of an unqualified member, and the member
services' problem codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan.db.models import Direction, DisposalOutcome, Measure, Occupation

translate = QCoreApplication.translate


def measure_label(measure: Measure) -> str:
    return {
        Measure.UNDECIDED: translate("MemberTexts", "To decide"),
        Measure.HELP: translate("MemberTexts", "Help by a member (帮教)"),
        Measure.CORRECTION: translate("MemberTexts", "Correction by a deadline (限期改正)"),
        Measure.PERSUADE: translate("MemberTexts", "Persuaded to leave (劝退)"),
        Measure.REMOVAL: translate("MemberTexts", "Removal (除名)"),
    }[Measure(measure)]


def outcome_label(outcome: DisposalOutcome) -> str:
    return {
        DisposalOutcome.OPEN: translate("MemberTexts", "Open"),
        DisposalOutcome.CORRECTED: translate("MemberTexts", "Corrected"),
        DisposalOutcome.LEFT: translate("MemberTexts", "Left the party"),
        DisposalOutcome.OTHER: translate("MemberTexts", "Other"),
    }[DisposalOutcome(outcome)]


def occupation_label(occupation: Occupation | None) -> str:
    if occupation is None:
        return ""
    return {
        Occupation.WORKER: translate("MemberTexts", "Worker"),
        Occupation.FARMER: translate("MemberTexts", "Farmer, herder or fisher"),
        Occupation.PROFESSIONAL: translate("MemberTexts", "Professional or technical staff"),
        Occupation.MANAGER: translate("MemberTexts", "Manager in an enterprise or institution"),
        Occupation.OFFICIAL: translate("MemberTexts", "Staff of a party or state organ"),
        Occupation.STUDENT: translate("MemberTexts", "Student"),
        Occupation.RETIRED: translate("MemberTexts", "Retired"),
        Occupation.OTHER: translate("MemberTexts", "Other occupation"),
    }[Occupation(occupation)]


def direction_label(direction: Direction) -> str:
    return {Direction.IN: translate("MemberTexts", "Transferred in"),
            Direction.OUT: translate("MemberTexts", "Transferred out")}[Direction(direction)]


def transfer_due_label(kind: str) -> str:
    return {
        "receipt": translate("MemberTexts", "Receipt of the letter not returned"),
        "arrival": translate("MemberTexts", "Member transferred in has not reported"),
    }.get(kind, kind)


def standing_label(standing: str) -> str:
    return {"full": translate("MemberTexts", "Full member"), "probationary": translate("MemberTexts", "Probationary"),
            "not_member": translate("MemberTexts", "Not a member")}.get(standing, standing)


def no_vote_label(reason: str) -> str:
    return {"probationary": translate("MemberTexts", "no vote: probationary"),
            "elsewhere": translate("MemberTexts", "no vote: registered in another branch")}.get(reason, reason)


def followup_label(kind: str) -> str:
    return {
        "decide": translate("MemberTexts", "Decide the follow-up of an unqualified member"),
        "review": translate("MemberTexts", "Review the correction"),
    }.get(kind, kind)


def problem(field: str, code: str) -> str:
    sentences = {
        "not_found": translate("MemberTexts", "Not found; it may have been deleted."),
        "closed": translate("MemberTexts", "This follow-up is already closed."),
        "required": translate("MemberTexts", "This field is required."),
        "before_opened": translate("MemberTexts", "The date is before the follow-up was opened."),
        "helper_not_full": translate("MemberTexts", "The member who helps must be another full member."),
        "deadline_range": translate("MemberTexts", "A correction's deadline is after the decision and at most a "
                                                   "year later."),
        "vote_missing": translate("MemberTexts", "Choose the general meeting that voted on this."),
        "vote_day": translate("MemberTexts", "The decision is dated the day the meeting was held."),
        "vote_not_found": translate("MemberTexts", "The meeting has no vote on disposing of this member."),
        "vote_failed": translate("MemberTexts", "The meeting's vote did not pass."),
        "not_member": translate("MemberTexts", "This person is not a party member here."),
        "ethnicity": translate("MemberTexts", "Not one of the 56 nationalities (e.g. 汉族, 回族, 壮族)."),
        "too_long": translate("MemberTexts", "This is too long."),
        "future": translate("MemberTexts", "This date is in the future."),
        "before_joined": translate("MemberTexts", "Full membership cannot come before joining the party."),
        "before_issued": translate("MemberTexts", "This date is before the letter was issued."),
        "not_on_roll": translate("MemberTexts", "This member is not on the roll here on that day."),
        "already_here": translate("MemberTexts", "This member is already registered here."),
        "not_a_unit": translate("MemberTexts", "Members join a branch or a party group."),
        "in_only": translate("MemberTexts", "Only a member transferred in reports here or joins a branch."),
    }
    return sentences.get(code, code)


def error_message(exc: BaseException) -> str:
    from partyplan import texts
    from partyplan.members.disposals import InvalidDisposal
    from partyplan.members.lookup import PersonLookupError
    from partyplan.members.records import InvalidRecord
    from partyplan.members.transfers import InvalidTransfer

    if isinstance(exc, InvalidDisposal | InvalidRecord | InvalidTransfer):
        return problem(exc.field, exc.code)
    if isinstance(exc, PersonLookupError):
        if exc.matches:
            return translate("MemberTexts", "%1 people are named %2: give the id instead.").replace(
                "%1", str(exc.matches)).replace("%2", exc.text)
        return translate("MemberTexts", "Nobody with the id or name %1.").replace("%1", exc.text)
    return texts.error_message(exc)
