"""`partyplan plan import|list|export`: the Plans tab's services on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from partyplan import i18n
from partyplan.db.database import Database
from partyplan.plans import export, importing, service, text_import
from partyplan.plans.service import PlanNotFound

translate = QCoreApplication.translate


def run(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
    if args.plan_command == "import":
        return _import(args, open_db)
    db = open_db(args)
    try:
        if args.plan_command == "list":
            return _list(db, args.json)
        return _export(db, args)
    finally:
        db.close()


def _import(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
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
    db = open_db(args)
    try:
        with db.session() as session:
            from partyplan import office

            plan_id = importing.store_parsed(session, parsed, args.year, title=args.title,
                                             organization=office.office_name(session))
    finally:
        db.close()
    print(summary + " " + translate("CliPlans", "Saved as plan %1.").replace("%1", str(plan_id)), file=out)
    return 0


def _list(db: Database, as_json: bool) -> int:
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
    if not args.docx and not args.xlsx:
        print(translate("CliPlans", "Error: %1").replace("%1", translate("CliPlans", "give --docx OUT or --xlsx OUT")),
              file=sys.stderr)
        return 2
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
        print(translate("CliPlans", "Error: %1").replace(
            "%1", translate("CliPlans", "there is no plan %1 (see: partyplan plan list)").replace(
                "%1", str(args.plan_id))), file=sys.stderr)
        return 1
    return 0
