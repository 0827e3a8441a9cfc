"""The evaluation's small dialogs: the office's cap on "excellent" (default one third) with the months a
correction is given, and the reason asked when a grade would go over the cap. Going over is the
branch's decision, so it is allowed, but only with the reason written into the evaluation."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partyplan.errors import PartyPlanError
from partyplan.members.disposals import CORRECTION_MAX_MONTHS
from partyplan.texts import meetings as words
from partyplan.texts import members as member_words
from partyplan.ui.forms import error_label
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.unsaved import GuardedDialog


def cap_text(cap: Fraction) -> str:
    return f"{cap.numerator}/{cap.denominator}"


class EvaluationSettingsDialog(GuardedDialog):
    def __init__(self, meetings: MeetingsOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluation_settings_dialog")
        self._meetings = meetings
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.cap = QLineEdit(cap_text(meetings.excellent_cap()))
        self.months = QSpinBox()
        self.months.setRange(1, CORRECTION_MAX_MONTHS)
        self.months.setValue(meetings.correction_months())
        self.errors = {"cap": error_label("cap"), "months": error_label("months")}
        self._labels = {"cap": QLabel(), "months": QLabel()}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.cap.textChanged.connect(lambda _t: self.errors["cap"].hide())
        form = QFormLayout()
        for name, widget in (("cap", self.cap), ("months", self.months)):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(self.errors[name])
            form.addRow(self._labels[name], holder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def read_cap(self) -> Fraction | None:
        try:
            return Fraction(self.cap.text().strip().replace("／", "/"))
        except (ValueError, ZeroDivisionError):
            return None

    def accept(self) -> None:
        cap = self.read_cap()
        if cap is None or not 0 < cap <= 1:
            self.errors["cap"].setText(words.problem("cap", "cap_range"))
            self.errors["cap"].show()
            return
        try:
            self._meetings.save_evaluation_settings(cap, self.months.value())
        except PartyPlanError as exc:
            self.errors["months"].setText(member_words.error_message(exc))
            self.errors["months"].show()
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evaluation settings"))
        self.hint.setText(self.tr("At most this share of the graded members may be graded “excellent” (the usual "
                                  "rule is one third); a grade over it needs the reason. A member graded "
                                  "“unqualified” who is given a correction by a deadline gets this many months, at "
                                  "most a year."))
        self._labels["cap"].setText(self.tr("Cap on “excellent”"))
        self._labels["months"].setText(self.tr("Correction period"))
        self.cap.setPlaceholderText(self.tr("a share, e.g. 1/3"))
        self.months.setSuffix(self.tr(" months"))


class OverCapDialog(GuardedDialog):
    """Asks why the evaluation grades more members excellent than the cap allows; the reason is kept
    with the evaluation (and printed where its results are)."""

    def __init__(self, excellent: int, gradable: int, allowed: int, cap: Fraction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("over_cap_dialog")
        self._numbers = (excellent, gradable, allowed, cap)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        self.error = error_label("reason")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self.error.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def accept(self) -> None:
        if not self.text():
            self.error.setText(words.problem("reason", "required"))
            self.error.show()
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        excellent, gradable, allowed, cap = self._numbers
        self.setWindowTitle(self.tr("Over the cap on “excellent”"))
        self.message.setText(self.tr("This would grade %1 of %2 members “excellent”; the office's cap of %3 allows "
                                     "%4. To go over it, give the reason (it is kept with the evaluation):")
                             .replace("%1", str(excellent)).replace("%2", str(gradable))
                             .replace("%3", cap_text(cap)).replace("%4", str(allowed)))
