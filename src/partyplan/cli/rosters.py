"""`partyplan roster generate|export` and `partyplan dutylog export` on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from partyplan import i18n, office
from partyplan.db.database import Database
from partyplan.rosters import duty_log_export, roster_export, service, setup, solver
from partyplan.rosters.explain import Infeasible
from partyplan.texts import roster_explain
from partyplan.texts import rosters as roster_texts

translate = QCoreApplication.translate


def run(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
    db = open_db(args)
    try:
        if args.command == "dutylog":
            return _export_log(db, args)
        if args.roster_command == "generate":
            return _generate(db, args)
        return _export(db, args)
    finally:
        db.close()


def _generate(db: Database, args: argparse.Namespace) -> int:
    year, month = args.month
    with db.session() as session:
        setup.seed_default_shifts(session)
    try:
        with db.session() as session:
            prepared = service.prepare(session, year, month, time_limit_s=args.time_limit)
    except service.NothingToRoster as exc:
        return _fail(roster_texts.nothing_to_roster(exc.reason))
    except service.TagMissing as exc:
        return _fail(roster_texts.tag_missing(exc.shift, exc.tag, exc.needed, exc.tagged))
    except service.MonthPublished as exc:
        return _fail(translate("CliRosters", "%1-%2 is published (version %3); changes need a new version in the "
                                             "window.").replace("%1", str(exc.year)).replace("%2", f"{exc.month:02d}")
                     .replace("%3", str(exc.version)))
    if prepared.unconfirmed:
        print(translate("CliRosters", "Warning: no confirmed public-holiday data for %1; weekends assumed.")
              .replace("%1", str(year)), file=sys.stderr)
    try:
        solution = solver.solve(prepared.problem)
    except Infeasible as exc:
        shifts = {str(s.id): s.name for s in prepared.shifts}
        return _fail(translate("CliRosters", "No roster meets every rule:") + "\n"
                     + roster_explain.infeasible_text(exc, prepared.names, shifts))
    except solver.TimedOut:
        return _fail(translate("CliRosters", "No roster found within the time limit; try --time-limit 30."))
    with db.session() as session:
        service.store(session, prepared, solution)
        view = service.load_view(session, year, month)
    if args.json:
        print(json.dumps(as_json(view), ensure_ascii=False, indent=2))
    else:
        print(translate("CliRosters", "%1-%2 drawn up: %3 duties; duties per person differ by at most %4.")
              .replace("%1", str(year)).replace("%2", f"{month:02d}")
              .replace("%3", str(sum(len(p) for p in view.cells.values()))).replace("%4", str(view.spread)))
    return 0


def as_json(view) -> dict:  # type: ignore[no-untyped-def, type-arg]
    shifts = {s.id: s.name for s in view.shifts}
    return {
        "month": f"{view.year}-{view.month:02d}",
        "assignments": [{"date": day.isoformat(), "shift": shifts[shift], "people": [p.name for p in people]}
                        for (day, shift), people in sorted(view.cells.items())],
        "fairness": {f.name: {"duties": f.duties, "rest_day": f.rest_day, "holiday": f.holiday}
                     for f in view.fairness},
    }


def _export(db: Database, args: argparse.Namespace) -> int:
    year, month = args.month
    with db.session() as session:
        view = service.load_view(session, year, month)
        office_name = office.office_name(session)
        phone = office.get_setting(session, "duty_phone")
    if view.id is None:
        return _fail(translate("CliRosters", "There is no roster for %1-%2 yet.").replace("%1", str(year))
                     .replace("%2", f"{month:02d}"))
    roster_export.write_xlsx(view, args.xlsx, language=i18n.normalize_language(args.lang), office=office_name,
                             duty_phone=phone)
    print(translate("CliRosters", "Written to %1.").replace("%1", str(args.xlsx)))
    return 0


def _export_log(db: Database, args: argparse.Namespace) -> int:
    year, month = args.month
    with db.session() as session:
        duty_log_export.write_xlsx(session, year, month, args.xlsx, language=i18n.normalize_language(args.lang),
                                   office=office.office_name(session))
    print(translate("CliRosters", "Written to %1.").replace("%1", str(args.xlsx)))
    return 0


def _fail(message: str) -> int:
    print(translate("CliRosters", "Error: %1").replace("%1", message), file=sys.stderr)
    return 1



