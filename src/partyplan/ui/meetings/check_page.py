"""The cadence check: for each required meeting type, how many of the quarter's and the year's meetings
were held, and a list of the missing and overdue ones — the page a leader reads before an inspection.

In an office with branches, a chooser above runs the 三会一课 check (`organisations.sanhui`) for one
branch or party group instead, and under the whole office's check a line names every unit with gaps."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan.meetings.cadence import CadenceReport, SlotState
from partyplan.organisations.sanhui import SanhuiReport, UnitCheck
from partyplan.texts import meetings as words
from partyplan.texts import organisations as org_words
from partyplan.ui.meetings.check_models import CheckMatrixModel, ProblemsModel
from partyplan.ui.meetings.models import STATE_FILLS
from partyplan.ui.meetings.operations import MeetingsOperations
from partyplan.ui.organisations.org_dialog import path_label
from partyplan.ui.widgets import refill_combo

LEGEND = tuple((state, STATE_FILLS[state]) for state in (SlotState.HELD, SlotState.OVERDUE, SlotState.MISSING))


class CheckPage(QWidget):
    sig_open_meeting = Signal(int)  # a problem row's planned meeting, to record it
    sig_plan_meeting = Signal(int, object)  # type id and a day in the missing period, to plan one

    def __init__(self, meetings: MeetingsOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_check")
        self.meetings = meetings
        self.year = dt.date.today().year
        self.today = dt.date.today()
        self.report: CadenceReport | None = None
        self.sanhui: SanhuiReport | None = None
        self.unit_label, self.unit = QLabel(), QComboBox()
        self.units_line = QLabel()  # the units with gaps, under the whole office's check
        self._units: list[tuple[int, str, int]] = []  # id, name, depth of each branch and party group
        self.matrix_model, self.problems_model = CheckMatrixModel(self), ProblemsModel(self)
        self.matrix, self.problems = QTableView(), QTableView()
        self.headline = QLabel()
        self.legend = QLabel()
        self.matrix_box, self.problems_box = QGroupBox(), QGroupBox()
        self.open_button = QPushButton()
        self._build()
        self.retranslate()

    def set_year(self, year: int, today: dt.date | None = None) -> None:
        self.year = year
        self.today = today or dt.date.today()
        self.reload()

    @property
    def org_id(self) -> int | None:
        """The branch or party group chosen, or None for the whole office."""
        return self.unit.currentData()

    def choose_unit(self, org_id: int | None) -> None:
        self.unit.setCurrentIndex(max(0, self.unit.findData(org_id)) if org_id is not None else 0)

    def reload(self) -> None:
        orgs = self.meetings.ops.organisations
        tree = orgs.orgs()
        self._units = [(r.id, path_label(r, tree), r.depth) for r in tree if r.is_unit]
        self._fill_units()
        self.sanhui = orgs.sanhui(self.year, self.today) if self._units else None
        unit = self.sanhui.of(self.org_id) if self.sanhui is not None and self.org_id is not None else None
        self.report = (CadenceReport(self.year, self.today, list(unit.slots)) if unit is not None
                       else self.meetings.check(self.year, self.today))
        self.matrix_model.set_report(self.report)
        self.problems_model.set_rows(sorted(self.report.problems(), key=lambda s: (s.period.end, s.type_name)))
        self._headline()

    def open_selected(self) -> None:
        rows = self.problems.selectionModel().selectedRows()
        if not rows:
            return
        slot = self.problems_model.row_at(rows[0].row())
        if slot.meeting_id is not None:
            self.sig_open_meeting.emit(slot.meeting_id)
        else:
            day = max(slot.period.start, min(slot.period.end, self.today))
            self.sig_plan_meeting.emit(slot.type_id, day)

    def _build(self) -> None:
        for view, model in ((self.matrix, self.matrix_model), (self.problems, self.problems_model)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setObjectName("check_matrix")
        self.problems.setObjectName("check_problems")
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.matrix.setColumnWidth(1, 170)
        for column in range(2, 7):
            self.matrix.setColumnWidth(column, 80)
        problems = self.problems.horizontalHeader()
        problems.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        problems.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for view in (self.matrix, self.problems):
            view.setWordWrap(False)
        self.problems.doubleClicked.connect(lambda _i: self.open_selected())
        self.problems.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.open_button.clicked.connect(self.open_selected)
        self.headline.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.headline.setWordWrap(True)
        self.unit.setObjectName("check_unit")
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit.currentIndexChanged.connect(lambda _n: self.reload())
        self.units_line.setWordWrap(True)
        self.units_line.setStyleSheet("color: #b00020;")
        matrix_layout = QVBoxLayout(self.matrix_box)
        matrix_layout.addWidget(self.matrix)
        matrix_layout.addWidget(self.legend)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.problems)
        problems_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)  # both tables get the whole width, also at 1024 pixels
        split.addWidget(self.matrix_box)
        split.addWidget(self.problems_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(self.unit_label)
        chooser.addWidget(self.unit)
        chooser.addStretch(1)
        layout.addLayout(chooser)
        layout.addWidget(self.headline)
        layout.addWidget(self.units_line)
        layout.addWidget(split, 1)
        self._update_button()

    def _headline(self) -> None:
        if self.report is None:
            return
        problems = self.report.problems()
        missing = sum(s.state is SlotState.MISSING for s in problems)
        overdue = len(problems) - missing
        held = sum(s.state is SlotState.HELD for s in self.report.slots)
        text = (self.tr("%1: required meetings held so far %2 of %3; missing %4, overdue %5 (as of %6).")
                .replace("%1", str(self.year)).replace("%2", str(held)).replace("%3", str(len(self.report.slots)))
                .replace("%4", str(missing)).replace("%5", str(overdue)).replace("%6", self.today.isoformat()))
        unit = self.sanhui.of(self.org_id) if self.sanhui is not None and self.org_id is not None else None
        if unit is not None:
            text = (self.tr("Three meetings and one lesson of %1, %2: held so far %3 of %4; missing %5, overdue %6 (as of %7).")
                    .replace("%1", unit.name).replace("%2", str(self.year)).replace("%3", str(held))
                    .replace("%4", str(len(self.report.slots))).replace("%5", str(missing))
                    .replace("%6", str(overdue)).replace("%7", self.today.isoformat()))
            if not unit.has_committee:
                text += " " + self.tr("No branch committee (fewer than seven full members): its meetings are not "
                                      "asked for.")
        elif not self.report.slots:
            text = self.tr("No meeting type has a required cadence. Set one under Meeting types.")
        self.headline.setText(text)
        self._units_line(unit is None)
        self.headline.setStyleSheet("font-size: 12pt; font-weight: 600; color: %s;"
                                    % ("#b00020" if problems else "#1b7a3d"))

    def _fill_units(self) -> None:
        self.unit.blockSignals(True)
        refill_combo(self.unit, [(self.tr("The whole office: every required meeting"), None)]
                     + [(self.tr("Three meetings and one lesson: %1").replace("%1", name), org_id)
                        for org_id, name, _depth in self._units])
        self.unit.blockSignals(False)
        for widget in (self.unit_label, self.unit):
            widget.setVisible(bool(self._units))

    def _units_line(self, whole_office: bool) -> None:
        """Under the whole office's check: each branch or group with gaps, and how many."""
        gaps = [(u, u.tally()) for u in (self.sanhui.units if self.sanhui and whole_office else ())]
        gaps = [(u, t) for u, t in gaps if t.missing or t.overdue]
        self.units_line.setText(self.tr("Gaps in the three meetings and one lesson: %1").replace("%1", self.tr("; ").join(
            _gap_text(u, t.missing, t.overdue) for u, t in gaps)) if gaps else "")
        self.units_line.setVisible(bool(gaps))

    def _update_button(self) -> None:
        rows = self.problems.selectionModel().selectedRows()
        slot = self.problems_model.row_at(rows[0].row()) if rows else None
        self.open_button.setEnabled(slot is not None)
        self.open_button.setText(self.tr("Record the planned meeting...") if slot is None or slot.meeting_id
                                 else self.tr("Plan this meeting..."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.unit_label.setText(self.tr("Check"))
        self._fill_units()
        self.matrix_box.setTitle(self.tr("Held / required, by quarter"))
        self.problems_box.setTitle(self.tr("Missing and overdue"))
        swatches = "  ".join(f"<span style='background:{colour}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> "
                             f"{words.state_label(state.value)}" for state, colour in LEGEND)
        self.legend.setText(swatches + "  " + self.tr("— a month's or quarter's meeting counts where its date falls"))
        self.legend.setWordWrap(True)
        self.matrix_model.retranslate()
        self.problems_model.retranslate()
        self._update_button()
        self._headline()


def _gap_text(unit: UnitCheck, missing: int, overdue: int) -> str:
    return (QCoreApplication.translate("CheckPage", "%1 (%2) missing %3, overdue %4").replace("%1", unit.name)
            .replace("%2", org_words.kind_label(unit.kind)).replace("%3", str(missing)).replace("%4", str(overdue)))
