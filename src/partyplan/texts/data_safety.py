"""Sentences for backups, restore, integrity checks, the one-writer lock and data files.

`error_message` answers for the typed errors of `partyplan.exchange` (and the read-only store), or
returns None so that `partyplan.texts.error_message` goes on with the others. Every sentence names the
file and says that nothing was changed, because that is what a worried user needs to read first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

SHOWN_PROBLEMS = 20  # in a dialog; the command line prints every problem


def error_message(exc: BaseException) -> str | None:
    from partyplan.db.database import DatabaseBusyError, ReadOnlyDatabaseError, StoreFullError, UpgradeError
    from partyplan.db.text_rules import TextTooLongError
    from partyplan.exchange.copy_store import CopyTargetError
    from partyplan.exchange.data_file import DataFileError
    from partyplan.exchange.integrity import DamagedDatabaseError
    from partyplan.exchange.lock import DatabaseLockedError
    from partyplan.exchange.restore import RestoreError, UnexpectedSchemaError
    from partyplan.exchange.rotation import BackupError

    if isinstance(exc, BackupError):
        return (translate("Texts", "Could not back up %1 into %2: %3. The database itself was not changed.")
                .replace("%1", str(exc.source)).replace("%2", str(exc.folder)).replace("%3", backup_reason(exc.reason)))
    if isinstance(exc, DamagedDatabaseError):
        return damaged_message(str(exc.path), exc.problems)
    if isinstance(exc, UnexpectedSchemaError):
        return translate("Texts", "%1 holds things a PartyPlan database does not (%2): another program has changed it, "
                                  "so it is not restored. Nothing was changed.").replace("%1", str(exc.path)).replace(
            "%2", ", ".join(exc.objects[:5]))
    if isinstance(exc, RestoreError):
        return (translate("Texts", "Could not restore %1 from %2: %3. The database was not changed.")
                .replace("%1", str(exc.store)).replace("%2", str(exc.backup)).replace("%3", restore_reason(exc.reason)))
    if isinstance(exc, DatabaseLockedError):
        return locked_message(exc)
    if isinstance(exc, ReadOnlyDatabaseError):
        if exc.reason == "needs_upgrade":
            return translate("Texts", "%1 must first be upgraded to this version of PartyPlan, which only the copy "
                                      "that is using it can do. It was not opened.").replace("%1", exc.location)
        return translate("Texts", "%1 is open read-only, because another copy of PartyPlan is using it. Nothing was "
                                  "changed. Close the other copy and open the database again to make changes.").replace(
            "%1", exc.location)
    if isinstance(exc, TextTooLongError):
        return translate("Texts", "'%1...' is %2 characters long, and this field holds at most %3. Nothing was "
                                  "saved; shorten it and save again.").replace("%1", exc.sample).replace(
            "%2", str(exc.length)).replace("%3", str(exc.limit))
    if isinstance(exc, StoreFullError):
        return translate("Texts", "The disk holding %1 is full. Nothing was saved; free some space and try again.").replace(
            "%1", exc.location)
    if isinstance(exc, DatabaseBusyError):
        return translate("Texts", "%1 is busy: another program kept it locked for more than %2 seconds. Nothing was "
                                  "written; try again when the other program has finished.").replace(
            "%1", exc.location).replace("%2", f"{exc.seconds:g}")
    if isinstance(exc, UpgradeError):
        text = translate("Texts", "%1 could not be upgraded to this version of PartyPlan (%2). The upgrade was undone "
                                  "and the file is as it was.").replace("%1", exc.location).replace("%2", exc.detail)
        if exc.backup is not None:
            text += " " + translate("Texts", "A copy from before the attempt is %1.").replace("%1", str(exc.backup))
        return text
    if isinstance(exc, DataFileError):
        return data_file_message(exc, SHOWN_PROBLEMS)
    if isinstance(exc, CopyTargetError):
        return translate("Texts", "Cannot copy %1 onto itself: choose another file or server as the target.").replace(
            "%1", exc.source)
    return None


def backup_reason(reason: str) -> str:
    return {
        "unreadable": translate("Texts", "the database cannot be read"),
        "read_only": translate("Texts", "the backups folder cannot be written"),
        "disk_full": translate("Texts", "the disk is full"),
        "check_failed": translate("Texts", "the copy failed its integrity check and was deleted"),
    }.get(reason, reason)


def restore_reason(reason: str) -> str:
    return {
        "same_file": translate("Texts", "the backup is the database itself"),
        "busy": translate("Texts", "another program is writing to the database"),
        "failed": translate("Texts", "the copy could not be written"),
    }.get(reason, reason)


def damaged_message(location: str, problems: tuple[str, ...] | list[str]) -> str:
    first = "; ".join(problems[:3]) or "?"
    return translate("Texts", "%1 is damaged (SQLite reports: %2). It was not changed.").replace(
        "%1", location).replace("%2", first)


def locked_message(exc) -> str:  # type: ignore[no-untyped-def]
    holder = exc.holder
    if holder is None:
        return translate("Texts", "%1 is in use by another copy of PartyPlan (its lock file %2 cannot be read).").replace(
            "%1", str(exc.path)).replace("%2", str(exc.lock_path))
    text = (translate("Texts", "%1 is in use by %2 on the computer %3 (process %4) since %5. Only one copy of PartyPlan "
                              "may change a database at a time.")
            .replace("%1", str(exc.path)).replace("%2", holder.user).replace("%3", holder.host)
            .replace("%4", str(holder.pid)).replace("%5", holder.since.strftime("%Y-%m-%d %H:%M")))
    import socket

    if holder.host != socket.gethostname():
        text += " " + translate("Texts", "If you are sure PartyPlan is no longer running there, delete %1.").replace(
            "%1", str(exc.lock_path))
    return text


def data_file_reason(reason: str) -> str:
    return {
        "unreadable": translate("Texts", "the file cannot be read"),
        "too_large": translate("Texts", "the file is too large"),
        "not_utf8": translate("Texts", "the file is not UTF-8 text"),
        "not_json": translate("Texts", "the file is not valid JSON"),
        "not_partyplan": translate("Texts", "it is not a PartyPlan data file"),
        "newer_format": translate("Texts", "it was written by a newer version of PartyPlan (file format %1)"),
        "newer_schema": translate("Texts", "it was written by a newer version of PartyPlan (schema %1)"),
        "read_only": translate("Texts", "the database is open read-only"),
        "unreadable_store": translate("Texts", "a value in the database cannot be read"),
        "write_failed": translate("Texts", "the database refused the data"),
        "disk_full": translate("Texts", "the disk is full"),
        "cannot_write": translate("Texts", "the file cannot be written"),
    }.get(reason, reason)


def data_problem(code: str, detail: str = "") -> str:
    text = {
        "not_a_list": translate("Texts", "not a list"),
        "not_an_object": translate("Texts", "not an object"),
        "unknown_table": translate("Texts", "no such table in this version"),
        "unknown_column": translate("Texts", "no such field in this version"),
        "required": translate("Texts", "required"),
        "not_integer": translate("Texts", "not a whole number"),
        "not_number": translate("Texts", "not a number"),
        "out_of_range": translate("Texts", "number out of range"),
        "not_text": translate("Texts", "not text"),
        "too_long": translate("Texts", "longer than %1 characters"),
        "bad_character": translate("Texts", "contains a character that cannot be stored"),
        "not_boolean": translate("Texts", "not true or false"),
        "not_a_date": translate("Texts", "not a date"),
        "not_a_datetime": translate("Texts", "not a date and time"),
        "not_a_time": translate("Texts", "not a time"),
        "not_base64": translate("Texts", "not base64 data"),
        "bad_choice": translate("Texts", "not one of: %1"),
        "duplicate_key": translate("Texts", "the same key as %1"),
        "missing_reference": translate("Texts", "refers to %1, which is not in the file"),
        "circular_reference": translate("Texts", "refers to itself in a circle"),
        "count_mismatch": translate("Texts", "the header and the rows disagree (%1)"),
        "own_parent": translate("Texts", "is its own parent"),
        "not_between": translate("Texts", "outside %1"),
        "before": translate("Texts", "before %1"),
        "over": translate("Texts", "more than %1"),
    }.get(code)
    if code == "person_rule":  # the People form's own rule, in its own words
        from partyplan.texts import problem

        return problem(detail)
    return (text or code).replace("%1", detail)


def problem_line(problem) -> str:  # type: ignore[no-untyped-def]
    """`people[12].birth_date: not a date`"""
    return f"{problem.where}: {data_problem(problem.code, problem.detail)}"


def data_file_message(exc, shown: int | None) -> str:  # type: ignore[no-untyped-def]
    if exc.reason == "invalid":
        total = len(exc.problems) + exc.more
        head = translate("Texts", "%1 was not imported: problems found: %2; nothing was written.").replace(
            "%1", exc.location).replace("%2", str(total))
        listed = exc.problems if shown is None else exc.problems[:shown]
        lines = [head, *(problem_line(p) for p in listed)]
        if total > len(listed):
            lines.append(translate("Texts", "... and %1 more.").replace("%1", str(total - len(listed))))
        return "\n".join(lines)
    if exc.reason == "not_empty":
        return translate("Texts", "%1 already holds data (%2). A data file is imported only into an empty database: "
                                  "create a new one (for example --db new.sqlite3) and import there.").replace(
            "%1", exc.location).replace("%2", exc.detail)
    reason = data_file_reason(exc.reason).replace("%1", exc.detail)
    text = translate("Texts", "Cannot use %1: %2. Nothing was written.").replace("%1", exc.location).replace("%2", reason)
    if exc.detail and exc.reason in ("unreadable", "not_json", "not_utf8", "unreadable_store", "write_failed",
                                     "cannot_write"):
        text += f" ({exc.detail})"
    return text
