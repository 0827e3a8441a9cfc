"""Words for the people import: why a row is not imported, what the user should know about a row that
is, why a whole file is refused, and who a duplicate repeats. The preview dialog and the command line
say the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan import texts

translate = QCoreApplication.translate


def row_note(problem) -> str:  # type: ignore[no-untyped-def]
    """One problem or warning of a row (a FieldProblem, or a CellProblem carrying words of the sheet)."""
    detail = getattr(problem, "detail", "")
    sentence = {
        "formula_no_value": translate(
            "ImportTexts", "holds a formula whose result was never saved; open the file in Excel or WPS, save it and "
            "import it again"),
        "merged_rows": translate(
            "ImportTexts", "a quotation mark (\") is not closed, so lines %1 were read as one row; close the quote and "
            "import again"),
        "ambiguous_month": translate(
            "ImportTexts", "Excel keeps 1985.1 and 1985.10 as the same number, so the month may be January or October; "
            "type the date as text, e.g. 1985-10"),
        "kept_in_notes": translate(
            "ImportTexts", "“%1” is none of the roles (cadre, party member, volunteer, resident representative): "
            "kept in the notes"),
        "read_as": translate("ImportTexts", "“%1” read as %2"),
        "probation_file": translate(
            "ImportTexts", "probationary member: the development file is opened at probation, admitted %1"),
        "probation_without_date": translate(
            "ImportTexts", "probationary member without a date of joining: recorded as a party member; record the "
            "admission in Member development"),
    }.get(problem.code)
    if sentence is None:
        return texts.field_problem(problem.field, problem.code)
    values = texts.list_separator().join(texts.role_label(v) for v in getattr(problem, "values", ()))
    sentence = sentence.replace("%1", detail).replace("%2", values)
    if problem.field == "row":
        return sentence[:1].upper() + sentence[1:]
    return translate("ImportTexts", "%1: %2").replace("%1", texts.field_label(problem.field)).replace("%2", sentence)


def row_reasons(row) -> str:  # type: ignore[no-untyped-def]
    """Everything the preview says about a row: its problems, else its duplicate, and its warnings."""
    parts = [row_note(p) for p in row.problems]
    if not row.problems:
        if row.duplicate_of is not None:
            parts.append(duplicate_of_person(row))
        elif row.duplicate_line is not None:
            parts.append(duplicate_of_line(row))
    parts += [row_note(w) for w in row.warnings]
    return "; ".join(parts)


def _shared(field: str) -> str:
    return {"id_number": translate("ImportTexts", "the same ID number"),
            "phone": translate("ImportTexts", "the same name and phone")}.get(field, "")


def duplicate_of_person(row) -> str:  # type: ignore[no-untyped-def]
    return (translate("ImportTexts", "Already recorded as %1 (%2)")
            .replace("%1", row.duplicate_name).replace("%2", _shared(row.duplicate_field)))


def duplicate_of_line(row) -> str:  # type: ignore[no-untyped-def]
    return (translate("ImportTexts", "Same person as row %1 (%2)")
            .replace("%1", str(row.duplicate_line)).replace("%2", _shared(row.duplicate_field)))


def sheet_notice(preview) -> str:  # type: ignore[no-untyped-def]
    """Which sheet or encoding was read, when it is not the obvious one."""
    parts = []
    if preview.sheet:
        parts.append(translate("ImportTexts", "Read the worksheet “%1” (the one shown when the file was saved).")
                     .replace("%1", preview.sheet))
    if preview.encoding:
        parts.append(translate("ImportTexts", "Read as %1 text.").replace("%1", preview.encoding))
    return " ".join(parts)
