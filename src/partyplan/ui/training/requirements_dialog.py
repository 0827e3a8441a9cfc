"""The yearly training each role owes (cadres: 10 days unless the office decides otherwise), and how many
class hours make a training day when only hours were recorded."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLabel, QWidget

from partyplan import texts
from partyplan.enums import Role
from partyplan.ui.forms import line
from partyplan.ui.training.models import ROLE_ORDER
from partyplan.ui.training.session_dialog import REFUSED, TrainingForm


class TrainingRequirementsDialog(TrainingForm):
    def __init__(self, training, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(training, parent)
        self.setObjectName("training_requirements_dialog")
        required, per_day = training.requirements()
        self.required = {role: QCheckBox() for role in ROLE_ORDER}
        self.days = {role: _box(required.get(role) or 10.0, 366, 0.5) for role in ROLE_ORDER}
        self.unit = {role: QLabel() for role in ROLE_ORDER}
        self.hours_per_day = _box(per_day, 24, 0.5)
        self.hours_unit = QLabel()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        for role in ROLE_ORDER:
            self.required[role].setChecked(required.get(role) is not None)
            self.required[role].toggled.connect(lambda _on: self._sync())
            self.add_row(f"required.{role.value}", line([self.required[role], self.days[role], self.unit[role]]))
        self.add_row("hours_per_day", line([self.hours_per_day, self.hours_unit]))
        self.setMinimumWidth(520)
        self.retranslate()
        self._sync()

    def values(self) -> dict[Role, float | None]:
        return {role: self.days[role].value() if box.isChecked() else None for role, box in self.required.items()}

    def accept(self) -> None:
        outcome = self.attempt(self.training.set_requirements, self.values(), self.hours_per_day.value())
        if outcome is REFUSED:
            return
        self.sig_saved.emit(0)
        super().accept()

    def _sync(self) -> None:
        for role, box in self.required.items():
            self.days[role].setEnabled(box.isChecked())
            self.errors[f"required.{role.value}"].hide()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Training requirements"))
        self.intro.setText(self.tr("Days of training each role needs in a year. Someone with several roles owes "
                                   "the largest of them; people short of it are listed on the Training tab."))
        self.set_labels({f"required.{role.value}": texts.role_label(role.value) for role in ROLE_ORDER})
        self.set_labels({"hours_per_day": self.tr("A training day")})
        for role in ROLE_ORDER:
            self.required[role].setText(self.tr("at least"))
            self.unit[role].setText(self.tr("days a year"))
        self.hours_unit.setText(self.tr("class hours (when only hours are recorded)"))


def _box(value: float, most: float, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(1)
    box.setRange(step, most)  # no requirement is an unticked box, not 0
    box.setSingleStep(step)
    box.setValue(value)
    box.setMinimumWidth(80)
    return box
