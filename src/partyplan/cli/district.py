"""`partyplan district ...`: the district's offices on one PostgreSQL server, run as the district's owner
(`--db postgresql://owner@server/district`), and its yearly roll-up, run as a district reader."""

from __future__ import annotations

import argparse
from pathlib import Path

from partyplan.cli import arguments
from partyplan.cli.running import translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    district = sub.add_parser("district", help="a district's offices on one PostgreSQL server (run as its owner)")
    actions = district.add_subparsers(dest="district_command", metavar="ACTION", required=True)
    office = actions.add_parser("add-office", parents=[common],
                                help="create an office's schema, its tables and its staff group role")
    office.add_argument("name", metavar="NAME", help="the office's schema: lower-case letters, digits and _")
    office.add_argument("--title", default="", help="the office's name as people write it")
    user = actions.add_parser("add-user", parents=[common], help="create a staff member's login role in an office")
    user.add_argument("login", metavar="LOGIN")
    user.add_argument("--office", required=True, metavar="NAME")
    user.add_argument("--password-stdin", action="store_true", help="read the new role's password from stdin")
    reader = actions.add_parser("add-reader", parents=[common],
                                help="create a district login role that reads every office")
    reader.add_argument("login", metavar="LOGIN")
    reader.add_argument("--password-stdin", action="store_true", help="read the new role's password from stdin")
    actions.add_parser("offices", parents=[common], help="list the offices")
    actions.add_parser("upgrade", parents=[common], help="upgrade every office's schema (pg_dump first)")
    summary = actions.add_parser("summary", parents=[common],
                                 help="roll up every office's figures for a year into one Excel workbook")
    summary.add_argument("--year", type=arguments.year, required=True, metavar="YYYY")
    summary.add_argument("--xlsx", type=Path, required=True, metavar="OUT")


def run(args: argparse.Namespace) -> int:
    from partyplan import i18n
    from partyplan.db.engine import resolve_url
    from partyplan.district import offices, summary

    url = resolve_url(getattr(args, "db", None))
    command = args.district_command
    if command == "add-office":
        office = offices.add_office(url, args.name, args.title)
        print(translate("CliDistrict", "Office %1 created: its schema, its tables and the group role %2 for its staff.")
              .replace("%1", office.schema).replace("%2", offices.staff_role(office.schema)))
    elif command in ("add-user", "add-reader"):
        password = _password(args)
        if command == "add-user":
            offices.add_user(url, args.login, args.office, password)
            print(translate("CliDistrict", "Login %1 created for the office %2.").replace("%1", args.login).replace(
                "%2", args.office))
        else:
            offices.add_reader(url, args.login, password)
            print(translate("CliDistrict", "Login %1 created: it reads every office.").replace("%1", args.login))
    elif command == "offices":
        for office in offices.list_offices(url):
            print(f"{office.schema}\t{office.title}")
    elif command == "upgrade":
        from partyplan.texts import district as words

        for office, report in offices.upgrade_all(url):
            print(f"{office.schema}: {words.upgrade_note(report)}")
    elif command == "summary":
        rows = summary.collect(url, args.year)
        language = i18n.normalize_language(getattr(args, "lang", None))
        path = summary.write_xlsx(rows, args.year, args.xlsx, language=language)
        print(translate("CliDistrict", "The figures of %1 offices for %2 written to %3.").replace(
            "%1", str(len(rows))).replace("%2", str(args.year)).replace("%3", str(path)))
    else:  # argparse allows only the actions above; a new one lands here first
        raise ValueError(f"unknown district action: {command}")
    return 0


def _password(args: argparse.Namespace) -> str:
    """From standard input (one line) or typed without echo; never from the command line, where other
    users of the PC could read it in the process list."""
    import getpass
    import sys

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(translate("CliDistrict", "Password for %1: ").replace("%1", args.login))
