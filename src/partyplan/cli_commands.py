"""The subcommands: each opens the store, calls one service, prints words, returns an exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from partyplan import demo, i18n, texts
from partyplan.db.database import Database, open_database
from partyplan.errors import PartyPlanError
from partyplan.settings import data_dir


translate = QCoreApplication.translate


def run(args: argparse.Namespace) -> int:
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    i18n.install(i18n.normalize_language(args.lang or _saved_language()))
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "demo": _demo,
        "people": _people,
        "plan": _plan,
        "roster": _roster,
        "dutylog": _roster,
        "data": _data,
        "posts": lambda a: _area("cli_posts", a),
        "meeting": lambda a: _area("cli_meetings", a),
        "training": lambda a: _area("cli_training", a),
        "members": lambda a: _area("cli_members", a),
        "archive": lambda a: _area("cli_archive", a),
    }
    try:
        return handlers[args.command](args)
    except PartyPlanError as exc:
        _error(_describe(exc))
        return 1
    finally:
        del app


def _saved_language() -> str | None:
    from partyplan.preferences import load_language

    return load_language()


def _describe(exc: PartyPlanError) -> str:
    if isinstance(exc, demo.DemoRefused):
        return translate("Cli", "This database already holds people; demo data is only written into a new, empty database.")
    return texts.error_message(exc)


def _error(message: str) -> None:
    print(translate("Cli", "Error: %1").replace("%1", message), file=sys.stderr)


def _open(args: argparse.Namespace) -> Database:
    return open_database(args.db)


def _demo(args: argparse.Namespace) -> int:
    if args.print_default_path:
        print(data_dir() / "demo.sqlite3")
        return 0
    db = _open(args)
    try:
        with db.session() as session:
            summary = demo.fill(session)
    finally:
        db.close()
    print(translate("Cli", "Demo data written to %1: %2 people, %3 plans, %4 monthly rosters.")
          .replace("%1", db.display_name).replace("%2", str(summary.people)).replace("%3", str(summary.plans))
          .replace("%4", str(summary.rosters)))
    return 0


def _people(args: argparse.Namespace) -> int:
    from partyplan.people import sheet_export, sheet_import

    db = _open(args)
    try:
        if args.people_command == "export":
            with db.session() as session:
                count = sheet_export.export_people(
                    session, args.file, language=i18n.normalize_language(args.lang or _saved_language()),
                    include_archived=args.include_archived,
                )
            print(translate("Cli", "People written to %2: %1.").replace("%1", str(count)).replace("%2", str(args.file)))
            return 0
        return _import(db, args)
    finally:
        db.close()


def _import(db: Database, args: argparse.Namespace) -> int:
    from partyplan.people import sheet_import

    with db.session() as session:
        preview = sheet_import.read_people_sheet(args.file, session)
    for row in preview.rows:
        if row.status == "invalid":
            reasons = "; ".join(texts.field_problem(p.field, p.code) for p in row.problems)
            print(translate("Cli", "Row %1: not imported: %2").replace("%1", str(row.line)).replace("%2", reasons))
        elif row.status == "duplicate":
            where = (
                translate("Cli", "already in the database")
                if row.duplicate_of is not None
                else translate("Cli", "same as row %1").replace("%1", str(row.duplicate_line))
            )
            print(translate("Cli", "Row %1: duplicate, skipped (%2)").replace("%1", str(row.line)).replace("%2", where))
    if preview.ignored_headers:
        print(translate("Cli", "Columns ignored: %1").replace("%1", ", ".join(preview.ignored_headers)))
    ok = len(preview.ok_rows)
    print(
        translate("Cli", "Rows: %1 · to import: %2 · with problems: %3 · duplicates: %4.")
        .replace("%1", str(len(preview.rows)))
        .replace("%2", str(ok))
        .replace("%3", str(len(preview.invalid_rows)))
        .replace("%4", str(len(preview.duplicate_rows)))
    )
    if args.dry_run or ok == 0:
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            _error(translate("Cli", "Nothing imported: add --yes to import without a question."))
            return 1
        answer = input(translate("Cli", "Import these people (%1)? [y/N] ").replace("%1", str(ok)))
        if answer.strip().lower() not in {"y", "yes", "是"}:
            print(translate("Cli", "Nothing imported."))
            return 0
    with db.session() as session:
        count = sheet_import.apply_import(session, preview)
    print(translate("Cli", "People imported: %1.").replace("%1", str(count)))
    return 0


def _plan(args: argparse.Namespace) -> int:
    from partyplan import cli_plans

    return cli_plans.run(args, _open)


def _roster(args: argparse.Namespace) -> int:
    from partyplan import cli_rosters

    return cli_rosters.run(args, _open)


def _data(args: argparse.Namespace) -> int:
    from partyplan import cli_data

    return cli_data.run(args, _open)


def _area(module: str, args: argparse.Namespace) -> int:
    """An area's own command module: `run(args, open_db)`, imported only when its command is used."""
    import importlib

    return importlib.import_module(f"partyplan.{module}").run(args, _open)
