"""A member's dues for the year from a month on: the category of the 2008 rules, the monthly income the rate
applies to (or the set amount), and the rate and amount the published brackets give, shown as the user
types so the office sees the bracket before saving."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QWidget

from partyplan.dues import InvalidDues
from partyplan.dues.rules import BY_INCOME, DuesRules
from partyplan.dues.service import BaseData, amount_for
from partyplan.enums import DuesCategory
from partyplan.texts import dues as words
from partyplan.ui.forms import REFUSED, FieldForm, line


def yuan_box(most: float = 10_000_000.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(0, most)
    box.setMinimumWidth(110)
    return box


class DuesBaseDialog(FieldForm):
    ROWS = {"person": "category", "year": "from_month"}
    ERROR_WIDTH = 300

    def __init__(self, dues, person_id: int, name: str, year: int, first_month: int,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dues_base_dialog")
        self.dues, self.person_id, self.year, self.name = dues, person_id, year, name
        self.rules: DuesRules = dues.rules()
        latest = (dues.bases(year, person_id) or [None])[-1]
        self.category = QComboBox()
        for category in DuesCategory:
            self.category.addItem(words.category_label(category), category.value)
        self.base, self.amount = yuan_box(), yuan_box(1000)
        self.from_month = QSpinBox()
        self.from_month.setRange(1, 12)
        self.from_month.setValue(first_month)
        self.note = QLineEdit()
        self.base_unit, self.amount_unit, self.result = QLabel(), QLabel(), QLabel()
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-weight: bold;")
        self.amount.setValue(self.rules.farmer_min_fen / 100)  # the least a farmer pays, not a refused 0
        if latest is not None:
            self.category.setCurrentIndex(self.category.findData(DuesCategory(latest.category).value))
            self.base.setValue(latest.base_fen / 100)
            self.amount.setValue(latest.amount_fen / 100)
            self.note.setText(latest.note)
        self.add_row("category", self.category)
        self.add_row("base", line([self.base, self.base_unit]))
        self.add_row("amount", line([self.amount, self.amount_unit]))
        self.add_row("from_month", line([self.from_month]))
        self.add_row("note", self.note)
        self.form.addRow(self.result)
        for signal in (self.category.currentIndexChanged, self.base.valueChanged, self.amount.valueChanged):
            signal.connect(lambda *_: self._sync())
        self.note.textChanged.connect(lambda _t: self._sync())
        self.setMinimumWidth(560)
        self.retranslate()

    def data(self) -> BaseData:
        category = DuesCategory(self.category.currentData())
        sets_amount = category in (DuesCategory.FARMER, DuesCategory.REDUCED)
        return BaseData(category, round(self.base.value() * 100) if category in BY_INCOME else 0,
                        round(self.amount.value() * 100) if sets_amount else None, self.from_month.value(),
                        self.note.text())

    def accept(self) -> None:
        self.clear_problems()
        try:
            outcome = self.dues.set_base(self.person_id, self.year, self.data())
        except InvalidDues as exc:
            self.show_text(exc.field, words.error_message(exc))
            outcome = REFUSED
        if outcome is REFUSED:
            return
        self.sig_saved.emit(self.person_id)
        super().accept()

    def preview(self) -> str:
        """What the rules give for what is typed, or what is still missing."""
        data = self.data()
        try:
            amount = amount_for(self.rules, data)
        except InvalidDues as exc:
            return words.problem(exc.field, exc.code)
        rate = self.rules.rate(data.category, data.base_fen)
        if rate is not None:
            return self.tr("Rate %1 %: %2 yuan a month").replace("%1", f"{rate / 10:g}").replace(
                "%2", words.yuan(amount))
        return self.tr("%1 yuan a month").replace("%1", words.yuan(amount))

    def _sync(self) -> None:
        category = DuesCategory(self.category.currentData())
        self.base.setEnabled(category in BY_INCOME)
        self.amount.setEnabled(category in (DuesCategory.FARMER, DuesCategory.REDUCED))
        self.note.setEnabled(category is DuesCategory.REDUCED)
        self.result.setText(self.preview())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dues of %1 in %2").replace("%1", self.name).replace("%2", str(self.year)))
        self.set_labels({"category": self.tr("Category"), "base": self.tr("Monthly income"),
                         "amount": self.tr("Set amount"), "from_month": self.tr("From month"),
                         "note": self.tr("Approval")})
        self.base_unit.setText(self.tr("yuan (after tax; pension for the retired)"))
        self.amount_unit.setText(self.tr("yuan a month (farmers, reduced)"))
        self.note.setPlaceholderText(self.tr("the higher committee's approval of a reduced amount"))
        for n, category in enumerate(DuesCategory):
            self.category.setItemText(n, words.category_label(category))
        self._sync()
