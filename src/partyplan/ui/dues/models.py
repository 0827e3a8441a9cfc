"""The dues page's tables: the month grid (members x 12 months) and the unpaid list.

Both are `RowsModel`s of the services' rows. A month cell reads ✓ when paid, is shaded when owed up to
the month the unpaid list runs to and not paid, and reads — when the member owes nothing that month
(not yet a member, transferred out, or registered elsewhere), as on the printed register.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from partyplan.dues.service import DuesLine, Unpaid
from partyplan.enums import DuesCategory
from partyplan.texts import dues as words
from partyplan.ui.rows import Column, RowsModel

PAID_FILL = QColor("#d4edda")
UNPAID_FILL = QColor("#f8d7da")
RED = QColor("#b00020")
GREY = QColor("#777777")
FIRST_MONTH = 3  # the grid's column of January: name, category and amount come first
GRID_WIDTHS = (78, 96, 58) + (44,) * 12 + (62,)
UNPAID_WIDTHS = (78, 0, 70, 70)
translate = QCoreApplication.translate


def short_category(category: DuesCategory | None) -> str:
    if category is None:
        return translate("DuesModels", "no base")
    return {
        DuesCategory.SALARIED: translate("DuesModels", "Salaried"),
        DuesCategory.SELF_EMPLOYED: translate("DuesModels", "Self-employed"),
        DuesCategory.RETIRED: translate("DuesModels", "Retired"),
        DuesCategory.FARMER: translate("DuesModels", "Farmer"),
        DuesCategory.LOW_INCOME: translate("DuesModels", "Low income"),
        DuesCategory.REDUCED: translate("DuesModels", "Reduced"),
    }[DuesCategory(category)]


def latest_amount(line: DuesLine) -> int | None:
    return next((line.due[m] for m in reversed(line.owed_months) if line.due.get(m) is not None), None)


class Grid:
    """What the month cells need to know besides the line: the month the arrears run to."""

    def __init__(self) -> None:
        self.through = 0

    def month_text(self, month: int) -> Callable[[DuesLine], str]:
        def text(line: DuesLine) -> str:
            if month in line.paid:
                return "✓"
            return "" if month in line.owed_months else "—"
        return text

    def month_fill(self, month: int) -> Callable[[DuesLine], QColor | None]:
        def fill(line: DuesLine) -> QColor | None:
            if month in line.paid:
                return PAID_FILL
            if month in line.owed_months and month <= self.through:
                return UNPAID_FILL
            return None
        return fill

    def month_tooltip(self, month: int) -> Callable[[DuesLine], str]:
        def tooltip(line: DuesLine) -> str:
            if month in line.paid:
                return translate("DuesModels", "%1, month %2: paid %3 yuan. Click to undo.").replace(
                    "%1", line.name).replace("%2", str(month)).replace("%3", words.yuan(line.paid[month]))
            if month not in line.owed_months:
                return translate("DuesModels", "%1 owes no dues for month %2 (not on this roll).").replace(
                    "%1", line.name).replace("%2", str(month))
            if line.due.get(month) is None:
                return translate("DuesModels", "%1, month %2: no base set yet.").replace(
                    "%1", line.name).replace("%2", str(month))
            return translate("DuesModels", "%1, month %2: %3 yuan owed. Click to record it paid today.").replace(
                "%1", line.name).replace("%2", str(month)).replace("%3", words.yuan(line.due[month]))
        return tooltip

    def owing(self, line: DuesLine) -> int:
        return sum(line.due[m] or 0 for m in line.unpaid_months(self.through))


def grid_model(parent, grid: Grid) -> RowsModel:  # type: ignore[no-untyped-def]
    months = tuple(
        Column(lambda m=month: translate("DuesModels", "M%1").replace("%1", str(m)), grid.month_text(month),
               lambda line, m=month: 2 if m in line.paid else (1 if m in line.owed_months else 0),
               tooltip=grid.month_tooltip(month), fill=grid.month_fill(month), colour=lambda _l: None)
        for month in range(1, 13))
    columns = (
        Column(lambda: translate("DuesModels", "Name"), lambda line: line.name, tooltip=lambda line: line.branch),
        Column(lambda: translate("DuesModels", "Category"), lambda line: short_category(line.category),
               tooltip=lambda line: words.category_label(line.category)),
        Column(lambda: translate("DuesModels", "Monthly"), lambda line: words.yuan(latest_amount(line)),
               lambda line: latest_amount(line), numeric=True,
               tooltip=lambda line: translate("DuesModels", "Monthly base %1 yuan").replace(
                   "%1", words.yuan(line.base_fen)) if line.base_fen else ""),
        *months,
        Column(lambda: translate("DuesModels", "Owing"), lambda line: words.yuan(grid.owing(line) or None),
               lambda line: grid.owing(line), numeric=True, colour=lambda line: RED if grid.owing(line) else None),
    )
    return RowsModel(columns, parent, key=lambda line: line.person_id)


def months_text(months: tuple[int, ...]) -> str:
    return ", ".join(str(m) for m in months)


def unpaid_model(parent) -> RowsModel:  # type: ignore[no-untyped-def]
    return RowsModel((
        Column(lambda: translate("DuesModels", "Name"), lambda u: u.line.name, tooltip=lambda u: u.line.branch),
        Column(lambda: translate("DuesModels", "Months unpaid"), lambda u: months_text(u.months)),
        Column(lambda: translate("DuesModels", "Amount"), lambda u: words.yuan(u.amount_fen),
               lambda u: u.amount_fen, numeric=True),
        Column(lambda: translate("DuesModels", "In a row"), lambda u: str(u.in_a_row), lambda u: u.in_a_row,
               numeric=True, colour=lambda u: RED if u.lapsing else None,
               tooltip=lambda u: translate("DuesModels", "Six months in a row without paying and without a proper "
                                           "reason count as leaving the party (Party Constitution, Article 9): "
                                           "talk with the member.") if u.lapsing else ""),
    ), parent, key=lambda u: u.line.person_id)


__all__ = ["FIRST_MONTH", "Grid", "Unpaid", "grid_model", "unpaid_model"]
