"""`partyplan training export --year YYYY --xlsx OUT`: the year's training and commendation registers."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from partyplan import i18n
from partyplan.cli import arguments as cli_args
from partyplan.db.database import Database
from partyplan.errors import PartyPlanError
from partyplan.texts import training as words
from partyplan.training import export, service

translate = QCoreApplication.translate



def run(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
    language = i18n.normalize_language(getattr(args, "lang", None))
    db = open_db(args)
    try:
        with db.session() as session:
            path = export.write_xlsx(session, args.year, args.xlsx, language=language)
            sessions = len(service.list_sessions(session, args.year))
            short = len(service.shortfalls(session, args.year))
    except PartyPlanError as exc:
        print(translate("CliTraining", "Error: %1").replace("%1", words.error_message(exc)), file=sys.stderr)
        return 1
    finally:
        db.close()
    print(translate("CliTraining", "Written to %1: training sessions %2, people short of the requirement %3.")
          .replace("%1", str(path)).replace("%2", str(sessions)).replace("%3", str(short)))
    return 0


add_parser = cli_args.training_parser  # the declaration lives in cli_args, cheap to import
