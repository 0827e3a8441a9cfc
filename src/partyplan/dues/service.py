"""Each member's dues for a year, the payments, and what is unpaid.

A member owes dues for each month they are a member on this branch's roll at the month's end: from the
month of admission (a probationary member pays from the day the general meeting admitted them, as the
2008 规定 says), until the month their relation is transferred out (they pay the new branch from then).
Members registered elsewhere (在职, 流动) pay where their relation is. A member's base is set for a year
from a month on (the 规定: a changed wage counts from the month it is paid); each month's amount is the
latest base's. A payment is one member's one month, at that month's amount unless the office records
another; a list of members is marked paid for a month at once.

The unpaid list counts the months owed up to a month (by default the last one) without a payment; six
or more months in a row are flagged: 《中国共产党章程》第九条 treats six months without paying dues and
without a proper reason as leaving the party (自行脱党), so the branch must talk with the member first.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from partyplan.db.models import DuesBase, DuesCategory, DuesPayment, Organisation, Person, Role
from partyplan.dues import InvalidDues
from partyplan.dues.rules import BY_INCOME, DuesRules, load_rules, monthly_fen
from partyplan.members import roll

LAPSE_MONTHS = 6  # 党章第九条


@dataclass(frozen=True)
class BaseData:
    category: DuesCategory
    base_fen: int = 0  # the monthly income, for the income-based categories
    amount_fen: int | None = None  # the set amount: a farmer's, or a reduced one (0: exempt)
    from_month: int = 1
    note: str = ""  # the higher committee's approval of a reduced amount


@dataclass(frozen=True)
class BaseRow:
    id: int
    person_id: int
    year: int
    from_month: int
    category: DuesCategory
    base_fen: int
    amount_fen: int
    note: str


@dataclass(frozen=True)
class DuesLine:
    """One member's year: what each month owes and what was paid."""

    person_id: int
    name: str
    branch: str
    category: DuesCategory | None  # the latest base's
    base_fen: int | None
    due: dict[int, int | None]  # month -> amount owed; None: not a member on the roll that month, or no base
    owed_months: tuple[int, ...]  # months the member owes dues for
    paid: dict[int, int]  # month -> amount paid

    @property
    def due_total(self) -> int:
        return sum(self.due[m] or 0 for m in self.owed_months)

    @property
    def paid_total(self) -> int:
        return sum(self.paid.values())

    def unpaid_months(self, through: int) -> list[int]:
        return [m for m in self.owed_months if m <= through and m not in self.paid]

    def lapse(self, through: int) -> int:
        """Months in a row without payment, counted back from `through`."""
        count = 0
        for month in range(through, 0, -1):
            if month not in self.owed_months:
                continue
            if month in self.paid:
                break
            count += 1
        return count


@dataclass(frozen=True)
class Unpaid:
    line: DuesLine
    months: tuple[int, ...]
    amount_fen: int
    in_a_row: int

    @property
    def lapsing(self) -> bool:
        return self.in_a_row >= LAPSE_MONTHS


@dataclass(frozen=True)
class BulkResult:
    paid: tuple[int, ...]  # who was marked paid
    already: tuple[int, ...]  # already paid for the month: left as they were
    not_owed: tuple[int, ...]  # not owing that month (not on the roll, or no base): nothing recorded


# -- bases ---------------------------------------------------------------------------------------
def set_base(session: Session, person_id: int, year: int, data: BaseData) -> int:
    """The member's dues from `data.from_month` of `year` on; replaces a base set from the same month."""
    person = session.get(Person, person_id)
    if person is None or Role.PARTY_MEMBER not in person.role_set:
        raise InvalidDues("person", "not_member")
    _year(year)
    if not 1 <= data.from_month <= 12:
        raise InvalidDues("from_month", "month")
    amount = amount_for(load_rules(session), data)
    session.execute(delete(DuesBase).where(DuesBase.person_id == person_id, DuesBase.year == year,
                                           DuesBase.from_month == data.from_month))
    row = DuesBase(person_id=person_id, year=year, from_month=data.from_month, category=DuesCategory(data.category),
                   base_fen=data.base_fen if DuesCategory(data.category) in BY_INCOME else 0, amount_fen=amount,
                   note=" ".join(data.note.split()))
    session.add(row)
    session.flush()
    return row.id


def amount_for(rules: DuesRules, data: BaseData) -> int:
    """The monthly amount the rules give for a base, or InvalidDues saying what is missing."""
    category = DuesCategory(data.category)
    if category in BY_INCOME:
        if data.base_fen <= 0:
            raise InvalidDues("base", "base_required")
        amount = monthly_fen(rules, category, data.base_fen)
        assert amount is not None
        return amount
    if category is DuesCategory.LOW_INCOME:
        return rules.low_income_fen
    if category is DuesCategory.FARMER:
        amount = rules.farmer_min_fen if data.amount_fen is None else data.amount_fen
        if not rules.farmer_min_fen <= amount <= rules.farmer_max_fen:
            raise InvalidDues("amount", "amount_range")
        return amount
    if data.amount_fen is None or data.amount_fen < 0:  # REDUCED
        raise InvalidDues("amount", "amount_range")
    if not data.note.strip():
        raise InvalidDues("note", "approval_required")
    return data.amount_fen


def bases(session: Session, year: int, person_id: int | None = None) -> list[BaseRow]:
    query = select(DuesBase).where(DuesBase.year == year)
    if person_id is not None:
        query = query.where(DuesBase.person_id == person_id)
    return [BaseRow(b.id, b.person_id, b.year, b.from_month, b.category, b.base_fen, b.amount_fen, b.note)
            for b in session.scalars(query.order_by(DuesBase.person_id, DuesBase.from_month))]


def delete_base(session: Session, base_id: int) -> None:
    row = session.get(DuesBase, base_id)
    if row is None:
        raise InvalidDues("base", "not_found")
    session.delete(row)
    session.flush()


# -- payments ------------------------------------------------------------------------------------
def record_payment(session: Session, person_id: int, year: int, month: int, paid_on: dt.date, *,
                   amount_fen: int | None = None, note: str = "", today: dt.date | None = None) -> int:
    """One member's one month, at the month's amount unless another is given."""
    _year(year)
    if not 1 <= month <= 12:
        raise InvalidDues("month", "month")
    if paid_on > (today or dt.date.today()):
        raise InvalidDues("paid_on", "future")
    if session.scalar(select(DuesPayment.id).where(DuesPayment.person_id == person_id, DuesPayment.year == year,
                                                   DuesPayment.month == month)) is not None:
        raise InvalidDues("month", "already_paid", month)
    if amount_fen is None:
        amount_fen = due_fen(session, person_id, year, month)
        if amount_fen is None:
            raise InvalidDues("amount", "no_base", month)
    if amount_fen < 0:
        raise InvalidDues("amount", "amount_range")
    row = DuesPayment(person_id=person_id, year=year, month=month, amount_fen=amount_fen, paid_on=paid_on,
                      note=" ".join(note.split()))
    session.add(row)
    session.flush()
    return row.id


def bulk_paid(session: Session, person_ids: Iterable[int], year: int, month: int, paid_on: dt.date, *,
              today: dt.date | None = None) -> BulkResult:
    """Mark a list of members paid for a month, each at their month's amount: who already paid is left as
    is, and who owes nothing that month (not on the roll, or no base set) gets nothing recorded."""
    _year(year)
    if not 1 <= month <= 12:
        raise InvalidDues("month", "month")
    lines = {line.person_id: line for line in year_lines(session, year)}
    paid, already, not_owed = [], [], []
    for person_id in dict.fromkeys(person_ids):
        line = lines.get(person_id)
        if line is not None and month in line.paid:
            already.append(person_id)
        elif line is None or month not in line.owed_months or line.due.get(month) is None:
            not_owed.append(person_id)
        else:
            record_payment(session, person_id, year, month, paid_on, amount_fen=line.due[month], today=today)
            paid.append(person_id)
    return BulkResult(tuple(paid), tuple(already), tuple(not_owed))


def undo_payment(session: Session, person_id: int, year: int, month: int) -> None:
    session.execute(delete(DuesPayment).where(DuesPayment.person_id == person_id, DuesPayment.year == year,
                                              DuesPayment.month == month))
    session.flush()


def due_fen(session: Session, person_id: int, year: int, month: int) -> int | None:
    """The month's amount by the latest base set from that month or before; None if none is set."""
    latest = session.scalars(select(DuesBase).where(DuesBase.person_id == person_id, DuesBase.year == year,
                                                    DuesBase.from_month <= month)
                             .order_by(DuesBase.from_month.desc())).first()
    return latest.amount_fen if latest is not None else None


# -- the year ------------------------------------------------------------------------------------
def year_lines(session: Session, year: int, branch_id: int | None = None) -> list[DuesLine]:
    """Every member who owes dues in `year` (of one branch if given), by branch and name."""
    _year(year)
    owed: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for month in range(1, 13):
        month_end = dt.date(year, month, calendar.monthrange(year, month)[1])
        for entry in roll.members(session, month_end, branch_id):
            if entry.no_vote is not roll.NoVote.ELSEWHERE:
                owed.setdefault(entry.person_id, []).append(month)
                names[entry.person_id] = entry.name
    base_rows: dict[int, list[BaseRow]] = {}
    for row in bases(session, year):
        base_rows.setdefault(row.person_id, []).append(row)
    paid: dict[int, dict[int, int]] = {}
    for person_id, month, amount in session.execute(select(DuesPayment.person_id, DuesPayment.month,
                                                           DuesPayment.amount_fen).where(DuesPayment.year == year)):
        paid.setdefault(person_id, {})[month] = amount
    ids = set(owed) | ({p for p in paid} if branch_id is None else set())
    units = dict(session.execute(select(Person.id, Organisation.name).join(
        Organisation, Person.organisation_id == Organisation.id)).tuples().all())
    if ids - set(names):
        names.update(dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids - set(names))))
                          .tuples().all()))
    lines = []
    for person_id in ids:
        rows = base_rows.get(person_id, [])
        due = {m: next((b.amount_fen for b in reversed(rows) if b.from_month <= m), None) for m in range(1, 13)}
        latest = rows[-1] if rows else None
        lines.append(DuesLine(person_id, names.get(person_id, "?"), units.get(person_id, ""),
                              latest.category if latest else None, latest.base_fen if latest else None, due,
                              tuple(owed.get(person_id, ())), paid.get(person_id, {})))
    return sorted(lines, key=lambda line: (line.branch, line.name, line.person_id))


def unpaid(session: Session, year: int, through: int, branch_id: int | None = None) -> list[Unpaid]:
    """Members with months owed up to `through` and not paid, most months in a row first."""
    found = []
    for line in year_lines(session, year, branch_id):
        months = line.unpaid_months(through)
        if months:
            found.append(Unpaid(line, tuple(months), sum(line.due[m] or 0 for m in months), line.lapse(through)))
    return sorted(found, key=lambda u: (-u.in_a_row, u.line.branch, u.line.name))


def last_month(today: dt.date) -> tuple[int, int]:
    """The year and month the unpaid list runs to by default: the month before today's."""
    return (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)


def _year(year: int) -> None:
    if not 1949 <= year <= 2200:
        raise InvalidDues("year", "year")
