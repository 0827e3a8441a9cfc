"""`partyplan archive --year YYYY --out DIR [--zip]`: the year's file for binding, from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from partyplan import i18n
from partyplan.db.database import Database
from partyplan.reports import archive

translate = QCoreApplication.translate


def run(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
    """Errors (missing folder, a file of the old archive open in Excel) reach cli.running as PartyPlanError."""
    language = i18n.normalize_language(getattr(args, "lang", None))
    db = open_db(args)
    try:
        result = archive.write_archive(db, args.year, args.out, as_zip=args.zip, language=language)
    finally:
        db.close()
    print(translate("CliArchive", "Archive of %1 written to %2: %3 files.").replace("%1", str(args.year))
          .replace("%2", str(result.target)).replace("%3", str(len(result.files))))
    for note in result.notes:
        print(note, file=sys.stderr)
    return 0
