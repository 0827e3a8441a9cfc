"""`partyplan demo`: a new, empty store filled with the demo office (`partyplan.demo`)."""

from __future__ import annotations

import argparse

from partyplan.cli.running import open_store, translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", parents=[common], help="fill a new database with realistic demo data")
    demo.add_argument("--print-default-path", action="store_true", help="print where the default demo database lives")


def run(args: argparse.Namespace) -> int:
    """A store that already holds people is refused (DemoRefused): demo data never mixes with an office's."""
    from partyplan import demo
    from partyplan.settings import data_dir

    if args.print_default_path:
        print(data_dir() / "demo.sqlite3")
        return 0
    db = open_store(args, writes=True)
    try:
        with db.session() as session:
            summary = demo.fill(session)
    finally:
        db.close()
    print(translate("Cli", "Demo data written to %1: %2 people, %3 plans, %4 monthly rosters.")
          .replace("%1", db.display_name).replace("%2", str(summary.people)).replace("%3", str(summary.plans))
          .replace("%4", str(summary.rosters)))
    return 0
