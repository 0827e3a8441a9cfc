"""`partyplan posts export --year YYYY --xlsx OUT`: the Volunteer Posts tab's workbook on the command line."""

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
from partyplan.posts import export
from partyplan.texts import posts as words

translate = QCoreApplication.translate



def run(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
    if args.posts_command != "export":  # argparse allows only export today; a new action lands here first
        raise ValueError(f"unknown posts action: {args.posts_command}")
    language = i18n.normalize_language(getattr(args, "lang", None))
    db = open_db(args)
    try:
        with db.session() as session:
            export.write_xlsx(session, args.year, args.xlsx, language=language)
    except PartyPlanError as exc:
        print(translate("CliPosts", "Error: %1").replace("%1", words.error_message(exc)), file=sys.stderr)
        return 1
    finally:
        db.close()
    print(translate("CliPosts", "Written to %1.").replace("%1", str(args.xlsx)))
    return 0


add_parser = cli_args.posts_parser  # the declaration lives in cli_args, cheap to import
