"""Add or edit a target, and record an actual value for one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import Comparison
from partyplan.plans import limits
from partyplan.plans.service import InvalidPlan
from partyplan.plans.targets import SOURCES, TargetData, TargetRow, canonical_source
from partyplan.texts import plans as plan_texts
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import limit_length, refill_combo


def _number_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-1e9, 1e9)
    box.setDecimals(1)
    return box


class TargetDialog(GuardedDialog):
    def __init__(self, save, target: TargetRow | None = None, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("target_dialog")
        self._save, self._target = save, target
        self.indicator = limit_length(QLineEdit(target.indicator if target else ""), limits.TARGET_INDICATOR)
        self.comparison = QComboBox()
        self.value = _number_box()
        self.value.setValue(target.target_value if target else 0)
        self.unit = limit_length(QLineEdit(target.unit if target else ""), limits.TARGET_UNIT)
        self.source = QComboBox()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.indicator, self.comparison, self.value, self.unit, self.source),
                                strict=True):
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.retranslate()
        if target:
            self.comparison.setCurrentIndex(self.comparison.findData(target.comparison.value))
            self.source.setCurrentIndex(max(0, self.source.findData(canonical_source(target.source) or "")))
        self.setMinimumWidth(480)

    def data(self) -> TargetData:
        return TargetData(indicator=self.indicator.text(), target_value=self.value.value(), unit=self.unit.text(),
                          comparison=Comparison(self.comparison.currentData()),
                          source=self.source.currentData() or None)

    def accept(self) -> None:
        try:
            self._save(self.data())
        except InvalidPlan as exc:
            self.error.setText(plan_texts.problem(exc.field, exc.code))
            self.error.show()
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Target"))
        for label, text in zip(self._labels, (self.tr("Indicator *"), self.tr("Comparison"), self.tr("Target value"),
                                              self.tr("Unit"), self.tr("Actual value")), strict=True):
            label.setText(text)
        self.indicator.setPlaceholderText(self.tr("e.g. 发展新党员"))
        refill_combo(self.comparison, [(plan_texts.comparison_label(c), c.value) for c in Comparison])
        refill_combo(self.source, [(plan_texts.source_label(None), "")]
                     + [(plan_texts.source_label(s), s) for s in SOURCES])


class ActualDialog(GuardedDialog):
    def __init__(self, target: TargetRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actual_dialog")
        self.value = _number_box()
        self.value.setValue(target.actual or 0)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Value (%1)").replace("%1", target.unit or "-"), self.value)
        form.addRow(self.tr("Measured on"), self.date)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(target.indicator))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Record actual value"))

    def values(self) -> tuple[float, dt.date, str]:
        return self.value.value(), self.date.date().toPython(), self.note.text()
