"""The development rules as the office keeps them: the waiting times and numbers, and which rules may be
set aside with a justification. Published practice is the default; Restore defaults brings it back."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partyplan.development.rules import CHECKS, DEFAULTS, NUMBERS, RANGES, InvalidRule, Rules
from partyplan.texts import development as words
from partyplan.ui.unsaved import GuardedDialog

GROUPS = (
    ("applicants", ("min_age", "talk_within_months")),
    ("activists", ("assessment_every_months", "mentors_min", "mentors_max", "target_after_months")),
    ("targets", ("training_min_days", "training_min_hours", "sponsors")),
    ("probation", ("approval_within_months", "probation_months", "extension_min_months", "extension_max_months",
                   "extensions_max")),
)


class DevelopmentRulesDialog(GuardedDialog):
    def __init__(self, development, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("development_rules_dialog")
        self._dev = development
        self.boxes: dict[str, QSpinBox | QDoubleSpinBox] = {name: self._box(name) for name in NUMBERS}
        self.checks = {check: QCheckBox() for check in CHECKS}
        self.groups = {key: QGroupBox() for key, _names in GROUPS}
        self.exceptions_box = QGroupBox()
        self.exceptions_text = QLabel()
        self.error = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self._labels: dict[str, QLabel] = {}
        self._build()
        self.retranslate()
        self.show_rules(development.rules())

    # -- public ------------------------------------------------------------------------------
    def show_rules(self, rules: Rules) -> None:
        for name, box in self.boxes.items():
            box.setValue(getattr(rules, name))
        for check, box in self.checks.items():
            box.setChecked(rules.allows(check))

    def rules(self) -> Rules:
        values = {name: (int(box.value()) if isinstance(box, QSpinBox) else float(box.value()))
                  for name, box in self.boxes.items()}
        exceptions = frozenset(c for c, box in self.checks.items() if box.isChecked())
        return dataclasses.replace(DEFAULTS, **values, exceptions=exceptions)  # type: ignore[arg-type]

    def accept(self) -> None:
        try:
            self._dev.save_rules(self.rules())
        except InvalidRule as exc:
            self.error.setText(words.error_message(exc))
            self.error.show()
            return
        super().accept()

    # -- building ----------------------------------------------------------------------------
    def _box(self, name: str) -> QSpinBox | QDoubleSpinBox:
        low, high = RANGES[name]
        box: QSpinBox | QDoubleSpinBox
        if isinstance(getattr(DEFAULTS, name), float):
            box = QDoubleSpinBox()
            box.setDecimals(1)
        else:
            box = QSpinBox()
        box.setRange(low, high)  # type: ignore[arg-type]
        box.setObjectName(f"rule_{name}")
        box.setMinimumWidth(72)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return box

    def _build(self) -> None:
        columns = QHBoxLayout()
        for half in (GROUPS[:2], GROUPS[2:]):
            column = QVBoxLayout()
            for key, names in half:
                form = QFormLayout(self.groups[key])
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
                for name in names:
                    self._labels[name] = QLabel()
                    form.addRow(self._labels[name], self.boxes[name])
                column.addWidget(self.groups[key])
            column.addStretch(1)
            columns.addLayout(column)
        grid = QGridLayout()
        for n, check in enumerate(CHECKS):
            grid.addWidget(self.checks[check], n // 3, n % 3)
        self.exceptions_text.setWordWrap(True)
        inner = QVBoxLayout(self.exceptions_box)
        inner.addWidget(self.exceptions_text)
        inner.addLayout(grid)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.show_rules(DEFAULTS))
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.exceptions_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Development rules"))
        titles = {"applicants": self.tr("Applicants"), "activists": self.tr("Activists"),
                  "targets": self.tr("Development targets"), "probation": self.tr("Probation")}
        for key, box in self.groups.items():
            box.setTitle(titles[key])
        for name, label in self._labels.items():
            label.setText(words.rule_label(name))
        for check, box in self.checks.items():
            box.setText(words.check_label(check))
        self.exceptions_box.setTitle(self.tr("Exceptions allowed"))
        self.exceptions_text.setText(self.tr(
            "A step that breaks a ticked rule is saved only with a written justification, which every report shows. "
            "A step that breaks any other rule is refused."))
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("Restore defaults"))
