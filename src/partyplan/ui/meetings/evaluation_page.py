"""The democratic evaluation: each member's tallies per grade (typed in, or counted ballot by ballot),
the grade the vote suggests and the grade decided, the results in counts and percentages, and a
warning when "excellent" goes over the office's cap (one third unless the office sets another). A grade
over the cap is refused with the count unless the reason to go over it is given (asked in a dialog);
a member graded "unqualified" gets a follow-up, decided on the Follow-ups page. Probationary members
are listed but not graded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.enums import Grade
from partyplan.errors import PartyPlanError
from partyplan.meetings import InvalidMeeting
from partyplan.meetings.evaluation import GRADES, EvaluationResult, cap_count
from partyplan.texts import meetings as words
from partyplan.ui import conflicts, prompts
from partyplan.ui.meetings.ballot_dialog import BallotDialog
from partyplan.ui.meetings.evaluation_dialogs import EvaluationSettingsDialog, OverCapDialog, cap_text
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.meetings.people_models import EvaluationModel
from partyplan.ui.unsaved import UnsavedText

FIRST_YEAR = 2000  # the earliest year a new evaluation can be for
WARNING_STYLE = "background: #fff4ce; color: #5c4400; border: 1px solid #e0b84c; padding: 6px;"


class GradeDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]
        combo = QComboBox(parent)
        combo.addItem(self.tr("(none)"), "")
        for grade in GRADES:
            combo.addItem(words.grade_label(grade), grade.value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index) -> None:  # type: ignore[no-untyped-def]
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor, model, index) -> None:  # type: ignore[no-untyped-def]
        model.setData(index, editor.currentData())


def decided_excellent(result: EvaluationResult) -> int:
    """Members graded "excellent" (decided, not only suggested by the vote): what the cap counts."""
    return sum(1 for row in result.rows if row.grade is Grade.EXCELLENT)


class EvaluationPage(QWidget):
    def __init__(self, meetings: MeetingsOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_evaluation")
        self.meetings = meetings
        self.year = 2026
        self.result: EvaluationResult | None = None
        self._summaries: list = []  # type: ignore[type-arg]  # the evaluations as last read
        self.chooser = QComboBox()
        self.ballots = QSpinBox()
        self.ballots.setRange(0, 9999)
        self.model = EvaluationModel(self)
        self.model.on_tally = self._tally
        self.model.on_grade = self._grade
        self.table = QTableView()
        self.totals, self.warning, self.ballots_label = QLabel(), QLabel(), QLabel()
        self.hint = QLabel()  # how the tallies are entered, on screen rather than in a tooltip
        self.self_text, self.peer_text = QPlainTextEdit(), QPlainTextEdit()
        self.assess_box = QGroupBox()
        self._assess_labels = (QLabel(), QLabel())
        self.buttons = {key: QPushButton() for key in ("new", "delete", "count", "apply", "save_assessment",
                                                       "settings")}
        self.dialog: QWidget | None = None  # the dialog last opened, for tests
        self._shown: tuple[int, int] | None = None  # (evaluation, person) whose assessment the boxes hold
        self._quiet = False  # the page itself is moving the selection: nothing to ask
        self._build()
        self.unsaved = UnsavedText(self.assess_box, (self.self_text, self.peer_text), self._save_assessment,
                                   lambda: self.tr("Assessment"))
        self.retranslate()

    # -- public ------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self, select: int | None = None) -> None:
        wanted = select if select is not None else self.chooser.currentData()
        self._summaries = self.meetings.evaluations()
        self._fill_chooser(wanted)
        self._show()

    def _fill_chooser(self, wanted: int | None) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for e in self._summaries:
            self.chooser.addItem(e.title or self.tr("Democratic evaluation %1").replace("%1", str(e.year)), e.id)
        index = self.chooser.findData(wanted) if wanted is not None else -1
        self.chooser.setCurrentIndex(index if index >= 0 else 0 if self.chooser.count() else -1)
        self.chooser.blockSignals(False)

    def evaluation_id(self) -> int | None:
        return self.chooser.currentData()

    def new_evaluation(self) -> int | None:
        if not self.unsaved.settle():
            return None
        year = prompts.pick_year(self, self.tr("New evaluation"),
                                 self.tr("Year evaluated (every current party member is included):"), self.year,
                                 FIRST_YEAR, max(self.year, dt.date.today().year) + 1)
        if year is None:
            return None
        try:
            new_id = self.meetings.create_evaluation(year)
        except PartyPlanError as exc:
            prompts.error(self, self.tr("New evaluation"), words.error_message(exc))
            return None
        self.reload(select=new_id)
        return new_id

    def delete_evaluation(self) -> None:
        if self.evaluation_id() is None:
            return
        if prompts.confirm(self, self.tr("Delete evaluation"), self.tr("Delete this evaluation with all its tallies "
                                                                       "and grades? This cannot be undone.")):
            self.meetings.delete_evaluation(self.evaluation_id())  # type: ignore[arg-type]

    def count_ballots(self) -> BallotDialog | None:
        if self.result is None:
            return None
        self.dialog = BallotDialog(self.meetings, self.result.evaluation.id, self.result.rows, self)
        self.dialog.open()
        return self.dialog

    def apply_suggested(self) -> OverCapDialog | None:
        """Grade by the vote; members held back by the cap are named, and the reason to grade them
        "excellent" anyway can be given."""
        evaluation_id = self.evaluation_id()
        if evaluation_id is None:
            return None
        if self._call(self.meetings.apply_suggested, evaluation_id) is False:  # a count of 0 is no refusal
            return None
        result = self.meetings.evaluation_results(evaluation_id)
        held = result.held_back
        if not held:
            return None
        gradable = sum(1 for row in result.rows if not row.probationary)
        names = texts.list_separator().join(row.name for row in held)
        question = (self.tr("The cap on “excellent” held back %1, whom the vote suggests as excellent; they are left "
                            "without a grade. Give the reason to grade them excellent anyway?")
                    .replace("%1", names))
        if not prompts.confirm(self, self.tr("Grade by the vote"), question):
            return None
        dialog = OverCapDialog(decided_excellent(result) + len(held), gradable,
                               cap_count(gradable, result.cap), result.cap, self)
        dialog.accepted.connect(lambda: self._call(self.meetings.apply_suggested, evaluation_id, dialog.text()))
        return self._open(dialog)

    def edit_settings(self) -> EvaluationSettingsDialog:
        return self._open(EvaluationSettingsDialog(self.meetings, self))  # type: ignore[return-value]

    def _open(self, dialog):  # type: ignore[no-untyped-def]
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        t = self.table
        t.setObjectName("evaluation_table")
        t.setModel(self.model)
        t.verticalHeader().hide()
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
        t.setAlternatingRowColors(True)
        t.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        t.customContextMenuRequested.connect(self._table_menu)
        t.setItemDelegateForColumn(len(self.model.columns) - 1, GradeDelegate(t))
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names are short; counts need their room
        t.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())
        self.chooser.currentIndexChanged.connect(lambda _i: self._chooser_moved())
        self.chooser.setMinimumContentsLength(16)
        self.ballots.editingFinished.connect(self._ballots_changed)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("evaluation_hint")
        self.hint.setStyleSheet("color: #555;")
        self.warning.setWordWrap(True)
        self.totals.setWordWrap(True)
        for key, slot in (("new", self.new_evaluation), ("delete", self.delete_evaluation),
                          ("count", self.count_ballots), ("apply", self.apply_suggested),
                          ("save_assessment", self._save_assessment), ("settings", self.edit_settings)):
            self.buttons[key].clicked.connect(slot)
        top = QHBoxLayout()
        for widget in (self.chooser, self.buttons["new"], self.buttons["delete"], self.ballots_label, self.ballots,
                       self.buttons["count"], self.buttons["apply"]):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.buttons["settings"])
        assess = QVBoxLayout(self.assess_box)
        for label, edit in zip(self._assess_labels, (self.self_text, self.peer_text)):
            assess.addWidget(label)
            assess.addWidget(edit, 1)
        assess.addWidget(self.buttons["save_assessment"], 0, Qt.AlignmentFlag.AlignRight)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hint)
        column.addWidget(self.warning)
        column.addWidget(self.table, 1)
        column.addWidget(self.totals)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.assess_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([860, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # -- reactions ---------------------------------------------------------------------------
    def _selection_moved(self) -> None:
        """Another member chosen: unsaved assessment text is saved, dropped or kept (the choice goes back)."""
        if self._quiet:
            return
        if not self.unsaved.settle():
            self._select_person(self._shown[1] if self._shown else None)
            return
        self._show_assessment()

    def _chooser_moved(self) -> None:
        if self.unsaved.settle():
            self._show()
            return
        self.chooser.blockSignals(True)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(self._shown[0] if self._shown else None)))
        self.chooser.blockSignals(False)

    def _select_person(self, person_id: int | None) -> None:
        self._quiet = True
        try:
            for n, row in enumerate(self.model.rows):
                if row.person_id == person_id:
                    self.table.selectRow(n)
                    break
            else:
                self.table.clearSelection()
        finally:
            self._quiet = False

    def _show(self) -> None:
        evaluation_id = self.evaluation_id()
        selected = self._selected()
        self.result = self.meetings.evaluation_results(evaluation_id) if evaluation_id is not None else None
        self._quiet = True
        try:
            self.model.set_rows(self.result.rows if self.result else [])
        finally:
            self._quiet = False
        if selected is not None:  # a tally typed or an assessment saved: the member stays chosen
            self._select_person(selected.person_id)
        self.ballots.blockSignals(True)
        self.ballots.setValue(self.result.evaluation.ballots_cast if self.result else 0)
        self.ballots.blockSignals(False)
        for key in ("delete", "count", "apply"):
            self.buttons[key].setEnabled(self.result is not None)
        self.ballots.setEnabled(self.result is not None)
        self._show_totals()
        self._show_assessment()

    def _show_totals(self) -> None:
        r = self.result
        if r is None:
            self.totals.setText(self.tr("No evaluation yet. Start one with %1.")
                                .replace("%1", texts.place(("EvaluationPage", "New evaluation..."))))
            self.warning.hide()
            return
        graded = r.graded
        parts = [f"{words.grade_label(g)} {r.grade_count(g)} ({(r.grade_count(g) / graded * 100) if graded else 0:.0f}%)"
                 for g in GRADES]
        probationary = sum(1 for row in r.rows if row.probationary)
        self.totals.setText(self.tr("Graded %1: %2. Probationary members taking part without a grade: %3.")
                            .replace("%1", str(graded)).replace("%2", " · ".join(parts))
                            .replace("%3", str(probationary)))
        self.warning.setVisible(r.excellent_over_cap)
        text = (self.tr("“Excellent” is %1 of %2 graded members, over the office's cap of %4 (at most %3).")
                .replace("%1", str(r.grade_count(Grade.EXCELLENT))).replace("%2", str(graded))
                .replace("%3", str(r.excellent_cap)).replace("%4", cap_text(r.cap)))
        if r.evaluation.excellent_override:
            text += " " + self.tr("Reason recorded: %1").replace("%1", r.evaluation.excellent_override)
        self.warning.setText(text)

    def _show_assessment(self) -> None:
        """The chosen member's assessment; typing not yet saved for the same member stays as typed (a
        tally typed meanwhile reloads the page)."""
        row = self._selected()
        shown = (self.result.evaluation.id, row.person_id) if row is not None and self.result else None
        keep = shown is not None and shown == self._shown and self.unsaved.has_changes()
        self._shown = shown
        self.assess_box.setEnabled(row is not None)
        if not keep:
            self.self_text.setPlainText(row.self_assessment if row else "")
            self.peer_text.setPlainText(row.peer_assessment if row else "")
            self.unsaved.mark_clean()
        self._title_assessment(row)

    def _title_assessment(self, row) -> None:  # type: ignore[no-untyped-def]
        self.assess_box.setTitle(self.tr("Assessment: %1").replace("%1", row.name) if row else self.tr("Assessment"))

    def show_history(self):  # type: ignore[no-untyped-def]
        """Every change of the chosen member's line: tallies, grade, assessments, who and when."""
        from partyplan.ui.history_dialog import show_history

        row = self._selected()
        if row is None or self.result is None:
            return None
        what = self.tr("Evaluation %1: %2").replace("%1", str(self.result.evaluation.year)).replace("%2", row.name)
        self.history_dialog = show_history(self, self.meetings.ops, what, "record_history", "evaluation_subjects",
                                           f"{self.result.evaluation.id}|{row.person_id}")
        return self.history_dialog

    def _table_menu(self, point) -> None:  # type: ignore[no-untyped-def]
        if self.table.indexAt(point).isValid() and self._selected() is not None:
            menu = QMenu(self)
            menu.addAction(self.tr("History..."), self.show_history)
            menu.exec(self.table.viewport().mapToGlobal(point))

    def _selected(self):  # type: ignore[no-untyped-def]
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _save_assessment(self) -> bool:
        """Save the boxes for the member they were filled for (the selection may have moved on)."""
        if self._shown is None:
            return False
        evaluation_id, person_id = self._shown
        self_text, peer_text = self.self_text.toPlainText(), self.peer_text.toPlainText()
        if not self._call(self.meetings.set_assessments, evaluation_id, person_id, self_text, peer_text):
            return False
        self.unsaved.mark_clean()
        return True

    def _ballots_changed(self) -> None:
        if self.result is not None and self.ballots.value() != self.result.evaluation.ballots_cast:
            self._call(self.meetings.set_ballots_cast, self.result.evaluation.id, self.ballots.value())

    def _tally(self, person_id: int, grade: Grade, count: int) -> None:
        if self.result is not None:
            self._call(self.meetings.set_tallies, self.result.evaluation.id, person_id, {grade: count})

    def _grade(self, person_id: int, grade: Grade | None) -> None:
        """Saved over the line as shown: another PC's grade since is asked about, never overwritten unseen;
        a grade over the cap on 优秀 asks the reason to go over it."""
        result = self.result
        if result is None:
            return
        evaluation_id = result.evaluation.id
        seen = next((r.row_version for r in result.rows if r.person_id == person_id), None)
        try:
            saved = conflicts.save(self, lambda version: self.meetings.set_grade(
                evaluation_id, person_id, grade, expected_version=version), seen)
        except InvalidMeeting as exc:
            if exc.code == "excellent_cap":
                self._ask_over_cap(result, person_id)
                self._show()
                return
            prompts.error(self, self.tr("Democratic evaluation"), words.error_message(exc))
            self._show()
            return
        except PartyPlanError as exc:
            prompts.error(self, self.tr("Democratic evaluation"), words.error_message(exc))
            self._show()
            return
        if saved is conflicts.NOT_SAVED:
            self._show()  # the line shows what is stored
            return
        if grade is Grade.UNQUALIFIED:
            name = next((row.name for row in result.rows if row.person_id == person_id), "")
            prompts.info(self, self.tr("Democratic evaluation"), self.tr(
                "A follow-up is opened for %1 (help, correction by a deadline, or persuading to leave): decide it "
                "on the Follow-ups page.").replace("%1", name))

    def _ask_over_cap(self, result: EvaluationResult, person_id: int) -> OverCapDialog:
        """Refused over the cap: the count, and the reason to go over it, asked; given, the grade is saved."""
        gradable = sum(1 for row in result.rows if not row.probationary)
        dialog = OverCapDialog(decided_excellent(result) + 1, gradable, cap_count(gradable, result.cap),
                               result.cap, self)
        dialog.accepted.connect(lambda: self._call(self.meetings.set_grade, result.evaluation.id, person_id,
                                                   Grade.EXCELLENT, dialog.text()))
        return self._open(dialog)  # type: ignore[no-any-return]

    def _call(self, fn, *args) -> object:  # type: ignore[no-untyped-def]
        """What `fn` returned (True for nothing), or False when it was refused."""
        try:
            result = fn(*args)
        except PartyPlanError as exc:
            prompts.error(self, self.tr("Democratic evaluation"), words.error_message(exc))
            self._show()
            return False
        return True if result is None else result

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for key, text in (("new", self.tr("New evaluation...")), ("delete", self.tr("Delete...")),
                          ("count", self.tr("Count ballots one by one...")),
                          ("apply", self.tr("Grade by the vote")), ("save_assessment", self.tr("Save")),
                          ("settings", self.tr("Excellent cap..."))):
            self.buttons[key].setText(text)
        self.buttons["apply"].setToolTip(self.tr("Give each member the best grade that more than half of the "
                                                 "ballots give or exceed"))
        self.ballots_label.setText(self.tr("Ballots cast"))
        self._assess_labels[0].setText(self.tr("Self-assessment"))
        self._assess_labels[1].setText(self.tr("Peer assessment"))
        self.table.setToolTip(self.tr("Double-click a count to type the tally, or the grade to decide it"))
        self.hint.setText(self.tr(
            "Each grade column is a tally: double-click a member's count and type how many ballots gave that "
            "grade, or count the paper ballots with %1. %2 is the best grade that more than half of the "
            "ballots give or exceed; %3 gives it to everyone, and the last column holds the grade decided.")
            .replace("%1", texts.place(("EvaluationPage", "Count ballots one by one...")))
            .replace("%2", texts.place(("EvaluationModel", "By the vote")))
            .replace("%3", texts.place(("EvaluationPage", "Grade by the vote"))))
        self.model.retranslate()
        self._fill_chooser(self.chooser.currentData())  # from what was read last: no reading here
        self._show_totals()
        self._title_assessment(self._selected())
