"""Assign to…: put the people chosen in the register or on the Branches page in one branch or party
group (or in none). A person belongs to one unit, so this moves them from wherever they were."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from partyplan.organisations import InvalidOrganisation
from partyplan.organisations.service import OrgRow
from partyplan.texts import organisations as words
from partyplan.ui.forms import FieldForm
from partyplan.ui.organisations.operations import OrganisationsOperations
from partyplan.ui.organisations.org_dialog import path_label
from partyplan.ui.widgets import refill_combo

NONE = -1  # the combo's value for "in no branch" (None would read as "nothing chosen")


class AssignDialog(FieldForm):
    ROWS = {"organisation": "unit", "people": "unit"}

    def __init__(self, orgs: OrganisationsOperations, person_ids: list[int], names: list[str],
                 current: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assign_dialog")
        self._orgs, self.person_ids, self._names = orgs, list(person_ids), names
        self._tree: list[OrgRow] = orgs.orgs()
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.unit = QComboBox()
        self.add_row("who", self.who)
        self.add_row("unit", self.unit)
        self.retranslate()
        self.unit.setCurrentIndex(max(0, self.unit.findData(current if current is not None else NONE)))
        self.setMinimumWidth(420)

    def chosen(self) -> int | None:
        value = self.unit.currentData()
        return None if value in (None, NONE) else int(value)

    def choose(self, org_id: int | None) -> None:
        self.unit.setCurrentIndex(self.unit.findData(NONE if org_id is None else org_id))

    def accept(self) -> None:
        self.clear_problems()
        try:
            self._orgs.assign(self.person_ids, self.chosen())
        except InvalidOrganisation as exc:
            self.show_text(exc.field, words.problem(exc.field, exc.code))
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign to a branch or party group"))
        self.set_labels({"who": self.tr("People"), "unit": self.tr("Belong to")})
        shown = "、".join(self._names[:8]) + ("…" if len(self._names) > 8 else "")
        self.who.setText(self.tr("%1 (%2)").replace("%1", shown).replace("%2", str(len(self.person_ids))))
        items: list[tuple[str, object]] = [(self.tr("(no branch)"), NONE)]
        for row in self._tree:
            if row.is_unit:
                items.append((path_label(row, self._tree), row.id))
        refill_combo(self.unit, items)
