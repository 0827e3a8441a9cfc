"""The command lines of the areas, declared without importing the areas: argparse only, so that
`partyplan --version` and the window's start do not pay for loading every service."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path


def year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1949 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"not a year: {text!r} (use YYYY, e.g. 2026)")
    return value


def posts_parser(sub, common: argparse.ArgumentParser) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    """Add the `posts` command (with its `export` action) to the main parser's subparsers."""
    posts = sub.add_parser("posts", help="volunteer posts: export the year's roster, service hours and visits")
    posts_sub = posts.add_subparsers(dest="posts_command", metavar="ACTION", required=True)
    exp = posts_sub.add_parser("export", parents=[common],
                               help="write the post roster, service hours per person and the visit register "
                                    "of a year to one Excel workbook")
    exp.add_argument("--year", type=year, required=True, help="YYYY")
    exp.add_argument("--xlsx", type=Path, required=True, help="the .xlsx file to write")
    return posts


def meetings_parser(sub, common: argparse.ArgumentParser) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
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
    return meeting


def training_parser(sub, common: argparse.ArgumentParser) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    training = sub.add_parser("training", help="training and commendations: export the year's registers")
    actions = training.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    exp = actions.add_parser("export", parents=[common],
                             help="the year's training register, totals per person and commendations as Excel")
    exp.add_argument("--year", type=year, required=True, help="YYYY")
    exp.add_argument("--xlsx", type=Path, required=True, metavar="OUT")
    return training


def archive_parser(sub, common: argparse.ArgumentParser) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    archive = sub.add_parser("archive", parents=[common],
                             help="write the year's file for binding: plans, rosters, record book, meetings and "
                                  "minutes, registers, summary and an index, in one folder or .zip")
    archive.add_argument("--year", type=year, required=True, help="YYYY")
    archive.add_argument("--out", type=Path, required=True, metavar="DIR",
                         help="the folder to write the archive into (an earlier archive of the year is replaced)")
    archive.add_argument("--zip", action="store_true", help="write one .zip file instead of a folder")
    return archive


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def members_parser(sub, common: argparse.ArgumentParser) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    members = sub.add_parser("members", help="member development: the pipeline, what is due, a year's statistics")
    actions = members.add_subparsers(dest="members_command", metavar="ACTION", required=True)
    pipe = actions.add_parser("pipeline", parents=[common], help="each person's stage and next due date")
    pipe.add_argument("--json", action="store_true")
    pipe.add_argument("--open", action="store_true", help="only files still open")
    todo = actions.add_parser("due", parents=[common], help="what is due or overdue: the leader's to-do list")
    todo.add_argument("--json", action="store_true")
    todo.add_argument("--days", type=int, default=30, help="look this many days ahead (default 30)")
    stats = actions.add_parser("stats", parents=[common], help="a year's statistics against the plans' targets")
    stats.add_argument("--year", type=year, required=True, help="YYYY")
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
    transfers.add_argument("--year", type=year, default=None, help="YYYY (default: every year)")
    transfers.add_argument("--json", action="store_true")
    for parser in (pipe, todo, stats, exp, file, roll, transfers):
        parser.add_argument("--date", type=_day, default=None, help="as on this day, YYYY-MM-DD (default today)")
    return members


def _quarter(text: str) -> tuple[int, int]:
    """"2026-Q3" (or 2026Q3, 2026-q3) -> (2026, 3)."""
    cleaned = text.strip().upper().replace("-", "")
    head, q, number = cleaned.partition("Q")
    try:
        value = (year(head), int(number))
    except (argparse.ArgumentTypeError, ValueError):
        value = (0, 0)
    if not q or not 1 <= value[1] <= 4:
        raise argparse.ArgumentTypeError(f"not a quarter: {text!r} (use YYYY-Qn, e.g. 2026-Q3)")
    return value


REPORT_SECTIONS = ("plans", "duty", "posts", "meetings", "training", "development", "charts", "notes")  # yearly.SECTIONS


def _sections(text: str) -> list[str]:
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in REPORT_SECTIONS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"unknown part: {', '.join(unknown) or text!r} "
                                         f"(choose from {','.join(REPORT_SECTIONS)})")
    return chosen


def report_parser(sub, common: argparse.ArgumentParser) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    """`partyplan report year YYYY --docx OUT` and `report quarter YYYY-Qn --docx OUT`: Report > Yearly summary."""
    report = sub.add_parser("report", help="the year's work summary or a quarter's progress report, as Word")
    actions = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    whole = actions.add_parser("year", parents=[common], help="the year's work summary")
    whole.add_argument("year", type=year, metavar="YYYY")
    quarter = actions.add_parser("quarter", parents=[common], help="a quarter's progress report")
    quarter.add_argument("quarter", type=_quarter, metavar="YYYY-Qn")
    for parser in (whole, quarter):
        parser.add_argument("--docx", type=Path, required=True, metavar="OUT", help="the .docx file to write")
        parser.add_argument("--sections", type=_sections, default=list(REPORT_SECTIONS), metavar="LIST",
                            help=f"the parts to write, comma-separated (default: all of {','.join(REPORT_SECTIONS)})")
        parser.add_argument("--date", type=_day, default=None, metavar="YYYY-MM-DD",
                            help="the date it is signed with and counted to (default: today)")
    return report


def dues_parser(sub, common: argparse.ArgumentParser) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    dues = sub.add_parser("dues", help="party dues: set a member's base, record payments, the unpaid list, the register")
    actions = dues.add_subparsers(dest="dues_command", metavar="ACTION", required=True)
    base = actions.add_parser("base", parents=[common], help="set a member's monthly dues for a year")
    base.add_argument("member", metavar="MEMBER", help="id or name")
    base.add_argument("--year", type=year, required=True, help="YYYY")
    base.add_argument("--category", required=True,
                      choices=("salaried", "self_employed", "retired", "farmer", "low_income", "reduced"))
    base.add_argument("--base", type=_yuan, default=0, metavar="YUAN", help="the monthly income (salaried, ...)")
    base.add_argument("--amount", type=_yuan, default=None, metavar="YUAN", help="a set amount (farmer, reduced)")
    base.add_argument("--from-month", type=int, default=1, metavar="M", help="from this month on (default 1)")
    base.add_argument("--note", default="", help="the approval of a reduced amount")
    pay = actions.add_parser("pay", parents=[common], help="mark members paid for a month at their amounts")
    pay.add_argument("member", nargs="*", metavar="MEMBER", help="ids or names (with --all: everyone who owes)")
    pay.add_argument("--all", action="store_true", help="every member who owes that month")
    pay.add_argument("--year", type=year, required=True, help="YYYY")
    pay.add_argument("--month", type=int, required=True, metavar="M")
    unpaid = actions.add_parser("unpaid", parents=[common], help="who has not paid, up to a month")
    unpaid.add_argument("--year", type=year, required=True, help="YYYY")
    unpaid.add_argument("--through", type=int, default=None, metavar="M", help="up to this month (default: last)")
    unpaid.add_argument("--json", action="store_true")
    register = actions.add_parser("register", parents=[common], help="the year's dues register as Excel")
    register.add_argument("--year", type=year, required=True, help="YYYY")
    register.add_argument("--xlsx", type=Path, required=True, metavar="OUT")
    for parser in (pay, unpaid, register):
        parser.add_argument("--branch", metavar="BRANCH", help="one branch, by id or name")
    for parser in (base, pay, unpaid, register):
        parser.add_argument("--date", type=_day, default=None, help="as on this day, YYYY-MM-DD (default today)")
    return dues


def branches_parser(sub, common: argparse.ArgumentParser) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
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
    check.add_argument("--year", type=year, required=True, help="YYYY")
    check.add_argument("--json", action="store_true")
    terms = actions.add_parser("terms", parents=[common], help="each committee's term and the elections due")
    terms.add_argument("--json", action="store_true")
    for parser in (listing, add, assign, check, terms):
        parser.add_argument("--date", type=_day, default=None, help="as on this day, YYYY-MM-DD (default today)")
    return branches


def _yuan(text: str) -> int:
    """An amount in yuan as typed ("8500", "0.5"), in fen."""
    try:
        value = round(float(text) * 100)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not an amount in yuan: {text!r} (e.g. 8500 or 0.5)")
    return value
