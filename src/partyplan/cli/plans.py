"""`partyplan plan import|list|export`: the Plans tab's services on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from partyplan.cli.running import CommandFailed, open_store, translate

if TYPE_CHECKING:
    from partyplan.db.database import Database


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
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


def run(args: argparse.Namespace) -> int:
    if args.plan_command == "import":
        return _import(args)
    db = open_store(args)
    try:
        if args.plan_command == "list":
            return _list(db, args.json)
        return _export(db, args)
    finally:
        db.close()


def _import(args: argparse.Namespace) -> int:
    from partyplan import office
    from partyplan.plans import importing, text_import
    from partyplan.plans.plan_files import read_plan_document
    from partyplan.texts import plans as plan_texts

    document = read_plan_document(args.file)
    parsed = text_import.parse_plan(document.text, title=args.title)
    if args.json:
        print(json.dumps(text_import.to_json(parsed), ensure_ascii=False, indent=2))
    items = sum(text_import.count_items(s) for s in parsed.sections)
    summary = (translate("CliPlans", "%1: %2 sections, %3 items, %4 lines kept as notes.")
               .replace("%1", parsed.title or str(args.file)).replace("%2", str(len(parsed.sections)))
               .replace("%3", str(items)).replace("%4", str(len(parsed.notes))))
    out = sys.stderr if args.json else sys.stdout
    if left_out := plan_texts.left_out(document.left_out):
        print(left_out, file=out)
    if empty := text_import.empty_sections(parsed.sections):
        print(translate("CliPlans", "Sections without items, with nothing to track: %1").replace(
            "%1", "; ".join(" ".join(filter(None, (s.number, s.title))) for s in empty)), file=out)
    if args.dry_run:
        print(summary, file=out)
        return 0
    db = open_store(args, writes=True)
    try:
        with db.session() as session:
            plan_id = importing.store_parsed(session, parsed, args.year, title=args.title,
                                             organization=office.office_name(session))
    finally:
        db.close()
    print(summary + " " + translate("CliPlans", "Saved as plan %1.").replace("%1", str(plan_id)), file=out)
    return 0


def _list(db: Database, as_json: bool) -> int:
    from partyplan.plans import service

    with db.session() as session:
        plans = service.list_plans(session)
    if as_json:
        print(json.dumps([{"id": p.id, "year": p.year, "end_year": p.end_year, "kind": p.kind.value,
                           "title": p.title} for p in plans], ensure_ascii=False, indent=2))
        return 0
    for p in plans:
        years = f"{p.year}-{p.end_year}" if p.end_year else str(p.year)
        print(f"{p.id}\t{years}\t{p.title}")
    return 0


def _export(db: Database, args: argparse.Namespace) -> int:
    from partyplan import i18n
    from partyplan.plans import export
    from partyplan.plans.service import PlanNotFound

    if not args.docx and not args.xlsx:
        raise CommandFailed(translate("CliPlans", "give --docx OUT or --xlsx OUT"), code=2)
    language = i18n.normalize_language(args.lang)
    try:
        with db.session() as session:
            if args.docx:
                export.write_docx(session, args.plan_id, args.docx, language=language)
                print(translate("CliPlans", "Written to %1.").replace("%1", str(args.docx)))
            if args.xlsx:
                export.write_xlsx(session, args.plan_id, args.xlsx, language=language)
                print(translate("CliPlans", "Written to %1.").replace("%1", str(args.xlsx)))
    except PlanNotFound:
        raise CommandFailed(translate("CliPlans", "there is no plan %1 (see: partyplan plan list)").replace(
            "%1", str(args.plan_id))) from None
    return 0
