"""`partyplan district ...`: the district's offices on one PostgreSQL server, run as the district's owner
(`--db postgresql://owner@server/district`), and its yearly roll-up, run as a district reader."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from partyplan import cli_args, i18n
from partyplan.db.database import Database
from partyplan.db.engine import resolve_url
from partyplan.district import offices, summary

translate = QCoreApplication.translate


def run(args: argparse.Namespace, _open_db: Callable[[argparse.Namespace], Database]) -> int:
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
    return 0


def _password(args: argparse.Namespace) -> str:
    """From standard input (one line) or typed without echo; never from the command line, where other
    users of the PC could read it in the process list."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(translate("CliDistrict", "Password for %1: ").replace("%1", args.login))


add_parser = cli_args.district_parser
