"""The month's roster: generate it with the solver (off the GUI thread), edit cells by hand with
conflict warnings and undo, publish it, print it and export it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.enums import RosterStatus
from partyplan.errors import PartyPlanError
from partyplan.rosters import problem, service
from partyplan.rosters.explain import Infeasible
from partyplan.rosters.views import RosterView
from partyplan.texts import roster_explain
from partyplan.texts import rosters as roster_texts
from partyplan.ui import background, prompts
from partyplan.ui.export_flow import export_file, written_text
from partyplan.ui.print_job import PrintJob
from partyplan.ui.rosters.cell_dialog import RosterCellDialog
from partyplan.ui.rosters.commands import CellCommand, SwapCommand
from partyplan.ui.rosters.models import FairnessModel, RosterGridModel
from partyplan.ui.rosters.swap_dialog import RosterSwapDialog

TIME_LIMIT_S = 10.0


class RosterGridPage(QWidget):
    sig_generation_finished = Signal(str)  # "done", "failed", "cancelled"

    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("roster_grid_page")
        self.ops = operations
        self.rosters = operations.rosters
        self.year, self.month = dt.date.today().year, dt.date.today().month
        self.view: RosterView | None = None
        self.undo_stack = QUndoStack(self)
        self.model = RosterGridModel(self)
        self.fairness = FairnessModel(self)
        self.grid = QTableView()
        self.fairness_view = QTableView()
        self.changes = QListWidget()
        self.version_combo = QComboBox()
        self.status = QLabel()
        self.banner = QLabel()
        self.spread_label = QLabel()
        self.buttons = {k: QPushButton() for k in ("generate", "publish", "new_version", "discard", "undo", "redo",
                                                   "preview", "print", "excel")}
        self.job: background.Job | None = None
        self._pinned: int | None = None  # an older version chosen for viewing
        self.dialog = None
        self.last_message = ""
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self.reload)

    # -- public ------------------------------------------------------------------------------
    def set_month(self, year: int, month: int) -> None:
        if (year, month) != (self.year, self.month):
            self.undo_stack.clear()
            self._pinned = None
        self.year, self.month = year, month
        self.reload()

    def reload(self) -> None:
        versions = self.rosters.versions(self.year, self.month)
        if self._pinned not in {v for _i, v, _s, _p in versions[:-1]}:
            self._pinned = None  # the latest version, unless the user picked an older one to look at
        self.view = self.rosters.view(self.year, self.month, self._pinned)
        self._fill_versions(versions)
        warnings = {}
        if self.view.id is not None and self.view.status is RosterStatus.DRAFT:
            names = {m.person_id: m.name for m in self.rosters.members()}
            for w in self.rosters.check(self.view.id):
                warnings.setdefault((w.day, w.shift_id), []).append(
                    roster_texts.warning_text(w.code, names.get(w.person_id, ""), w.detail))
        self.model.set_view(self.view, warnings)
        members = [(m.person_id, m.name) for m in self.rosters.members() if m.active]
        self.fairness.set_view(self.view if self.view.id else None, members)
        self._update_controls()

    def generate(self) -> None:
        """Draft (or refill) the month with the solver, after saying what would be overwritten or assumed."""
        if self.view is not None and self.view.status is RosterStatus.PUBLISHED:
            prompts.info(self, self.tr("Generate"), self.tr(
                "This month is published. Make a new version first; its duties start locked, unlock the ones "
                "to draw up again."))
            return
        if self.view is not None and self.view.unconfirmed and not prompts.confirm(
                self, self.tr("Holiday data not confirmed"), self.unconfirmed_text()):
            return
        try:
            prepared = self.rosters.prepare(self.year, self.month, TIME_LIMIT_S)
        except PartyPlanError as exc:
            prompts.error(self, self.tr("Generate"), self._explain(exc))
            return
        self._start_job(prepared)

    def cancel_generation(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def edit_cell(self, day: dt.date, shift_id: int) -> RosterCellDialog | None:
        if not self._editable():
            return None
        shift = next(s for s in self.view.shifts if s.id == shift_id)  # type: ignore[union-attr]
        people, locked = self.rosters.cell_people(self.view.id, day, shift_id)  # type: ignore[union-attr]
        row = next(d for d in self.view.days if d.date == day)  # type: ignore[union-attr]
        dialog = RosterCellDialog(day, shift.name, self.rosters.members(), people, locked,
                                  self.view.needed(row, shift), self)  # type: ignore[union-attr]
        dialog.accepted.connect(lambda: self._apply_cell(day, shift_id, (people, locked),
                                                         (dialog.chosen_ids(), dialog.lock.isChecked())))
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_cell_locked(self, day: dt.date, shift_id: int, locked: bool) -> None:
        if not self._editable():
            return
        people, was = self.rosters.cell_people(self.view.id, day, shift_id)  # type: ignore[union-attr]
        if people and was != locked:
            self._apply_cell(day, shift_id, (people, was), (people, locked))

    def swap_cell(self, day: dt.date, shift_id: int) -> RosterSwapDialog | None:
        if not self._editable():
            return None
        dialog = RosterSwapDialog(self.view, day, shift_id, self)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._apply_swap(*dialog.choice()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def clear_cell(self, day: dt.date, shift_id: int) -> None:
        if self._editable():
            people, locked = self.rosters.cell_people(self.view.id, day, shift_id)  # type: ignore[union-attr]
            self._apply_cell(day, shift_id, (people, locked), ([], True))

    def publish(self) -> None:
        if self.view is None or self.view.id is None or self.view.status is not RosterStatus.DRAFT:
            return
        problems = self.rosters.check(self.view.id)
        question = self.tr("Publish the roster for %1? It is frozen once published; later changes make a new "
                           "version with a list of what changed.").replace("%1", self._month_text())
        if problems:
            question += "\n\n" + self.tr("Duties that still break a rule (shown in red): %1.").replace(
                "%1", str(len({(w.day, w.shift_id) for w in problems})))
        if prompts.confirm(self, self.tr("Publish"), question):
            self.rosters.publish(self.view.id)
            self.undo_stack.clear()

    def new_version(self) -> None:
        self.rosters.new_version(self.year, self.month)
        self.undo_stack.clear()

    def discard_draft(self) -> None:
        if self.view is None or self.view.id is None or self.view.status is not RosterStatus.DRAFT:
            return
        if prompts.confirm(self, self.tr("Discard draft"), self.tr("Discard this draft? The published version, if "
                                                                   "any, stays as it is.")):
            self.rosters.discard_draft(self.view.id)
            self.undo_stack.clear()

    def print_job(self) -> PrintJob | None:
        """The month as posted: portrait or landscape as the Excel sheet is, always one sheet."""
        if self.view is None or self.view.id is None:
            return None
        title = self.tr("Duty roster %1").replace("%1", self._month_text())
        html, landscape = self.rosters.print_page(self.view, self._language())
        return PrintJob(title, html, landscape, one_page=True)

    def print_preview(self) -> QDialog | None:
        from partyplan.ui import printing  # Qt's print support loads on the first print, not at start

        job = self.print_job()
        return printing.preview(self, job) if job is not None else None

    def print_page(self) -> bool:
        from partyplan.ui import printing

        job = self.print_job()
        return job is not None and printing.print_page(self, job)

    def export_excel(self) -> None:
        if self.view is None:
            return
        view, language = self.view, self._language()
        export_file(self, self.tr("Export roster"),
                    Path.home() / self.tr("duty-roster-%1.xlsx").replace("%1", f"{self.year}-{self.month:02d}"),
                    self.tr("Excel workbook (*.xlsx)"), lambda path: self.rosters.export_xlsx(view, path, language),
                    written=self._written)

    def _written(self, path: Path) -> None:
        self.last_message = written_text(path)

    def unconfirmed_text(self) -> str:
        return self.tr("There is no confirmed public-holiday data for %1 yet, so weekends are assumed and holidays "
                       "are missing. Enter the State Council notice on the Calendar page when it is published. "
                       "Generate anyway?").replace("%1", str(self.year))

    # -- generation --------------------------------------------------------------------------
    def _start_job(self, prepared: service.Prepared) -> None:
        self._prepared = prepared
        self.buttons["generate"].setEnabled(False)
        self.job = background.start(self, self.tr("Generate"), self.tr("Drawing up a fair roster..."),
                                    lambda report, stopped: _solve(prepared, report, stopped),
                                    done=self._job_done, failed=self._job_failed, cancelled=self._job_cancelled)

    def _job_done(self, solution: problem.Solution) -> None:
        self._finished(self._prepared, solution)

    def _job_failed(self, exc: BaseException) -> None:
        self._failed(self._prepared, exc)

    def _job_cancelled(self) -> None:
        self._failed(self._prepared, problem.Cancelled())

    def _finished(self, prepared: service.Prepared, solution: problem.Solution) -> None:
        self._generation_ended()
        try:
            self.rosters.store(prepared, solution)
        except PartyPlanError as exc:  # the month changed on another PC while the solver ran: nothing stored
            self._failed(prepared, exc)
            return
        quality = self.tr("the fairest possible") if solution.optimal else self.tr("good, not proved the fairest")
        self.last_message = self.tr("Roster drawn up in %1 s: duties per person differ by at most %2 (%3).") \
            .replace("%1", f"{solution.wall_seconds:.1f}").replace("%2", str(solution.spread)).replace("%3", quality)
        self.status.setToolTip(self.last_message)
        self.sig_generation_finished.emit("done")

    def _failed(self, prepared: service.Prepared, exc: object) -> None:
        self._generation_ended()
        if isinstance(exc, problem.Cancelled):
            self.last_message = self.tr("Generating was cancelled; nothing was changed.")
            self.sig_generation_finished.emit("cancelled")
            return
        if isinstance(exc, Infeasible):
            shifts = {str(s.id): s.name for s in prepared.shifts}
            message = self.tr("No roster meets every rule:") + "\n" + roster_explain.infeasible_text(
                exc, prepared.names, shifts)
        elif isinstance(exc, problem.TimedOut):
            message = self.tr("No roster was found within %1 seconds. Try again, or relax a limit.").replace(
                "%1", f"{exc.seconds:.0f}")
        else:
            message = texts.error_message(exc)  # type: ignore[arg-type]
        self.last_message = message
        prompts.error(self, self.tr("Generate"), message)
        self.sig_generation_finished.emit("failed")

    def _generation_ended(self) -> None:
        self.job = None
        self._update_controls()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        # The status on a line of its own, the buttons under it: one row of both needed 1,120 px in English
        # and pushed Excel off a laptop's screen.
        bar = QHBoxLayout()
        bar.addWidget(self.version_combo)
        bar.addWidget(self.status, 1)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for key in ("generate", "publish", "new_version", "discard", "undo", "redo"):
            buttons.addWidget(self.buttons[key])
        buttons.addStretch(1)
        for key in ("preview", "print", "excel"):
            buttons.addWidget(self.buttons[key])
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4cc; color: #6b4e00; padding: 6px; border: 1px solid #e0c060;")
        self.grid.setObjectName("roster_grid")
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(150)
        self.grid.verticalHeader().setDefaultSectionSize(24)
        self.grid.doubleClicked.connect(self._double_clicked)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._context_menu)
        self.fairness_view.setModel(self.fairness)
        self.fairness_view.verticalHeader().hide()
        self.fairness_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column in range(4):
            self.fairness_view.setColumnWidth(column, 64)
        self.changes.setMaximumHeight(120)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.fairness_title, self.changes_title = QLabel(), QLabel()
        for widget in (self.fairness_title, self.fairness_view, self.spread_label, self.changes_title, self.changes):
            side_layout.addWidget(widget)
        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setSizes([820, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        actions = {"generate": self.generate, "publish": self.publish, "new_version": self.new_version,
                   "discard": self.discard_draft, "undo": self.undo_stack.undo, "redo": self.undo_stack.redo,
                   "preview": self.print_preview, "print": self.print_page, "excel": self.export_excel}
        for key, slot in actions.items():
            self.buttons[key].clicked.connect(slot)
        self.undo_stack.canUndoChanged.connect(self.buttons["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.buttons["redo"].setEnabled)
        self.version_combo.activated.connect(self._version_chosen)
        for sequence, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                               (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _update_controls(self) -> None:
        view = self.view
        has = view is not None and view.id is not None
        draft = has and view.status is RosterStatus.DRAFT  # type: ignore[union-attr]
        latest = self._pinned is None
        busy = self.job is not None
        self.buttons["generate"].setEnabled(not busy and latest and (not has or draft))
        self.buttons["publish"].setEnabled(draft and latest)
        self.buttons["new_version"].setEnabled(has and not draft and latest)
        self.buttons["discard"].setEnabled(draft and latest)
        self.buttons["undo"].setEnabled(self.undo_stack.canUndo())
        self.buttons["redo"].setEnabled(self.undo_stack.canRedo())
        self.buttons["preview"].setEnabled(has)
        self.buttons["print"].setEnabled(has)
        self.buttons["excel"].setEnabled(has)
        self.status.setText(self._status_text())
        self.banner.setVisible(view is not None and view.unconfirmed)
        self.banner.setText(self.tr("No confirmed public-holiday data for %1 yet: weekends are assumed and holidays "
                                    "are missing. Enter the State Council notice on the Calendar page.")
                            .replace("%1", str(self.year)))
        self.spread_label.setText(self.tr("Spread of duties (most - fewest): %1").replace(
            "%1", str(self.fairness.spread())))
        self.changes.clear()
        for change in (view.changes if view else []):
            self.changes.addItem(f"{change.date.isoformat()} {change.shift}: {change.before or '—'} → "
                                 f"{change.after or '—'}")
        self.changes_title.setVisible(bool(view and view.changes))
        self.changes.setVisible(bool(view and view.changes))

    def _status_text(self) -> str:
        view = self.view
        if view is None or view.id is None:
            return self.tr("%1: no roster yet").replace("%1", self._month_text())
        words = {RosterStatus.DRAFT: self.tr("draft"), RosterStatus.PUBLISHED: self.tr("published"),
                 RosterStatus.SUPERSEDED: self.tr("replaced by a later version")}
        text = self.tr("%1, version %2: %3").replace("%1", self._month_text()).replace("%2", str(view.version)) \
            .replace("%3", words[view.status])  # type: ignore[index]
        if view.published_at:
            text += " " + self.tr("(published %1)").replace("%1", view.published_at.strftime("%Y-%m-%d %H:%M"))
        return text

    def _fill_versions(self, versions) -> None:  # type: ignore[no-untyped-def]
        shown = self.view.version if self.view else None
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for _id, version, _status, _at in versions:
            self.version_combo.addItem(self.tr("Version %1").replace("%1", str(version)), version)
        self.version_combo.setCurrentIndex(max(0, self.version_combo.findData(shown)))
        self.version_combo.setVisible(len(versions) > 1)
        self.version_combo.blockSignals(False)

    # -- reactions ---------------------------------------------------------------------------
    def _version_chosen(self, index: int) -> None:
        self._pinned = self.version_combo.itemData(index) if index < self.version_combo.count() - 1 else None
        self.reload()

    def _on_changed(self, area: str) -> None:
        if area in ("rosters", "people"):
            self.reload()

    def _editable(self) -> bool:
        view = self.view
        if view is None or view.id is None:
            prompts.info(self, self.tr("Edit duty"), self.tr("Generate the month first; then edit any duty by hand."))
            return False
        if view.status is not RosterStatus.DRAFT or self._pinned is not None:
            prompts.info(self, self.tr("Edit duty"), self.tr(
                "This version is published. Press “New version” to make changes; they are listed when you "
                "publish it."))
            return False
        return True

    def _apply_cell(self, day: dt.date, shift_id: int, before, after) -> None:  # type: ignore[no-untyped-def]
        if before == after or (sorted(before[0]) == sorted(after[0]) and before[1] == after[1]):
            return
        command = CellCommand(self.rosters, self.view.id, day, shift_id, before, after,  # type: ignore[union-attr]
                              self.tr("Edit duty"), self, self.reload, self._duty_label(day, shift_id))
        self.undo_stack.push(command)
        self._warn(command.warnings)

    def _duty_label(self, day: dt.date, shift_id: int) -> str:
        shift = next((s.name for s in self.view.shifts if s.id == shift_id), "") if self.view else ""
        return self.tr("The duty of %1, %2").replace("%1", day.isoformat()).replace("%2", shift)

    def _apply_swap(self, first, second) -> None:  # type: ignore[no-untyped-def]
        (d1, s1, p1), (d2, s2, p2) = first, second
        before1 = self.rosters.cell_people(self.view.id, d1, s1)  # type: ignore[union-attr]
        before2 = self.rosters.cell_people(self.view.id, d2, s2)  # type: ignore[union-attr]
        after = (([p2 if p == p1 else p for p in before1[0]], True), ([p1 if p == p2 else p for p in before2[0]], True))
        command = SwapCommand(self.rosters, self.view.id, (d1, s1, before1), (d2, s2, before2), after,  # type: ignore[union-attr]
                              self.tr("Swap duties"))
        self.undo_stack.push(command)
        self._warn(command.warnings)

    def _warn(self, warnings) -> None:  # type: ignore[no-untyped-def]
        if warnings:
            names = {m.person_id: m.name for m in self.rosters.members()}
            prompts.warning(self, self.tr("Duty saved, but check it"), "\n".join(
                roster_texts.warning_text(w.code, names.get(w.person_id, ""), w.detail) for w in warnings))

    def _double_clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        cell = self.model.cell_at(index)
        if cell is not None:
            self.edit_cell(*cell)

    def _context_menu(self, point: QPoint) -> None:
        cell = self.model.cell_at(self.grid.indexAt(point))
        if cell is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit..."), lambda: self.edit_cell(*cell))
        menu.addAction(self.tr("Lock"), lambda: self.set_cell_locked(*cell, True))
        menu.addAction(self.tr("Unlock"), lambda: self.set_cell_locked(*cell, False))
        menu.addAction(self.tr("Swap with another duty..."), lambda: self.swap_cell(*cell))
        menu.addAction(self.tr("Clear"), lambda: self.clear_cell(*cell))
        menu.addSeparator()
        menu.addAction(self.tr("History of this version..."), self.show_history)
        menu.exec(self.grid.viewport().mapToGlobal(point))

    def show_history(self):  # type: ignore[no-untyped-def]
        """The shown version's history: generated, each hand edit, published (who and when)."""
        from partyplan.ui.history_dialog import show_history

        if self.view is None or self.view.id is None:
            return None
        what = self.tr("Roster of %1, version %2").replace("%1", f"{self.view.year}-{self.view.month:02d}").replace(
            "%2", str(self.view.version))
        self.history_dialog = show_history(self, self.rosters.ops, what, "roster_history", self.view.id)
        return self.history_dialog

    def _explain(self, exc: PartyPlanError) -> str:
        if isinstance(exc, service.NothingToRoster):
            return roster_texts.nothing_to_roster(exc.reason)
        if isinstance(exc, service.TagMissing):
            return roster_texts.tag_missing(exc.shift, exc.tag, exc.needed, exc.tagged)
        if isinstance(exc, service.MonthPublished):
            return self.tr("This month is published; make a new version to change it.")
        return texts.error_message(exc)

    def _month_text(self) -> str:
        return self.tr("%1-%2").replace("%1", str(self.year)).replace("%2", f"{self.month:02d}")

    def _language(self) -> str:
        return getattr(self.window(), "language", "zh_CN")

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        words = {"generate": self.tr("Generate"), "publish": self.tr("Publish..."),
                 "new_version": self.tr("New version"), "discard": self.tr("Discard draft"), "undo": self.tr("Undo"),
                 "redo": self.tr("Redo"), "preview": self.tr("Print preview..."), "print": self.tr("Print..."),
                 "excel": self.tr("Excel...")}
        for key, button in self.buttons.items():
            button.setText(words[key])
        self.fairness_title.setText(self.tr("Fairness: duties per person"))
        self.changes_title.setText(self.tr("Changes in this version"))
        self.model.retranslate()
        if self.view is not None:
            self._update_controls()


def _solve(prepared: service.Prepared, report, stopped) -> problem.Solution:  # type: ignore[no-untyped-def]
    """Cancel means cancel: a roster found before the user pressed it is not kept either."""
    from partyplan.rosters import solver  # OR-Tools loads on the first roster drawn up, not at start

    solution = solver.solve(prepared.problem, on_progress=report, should_stop=stopped)
    if stopped():
        raise problem.Cancelled()
    return solution
