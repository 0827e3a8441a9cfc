"""`partyplan dutylog export --month YYYY-MM --xlsx OUT`: the month's on-duty record book as Excel."""

from __future__ import annotations

import argparse
from pathlib import Path

from partyplan.cli import arguments
from partyplan.cli.running import open_store, translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    dutylog = sub.add_parser("dutylog", help="the on-duty record book")
    dutylog_sub = dutylog.add_subparsers(dest="dutylog_command", metavar="ACTION", required=True)
    dexp = dutylog_sub.add_parser("export", parents=[common], help="export a month's record book to Excel")
    dexp.add_argument("--month", required=True, type=arguments.month)
    dexp.add_argument("--xlsx", type=Path, required=True)


def run(args: argparse.Namespace) -> int:
    from partyplan import i18n, office
    from partyplan.rosters import duty_log_export

    year, month = args.month
    db = open_store(args)
    try:
        with db.session() as session:
            duty_log_export.write_xlsx(session, year, month, args.xlsx, language=i18n.normalize_language(args.lang),
                                       office=office.office_name(session))
    finally:
        db.close()
    print(translate("CliRosters", "Written to %1.").replace("%1", str(args.xlsx)))
    return 0
