"""`partyplan dues base|pay|unpaid|register`: party dues without the window.

`base` sets a member's monthly dues for a year by the 2008 rules, `pay` marks members (or everyone who
owes) paid for a month at their amounts, `unpaid` lists who has not paid up to a month, `register` writes
the year's register to Excel.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from partyplan import i18n, texts
from partyplan.db.database import Database
from partyplan.db.models import DuesCategory
from partyplan.dues import InvalidDues, register, service
from partyplan.dues.service import BaseData
from partyplan.errors import PartyPlanError
from partyplan.members.lookup import find_person
from partyplan.organisations.service import find_org
from partyplan.texts import dues as words

translate = QCoreApplication.translate


def run(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
    today = args.date or dt.date.today()
    db = open_db(args)
    try:
        with db.session() as session:
            if args.dues_command == "base":
                person = find_person(session, args.member)
                service.set_base(session, person, args.year, BaseData(
                    DuesCategory(args.category), args.base, args.amount, args.from_month, args.note))
                amount = service.due_fen(session, person, args.year, args.from_month)
                print(translate("CliDues", "%1 pays %2 yuan a month from %3-%4.").replace("%1", args.member)
                      .replace("%2", words.yuan(amount)).replace("%3", str(args.year))
                      .replace("%4", f"{args.from_month:02d}"))
                return 0
            branch = find_org(session, args.branch) if args.branch else None
            if args.dues_command == "pay":
                return _pay(session, args, branch, today)
            if args.dues_command == "unpaid":
                through = args.through or (service.last_month(today)[1] if args.year == today.year else 12)
                return _unpaid(service.unpaid(session, args.year, through, branch), args.year, through, args.json)
            language = i18n.normalize_language(getattr(args, "lang", None))
            path = register.write_register_xlsx(session, args.year, args.xlsx, language=language, branch_id=branch,
                                                today=today)
    except PartyPlanError as exc:
        print(translate("CliDues", "Error: %1").replace("%1", texts.error_message(exc)), file=sys.stderr)
        return 1
    finally:
        db.close()
    print(translate("CliDues", "Written to %1.").replace("%1", str(path)))
    return 0


def _pay(session, args: argparse.Namespace, branch: int | None, today: dt.date) -> int:  # type: ignore[no-untyped-def]
    if args.all == bool(args.member):
        raise InvalidDues("member", "members_or_all")
    people = ([line.person_id for line in service.year_lines(session, args.year, branch)] if args.all
              else [find_person(session, m) for m in args.member])
    result = service.bulk_paid(session, people, args.year, args.month, today, today=today)
    print(translate("CliDues", "%1-%2: %3 marked paid, %4 had paid already, %5 owe nothing that month.")
          .replace("%1", str(args.year)).replace("%2", f"{args.month:02d}").replace("%3", str(len(result.paid)))
          .replace("%4", str(len(result.already))).replace("%5", str(len(result.not_owed))))
    return 0


def _unpaid(rows: list[service.Unpaid], year: int, through: int, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"year": year, "through": through, "unpaid": [{
            "person_id": u.line.person_id, "name": u.line.name, "branch": u.line.branch, "months": list(u.months),
            "amount": u.amount_fen / 100, "in_a_row": u.in_a_row, "lapsing": u.lapsing} for u in rows]},
            ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(translate("CliDues", "Everyone has paid up to %1-%2.").replace("%1", str(year))
              .replace("%2", f"{through:02d}"))
    for u in rows:
        months = translate("CliDues", ", ").join(str(m) for m in u.months)
        flag = translate("CliDues", "SIX MONTHS OR MORE IN A ROW") if u.lapsing else ""
        print("\t".join((u.line.name, u.line.branch, months, words.yuan(u.amount_fen), flag)).rstrip())
    return 0
