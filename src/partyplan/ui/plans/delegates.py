"""Editing the status column in place with a drop-down of the five statuses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from partyplan.enums import ItemStatus
from partyplan.texts import plans as plan_texts


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]
        combo = QComboBox(parent)
        for status in ItemStatus:
            combo.addItem(plan_texts.status_label(status), status.value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index) -> None:  # type: ignore[no-untyped-def]
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:  # type: ignore[no-untyped-def]
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
