"""`partyplan audit export --from YYYY-MM-DD --to YYYY-MM-DD --xlsx OUT`: the audit log for an inspector."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from partyplan import cli_args, i18n
from partyplan.audit import export
from partyplan.db.database import Database

translate = QCoreApplication.translate


def run(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
    if args.end < args.start:
        raise SystemExit(translate("CliAudit", "--to must not be before --from."))
    language = i18n.normalize_language(getattr(args, "lang", None))
    db = open_db(args)
    try:
        with db.session() as session:
            count = export.write_xlsx(session, args.start, args.end, args.xlsx, language=language)
    finally:
        db.close()
    print(translate("CliAudit", "%1 changes from %2 to %3 written to %4.").replace("%1", str(count)).replace(
        "%2", args.start.isoformat()).replace("%3", args.end.isoformat()).replace("%4", str(args.xlsx)))
    return 0


add_parser = cli_args.audit_parser
