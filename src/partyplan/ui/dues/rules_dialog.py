"""The office's dues rules: the brackets of the 2008 规定 for wages and pensions, and the set amounts for
farmers and for students, the unemployed and those on relief. The published ones are the default; a
province may set the farmers' amount, so the office can change them here."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QPushButton, QWidget

from partyplan.dues import InvalidDues
from partyplan.dues.rules import DEFAULTS, DuesRules
from partyplan.texts import dues as words
from partyplan.ui.forms import FieldForm, line

Brackets = tuple[tuple[int | None, int], ...]


def _box(value: float, most: float, decimals: int, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(0, most)
    box.setSingleStep(step)
    box.setValue(value)
    box.setMinimumWidth(90)
    return box


class BracketsEditor(QWidget):
    """One row a bracket: "up to [3000.00] yuan: [0.5] %", the last one open ("above: [2.0] %")."""

    def __init__(self, brackets: Brackets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QGridLayout

        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.uppers: list[QDoubleSpinBox] = []
        self.rates: list[QDoubleSpinBox] = []
        self.words: list[tuple[QLabel, QLabel]] = []
        for n, (upper, rate) in enumerate(brackets):
            before, after = QLabel(), QLabel()
            self.words.append((before, after))
            self.grid.addWidget(before, n, 0)
            if upper is not None:
                box = _box(upper / 100, 10_000_000, 2, 500)
                self.uppers.append(box)
                self.grid.addWidget(box, n, 1)
            self.grid.addWidget(after, n, 2)
            rate_box = _box(rate / 10, 10, 1, 0.5)
            self.rates.append(rate_box)
            self.grid.addWidget(rate_box, n, 3)
            self.grid.addWidget(QLabel("%"), n, 4)
        self.grid.setColumnStretch(5, 1)

    def set_values(self, brackets: Brackets) -> None:
        for box, (upper, _r) in zip(self.uppers, brackets, strict=False):
            box.setValue((upper or 0) / 100)
        for box, (_u, rate) in zip(self.rates, brackets, strict=False):
            box.setValue(rate / 10)

    def brackets(self) -> Brackets:
        uppers: list[int | None] = [round(box.value() * 100) for box in self.uppers]
        return tuple(zip([*uppers, None], (round(box.value() * 10) for box in self.rates), strict=True))

    def retranslate(self) -> None:
        for n, (before, after) in enumerate(self.words):
            last = n == len(self.words) - 1
            before.setText(self.tr("above the last:") if last else self.tr("up to"))
            after.setText("" if last else self.tr("yuan:"))


class DuesRulesDialog(FieldForm):
    ERROR_WIDTH = 300

    def __init__(self, dues, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("dues_rules_dialog")
        self.dues = dues
        rules: DuesRules = dues.rules()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.salaried, self.retired = BracketsEditor(rules.salaried), BracketsEditor(rules.retired)
        self.farmer_min, self.farmer_max = _box(rules.farmer_min_fen / 100, 100, 2, 0.1), _box(
            rules.farmer_max_fen / 100, 100, 2, 0.1)
        self.low_income = _box(rules.low_income_fen / 100, 100, 2, 0.1)
        self.to_label, self.farmer_unit, self.low_unit = QLabel(), QLabel(), QLabel()
        self.published = QPushButton()
        self.published.clicked.connect(self.use_published)
        self.add_row("salaried", self.salaried)
        self.add_row("retired", self.retired)
        self.add_row("farmer", line([self.farmer_min, self.to_label, self.farmer_max, self.farmer_unit]))
        self.add_row("low_income", line([self.low_income, self.low_unit]))
        self.form.addRow(line([self.published]))
        self.setMinimumWidth(560)
        self.retranslate()

    def rules(self) -> DuesRules:
        return DuesRules(self.salaried.brackets(), self.retired.brackets(), round(self.farmer_min.value() * 100),
                         round(self.farmer_max.value() * 100), round(self.low_income.value() * 100))

    def use_published(self) -> None:
        """The 2008 规定's brackets and amounts back in the boxes (saved with OK)."""
        if len(self.salaried.rates) == len(DEFAULTS.salaried) and len(self.retired.rates) == len(DEFAULTS.retired):
            self.salaried.set_values(DEFAULTS.salaried)
            self.retired.set_values(DEFAULTS.retired)
        self.farmer_min.setValue(DEFAULTS.farmer_min_fen / 100)
        self.farmer_max.setValue(DEFAULTS.farmer_max_fen / 100)
        self.low_income.setValue(DEFAULTS.low_income_fen / 100)

    def accept(self) -> None:
        self.clear_problems()
        try:
            self.dues.save_rules(self.rules())
        except InvalidDues as exc:
            self.show_text("salaried", words.error_message(exc))
            return
        self.sig_saved.emit(0)
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dues rules"))
        self.intro.setText(self.tr("The rates of the 2008 rules on party dues: a bracket's rate applies to the "
                                   "whole monthly income. Members' amounts are worked out when their base is set."))
        self.set_labels({"salaried": self.tr("Wage or income"), "retired": self.tr("Pension"),
                         "farmer": self.tr("Farmers"), "low_income": self.tr("Students, unemployed, relief")})
        self.to_label.setText(self.tr("to"))
        self.farmer_unit.setText(self.tr("yuan a month"))
        self.low_unit.setText(self.tr("yuan a month"))
        self.published.setText(self.tr("Published rates"))
        for editor in (self.salaried, self.retired):
            editor.retranslate()
