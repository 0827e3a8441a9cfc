"""`partyplan archive --year YYYY --out DIR [--zip]`: the year's file for binding, from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from partyplan.cli import arguments
from partyplan.cli.running import open_store, translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    archive = sub.add_parser("archive", parents=[common],
                             help="write the year's file for binding: plans, rosters, record book, meetings and "
                                  "minutes, registers, summary and an index, in one folder or .zip")
    archive.add_argument("--year", type=arguments.year, required=True, help="YYYY")
    archive.add_argument("--out", type=Path, required=True, metavar="DIR",
                         help="the folder to write the archive into (an earlier archive of the year is replaced)")
    archive.add_argument("--zip", action="store_true", help="write one .zip file instead of a folder")


def run(args: argparse.Namespace) -> int:
    """Errors (missing folder, a file of the old archive open in Excel) are PartyPlanErrors, worded by `running`."""
    from partyplan import i18n
    from partyplan.reports import archive

    language = i18n.normalize_language(getattr(args, "lang", None))
    db = open_store(args)
    try:
        result = archive.write_archive(db, args.year, args.out, as_zip=args.zip, language=language)
    finally:
        db.close()
    print(translate("CliArchive", "Archive of %1 written to %2: %3 files.").replace("%1", str(args.year))
          .replace("%2", str(result.target)).replace("%3", str(len(result.files))))
    for note in result.notes:
        print(note, file=sys.stderr)
    return 0
