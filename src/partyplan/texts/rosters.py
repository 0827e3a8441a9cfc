"""Words for duty rosters: kinds of day, weekdays, tags, and the roster services' codes as sentences."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from partyplan.rosters.calendar import DayKind
from partyplan.texts import list_separator, place

translate = QCoreApplication.translate

KNOWN_TAGS = ("leader", "experienced")


def day_kind_label(kind: DayKind) -> str:
    return {
        DayKind.WORKDAY: translate("RosterTexts", "Workday"),
        DayKind.REST_DAY: translate("RosterTexts", "Rest day"),
        DayKind.HOLIDAY: translate("RosterTexts", "Public holiday"),
    }[kind]


def day_kinds_text(kinds: Iterable[DayKind]) -> str:
    """"Workdays, Rest days" in a fixed order, for a shift type's row."""
    plural = {
        DayKind.WORKDAY: translate("RosterTexts", "Workdays"),
        DayKind.REST_DAY: translate("RosterTexts", "Rest days"),
        DayKind.HOLIDAY: translate("RosterTexts", "Public holidays"),
    }
    chosen = set(kinds)
    return list_separator().join(plural[k] for k in DayKind if k in chosen)


def weekday_short(n: int) -> str:
    """0 is Monday, as in Python's date.weekday()."""
    return (
        translate("RosterTexts", "Mon"), translate("RosterTexts", "Tue"), translate("RosterTexts", "Wed"),
        translate("RosterTexts", "Thu"), translate("RosterTexts", "Fri"), translate("RosterTexts", "Sat"),
        translate("RosterTexts", "Sun"),
    )[n]


def weekday_long(n: int) -> str:
    return (
        translate("RosterTexts", "Monday"), translate("RosterTexts", "Tuesday"),
        translate("RosterTexts", "Wednesday"), translate("RosterTexts", "Thursday"),
        translate("RosterTexts", "Friday"), translate("RosterTexts", "Saturday"), translate("RosterTexts", "Sunday"),
    )[n]


def weekdays_text(days: Iterable[int]) -> str:
    return list_separator().join(weekday_short(d) for d in sorted(days))


def tag_label(tag: str) -> str:
    """The tags the app knows by name are translated; anything else is shown as the office typed it."""
    return {
        "leader": translate("RosterTexts", "Leader"),
        "experienced": translate("RosterTexts", "Experienced"),
    }.get(tag, tag)


def tags_text(tags: Iterable[str]) -> str:
    ordered = sorted(tags, key=lambda t: (t not in KNOWN_TAGS, KNOWN_TAGS.index(t) if t in KNOWN_TAGS else 0, t))
    return list_separator().join(tag_label(t) for t in ordered)


def requirement_text(tag: str, count: int) -> str:
    if not tag or count <= 0:
        return ""
    if tag == "leader" and count == 1:
        return translate("RosterTexts", "at least 1 leader")
    if tag == "leader":
        return translate("RosterTexts", "at least %1 leaders").replace("%1", str(count))
    return translate("RosterTexts", "at least %1 marked \"%2\"").replace("%1", str(count)).replace("%2", tag_label(tag))


def wish_label(desired: bool) -> str:
    return translate("RosterTexts", "would like duty") if desired else translate("RosterTexts", "would rather not")


def problem(field: str, code: str) -> str:
    """InvalidRoster(field, code) as a sentence; `field` "leave" asks for the leave-period wording."""
    if code == "end_before_start":
        if field == "leave":
            return translate("RosterTexts", "The last day of the leave cannot be before the first day.")
        return translate("RosterTexts", "The end time must be later than the start time.")
    if code == "required" and field == "day_kinds":
        return translate("RosterTexts", "Choose at least one kind of day.")
    sentences = {
        "required": translate("RosterTexts", "This field is required."),
        "duplicate": translate("RosterTexts", "There is already a shift type with this name."),
        "needed_range": translate("RosterTexts", "A shift needs 1 to 20 people."),
        "required_over_needed": translate(
            "RosterTexts", "Ask for no more people than the shift needs, and say what kind (for example leader)."),
        "max_range": translate("RosterTexts", "The monthly maximum is 0 to 31 duties."),
        "own_backup": translate("RosterTexts", "Nobody can be their own backup: choose someone else."),
        "weekday_range": translate("RosterTexts", "Choose weekdays from Monday to Sunday."),
        "not_found": translate("RosterTexts", "This no longer exists; someone may have removed it meanwhile."),
    }
    return sentences.get(code, code)


def notice_problem(line: int, reason: str) -> str:
    """BadNotice(line, reason): which line of the holiday notice is wrong, and how to write it."""
    if reason == "empty":
        return translate("RosterTexts", "There is nothing to import: enter one line per day or date range.")
    if line <= 0:
        return translate("RosterTexts", "The file could not be read as text: save it as plain text (UTF-8 or GBK).")
    sentences = {
        "bad_date": translate("RosterTexts", "not a date (use 2027-01-01 or 2027-02-10~2027-02-16)."),
        "no_such_day": translate("RosterTexts", "that day does not exist in its month."),
        "month_only": translate("RosterTexts", "give the day as well as the month (2027-02-10, not 2027-02)."),
        "bad_kind": translate(
            "RosterTexts", "after the date write 放假 (holiday), 上班 (workday) or 休息 (rest day)."),
        "wrong_year": translate("RosterTexts", "the date is not in the year chosen above."),
    }
    return translate("RosterTexts", "Line %1: %2").replace("%1", str(line)).replace("%2", sentences.get(reason, reason))


def warning_text(code: str, name: str = "", detail: int = 0, *, count: int | None = None, tag: str = "leader") -> str:
    """A CellWarning as a sentence. `count` is how many people the cell holds (for headcount)."""
    if code == "headcount":
        return _headcount_text(detail, count)
    if code == "missing_tag":
        return _missing_tag_text(detail, tag)
    sentences = {
        "absent": translate("RosterTexts", "%1 is on leave that day"),
        "weekday": translate("RosterTexts", "%1 does not serve on that weekday"),
        "twice_same_day": translate("RosterTexts", "%1 has two duties that day"),
        "consecutive": translate("RosterTexts", "%1 is on duty the day before or after"),
        "over_max": translate("RosterTexts", "%1 is over the monthly maximum of %2"),
    }
    return sentences.get(code, code).replace("%1", name).replace("%2", str(detail))


def blocked_text(reason: str, tag: str = "leader") -> str:
    """Why someone cannot take a duty (explain.Blocked.reason), to follow the person's name."""
    if reason == "missing_role":
        if tag == "leader":
            return translate("RosterTexts", "is not a leader")
        return translate("RosterTexts", "is not marked \"%1\"").replace("%1", tag_label(tag))
    sentences = {
        "unavailable": translate("RosterTexts", "on leave"),
        "weekday": translate("RosterTexts", "does not serve on that weekday"),
        "max_reached": translate("RosterTexts", "at the monthly maximum"),
        "same_day": translate("RosterTexts", "already on duty that day"),
        "rest_gap": translate("RosterTexts", "on duty the day before or after"),
        "headcount": translate("RosterTexts", "the wrong number of people"),
        "unknown_candidate": translate("RosterTexts", "no longer on the duty list"),
        "unknown_slot": translate("RosterTexts", "no such duty that day"),
    }
    return sentences.get(reason, reason)


def nothing_to_roster(reason: str) -> str:
    """Why a month cannot be drawn up, and where in the window to put it right (named as it reads there)."""
    setup = place(("MainWindow", "Duty Rosters"), ("RosterTab", "Who serves and shifts"))
    if reason == "no_shifts":
        return translate("RosterTexts", "There are no shift types yet: add one with %1 under %2 first.") \
            .replace("%1", place(("RosterSetupPage", "Add..."))).replace("%2", setup)
    if reason == "no_members":
        return translate(
            "RosterTexts", "Nobody is on duty. Everyone with the role %1 serves unless switched off: add cadres "
            "under %2 with %3 (or %4), or switch people on under %5 (select a person, then %6).") \
            .replace("%1", place(("Texts", "Cadre"))).replace("%2", place(("MainWindow", "People"), ("PeopleArea", "Register")))\
            .replace("%3", place(("PeopleTab", "Add person..."))) \
            .replace("%4", place(("MainWindow", "&File"), ("MainWindow", "&Import people..."))) \
            .replace("%5", setup).replace("%6", place(("RosterSetupPage", "Edit...")))
    return {"no_roster": translate("RosterTexts", "There is no roster for this month yet.")}.get(reason, reason)


def tag_missing(shift: str, tag: str, needed: int, tagged: int) -> str:
    """What to do when nobody (or too few) on duty carries the tag a shift needs."""
    label = tag_label(tag)
    return (translate("RosterTexts", "The shift “%1” needs %2 person marked “%3” on each duty, and %4 of the people "
                                     "on duty are marked so. On the “Who serves and shifts” page, double-click a "
                                     "person and tick “%3”.")
            .replace("%1", shift).replace("%2", str(needed)).replace("%3", label).replace("%4", str(tagged)))


def coverage_text(source: str | None, year: int) -> str:
    """Where a year's public holidays come from, or the warning that nobody has confirmed them."""
    if source is None:
        return translate(
            "RosterTexts", "No confirmed public-holiday data for %1 yet: weekends are assumed. "
            "Enter the State Council notice when it is published.").replace("%1", str(year))
    if source == "notice":
        return translate("RosterTexts", "Holidays from the notice you entered")
    return translate("RosterTexts", "Holidays from the package's official data")


def _headcount_text(needed: int, count: int | None) -> str:
    if needed == 0:
        return translate("RosterTexts", "this duty does not run that day")
    if count is None:
        return translate("RosterTexts", "people needed: %1").replace("%1", str(needed))
    return translate("RosterTexts", "people needed: %1, on duty: %2").replace("%1", str(needed)).replace("%2", str(count))


def _missing_tag_text(needed: int, tag: str) -> str:
    if tag == "leader":
        if needed <= 1:
            return translate("RosterTexts", "no leader on this duty")
        return translate("RosterTexts", "needs at least %1 leaders").replace("%1", str(needed))
    return translate("RosterTexts", "needs at least %1 marked “%2”").replace(
        "%1", str(needed)).replace("%2", tag_label(tag))
