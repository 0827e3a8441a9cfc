"""What the Volunteer Posts dialogs share: a form whose every row has an error line under its field,
and a searchable check list of people (one or many at once).

A refusal from the services is shown under the field it concerns and the dialog stays open, so nothing
typed is lost; only the services decide what is acceptable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCollator, QEvent, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from partyplan.posts.service import InvalidPost, PostsNotFound
from partyplan.posts.service_records import InvalidService
from partyplan.posts.visits import InvalidVisit
from partyplan.texts import posts as words
from partyplan.ui import prompts
from partyplan.ui.forms import REFUSED, FieldForm
from partyplan.ui.unsaved import ignore_changes

ID_ROLE = Qt.ItemDataRole.UserRole


class PostsForm(FieldForm):
    ERROR_WIDTH = 240

    def __init__(self, operations, parent: QWidget | None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.posts = operations

    def show_problem(self, field: str, code: str, people: tuple[str, ...] = ()) -> None:
        """One problem under its row; a field without a row is told in a message box."""
        self.clear_problems()
        self.show_text(field, words.problem(field, code, people))

    def attempt(self, fn: Callable[..., object], *args, **kwargs) -> object:  # type: ignore[no-untyped-def]
        """One write; a refused one is shown at its field and the dialog stays open."""
        self.clear_problems()
        try:
            return fn(*args, **kwargs)
        except (InvalidPost, InvalidService, InvalidVisit) as exc:
            self.show_problem(exc.field, exc.code, exc.people)
        except PostsNotFound as exc:
            prompts.error(self, self.windowTitle(), words.error_message(exc))
            self.reject()
        return REFUSED


class PeopleChecklist(QWidget):
    """Search and tick people; the count of those ticked is shown under the list."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        ignore_changes(self.search)  # narrowing the list is not typing to keep
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setMinimumHeight(150)
        self.count = QLabel()
        self._quiet = False  # while filling or ticking many, tell once at the end
        self.model.itemChanged.connect(lambda _item: None if self._quiet else self._changed())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.retranslate()

    def set_people(self, people: list[tuple[int, str]], chosen: set[int], first: set[int] | None = None) -> None:
        """Fill the list: those already chosen (so an edit shows who was there), then those in `first`
        (e.g. people without a post), then everyone else; by pinyin within each group."""
        self._quiet = True
        self.model.clear()
        collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        first = first or set()
        for person_id, text in sorted(people, key=lambda p: (p[0] not in chosen, p[0] not in first,
                                                             collator.sortKey(p[1]))):
            entry = QStandardItem(text)
            entry.setData(person_id, ID_ROLE)
            entry.setCheckable(True)
            entry.setEditable(False)
            entry.setCheckState(Qt.CheckState.Checked if person_id in chosen else Qt.CheckState.Unchecked)
            self.model.appendRow(entry)
        self._quiet = False
        self._changed()

    def chosen_ids(self) -> list[int]:
        return [int(self.model.item(n).data(ID_ROLE)) for n in range(self.model.rowCount())
                if self.model.item(n).checkState() == Qt.CheckState.Checked]

    def set_checked(self, ids: set[int] | list[int], checked: bool = True) -> None:
        wanted = set(ids)
        self._quiet = True
        for n in range(self.model.rowCount()):
            entry = self.model.item(n)
            if entry.data(ID_ROLE) in wanted:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._quiet = False
        self._changed()

    def _changed(self) -> None:
        self.count.setText(self.tr("%1 chosen").replace("%1", str(len(self.chosen_ids()))))
        self.sig_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names"))
        self._changed()
