"""Words for the on-duty record book: the kinds of request, follow-up states, and the book's problem codes.

The service keeps English keys and codes; these turn them into the user's language for the window and
the command line alike (QtCore's translate needs no window).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from partyplan.db.models import FollowUp
from partyplan.rosters.duty_log import EntryRow, is_overdue

translate = QCoreApplication.translate


def category_label(key: str) -> str:
    """A category no longer offered is shown as stored rather than hidden."""
    return {
        "consultation": translate("DutyLogTexts", "Consultation"),
        "certificate": translate("DutyLogTexts", "Certificate"),
        "complaint": translate("DutyLogTexts", "Complaint"),
        "dispute": translate("DutyLogTexts", "Dispute mediation"),
        "repair": translate("DutyLogTexts", "Repair"),
        "assistance": translate("DutyLogTexts", "Assistance"),
        "suggestion": translate("DutyLogTexts", "Suggestion"),
        "other": translate("DutyLogTexts", "Other"),
    }.get(key, key)


def follow_up_label(follow_up: FollowUp) -> str:
    return {
        FollowUp.NONE: translate("DutyLogTexts", "Not needed"),
        FollowUp.OPEN: translate("DutyLogTexts", "Open"),
        FollowUp.CLOSED: translate("DutyLogTexts", "Closed"),
    }[follow_up]


def problem(field: str, code: str) -> str:
    """The sentence shown under `field`; "unknown" and "required" depend on which field they concern."""
    if code == "unknown":
        return _unknown(field)
    if code == "required":
        return _required(field)
    sentences = {
        "future": translate("DutyLogTexts", "The day cannot be in the future."),
        "phone_digits": translate("DutyLogTexts", "A phone number has 5 to 15 digits. Other contacts "
                                                  "(WeChat, \"via the building head\") may be written as words."),
        "unknown_category": translate("DutyLogTexts", "Choose one of the listed categories."),
        "due_before_day": translate("DutyLogTexts", "The follow-up cannot be due before the day of the entry."),
        "not_open": translate("DutyLogTexts", "This entry has no open follow-up."),
        "before_day": translate("DutyLogTexts", "A follow-up cannot be closed before the day of the entry."),
        "not_found": translate("DutyLogTexts", "This entry no longer exists; it may have been deleted on another "
                                               "computer."),
    }
    return sentences.get(code, code)


def _unknown(field: str) -> str:
    return {
        "shift_type_id": translate("DutyLogTexts", "This shift type no longer exists; choose another."),
        "handled_by_id": translate("DutyLogTexts", "This person is no longer in the register; choose another."),
        "inspected_by_id": translate("DutyLogTexts", "This person is no longer in the register; choose another."),
    }.get(field, translate("DutyLogTexts", "This choice no longer exists; choose another."))


def _required(field: str) -> str:
    return {
        "matter": translate("DutyLogTexts", "Write down what the resident came about."),
        "inspected_by_id": translate("DutyLogTexts", "Choose who inspected the book."),
    }.get(field, translate("DutyLogTexts", "This field is required."))


def follow_up_text(row: EntryRow, today: dt.date) -> str:
    """The follow-up as a table cell or list line says it: empty when none was needed."""
    due = row.follow_up_due.isoformat() if row.follow_up_due else ""
    if row.follow_up is FollowUp.OPEN and is_overdue(row, today):
        return translate("DutyLogTexts", "Overdue since %1").replace("%1", due)
    if row.follow_up is FollowUp.OPEN and due:
        return translate("DutyLogTexts", "Open, due %1").replace("%1", due)
    if row.follow_up is FollowUp.CLOSED and row.closed_on:
        return translate("DutyLogTexts", "Closed %1").replace("%1", row.closed_on.isoformat())
    return "" if row.follow_up is FollowUp.NONE else follow_up_label(row.follow_up)
