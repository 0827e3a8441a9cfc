"""Words for volunteer posts: capacity states, units, visit outcomes, and the area's problem codes.

The services speak in (field, code, people); these turn them into the user's language for the window
and the command line alike (QtCore's translate needs no window).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from partyplan import texts
from partyplan.posts.service import InvalidPost, PostsNotFound
from partyplan.posts.service_records import InvalidService, Unit
from partyplan.posts.visits import InvalidVisit, VisitRow

translate = QCoreApplication.translate


def post_label(name: str, name_en: str, language: str) -> str:
    """The office writes post names in Chinese; the English name shows in the English interface when given."""
    return (name_en or name) if language == "en" else name


def no_post_label() -> str:
    return translate("PostsTexts", "(no post)")


def capacity_label(state: str) -> str:
    return {
        "open": translate("PostsTexts", "no capacity set"),
        "below": translate("PostsTexts", "below capacity"),
        "full": translate("PostsTexts", "full"),
        "over": translate("PostsTexts", "over capacity"),
    }.get(state, state)


def unit_label(unit: Unit) -> str:
    return {Unit.HOURS: translate("PostsTexts", "hours each"), Unit.DAYS: translate("PostsTexts", "days each")}[unit]


def hours_text(hours: float) -> str:
    return translate("PostsTexts", "%1 h").replace("%1", number(hours))


def number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def outcome_text(row: VisitRow, today: dt.date) -> str:
    """A visit's difficulty as a table cell says it: empty when none was raised."""
    if not row.difficulty:
        return ""
    if row.resolved_on is not None:
        return translate("PostsTexts", "Resolved %1").replace("%1", row.resolved_on.isoformat())
    if row.follow_up_due is None:
        return translate("PostsTexts", "Open")
    if row.overdue(today):
        return translate("PostsTexts", "Overdue since %1").replace("%1", row.follow_up_due.isoformat())
    return translate("PostsTexts", "Follow up by %1").replace("%1", row.follow_up_due.isoformat())


def problem(field: str, code: str, people: tuple[str, ...] = ()) -> str:
    """The sentence shown under `field` (or in a message box) for a refused post, record or visit."""
    names = texts.list_separator().join(people)
    if code == "archived":
        if field == "post_id":
            return translate("PostsTexts", "The post %1 is archived; restore it first.").replace("%1", names)
        return translate("PostsTexts", "Archived people cannot be chosen: %1. Restore them in People first, "
                                       "or leave them out.").replace("%1", names)
    if code == "has_main_post" and len(people) == 2:
        return (translate("PostsTexts", "%1 already has a main post (%2). Make this a second post, or move them.")
                .replace("%1", people[0]).replace("%2", people[1]))
    if code == "already_on_post" and len(people) == 2:
        return (translate("PostsTexts", "%1 is already on %2.").replace("%1", people[0]).replace("%2", people[1]))
    if code == "duplicate":
        return translate("PostsTexts", "A post named %1 already exists.").replace("%1", names)
    if code == "required":
        return _required(field)
    sentences = {
        "too_long": translate("PostsTexts", "This is too long."),
        "negative": translate("PostsTexts", "The capacity cannot be negative."),
        "unknown": translate("PostsTexts", "This choice no longer exists; choose another."),
        "same_post": translate("PostsTexts", "Choose a different post to move to."),
        "before_since": translate("PostsTexts", "This date is before the person joined the post."),
        "not_current": translate("PostsTexts", "This membership has already ended."),
        "range": translate("PostsTexts", "Hours in a day are more than 0 and at most 24; the yearly target is "
                                         "0 to 2000 hours."),
        "not_positive": translate("PostsTexts", "The hours or days must be more than zero."),
        "too_many": translate("PostsTexts", "At most 24 hours, or 31 days, in one record."),
        "future": translate("PostsTexts", "Service and visits are recorded after they happen: the date cannot be "
                                          "in the future."),
        "end_before_start": translate("PostsTexts", "The period ends before it starts."),
        "no_difficulty": translate("PostsTexts", "Only a difficulty that was raised can be resolved."),
        "before_day": translate("PostsTexts", "This date is before the visit."),
        "not_open": translate("PostsTexts", "This visit has no open difficulty."),
    }
    return sentences.get(code, code)


def error_message(exc: BaseException) -> str:
    """One sentence for any error of the posts area, else the shared wording."""
    if isinstance(exc, InvalidPost | InvalidService | InvalidVisit):
        return problem(exc.field, exc.code, exc.people)
    if isinstance(exc, PostsNotFound):
        return translate("PostsTexts", "This entry no longer exists; it may have been deleted on another computer.")
    return texts.error_message(exc)


def _required(field: str) -> str:
    return {
        "name": translate("PostsTexts", "Give the post a name."),
        "activity": translate("PostsTexts", "Say what the activity was."),
        "people": translate("PostsTexts", "Choose at least one person who served."),
        "household": translate("PostsTexts", "Choose a household from People or type one."),
        "visitors": translate("PostsTexts", "Choose who made the visit."),
        "person_id": translate("PostsTexts", "Choose a person."),
    }.get(field, translate("PostsTexts", "This field is required."))
