"""Record a transfer of a member's organisational relation (组织关系转接): in or out, who, the letter of
introduction (its number, the day issued, how long it is valid), the branch it comes from or goes to,
and, for one coming in, the branch or group joined here. A member coming in who is not yet in People is
typed by name and added with the letter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from partyplan import texts
from partyplan.dates import BadDate, parse_date
from partyplan.enums import Direction
from partyplan.members.transfers import InvalidTransfer, TransferData
from partyplan.people.validation import InvalidPerson
from partyplan.texts import members as words
from partyplan.ui.forms import FieldForm, date_edit

OPTIONAL_DATES = ("valid_until", "arrived_on", "receipt_on")


class TransferDialog(FieldForm):
    ERROR_WIDTH = 300
    ROWS = {"organisation": "organisation_id", "transfer": "person"}

    def __init__(self, members, today: dt.date, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("transfer_dialog")
        self.members, self.today = members, today
        self.direction, self.person, self.unit = QComboBox(), QComboBox(), QComboBox()
        self.direction.addItem("", Direction.IN.value)
        self.direction.addItem("", Direction.OUT.value)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._people = members.people()
        names = [p.name for p in self._people]
        self.person.addItem("", None)
        for p in self._people:
            self.person.addItem(p.name if names.count(p.name) == 1 else f"{p.name} ({p.id})", p.id)
        self.person.setCurrentIndex(0)
        self.letter_no, self.other_org, self.note = QLineEdit(), QLineEdit(), QLineEdit()
        self.letter_no.setMaxLength(40)
        self.other_org.setMaxLength(200)
        self.issued_on = date_edit(today, today)
        self.dates = {name: QLineEdit() for name in OPTIONAL_DATES}
        self.unit.addItem("", None)
        for org in members.units():
            self.unit.addItem("　" * org.depth + org.name, org.id)
        for name, field in (("direction", self.direction), ("person", self.person), ("letter_no", self.letter_no),
                            ("issued_on", self.issued_on), ("valid_until", self.dates["valid_until"]),
                            ("other_org", self.other_org), ("organisation_id", self.unit),
                            ("arrived_on", self.dates["arrived_on"]), ("receipt_on", self.dates["receipt_on"]),
                            ("note", self.note)):
            self.add_row(name, field)
        self.direction.currentIndexChanged.connect(lambda _i: self._sync())
        self.setMinimumWidth(560)
        self.retranslate()

    def going_in(self) -> bool:
        return self.direction.currentData() == Direction.IN.value

    def chosen_person(self) -> int | None:
        """The person chosen from the list; None when a name not in People is typed."""
        text = self.person.currentText().strip()
        index = self.person.findText(text)
        return self.person.itemData(index) if index > 0 else None

    def accept(self) -> None:
        self.clear_problems()
        dates: dict[str, dt.date | None] = {}
        for name in OPTIONAL_DATES:
            try:
                dates[name] = parse_date(self.dates[name].text())
            except BadDate as exc:
                self.show_text(name, texts.problem(exc.reason))
                return
        going_in = self.going_in()
        data = TransferData(Direction(self.direction.currentData()), self.issued_on.date().toPython(),
                            self.letter_no.text(), self.other_org.text(), dates["valid_until"],
                            dates["arrived_on"] if going_in else None, dates["receipt_on"],
                            self.unit.currentData() if going_in else None, self.note.text())
        person_id = self.chosen_person()
        if person_id is None and not going_in:
            self.show_text("person", self.tr("Choose a member from People."))
            return
        try:
            transfer_id = self.members.record_transfer(person_id, self.person.currentText().strip(), data, self.today)
        except InvalidTransfer as exc:
            self.show_text(exc.field, words.problem(exc.field, exc.code))
            return
        except InvalidPerson as exc:
            self.show_text("person", texts.problem(exc.problems[0].code))
            return
        self.sig_saved.emit(int(transfer_id))
        super().accept()

    def _sync(self) -> None:
        going_in = self.going_in()
        for name in ("organisation_id", "arrived_on"):
            self.form.setRowVisible(self.labels[name], going_in)
        self.set_labels({"other_org": self.tr("From (branch)") if going_in else self.tr("To (branch)")})
        self.person.lineEdit().setPlaceholderText(self.tr("a name from People, or a new member's name")
                                                  if going_in else self.tr("a member on the roll here"))
        self.adjustSize()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a transfer"))
        self.direction.setItemText(0, words.direction_label(Direction.IN))
        self.direction.setItemText(1, words.direction_label(Direction.OUT))
        self.set_labels({"direction": self.tr("Transfer"), "person": self.tr("Member"),
                         "letter_no": self.tr("Letter no."), "issued_on": self.tr("Issued on"),
                         "valid_until": self.tr("Valid until"), "organisation_id": self.tr("Joins here"),
                         "arrived_on": self.tr("Reported here on"), "receipt_on": self.tr("Receipt on"),
                         "note": self.tr("Note")})
        self.letter_no.setPlaceholderText(self.tr("e.g. 柳组转〔2026〕8号"))
        for edit in self.dates.values():
            edit.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self._sync()

