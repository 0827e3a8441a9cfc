"""Training and commendations of one year: the sessions with who attended and their certificates, who is
still short of the yearly requirement, and the commendations register.

All data goes through `TrainingOperations` (`operations.training`); attendance and certificate numbers are edited in the
participants table and written at once, a refusal is told and the table shows the stored value again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from partyplan.errors import PartyPlanError
from partyplan.texts import training as words
from partyplan.ui import prompts
from partyplan.ui.export_flow import export_file, written_text
from partyplan.ui.people.picker import PeoplePicker
from partyplan.ui.rows import ID_ROLE, RowsModel, SortProxy
from partyplan.ui.training import models
from partyplan.ui.training.commendation_dialog import CommendationDialog
from partyplan.ui.training.operations import AREA, TrainingOperations
from partyplan.ui.training.requirements_dialog import TrainingRequirementsDialog
from partyplan.ui.training.session_dialog import TrainingSessionDialog

BUTTONS = ("requirements", "hours", "excel", "new_session", "edit_session", "delete_session", "participants",
           "new_commendation", "edit_commendation", "delete_commendation")


class TrainingPage(QWidget):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("training_page")
        self.training: TrainingOperations = operations.training
        self.today = dt.date.today  # a callable, so a test (or a session left open past midnight) sees the day
        self.year = self.today().year
        self.year_combo, self.everyone = QComboBox(), QCheckBox()
        self.year_label, self.summary = QLabel(), QLabel()
        self.titles = {key: QLabel() for key in ("sessions", "participants", "totals", "commendations")}
        self.hint = QLabel()
        self.buttons = {key: QPushButton() for key in BUTTONS}
        self.sessions, self.participants = models.sessions_model(self), models.participants_model(self)
        self.totals, self.commendations = models.totals_model(self), models.commendations_model(self)
        self.tables = {key: QTableView() for key in ("sessions", "participants", "totals", "commendations")}
        self.dialog: QDialog | None = None
        self.last_message = ""
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self.reload)
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        """Read the year again, keeping the session and commendation chosen."""
        session_id, commendation_id = self.selected_session(), self.selected_commendation()
        self._fill_years()
        self.sessions.set_rows(self.training.sessions(self.year))
        self.commendations.set_rows(self.training.commendations(self.year))
        everyone = self.everyone.isChecked()
        self.totals.set_rows(self.training.totals(self.year) if everyone else self.training.shortfalls(self.year))
        self._select("sessions", session_id)
        self._select("commendations", commendation_id)
        self._show_participants()
        self._show_summary()

    def selected_session(self) -> int | None:
        return self._selected("sessions")

    def selected_commendation(self) -> int | None:
        return self._selected("commendations")

    def new_session(self) -> QDialog:
        return self._show(TrainingSessionDialog(self.training, None, self, self._new_day()), self._saved)

    def edit_session(self) -> QDialog | None:
        session_id = self.selected_session()
        row = self.training.session(session_id) if session_id is not None else None
        return self._show(TrainingSessionDialog(self.training, row, self, self.today()), self._saved) if row else None

    def delete_session(self) -> None:
        row = self.training.session(self.selected_session()) if self.selected_session() is not None else None
        if row and prompts.confirm(self, self.tr("Delete training session"), self.tr(
                "Delete the training “%1” of %2 with its participants (%3)? This cannot be undone.")
                .replace("%1", row.data.title).replace("%2", row.data.start.isoformat())
                .replace("%3", str(row.participants))):
            self._try(self.training.delete_session, row.id)

    def choose_participants(self) -> PeoplePicker | None:
        session_id = self.selected_session()
        if session_id is None:
            return None
        chosen = {p.person_id for p in self.participants.rows}
        picker = PeoplePicker(self.training.people(), chosen, self)
        picker.setWindowTitle(self.tr("Participants"))
        picker.accepted.connect(lambda: self._try(self.training.set_participants, session_id, picker.chosen_ids()))
        return self._show(picker)  # type: ignore[return-value]

    def new_commendation(self) -> QDialog:
        return self._show(CommendationDialog(self.training, self.training.people(), None, self, self._new_day()),
                          self._commendation_saved)

    def edit_commendation(self) -> QDialog | None:
        key = self.selected_commendation()
        row = self.training.commendation(key) if key is not None else None
        return self._show(CommendationDialog(self.training, self.training.people(), row, self, self.today()),
                          self._commendation_saved) if row else None

    def delete_commendation(self) -> None:
        key = self.selected_commendation()
        row = self.training.commendation(key) if key is not None else None
        if row and prompts.confirm(self, self.tr("Delete commendation"), self.tr(
                "Delete the commendation “%1” of %2? This cannot be undone.")
                .replace("%1", row.data.title).replace("%2", row.recipient)):
            self._try(self.training.delete_commendation, row.id)

    def edit_requirements(self) -> QDialog:
        return self._show(TrainingRequirementsDialog(self.training, self))

    def show_class_hours(self) -> QDialog:
        """Party members' class hours of the year shown, against the 32 / 56 学时 minimums."""
        from partyplan.ui.training.hours_dialog import ClassHoursDialog

        dialog = ClassHoursDialog(self.training, self.year, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_excel(self) -> None:
        year, language = self.year, self._language()
        export_file(self, self.tr("Export training and commendations"),
                    Path.home() / self.tr("training-%1.xlsx").replace("%1", str(year)),
                    self.tr("Excel workbook (*.xlsx)"),
                    lambda path: self.training.export_xlsx(year, path, language), explain=words.error_message,
                    written=self._written)

    def _written(self, path: Path) -> None:
        self.last_message = written_text(path)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        for key, model in (("sessions", self.sessions), ("participants", self.participants),
                           ("totals", self.totals), ("commendations", self.commendations)):
            self._build_table(key, model)
        actions = {"requirements": self.edit_requirements, "hours": self.show_class_hours, "excel": self.export_excel,
                   "new_session": self.new_session, "edit_session": self.edit_session,
                   "delete_session": self.delete_session, "participants": self.choose_participants,
                   "new_commendation": self.new_commendation, "edit_commendation": self.edit_commendation,
                   "delete_commendation": self.delete_commendation}
        for key, action in actions.items():
            self.buttons[key].clicked.connect(action)
        self.year_combo.currentIndexChanged.connect(lambda _i: self._year_chosen())
        self.everyone.toggled.connect(lambda _on: self.reload())
        self.participants.sig_edit.connect(self._edit_participant, Qt.ConnectionType.QueuedConnection)
        self.tables["sessions"].doubleClicked.connect(lambda _i: self.edit_session())
        self.tables["commendations"].doubleClicked.connect(lambda _i: self.edit_commendation())
        self.tables["participants"].setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                                    | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.summary.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        for widget in (self.year_label, self.year_combo):
            bar.addWidget(widget)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.buttons["requirements"])
        bar.addWidget(self.buttons["hours"])
        bar.addWidget(self.buttons["excel"])
        top, bottom = QSplitter(Qt.Orientation.Horizontal), QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self._pane("sessions", ["new_session", "edit_session", "delete_session"]))
        top.addWidget(self._pane("participants", ["participants"], self.hint))
        bottom.addWidget(self._pane("totals", [self.everyone]))
        bottom.addWidget(self._pane("commendations", ["new_commendation", "edit_commendation", "delete_commendation"]))
        for splitter, sizes in ((top, (620, 400)), (bottom, (420, 600))):
            splitter.setChildrenCollapsible(False)
            splitter.setSizes(list(sizes))
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.addWidget(top)
        rows.addWidget(bottom)
        rows.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(rows, 1)
        self._update_buttons()

    def _build_table(self, key: str, model: RowsModel) -> None:
        proxy = SortProxy(self)
        proxy.setSourceModel(model)
        table = self.tables[key]
        table.setObjectName(f"training_{key}_table")
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        for column, width in enumerate(models.WIDTHS[key]):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(models.STRETCH, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved(key))

    def _pane(self, key: str, tools: list, below: QWidget | None = None) -> QWidget:  # type: ignore[type-arg]
        """A titled table with its own buttons (or check box) on the title's row."""
        pane = QWidget()
        head = QHBoxLayout()
        self.titles[key].setStyleSheet("font-weight: bold;")
        head.addWidget(self.titles[key], 1)
        for tool in tools:
            head.addWidget(self.buttons[tool] if isinstance(tool, str) else tool)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(head)
        column.addWidget(self.tables[key], 1)
        if below is not None:
            column.addWidget(below)
        return pane

    # -- showing -----------------------------------------------------------------------------
    def _fill_years(self) -> None:
        years = sorted(set(self.training.years()) | {self.today().year, self.year}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(self.year))
        self.year_combo.blockSignals(False)

    def _show_participants(self) -> None:
        session_id = self.selected_session()
        self.participants.set_rows(self.training.participants(session_id) if session_id is not None else [])
        row = self.sessions.row_of(session_id) if session_id is not None else None
        name = self.sessions.rows[row].data.title if row is not None else ""
        self.titles["participants"].setText(self.tr("Participants: %1").replace("%1", name) if name
                                            else self.tr("Participants"))
        self.titles["participants"].setToolTip(name)
        self._update_buttons()

    def _show_summary(self) -> None:
        rows = self.sessions.rows
        attended, certificates = sum(r.attended for r in rows), sum(r.certificates for r in rows)
        short = sum(1 for t in self.totals.rows if t.shortfall and not t.archived)
        self.summary.setText(self.tr("Sessions %1 · attendances %2 · certificates %3 · commendations %4")
                             .replace("%1", str(len(rows))).replace("%2", str(attended))
                             .replace("%3", str(certificates)).replace("%4", str(len(self.commendations.rows))))
        self.titles["totals"].setText(self.tr("Training per person (%1)").replace("%1", str(len(self.totals.rows)))
                                      if self.everyone.isChecked()
                                      else self.tr("Short of the yearly requirement (%1)").replace("%1", str(short)))
        self.titles["sessions"].setText(self.tr("Training sessions %1").replace("%1", str(self.year)))
        self.titles["commendations"].setText(self.tr("Commendations %1").replace("%1", str(self.year)))

    def _show(self, dialog: QDialog, on_saved=None) -> QDialog:  # type: ignore[no-untyped-def]
        self.dialog = dialog
        if on_saved is not None:
            dialog.sig_saved.connect(on_saved)  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def _saved(self, session_id: int) -> None:
        """Show the year of the saved session or commendation, and select it."""
        self.set_year(self.training.session(session_id).data.start.year)
        self._select("sessions", session_id)

    def _commendation_saved(self, commendation_id: int) -> None:
        self.set_year(self.training.commendation(commendation_id).data.day.year)
        self._select("commendations", commendation_id)

    def _edit_participant(self, key: tuple[int, int], field: str, value: object) -> None:
        write = self.training.set_attended if field == "attended" else self.training.set_certificate
        if not self._try(write, *key, value):
            self._show_participants()  # the refused value goes, the stored one shows again

    def _try(self, fn, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn(*args)
        except PartyPlanError as exc:
            self.last_message = words.error_message(exc)
            prompts.error(self, self.tr("Training"), self.last_message)
            return False
        return True

    def _selected(self, key: str) -> int | None:
        rows = self.tables[key].selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def _select(self, key: str, item_id: int | None) -> None:
        table, model = self.tables[key], self.sessions if key == "sessions" else self.commendations
        row = model.row_of(item_id) if item_id is not None else None
        if row is None:
            table.selectionModel().clearSelection()
            return
        index = table.model().mapFromSource(model.index(row, 0))  # type: ignore[attr-defined]
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        table.selectionModel().select(index, flags)
        table.scrollTo(index)

    def _selection_moved(self, key: str) -> None:
        if key == "sessions":
            self._show_participants()
        self._update_buttons()

    def _year_chosen(self) -> None:
        if self.year_combo.currentData() is not None:
            self.set_year(int(self.year_combo.currentData()))

    def _new_day(self) -> dt.date:
        """New records of another year start in that year, so they stay on the page."""
        today = self.today()
        return today if today.year == self.year else dt.date(self.year, 1, 1)

    def _on_changed(self, area: str) -> None:
        if area in (AREA, "people", "office"):
            self.reload()

    def _update_buttons(self) -> None:
        has_session, has_commendation = self.selected_session() is not None, self.selected_commendation() is not None
        for key in ("edit_session", "delete_session", "participants"):
            self.buttons[key].setEnabled(has_session)
        for key in ("edit_commendation", "delete_commendation"):
            self.buttons[key].setEnabled(has_commendation)

    def _language(self) -> str:
        """The main window knows the chosen language; on its own the page follows the installed locale."""
        chinese = QLocale().language() == QLocale.Language.Chinese
        return getattr(self.window(), "language", None) or ("zh_CN" if chinese else "en")

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Year"))
        self.everyone.setText(self.tr("Everyone"))
        self.hint.setText(self.tr("Tick who attended; double-click a certificate cell to type its number."))
        for key, text in (("requirements", self.tr("Requirements...")), ("hours", self.tr("Class hours...")),
                          ("excel", self.tr("Excel...")),
                          ("new_session", self.tr("New session...")), ("edit_session", self.tr("Edit...")),
                          ("delete_session", self.tr("Delete...")), ("participants", self.tr("Participants...")),
                          ("new_commendation", self.tr("New commendation...")),
                          ("edit_commendation", self.tr("Edit...")), ("delete_commendation", self.tr("Delete..."))):
            self.buttons[key].setText(text)
        for model in (self.sessions, self.participants, self.totals, self.commendations):
            model.retranslate()
        self._show_summary()
        self._show_participants()

