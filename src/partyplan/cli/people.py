"""`partyplan people import|export`: the People register from and to a sheet, without the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from partyplan.cli.running import CommandFailed, open_store, saved_language, translate

if TYPE_CHECKING:
    from partyplan.db.database import Database


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    people = sub.add_parser("people", help="import or export people")
    people_sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    imp = people_sub.add_parser("import", parents=[common], help="import people from .xlsx or .csv (preview, then confirm)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--yes", action="store_true", help="import the valid rows without asking")
    imp.add_argument("--dry-run", action="store_true", help="only show the preview")
    exp = people_sub.add_parser("export", parents=[common], help="export people to .xlsx")
    exp.add_argument("file", type=Path)
    exp.add_argument("--include-archived", action="store_true")


def run(args: argparse.Namespace) -> int:
    db = open_store(args, writes=args.people_command == "import" and not args.dry_run)
    try:
        if args.people_command == "export":
            return _export(db, args)
        return _import(db, args)
    finally:
        db.close()


def _export(db: Database, args: argparse.Namespace) -> int:
    from partyplan import i18n
    from partyplan.files import readable_by_others
    from partyplan.people import sheet_export

    with db.session() as session:
        count = sheet_export.export_people(
            session, args.file, language=i18n.normalize_language(args.lang or saved_language()),
            include_archived=args.include_archived,
        )
    print(translate("Cli", "People written to %2: %1.").replace("%1", str(count)).replace("%2", str(args.file)))
    if readable_by_others(args.file):
        print(translate("Cli", "Warning: %1 holds personal data and other users can open it: keep it in "
                        "your own folders.").replace("%1", str(args.file)), file=sys.stderr)
    return 0


def _import(db: Database, args: argparse.Namespace) -> int:
    from partyplan import console, texts
    from partyplan.people import sheet_import
    from partyplan.texts import people_import as import_texts

    with db.session() as session:
        preview = sheet_import.read_people_sheet(args.file, session)
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
            raise CommandFailed(translate("Cli", "Nothing imported: add --yes to import without a question."))
        answer = input(translate("Cli", "Import these people (%1)? [y/N] ").replace("%1", str(ok)))
        if answer.strip().lower() not in {"y", "yes", "是"}:
            print(translate("Cli", "Nothing imported."))
            return 0
    with db.session() as session:
        count = sheet_import.apply_import(session, preview)
    print(translate("Cli", "People imported: %1.").replace("%1", str(count)))
    return 0
