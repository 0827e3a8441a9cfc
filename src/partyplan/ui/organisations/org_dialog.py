"""Add a party committee, general branch, branch or party group, or rename or move one. What may stand
under what is the service's rule (`organisations.service.PARENTS`); a refusal shows at its field."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from partyplan.enums import OrgKind
from partyplan.organisations import InvalidOrganisation
from partyplan.organisations.service import NAME_MAX, OrgData, OrgRow
from partyplan.texts import organisations as words
from partyplan.ui.forms import FieldForm
from partyplan.ui.organisations.operations import OrganisationsOperations
from partyplan.ui.widgets import refill_combo

KIND_ORDER = (OrgKind.COMMITTEE, OrgKind.GENERAL_BRANCH, OrgKind.BRANCH, OrgKind.GROUP)
CHILD_KIND = {None: OrgKind.BRANCH, OrgKind.COMMITTEE: OrgKind.BRANCH, OrgKind.GENERAL_BRANCH: OrgKind.BRANCH,
              OrgKind.BRANCH: OrgKind.GROUP, OrgKind.GROUP: OrgKind.GROUP}


class OrgDialog(FieldForm):
    """`row` None: a new unit, under `parent` (the one selected on the page) by default."""

    ROWS = {"organisation": "parent"}

    def __init__(self, orgs: OrganisationsOperations, row: OrgRow | None = None, parent_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("org_dialog")
        self._orgs, self._row = orgs, row
        self.kind, self.name, self.parent_org = QComboBox(), QLineEdit(), QComboBox()
        self.name.setMaxLength(NAME_MAX)
        tree = orgs.orgs()
        under = below(tree, row.id) if row else set()
        self._choices = [r for r in tree if r.id not in under and r.kind is not OrgKind.GROUP]
        self.add_row("kind", self.kind)
        self.add_row("name", self.name)
        self.add_row("parent", self.parent_org)
        self.retranslate()
        if row is not None:
            self.kind.setCurrentIndex(self.kind.findData(row.kind.value))
            self.name.setText(row.name)
            self.parent_org.setCurrentIndex(max(0, self.parent_org.findData(row.parent_id)))
        else:
            kinds = {r.id: r.kind for r in tree}
            self.parent_org.setCurrentIndex(max(0, self.parent_org.findData(parent_id)))
            self.kind.setCurrentIndex(self.kind.findData(CHILD_KIND[kinds.get(parent_id)].value))
        self.name.textEdited.connect(lambda _t: self.clear_problems())
        self.setMinimumWidth(460)

    def data(self) -> OrgData:
        return OrgData(OrgKind(self.kind.currentData()), self.name.text(), self.parent_org.currentData())

    def accept(self) -> None:
        self.clear_problems()
        try:
            if self._row is None:
                org_id = self._orgs.create(self.data())
            else:
                self._orgs.update(self._row.id, self.data())
                org_id = self._row.id
        except InvalidOrganisation as exc:
            self.show_text(exc.field, words.problem(exc.field, exc.code))
            return
        self.sig_saved.emit(org_id)
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New organisation") if self._row is None else self.tr("Edit organisation"))
        self.set_labels({"kind": self.tr("Kind"), "name": self.tr("Name *"), "parent": self.tr("Stands under")})
        refill_combo(self.kind, [(words.kind_label(k), k.value) for k in KIND_ORDER])
        refill_combo(self.parent_org, [(self.tr("(none: at the top)"), None)]
                     + [("    " * r.depth + r.name, r.id) for r in self._choices])


def below(tree: list[OrgRow], org_id: int) -> set[int]:
    """The unit and everything under it: where it cannot be moved."""
    found = {org_id}
    for row in tree:  # tree order: a parent comes before its children
        if row.parent_id in found:
            found.add(row.id)
    return found


def path_label(row: OrgRow, tree: list[OrgRow]) -> str:
    """A party group as "branch › group", so a closed combo still says whose group it is; others by name."""
    if row.kind is OrgKind.GROUP:
        parent = next((r for r in tree if r.id == row.parent_id), None)
        if parent is not None:
            return f"{parent.name} › {row.name}"
    return row.name
