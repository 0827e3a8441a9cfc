"""Sentences for the facts that services report, shared by the window and the command line.

Services speak in codes (a field and a problem); here the codes become translated words, so a rule
reads the same in a dialog, an import preview and a terminal. QtCore's translate needs no window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan import errors


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def field_label(field: str) -> str:
    labels = {
        "name": _t("Name"),
        "gender": _t("Gender"),
        "birth_date": _t("Birth date"),
        "phone": _t("Phone"),
        "id_number": _t("ID / number"),
        "address": _t("Address"),
        "household": _t("Household"),
        "unit": _t("Unit"),
        "roles": _t("Roles"),
        "party_category": _t("Party category"),
        "joined_date": _t("Joined the party"),
        "notes": _t("Notes"),
        "archived": _t("Status"),
    }
    return labels.get(field, field)


def role_label(role: str) -> str:
    return {
        "cadre": _t("Cadre"),
        "party_member": _t("Party member"),
        "volunteer": _t("Volunteer"),
        "resident_rep": _t("Resident representative"),
    }.get(role, role)


def list_separator() -> str:
    """Between items of a short list: ", " in English, the enumeration comma 、 in Chinese."""
    return _t(", ")


def gender_label(gender: str | None) -> str:
    return {"male": _t("Male"), "female": _t("Female")}.get(gender or "", "")


def category_label(category: str | None) -> str:
    return {
        "registered": _t("Registered"),
        "in_service": _t("In service"),
        "floating": _t("Floating"),
    }.get(category or "", "")


def status_label(archived: bool) -> str:
    return _t("Archived") if archived else _t("Active")


def problem(code: str) -> str:
    """Why one field was refused, as a short clause shown beside the field."""
    return {
        "required": _t("This field is required."),
        "too_long": _t("This is too long."),
        "phone_digits": _t("A phone number has 5 to 15 digits (spaces and dashes are allowed)."),
        "id_format": _t("Use letters and digits only (at most 32)."),
        "id_checksum": _t("This 18-digit resident ID fails its check digit; please check it."),
        "future": _t("This date is in the future."),
        "too_old": _t("This date is before 1900."),
        "before_birth": _t("This date is before the birth date."),
        "duplicate": _t("A person with this name and this phone or ID is already recorded."),
        "bad_date": _t("Not a date (use e.g. 1985-03-12)."),
        "bad_gender": _t("Gender must be male or female (男/女)."),
        "bad_role": _t("Unknown role (use cadre, party member, volunteer, resident representative)."),
        "bad_category": _t("Unknown party category (use registered, in service, floating)."),
    }.get(code, code)


def field_problem(field: str, code: str) -> str:
    return _t("%1: %2").replace("%1", field_label(field)).replace("%2", problem(code))


def location_reason(reason: str) -> str:
    return {
        "no_folder": _t("the folder does not exist"),
        "read_only": _t("the location is read-only or you have no permission to write there"),
        "locked": _t("the file is open in another program (close it, or choose another name)"),
        "is_directory": _t("it is a folder, not a file"),
        "unreadable": _t("the file cannot be read"),
    }.get(reason, reason)


def sheet_reason(reason: str) -> str:
    return {
        "unsupported_type": _t("only .xlsx and .csv files can be imported"),
        "unreadable": _t("the file is damaged or is not a spreadsheet"),
        "no_name_column": _t("no column named 姓名 or Name was found in the first rows"),
        "empty": _t("the sheet has a header but no rows of people"),
    }.get(reason, reason)


def error_message(exc: BaseException) -> str:
    """One paragraph that says what went wrong and where, for a dialog or stderr."""
    if isinstance(exc, errors.NotADatabaseError):
        return _t("%1 is not a PartyPlan database (or it is damaged). It was not changed.").replace(
            "%1", str(exc.path)
        )
    if isinstance(exc, errors.ForeignDatabaseError):
        return _t("%1 is a database of another program. PartyPlan did not change it.").replace(
            "%1", str(exc.path)
        )
    if isinstance(exc, errors.NewerSchemaError):
        return (
            _t("%1 was written by a newer version of PartyPlan (schema %2). Install the newer version to open it; the file was not changed.")
            .replace("%1", exc.location)
            .replace("%2", exc.found)
        )
    if isinstance(exc, errors.LocationError):
        return _t("Cannot use %1: %2.").replace("%1", str(exc.path)).replace("%2", location_reason(exc.reason))
    if isinstance(exc, errors.DatabaseUnavailableError):
        return _t("Cannot connect to the database %1: %2").replace("%1", exc.location).replace("%2", exc.reason)
    if isinstance(exc, errors.ExportTargetError):
        return (
            _t("Cannot write %1: %2. Nothing was changed; choose another name or folder.")
            .replace("%1", str(exc.path))
            .replace("%2", location_reason(exc.reason))
        )
    if isinstance(exc, errors.MalformedSheetError):
        text = _t("Cannot import %1: %2.").replace("%1", str(exc.path)).replace("%2", sheet_reason(exc.reason))
        return f"{text} ({exc.detail})" if exc.detail else text
    from partyplan.people.validation import InvalidPerson

    if isinstance(exc, InvalidPerson):
        return "\n".join(field_problem(p.field, p.code) for p in exc.problems)
    return _t("Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")
