"""The date and year pickers that replaced typed-in dates and years (postpone a meeting, a new
evaluation, copy a plan to a year), driven as a user does: type into the box, press Enter or Esc."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QSpinBox

from partyplan.ui import prompts


def when_open(act) -> None:  # type: ignore[no-untyped-def]
    """`act` on the picker once its own event loop shows it."""
    QTimer.singleShot(0, lambda: act(QApplication.activeModalWidget()))


def retype(box, text: str) -> None:  # type: ignore[no-untyped-def]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(box, text)


def test_date_picker_is_a_calendar_box_within_its_range(qapp):
    seen: dict[str, object] = {}

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        edit = dialog.findChild(QDateEdit, "pick_date")
        seen.update(popup=edit.calendarPopup(), low=edit.minimumDate(), high=edit.maximumDate(), shown=edit.text())
        retype(edit, "2026-04-15")
        QTest.keyClick(edit, Qt.Key.Key_Return)

    when_open(act)
    day = prompts.pick_date(None, "Postpone meeting", "Postpone to:", dt.date(2026, 3, 27), dt.date(2026, 3, 21),
                            dt.date(2027, 12, 31))
    assert day == dt.date(2026, 4, 15)
    assert seen == {"popup": True, "low": QDate(2026, 3, 21), "high": QDate(2027, 12, 31), "shown": "2026-03-27"}


def test_date_picker_cannot_go_before_its_first_day_and_esc_cancels(qapp):
    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        edit = dialog.findChild(QDateEdit, "pick_date")
        edit.setDate(QDate(2026, 1, 1))  # before the earliest day: the box stays at the earliest
        assert edit.date() == QDate(2026, 3, 21)
        QTest.keyClick(edit, Qt.Key.Key_Escape)

    when_open(act)
    assert prompts.pick_date(None, "t", "l", dt.date(2026, 3, 27), dt.date(2026, 3, 21), dt.date(2027, 12, 31)) is None


def test_year_picker_takes_a_typed_year_within_its_range(qapp):
    seen: dict[str, int] = {}

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        spin = dialog.findChild(QSpinBox)
        seen.update(low=spin.minimum(), high=spin.maximum(), value=spin.value())
        retype(spin, "2027")
        QTest.keyClick(spin, Qt.Key.Key_Return)

    when_open(act)
    assert prompts.pick_year(None, "New evaluation", "Year evaluated:", 2026, 2000, 2030) == 2027
    assert seen == {"low": 2000, "high": 2030, "value": 2026}
