"""`partyplan members pipeline|due|stats|export|file|roll|transfers`: members on the command line.

`pipeline` lists each file's stage and next due date, `due` the leader's to-do list, `stats` a year's
figures against the plans' targets, `export` the register to Excel, `file` members' development files as
the standard checklist in Word, `roll` the members on a day and who may vote, `transfers` the log.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from partyplan.cli import arguments
from partyplan.cli.running import CommandFailed, open_store, translate

if TYPE_CHECKING:
    from partyplan.development import due, stats
    from partyplan.members import roll, transfers


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    members = sub.add_parser("members", help="member development: the pipeline, what is due, a year's statistics")
    actions = members.add_subparsers(dest="members_command", metavar="ACTION", required=True)
    pipe = actions.add_parser("pipeline", parents=[common], help="each person's stage and next due date")
    pipe.add_argument("--json", action="store_true")
    pipe.add_argument("--open", action="store_true", help="only files still open")
    todo = actions.add_parser("due", parents=[common], help="what is due or overdue: the leader's to-do list")
    todo.add_argument("--json", action="store_true")
    todo.add_argument("--days", type=int, default=30, help="look this many days ahead (default 30)")
    stats = actions.add_parser("stats", parents=[common], help="a year's statistics against the plans' targets")
    stats.add_argument("--year", type=arguments.year, required=True, help="YYYY")
    stats.add_argument("--json", action="store_true")
    exp = actions.add_parser("export", parents=[common], help="the development register as Excel")
    exp.add_argument("--xlsx", type=Path, required=True, metavar="OUT")
    file = actions.add_parser("file", parents=[common],
                              help="a member's development file as the standard checklist, one page each, in Word")
    file.add_argument("member", nargs="*", metavar="MEMBER", help="id or name (default: every open file)")
    file.add_argument("--docx", type=Path, required=True, metavar="OUT")
    roll = actions.add_parser("roll", parents=[common], help="the party members on a day and who may vote")
    roll.add_argument("--branch", metavar="BRANCH", help="one branch, by id or name (default: the whole office)")
    roll.add_argument("--json", action="store_true")
    transfers = actions.add_parser("transfers", parents=[common],
                                   help="transfers in and out and what is awaited (receipts, reports)")
    transfers.add_argument("--year", type=arguments.year, default=None, help="YYYY (default: every year)")
    transfers.add_argument("--json", action="store_true")
    for parser in (pipe, todo, stats, exp, file, roll, transfers):
        parser.add_argument("--date", type=arguments.day, default=None, help="as on this day, YYYY-MM-DD (default today)")


def run(args: argparse.Namespace) -> int:
    from partyplan import i18n
    from partyplan.development import checklist_docx, due, export, stats
    from partyplan.members import roll, transfers
    from partyplan.members.lookup import find_person
    from partyplan.organisations.service import find_org

    today = args.date or dt.date.today()
    db = open_store(args)
    try:
        with db.session() as session:
            if args.members_command == "pipeline":
                return _pipeline(due.pipeline(session, today, include_closed=not args.open), args.json)
            if args.members_command == "due":
                return _due(due.due_list(session, today, args.days), args.json)
            if args.members_command == "stats":
                figures = stats.year_stats(session, args.year, today)
                return _stats(figures, stats.against_targets(session, figures), args.json)
            if args.members_command == "roll":
                branch = find_org(session, args.branch) if args.branch else None
                return _roll(roll.members(session, today, branch), today, args.json)
            if args.members_command == "transfers":
                return _transfers(transfers.list_transfers(session, args.year),
                                  transfers.due_transfers(session, today), args.json)
            language = i18n.normalize_language(getattr(args, "lang", None))
            if args.members_command == "file":
                cases = (checklist_docx.cases_of(session, [find_person(session, m) for m in args.member])
                         if args.member else [r.case_id for r in due.pipeline(session, today, include_closed=False)])
                if not cases:
                    raise CommandFailed(translate("CliMembers", "no development file to print."))
                path = checklist_docx.write_checklist_docx(session, cases, args.docx, language=language, today=today)
            else:
                path = export.write_register_xlsx(session, args.xlsx, language=language, today=today)
    finally:
        db.close()
    print(translate("CliMembers", "Written to %1.").replace("%1", str(path)))
    return 0


def _pipeline(rows: list[due.PipelineRow], as_json: bool) -> int:
    from partyplan.texts import development as words

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
    from partyplan.texts import development as words

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
    from partyplan.db.models import Comparison
    from partyplan.development import stats
    from partyplan.texts import development as words
    from partyplan.texts import plans as plan_texts

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


def _roll(entries: list[roll.RollEntry], today: dt.date, as_json: bool) -> int:
    from partyplan.texts import members as member_words

    if as_json:
        print(json.dumps({"date": today.isoformat(), "members": [{
            "person_id": e.person_id, "name": e.name, "standing": e.standing.value, "votes": e.votes,
            "no_vote": e.no_vote.value if e.no_vote else None, "probation_ends": _iso(e.probation_ends)}
            for e in entries]}, ensure_ascii=False, indent=2))
        return 0
    voters = sum(e.votes for e in entries)
    print(translate("CliMembers", "%1 party members on %2, %3 of them entitled to vote.")
          .replace("%1", str(len(entries))).replace("%2", today.isoformat()).replace("%3", str(voters)))
    for e in entries:
        why = "" if e.votes else member_words.no_vote_label(e.no_vote.value if e.no_vote else "")
        print("\t".join((e.name, member_words.standing_label(e.standing.value), why)).rstrip())
    return 0


def _transfers(rows: list[transfers.TransferRow], owed: list[transfers.TransferDue], as_json: bool) -> int:
    from partyplan.texts import members as member_words

    if as_json:
        print(json.dumps({"transfers": [{
            "id": r.id, "person_id": r.person_id, "name": r.name, "direction": r.direction.value,
            "letter_no": r.letter_no, "issued_on": r.issued_on.isoformat(), "other_org": r.other_org,
            "arrived_on": _iso(r.arrived_on), "receipt_on": _iso(r.receipt_on)} for r in rows],
            "due": [{"transfer_id": d.transfer_id, "name": d.name, "kind": d.kind, "due": d.due.isoformat(),
                     "overdue": d.overdue} for d in owed]}, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print("\t".join((r.issued_on.isoformat(), member_words.direction_label(r.direction), r.name, r.letter_no,
                         r.other_org, _iso(r.receipt_on) or "")).rstrip())
    for d in owed:
        late = translate("CliMembers", "OVERDUE") if d.overdue else ""
        print("\t".join((d.due.isoformat(), d.name, member_words.transfer_due_label(d.kind), late)).rstrip())
    return 0


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None

