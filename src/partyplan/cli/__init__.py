"""Command line: `partyplan` opens the window; subcommands run the same services without one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from partyplan import __version__
from partyplan.gc_tuning import collect_less_often

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

    demo = sub.add_parser("demo", parents=[common], help="fill a new database with realistic demo data")
    demo.add_argument("--print-default-path", action="store_true", help="print where the default demo database lives")

    people = sub.add_parser("people", help="import or export people")
    people_sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    imp = people_sub.add_parser("import", parents=[common], help="import people from .xlsx or .csv (preview, then confirm)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--yes", action="store_true", help="import the valid rows without asking")
    imp.add_argument("--dry-run", action="store_true", help="only show the preview")
    exp = people_sub.add_parser("export", parents=[common], help="export people to .xlsx")
    exp.add_argument("file", type=Path)
    exp.add_argument("--include-archived", action="store_true")
    plan = sub.add_parser("plan", help="plans: import a plan document, list, export")
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    pimp = plan_sub.add_parser("import", parents=[common], help="import a plan from .txt or .docx")
    pimp.add_argument("file", type=Path)
    pimp.add_argument("--year", type=int, required=True)
    pimp.add_argument("--title")
    pimp.add_argument("--dry-run", action="store_true", help="parse and show, write nothing")
    pimp.add_argument("--json", action="store_true", help="print the parsed plan as JSON")
    plist = plan_sub.add_parser("list", parents=[common], help="list the plans")
    plist.add_argument("--json", action="store_true")
    pexp = plan_sub.add_parser("export", parents=[common], help="export a plan to Word or Excel")
    pexp.add_argument("plan_id", type=int)
    pexp.add_argument("--docx", type=Path)
    pexp.add_argument("--xlsx", type=Path)
    roster = sub.add_parser("roster", help="duty rosters: generate a month, export it")
    roster_sub = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    gen = roster_sub.add_parser("generate", parents=[common], help="draw up a month's roster with the solver")
    gen.add_argument("--month", required=True, type=_month, help="YYYY-MM")
    gen.add_argument("--json", action="store_true", help="print the roster and fairness as JSON")
    gen.add_argument("--time-limit", type=float, default=10.0, help="seconds the solver may search (default 10)")
    rexp = roster_sub.add_parser("export", parents=[common], help="export a month's roster to Excel")
    rexp.add_argument("--month", required=True, type=_month)
    rexp.add_argument("--xlsx", type=Path, required=True)
    dutylog = sub.add_parser("dutylog", help="the on-duty record book")
    dutylog_sub = dutylog.add_subparsers(dest="dutylog_command", metavar="ACTION", required=True)
    dexp = dutylog_sub.add_parser("export", parents=[common], help="export a month's record book to Excel")
    dexp.add_argument("--month", required=True, type=_month)
    dexp.add_argument("--xlsx", type=Path, required=True)
    from partyplan.cli import data as cli_data  # argparse only: cheap at every start

    cli_data.add_parser(sub, common)
    from partyplan.cli import arguments as cli_args

    cli_args.posts_parser(sub, common)
    cli_args.meetings_parser(sub, common)
    cli_args.training_parser(sub, common)
    cli_args.members_parser(sub, common)
    cli_args.dues_parser(sub, common)
    cli_args.branches_parser(sub, common)
    cli_args.archive_parser(sub, common)
    cli_args.report_parser(sub, common)
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


def _month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(part) for part in text.split("-"))
        if not 1 <= month <= 12:
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month: {text!r} (use YYYY-MM, e.g. 2026-11)") from None
    return year, month


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
    from partyplan.cli import running as cli_commands

    return cli_commands.run(args)


if __name__ == "__main__":
    sys.exit(main())
