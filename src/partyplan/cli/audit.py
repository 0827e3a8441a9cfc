"""`partyplan audit export --from YYYY-MM-DD --to YYYY-MM-DD --xlsx OUT`: the audit log for an inspector."""

from __future__ import annotations

import argparse
from pathlib import Path

from partyplan.cli import arguments
from partyplan.cli.running import CommandFailed, open_store, translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    audit = sub.add_parser("audit", help="the audit log: who changed which record, when, from what to what")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    exp = actions.add_parser("export", parents=[common], help="write the log of a period to Excel for an inspector")
    exp.add_argument("--from", dest="start", type=arguments.day, required=True, metavar="YYYY-MM-DD")
    exp.add_argument("--to", dest="end", type=arguments.day, required=True, metavar="YYYY-MM-DD")
    exp.add_argument("--xlsx", type=Path, required=True, metavar="OUT")


def run(args: argparse.Namespace) -> int:
    from partyplan import i18n
    from partyplan.audit import export

    if args.audit_command != "export":  # argparse allows only export today; a new action lands here first
        raise ValueError(f"unknown audit action: {args.audit_command}")
    if args.end < args.start:
        raise CommandFailed(translate("CliAudit", "--to must not be before --from."))
    language = i18n.normalize_language(getattr(args, "lang", None))
    db = open_store(args)
    try:
        with db.session() as session:
            count = export.write_xlsx(session, args.start, args.end, args.xlsx, language=language)
    finally:
        db.close()
    print(translate("CliAudit", "%1 changes from %2 to %3 written to %4.").replace("%1", str(count)).replace(
        "%2", args.start.isoformat()).replace("%3", args.end.isoformat()).replace("%4", str(args.xlsx)))
    return 0
