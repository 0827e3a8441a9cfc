"""Command line: `partyplan` opens the window; subcommands run the same services without one.

Each command is one module of this package with `add_parser(sub, common)`, which declares it, and
`run(args) -> int`, which does it; COMMANDS below is the one list of them. `running` is what every
command shares when it runs: the store opened as the window opens it, its lock, and errors worded once.
Building the parser imports argparse only (each module imports its services inside `run`), so that
`partyplan --version` and the window's start do not pay for loading every service.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from partyplan import __version__
from partyplan.cli import (archive, audit, branches, data, demo, district, dues, dutylog, meetings, members, people,
                           plans, posts, report, rosters, training)
from partyplan.gc_tuning import collect_less_often

# The commands, in the order `partyplan --help` lists them: the word typed -> the module that serves it.
COMMANDS = {
    "demo": demo,
    "people": people,
    "plan": plans,
    "roster": rosters,
    "dutylog": dutylog,
    "data": data,
    "posts": posts,
    "meeting": meetings,
    "training": training,
    "members": members,
    "dues": dues,
    "branches": branches,
    "archive": archive,
    "report": report,
    "audit": audit,
    "district": district,
}

TABS = ("overview", "plans", "rosters", "posts", "meetings", "people")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partyplan",
        description="PartyPlan: plans, duty rosters, volunteer posts and meetings for a community office.",
    )
    parser.add_argument("--version", action="version", version=f"PartyPlan {__version__}")
    parser.add_argument("--db", help="database file or PostgreSQL URL (default: $PARTYPLAN_DB, then the data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language (default: settings, then system)")
    parser.add_argument("--screenshot", metavar="OUT.png", type=Path, help="render the window to a PNG and exit")
    parser.add_argument("--tab", choices=TABS, default=None, help="tab to show (with --screenshot)")
    parser.add_argument("--size", default="1280x800", help="window size WxH (with --screenshot)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Accepted after the subcommand too; SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="database file or PostgreSQL URL")
    common.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS, help="language of messages")
    for module in COMMANDS.values():
        module.add_parser(sub, common)
    return parser


STORE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def store_as_first_argument(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """`PartyPlan.exe D:\\office.sqlite3`: what Windows runs when a store is double-clicked, dropped on
    the program or opened with "Open with". A first argument that is no command but a store file
    (by its suffix, or an existing file) opens that store, as `--db` would."""
    if not argv or argv[0].startswith("-") or argv[0] in _commands(parser):
        return argv
    first = argv[0]
    if first.lower().endswith(STORE_SUFFIXES) or Path(first).is_file():
        return ["--db", first, *argv[1:]]
    return argv


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for name in action.choices}


def main(argv: Sequence[str] | None = None) -> int:
    """Every command, once: output piped into a reader that stops early (`partyplan meeting check | head`)
    ends the command quietly instead of with a BrokenPipeError traceback."""
    from partyplan import console

    console.prepare_streams()  # a windowed build has no stdout at all; and output is UTF-8 everywhere
    try:
        code = _main(argv)
        sys.stdout.flush()  # inside the try: the flush at exit would meet the closed pipe outside it
        return code
    except BrokenPipeError:
        # Python's advice (signal module docs): point stdout at devnull so the exit's own flush stays quiet
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(store_as_first_argument(list(sys.argv[1:] if argv is None else argv), parser))
    if args.command is None:
        collect_less_often()  # already for the imports that follow
        import partyplan.db.database  # noqa: F401  (before PySide6: its import hook slows later imports)
        from partyplan.ui.app import run_gui

        return run_gui(args)
    from partyplan.cli import running

    return running.run(args)


