"""`partyplan training export --year YYYY --xlsx OUT`: the year's training and commendation registers."""

from __future__ import annotations

import argparse
from pathlib import Path

from partyplan.cli import arguments
from partyplan.cli.running import open_store, translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    training = sub.add_parser("training", help="training and commendations: export the year's registers")
    actions = training.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    exp = actions.add_parser("export", parents=[common],
                             help="the year's training register, totals per person and commendations as Excel")
    exp.add_argument("--year", type=arguments.year, required=True, help="YYYY")
    exp.add_argument("--xlsx", type=Path, required=True, metavar="OUT")


def run(args: argparse.Namespace) -> int:
    from partyplan import i18n
    from partyplan.training import export, service

    language = i18n.normalize_language(getattr(args, "lang", None))
    db = open_store(args)
    try:
        with db.session() as session:
            path = export.write_xlsx(session, args.year, args.xlsx, language=language)
            sessions = len(service.list_sessions(session, args.year))
            short = len(service.shortfalls(session, args.year))
    finally:
        db.close()
    print(translate("CliTraining", "Written to %1: training sessions %2, people short of the requirement %3.")
          .replace("%1", str(path)).replace("%2", str(sessions)).replace("%3", str(short)))
    return 0
