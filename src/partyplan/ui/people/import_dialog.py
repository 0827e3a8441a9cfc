"""Preview of a people sheet before anything is written: every row, its fate, and why."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from partyplan import texts
from partyplan.errors import PartyPlanError
from partyplan.texts import people_import as import_texts
from partyplan.ui import prompts
from partyplan.ui.operations import Operations

PREVIEW_FIELDS = ("name", "gender", "birth_date", "phone", "roles", "party_category", "unit", "address")
STATUS_COLOURS = {"invalid": "#fde2e1", "duplicate": "#fff4cc", "warned": "#e3f0fb"}

Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, preview, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows = preview.rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PREVIEW_FIELDS) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Result")
        if section == len(PREVIEW_FIELDS) + 2:
            return self.tr("Reason")
        return texts.field_label(PREVIEW_FIELDS[section - 2])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            status = "warned" if row.status == "ok" and row.warnings else row.status
            return QBrush(QColor(STATUS_COLOURS[status])) if status in STATUS_COLOURS else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return str(row.line)
        if column == 1:
            return self.status_text(row.status)
        if column == len(PREVIEW_FIELDS) + 2:
            return self.reason_text(row)
        return row.values.get(PREVIEW_FIELDS[column - 2], "")

    def status_text(self, status: str) -> str:
        return {
            "ok": self.tr("Will be imported"),
            "invalid": self.tr("Not imported"),
            "duplicate": self.tr("Duplicate, skipped"),
        }[status]

    def reason_text(self, row) -> str:  # type: ignore[no-untyped-def]
        return "; ".join(text for text in (import_texts.row_reasons(row), texts.formula_warning(row.values)) if text)


class ImportDialog(QDialog):
    def __init__(self, operations: Operations, preview, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self._ops = operations
        self.preview = preview
        self.imported = 0
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(ImportPreviewModel(preview, self))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 560)
        self.retranslate()

    def accept(self) -> None:
        """Writes off the GUI thread with a progress bar; Cancel (or a refusal) adds nobody and keeps
        the preview open, so the user can try again or close it."""
        from partyplan.ui import background

        title = self.tr("Import people")

        def failed(exc: BaseException) -> None:
            from partyplan.people.sheet_import import ImportCancelled

            if isinstance(exc, ImportCancelled):
                return
            if not isinstance(exc, PartyPlanError):
                raise exc
            prompts.error(self, title, texts.error_message(exc))

        self.buttons.setEnabled(False)  # one import at a time; they come back when it ended either way
        job = background.start(
            self, title, self.tr("Adding people (%1)...").replace("%1", str(len(self.preview.ok_rows))),
            lambda report, stopped: self._ops.apply_import(self.preview, report, stopped), keep_finished=True,
            done=self._imported, failed=failed)
        job.sig_ended.connect(lambda _outcome: self.buttons.setEnabled(True))

    def _imported(self, imported: int) -> None:
        self.imported = imported
        self._ops.changed("people")
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        p = self.preview
        ok = len(p.ok_rows)
        self.setWindowTitle(self.tr("Import people from %1").replace("%1", p.path.name))
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText(self.tr("Import people (%1)").replace("%1", str(ok)))
        text = (
            self.tr("Rows read: %1 · to import: %2 · with problems: %3 · duplicates: %4. "
                    "Nothing is written until you press “%5”.")
            .replace("%1", str(len(p.rows)))
            .replace("%2", str(ok))
            .replace("%3", str(len(p.invalid_rows)))
            .replace("%4", str(len(p.duplicate_rows)))
            .replace("%5", ok_button.text())  # the button's own words, so the hint names what is on screen
        )
        if p.warned_rows:
            text += "\n" + self.tr("%1 of the rows to import have a note (in blue): look at them before importing.").replace(
                "%1", str(len(p.warned_rows)))
        if notice := import_texts.sheet_notice(p):
            text += "\n" + notice
        if p.ignored_headers:
            text += "\n" + self.tr("Columns ignored: %1").replace("%1", ", ".join(p.ignored_headers))
        self.summary.setText(text)
        ok_button.setEnabled(ok > 0)
