"""The Training tab's tables: sessions, one session's participants (attendance and certificate edited in
place), totals per person against the requirement, and the commendations register.

Each is a `RowsModel` told its columns; a year of an office's training is small, so rows are held.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from partyplan import texts
from partyplan.enums import Role
from partyplan.texts import training as words
from partyplan.training.commendations import LEVELS
from partyplan.ui.rows import Column, RowsModel

RED = QColor("#b00020")
GREY = QColor("#777777")
ROLE_ORDER = (Role.CADRE, Role.PARTY_MEMBER, Role.VOLUNTEER, Role.RESIDENT_REP)
WIDTHS = {"sessions": (105, 0, 120, 95, 65), "participants": (75, 0, 65, 160),
          "totals": (75, 0, 60, 60, 60), "commendations": (90, 0, 80, 140, 80)}
STRETCH = 1  # the title or roles column takes the room left, so every table fits a 1024-pixel window
translate = QCoreApplication.translate


def roles_text(roles: frozenset[Role]) -> str:
    return texts.list_separator().join(texts.role_label(r.value) for r in ROLE_ORDER if r in roles)


def dates_text(start: dt.date, end: dt.date) -> str:
    """"03-10 – 03-12": the page shows one year; a session running into the next shows that year."""
    if start == end:
        return start.strftime("%m-%d")
    return f"{start.strftime('%m-%d')} – {end.strftime('%m-%d') if end.year == start.year else end.isoformat()}"


def _amount(value: float) -> str:
    return words.amount(value) if value else ""


# -- the tables --------------------------------------------------------------------------------
def length_text(days: float, hours: float) -> str:
    parts = []
    if days == 1:
        parts.append(translate("TrainingModels", "1 day"))
    elif days:
        parts.append(translate("TrainingModels", "days: %1").replace("%1", words.amount(days)))
    if hours:
        parts.append(translate("TrainingModels", "%1 h").replace("%1", words.amount(hours)))
    return " · ".join(parts)


def session_tooltip(row: Any) -> str:
    d = row.data
    lines = [d.title, f"{d.organiser}  {d.place}".strip(), d.note]
    if row.certificates:
        lines.append(translate("TrainingModels", "Certificates: %1").replace("%1", str(row.certificates)))
    return "\n".join(line for line in lines if line)


def sessions_model(parent=None) -> RowsModel:  # type: ignore[no-untyped-def]
    return _table((
        Column(lambda: translate("TrainingModels", "Dates"), lambda r: dates_text(r.data.start, r.data.end),
               lambda r: r.data.start),
        Column(lambda: translate("TrainingModels", "Training"), lambda r: r.data.title, tooltip=session_tooltip),
        Column(lambda: translate("TrainingModels", "Kind"), lambda r: words.kind_label(r.data.kind)),
        Column(lambda: translate("TrainingModels", "Length"), lambda r: length_text(r.data.days, r.data.class_hours),
               lambda r: r.data.days or r.data.class_hours / 8),
        Column(lambda: translate("TrainingModels", "Attended"), lambda r: f"{r.attended}/{r.participants}",
               lambda r: r.attended, numeric=True),
    ), lambda r: r.id, parent)


def participants_model(parent=None) -> RowsModel:  # type: ignore[no-untyped-def]
    return _table((
        Column(lambda: translate("TrainingModels", "Name"), lambda r: r.name,
               colour=lambda r: GREY if r.archived else None),
        Column(lambda: translate("TrainingModels", "Roles"), lambda r: roles_text(r.roles)),
        Column(lambda: translate("TrainingModels", "Attended"), lambda r: "", lambda r: int(r.attended),
               check=lambda r: r.attended, field="attended"),
        Column(lambda: translate("TrainingModels", "Certificate no."), lambda r: r.certificate_no, editable=True,
               field="certificate_no"),
    ), lambda r: (r.session_id, r.person_id), parent)


def totals_model(parent=None) -> RowsModel:  # type: ignore[no-untyped-def]
    return _table((
        Column(lambda: translate("TrainingModels", "Name"), lambda r: r.name),
        Column(lambda: translate("TrainingModels", "Roles"), lambda r: roles_text(r.roles)),
        Column(lambda: translate("TrainingModels", "Done"), lambda r: words.amount(r.counted_days),
               lambda r: r.counted_days, numeric=True),
        Column(lambda: translate("TrainingModels", "Required"),
               lambda r: words.amount(r.required_days) if r.required_days is not None else "",
               lambda r: r.required_days or 0.0, numeric=True),
        Column(lambda: translate("TrainingModels", "Short by"),
               lambda r: words.amount(r.shortfall) if r.shortfall else "", lambda r: r.shortfall,
               colour=lambda r: RED if r.shortfall else None, numeric=True),
    ), lambda r: r.person_id, parent)


def commendations_model(parent=None) -> RowsModel:  # type: ignore[no-untyped-def]
    return _table((
        Column(lambda: translate("TrainingModels", "Date"), lambda r: r.data.day.isoformat(), lambda r: r.data.day),
        Column(lambda: translate("TrainingModels", "Title"), lambda r: r.data.title, tooltip=commendation_tooltip),
        Column(lambda: translate("TrainingModels", "Level"), lambda r: words.level_label(r.data.level),
               lambda r: -LEVELS.index(r.data.level) if r.data.level in LEVELS else 0),
        Column(lambda: translate("TrainingModels", "Awarded to"), lambda r: r.recipient),
        Column(lambda: translate("TrainingModels", "Evaluation"), lambda r: _evaluation(r),
               lambda r: r.data.evaluation_year or 0),
    ), lambda r: r.id, parent)


def commendation_tooltip(row: Any) -> str:
    d = row.data
    body = translate("TrainingModels", "Awarded by %1").replace("%1", d.awarding_body) if d.awarding_body else ""
    return "\n".join(line for line in (d.title, body, d.note) if line)


def _table(columns: tuple[Column, ...], key, parent) -> RowsModel:  # type: ignore[no-untyped-def]
    """Training's tables show text as typed (a title may hold a line break) and as its own tooltip."""
    return RowsModel(columns, parent, key=key, single_line=False, text_tooltips=True)


def _evaluation(row: Any) -> str:
    if row.data.evaluation_year is None:
        return ""
    grade = words.grade_label(row.grade)
    return f"{row.data.evaluation_year} {grade}" if grade else str(row.data.evaluation_year)
