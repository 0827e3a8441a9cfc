"""`partyplan dues base|pay|unpaid|register`: party dues without the window.

`base` sets a member's monthly dues for a year by the 2008 rules, `pay` marks members (or everyone who
owes) paid for a month at their amounts, `unpaid` lists who has not paid up to a month, `register` writes
the year's register to Excel.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from partyplan.cli import arguments
from partyplan.cli.running import open_store, translate

if TYPE_CHECKING:
    from partyplan.dues import service


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    dues = sub.add_parser("dues", help="party dues: set a member's base, record payments, the unpaid list, the register")
    actions = dues.add_subparsers(dest="dues_command", metavar="ACTION", required=True)
    base = actions.add_parser("base", parents=[common], help="set a member's monthly dues for a year")
    base.add_argument("member", metavar="MEMBER", help="id or name")
    base.add_argument("--year", type=arguments.year, required=True, help="YYYY")
    base.add_argument("--category", required=True,
                      choices=("salaried", "self_employed", "retired", "farmer", "low_income", "reduced"))
    base.add_argument("--base", type=_yuan, default=0, metavar="YUAN", help="the monthly income (salaried, ...)")
    base.add_argument("--amount", type=_yuan, default=None, metavar="YUAN", help="a set amount (farmer, reduced)")
    base.add_argument("--from-month", type=int, default=1, metavar="M", help="from this month on (default 1)")
    base.add_argument("--note", default="", help="the approval of a reduced amount")
    pay = actions.add_parser("pay", parents=[common], help="mark members paid for a month at their amounts")
    pay.add_argument("member", nargs="*", metavar="MEMBER", help="ids or names (with --all: everyone who owes)")
    pay.add_argument("--all", action="store_true", help="every member who owes that month")
    pay.add_argument("--year", type=arguments.year, required=True, help="YYYY")
    pay.add_argument("--month", type=int, required=True, metavar="M")
    unpaid = actions.add_parser("unpaid", parents=[common], help="who has not paid, up to a month")
    unpaid.add_argument("--year", type=arguments.year, required=True, help="YYYY")
    unpaid.add_argument("--through", type=int, default=None, metavar="M", help="up to this month (default: last)")
    unpaid.add_argument("--json", action="store_true")
    register = actions.add_parser("register", parents=[common], help="the year's dues register as Excel")
    register.add_argument("--year", type=arguments.year, required=True, help="YYYY")
    register.add_argument("--xlsx", type=Path, required=True, metavar="OUT")
    for parser in (pay, unpaid, register):
        parser.add_argument("--branch", metavar="BRANCH", help="one branch, by id or name")
    for parser in (base, pay, unpaid, register):
        parser.add_argument("--date", type=arguments.day, default=None, help="as on this day, YYYY-MM-DD (default today)")


def _yuan(text: str) -> int:
    """An amount in yuan as typed ("8500", "0.5"), in fen."""
    try:
        value = round(float(text) * 100)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not an amount in yuan: {text!r} (e.g. 8500 or 0.5)")
    return value


def run(args: argparse.Namespace) -> int:
    from partyplan import i18n
    from partyplan.db.models import DuesCategory
    from partyplan.dues import register, service
    from partyplan.dues.service import BaseData
    from partyplan.members.lookup import find_person
    from partyplan.organisations.service import find_org
    from partyplan.texts import dues as words

    today = args.date or dt.date.today()
    db = open_store(args)
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
    finally:
        db.close()
    print(translate("CliDues", "Written to %1.").replace("%1", str(path)))
    return 0


def _pay(session, args: argparse.Namespace, branch: int | None, today: dt.date) -> int:  # type: ignore[no-untyped-def]
    from partyplan.dues import InvalidDues, service
    from partyplan.members.lookup import find_person

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
    from partyplan.texts import dues as words

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
