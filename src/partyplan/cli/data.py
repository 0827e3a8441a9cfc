"""`partyplan data export|import|copy|check|backup|restore`: the store as a whole, on the command line.

Only argparse is imported at module level: every parser is built at each start of the app.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from partyplan.cli.running import CommandFailed, open_store, translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    data = sub.add_parser("data", help="the whole database: data files, copies to a server, checks, backups")
    actions = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    exp = actions.add_parser("export", parents=[common], help="write every table to a JSON data file")
    exp.add_argument("file", type=Path, metavar="OUT.json")
    imp = actions.add_parser("import", parents=[common],
                             help="read a JSON data file into an empty database (checked first; all or nothing)")
    imp.add_argument("file", type=Path, metavar="IN.json")
    copy = actions.add_parser("copy", parents=[common],
                              help="copy the database into an empty one: a PostgreSQL server or a .sqlite3 file")
    copy.add_argument("--to", required=True, metavar="TARGET", help="postgresql://user@host/db or path.sqlite3")
    check = actions.add_parser("check", parents=[common], help="check the database file for damage")
    check.add_argument("--full", action="store_true", help="integrity_check and foreign keys (slower)")
    actions.add_parser("backup", parents=[common], help="back up now into the backups folder (verified, rotated)")
    actions.add_parser("backups", parents=[common], help="list the automatic backups of the database")
    restore = actions.add_parser("restore", parents=[common], help="restore the database from a backup file")
    restore.add_argument("backup", type=Path, metavar="BACKUP.sqlite3")
    restore.add_argument("--yes", action="store_true", help="restore without asking")


def run(args: argparse.Namespace) -> int:
    handlers = {"export": _export, "import": _import, "copy": _copy, "check": _check, "backup": _backup,
                "backups": _backups, "restore": _restore}
    return handlers[args.data_command](args)


# ------------------------------------------------------------------------------------------ actions


def _export(args: argparse.Namespace) -> int:
    from partyplan.exchange import data_file

    db = open_store(args)
    try:
        summary = data_file.write_data_file(db, args.file)
    finally:
        db.close()
    print(translate("CliData", "%1 records from %2 tables written to %3.").replace("%1", str(summary.rows))
          .replace("%2", str(summary.tables)).replace("%3", str(args.file)))
    return 0


def _import(args: argparse.Namespace) -> int:
    from partyplan.exchange import data_file

    with _locked(args):
        db = open_store(args, writes=True)
        try:
            summary = data_file.import_data_file(db, args.file)
        finally:
            db.close()
    print(translate("CliData", "%1 records in %2 tables imported into %3.").replace("%1", str(summary.rows))
          .replace("%2", str(summary.tables)).replace("%3", summary.location))
    return 0


def _copy(args: argparse.Namespace) -> int:
    from partyplan.exchange import copy_store

    db = open_store(args)
    try:
        report = copy_store.copy_store(db, args.to)
    finally:
        db.close()
    print(translate("CliData", "%1 records in %2 tables copied from %3 to %4.").replace("%1", str(report.rows))
          .replace("%2", str(report.tables)).replace("%3", report.source).replace("%4", report.target))
    return 0


def _check(args: argparse.Namespace) -> int:
    from partyplan.exchange import integrity

    path = _sqlite_path(args)
    if path is None:
        db = open_store(args)
        try:
            report = integrity.check_database(db, full=args.full)
        finally:
            db.close()
        print(translate("CliData", "%1 answers; a server database is checked by its server.").replace("%1", report.location))
        return 0
    report = integrity.check_file(path, full=args.full)
    if report.ok:
        print(translate("CliData", "%1: no damage found (%2).").replace("%1", str(path))
              .replace("%2", "integrity_check" if args.full else "quick_check"))
        return 0
    from partyplan.texts import data_safety

    raise CommandFailed("\n".join((data_safety.damaged_message(str(path), report.problems),
                                   *(f"  {problem}" for problem in report.problems))))


def _backup(args: argparse.Namespace) -> int:
    from partyplan.exchange import rotation
    from partyplan.settings import backups_dir

    path = _require_file(args)
    backup = rotation.make_backup(path, backups_dir(), "manual")
    print(translate("CliData", "Backup written to %1.").replace("%1", str(backup.path)))
    return 0


def _backups(args: argparse.Namespace) -> int:
    from partyplan.exchange import rotation
    from partyplan.settings import backups_dir

    path = _require_file(args)
    store = rotation.store_identity(path, backups_dir())
    for backup in rotation.backups_of(backups_dir(), store, path.stem):
        note = "\t" + translate("CliData", "(earlier version: may be another database's)") if backup.legacy else ""
        print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}\t{backup.reason}\t{backup.path}{note}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from partyplan import console
    from partyplan.db.database import open_database
    from partyplan.exchange import restore
    from partyplan.settings import backups_dir

    path = _require_file(args)
    preview = restore.preview_backup(args.backup)
    print(translate("CliData", "Backup %1, taken %2: %3 records.").replace("%1", str(preview.path))
          .replace("%2", f"{preview.taken_at:%Y-%m-%d %H:%M}").replace("%3", str(preview.total_rows)))
    from partyplan.exchange import rotation

    store = rotation.store_identity(path, backups_dir())
    if preview.store is None:
        print(translate("CliData", "It was made by an earlier version, which did not record whose backup it is: it "
                                   "may be a backup of another database with the same file name."))
    elif store is not None and not preview.is_of(store):
        print(translate("CliData", "It is a copy of another database, not of %1.").replace("%1", str(path)))
    if not args.yes:
        if not console.is_interactive():
            raise CommandFailed(translate("CliData", "Nothing restored: add --yes to restore without a question."))
        answer = input(translate("CliData", "Replace the contents of %1 with this backup? [y/N] ").replace("%1", str(path)))
        if answer.strip().lower() not in {"y", "yes", "是"}:
            print(translate("CliData", "Nothing restored."))
            return 0
    with _locked(args):
        result = restore.restore_backup(args.backup, path, backups_dir())
        open_database(path).close()  # an older backup is migrated now, with its own backup first
    print(translate("CliData", "%1 restored from %2.").replace("%1", str(path)).replace("%2", str(result.backup)))
    if result.safety_copy is not None:
        print(translate("CliData", "The database as it was is kept in %1.").replace("%1", str(result.safety_copy)))
    if result.moved_aside is not None:
        print(translate("CliData", "The damaged file was moved to %1.").replace("%1", str(result.moved_aside)))
    return 0


# ------------------------------------------------------------------------------------------ helpers


def _sqlite_path(args: argparse.Namespace) -> Path | None:
    from partyplan.db.engine import resolve_url, sqlite_path

    return sqlite_path(resolve_url(getattr(args, "db", None)))


def _require_file(args: argparse.Namespace) -> Path:
    path = _sqlite_path(args)
    if path is None:
        raise CommandFailed(translate("CliData", "backups are made of database files; back a server up on the "
                                                 "server (pg_dump)."), code=2)
    return path


@contextmanager
def _locked(args: argparse.Namespace) -> Iterator[None]:
    """Hold the one-writer lock of a database file while this command writes it."""
    from partyplan.exchange import lock

    path = _sqlite_path(args)
    held = lock.acquire(path) if path is not None else None
    try:
        yield
    finally:
        if held is not None:
            held.release()
