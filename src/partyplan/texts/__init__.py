"""Sentences for the facts that services report, shared by the window and the command line.

Services speak in codes (a field and a problem); here the codes become translated words, so a rule
reads the same in a dialog, an import preview and a terminal. QtCore's translate needs no window.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from partyplan import errors


translate = QCoreApplication.translate


def field_label(field: str) -> str:
    labels = {
        "name": translate("Texts", "Name"),
        "gender": translate("Texts", "Gender"),
        "birth_date": translate("Texts", "Birth date"),
        "phone": translate("Texts", "Phone"),
        "id_number": translate("Texts", "ID / number"),
        "address": translate("Texts", "Address"),
        "household": translate("Texts", "Household"),
        "unit": translate("Texts", "Unit"),
        "roles": translate("Texts", "Roles"),
        "party_category": translate("Texts", "Party category"),
        "organisation": translate("Texts", "Branch / group"),
        "joined_date": translate("Texts", "Joined the party"),
        "education": translate("Texts", "Education"),
        "notes": translate("Texts", "Notes"),
        "archived": translate("Texts", "Status"),
    }
    return labels.get(field, field)


def role_label(role: str) -> str:
    return {
        "cadre": translate("Texts", "Cadre"),
        "party_member": translate("Texts", "Party member"),
        "volunteer": translate("Texts", "Volunteer"),
        "resident_rep": translate("Texts", "Resident representative"),
    }.get(role, role)


def plain(label: str) -> str:
    """A menu, tab or button label as a sentence names it: without its accelerator (&File, 文件(&F))."""
    return re.sub(r"\(&\w\)", "", label).replace("&", "")


def place(*steps: tuple[str, str]) -> str:
    """Where something is in the window, from the labels it is reached by (context, source), each in the
    words the window shows: “Duty Rosters > Who serves and shifts”."""
    return "“" + " > ".join(plain(translate(context, source)) for context, source in steps) + "”"


def list_separator() -> str:
    """Between items of a short list: ", " in English, the enumeration comma 、 in Chinese."""
    return translate("Texts", ", ")


def gender_label(gender: str | None) -> str:
    return {"male": translate("Texts", "Male"), "female": translate("Texts", "Female")}.get(gender or "", "")


def category_label(category: str | None) -> str:
    return {
        "registered": translate("Texts", "Registered"),
        "in_service": translate("Texts", "In service"),
        "floating": translate("Texts", "Floating"),
    }.get(category or "", "")


def education_label(education: str | None) -> str:
    """Highest schooling, in the categories member-development statistics count."""
    return {
        "primary": translate("Texts", "Primary school or less"),
        "junior": translate("Texts", "Junior high school"),
        "senior": translate("Texts", "Senior high / technical school"),
        "college": translate("Texts", "Junior college"),
        "bachelor": translate("Texts", "Bachelor's degree"),
        "postgraduate": translate("Texts", "Postgraduate"),
    }.get(education or "", "")


def status_label(archived: bool) -> str:
    return translate("Texts", "Archived") if archived else translate("Texts", "Active")


def problem(code: str) -> str:
    """Why one field was refused, as a short clause shown beside the field."""
    return {
        "required": translate("Texts", "This field is required."),
        "too_long": translate("Texts", "This is too long."),
        "phone_digits": translate("Texts", "A phone number has 5 to 15 digits (spaces and dashes are allowed)."),
        "id_format": translate("Texts", "Use letters and digits only (at most 32)."),
        "id_checksum": translate("Texts", "This 18-digit resident ID fails its check digit; please check it."),
        "future": translate("Texts", "This date is in the future."),
        "too_old": translate("Texts", "This date is before 1900."),
        "before_birth": translate("Texts", "This date is before the birth date."),
        "duplicate": translate("Texts", "This person is already recorded (the same ID number, or the same name and phone)."),
        "bad_date": translate("Texts", "Not a date (use e.g. 1985-03-12)."),
        "no_such_day": translate("Texts", "This day does not exist: the month has fewer days."),
        "month_only": translate("Texts", "Give the day as well (e.g. 1985-03-12); a month alone is not a date."),
        "bad_gender": translate("Texts", "Gender must be male or female (男/女)."),
        "bad_role": translate("Texts", "Unknown role (use cadre, party member, volunteer, resident representative)."),
        "bad_category": translate("Texts", "Unknown party category (use registered, in service, floating)."),
        "bad_education": translate("Texts", "Unknown education (use e.g. 初中, 高中, 中专, 大专, 本科, 研究生)."),
    }.get(code, code)


def field_problem(field: str, code: str) -> str:
    return translate("Texts", "%1: %2").replace("%1", field_label(field)).replace("%2", problem(code))


def formula_warning(values: dict[str, str]) -> str:
    """For an import preview: which fields hold text a spreadsheet would run ("=1+1"), or ""."""
    from partyplan.reports.sheets import looks_like_formula

    fields = [name for name, value in values.items() if looks_like_formula(value)]
    if not fields:
        return ""
    return translate("Texts", "%1: starts like a spreadsheet formula; kept and exported as plain text").replace(
        "%1", list_separator().join(field_label(name) for name in fields))


def location_reason(reason: str) -> str:
    return {
        "no_folder": translate("Texts", "the folder does not exist"),
        "read_only": translate("Texts", "the location is read-only or you have no permission to write there"),
        "locked": translate("Texts", "the file is open in another program (close it, or choose another name)"),
        "is_directory": translate("Texts", "it is a folder, not a file"),
        "unreadable": translate("Texts", "the file cannot be read"),
        "no_file": translate("Texts", "the file does not exist"),
        "not_a_folder": translate("Texts", "it is a file, not a folder"),
        "folder_in_use": translate("Texts", "a file in that folder is open in another program (close it and try again)"),
        "disk_full": translate("Texts", "the disk is full (free some space and try again)"),
    }.get(reason, reason)


def sheet_reason(reason: str, detail: str = "") -> str:
    if reason == "encoding" and detail:
        return translate("Texts", "it is %1 text, which PartyPlan does not read; in Excel or WPS save it as "
                                  "“CSV UTF-8” and import that").replace("%1", detail)
    return {
        "unsupported_type": translate("Texts", "only .xlsx and .csv files can be imported"),
        "unreadable": translate("Texts", "the file is damaged or is not a spreadsheet"),
        "no_name_column": translate("Texts", "no column named 姓名 or Name was found in the first rows"),
        "empty": translate("Texts", "the sheet has a header but no rows of people"),
        "no_visible_sheet": translate("Texts", "every worksheet in it is hidden"),
        "too_large": translate("Texts", "it is too large for a list of people (%1)"),
        "too_many_rows": translate("Texts", "it has more than %1 rows; import the list in parts"),
        "encoding": translate("Texts", "its text is in an encoding PartyPlan cannot recognise; in Excel or WPS save "
                                       "it as “CSV UTF-8” and import that"),
        "open_quote": translate("Texts", "a quotation mark (\") opened on line %1 is never closed, so the rest of the "
                                         "file reads as one cell; close it and import again"),
    }.get(reason, reason).replace("%1", detail)


def plan_file_reason(reason: str) -> str:
    return {
        "binary": translate("Texts", "it is not a text document (perhaps a picture or a program)"),
        "empty": translate("Texts", "it holds no text"),
        "too_large": translate("Texts", "it is too large for a plan (over 1 MB of text)"),
        "too_many_paragraphs": translate("Texts", "it has more paragraphs than a plan has (over 20,000)"),
        "unsupported_type": translate("Texts", "only .txt and .docx files can be read"),
        "damaged_docx": translate("Texts", "the Word file is damaged"),
        "unreadable": translate("Texts", "the file cannot be opened"),
    }.get(reason, reason)


AREA_TEXTS = (("partyplan.posts", "posts"), ("partyplan.meetings", "meetings"), ("partyplan.training", "training"),
              ("partyplan.development", "development"), ("partyplan.members", "members"),
              ("partyplan.organisations", "organisations"), ("partyplan.dues", "dues"))


def error_message(exc: BaseException) -> str:
    """One paragraph that says what went wrong and where, for a dialog or stderr."""
    module = type(exc).__module__
    for prefix, area in AREA_TEXTS:  # an area words its own errors (and hands the rest back here)
        if module.startswith(prefix):
            import importlib

            return importlib.import_module(f"partyplan.texts.{area}").error_message(exc)
    from partyplan.texts import district  # several PCs on one store, the audit log, the district server

    if (sentence := district.error_message(exc)) is not None:
        return sentence
    from partyplan.texts import data_safety  # backups, restore, locks, data files

    if (sentence := data_safety.error_message(exc)) is not None:
        return sentence
    if isinstance(exc, errors.NotADatabaseError):
        return translate("Texts", "%1 is not a PartyPlan database (or it is damaged). It was not changed.").replace(
            "%1", str(exc.path)
        )
    if isinstance(exc, errors.ForeignDatabaseError):
        return translate("Texts", "%1 is a database of another program. PartyPlan did not change it.").replace(
            "%1", str(exc.path)
        )
    if isinstance(exc, errors.NewerSchemaError):
        return (
            translate("Texts", "%1 was written by a newer version of PartyPlan (schema %2). Install the newer version to open it; the file was not changed.")
            .replace("%1", exc.location)
            .replace("%2", exc.found)
        )
    if isinstance(exc, errors.LocationError):
        return translate("Texts", "Cannot use %1: %2.").replace("%1", str(exc.path)).replace("%2", location_reason(exc.reason))
    if isinstance(exc, errors.BadAddressError):
        reason = {
            "port": translate("Texts", "the port must be a number from 1 to 65535"),
            "driver": translate("Texts", "PartyPlan works with PostgreSQL servers (postgresql://) and database files"),
        }.get(exc.reason, translate("Texts", "it is not written as an address"))
        return translate("Texts", "%1 is not a database address PartyPlan can use: %2. Give a file, or an address like "
                                  "postgresql://user@server:5432/partyplan.").replace("%1", exc.address).replace("%2", reason)
    if isinstance(exc, errors.DatabaseUnavailableError):
        return translate("Texts", "Cannot connect to the database %1: %2").replace("%1", exc.location).replace("%2", exc.reason)
    if isinstance(exc, errors.ExportTargetError):
        return (
            translate("Texts", "Cannot write %1: %2. Nothing was changed; choose another name or folder.")
            .replace("%1", str(exc.path))
            .replace("%2", location_reason(exc.reason))
        )
    from partyplan.reports.sheets import CELL_LIMIT, CellTooLongError

    if isinstance(exc, CellTooLongError):
        return (
            translate("Texts", "Cannot write %1: the text in cell %2 of the sheet \u201c%3\u201d (starting \u201c%4\u201d) "
                               "has %5 characters, and a sheet cell holds at most %6. Shorten it and export again; "
                               "nothing was written.")
            .replace("%1", str(exc.path)).replace("%2", exc.cell).replace("%3", exc.sheet)
            .replace("%4", exc.start).replace("%5", f"{exc.length:,}").replace("%6", f"{CELL_LIMIT:,}")
        )
    if isinstance(exc, errors.MalformedSheetError):
        text = translate("Texts", "Cannot import %1: %2.").replace("%1", str(exc.path)).replace(
            "%2", sheet_reason(exc.reason, exc.detail))
        return f"{text} ({exc.detail})" if exc.detail and exc.reason == "unreadable" else text
    from partyplan.people.validation import InvalidPerson
    from partyplan.plans.service import InvalidPlan
    from partyplan.plans.text_import import UnreadablePlanError

    if isinstance(exc, UnreadablePlanError):
        text = translate("Texts", "Cannot read the plan %1: %2.").replace("%1", str(exc.path)).replace(
            "%2", plan_file_reason(exc.reason))
        return f"{text} ({exc.detail})" if exc.detail and exc.reason in ("damaged_docx", "unreadable") else text
    if isinstance(exc, InvalidPlan):
        from partyplan.texts import plans as plan_texts

        return plan_texts.problem(exc.field, exc.code)

    if isinstance(exc, InvalidPerson):
        return "\n".join(field_problem(p.field, p.code) for p in exc.problems)
    return translate("Texts", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")
