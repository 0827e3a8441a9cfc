"""Why no roster exists, in plain words: "12 Oct weekday evening needs 2, only 1 available: Wang on
leave, Li at monthly maximum". Shared by the window and the command line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from partyplan.rosters.explain import Infeasible, Shortage
from partyplan.texts import list_separator
from partyplan.texts import rosters as roster_texts

translate = QCoreApplication.translate
MAX_LINES = 8


def day_text(day: dt.date) -> str:
    return translate("RosterExplain", "%1/%2").replace("%1", str(day.month)).replace("%2", str(day.day))


def shortage_text(shortage: Shortage, names: dict[int, str], shifts: dict[str, str]) -> str:
    shift = shifts.get(shortage.shift, shortage.shift)
    if shortage.role:
        head = (translate("RosterExplain", "%1 %2 needs %3 %4, only %5 available")
                .replace("%3", str(shortage.needed)).replace("%4", roster_texts.tag_label(shortage.role)))
    else:
        head = translate("RosterExplain", "%1 %2 needs %3, only %5 available").replace("%3", str(shortage.needed))
    head = head.replace("%1", day_text(shortage.date)).replace("%2", shift).replace("%5", str(shortage.available))
    tag = shortage.role or "leader"
    reasons = [f"{names.get(b.candidate_id, '?')} {roster_texts.blocked_text(b.reason, tag)}" for b in shortage.blocked]
    if not reasons:
        return head
    return translate("Texts", "%1: %2").replace("%1", head).replace("%2", list_separator().join(reasons))


def infeasible_text(exc: Infeasible, names: dict[int, str], shifts: dict[str, str]) -> str:
    lines = [shortage_text(s, names, shifts) for s in exc.shortages[:MAX_LINES]]
    if len(exc.shortages) > MAX_LINES:
        lines.append(translate("RosterExplain", "... and more duties like these: %1.")
                     .replace("%1", str(len(exc.shortages) - MAX_LINES)))
    if exc.capacity is not None:
        capacity = exc.capacity
        text = translate("RosterExplain", "The month needs %1 duties but the people available can take at most %2 "
                                          "(monthly maximums, leave and rest days between duties).")
        if capacity.role:
            text = translate("RosterExplain", "The month needs %1 duties by a %3 but they can take at most %2.")
        lines.append(text.replace("%1", str(capacity.needed_total)).replace("%2", str(capacity.capacity_total))
                     .replace("%3", roster_texts.tag_label(capacity.role or "")))
    if not lines:
        lines.append(translate("RosterExplain", "The rules cannot all be met together this month (for example, "
                                                "too few people for duties on consecutive days). Allow more duties "
                                                "per person, add people, or lock some duties by hand."))
    return "\n".join(lines)
