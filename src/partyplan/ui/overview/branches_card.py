"""The branches' card on the Overview: each branch's 三会一课 gaps this year and the committees whose
election is due, from `organisations.overview.branch_figures` and `organisations.terms.terms_due`. Apart
from the Branches page, so the overview (on screen at start) does not load the page's widgets to fill it.
An office without branches gets no lines about them, only the hint to set them up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan.organisations.overview import BranchFigures
from partyplan.organisations.terms import TermDue

translate = QCoreApplication.translate


def overview_lines(branches: list[BranchFigures], due: list[TermDue]) -> list[tuple[str, bool]]:
    """A line per branch (its 三会一课 held of required so far, in red with what is missing or overdue),
    a red line per election due, and how many party members are in no branch."""
    named = [b for b in branches if b.org_id is not None]
    if not named:
        return [(translate("BranchesOverview", "No branches set up: People › Branches."), False)]
    lines: list[tuple[str, bool]] = [(translate("BranchesOverview", "Three meetings and one lesson held this year:"),
                                      False)]
    for b in named:
        text = translate("BranchesOverview", "%1: %2 of %3").replace("%1", b.name).replace(
            "%2", str(b.sanhui_held)).replace("%3", str(b.sanhui_required))
        if b.sanhui_missing:
            text += translate("BranchesOverview", ", missing %1").replace("%1", str(b.sanhui_missing))
        if b.sanhui_overdue:
            text += translate("BranchesOverview", ", overdue %1").replace("%1", str(b.sanhui_overdue))
        lines.append((text, bool(b.sanhui_missing or b.sanhui_overdue)))
    for d in due:
        sentence = (translate("BranchesOverview", "%1: prepare the election, the term ends %2") if d.kind == "election_due"
                    else translate("BranchesOverview", "%1: the term ended %2 without an election"))
        lines.append((sentence.replace("%1", d.organisation).replace("%2", d.ends_on.isoformat()), True))
    nowhere = next((b for b in branches if b.org_id is None), None)
    if nowhere is not None and nowhere.full_members + nowhere.probationary:
        lines.append((translate("BranchesOverview", "Party members in no branch: %1").replace(
            "%1", str(nowhere.full_members + nowhere.probationary)), True))
    return lines
