"""Words for party dues: the categories of the 2008 rules, amounts in yuan, and the dues services' problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan.db.models import DuesCategory

translate = QCoreApplication.translate


def category_label(category: DuesCategory | None) -> str:
    if category is None:
        return ""
    return {
        DuesCategory.SALARIED: translate("DuesTexts", "Salaried (after-tax wage)"),
        DuesCategory.SELF_EMPLOYED: translate("DuesTexts", "Self-employed (last quarter's average net income)"),
        DuesCategory.RETIRED: translate("DuesTexts", "Retired (pension)"),
        DuesCategory.FARMER: translate("DuesTexts", "Farmer (set amount)"),
        DuesCategory.LOW_INCOME: translate("DuesTexts", "Student, unemployed, on relief or minimum allowance"),
        DuesCategory.REDUCED: translate("DuesTexts", "Reduced or exempt (approved)"),
    }[DuesCategory(category)]


def yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:.2f}"


def problem(field: str, code: str) -> str:
    sentences = {
        "not_member": translate("DuesTexts", "Only party members pay dues."),
        "month": translate("DuesTexts", "A month is 1 to 12."),
        "year": translate("DuesTexts", "Enter a year between 1949 and 2200."),
        "base_required": translate("DuesTexts", "Enter the monthly income the rate applies to."),
        "amount_range": translate("DuesTexts", "The amount is outside what the rules allow for this category."),
        "approval_required": translate("DuesTexts", "A reduced amount needs the higher committee's approval: "
                                                    "note it."),
        "already_paid": translate("DuesTexts", "This month is already paid."),
        "no_base": translate("DuesTexts", "No dues are set for this member for that month; set the base first."),
        "future": translate("DuesTexts", "This date is in the future."),
        "not_found": translate("DuesTexts", "Not found; it may have been deleted."),
        "rules": translate("DuesTexts", "The brackets must rise, end open and have rates between 0.1 and 10 %."),
        "members_or_all": translate("DuesTexts", "Name the members, or give --all (not both)."),
    }
    return sentences.get(code, code)


def error_message(exc: BaseException) -> str:
    from partyplan import texts
    from partyplan.dues import InvalidDues

    if isinstance(exc, InvalidDues):
        text = problem(exc.field, exc.code)
        if exc.month is not None:
            return translate("DuesTexts", "Month %1: %2").replace("%1", str(exc.month)).replace("%2", text)
        return text
    return texts.error_message(exc)
