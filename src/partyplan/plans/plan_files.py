"""Plan documents as text: .txt in whatever encoding Chinese offices save it (UTF-8 with or without BOM,
UTF-16/32 with BOM, GB18030/GBK), and .docx with Word's automatic numbering rebuilt, refusing binary,
empty, huge or damaged files with a reason before any parsing starts."""

from __future__ import annotations

import codecs
import unicodedata
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from partyplan.errors import PartyPlanError

TEXT_SUFFIXES = (".txt", ".text", ".md")
DOCX_SUFFIX = ".docx"
_ROMANS = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split()  # Word's upperRoman
DOCX_PACKAGE_FACTOR = 20  # a .docx may carry images: its file may be this many times max_bytes


@dataclass
class UnreadablePlanError(PartyPlanError):
    """reason: "binary", "empty", "too_large", "unsupported_type", "damaged_docx", or "unreadable"
    (the file system refused: missing file, folder, no permission); `detail` carries the exception
    text, the size or the suffix."""

    path: Path
    reason: str
    detail: str = ""


def read_plan_file(path: Path, max_bytes: int = 1_000_000) -> str:
    """The text of a .txt/.text/.md file (UTF-8 with or without BOM, UTF-16/32 with BOM, GB18030/GBK)
    or of a .docx (paragraphs with Word's automatic numbering, and table rows, in document order).

    For a .docx, `max_bytes` limits the text; the file itself may be DOCX_PACKAGE_FACTOR times larger.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == DOCX_SUFFIX:
        text = _read_docx(path, max_bytes)
    elif suffix in TEXT_SUFFIXES:
        text = _decode(path, _read_bytes(path, max_bytes))
    else:
        raise UnreadablePlanError(path, "unsupported_type", suffix)
    if not any(clean_line(line) for line in text.splitlines()):
        raise UnreadablePlanError(path, "empty")
    return text


def clean_line(line: str) -> str:
    """A line without the BOM and zero-width spaces copied from web pages."""
    return line.replace("\ufeff", "").replace("\u200b", "").strip()


# --------------------------------------------------------------------------------- reading files

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)  # UTF-32-LE's BOM begins with UTF-16-LE's: test it first
_ALLOWED_CONTROLS = "\t\n\r\f\v\x1a"  # \x1a: the end-of-file mark old DOS editors leave


def _read_bytes(path: Path, limit: int) -> bytes:
    _check_size(path, limit)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UnreadablePlanError(path, "unreadable", str(exc)) from exc
    if len(data) > limit:  # the file grew since stat
        raise UnreadablePlanError(path, "too_large", str(len(data)))
    return data


def _check_size(path: Path, limit: int) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadablePlanError(path, "unreadable", str(exc)) from exc
    if size > limit:
        raise UnreadablePlanError(path, "too_large", str(size))


def _decode(path: Path, data: bytes) -> str:
    """A BOM names the encoding; otherwise UTF-8, then GB18030 (a superset of GBK, what Notepad on a
    Chinese Windows saves as "ANSI"). NUL bytes without a BOM mean the file is not text."""
    codec = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if codec is None and b"\x00" in data:
        raise UnreadablePlanError(path, "binary")
    for name in (codec,) if codec else ("utf-8", "gb18030"):
        try:
            text = data.decode(name)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UnreadablePlanError(path, "binary")
    if _looks_binary(text):
        raise UnreadablePlanError(path, "binary")
    return text


def _looks_binary(text: str) -> bool:
    """Bytes that decode by chance (GB18030 accepts much) still show control characters."""
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS)
    return controls > max(2, len(text) // 200)


def _read_docx(path: Path, max_bytes: int) -> str:
    _check_size(path, max_bytes * DOCX_PACKAGE_FACTOR)
    try:
        text = "\n".join(_docx_lines(docx.Document(str(path))))
    except OSError as exc:
        raise UnreadablePlanError(path, "unreadable", str(exc)) from exc
    except Exception as exc:  # a damaged package fails anywhere in zipfile, lxml or python-docx
        raise UnreadablePlanError(path, "damaged_docx", str(exc) or type(exc).__name__) from exc
    if len(text.encode("utf-8")) > max_bytes:
        raise UnreadablePlanError(path, "too_large", str(len(text.encode("utf-8"))))
    return text


def _docx_lines(document: Any) -> Iterator[str]:
    """Paragraphs and table rows in document order; a row's cells are joined by tabs."""
    numbering = _WordNumbering(document)
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_lines(block)
        elif block.style is not None and block.style.name == "Title":
            yield block.text.replace("\n", "")  # a long title broken over two lines is one title
        else:
            yield numbering.label(block) + block.text


def _table_lines(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                continue
            seen.add(id(cell._tc))
            if text := " ".join(cell.text.split()):
                cells.append(text)
        if cells:
            yield "\t".join(cells)


class _WordNumbering:
    """Word's automatic numbering ("一、", "1.", "（1）") is not part of a paragraph's text. Rebuild it,
    or every heading of a plan typed with Word's numbering button would lose its number and the plan
    its structure. Counters are kept per list definition, as Word continues a list across numIds."""

    def __init__(self, document: Any) -> None:
        self._lists: dict[str, tuple[str, dict[int, tuple[str, str, int]]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.part_related_by(RT.NUMBERING).element
        except KeyError:
            return
        levels = {a.get(qn("w:abstractNumId")): _list_levels(a) for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            abstract = num.find(qn("w:abstractNumId"))
            if abstract is not None and abstract.get(qn("w:val")) in levels:
                key = abstract.get(qn("w:val"))
                self._lists[num.get(qn("w:numId"))] = (key, levels[key])

    def label(self, paragraph: Paragraph) -> str:
        num_id, level = _paragraph_numbering(paragraph)
        if num_id not in self._lists:
            return ""
        key, levels = self._lists[num_id]
        if level not in levels:
            return ""
        counters = self._counters.setdefault(key, {})
        counters[level] = counters.get(level, levels[level][2] - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > level]:
            del counters[deeper]
        fmt, pattern, _ = levels[level]
        if fmt in ("bullet", "none"):
            return ""

        def render(match: re.Match[str]) -> str:
            at = int(match[1]) - 1
            at_fmt, _, at_start = levels.get(at, ("decimal", "", 1))
            return _format_number(counters.get(at, at_start), at_fmt)

        return re.sub(r"%(\d)", render, pattern) + " "


def _list_levels(abstract: Any) -> dict[int, tuple[str, str, int]]:
    levels = {}
    for lvl in abstract.findall(qn("w:lvl")):
        values = {tag: lvl.find(qn(f"w:{tag}")) for tag in ("numFmt", "lvlText", "start")}
        fmt, text, start = (None if e is None else e.get(qn("w:val")) for e in values.values())
        levels[int(lvl.get(qn("w:ilvl"), "0"))] = (fmt or "decimal", text or "", int(start or 1))
    return levels


def _paragraph_numbering(paragraph: Paragraph) -> tuple[str | None, int]:
    """The paragraph's own numbering, else its style's ("List Number")."""
    for element in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = None if element is None else element.pPr
        num_pr = None if ppr is None else ppr.numPr
        if num_pr is not None and num_pr.numId is not None:
            level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return str(num_pr.numId.val), int(level)
    return None, 0


def _format_number(value: int, fmt: str) -> str:
    if fmt.startswith(("chinese", "ideographDigital", "taiwanese", "japanese")):
        return _chinese_numeral(value)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= value <= 20:
        return chr(0x2460 + value - 1)
    if fmt in ("upperRoman", "lowerRoman") and 1 <= value <= len(_ROMANS):
        roman = _ROMANS[value - 1]
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and 1 <= value <= 26:
        return chr((0x41 if fmt == "upperLetter" else 0x61) + value - 1)
    return str(value)


def _chinese_numeral(value: int) -> str:
    digits = "零一二三四五六七八九"
    if not 0 < value < 100:
        return str(value)
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else "十" if tens == 1 else digits[tens] + "十"
    return head + (digits[ones] if ones else "")
