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
    for parser in (pipe, todo, stats, exp):
        parser.add_argument("--date", type=_day, default=None, help="as on this day, YYYY-MM-DD (default today)")
    return members


def day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day: {text!r} (use YYYY-MM-DD, e.g. 2026-11-30)") from None


def audit_parser(sub, common: argparse.ArgumentParser) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    audit = sub.add_parser("audit", help="the audit log: who changed which record, when, from what to what")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    exp = actions.add_parser("export", parents=[common], help="write the log of a period to Excel for an inspector")
    exp.add_argument("--from", dest="start", type=day, required=True, metavar="YYYY-MM-DD")
    exp.add_argument("--to", dest="end", type=day, required=True, metavar="YYYY-MM-DD")
    exp.add_argument("--xlsx", type=Path, required=True, metavar="OUT")
    return audit


def district_parser(sub, common: argparse.ArgumentParser) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    district = sub.add_parser("district", help="a district's offices on one PostgreSQL server (run as its owner)")
    actions = district.add_subparsers(dest="district_command", metavar="ACTION", required=True)
    office = actions.add_parser("add-office", parents=[common],
                                help="create an office's schema, its tables and its staff group role")
    office.add_argument("name", metavar="NAME", help="the office's schema: lower-case letters, digits and _")
    office.add_argument("--title", default="", help="the office's name as people write it")
    user = actions.add_parser("add-user", parents=[common], help="create a staff member's login role in an office")
    user.add_argument("login", metavar="LOGIN")
    user.add_argument("--office", required=True, metavar="NAME")
    user.add_argument("--password-stdin", action="store_true", help="read the new role's password from stdin")
    reader = actions.add_parser("add-reader", parents=[common],
                                help="create a district login role that reads every office")
    reader.add_argument("login", metavar="LOGIN")
    reader.add_argument("--password-stdin", action="store_true", help="read the new role's password from stdin")
    actions.add_parser("offices", parents=[common], help="list the offices")
    actions.add_parser("upgrade", parents=[common], help="upgrade every office's schema (pg_dump first)")
    summary = actions.add_parser("summary", parents=[common],
                                 help="roll up every office's figures for a year into one Excel workbook")
    summary.add_argument("--year", type=year, required=True, metavar="YYYY")
    summary.add_argument("--xlsx", type=Path, required=True, metavar="OUT")
    return district
