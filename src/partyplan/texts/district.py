"""Sentences for several PCs on one store: stale saves, what the database holds once, the month lock,
the audit log and the district's server (offices, roles, backups before upgrades, the password)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def local_time(at: dt.datetime | None) -> str:
    """A UTC time from the audit log, as the PC's local time."""
    if at is None:
        return "?"
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def who(user: str | None) -> str:
    return user or translate("Texts", "another user")


def values(fields: dict[str, Any]) -> str:
    from partyplan.texts import field_label, list_separator

    shown = []
    for name, value in fields.items():
        if name == "people" and "names" in fields:
            continue
        if isinstance(value, list):
            value = list_separator().join(str(v) for v in value)
        shown.append(translate("Texts", "%1: %2").replace("%1", field_label(name)).replace(
            "%2", "—" if value in (None, "") else str(value)))
    return "; ".join(shown) or "—"


def shown(value: Any, field: str = "", table: str = "") -> str:
    """One stored value as a person reads it (a list of names joined, roles, grades and statuses by their
    names, nothing as a dash)."""
    from partyplan.texts import list_separator, role_label

    if field == "roles" and isinstance(value, list):
        value = [role_label(str(v)) for v in value]
    elif isinstance(value, str) and value:
        value = _enum_word(field, table, value)
    if isinstance(value, list):
        value = list_separator().join(str(v) for v in value)
    if isinstance(value, bool):
        return translate("Texts", "yes") if value else translate("Texts", "no")
    return "—" if value in (None, "") else str(value)


def _enum_word(field: str, table: str, value: str) -> str:
    """A stored kind (grade, presence, a plan item's or meeting's status) by its name in the interface."""
    from partyplan import enums
    from partyplan.texts import meetings, plans

    try:
        if field == "grade":
            return meetings.grade_label(enums.Grade(value))
        if field == "presence":
            return meetings.presence_label(enums.Presence(value))
        if field == "status" and table == "plan_items":
            return plans.status_label(enums.ItemStatus(value))
        if field == "status" and table == "meetings":
            return meetings.status_label(enums.MeetingStatus(value))
    except ValueError:  # a value an older or newer version stored: shown as it is
        pass
    return value


def field_name(name: str) -> str:
    """What a column of any record is called, for the conflict dialog and a record's history."""
    from partyplan.texts import field_label

    label = {
        "title": translate("Texts", "Title"), "status": translate("Texts", "Status"),
        "day": translate("Texts", "Day"), "time": translate("Texts", "Time"),
        "matter": translate("Texts", "Matter"), "answer": translate("Texts", "Answer"),
        "result": translate("Texts", "Result"), "contact": translate("Texts", "Contact"),
        "resident_name": translate("Texts", "Resident"), "category": translate("Texts", "Category"),
        "follow_up": translate("Texts", "Follow-up"), "follow_up_due": translate("Texts", "Follow-up due"),
        "names": translate("Texts", "People"), "people": translate("Texts", "People"),
        "grade": translate("Texts", "Grade"), "planned_on": translate("Texts", "Planned for"),
        "held_on": translate("Texts", "Held on"), "place": translate("Texts", "Place"),
        "minutes": translate("Texts", "Minutes"), "leader_id": translate("Texts", "Leader"),
        "description": translate("Texts", "Description"), "kind": translate("Texts", "Step"),
        "votes_for": translate("Texts", "Votes for"), "votes_against": translate("Texts", "Votes against"),
        "abstentions": translate("Texts", "Abstentions"), "passed": translate("Texts", "Passed"),
        "person_id": translate("Texts", "Person"), "shift_type_id": translate("Texts", "Shift"),
        "locked": translate("Texts", "Locked"), "published_at": translate("Texts", "Published"),
        "version": translate("Texts", "Version"),
    }.get(name)
    return label or field_label(name)


def not_saved_title() -> str:
    return translate("Texts", "Not saved")


def error_message(exc: BaseException) -> str | None:
    from partyplan.db.concurrency import ConflictError, DuplicateError, MonthChangedError

    if isinstance(exc, ConflictError):
        what = exc.label or record_kind(exc.table)
        if exc.changed_at is None and not exc.deleted:
            return translate("Texts", "%1 was changed on another PC after you opened it, so nothing of yours was "
                                      "saved. Open it again to see the change.").replace("%1", what)
        if exc.deleted:
            return translate("Texts", "%1 was deleted by %2 at %3 after you opened it. Nothing of yours was "
                                      "saved.").replace("%1", what).replace("%2", who(exc.changed_by)).replace(
                "%3", local_time(exc.changed_at))
        text = translate("Texts", "%1 was changed by %2 at %3 after you opened it, so nothing of yours was saved."
                         ).replace("%1", what).replace("%2", who(exc.changed_by)).replace("%3", local_time(exc.changed_at))
        if exc.theirs or exc.mine:
            text += "\n" + translate("Texts", "Theirs: %1").replace("%1", values(exc.theirs))
            text += "\n" + translate("Texts", "Yours: %1").replace("%1", values(exc.mine))
        return text
    if isinstance(exc, DuplicateError):
        return duplicate_message(exc.constraint, exc.columns)
    from partyplan.district.connection import InvalidConnection
    from partyplan.district.offices import DistrictError
    from partyplan.district.server_backup import ServerBackupError

    if isinstance(exc, DistrictError):
        return district_message(exc)
    if isinstance(exc, ServerBackupError):
        return translate("Texts", "pg_dump could not copy %1 before its upgrade (%2), so it was not upgraded; nothing "
                                  "was changed.").replace("%1", exc.location).replace("%2", exc.detail)
    if isinstance(exc, InvalidConnection):
        return connection_problem(exc.field, exc.code)
    if isinstance(exc, MonthChangedError):
        return translate("Texts", "The roster of %1 was changed by %2 at %3 while it was being drawn up. Nothing was "
                                  "stored; draw it up again so that the change is taken into account.").replace(
            "%1", f"{exc.year}-{exc.month:02d}").replace("%2", who(exc.changed_by)).replace("%3", local_time(exc.changed_at))
    return None


def duplicate_message(constraint: str, columns: tuple[str, ...]) -> str:
    from partyplan.texts import field_label, list_separator, problem

    if constraint.startswith("uq_people_"):
        return problem("duplicate") + " " + translate("Texts", "Nothing was saved.")
    if constraint in ("uq_rosters_month_draft", "uq_rosters_month_version"):
        return translate("Texts", "Another PC has just made a new version of this month's roster. Nothing was saved; "
                                  "open the month again to see it.")
    if constraint == "uq_roster_assignments_cell_person":
        return translate("Texts", "This person is already on that duty. Nothing was saved.")
    fields = list_separator().join(field_label(c) for c in columns) or constraint
    return translate("Texts", "This is already recorded (%1 must be different). Nothing was saved.").replace("%1", fields)


def district_message(exc) -> str:  # type: ignore[no-untyped-def]
    text = {
        "not_server": translate("Texts", "%1 is a database file; offices live on a PostgreSQL server (give "
                                         "--db postgresql://owner@server/district)."),
        "bad_name": translate("Texts", "%1 cannot name an office: use lower-case letters a-z, digits and _, "
                                       "starting with a letter (at most 40), and put the office's own name in --title."),
        "bad_login": translate("Texts", "%1 cannot be a login name: use lower-case letters, digits, _ . and -, "
                                        "starting with a letter."),
        "exists": translate("Texts", "%1 already exists on the server; nothing was changed."),
        "unknown_office": translate("Texts", "There is no office %1 on this server (partyplan district offices lists them)."),
        "not_allowed": translate("Texts", "The role %1 may not do this on the server (%2); sign in as the district's "
                                          "owner."),
        "no_password": translate("Texts", "A login needs a password; %1 was not created."),
        "needs_upgrade": translate("Texts", "The office %1 is at an older version of PartyPlan (%2); the district's "
                                            "owner upgrades it with partyplan district upgrade."),
    }.get(exc.reason, exc.reason)
    return text.replace("%1", exc.name).replace("%2", exc.detail)


def connection_problem(field: str, code: str) -> str:
    label = {
        "host": translate("Texts", "Server"), "port": translate("Texts", "Port"),
        "database": translate("Texts", "Database"), "user": translate("Texts", "User"),
        "sslmode": translate("Texts", "Encryption (TLS)"), "sslrootcert": translate("Texts", "CA certificate"),
        "timeout": translate("Texts", "Connect timeout"), "office": translate("Texts", "Office"),
    }.get(field, field)
    reason = {
        "required": translate("Texts", "This field is required."),
        "range": translate("Texts", "This number is out of range."),
        "choice": translate("Texts", "This is not one of the choices."),
    }.get(code, code)
    return translate("Texts", "%1: %2").replace("%1", label).replace("%2", reason)


def connection_failure(exc: BaseException) -> str | None:
    """Why the server did not open, in the user's words, from what the driver said (None: no better words
    than the general message)."""
    from partyplan.errors import DatabaseUnavailableError

    if not isinstance(exc, DatabaseUnavailableError):
        return None
    reason = exc.reason.lower()
    if "password authentication failed" in reason or "no password supplied" in reason or "role" in reason and (
            "does not exist" in reason):
        text = translate("Texts", "The server refused the user name or the password. Check both and connect again.")
    elif "database" in reason and "does not exist" in reason:
        text = translate("Texts", "The server has no such database. Check the database's name.")
    elif any(words in reason for words in ("ssl", "certificate", "tls")):
        text = translate("Texts", "The encrypted connection could not be made (%1). Check the encryption setting "
                                  "and the CA certificate.").replace("%1", exc.reason)
    elif any(words in reason for words in ("refused", "timeout", "timed out", "could not translate host",
                                           "name or service not known", "no route", "unreachable",
                                           "nodename nor servname")):
        text = translate("Texts", "The server cannot be reached: is it switched on, and are its name and port "
                                  "right? (%1)").replace("%1", exc.reason)
    else:
        return None
    return text + "\n" + translate("Texts", "Nothing was saved; the database in use stays open.")


def upgrade_note(report) -> str:  # type: ignore[no-untyped-def]
    """What a server upgrade did about its backup, for the command line and the window."""
    if report.before == report.after:
        return translate("Texts", "already at this version")
    if report.no_dump:
        return translate("Texts", "upgraded from %1 to %2 WITHOUT a backup: pg_dump is not on this PC (install "
                                  "PostgreSQL's client tools, or set PARTYPLAN_PG_DUMP)").replace(
            "%1", report.before or "-").replace("%2", report.after)
    return translate("Texts", "upgraded from %1 to %2; backed up first to %3").replace(
        "%1", report.before or "-").replace("%2", report.after).replace("%3", str(report.backup))


def record_kind(table: str) -> str:
    """What a record of `table` is called, for a message that has no better name for it."""
    return {
        "people": translate("Texts", "This person"),
        "plans": translate("Texts", "This plan"),
        "plan_sections": translate("Texts", "This plan section"),
        "plan_items": translate("Texts", "This plan item"),
        "rosters": translate("Texts", "This month's roster"),
        "roster_assignments": translate("Texts", "This duty"),
        "duty_log_entries": translate("Texts", "This record-book entry"),
        "meetings": translate("Texts", "This meeting"),
        "meeting_resolutions": translate("Texts", "This resolution"),
        "evaluation_subjects": translate("Texts", "This member's evaluation"),
        "volunteer_posts": translate("Texts", "This post"),
        "development_cases": translate("Texts", "This development file"),
    }.get(table, translate("Texts", "This record"))
