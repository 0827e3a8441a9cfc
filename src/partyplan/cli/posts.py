"""`partyplan posts export --year YYYY --xlsx OUT`: the Volunteer Posts tab's workbook on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from partyplan.cli import arguments
from partyplan.cli.running import open_store, translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    posts = sub.add_parser("posts", help="volunteer posts: export the year's roster, service hours and visits")
    posts_sub = posts.add_subparsers(dest="posts_command", metavar="ACTION", required=True)
    exp = posts_sub.add_parser("export", parents=[common],
                               help="write the post roster, service hours per person and the visit register "
                                    "of a year to one Excel workbook")
    exp.add_argument("--year", type=arguments.year, required=True, help="YYYY")
    exp.add_argument("--xlsx", type=Path, required=True, help="the .xlsx file to write")


def run(args: argparse.Namespace) -> int:
    from partyplan import i18n
    from partyplan.posts import export

    if args.posts_command != "export":  # argparse allows only export today; a new action lands here first
        raise ValueError(f"unknown posts action: {args.posts_command}")
    language = i18n.normalize_language(getattr(args, "lang", None))
    db = open_store(args)
    try:
        with db.session() as session:
            export.write_xlsx(session, args.year, args.xlsx, language=language)
    finally:
        db.close()
    print(translate("CliPosts", "Written to %1.").replace("%1", str(args.xlsx)))
    return 0
