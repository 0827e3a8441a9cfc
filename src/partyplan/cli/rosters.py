"""`partyplan roster generate|export`: the Duty Rosters tab's solver and sheet on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from partyplan.cli import arguments
from partyplan.cli.running import CommandFailed, open_store, translate

if TYPE_CHECKING:
    from partyplan.db.database import Database


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    roster = sub.add_parser("roster", help="duty rosters: generate a month, export it")
    roster_sub = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    gen = roster_sub.add_parser("generate", parents=[common], help="draw up a month's roster with the solver")
    gen.add_argument("--month", required=True, type=arguments.month, help="YYYY-MM")
    gen.add_argument("--json", action="store_true", help="print the roster and fairness as JSON")
    gen.add_argument("--time-limit", type=float, default=10.0, help="seconds the solver may search (default 10)")
    rexp = roster_sub.add_parser("export", parents=[common], help="export a month's roster to Excel")
    rexp.add_argument("--month", required=True, type=arguments.month)
    rexp.add_argument("--xlsx", type=Path, required=True)


def run(args: argparse.Namespace) -> int:
    db = open_store(args, writes=args.roster_command == "generate")
    try:
        if args.roster_command == "generate":
            return _generate(db, args)
        return _export(db, args)
    finally:
        db.close()


def _generate(db: Database, args: argparse.Namespace) -> int:
    from partyplan.rosters import service, setup, solver
    from partyplan.rosters.explain import Infeasible
    from partyplan.texts import roster_explain
    from partyplan.texts import rosters as roster_texts

    year, month = args.month
    with db.session() as session:
        setup.seed_default_shifts(session)
    try:
        with db.session() as session:
            prepared = service.prepare(session, year, month, time_limit_s=args.time_limit)
    except service.NothingToRoster as exc:
        raise CommandFailed(roster_texts.nothing_to_roster(exc.reason)) from None
    except service.TagMissing as exc:
        raise CommandFailed(roster_texts.tag_missing(exc.shift, exc.tag, exc.needed, exc.tagged)) from None
    except service.MonthPublished as exc:
        raise CommandFailed(translate("CliRosters", "%1-%2 is published (version %3); changes need a new version in "
                                                    "the window.").replace("%1", str(exc.year))
                            .replace("%2", f"{exc.month:02d}").replace("%3", str(exc.version))) from None
    if prepared.unconfirmed:
        print(translate("CliRosters", "Warning: no confirmed public-holiday data for %1; weekends assumed.")
              .replace("%1", str(year)), file=sys.stderr)
    try:
        solution = solver.solve(prepared.problem)
    except Infeasible as exc:
        shifts = {str(s.id): s.name for s in prepared.shifts}
        raise CommandFailed(translate("CliRosters", "No roster meets every rule:") + "\n"
                            + roster_explain.infeasible_text(exc, prepared.names, shifts)) from None
    except solver.TimedOut:
        raise CommandFailed(translate("CliRosters", "No roster found within the time limit; try --time-limit 30.")) from None
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
    from partyplan import i18n, office
    from partyplan.rosters import roster_export, service

    year, month = args.month
    with db.session() as session:
        view = service.load_view(session, year, month)
        office_name = office.office_name(session)
        phone = office.get_setting(session, "duty_phone")
    if view.id is None:
        raise CommandFailed(translate("CliRosters", "There is no roster for %1-%2 yet.").replace("%1", str(year))
                            .replace("%2", f"{month:02d}"))
    roster_export.write_xlsx(view, args.xlsx, language=i18n.normalize_language(args.lang), office=office_name,
                             duty_phone=phone)
    print(translate("CliRosters", "Written to %1.").replace("%1", str(args.xlsx)))
    return 0
