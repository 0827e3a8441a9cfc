"""The Overview's card for party dues and transfers: who has not paid up to last month (those six months
or more in a row by name, as the Party Constitution's Article 9 asks the branch to talk with them), and
the letters whose receipt or report is due. Apart from the pages, so the overview (on screen at start)
does not build them to fill it; read through the pages' operations."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from partyplan import texts
from partyplan.dues.service import last_month
from partyplan.texts import dues as dues_words
from partyplan.texts import members as member_words

translate = QCoreApplication.translate
NAMES = 5


def dues_lines(operations, today: dt.date) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    year, month = last_month(today)
    unpaid = operations.dues.unpaid(year, month)
    lines: list[tuple[str, bool]] = []
    if unpaid:
        lines.append((translate("DuesOverview", "Dues unpaid through %1-%2: %3 members, %4 yuan").replace(
            "%1", str(year)).replace("%2", f"{month:02d}").replace("%3", str(len(unpaid))).replace(
            "%4", dues_words.yuan(sum(u.amount_fen for u in unpaid))), True))
        lapsing = [u.line.name for u in unpaid if u.lapsing]
        if lapsing:
            lines.append((translate("DuesOverview", "Six months or more unpaid, talk with them: %1").replace(
                "%1", _names(lapsing)), True))
    else:
        lines.append((translate("DuesOverview", "Dues are paid through %1-%2.").replace("%1", str(year)).replace(
            "%2", f"{month:02d}"), False))
    due = operations.members.due_transfers(today)
    for item in due[:NAMES]:
        lines.append((translate("DuesOverview", "%1: %2 since %3").replace("%1", item.name).replace(
            "%2", member_words.transfer_due_label(item.kind)).replace("%3", item.due.isoformat()), True))
    if len(due) > NAMES:
        lines.append((translate("DuesOverview", "and %1 more transfers due").replace("%1", str(len(due) - NAMES)),
                      True))
    if not due:
        lines.append((translate("DuesOverview", "No transfer is waiting for a receipt or a report."), False))
    return lines


def _names(names: list[str]) -> str:
    shown = texts.list_separator().join(names[:NAMES])
    return shown if len(names) <= NAMES else translate("DuesOverview", "%1 and %2 more").replace(
        "%1", shown).replace("%2", str(len(names) - NAMES))
