"""The volunteer part of the yearly summary: members per post, service given, households visited."""

from __future__ import annotations

import html
from dataclasses import dataclass

from sqlalchemy.orm import Session

from partyplan.posts import figures, service
from partyplan.reports import official_docx as docx


@dataclass
class PostsPart:
    year: int
    per_post: list[tuple[str, int]]  # post name, members
    figures: figures.YearFigures

    def sentence(self) -> str:
        f = self.figures
        return (f"设立{f.posts}类志愿服务岗位，在岗党员和志愿者{f.members}人；开展服务{f.service_records}次，"
                f"累计服务{f.service_hours:g}小时（折合{f.service_days:.1f}天），{f.target_met}人达到全年服务目标"
                f"（共{f.target_expected}人）；入户走访{f.visits.households}户，群众反映困难{f.visits.difficulties_raised}件，"
                f"解决{f.visits.difficulties_solved}件，尚有{f.visits.open_now}件在跟进。")

    def preview_html(self) -> str:
        rows = "".join(f"<tr><td>{html.escape(n)}</td><td>{m}</td></tr>" for n, m in self.per_post)
        return (f"<h3>{html.escape('志愿岗位与入户走访')}</h3><p>{html.escape(self.sentence())}</p>"
                f"<table border=1 cellspacing=0 cellpadding=3>{rows}</table>")


def collect(session: Session, period) -> PostsPart | None:  # type: ignore[no-untyped-def]
    """None when the office has no volunteer work recorded: the report then leaves the part out."""
    per_post = [(row.name, row.members) for row in service.capacity_status(session)]
    found = figures.year_figures(session, period.year)
    if not found.members and not found.service_records and not found.visits.visits:
        return None
    return PostsPart(period.year, per_post, found)


def write_docx(doc, numbering: docx.Numbering, part: PostsPart) -> None:  # type: ignore[no-untyped-def]
    docx.add_heading(doc, 1, "志愿服务和入户走访情况", numbering=numbering)
    docx.add_paragraph(doc, part.sentence())
    if part.per_post:
        docx.add_table(doc, ["岗位", "在岗人数"], [[n, m] for n, m in part.per_post], [100, 40])
