"""One resolution: its text, who carries it out and by when, and its vote, with the result worked out
as the numbers are typed. A tally with more votes than voters present is refused under the vote.

A vote the party rules name (an election, an admission, a conversion, ...) is counted by its own rule,
the office's or the published one, whatever the meeting type says; the form names that rule above the
result, so the chair reads the same rule the minutes will print."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partyplan.enums import Majority, Quorum, VoteKind
from partyplan.meetings import vote_rules, votes
from partyplan.meetings.plan_links import PlanChoice
from partyplan.meetings.service import Attendance, ResolutionData
from partyplan.meetings.vote_rules import VoteRule
from partyplan.people.service import PersonRow
from partyplan.texts import meetings as words
from partyplan.ui.meetings.fields import OptionalDate, error_label, fill_people, line_of
from partyplan.ui.meetings.record_models import ResolutionEdit
from partyplan.ui.unsaved import GuardedDialog
from partyplan.ui.widgets import refill_combo

PASS_STYLE, FAIL_STYLE = "color: #1b7a3d; font-weight: 600;", "color: #b00020; font-weight: 600;"


class ResolutionDialog(GuardedDialog):
    def __init__(self, people: list[PersonRow], edit: ResolutionEdit | None, *, quorum: Quorum,
                 attendance: Attendance, majority: Majority, rules: dict[VoteKind, VoteRule] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolution_dialog")
        self._people, self._quorum, self._attendance = people, quorum, attendance
        self._rules = rules or dict(vote_rules.PUBLISHED)
        self._edit = edit
        data = edit.data if edit else ResolutionData("", majority=majority)
        self.text = QPlainTextEdit(data.text)
        self.responsible = QComboBox()
        self.due = OptionalDate()
        self.vote_box = QGroupBox()
        self.vote_box.setCheckable(True)
        self.vote_box.setChecked(data.voted)
        self.counts = {name: QSpinBox() for name in ("for", "against", "abstain")}
        for box, value in zip(self.counts.values(), (data.votes_for, data.votes_against, data.abstentions)):
            box.setRange(0, 9999)
            box.setValue(value)
        self.majority = QComboBox()
        self.kind = QComboBox()
        self.subject = QComboBox()
        self.rule = QLabel()
        self.rule.setObjectName("vote_rule")
        self.rule.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.result.setMinimumHeight(self.result.fontMetrics().lineSpacing() * 4)  # the longest verdict
        self.error = error_label("votes")
        self.text_error = error_label("text")
        self._labels = {name: QLabel() for name in ("text", "responsible", "due", "for", "against", "abstain",
                                                    "majority", "kind", "subject")}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.edited: ResolutionEdit | None = None
        self._build()
        self.retranslate()
        fill_people(self.responsible, people, data.responsible_id, self.tr("(nobody)"))
        fill_people(self.subject, people, data.subject_id, self.tr("(choose the member)"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(VoteKind(data.kind).value)))
        self.due.set_value(data.due)
        self.majority.setCurrentIndex(max(0, self.majority.findData(data.majority.value)))
        self._update()

    def data(self) -> ResolutionData:
        old = self._edit.data if self._edit else ResolutionData("")
        return replace(old, text=self.text.toPlainText().strip(), responsible_id=self.responsible.currentData(),
                       due=self.due.value(), voted=self.vote_box.isChecked(),
                       votes_for=self.counts["for"].value(), votes_against=self.counts["against"].value(),
                       abstentions=self.counts["abstain"].value(), majority=Majority(self.majority.currentData()),
                       kind=VoteKind(self.kind.currentData() or VoteKind.RESOLUTION.value),
                       subject_id=self.subject.currentData() if self._personal() else None)

    def vote_rule(self) -> VoteRule:
        """The rule this vote is counted by: the meeting type's for an ordinary resolution, else the kind's."""
        kind = VoteKind(self.kind.currentData() or VoteKind.RESOLUTION.value)
        if kind is VoteKind.RESOLUTION:
            return VoteRule(self._quorum, Majority(self.majority.currentData()))
        return self._rules.get(kind) or vote_rules.PUBLISHED[kind]

    def _personal(self) -> bool:
        return self.kind.currentData() in {k.value for k in vote_rules.PERSONAL_KINDS}

    def accept(self) -> None:
        data = self.data()
        if not data.text:
            self.text_error.setText(words.problem("text", "required"))
            self.text_error.show()
            return
        if data.voted and isinstance(self._decide(data), str):
            return  # the refusal is shown under the vote
        if VoteKind(data.kind) is not VoteKind.RESOLUTION and not data.voted:
            self.vote_box.setChecked(True)
            self.error.setText(words.problem("resolutions", "vote_required"))
            self.error.show()
            return
        if self._personal() and data.subject_id is None:
            self.error.setText(words.problem("resolutions", "subject_required"))
            self.error.show()
            return
        self.edited = ResolutionEdit(data, self.responsible.currentText() if data.responsible_id else "",
                                     self._edit.plan_item_id if self._edit else None)
        super().accept()

    def _decide(self, data: ResolutionData) -> votes.VoteResult | str:
        a = self._attendance
        try:
            rule = self.vote_rule()
            return votes.decide(rule.quorum, rule.majority, eligible=a.eligible, present=a.voters_present,
                                votes_for=data.votes_for, votes_against=data.votes_against,
                                abstentions=data.abstentions)
        except votes.InvalidVote as exc:
            return words.vote_problem(exc.code, exc.votes, exc.present)

    def _build(self) -> None:
        self.text.setFixedHeight(80)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        text = QWidget()
        column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text)
        column.addWidget(self.text_error)
        form.addRow(self._labels["kind"], self.kind)
        form.addRow(self._labels["subject"], self.subject)
        form.addRow(self._labels["text"], text)
        form.addRow(self._labels["responsible"], self.responsible)
        form.addRow(self._labels["due"], self.due)
        vote_form = QFormLayout(self.vote_box)
        vote_form.addRow(self._labels["for"], line_of(self.counts["for"], self._labels["against"],
                                                      self.counts["against"], self._labels["abstain"],
                                                      self.counts["abstain"]))
        vote_form.addRow(self._labels["majority"], self.majority)
        vote_form.addRow(self.rule)
        vote_form.addRow(self.result)
        vote_form.addRow(self.error)
        for box in self.counts.values():
            box.valueChanged.connect(self._update)
        self.majority.currentIndexChanged.connect(self._update)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.subject.currentIndexChanged.connect(lambda _i: self.error.hide())
        self.vote_box.toggled.connect(self._update)
        self.text.textChanged.connect(self.text_error.hide)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.vote_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def _kind_changed(self) -> None:
        personal = self._personal()
        self.subject.setVisible(personal)
        self._labels["subject"].setVisible(personal)
        ruled = self.kind.currentData() != VoteKind.RESOLUTION.value
        self.majority.setEnabled(not ruled)  # a ruled kind's majority is its rule's, not the form's
        self._labels["majority"].setEnabled(not ruled)
        if ruled:
            self.vote_box.setChecked(True)
        self._update()

    def _rule_text(self) -> str:
        rule = self.vote_rule()
        kind = VoteKind(self.kind.currentData() or VoteKind.RESOLUTION.value)
        if kind is VoteKind.RESOLUTION:
            source = self.tr("the meeting type's rule")
        elif vote_rules.is_published(kind, rule):
            source = self.tr("the published rule")
        else:
            source = self.tr("the office's own rule")
        return (self.tr("Counted by %1: %2").replace("%1", source)
                .replace("%2", words.rule_name(rule.quorum, rule.majority)))

    def _update(self) -> None:
        a = self._attendance
        data = self.data()
        rule = self.vote_rule()
        if self.kind.currentData() != VoteKind.RESOLUTION.value:
            self.majority.blockSignals(True)
            self.majority.setCurrentIndex(max(0, self.majority.findData(rule.majority.value)))
            self.majority.blockSignals(False)
        self.rule.setText(self._rule_text())
        result = self._decide(data)
        quorum = (self.tr("Quorum (%1): %2 of %3 members with voting rights present.")
                  .replace("%1", words.quorum_label(rule.quorum)).replace("%2", str(a.voters_present))
                  .replace("%3", str(a.eligible)))
        if not data.voted or isinstance(result, str):
            self.result.setText(quorum)
            self.result.setStyleSheet("color: #555;")
            self.error.setText(result if isinstance(result, str) else "")
            self.error.setVisible(data.voted and isinstance(result, str))
            return
        self.error.hide()
        needed = votes.votes_needed(rule.majority, a.voters_present, data.votes_against, a.eligible)
        verdict = words.outcome_label(result.outcome.value)
        text = quorum + "\n" + self.tr("At least %1 votes for are needed. Result: %2").replace(
            "%1", str(needed)).replace("%2", verdict)
        if result.outcome is votes.Outcome.NO_QUORUM:
            text += "\n" + self.tr("Too few members with voting rights are present for this vote to count.")
        self.result.setText(text)
        if self.isVisible():
            self.fit_contents()  # a longer verdict is not cut off at the bottom
        self.result.setStyleSheet(PASS_STYLE if result.passed else FAIL_STYLE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Resolution"))
        for name, text in (("text", self.tr("Resolution *")), ("responsible", self.tr("Responsible")),
                           ("due", self.tr("Due")), ("for", self.tr("For")), ("against", self.tr("against")),
                           ("abstain", self.tr("abstaining")), ("majority", self.tr("Passes with")),
                           ("kind", self.tr("Kind of decision")), ("subject", self.tr("Member concerned"))):
            self._labels[name].setText(text)
        self.vote_box.setTitle(self.tr("Put to a vote"))
        self.due.enabled.setText(self.tr("by"))
        refill_combo(self.majority, [(words.majority_label(m), m.value) for m in Majority])
        refill_combo(self.kind, [(words.vote_kind_label(k), k.value) for k in VoteKind])
        if hasattr(self, "error"):
            self._kind_changed()


class SectionChoiceDialog(QDialog):
    """Which plan section a resolution goes into as a new item."""

    def __init__(self, sections: tuple[PlanChoice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section_choice_dialog")
        self.section = QComboBox()
        for choice in sections:
            self.section.addItem(f"{'    ' * choice.depth}{choice.label}  ·  {choice.plan_title}", choice.id)
        self.label = QLabel()
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.section)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("Make a plan item"))
        self.label.setText(self.tr("The resolution becomes a new item in this section of the plan, with its "
                                   "responsible person and due date:"))

    def section_id(self) -> int | None:
        return self.section.currentData()
