"""`partyplan members pipeline|due|stats|export`: member development on the command line.

`pipeline` lists each file's stage and next due date, `due` the leader's to-do list, `stats` a year's
figures against the plans' targets, `export` the register to Excel.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from partyplan import cli_args, i18n
from partyplan.db.database import Database
from partyplan.db.models import Comparison
from partyplan.development import due, export, stats
from partyplan.errors import PartyPlanError
from partyplan.texts import development as words
from partyplan.texts import plans as plan_texts

translate = QCoreApplication.translate





def run(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
    today = args.date or dt.date.today()
    db = open_db(args)
    try:
        with db.session() as session:
            if args.members_command == "pipeline":
                return _pipeline(due.pipeline(session, today, include_closed=not args.open), args.json)
            if args.members_command == "due":
                return _due(due.due_list(session, today, args.days), args.json)
            if args.members_command == "stats":
                figures = stats.year_stats(session, args.year, today)
                return _stats(figures, stats.against_targets(session, figures), args.json)
            language = i18n.normalize_language(getattr(args, "lang", None))
            path = export.write_register_xlsx(session, args.xlsx, language=language, today=today)
    except PartyPlanError as exc:
        print(translate("CliMembers", "Error: %1").replace("%1", words.error_message(exc)), file=sys.stderr)
        return 1
    finally:
        db.close()
    print(translate("CliMembers", "Written to %1.").replace("%1", str(path)))
    return 0


def _pipeline(rows: list[due.PipelineRow], as_json: bool) -> int:
    if as_json:
        print(json.dumps([{
            "case_id": r.case_id, "person_id": r.person_id, "name": r.name, "stage": r.stage.value,
            "since": r.since.isoformat(), "next": r.next_kind, "next_due": _iso(r.next_due), "overdue": r.overdue,
            "justified_steps": r.justified,
        } for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        next_text = f"{words.due_label(r.next_kind)} {_iso(r.next_due)}" if r.next_kind else ""
        late = translate("CliMembers", "OVERDUE") if r.overdue else ""
        print("\t".join((r.name, words.stage_label(r.stage), r.since.isoformat(), next_text, late)).rstrip())
    return 0


def _due(items: list[due.DueItem], as_json: bool) -> int:
    if as_json:
        print(json.dumps([{"case_id": i.case_id, "person_id": i.person_id, "name": i.name, "stage": i.stage.value,
                           "kind": i.kind, "due": i.due.isoformat(), "overdue": i.overdue} for i in items],
                         ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(translate("CliMembers", "Nothing is due."))
    for i in items:
        late = translate("CliMembers", "OVERDUE") if i.overdue else ""
        print("\t".join((i.due.isoformat(), i.name, words.due_label(i.kind), late)).rstrip())
    return 0


def _stats(figures: stats.YearStats, lines: list[stats.TargetLine], as_json: bool) -> int:
    if as_json:
        print(json.dumps({
            "year": figures.year, "as_of": figures.as_of.isoformat(), "new_members": figures.new_members,
            "under35": figures.under35, "under35_share": figures.under35_share, "women": figures.women,
            "women_share": figures.women_share, "senior_education": figures.senior_education,
            "senior_education_share": figures.senior_education_share, "by_education": figures.by_education,
            "activists": figures.activists, "targets": figures.targets, "activist_ratio": figures.ratio,
            "plan_targets": [{"source": t.source, "plan": t.plan_title, "indicator": t.indicator,
                              "comparison": t.comparison, "target": t.target_value, "unit": t.unit,
                              "actual": t.actual, "met": t.met} for t in lines],
        }, ensure_ascii=False, indent=2))
        return 0
    print(translate("CliMembers", "Member development %1 (activists and targets counted on %2)")
          .replace("%1", str(figures.year)).replace("%2", figures.as_of.isoformat()))
    targets = {t.source: t for t in lines}
    for source in stats.SOURCES:
        value = figures.value(source)
        shown = "—" if value is None else words.number(value)
        target = targets.get(source)
        aim = "" if target is None else "\t" + translate("CliMembers", "target: %1 %2").replace(
            "%1", plan_texts.comparison_label(Comparison(target.comparison))).replace(
            "%2", words.number(target.target_value))
        print(f"{words.stat_label(source)}\t{shown}{aim}")
    return 0


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


add_parser = cli_args.members_parser  # the declaration lives in cli_args, cheap to import
