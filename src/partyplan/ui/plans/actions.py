"""What the Plans tab's buttons do: dialogs, confirmations and exports, kept apart from the layout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from partyplan.plans.service import ItemNode
from partyplan.ui import prompts
from partyplan.ui.export_flow import export_file
from partyplan.ui.people.picker import PeoplePicker
from partyplan.ui.plans import commands
from partyplan.ui.plans.plan_dialog import PlanDialog
from partyplan.ui.plans.target_dialogs import ActualDialog, TargetDialog

if TYPE_CHECKING:
    from partyplan.ui.plans.tab import PlansTab


class PlanActions:
    def __init__(self, tab: PlansTab) -> None:
        self.tab = tab
        self.dialog = None  # the dialog last opened, for tests and for keeping it alive

    @property
    def plans(self):  # type: ignore[no-untyped-def]
        return self.tab.plans

    def tr(self, text: str) -> str:
        """Not a QObject: translate under this class's own context, the one lupdate files the strings in."""
        return QCoreApplication.translate("PlanActions", text)

    # -- plans -------------------------------------------------------------------------------
    def new_plan(self) -> PlanDialog:
        dialog = PlanDialog(self.plans.create, None, self.tab.ops.office_name(), self.tab)
        dialog.accepted.connect(lambda: self.tab.reload_plans(select=dialog.saved_id))
        return self._open(dialog)

    def edit_plan(self) -> PlanDialog | None:
        tree = self.tab.model.tree
        if tree is None:
            return None
        plan_id = tree.plan.id
        dialog = PlanDialog(lambda data: self.plans.update(plan_id, data), tree.plan, "", self.tab)
        dialog.accepted.connect(lambda: self.tab.reload_plans(select=plan_id))
        return self._open(dialog)

    def delete_plan(self) -> None:
        tree = self.tab.model.tree
        if tree is None:
            return
        question = self.tr("Delete the plan “%1” with all its sections, items, notes and targets? "
                           "This cannot be undone.").replace("%1", tree.plan.title)
        if prompts.confirm(self.tab, self.tr("Delete plan"), question):
            self.plans.delete(tree.plan.id)
            self.tab.reload_plans()

    def copy_plan(self) -> None:
        tree = self.tab.model.tree
        if tree is None:
            return
        year = prompts.pick_year(self.tab, self.tr("Copy to year"), self.tr(
            "Copy this plan into the year (items start again as not started; recurring items are kept):"),
            tree.plan.year + 1, 2000, tree.plan.year + 10)
        if year is None:
            return
        new_id = self.plans.copy_to(tree.plan.id, year)
        self.tab.reload_plans(select=new_id)

    def import_plan(self):  # type: ignore[no-untyped-def]
        from partyplan.ui.plans.import_dialog import PlanImportDialog

        dialog = PlanImportDialog(self.plans, self.tab.ops.office_name(), self.tab)
        dialog.accepted.connect(lambda: self.tab.reload_plans(select=dialog.saved_id))
        return self._open(dialog)

    def export_docx(self) -> None:
        self._export(".docx", self.tr("Word document (*.docx)"),
                     lambda plan_id, path: self.plans.export_docx(plan_id, path))

    def export_xlsx(self) -> None:
        language = getattr(self.tab.window(), "language", "zh_CN")
        self._export(".xlsx", self.tr("Excel workbook (*.xlsx)"),
                     lambda plan_id, path: self.plans.export_xlsx(plan_id, path, language))

    def _export(self, suffix: str, file_filter: str, write) -> None:  # type: ignore[no-untyped-def]
        tree = self.tab.model.tree
        if tree is None:
            return
        plan_id = tree.plan.id
        export_file(self.tab, self.tr("Export plan"), Path.home() / f"{tree.plan.title}{suffix}", file_filter,
                    lambda path: write(plan_id, path))

    # -- sections and items ------------------------------------------------------------------
    def add_section(self) -> None:
        tree = self.tab.model.tree
        if tree is None:
            return
        plan_id = tree.plan.id
        command = commands.AddCommand(self.plans, "section", lambda: self.plans.add_section(
            plan_id, self.tr("New section")), self.tr("Add section"))
        self.tab.push(command)
        self.tab.select_key(("section", command.key))

    def add_item(self) -> None:
        key = self.tab.selected_key()
        node = self.tab.model.node(self.tab.model.index_of(key)) if key else None
        while node is not None and node.kind != "section":
            node = node.parent
        if node is None:
            tree = self.tab.model.tree
            if tree is None or not tree.sections:
                prompts.info(self.tab, self.tr("Add item"), self.tr("Add a section first, then items into it."))
                return
            section_id = tree.sections[-1].id
        else:
            section_id = node.data.id
        command = commands.AddCommand(self.plans, "item", lambda: self.plans.add_item(
            section_id, self.tr("New item")), self.tr("Add item"))
        self.tab.push(command)
        self.tab.select_key(("item", command.key))

    def delete_selected(self) -> None:
        key = self.tab.selected_key()
        if key is None:
            return
        text = self.tr("Delete section") if key[0] == "section" else self.tr("Delete item")
        self.tab.push(commands.DeleteCommand(self.plans, key[0], key[1], text))

    def choose_people(self, item_id: int) -> PeoplePicker | None:
        node = self.tab.model.node(self.tab.model.index_of(("item", item_id)))
        if node is None or not isinstance(node.data, ItemNode):
            return None
        before = [pid for pid, _name in node.data.people]
        dialog = PeoplePicker(self.tab.ops.people(), set(before), self.tab)
        dialog.accepted.connect(lambda: self._set_people(item_id, before, dialog.chosen_ids()))
        return self._open(dialog)

    def _set_people(self, item_id: int, before: list[int], after: list[int]) -> None:
        if sorted(before) != sorted(after):
            self.tab.push(commands.PeopleCommand(self.plans, item_id, before, after, self.tr("Responsible people")))

    # -- targets -----------------------------------------------------------------------------
    def add_target(self) -> TargetDialog | None:
        tree = self.tab.model.tree
        if tree is None:
            return None
        plan_id = tree.plan.id
        return self._open(TargetDialog(lambda data: self.plans.add_target(plan_id, data), None, self.tab))

    def edit_target(self) -> TargetDialog | None:
        target = self._selected_target()
        if target is None:
            return None
        return self._open(TargetDialog(lambda data: self.plans.update_target(target.id, data), target, self.tab))

    def record_actual(self) -> ActualDialog | None:
        target = self._selected_target()
        if target is None:
            return None
        if target.source:
            prompts.info(self.tab, self.tr("Record actual value"), self.tr(
                "This target's actual value is computed from the People register; edit the target to type "
                "values in instead."))
            return None
        dialog = ActualDialog(target, self.tab)
        dialog.accepted.connect(lambda: self.plans.add_actual(target.id, *dialog.values()))
        return self._open(dialog)

    def delete_target(self) -> None:
        target = self._selected_target()
        if target and prompts.confirm(self.tab, self.tr("Delete target"),
                                      self.tr("Delete the target “%1”?").replace("%1", target.indicator)):
            self.plans.delete_target(target.id)

    def _selected_target(self):  # type: ignore[no-untyped-def]
        rows = self.tab.targets.selectionModel().selectedRows()
        return self.tab.targets_model.row_at(rows[0].row()) if rows else None

    def _open(self, dialog):  # type: ignore[no-untyped-def]
        self.dialog = dialog
        dialog.open()
        return dialog
