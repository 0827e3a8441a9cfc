"""`partyplan branches list|add|assign|check|terms`: the party organisations without the window.

`list` prints the organisations with each branch's figures, `add` adds one, `assign` puts members in a
branch or group, `check` runs the 三会一课 check per branch and per group, `terms` lists each committee's
term and the elections due.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING

from partyplan.cli import arguments
from partyplan.cli.running import open_store, translate

if TYPE_CHECKING:
    from partyplan.organisations import overview, sanhui, service, terms


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    branches = sub.add_parser("branches", help="party committee, branches and groups: figures, 三会一课, terms")
    actions = branches.add_subparsers(dest="branches_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="the organisations with each branch's figures")
    listing.add_argument("--json", action="store_true")
    add = actions.add_parser("add", parents=[common], help="add a party committee, general branch, branch or group")
    add.add_argument("kind", choices=("committee", "general_branch", "branch", "group"))
    add.add_argument("name")
    add.add_argument("--parent", metavar="ORG", help="the organisation it stands under, by id or name")
    assign = actions.add_parser("assign", parents=[common], help="put members in a branch or party group")
    assign.add_argument("org", metavar="ORG", help="the branch or group, by id or name")
    assign.add_argument("member", nargs="+", metavar="MEMBER", help="ids or names")
    check = actions.add_parser("check", parents=[common], help="the 三会一课 check per branch and per group")
    check.add_argument("--year", type=arguments.year, required=True, help="YYYY")
    check.add_argument("--json", action="store_true")
    terms = actions.add_parser("terms", parents=[common], help="each committee's term and the elections due")
    terms.add_argument("--json", action="store_true")
    for parser in (listing, add, assign, check, terms):
        parser.add_argument("--date", type=arguments.day, default=None, help="as on this day, YYYY-MM-DD (default today)")


def run(args: argparse.Namespace) -> int:
    from partyplan.db.models import OrgKind
    from partyplan.meetings import types
    from partyplan.members.lookup import find_person
    from partyplan.organisations import overview, sanhui, service, terms

    today = args.date or dt.date.today()
    db = open_store(args)
    try:
        with db.session() as session:
            command = args.branches_command
            if command in ("list", "check") and not types.count_types(session):
                types.seed_default_types(session)  # a store that never opened the Meetings tab
            if command == "list":
                return _list(service.list_orgs(session), overview.branch_figures(session, today), args.json)
            if command == "add":
                parent = service.find_org(session, args.parent) if args.parent else None
                org = service.create_org(session, service.OrgData(OrgKind(args.kind), args.name, parent))
                print(translate("CliBranches", "Added %1 (%2).").replace("%1", args.name).replace("%2", str(org)))
                return 0
            if command == "assign":
                org = service.find_org(session, args.org)
                moved = service.assign(session, [find_person(session, m) for m in args.member], org)
                print(translate("CliBranches", "%1 people now belong to %2.").replace("%1", str(moved))
                      .replace("%2", args.org))
                return 0
            if command == "check":
                return _check(sanhui.check(session, args.year, today), args.json)
            return _terms(terms.list_terms(session), terms.terms_due(session, today), args.json)
    finally:
        db.close()


def _list(orgs: list[service.OrgRow], figures: list[overview.BranchFigures], as_json: bool) -> int:
    from partyplan.texts import organisations as words

    by_branch = {f.org_id: f for f in figures}
    if as_json:
        print(json.dumps([{
            "id": o.id, "kind": o.kind.value, "name": o.name, "parent_id": o.parent_id, "people": o.people,
            **({"figures": _figures(by_branch[o.id])} if o.id in by_branch else {})} for o in orgs]
            + ([{"id": None, "name": "", "figures": _figures(by_branch[None])}] if None in by_branch else []),
            ensure_ascii=False, indent=2))
        return 0
    if not orgs:
        print(translate("CliBranches", "No organisations yet: add one with `partyplan branches add`."))
    for o in orgs:
        line = "  " * o.depth + f"{o.name} ({words.kind_label(o.kind)})"
        f = by_branch.get(o.id)
        if f is not None:
            line += "\t" + translate("CliBranches", "full %1, probationary %2, elsewhere %3; 三会一课 %4 of %5 "
                                                    "held, %6 missing, %7 overdue").replace(
                "%1", str(f.full_members)).replace("%2", str(f.probationary)).replace("%3", str(f.elsewhere)).replace(
                "%4", str(f.sanhui_held)).replace("%5", str(f.sanhui_required)).replace(
                "%6", str(f.sanhui_missing)).replace("%7", str(f.sanhui_overdue))
        print(line)
    return 0


def _figures(f: overview.BranchFigures) -> dict[str, object]:
    return {"full_members": f.full_members, "probationary": f.probationary, "elsewhere": f.elsewhere,
            "groups": f.groups, "sanhui": {"held": f.sanhui_held, "required": f.sanhui_required,
                                           "missing": f.sanhui_missing, "overdue": f.sanhui_overdue},
            "open_files": f.open_files, "files_overdue": f.files_overdue, "followups": f.followups,
            "term_ends": f.term_ends.isoformat() if f.term_ends else None, "election": f.election,
            "dues_unpaid": f.dues_unpaid, "dues_lapsing": f.dues_lapsing}


def _check(report: sanhui.SanhuiReport, as_json: bool) -> int:
    from partyplan.texts import meetings as meeting_words
    from partyplan.texts import organisations as words

    if as_json:
        print(json.dumps({"year": report.year, "today": report.today.isoformat(), "units": [{
            "org_id": u.org_id, "name": u.name, "kind": u.kind.value, "has_committee": u.has_committee,
            "types": {key: _tally(u.tally(key)) for key in dict.fromkeys(s.type_key for s in u.slots)},
            "problems": [{"key": p.type_key, "period": p.period.key, "state": p.state.value} for p in u.problems()]}
            for u in report.units]}, ensure_ascii=False, indent=2))
        return 0
    for u in report.units:
        tally = u.tally()
        print(translate("CliBranches", "%1: %2 of %3 held, %4 missing, %5 overdue.").replace("%1", u.name)
              .replace("%2", str(tally.held)).replace("%3", str(tally.required)).replace("%4", str(tally.missing))
              .replace("%5", str(tally.overdue)))
        for p in u.problems():
            print("\t".join(("", meeting_words.period_label(p.period.kind, p.period.year, p.period.number),
                             words.sanhui_label(p.type_key or ""), meeting_words.state_label(p.state.value))))
    return 0


def _tally(t) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {"held": t.held, "required": t.required, "missing": t.missing, "overdue": t.overdue}


def _terms(rows: list[terms.TermRow], owed: list[terms.TermDue], as_json: bool) -> int:
    from partyplan.texts import organisations as words

    if as_json:
        print(json.dumps({"terms": [{"organisation": r.organisation, "elected_on": r.elected_on.isoformat(),
                                     "years": r.years, "ends_on": r.ends_on.isoformat(),
                                     "extended_until": r.extended_until.isoformat() if r.extended_until else None}
                                    for r in rows],
                          "due": [{"organisation": d.organisation, "kind": d.kind, "ends_on": d.ends_on.isoformat(),
                                   "overdue": d.overdue} for d in owed]}, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print("\t".join((r.organisation, r.elected_on.isoformat(), r.ends_on.isoformat())))
    for d in owed:
        print("\t".join((d.ends_on.isoformat(), d.organisation, words.election_label(d.kind))))
    return 0
