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
