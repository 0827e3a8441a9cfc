"""Words for party members: standing on the roll, the follow-up of an unqualified member, and the member
services' problem codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan.db.models import DisposalOutcome, Measure

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
    }
    return sentences.get(code, code)


def error_message(exc: BaseException) -> str:
    from partyplan import texts
    from partyplan.members.disposals import InvalidDisposal

    if isinstance(exc, InvalidDisposal):
        return problem(exc.field, exc.code)
    return texts.error_message(exc)
