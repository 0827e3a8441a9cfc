"""Record a committee's new term (elected at a held meeting whose election vote passed, for three or five
years), and put off the next election with the higher committee's approval. The rules are the service's
(`organisations.terms`); a refusal shows at its field and the dialog stays open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from partyplan.development.pipeline import add_months
from partyplan.organisations import InvalidOrganisation
from partyplan.organisations.terms import POSTPONE_MAX_MONTHS, YEARS, TermData, TermRow
from partyplan.texts import meetings as meeting_words
from partyplan.texts import organisations as words
from partyplan.ui.forms import FieldForm, date_edit
from partyplan.ui.organisations.operations import OrganisationsOperations
from partyplan.ui.widgets import refill_combo

NOTE_MAX = 500


class TermDialog(FieldForm):
    ROWS = {"organisation": "meeting", "term": "meeting"}

    def __init__(self, orgs: OrganisationsOperations, org_id: int, org_name: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("term_dialog")
        self._orgs, self._org_id, self._name, self._today = orgs, org_id, org_name, today
        self._meetings = orgs.election_meetings(org_id)
        self.meeting, self.years, self.note = QComboBox(), QComboBox(), QLineEdit()
        self.elected_on = date_edit(self._meetings[0].held_on if self._meetings else today, today)
        self.note.setMaxLength(NOTE_MAX)
        self.add_row("meeting", self.meeting)
        self.add_row("elected_on", self.elected_on)
        self.add_row("years", self.years)
        self.add_row("note", self.note)
        self.retranslate()
        self.meeting.currentIndexChanged.connect(self._meeting_chosen)
        self.setMinimumWidth(520)

    def data(self) -> TermData:
        return TermData(self.elected_on.date().toPython(), int(self.years.currentData()), self.meeting.currentData(),
                        self.note.text())

    def accept(self) -> None:
        self.clear_problems()
        try:
            term_id = self._orgs.record_term(self._org_id, self.data(), self._today)
        except InvalidOrganisation as exc:
            self.show_text(exc.field, words.problem(exc.field, exc.code))
            return
        self.sig_saved.emit(term_id)
        super().accept()

    def _meeting_chosen(self) -> None:
        """The term starts the day of its election."""
        chosen = next((m for m in self._meetings if m.meeting_id == self.meeting.currentData()), None)
        if chosen is not None:
            self.elected_on.setDate(QDate(chosen.held_on))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a term: %1").replace("%1", self._name))
        self.set_labels({"meeting": self.tr("Election meeting *"), "elected_on": self.tr("Elected on *"),
                         "years": self.tr("Term"), "note": self.tr("Note")})
        items: list[tuple[str, object]] = [] if self._meetings else [(self.tr("(no meeting with an election vote)"),
                                                                       None)]
        for m in self._meetings:
            label = f"{m.held_on.isoformat()}  {m.title or meeting_words.type_name(m.type_name, m.type_name_en)}"
            items.append((label if m.passed else label + "  " + self.tr("(the election did not pass)"), m.meeting_id))
        refill_combo(self.meeting, items)
        refill_combo(self.years, [(self.tr("%1 years").replace("%1", str(n)), n) for n in YEARS])
        self.note.setPlaceholderText(self.tr("e.g. the higher committee's approval, number of members elected"))


class PostponeDialog(FieldForm):
    """The election put off, at most a year after the term's end; the note says who approved it."""

    ROWS = {"term": "extended_until"}

    def __init__(self, orgs: OrganisationsOperations, term: TermRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postpone_dialog")
        self._orgs, self._term = orgs, term
        self.until = date_edit(term.extended_until or add_months(term.ends_on, 6))
        self.note = QLineEdit(term.note if term.extended_until else "")
        self.note.setMaxLength(NOTE_MAX)
        self.ends = QLabel()
        self.add_row("ends", self.ends)
        self.add_row("extended_until", self.until)
        self.add_row("note", self.note)
        self.retranslate()
        self.setMinimumWidth(520)

    def accept(self) -> None:
        self.clear_problems()
        try:
            self._orgs.postpone(self._term.id, self.until.date().toPython(), self.note.text())
        except InvalidOrganisation as exc:
            self.show_text(exc.field, words.problem(exc.field, exc.code))
            return
        self.sig_saved.emit(self._term.id)
        super().accept()

    def retranslate(self) -> None:
        term = self._term
        self.setWindowTitle(self.tr("Postpone the election: %1").replace("%1", term.organisation))
        self.set_labels({"ends": self.tr("The term ends"), "extended_until": self.tr("Elect by *"),
                         "note": self.tr("Approved by *")})
        self.ends.setText(self.tr("%1 (at most %2 months later)").replace("%1", term.ends_on.isoformat())
                          .replace("%2", str(POSTPONE_MAX_MONTHS)))
        self.note.setPlaceholderText(self.tr("the higher committee's approval: who, when, document number"))
