"""The member structure of a year (党员队伍结构), as the superior committee asks for it: the whole membership
on the roll and the year's new members side by side, each figure as a count and a share of its whole;
ages, women and minorities on the left, education and occupation on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from partyplan import texts
from partyplan.enums import Education, Occupation
from partyplan.members.structure import AGE_BANDS, UNKNOWN, Figures, Structure
from partyplan.texts import members as member_words
from partyplan.ui.members.operations import AREA, MembersOperations
from partyplan.ui.rows import Column, RowsModel

SECTION_FILL = QColor("#e8eef7")
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Line:
    id: str
    label: Callable[[], str]
    count: Callable[[Figures], int] | None  # None: a section's heading


def age_label(key: str) -> str:
    return {
        "30_under": translate("StructurePage", "30 and under"), "31_35": translate("StructurePage", "31 to 35"),
        "36_45": translate("StructurePage", "36 to 45"), "46_55": translate("StructurePage", "46 to 55"),
        "56_60": translate("StructurePage", "56 to 60"), "61_70": translate("StructurePage", "61 to 70"),
        "71_over": translate("StructurePage", "71 and over"), UNKNOWN: translate("StructurePage", "Age not given"),
    }[key]


LEFT = (
    Line("total", lambda: translate("StructurePage", "Members"), lambda f: f.total),
    Line("young", lambda: translate("StructurePage", "35 and under"), lambda f: f.young),
    Line("women", lambda: translate("StructurePage", "Women"), lambda f: f.women),
    Line("minorities", lambda: translate("StructurePage", "Ethnic minorities"), lambda f: f.minorities),
    Line("age", lambda: translate("StructurePage", "By age"), None),
    *(Line(f"age.{key}", lambda k=key: age_label(k), lambda f, k=key: f.by_age[k])
      for key in (*(k for k, _l, _h in AGE_BANDS), UNKNOWN)),
)
RIGHT = (
    Line("education", lambda: translate("StructurePage", "By education"), None),
    *(Line(f"education.{value}", lambda v=value: texts.education_label(v) if v != UNKNOWN
           else translate("StructurePage", "Not given"), lambda f, v=value: f.by_education[v])
      for value in (*(e.value for e in Education), UNKNOWN)),
    Line("occupation", lambda: translate("StructurePage", "By occupation"), None),
    *(Line(f"occupation.{value}", lambda v=value: member_words.occupation_label(Occupation(v)) if v != UNKNOWN
           else translate("StructurePage", "Not given"), lambda f, v=value: f.by_occupation[v])
      for value in (*(o.value for o in Occupation), UNKNOWN)),
)


class StructureModel(RowsModel):
    def __init__(self, lines: tuple[Line, ...], parent=None) -> None:  # type: ignore[no-untyped-def]
        self.figures: Structure | None = None  # before super(): the columns read it
        heading = lambda line: SECTION_FILL if line.count is None else None  # noqa: E731
        super().__init__((
            Column(lambda: translate("StructurePage", "Figure"), lambda line: line.label(), fill=heading),
            Column(lambda: translate("StructurePage", "All"), lambda line: self._count(line, False),
                   numeric=True, fill=heading),
            Column(lambda: translate("StructurePage", "%"), lambda line: self._share(line, False),
                   numeric=True, fill=heading),
            Column(lambda: translate("StructurePage", "New"), lambda line: self._count(line, True),
                   numeric=True, fill=heading),
            Column(lambda: translate("StructurePage", "%"), lambda line: self._share(line, True),
                   numeric=True, fill=heading),
        ), parent, text_tooltips=True)  # a long occupation is cut in the column: the tooltip has it whole
        self.lines = lines

    def show(self, figures: Structure) -> None:
        self.figures = figures
        self.set_rows(list(self.lines))

    def _whole(self, new: bool) -> Figures | None:
        if self.figures is None:
            return None
        return self.figures.new_members if new else self.figures.members

    def _count(self, line: Line, new: bool) -> str:
        whole = self._whole(new)
        return "" if whole is None or line.count is None else str(line.count(whole))

    def _share(self, line: Line, new: bool) -> str:
        whole = self._whole(new)
        if whole is None or line.count is None or line.id == "total":
            return ""
        share = whole.share(line.count(whole))
        return "" if share is None else f"{share:.1f}"


class StructurePage(QWidget):
    def __init__(self, operations, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("structure_page")
        self.members: MembersOperations = operations.members
        self.today = dt.date.today
        self.year = self.today().year
        self.year_box = QSpinBox()
        self.year_box.setRange(1949, 2200)
        self.year_label, self.summary, self.hint = QLabel(), QLabel(), QLabel()
        self.left, self.right = StructureModel(LEFT, self), StructureModel(RIGHT, self)
        self.tables = {"left": QTableView(), "right": QTableView()}
        self._build()
        self.retranslate()
        operations.sig_changed.connect(self._on_changed)
        operations.sig_database_switched.connect(self.reload)
        self.reload()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        self.year_box.blockSignals(True)
        self.year_box.setValue(self.year)
        self.year_box.blockSignals(False)
        self.figures = self.members.structure(self.year, self.today())
        self.left.show(self.figures)
        self.right.show(self.figures)
        self._show_summary()

    def value(self, line_id: str, column: int) -> str:
        """A cell by its line (for tests and the screen reader): column 1 all members ... 4 new members' share."""
        for model in (self.left, self.right):
            row = model.row_of(line_id)
            if row is not None:
                return model.index(row, column).data()
        raise KeyError(line_id)

    def _build(self) -> None:
        self.year_box.valueChanged.connect(self.set_year)
        self.hint.setStyleSheet("color: #555;")
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year_box)
        bar.addWidget(self.summary, 1)
        tables = QHBoxLayout()
        for key, model in (("left", self.left), ("right", self.right)):
            table = self.tables[key]
            table.setObjectName(f"structure_{key}_table")
            table.setModel(model)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setWordWrap(False)
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, 5):
                table.setColumnWidth(column, 64)
            tables.addWidget(table, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(tables, 1)
        layout.addWidget(self.hint)

    def _show_summary(self) -> None:
        f = self.figures
        self.summary.setText(self.tr("As on %1: %2 members on the roll, %3 new in %4").replace(
            "%1", f.as_of.isoformat()).replace("%2", str(f.members.total)).replace(
            "%3", str(f.new_members.total)).replace("%4", str(f.year)))

    def _on_changed(self, area: str) -> None:
        if area in (AREA, "people", "development", "office"):
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Year"))
        self.hint.setText(self.tr("Members on the roll here (members registered elsewhere are counted where "
                                  "their relation is); new members are those admitted in the year. Ages are "
                                  "on the day counted."))
        for model in (self.left, self.right):
            model.retranslate()
        if hasattr(self, "figures"):
            self._show_summary()

