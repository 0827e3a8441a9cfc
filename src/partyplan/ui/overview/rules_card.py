"""The Overview's card for what the party rules owe: a democratic evaluation not yet held for its year
(due by the end of the next March, meetings/evaluation.py) and the follow-ups of members graded 不合格
still to decide or due for review (members/disposals.py). Its own module, so the Overview tab only
names it; it reads through the Meetings area, whose pages fix what it lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

AREA = "rules"  # the card's key; its Open button goes to the Meetings tab
LINES = 4


def title() -> str:
    return translate("RulesCard", "Evaluation and follow-ups")


def lines(operations, today: dt.date) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    """(sentence, is a warning) lines: evaluations missing first, then follow-ups, the overdue in red."""
    followups, evaluations = operations.meetings.rules_due(today)
    out = [(translate("RulesCard", "The democratic evaluation of %1 is overdue (due by %2)") if e.overdue
            else translate("RulesCard", "The democratic evaluation of %1 is due by %2"), e) for e in evaluations]
    result = [(text.replace("%1", str(e.year)).replace("%2", e.due.isoformat()), e.overdue) for text, e in out]
    for f in followups[:LINES]:
        text = (translate("RulesCard", "%1: decide the follow-up, due %2") if f.kind == "decide"
                else translate("RulesCard", "%1: correction deadline %2 has come, review it"))
        result.append((text.replace("%1", f.name).replace("%2", f.due.isoformat()), f.overdue))
    if len(followups) > LINES:
        result.append((translate("RulesCard", "and %1 more follow-ups").replace("%1", str(len(followups) - LINES)),
                       any(f.overdue for f in followups[LINES:])))
    return result or [(translate("RulesCard", "No evaluation or follow-up is due."), False)]
