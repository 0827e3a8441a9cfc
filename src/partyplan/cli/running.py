"""The subcommands: each opens the store, calls one service, prints words, returns an exit code.

Every command opens the store as the window does (`partyplan.exchange.opening`): it takes the one-writer
lock, so that it never writes while another copy of PartyPlan does, and a damaged file is refused before
anything reads or writes it (`data restore` puts a backup in its place). A command that writes refuses
a store another copy holds, naming who; one that only reads reads it read-only. The lock is released
when the command ends.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from partyplan import console, demo, i18n, texts
from partyplan.db.database import Database
from partyplan.errors import PartyPlanError
from partyplan.exchange import integrity, lock, opening
from partyplan.files import readable_by_others
from partyplan.settings import backups_dir, data_dir


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
        "posts": lambda a: _area("posts", a),
        "meeting": lambda a: _area("meetings", a),
        "training": lambda a: _area("training", a),
        "members": lambda a: _area("members", a),
        "dues": lambda a: _area("dues", a),
        "branches": lambda a: _area("branches", a),
        "archive": lambda a: _area("archive", a),
        "report": lambda a: _area("report", a),
    }
    held_before = set(lock.held_stores())
    try:
        return handlers[args.command](args)
    except PartyPlanError as exc:
        _error(_describe(exc))
        return 1
    finally:
        for store in lock.held_stores():  # what this command locked; not what its caller may hold
            if store not in held_before:
                lock.release(store)
        del app


def _saved_language() -> str | None:
    from partyplan.preferences import load_language

    return load_language()


def _describe(exc: PartyPlanError) -> str:
    if isinstance(exc, demo.DemoRefused):
        return translate("Cli", "This database already holds people; demo data is only written into a new, empty database.")
    text = texts.error_message(exc)
    if isinstance(exc, integrity.DamagedDatabaseError):
        backup = integrity.newest_good_backup(exc.path, backups_dir())
        if backup is not None:
            text += " " + translate("Cli", "Its newest good backup, taken %1, can be put in its place with: %2").replace(
                "%1", f"{backup.taken_at:%Y-%m-%d %H:%M}").replace(
                "%2", f'partyplan data restore "{backup.path}" --db "{exc.path}"')
    return text


def _error(message: str) -> None:
    print(translate("Cli", "Error: %1").replace("%1", message), file=sys.stderr)


def _open(args: argparse.Namespace) -> Database:
    """The store, locked and checked; read-only when another copy holds it and this command only reads."""
    writes = _writes(args)

    def read_only_instead(exc: lock.DatabaseLockedError) -> bool:
        if writes:
            return False
        print(translate("Cli", "Note: %1 It is read read-only.").replace("%1", texts.error_message(exc)), file=sys.stderr)
        return True

    return opening.open_checked(args.db, on_locked=read_only_instead)


def _writes(args: argparse.Namespace) -> bool:
    """Does this command change the store? (One that is not listed and writes anyway is refused by the
    read-only store when another copy holds it: nothing is written either way.)"""
    command = args.command
    if command == "people":
        return args.people_command == "import" and not args.dry_run
    if command == "plan":
        return args.plan_command == "import" and not args.dry_run
    if command == "roster":
        return args.roster_command == "generate"
    if command == "data":
        return args.data_command in ("import", "restore")
    return command == "demo"


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
            if readable_by_others(args.file):
                print(translate("Cli", "Warning: %1 holds personal data and other users can open it: keep it in "
                                "your own folders.").replace("%1", str(args.file)), file=sys.stderr)
            return 0
        return _import(db, args)
    finally:
        db.close()


def _import(db: Database, args: argparse.Namespace) -> int:
    from partyplan.people import sheet_import

    with db.session() as session:
        preview = sheet_import.read_people_sheet(args.file, session)
    from partyplan.texts import people_import as import_texts

    if notice := import_texts.sheet_notice(preview):
        print(notice)
    for row in preview.rows:
        if row.status == "invalid":
            reasons = "; ".join(import_texts.row_note(p) for p in row.problems)
            print(translate("Cli", "Row %1: not imported: %2").replace("%1", str(row.line)).replace("%2", reasons))
        elif row.status == "duplicate":
            where = (import_texts.duplicate_of_person(row) if row.duplicate_of is not None
                     else import_texts.duplicate_of_line(row))
            print(translate("Cli", "Row %1: duplicate, skipped (%2)").replace("%1", str(row.line)).replace("%2", where))
        elif row.warnings:
            notes = "; ".join(import_texts.row_note(w) for w in row.warnings)
            print(translate("Cli", "Row %1: imported, note: %2").replace("%1", str(row.line)).replace("%2", notes))
        if warning := texts.formula_warning(row.values):
            print(translate("Cli", "Row %1: %2").replace("%1", str(row.line)).replace("%2", warning))
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
        if not console.is_interactive():
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
    from partyplan.cli import plans as cli_plans

    return cli_plans.run(args, _open)


def _roster(args: argparse.Namespace) -> int:
    from partyplan.cli import rosters as cli_rosters

    return cli_rosters.run(args, _open)


def _data(args: argparse.Namespace) -> int:
    from partyplan.cli import data as cli_data

    return cli_data.run(args, _open)


def _area(module: str, args: argparse.Namespace) -> int:
    """An area's own command module: `run(args, open_db)`, imported only when its command is used."""
    import importlib

    return importlib.import_module(f"partyplan.cli.{module}").run(args, _open)
