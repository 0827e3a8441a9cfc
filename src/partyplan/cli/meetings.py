"""`partyplan meeting minutes|register|check`: the Meetings tab's papers and cadence check without a window."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from partyplan.cli.running import CommandFailed, open_store, translate

if TYPE_CHECKING:
    from partyplan.db.database import Database
    from partyplan.meetings import cadence


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    meeting = sub.add_parser("meeting", help="meetings: minutes, the year's register, the cadence check")
    actions = meeting.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)
    minutes = actions.add_parser("minutes", parents=[common], help="write a held meeting's minutes as Word")
    minutes.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    minutes.add_argument("--docx", type=Path, required=True, metavar="OUT")
    register = actions.add_parser("register", parents=[common], help="write the year's meeting register to Excel")
    register.add_argument("--year", type=int, required=True, metavar="YYYY")
    register.add_argument("--xlsx", type=Path, required=True, metavar="OUT")
    check = actions.add_parser("check", parents=[common], help="list the required meetings missing or overdue")
    check.add_argument("--year", type=int, required=True, metavar="YYYY")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.add_argument("--today", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                       help="the day to check as of (default: today)")


def run(args: argparse.Namespace) -> int:
    from partyplan.meetings import types

    db = open_store(args)
    try:
        with db.session() as session:
            if not types.count_types(session):
                types.seed_default_types(session)  # a store that never opened the Meetings tab
        if args.meeting_command == "minutes":
            return _minutes(db, args)
        if args.meeting_command == "register":
            return _register(db, args)
        return _check(db, args)
    finally:
        db.close()


def _language(args: argparse.Namespace) -> str:
    from partyplan import i18n
    from partyplan.texts import meetings as words

    return i18n.normalize_language(getattr(args, "lang", None) or ("zh_CN" if words.chinese() else "en"))


def _minutes(db: Database, args: argparse.Namespace) -> int:
    from partyplan.db.models import MeetingStatus
    from partyplan.meetings import export, service

    with db.session() as session:
        if service.load_meeting(session, args.meeting_id).row.status is not MeetingStatus.HELD:
            raise CommandFailed(translate("CliMeetings", "meeting %1 is not recorded as held yet; record it first.")
                                .replace("%1", str(args.meeting_id)))
        export.write_minutes_docx(session, args.meeting_id, args.docx, language=_language(args))
    print(translate("CliMeetings", "Written to %1.").replace("%1", str(args.docx)))
    return 0


def _register(db: Database, args: argparse.Namespace) -> int:
    from partyplan.meetings import export

    with db.session() as session:
        export.write_register_xlsx(session, args.year, args.xlsx, language=_language(args))
    print(translate("CliMeetings", "Written to %1.").replace("%1", str(args.xlsx)))
    return 0


def _check(db: Database, args: argparse.Namespace) -> int:
    from partyplan.meetings import cadence
    from partyplan.texts import meetings as words

    today = args.today or dt.date.today()
    with db.session() as session:
        report = cadence.check(session, args.year, today)
    if args.json:
        print(json.dumps(to_json(report), ensure_ascii=False, indent=2))
        return 0
    problems = report.problems()
    held = sum(s.state is cadence.SlotState.HELD for s in report.slots)
    print(translate("CliMeetings", "%1: %2 of %3 required meetings held; %4 missing or overdue (as of %5).")
          .replace("%1", str(args.year)).replace("%2", str(held)).replace("%3", str(len(report.slots)))
          .replace("%4", str(len(problems))).replace("%5", today.isoformat()))
    for slot in problems:
        period = words.period_label(slot.period.kind, slot.period.year, slot.period.number)
        planned = (translate("CliMeetings", "planned %1, meeting %2").replace("%1", slot.planned_on.isoformat())
                   .replace("%2", str(slot.meeting_id)) if slot.planned_on and slot.meeting_id
                   else translate("CliMeetings", "none planned"))
        print(f"{period}\t{words.state_label(slot.state.value)}\t{words.type_name(slot.type_name, slot.type_name_en)}"
              f"\t{planned}")
    return 0


def to_json(report: cadence.CadenceReport) -> dict[str, object]:
    """The check as data: every problem, and held/required per type for each quarter and the year."""
    summary = []
    for type_id in report.type_ids():
        first = next(s for s in report.slots if s.type_id == type_id)
        quarters = {f"Q{q}": _tally(report.tally(type_id, q)) for q in range(1, 5)}
        summary.append({"type_id": type_id, "key": first.type_key, "name": first.type_name,
                        "name_en": first.type_name_en, "cadence": first.cadence.value, **quarters,
                        "year": _tally(report.tally(type_id))})
    problems = [{"type_id": s.type_id, "key": s.type_key, "name": s.type_name, "name_en": s.type_name_en,
                 "period": s.period.key, "kind": s.period.kind, "quarter": s.period.quarter,
                 "start": s.period.start.isoformat(), "end": s.period.end.isoformat(), "state": s.state.value,
                 "meeting_id": s.meeting_id, "planned_on": s.planned_on.isoformat() if s.planned_on else None}
                for s in report.problems()]
    return {"year": report.year, "today": report.today.isoformat(), "problems": problems, "types": summary}


def _tally(tally: cadence.Tally) -> dict[str, int]:
    return {"held": tally.held, "required": tally.required, "missing": tally.missing, "overdue": tally.overdue}
