"""Plan documents as text: .txt in whatever encoding Chinese offices save it (UTF-8 with or without BOM,
UTF-16/32 with BOM, GB18030/GBK), and .docx with Word's automatic numbering rebuilt, refusing binary,
empty, huge or damaged files with a reason before any parsing starts.

A .docx keeps text where python-docx's paragraph.text does not look: tracked insertions (w:ins),
content controls (w:sdt, also around whole paragraphs and tables), fields (their shown result, not
their code), footnotes and endnotes (in 〔〕 where they are referenced) and text boxes (as lines of
their own). What it leaves out on purpose, tracked deletions, comments, headers and footers, is
counted, so that the preview can say so.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from partyplan.errors import PartyPlanError

TEXT_SUFFIXES = (".txt", ".text", ".md")
DOCX_SUFFIX = ".docx"
_ROMANS = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split()  # Word's upperRoman
DOCX_PACKAGE_FACTOR = 20  # a .docx may carry images: its file may be this many times max_bytes
MAX_PARAGRAPHS = 20_000  # a yearly plan has a few hundred; 200,000 empty ones fit in a 64 KB file
MAX_DOCX_XML_BYTES = 32 * 1024 * 1024  # the document's XML parts, unpacked


@dataclass
class UnreadablePlanError(PartyPlanError):
    """reason: "binary", "empty", "too_large", "unsupported_type", "damaged_docx", or "unreadable"
    (the file system refused: missing file, folder, no permission); `detail` carries the exception
    text, the size or the suffix."""

    path: Path
    reason: str
    detail: str = ""


@dataclass
class PlanText:
    text: str
    left_out: Counter[str] = field(default_factory=Counter)  # "deleted", "comments", "headers": how many


def read_plan_file(path: Path, max_bytes: int = 1_000_000) -> str:
    """The text of a .txt/.text/.md file (UTF-8 with or without BOM, UTF-16/32 with BOM, GB18030/GBK)
    or of a .docx (paragraphs with Word's automatic numbering, and table rows, in document order).

    For a .docx, `max_bytes` limits the text; the file itself may be DOCX_PACKAGE_FACTOR times larger.
    """
    return read_plan_document(path, max_bytes).text


def read_plan_document(path: Path, max_bytes: int = 1_000_000) -> PlanText:
    """As read_plan_file, with what a .docx holds that was left out on purpose."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == DOCX_SUFFIX:
        document = _read_docx(path, max_bytes)
    elif suffix in TEXT_SUFFIXES:
        document = PlanText(_decode(path, _read_bytes(path, max_bytes)))
    else:
        raise UnreadablePlanError(path, "unsupported_type", suffix)
    if not any(clean_line(line) for line in document.text.splitlines()):
        raise UnreadablePlanError(path, "empty")
    return document


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


def _read_docx(path: Path, max_bytes: int) -> PlanText:
    _check_size(path, max_bytes * DOCX_PACKAGE_FACTOR)
    try:
        _check_docx_parts(path)
        result = PlanText("")
        result.text = "\n".join(_DocxText(docx.Document(str(path)), result.left_out).lines())
    except (OSError, UnreadablePlanError) as exc:
        if isinstance(exc, UnreadablePlanError):
            raise
        raise UnreadablePlanError(path, "unreadable", str(exc)) from exc
    except Exception as exc:  # a damaged package fails anywhere in zipfile, lxml or python-docx
        raise UnreadablePlanError(path, "damaged_docx", str(exc) or type(exc).__name__) from exc
    if len(result.text.encode("utf-8")) > max_bytes:
        raise UnreadablePlanError(path, "too_large", str(len(result.text.encode("utf-8"))))
    return result


_PARAGRAPH_TAG = re.compile(rb"<w:p[\s>/]")


def _check_docx_parts(path: Path) -> None:
    """Before python-docx builds a tree of it: the document part's unpacked size, and its paragraphs
    counted in a stream, so that a small file of 200,000 empty paragraphs is refused in a second
    rather than read for minutes."""
    try:
        package = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return  # python-docx says what is wrong with it
    with package:
        try:
            info = package.getinfo("word/document.xml")
        except KeyError:
            return
        # every XML part counts (python-docx parses styles and numbering whole); zipfile never unpacks
        # more than a part's declared size, so the declared sizes bound what is read
        unpacked = sum(item.file_size for item in package.infolist() if item.filename.endswith((".xml", ".rels")))
        if unpacked > MAX_DOCX_XML_BYTES:
            raise UnreadablePlanError(path, "too_large", f"{unpacked // (1024 * 1024)} MB")
        paragraphs, tail = 0, b""
        with package.open(info) as stream:
            while chunk := stream.read(1 << 20):
                paragraphs += len(_PARAGRAPH_TAG.findall(tail + chunk)) - len(_PARAGRAPH_TAG.findall(tail))
                tail = chunk[-6:]
                if paragraphs > MAX_PARAGRAPHS:
                    raise UnreadablePlanError(path, "too_many_paragraphs", str(MAX_PARAGRAPHS))


_W_P, _W_TBL, _W_TR, _W_TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_W_T, _W_TAB, _W_PTAB, _W_BR, _W_CR = qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr")
_W_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")
_W_DEL, _W_MOVE_FROM = qn("w:del"), qn("w:moveFrom")
_W_TXBX = qn("w:txbxContent")
_W_FOOTNOTE_REF, _W_ENDNOTE_REF = qn("w:footnoteReference"), qn("w:endnoteReference")
_W_COMMENT_REF = qn("w:commentReference")
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Elements whose text is not the paragraph's: field codes, properties (and their tracked changes),
# a deleted paragraph mark's run properties.
_NO_TEXT = {qn(f"w:{tag}") for tag in ("instrText", "delInstrText", "pPr", "rPr", "sdtPr", "sdtEndPr", "tblPr",
                                      "trPr", "tcPr", "tblGrid", "sectPr", "delText", "fldData")}


class _DocxText:
    """The document's lines in order. Paragraphs and tables are found inside content controls and
    other wrappers too; within a paragraph, the text of inserted, moved-in, linked, field-result and
    content-control runs is kept, deleted and moved-away text is not (and is counted)."""

    def __init__(self, document: Any, left_out: Counter[str]) -> None:
        self._document = document
        self._numbering = _WordNumbering(document)
        self._left_out = left_out
        self._notes = {**_notes(document, RT.FOOTNOTES, "w:footnote"), **_notes(document, RT.ENDNOTES, "w:endnote")}
        self._count_other_parts()

    def lines(self) -> Iterator[str]:
        yield from self._blocks(self._document.element.body)

    def _blocks(self, parent: Any) -> Iterator[str]:
        for child in parent:
            if child.tag == _W_P:
                paragraph = Paragraph(child, self._document._body)
                if paragraph.style is not None and paragraph.style.name == "Title":
                    yield self._text(child).replace("\n", "")  # a long title broken over two lines is one title
                else:
                    yield self._numbering.label(paragraph) + self._text(child)
                for box in _text_boxes(child):
                    yield from self._blocks(box)
            elif child.tag == _W_TBL:
                yield from self._table(child)
            elif child.tag in (_W_DEL, _W_MOVE_FROM):
                self._left_out["deleted"] += 1
            elif child.tag not in _NO_TEXT and len(child):
                yield from self._blocks(child)  # w:sdt/w:sdtContent, w:customXml, w:ins around blocks

    def _table(self, table: Any) -> Iterator[str]:
        """Each row a line, its cells' texts joined by tabs; a merged cell is written once."""
        for row in table.iter(_W_TR):
            if _inside_other_table(row, table):
                continue
            cells = []
            for cell in row.iter(_W_TC):
                if _inside_other_table(cell, table):
                    continue
                text = " ".join(" ".join(self._blocks(cell)).split())
                if text:
                    cells.append(text)
            if cells:
                yield "\t".join(cells)

    def _text(self, element: Any) -> str:
        parts: list[str] = []
        self._collect(element, parts)
        return "".join(parts)

    def _collect(self, element: Any, parts: list[str]) -> None:
        for child in element:
            tag = child.tag
            if tag == _W_T:
                parts.append(child.text or "")
            elif tag in (_W_TAB, _W_PTAB):
                parts.append("\t")
            elif tag in (_W_BR, _W_CR):
                parts.append("\n")
            elif tag == _W_NO_BREAK_HYPHEN:
                parts.append("-")
            elif tag in (_W_DEL, _W_MOVE_FROM):
                self._left_out["deleted"] += 1
            elif tag in (_W_FOOTNOTE_REF, _W_ENDNOTE_REF):
                if note := self._notes.get((tag, child.get(qn("w:id")))):
                    parts.append(f"〔{note}〕")
            elif tag == _W_COMMENT_REF:
                self._left_out["comments"] += 1
            elif tag in (_W_TXBX, _MC_FALLBACK) or tag in _NO_TEXT:
                continue  # text boxes become lines of their own; a fallback repeats its choice
            elif len(child):
                self._collect(child, parts)  # runs, w:ins, w:moveTo, w:hyperlink, w:sdt, w:fldSimple, ...

    def _count_other_parts(self) -> None:
        for relation in self._document.part.rels.values():
            if relation.reltype in (RT.HEADER, RT.FOOTER) and not relation.is_external:
                text = "".join(t.text or "" for t in relation.target_part.element.iter(_W_T))
                if text.strip():
                    self._left_out["headers"] += 1


def _notes(document: Any, reltype: str, tag: str) -> dict[tuple[str, str | None], str]:
    """Footnote or endnote texts by (reference tag, id); the separator notes (-1, 0) have no text."""
    reference = _W_FOOTNOTE_REF if tag == "w:footnote" else _W_ENDNOTE_REF
    try:
        part = document.part.part_related_by(reltype)
    except KeyError:
        return {}
    element = getattr(part, "element", None)
    if element is None:  # python-docx keeps parts it has no class for as bytes
        from lxml import etree

        element = etree.fromstring(part.blob)
    notes = {}
    for note in element.iter(qn(tag)):
        text = " ".join("".join(t.text or "" for t in p.iter(_W_T)).strip() for p in note.iter(_W_P)).strip()
        if text:
            notes[(reference, note.get(qn("w:id")))] = text
    return notes


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """Text boxes anchored in a paragraph, each once (not again in its compatibility fallback)."""
    for box in paragraph.iter(_W_TXBX):
        ancestor, repeated = box.getparent(), False
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag == _MC_FALLBACK or ancestor.tag == _W_TXBX:
                repeated = True
                break
            ancestor = ancestor.getparent()
        if not repeated:
            yield box


def _inside_other_table(element: Any, table: Any) -> bool:
    """A row or cell of a table nested in one of this table's cells: that table writes it."""
    ancestor = element.getparent()
    while ancestor is not None and ancestor is not table:
        if ancestor.tag == _W_TBL:
            return True
        ancestor = ancestor.getparent()
    return False


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
