"""The rule each kind of party vote is counted by, editable because local rules differ: each row marks
whether it is still the published rule, and "Reset to the published rules" puts them all back. An
ordinary resolution is not listed: its meeting type sets its quorum."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import Majority, Quorum, VoteKind
from partyplan.meetings import vote_rules
from partyplan.meetings.vote_rules import VoteRule
from partyplan.texts import meetings as words
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import refill_combo


class VoteRulesDialog(GuardedDialog):
    def __init__(self, meetings: MeetingsOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vote_rules_dialog")
        self._meetings = meetings
        rules = meetings.vote_rules()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.kind_labels = {kind: QLabel() for kind in vote_rules.RULED_KINDS}
        self.quorums = {kind: QComboBox() for kind in vote_rules.RULED_KINDS}
        self.majorities = {kind: QComboBox() for kind in vote_rules.RULED_KINDS}
        self.marks = {kind: QLabel() for kind in vote_rules.RULED_KINDS}
        self.headers = [QLabel() for _ in range(4)]
        self.reset_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        grid = QGridLayout()
        for column, header in enumerate(self.headers):
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, column)
        for n, kind in enumerate(vote_rules.RULED_KINDS, start=1):
            grid.addWidget(self.kind_labels[kind], n, 0)
            grid.addWidget(self.quorums[kind], n, 1)
            grid.addWidget(self.majorities[kind], n, 2)
            grid.addWidget(self.marks[kind], n, 3)
            for combo in (self.quorums[kind], self.majorities[kind]):  # long rule names: fit a laptop screen
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(24)
            self.quorums[kind].currentIndexChanged.connect(lambda _i, k=kind: self._mark(k))
            self.majorities[kind].currentIndexChanged.connect(lambda _i, k=kind: self._mark(k))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.reset_button.clicked.connect(self.reset)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.show_rules(rules)
        self.resize(900, 360)

    def rules(self) -> dict[VoteKind, VoteRule]:
        return {kind: VoteRule(Quorum(self.quorums[kind].currentData()), Majority(self.majorities[kind].currentData()))
                for kind in vote_rules.RULED_KINDS}

    def show_rules(self, rules: dict[VoteKind, VoteRule]) -> None:
        for kind, rule in rules.items():
            self.quorums[kind].setCurrentIndex(max(0, self.quorums[kind].findData(rule.quorum.value)))
            self.majorities[kind].setCurrentIndex(max(0, self.majorities[kind].findData(rule.majority.value)))
            self._mark(kind)

    def reset(self) -> None:
        """The published rules in the form; saved with Save, like any other change."""
        self.show_rules(dict(vote_rules.PUBLISHED))

    def accept(self) -> None:
        self._meetings.save_vote_rules(self.rules())
        super().accept()

    def save_changes(self) -> None:
        self.accept()

    def _mark(self, kind: VoteKind) -> None:
        quorum, majority = self.quorums[kind].currentData(), self.majorities[kind].currentData()
        if quorum is None or majority is None:
            return
        for combo in (self.quorums[kind], self.majorities[kind]):
            combo.setToolTip(combo.currentText())  # the whole rule where the box is too narrow for it
        published = vote_rules.is_published(kind, VoteRule(Quorum(quorum), Majority(majority)))
        self.marks[kind].setText(self.tr("Published rule") if published else self.tr("Office's own rule"))
        self.marks[kind].setStyleSheet("color: #1b7a3d;" if published else "color: #9a6700; font-weight: 600;")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vote rules"))
        self.hint.setText(self.tr("Each kind of decision the party rules name is counted by its own rule, at "
                                  "whatever meeting it is taken. The published rules: a branch decision is valid "
                                  "with more than half of the members entitled to vote present and passes with "
                                  "votes for from more than half of ALL entitled; an election needs more than four "
                                  "fifths present. Change a rule only where your local rules differ; the minutes "
                                  "print the rule each vote was counted by."))
        for header, text in zip(self.headers, (self.tr("Decision"), self.tr("Valid with"), self.tr("Passes with"),
                                               "")):
            header.setText(text)
        for kind in vote_rules.RULED_KINDS:
            self.kind_labels[kind].setText(words.vote_kind_label(kind))
            refill_combo(self.quorums[kind], [(words.quorum_label(q), q.value) for q in Quorum])
            refill_combo(self.majorities[kind], [(words.majority_label(m), m.value) for m in Majority])
            self._mark(kind)
        self.reset_button.setText(self.tr("Reset to the published rules"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
