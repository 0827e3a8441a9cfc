"""Words for plans: statuses, periods, kinds, comparisons, and the plan services' problem codes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from partyplan.db.models import Comparison, ItemStatus, PlanKind, Recurrence

translate = QCoreApplication.translate


def status_label(status: ItemStatus) -> str:
    return {
        ItemStatus.NOT_STARTED: translate("PlanTexts", "Not started"),
        ItemStatus.IN_PROGRESS: translate("PlanTexts", "In progress"),
        ItemStatus.DONE: translate("PlanTexts", "Done"),
        ItemStatus.POSTPONED: translate("PlanTexts", "Postponed"),
        ItemStatus.CANCELLED: translate("PlanTexts", "Cancelled"),
    }[status]


def kind_label(kind: PlanKind) -> str:
    return {
        PlanKind.ANNUAL: translate("PlanTexts", "Annual plan"),
        PlanKind.WORK_POINTS: translate("PlanTexts", "Work points"),
        PlanKind.MULTI_YEAR: translate("PlanTexts", "Multi-year plan"),
    }[kind]


def recurrence_label(recurrence: Recurrence) -> str:
    return {
        Recurrence.NONE: translate("PlanTexts", "Once"),
        Recurrence.QUARTERLY: translate("PlanTexts", "Every quarter"),
        Recurrence.MONTHLY: translate("PlanTexts", "Every month"),
    }[recurrence]


def comparison_label(comparison: Comparison) -> str:
    return {
        Comparison.AT_LEAST: translate("PlanTexts", "at least"),
        Comparison.AT_MOST: translate("PlanTexts", "at most"),
        Comparison.ABOUT: translate("PlanTexts", "about"),
        Comparison.EQUAL: translate("PlanTexts", "exactly"),
    }[comparison]


def quarter_label(quarter: int) -> str:
    return translate("PlanTexts", "Q%1").replace("%1", str(quarter))


def month_label(month: int) -> str:
    return translate("PlanTexts", "Month %1").replace("%1", str(month))


def period_text(quarter: int | None, month: int | None, due: dt.date | None, recurrence: Recurrence) -> str:
    if recurrence is not Recurrence.NONE:
        return recurrence_label(recurrence)
    if due is not None:
        return translate("PlanTexts", "by %1").replace("%1", due.isoformat())
    if month is not None:
        return month_label(month)
    if quarter is not None:
        return quarter_label(quarter)
    return ""


def source_label(source: str | None) -> str:
    from partyplan.plans.targets import canonical_source

    return {
        None: translate("PlanTexts", "typed in"),
        "party_members": translate("PlanTexts", "Party members now (from People)"),
        "dev_new_members": translate("PlanTexts", "New members admitted this year (from member development)"),
        "dev_under35_share": translate("PlanTexts", "Share under 35 among those admitted, % (from member development)"),
        "dev_women_share": translate("PlanTexts", "Share of women among those admitted, % (from member development)"),
        "dev_senior_education_share": translate(
            "PlanTexts", "Share with senior high school or more among those admitted, % (from member development)"),
        "dev_activist_ratio": translate("PlanTexts", "Activists per development target (from member development)"),
        "members_under35_share": translate("PlanTexts", "Share aged 35 and under among all members, % (from the register)"),
        "members_women_share": translate("PlanTexts", "Share of women among all members, % (from the register)"),
        "members_senior_education_share": translate(
            "PlanTexts", "Share with senior high school or more among all members, % (from the register)"),
    }.get(canonical_source(source), source or "")


def attainment_label(row) -> str:  # type: ignore[no-untyped-def]
    """A target's attainment as the Plans tab shows it: 50 %, or "exceeded (6 of 3)" rather than 200 %."""
    from partyplan.plans.targets import attainment_kind

    kind = attainment_kind(row)
    if kind == "none":
        return "—"
    if kind == "share":
        return f"{round(100 * row.attainment)}%"
    text = {"exceeded": translate("PlanTexts", "exceeded (%1 of %2)"),
            "reached": translate("PlanTexts", "reached (%1 of %2)"),
            "above": translate("PlanTexts", "above target (%1 of %2)")}[kind]
    return text.replace("%1", _number(row.actual)).replace("%2", _number(row.target_value))


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def problem(field: str, code: str) -> str:
    sentences = {
        "required": translate("PlanTexts", "This field is required."),
        "year_range": translate("PlanTexts", "Enter a year between 1949 and 2200."),
        "before_start": translate("PlanTexts", "The last year cannot be before the first year."),
        "quarter_range": translate("PlanTexts", "A quarter is 1 to 4."),
        "month_range": translate("PlanTexts", "A month is 1 to 12."),
        "unknown_source": translate("PlanTexts", "Unknown measure."),
        "not_a_period": translate("PlanTexts", "This period does not belong to the item."),
    }
    return sentences.get(code, code)


def left_out(counts) -> str:  # type: ignore[no-untyped-def]
    """What a Word file held that the plan import leaves out on purpose, as one sentence; "" if nothing."""
    parts = [text.replace("%1", str(counts[key])) for key, text in (
        ("deleted", translate("PlanTexts", "tracked deletions (%1)")),
        ("comments", translate("PlanTexts", "comments (%1)")),
        ("headers", translate("PlanTexts", "headers and footers (%1)")),
    ) if counts.get(key)]
    if not parts:
        return ""
    return translate("PlanTexts", "Left out of the Word file: %1.").replace("%1", translate("PlanTexts", ", ").join(parts))
