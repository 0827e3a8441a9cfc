"""`partyplan report year YYYY --docx OUT` and `partyplan report quarter YYYY-Qn --docx OUT`: the window's
Report > Yearly summary (the year's work summary or a quarter's progress report) without a window."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from partyplan.cli import arguments
from partyplan.cli.running import open_store, saved_language, translate

SECTIONS = ("plans", "duty", "posts", "meetings", "training", "development", "charts", "notes")  # yearly.SECTIONS


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """`partyplan report year YYYY --docx OUT` and `report quarter YYYY-Qn --docx OUT`: Report > Yearly summary."""
    report = sub.add_parser("report", help="the year's work summary or a quarter's progress report, as Word")
    actions = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    whole = actions.add_parser("year", parents=[common], help="the year's work summary")
    whole.add_argument("year", type=arguments.year, metavar="YYYY")
    quarter = actions.add_parser("quarter", parents=[common], help="a quarter's progress report")
    quarter.add_argument("quarter", type=_quarter, metavar="YYYY-Qn")
    for parser in (whole, quarter):
        parser.add_argument("--docx", type=Path, required=True, metavar="OUT", help="the .docx file to write")
        parser.add_argument("--sections", type=_sections, default=list(SECTIONS), metavar="LIST",
                            help=f"the parts to write, comma-separated (default: all of {','.join(SECTIONS)})")
        parser.add_argument("--date", type=arguments.day, default=None, metavar="YYYY-MM-DD",
                            help="the date it is signed with and counted to (default: today)")


def _quarter(text: str) -> tuple[int, int]:
    """"2026-Q3" (or 2026Q3, 2026-q3) -> (2026, 3)."""
    cleaned = text.strip().upper().replace("-", "")
    head, q, number = cleaned.partition("Q")
    try:
        value = (arguments.year(head), int(number))
    except (argparse.ArgumentTypeError, ValueError):
        value = (0, 0)
    if not q or not 1 <= value[1] <= 4:
        raise argparse.ArgumentTypeError(f"not a quarter: {text!r} (use YYYY-Qn, e.g. 2026-Q3)")
    return value


def _sections(text: str) -> list[str]:
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in SECTIONS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"unknown part: {', '.join(unknown) or text!r} "
                                         f"(choose from {','.join(SECTIONS)})")
    return chosen


def run(args: argparse.Namespace) -> int:
    """Written in --lang (else the language the window was last used in); errors (a locked or
    unwritable file) are PartyPlanErrors, worded by `running`."""
    from partyplan import i18n
    from partyplan.reports import summary_data, yearly

    language = i18n.normalize_language(getattr(args, "lang", None) or saved_language())
    if args.report_command == "year":
        period = summary_data.Period(args.year)
    else:
        period = summary_data.Period(*args.quarter)
    today = args.date or dt.date.today()
    db = open_store(args)
    try:
        with db.session() as session:
            summary = summary_data.collect(session, period, today)
    finally:
        db.close()
    yearly.write(summary, args.docx, sections=args.sections, today=today, language=language)  # signed `today`
    print(translate("CliReport", "%1 written to %2.").replace("%1", yearly.title_of(summary, language))
          .replace("%2", str(args.docx)))
    return 0
