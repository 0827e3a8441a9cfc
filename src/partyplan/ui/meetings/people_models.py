"""Tables of the Meetings tab about people: talks, members not talked to, the evaluation's results and
the meeting types."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from partyplan.enums import Grade
from partyplan.meetings.evaluation import GRADES, SubjectResult
from partyplan.meetings.talks import MemberGap, TalkRow
from partyplan.meetings.types import MeetingTypeRow
from partyplan.texts import meetings as words
from partyplan.ui.meetings.models import ID_ROLE, RowsModel

Index = QModelIndex | QPersistentModelIndex
GRADE_ROLE = Qt.ItemDataRole.UserRole + 5
GREY = QColor("#8a8a8a")


class TalksModel(RowsModel[TalkRow]):
    columns = ("day", "cadre", "member", "topic", "follow_up")

    def header(self, column: str) -> str:
        return {"day": self.tr("Date"), "cadre": self.tr("Cadre"), "member": self.tr("Member"),
                "topic": self.tr("Topic"), "follow_up": self.tr("Follow-up")}[column]

    def text(self, row: TalkRow, column: str) -> str:
        return {"day": row.day.isoformat(), "cadre": row.cadre_name, "member": row.member_name,
                "topic": row.topic, "follow_up": row.follow_up}[column]

    def extra(self, row: TalkRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in ("topic", "follow_up"):
            return self.text(row, column) or None
        return None


class GapsModel(RowsModel[MemberGap]):
    columns = ("name", "last_talk")

    def header(self, column: str) -> str:
        return {"name": self.tr("Member"), "last_talk": self.tr("Last talk")}[column]

    def text(self, row: MemberGap, column: str) -> str:
        if column == "name":
            return row.name
        return row.last_talk.isoformat() if row.last_talk else self.tr("never")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == ID_ROLE and index.isValid():
            return self.rows[index.row()].person_id
        return super().data(index, role)


class EvaluationModel(RowsModel[SubjectResult]):
    """Counts are typed into the grade columns (tallies); the grade column takes the decided grade."""

    columns = ("name", *(g.value for g in GRADES), "suggested", "grade")

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.on_tally: Callable[[int, Grade, int], None] | None = None
        self.on_grade: Callable[[int, Grade | None], None] | None = None

    def header(self, column: str) -> str:
        if column in {g.value for g in GRADES}:
            return words.grade_label(Grade(column))
        return {"name": self.tr("Member"), "suggested": self.tr("By the vote"), "grade": self.tr("Grade")}[column]

    def text(self, row: SubjectResult, column: str) -> str:
        if column == "name":
            return row.name + (self.tr(" (probationary)") if row.probationary else "")
        if column == "suggested":
            return "" if row.probationary else words.grade_label(row.suggested)
        if column == "grade":
            return self.tr("not graded") if row.probationary else words.grade_label(row.grade)
        grade = Grade(column)
        count = row.counts[grade]
        return f"{count}  ({row.shares[grade] * 100:.0f}%)" if count else ("—" if row.probationary else "0")

    def sort_key(self, row: SubjectResult, column: str) -> Any:
        if column in {g.value for g in GRADES}:
            return row.counts[Grade(column)]
        return self.text(row, column)

    def extra(self, row: SubjectResult, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.probationary:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.EditRole:
            if column in {g.value for g in GRADES}:
                return row.counts[Grade(column)]
            if column == "grade":
                return row.grade.value if row.grade else ""
        if role == GRADE_ROLE:
            return row.grade.value if row.grade else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("name",):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == ID_ROLE and index.isValid():
            return self.rows[index.row()].person_id
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        row, column = self.rows[index.row()], self.columns[index.column()]
        if not row.probationary and column not in ("name", "suggested"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = self.rows[index.row()], self.columns[index.column()]
        if column == "grade" and self.on_grade:
            self.on_grade(row.person_id, Grade(str(value)) if value else None)
            return True
        if column in {g.value for g in GRADES} and self.on_tally:
            try:
                count = int(str(value))
            except ValueError:
                return False
            self.on_tally(row.person_id, Grade(column), count)
            return True
        return False


class TypesModel(RowsModel[MeetingTypeRow]):
    columns = ("name", "name_en", "cadence", "attendees", "votes", "quorum", "majority")

    def header(self, column: str) -> str:
        return {"name": self.tr("Name"), "name_en": self.tr("English name"), "cadence": self.tr("Cadence"),
                "attendees": self.tr("Attendees"), "votes": self.tr("Votes"), "quorum": self.tr("Valid when"),
                "majority": self.tr("Passes with")}[column]

    def text(self, row: MeetingTypeRow, column: str) -> str:
        if column == "cadence":
            return words.cadence_text(row.cadence, row.months)
        if column == "attendees":
            return words.attendee_label(row.attendee_role)
        if column == "votes":
            return self.tr("Yes") if row.votes else ""
        if column == "quorum":
            return words.quorum_short(row.quorum)
        if column == "majority":
            return words.majority_short(row.majority) if row.votes else ""
        name = row.name if column == "name" else row.name_en
        return name + (self.tr(" (archived)") if row.archived and column == "name" else "")

    def extra(self, row: MeetingTypeRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QBrush(GREY)
        return None
