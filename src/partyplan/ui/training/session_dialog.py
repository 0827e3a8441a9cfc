"""A training session, new or edited; and `TrainingForm`, what the Training dialogs share: every row with
an error line under its field, where a refusal from the services is shown while the dialog stays open, so
nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from partyplan.texts import training as words
from partyplan.training import InvalidTraining, TrainingNotFound
from partyplan.training.service import KINDS, SessionData, SessionRow
from partyplan.ui import prompts
from partyplan.ui.forms import REFUSED, FieldForm, date_edit, line
from partyplan.ui.widgets import refill_combo


class TrainingForm(FieldForm):
    ERROR_WIDTH = 240

    def __init__(self, training, parent: QWidget | None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.training = training

    def attempt(self, fn: Callable[..., object], *args) -> object:  # type: ignore[no-untyped-def]
        """One write; a refused one is shown at its field and the dialog stays open."""
        self.clear_problems()
        try:
            return fn(*args)
        except InvalidTraining as exc:
            self.show_problem(exc.field, words.problem(exc.field, exc.code, exc.people))
        except TrainingNotFound as exc:
            prompts.error(self, self.windowTitle(), words.not_found(exc.kind))
            self.reject()
        return REFUSED

    def show_problem(self, field: str, text: str) -> None:
        self.show_text(field, text)


class TrainingSessionDialog(TrainingForm):
    ROWS = {"start": "dates", "end": "dates", "days": "length", "class_hours": "length"}

    def __init__(self, training, row: SessionRow | None = None, parent: QWidget | None = None,  # type: ignore[no-untyped-def]
                 today: dt.date | None = None) -> None:
        super().__init__(training, parent)
        self.setObjectName("training_session_dialog")
        self._row = row
        day = today or dt.date.today()
        data = row.data if row else SessionData("", day, day, 1.0, kind=KINDS[0])
        self.title, self.organiser, self.place = QLineEdit(data.title), QLineEdit(data.organiser), QLineEdit(data.place)
        self.kind = QComboBox()
        self.start, self.end = date_edit(data.start), date_edit(data.end)
        self.days, self.hours = _amount_box(data.days, 366), _amount_box(data.class_hours, 9999)
        self.to_label, self.days_label, self.hours_label = QLabel(), QLabel(), QLabel()
        self.note = QPlainTextEdit(data.note)
        self._auto_days = row is None  # a new session's days follow its dates until typed
        self._build()
        self.retranslate()
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))

    def data(self) -> SessionData:
        return SessionData(self.title.text(), self.start.date().toPython(), self.end.date().toPython(),
                           self.days.value(), self.hours.value(), self.kind.currentData() or "other",
                           self.organiser.text(), self.place.text(), self.note.toPlainText())

    def accept(self) -> None:
        if self._row is None:
            outcome = self.attempt(self.training.add_session, self.data())
        else:
            outcome = self.attempt(self.training.update_session, self._row.id, self.data())
        if outcome is REFUSED:
            return
        self.sig_saved.emit(self._row.id if self._row else int(outcome))  # type: ignore[call-overload]
        super().accept()

    def _build(self) -> None:
        self.title.setMaxLength(200)
        self.note.setFixedHeight(60)
        self.note.setTabChangesFocus(True)
        dates = line([self.start, self.to_label, self.end])
        length = line([self.days, self.days_label, self.hours, self.hours_label])
        for name, widget in (("title", self.title), ("kind", self.kind), ("dates", dates), ("length", length),
                             ("organiser", self.organiser), ("place", self.place), ("note", self.note)):
            self.add_row(name, widget)
        self.start.dateChanged.connect(self._start_moved)
        self.end.dateChanged.connect(lambda _d: self._dates_moved())
        self.days.valueChanged.connect(lambda _v: self._days_typed())
        self.title.textEdited.connect(lambda _t: self.errors["title"].hide())
        self.setMinimumWidth(560)

    def _start_moved(self, _day: QDate) -> None:
        """Moving the first day takes the last along when it would otherwise fall before it."""
        if self.end.date() < self.start.date():
            self.end.setDate(self.start.date())
        self._dates_moved()

    def _dates_moved(self) -> None:
        self.errors["dates"].hide()
        if self._auto_days and self.end.date() >= self.start.date():
            self.days.blockSignals(True)
            self.days.setValue(self.start.date().daysTo(self.end.date()) + 1)
            self.days.blockSignals(False)

    def _days_typed(self) -> None:
        self._auto_days = False
        self.errors["length"].hide()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New training session") if self._row is None else self.tr("Edit training session"))
        self.set_labels({"title": self.tr("Title *"), "kind": self.tr("Kind"), "dates": self.tr("Dates"),
                         "length": self.tr("Length"), "organiser": self.tr("Organiser"), "place": self.tr("Place"),
                         "note": self.tr("Note")})
        refill_combo(self.kind, [(words.kind_label(k), k) for k in KINDS])
        self.to_label.setText(self.tr("to"))
        self.days_label.setText(self.tr("days"))
        self.hours_label.setText(self.tr("class hours"))
        self.title.setPlaceholderText(self.tr("e.g. Studying the Party Constitution"))
        self.organiser.setPlaceholderText(self.tr("e.g. Street party working committee"))


def _amount_box(value: float, most: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(1)
    box.setRange(0, most)
    box.setSingleStep(0.5)
    box.setValue(value)
    box.setMinimumWidth(80)
    return box
