"""`partyplan report year YYYY --docx OUT` and `partyplan report quarter YYYY-Qn --docx OUT`: the window's
Report > Yearly summary (the year's work summary or a quarter's progress report) without a window."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from partyplan import i18n
from partyplan.db.database import Database
from partyplan.reports import summary_data, yearly

translate = QCoreApplication.translate


def run(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
    """Written in --lang (else the language the window was last used in); errors (a locked or
    unwritable file) reach cli.running as PartyPlanError and are explained there."""
    from partyplan.preferences import load_language

    language = i18n.normalize_language(getattr(args, "lang", None) or load_language())
    if args.report_command == "year":
        period = summary_data.Period(args.year)
    else:
        period = summary_data.Period(*args.quarter)
    today = args.date or dt.date.today()
    db = open_db(args)
    try:
        with db.session() as session:
            summary = summary_data.collect(session, period, today)
    finally:
        db.close()
    yearly.write(summary, args.docx, sections=args.sections, today=today, language=language)  # signed `today`
    print(translate("CliReport", "%1 written to %2.").replace("%1", yearly.title_of(summary, language))
          .replace("%2", str(args.docx)))
    return 0
