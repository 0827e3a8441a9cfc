"""File > Restore...: pick a backup, see what it holds, confirm, and only then replace the database.

The list shows this database's automatic backups, newest first, found by the database's identity (never
another database's that has the same file name); backups made by earlier versions, which cannot say whose
they are, are listed for a database of the same file name and marked so. "Other file..." adds a copy made
with Back up now (a USB stick); a copy of another database says so. Selecting one shows its preview (when, why, schema, how many records) or the
reason it cannot be restored. Restore asks once more; the window then does the restore (which backs the
current file up first) through `partyplan.ui.data_safety`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partyplan import texts
from partyplan.errors import PartyPlanError
from partyplan.exchange import restore, rotation
from partyplan.ui import prompts

BACKUP_FILTER = "PartyPlan (*.sqlite3 *.sqlite *.db);;*"
COUNTED = ("people", "plans", "plan_items", "rosters", "meetings", "duty_log_entries", "volunteer_posts",
           "household_visits")


class RestoreDialog(QDialog):
    def __init__(self, store: Path, backups: list[rotation.Backup], parent: QWidget | None = None,
                 store_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.store = store
        self.store_id = store_id
        self.chosen: Path | None = None
        self.preview: restore.BackupPreview | None = None
        self._paths: list[Path] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backup_list")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setObjectName("backup_preview")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.other = QPushButton()
        self.other.setObjectName("other_file")
        self.other.clicked.connect(self.choose_other_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.other)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        for backup in backups:
            why = reason_label(backup.reason)
            if backup.legacy:
                why = self.tr("%1 (earlier version)").replace("%1", why)
            self._add(backup.path, backup.taken_at.strftime("%Y-%m-%d %H:%M:%S"), why)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.resize(680, 460)
        self.retranslate()
        if backups:
            self.table.selectRow(0)
        else:
            self._show(None)

    # -- public --------------------------------------------------------------------------------------
    def select_path(self, path: Path) -> None:
        """Select `path`, adding it to the list if it is not an automatic backup."""
        path = Path(path)
        if path not in self._paths:
            named = rotation.parse_name(path)
            when = named.taken_at.strftime("%Y-%m-%d %H:%M:%S") if named else ""
            self._add(path, when, reason_label(named.reason if named else ""))
        self.table.selectRow(self._paths.index(path))

    def choose_other_file(self) -> None:
        path = prompts.open_file(self, self.tr("Restore from a backup"), BACKUP_FILTER)
        if path:
            self.select_path(Path(path))

    def confirm(self) -> None:
        if self.preview is None:
            return
        question = (self.tr("Replace everything in %1 with the backup from %2?\n\nThe database as it is now is "
                            "backed up first, so this can be undone by restoring that copy.")
                    .replace("%1", str(self.store)).replace("%2", self.preview.taken_at.strftime("%Y-%m-%d %H:%M")))
        if prompts.confirm(self, self.tr("Restore from a backup"), question):
            self.chosen = self.preview.path
            self.accept()

    # -- private -------------------------------------------------------------------------------------
    def _add(self, path: Path, when: str, why: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        size = f"{path.stat().st_size / 1024:.0f} KB" if path.exists() else ""
        for column, value in enumerate((when, why, f"{path.name}  ({size})")):
            item = QTableWidgetItem(value)
            item.setToolTip(str(path))
            self.table.setItem(row, column, item)
        self._paths.append(path)

    def _on_selection(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        self._show(self._paths[min(rows)] if rows else None)

    def _show(self, path: Path | None) -> None:
        self.preview = None
        if path is None:
            self.details.setText(self.tr("No backup of this database was found yet. Use \"Other file...\" to "
                                         "choose a copy made with Back up now."))
        else:
            try:
                self.preview = restore.preview_backup(path)
            except PartyPlanError as exc:
                self.details.setText(self.tr("This file cannot be restored: %1").replace("%1", texts.error_message(exc)))
            else:
                self.details.setText(self.describe(self.preview))
        self.restore_button.setEnabled(self.preview is not None)

    def describe(self, preview: restore.BackupPreview) -> str:
        labels = {
            "people": self.tr("People"), "plans": self.tr("Plans"), "plan_items": self.tr("Plan items"),
            "rosters": self.tr("Monthly rosters"), "meetings": self.tr("Meetings"),
            "duty_log_entries": self.tr("Duty log entries"), "volunteer_posts": self.tr("Volunteer posts"),
            "household_visits": self.tr("Household visits"),
        }
        counts = [f"{labels[name]}: {preview.counts[name]}" for name in COUNTED if name in preview.counts]
        lines = [
            self.tr("Taken: %1 (%2)").replace("%1", preview.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
            .replace("%2", reason_label(preview.reason)),
            texts.list_separator().join(counts),
            self.tr("Records in all: %1").replace("%1", str(preview.total_rows)),
            self.tr("File: %1").replace("%1", str(preview.path)),
        ]
        if preview.needs_upgrade:
            lines.append(self.tr("Written by an older version: it is upgraded when it is opened."))
        if preview.store is None:
            lines.append(self.tr("Made by an earlier version of PartyPlan, which did not record which database a "
                                 "backup belongs to: it may be a backup of another database with the same file "
                                 "name. Check the records above before restoring it."))
        elif self.store_id is not None and not preview.is_of(self.store_id):
            lines.append(self.tr("This is a copy of another database, not of this one: restoring it replaces "
                                 "everything in this database with that database's records."))
        return "\n".join(line for line in lines if line)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(self.tr("Choose the backup to put back into %1. Automatic backups are made on exit, "
                                   "before upgrades and before every restore.").replace("%1", str(self.store)))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("File")])
        self.other.setText(self.tr("Other file..."))
        self.restore_button.setText(self.tr("Restore..."))
        if self.preview is not None:
            self.details.setText(self.describe(self.preview))


def reason_label(reason: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if reason.startswith("before-upgrade"):
        return translate("RestoreDialog", "before an upgrade")
    return {
        "on-exit": translate("RestoreDialog", "on exit"),
        "before-restore": translate("RestoreDialog", "before a restore"),
        "manual": translate("RestoreDialog", "backed up by hand"),
        "": translate("RestoreDialog", "a chosen file"),
    }.get(reason, reason)
