"""Choose people from the register: a searchable list with check boxes (archived people left out)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListView, QVBoxLayout, QWidget

from partyplan.people.service import PersonRow
from partyplan.ui.people.models import roles_text
from partyplan.ui.unsaved import ignore_changes


class PeoplePicker(QDialog):
    def __init__(self, people: list[PersonRow], chosen: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_picker")
        self.setWindowTitle(self.tr("Choose people"))
        self.model = QStandardItemModel(self)
        for person in people:
            if person.archived and person.id not in chosen:
                continue
            entry = QStandardItem(f"{person.name}  ({roles_text(person.roles)})" if person.roles else person.name)
            entry.setData(person.id, Qt.ItemDataRole.UserRole)
            entry.setCheckable(True)
            entry.setCheckState(Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked)
            entry.setEditable(False)
            self.model.appendRow(entry)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        ignore_changes(self.search)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self.proxy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(360, 480)

    def chosen_ids(self) -> list[int]:
        return [
            int(self.model.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, person_id: int, checked: bool) -> None:
        for row in range(self.model.rowCount()):
            entry = self.model.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == person_id:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
