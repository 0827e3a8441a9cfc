"""What every command shares when it runs: the store opened as the window opens it, and errors worded once.

Every command opens the store as the window does (`partyplan.exchange.opening`): it takes the one-writer
lock, so that it never writes while another copy of PartyPlan does, and a damaged file is refused before
anything reads or writes it (`data restore` puts a backup in its place). A command that writes refuses
a store another copy holds, naming who; one that only reads reads it read-only. The lock is released
when the command ends. A service's refusal (PartyPlanError) and a command's own (CommandFailed) reach
`execute` and are printed there, as "Error: ..." on standard error with exit code 1 (2 for a command
line that misses what the command needs).

Argparse only at module level, as for every module of the package: the commands import this one when
the parser is built. Qt and the services are imported when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from partyplan.db.database import Database
    from partyplan.errors import PartyPlanError


class CommandFailed(Exception):
    """A command's own refusal (no roster for that month, --yes missing where nobody can be asked):
    `message` is printed as an error, and the command exits with `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def translate(context: str, source: str) -> str:
    """QCoreApplication.translate, imported when a command runs: Qt must not load while the parser is
    built, nor before SQLAlchemy when the window starts."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source)


def run(args: argparse.Namespace) -> int:
    """A parsed command line, in its language, with the QCoreApplication that translation needs."""
    from PySide6.QtCore import QCoreApplication

    from partyplan import i18n

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    i18n.install(i18n.normalize_language(args.lang or saved_language()))
    try:
        return execute(args)
    finally:
        del app


def execute(args: argparse.Namespace) -> int:
    """The command's module runs it; its errors are printed here, and the locks it took are released
    (not those its caller may hold)."""
    from partyplan.cli import COMMANDS
    from partyplan.errors import PartyPlanError
    from partyplan.exchange import lock

    held_before = set(lock.held_stores())
    try:
        return COMMANDS[args.command].run(args)
    except CommandFailed as exc:
        error(exc.message)
        return exc.code
    except PartyPlanError as exc:
        error(_describe(exc))
        return 1
    finally:
        for store in lock.held_stores():
            if store not in held_before:
                lock.release(store)


def open_store(args: argparse.Namespace, *, writes: bool = False) -> Database:
    """The store, locked and checked; read-only when another copy holds it and this command only reads.
    (A command that writes without saying so is refused by the read-only store when another copy holds
    it: nothing is written either way.)"""
    from partyplan import texts
    from partyplan.exchange import lock, opening

    def read_only_instead(exc: lock.DatabaseLockedError) -> bool:
        if writes:
            return False
        print(translate("Cli", "Note: %1 It is read read-only.").replace("%1", texts.error_message(exc)), file=sys.stderr)
        return True

    db = opening.open_checked(getattr(args, "db", None), on_locked=read_only_instead)
    if db.path is None and db.report.before is not None and db.report.before != db.report.after:
        from partyplan.texts import district as district_texts  # a server's upgrade: say what became of its backup

        print(translate("Cli", "Note: %1 %2.").replace("%1", db.display_name).replace(
            "%2", district_texts.upgrade_note(db.report)), file=sys.stderr)
    return db


def saved_language() -> str | None:
    from partyplan.preferences import load_language

    return load_language()


def error(message: str) -> None:
    print(translate("Cli", "Error: %1").replace("%1", message), file=sys.stderr)


def _describe(exc: PartyPlanError) -> str:
    from partyplan import demo, texts
    from partyplan.exchange import integrity
    from partyplan.exchange.data_file import DataFileError
    from partyplan.settings import backups_dir

    if isinstance(exc, demo.DemoRefused):
        return translate("Cli", "This database already holds people; demo data is only written into a new, empty database.")
    if isinstance(exc, DataFileError) and exc.reason == "invalid":
        from partyplan.texts import data_safety

        return data_safety.data_file_message(exc, shown=None)  # a terminal lists every problem; a dialog the first few
    text = texts.error_message(exc)
    if isinstance(exc, integrity.DamagedDatabaseError):
        backup = integrity.newest_good_backup(exc.path, backups_dir())
        if backup is not None:
            text += " " + translate("Cli", "Its newest good backup, taken %1, can be put in its place with: %2").replace(
                "%1", f"{backup.taken_at:%Y-%m-%d %H:%M}").replace(
                "%2", f'partyplan data restore "{backup.path}" --db "{exc.path}"')
    return text
