"""Settings: the office's name (kept in the database) and the interface language (kept per user)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from partyplan.i18n import LANGUAGE_NAMES
from partyplan.office import OFFICE_NAME_MAX
from partyplan.ui.unsaved import GuardedDialog


class SettingsDialog(GuardedDialog):
    def __init__(self, office_name: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.office = QLineEdit(office_name)
        self.office.setMaxLength(OFFICE_NAME_MAX)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:  # each language named in itself, so anyone can find theirs
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.office_label = QLabel()
        self.language_label = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.office_label, self.office)
        form.addRow(self.language_label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def values(self) -> tuple[str, str]:
        return self.office.text().strip(), str(self.language.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.office_label.setText(self.tr("Office name"))
        self.language_label.setText(self.tr("Language"))
        self.office.setPlaceholderText(self.tr("e.g. 柳北桥社区党委"))
        self.hint.setText(self.tr("The office name is stored in the database and printed on reports; "
                                  "the language applies to this computer."))
