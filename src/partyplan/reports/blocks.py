"""The yearly report's content as plain blocks (headings, paragraphs, tables, charts), written once and
rendered twice: into the Word document, and into the HTML preview of Report > Yearly summary. The
preview used to be a second copy of the report's sentences, and the two drifted apart."""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from partyplan.reports import official_docx as docx


@dataclass(frozen=True)
class Heading:
    level: int  # 1 or 2; numbered 一、（一） in Chinese, 1. 1.1 in English
    text: str


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Table:
    header: Sequence[str]
    rows: Sequence[Sequence[object]]
    widths_mm: Sequence[float]


@dataclass(frozen=True)
class Chart:
    title: str
    draw: Callable[[], bytes]  # PNG; drawn only for the document, not for the preview


Block = Heading | Text | Table | Chart


def to_docx(doc, blocks: Iterable[Block], numbering: docx.Numbering) -> None:  # type: ignore[no-untyped-def]
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Mm

    for block in blocks:
        if isinstance(block, Heading):
            docx.add_heading(doc, block.level, block.text, numbering=numbering)
        elif isinstance(block, Text):
            paragraph = docx.add_paragraph(doc, block.text)
            if numbering.english:  # justified English spreads its words; Chinese lines stay justified
                paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        elif isinstance(block, Table):
            docx.add_table(doc, block.header, block.rows, block.widths_mm)
        else:  # a picture in a paragraph of its own: the body's exact 28 pt line height would clip it
            doc.add_picture(io.BytesIO(block.draw()), width=Mm(150))
            paragraph = doc.paragraphs[-1]
            paragraph.style = doc.styles["Normal"]
            paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            paragraph.paragraph_format.first_line_indent = Mm(0)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def to_html(blocks: Iterable[Block], numbering: docx.Numbering) -> str:
    """The same words and numbers as the document, numbered the same way, in the HTML Qt shows."""
    e = html.escape
    out = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append(f"<h{block.level + 2}>{e(numbering.next(block.level) + block.text)}</h{block.level + 2}>")
        elif isinstance(block, Text):
            out.append(f"<p>{e(block.text)}</p>")
        elif isinstance(block, Table):
            rows = [block.header, *block.rows]
            out.append("<table border=1 cellspacing=0 cellpadding=3>" + "".join(
                "<tr>" + "".join(f"<td>{e('' if v is None else str(v))}</td>" for v in row) + "</tr>"
                for row in rows) + "</table>")
        else:
            out.append(f"<p><i>[{e(block.title)}]</i></p>")
    return "\n".join(out)
