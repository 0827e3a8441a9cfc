"""Service given: the records of a period, totals per person and per post, and who has not yet met the
yearly target. All data goes through `PostsOperations`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from partyplan.posts import service_records
from partyplan.texts import posts as words
from partyplan.ui import prompts
from partyplan.ui.forms import date_edit
from partyplan.ui.posts.models import (
    PERSON_TOTAL_COLUMNS, POST_TOTAL_COLUMNS, RECORD_COLUMNS, TARGET_COLUMNS,
)
from partyplan.ui.posts.service_dialog import ServiceDialog
from partyplan.ui.posts.widgets import box, select_ids, selected_ids, table, write
from partyplan.ui.rows import RowsModel
from partyplan.ui.widgets import refill_combo

PRESETS = ("year", "quarter", "month", "custom")


def preset_period(preset: str, year: int, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The year shown, or the quarter or month of today (of the year's last month for a past year)."""
    anchor = today if today.year == year else dt.date(year, 12, 1)
    if preset == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if preset == "quarter":
        first = (anchor.month - 1) // 3 * 3 + 1
        end = dt.date(year + 1, 1, 1) if first == 10 else dt.date(year, first + 3, 1)
        return dt.date(year, first, 1), end - dt.timedelta(days=1)
    if preset == "month":
        end = dt.date(year + 1, 1, 1) if anchor.month == 12 else dt.date(year, anchor.month + 1, 1)
        return dt.date(year, anchor.month, 1), end - dt.timedelta(days=1)
    return None


class PostsServicePage(QWidget):
    def __init__(self, posts, year: int | None = None, today: Callable[[], dt.date] = dt.date.today,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[service_records.ServiceRow] = []
        self.setObjectName("posts_service_page")
        self.posts = posts
        self.today = today  # a callable: tests (or a session left open past midnight) see the day
        self.year = year or self.today().year
        self.records_model = RowsModel(RECORD_COLUMNS, self)
        self.person_model = RowsModel(PERSON_TOTAL_COLUMNS, self, key=lambda r: r.person_id)
        self.post_model = RowsModel(POST_TOTAL_COLUMNS, self, key=lambda r: r.post_id)
        self.target_model = RowsModel(TARGET_COLUMNS, self, key=lambda r: r.person_id)
        self.records_table = table(self.records_model, "records_table", (90, 170, 220, 60, 80, 80, 140, 160), stretch=2,
                                   multi=True)
        self.person_table = table(self.person_model, "person_totals_table", (90, 70, 70), stretch=0)
        self.post_table = table(self.post_model, "post_totals_table", (170, 60, 70, 70), stretch=0)
        self.target_table = table(self.target_model, "target_table", (90, 70, 70), stretch=0)
        self.preset = QComboBox()
        self.start, self.end = date_edit(dt.date(self.year, 1, 1)), date_edit(dt.date(self.year, 12, 31))
        self.search = QLineEdit()
        self.buttons = {key: QPushButton() for key in ("record", "edit", "delete")}
        self.period_label, self.to_label, self.summary, self.target_text = QLabel(), QLabel(), QLabel(), QLabel()
        self.person_box, self.post_box = box(self.person_table), box(self.post_table)
        self.target_box = box(self.target_text, self.target_table)
        self.dialog: QDialog | None = None
        self._target_hours, self._expected = 0.0, 0
        self.year_hours: dict[int, float] | None = None  # hours per person in the year, when the period is the year
        self._build()
        self.retranslate()
        self.set_year(self.year)

    # -- public ------------------------------------------------------------------------------
    @property
    def period(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def set_year(self, year: int) -> None:
        self.year = year
        self._apply_preset()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        chosen = selected_ids(self.records_table)
        start, end = self.period
        served = None  # hours per person in the year shown, when the period is that year
        if end < start:
            self.summary.setText(words.problem("period", "end_before_start"))
            self._records = []
            for model in (self.records_model, self.person_model, self.post_model):
                model.set_rows([])
        else:
            period = self.posts.period_service(start, end)
            self._records = period.records
            self.records_model.set_rows(service_records.filter_rows(self._records, self.search.text()))
            self.person_model.set_rows(period.people)
            self.post_model.set_rows(period.posts)
            self._show_summary()
            if (start, end) == (dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)):
                served = {t.person_id: t.hours for t in period.people}
        self.year_hours = served
        select_ids(self.records_table, chosen)
        self._load_target(served)
        self._update_buttons()

    def _apply_search(self) -> None:
        """Typing filters the records already read; only a new period or a change reads the store again."""
        chosen = selected_ids(self.records_table)
        self.records_model.set_rows(service_records.filter_rows(self._records, self.search.text()))
        select_ids(self.records_table, chosen)
        self._update_buttons()

    def record_service(self) -> QDialog:
        return self._open(None)

    def edit_selected(self) -> QDialog | None:
        ids = selected_ids(self.records_table)
        return self._open(self.posts.record(ids[0])) if len(ids) == 1 else None

    def delete_selected(self) -> None:
        ids = selected_ids(self.records_table)
        if not ids:
            return
        question = self.tr("Delete the chosen service records (%1)? The hours leave every total. This cannot be undone.") \
            .replace("%1", str(len(ids)))
        if prompts.confirm(self, self.tr("Delete service records"), question):
            for record_id in ids:
                if not write(self, self.tr("Delete service records"), self.posts.delete_record, record_id):
                    return

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.preset.currentIndexChanged.connect(lambda _i: self._apply_preset())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self._custom_period())
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.search.setMaximumWidth(260)
        self.search.textChanged.connect(lambda _t: self._apply_search())
        for key, slot in (("record", self.record_service), ("edit", self.edit_selected),
                          ("delete", self.delete_selected)):
            self.buttons[key].clicked.connect(slot)
        self.records_table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.records_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.target_text.setWordWrap(True)
        top = QHBoxLayout()
        for widget in (self.period_label, self.preset, self.start, self.to_label, self.end, self.search):
            top.addWidget(widget)
        top.addStretch(1)
        actions = QHBoxLayout()
        for key in ("record", "edit", "delete"):
            actions.addWidget(self.buttons[key])
        actions.addSpacing(12)
        actions.addWidget(self.summary, 1)
        totals = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.person_box, self.post_box, self.target_box):
            totals.addWidget(widget)
        totals.setSizes([330, 400, 370])
        whole = QSplitter(Qt.Orientation.Vertical)
        whole.addWidget(self.records_table)
        whole.addWidget(totals)
        whole.setStretchFactor(0, 3)
        whole.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(whole, 1)

    def _apply_preset(self) -> None:
        period = preset_period(self.preset.currentData() or "year", self.year, self.today())
        if period is not None:
            self.set_period(*period)
        else:
            self.reload()

    def _custom_period(self) -> None:
        if self.preset.currentData() != "custom":
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self.preset.blockSignals(False)
        self.reload()

    def _open(self, record) -> QDialog:  # type: ignore[no-untyped-def]
        dialog = ServiceDialog(self.posts, self.posts.posts(include_archived=True), self.posts.people(),
                               self.posts.members(), record, self, self.today())
        dialog.sig_saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, record_id: int) -> None:
        select_ids(self.records_table, [record_id])
        if record_id not in selected_ids(self.records_table):
            prompts.info(self, self.tr("Service"), self.tr("Saved. The record is not listed because its date lies "
                                                           "outside the period shown, or outside the search."))

    # -- showing -----------------------------------------------------------------------------
    def _show_summary(self) -> None:
        hours = sum(r.hours for r in self.person_model.rows)
        self.summary.setText(self.tr("Records: %1 · %2 · people serving: %3").replace(
            "%1", str(self.records_model.rowCount())).replace("%2", words.hours_text(hours)).replace(
            "%3", str(self.person_model.rowCount())))

    def _load_target(self, served: dict[int, float] | None = None) -> None:
        rows = self.posts.target_status(self.year, served)
        self._expected = len(rows)
        self.target_model.set_rows([r for r in rows if not r.met])
        self._target_hours = rows[0].target if rows else self.posts.settings().yearly_target_hours
        self._show_target()

    def _show_target(self) -> None:
        unmet, target = self.target_model.rows, self._target_hours
        self.target_box.setTitle(self.tr("Yearly target %1: not met yet").replace("%1", str(self.year)))
        self.target_text.setText(
            self.tr("At least %1 a year. %2 of %3 party members and volunteers have not reached it yet.")
            .replace("%1", words.hours_text(target)).replace("%2", str(len(unmet))).replace("%3", str(self._expected)))

    def _update_buttons(self) -> None:
        ids = selected_ids(self.records_table)
        self.buttons["edit"].setEnabled(len(ids) == 1)
        self.buttons["delete"].setEnabled(bool(ids))

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Period"))
        self.to_label.setText(self.tr("to"))
        refill_combo(self.preset, [(self.tr("Whole year"), "year"), (self.tr("Quarter"), "quarter"),
                                   (self.tr("Month"), "month"), (self.tr("Custom"), "custom")])
        self.search.setPlaceholderText(self.tr("Search activity, place, names"))
        for key, text in (("record", self.tr("Record service...")), ("edit", self.tr("Edit...")),
                          ("delete", self.tr("Delete..."))):
            self.buttons[key].setText(text)
        self.buttons["record"].setToolTip(self.tr("One activity for one person or a whole group, the same hours each"))
        self.person_box.setTitle(self.tr("Per person"))
        self.post_box.setTitle(self.tr("Per post"))
        for model in (self.records_model, self.person_model, self.post_model, self.target_model):
            model.retranslate()
        self._show_summary()
        self._show_target()
