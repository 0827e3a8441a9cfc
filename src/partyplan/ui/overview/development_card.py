"""Member development's card on the Overview, apart from the page so the overview (on screen at
start) does not load the page's widgets to fill it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan.development import due
from partyplan.texts import development as words

translate = QCoreApplication.translate

OVERVIEW_OVERDUE_LINES = 4


def overview_lines(items: list[due.DueItem]) -> list[tuple[str, bool]]:
    """The Overview's card from member development's to-do list (`due.due_list`): what is overdue, by
    name, the probations ending this month, and how much else falls due or may move on."""
    overdue = [i for i in items if i.overdue]
    lines = [(translate("DevelopmentOverview", "%1: %2, due %3").replace("%1", i.name)
              .replace("%2", words.due_label(i.kind)).replace("%3", i.due.isoformat()), True)
             for i in overdue[:OVERVIEW_OVERDUE_LINES]]
    if len(overdue) > OVERVIEW_OVERDUE_LINES:
        lines.append((translate("DevelopmentOverview", "and %1 more overdue").replace(
            "%1", str(len(overdue) - OVERVIEW_OVERDUE_LINES)), True))
    ending = [i for i in items if i.kind == "probation_end" and not i.overdue]
    lines += [(translate("DevelopmentOverview", "%1: probation ends %2").replace("%1", i.name).replace(
        "%2", i.due.isoformat()), False) for i in ending]
    soon = [i for i in items if not i.overdue and i.kind not in due.ELIGIBLE and i.kind != "probation_end"]
    if soon:
        lines.append((translate("DevelopmentOverview", "Due within %2 days: %1 more").replace(
            "%1", str(len(soon))).replace("%2", str(due.HORIZON_DAYS)), False))
    eligible = {i.case_id for i in items if i.kind in due.ELIGIBLE}
    if eligible:
        lines.append((translate("DevelopmentOverview", "%1 may move on to the next stage").replace(
            "%1", str(len(eligible))), False))
    return lines or [(translate("DevelopmentOverview", "Nothing due in member development."), False)]
