"""New or edit a plan: year (or years), kind, title, organisation, guiding text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import PlanKind
from partyplan.plans import limits
from partyplan.plans.service import InvalidPlan, PlanData, PlanSummary
from partyplan.texts import plans as plan_texts
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import limit_length, refill_combo


class PlanDialog(GuardedDialog):
    def __init__(self, save, plan: PlanSummary | None = None, organization: str = "",  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self._save = save  # PlanData -> None; raises InvalidPlan
        self._plan = plan
        self.saved_id: int | None = None
        self.year = QSpinBox()
        self.year.setRange(1949, 2200)
        self.multi = QCheckBox()
        self.end_year = QSpinBox()
        self.end_year.setRange(1949, 2200)
        self.kind = QComboBox()
        self.title = limit_length(QLineEdit(), limits.PLAN_TITLE)
        self.organization = limit_length(QLineEdit(organization), limits.PLAN_ORGANIZATION)
        self.guiding = QPlainTextEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self._labels = [QLabel() for _ in range(5)]
        years = QHBoxLayout()
        years.addWidget(self.year)
        years.addWidget(self.multi)
        years.addWidget(self.end_year)
        years.addStretch(1)
        form = QFormLayout()
        for label, field in zip(self._labels, (years, self.kind, self.title, self.organization, self.guiding),
                                strict=True):
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.multi.toggled.connect(self.end_year.setEnabled)
        self.retranslate()
        self._fill()
        self.setMinimumWidth(560)

    def data(self) -> PlanData:
        return PlanData(year=self.year.value(), end_year=self.end_year.value() if self.multi.isChecked() else None,
                        kind=PlanKind(self.kind.currentData()), title=self.title.text(),
                        organization=self.organization.text(), guiding_text=self.guiding.toPlainText().strip())

    def accept(self) -> None:
        try:
            self.saved_id = self._save(self.data())
        except InvalidPlan as exc:
            self.error.setText(plan_texts.problem(exc.field, exc.code))
            self.error.show()
            {"title": self.title, "year": self.year, "end_year": self.end_year}.get(exc.field, self.title).setFocus()
            return
        super().accept()

    def _fill(self) -> None:
        plan = self._plan
        if plan is None:
            self.year.setValue(dt.date.today().year + (1 if dt.date.today().month >= 11 else 0))
            self.end_year.setValue(self.year.value() + 2)
            self.end_year.setEnabled(False)
            return
        self.year.setValue(plan.year)
        self.multi.setChecked(plan.end_year is not None)
        self.end_year.setValue(plan.end_year or plan.year)
        self.end_year.setEnabled(plan.end_year is not None)
        self.kind.setCurrentIndex(self.kind.findData(plan.kind.value))
        self.title.setText(plan.title)
        self.organization.setText(plan.organization)
        self.guiding.setPlainText(plan.guiding_text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New plan") if self._plan is None else self.tr("Edit plan"))
        for label, text in zip(self._labels, (self.tr("Year"), self.tr("Kind"), self.tr("Title *"),
                                              self.tr("Organisation"), self.tr("Guiding text")), strict=True):
            label.setText(text)
        self.multi.setText(self.tr("to"))
        self.title.setPlaceholderText(self.tr("e.g. 2027年社区党委工作计划"))
        refill_combo(self.kind, [(plan_texts.kind_label(k), k.value) for k in PlanKind])
