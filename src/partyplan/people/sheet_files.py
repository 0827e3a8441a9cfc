"""The rows of a .xlsx workbook or a .csv file, before anything is made of them.

What offices hand over is not always what it seems: the first sheet of a workbook may be hidden (an
old copy), a formula's value may never have been saved (a sheet written by another program), a CSV may
be UTF-16 ("Unicode text"), GBK, Big5 or Japanese Shift-JIS, and one unclosed quote mark merges the
rows after it into one cell. A small file may also unpack to a huge sheet. Each case is recognised
here and either read right or refused with its reason; nothing is read as mojibake or silently cut.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from partyplan.errors import MalformedSheetError

SUFFIXES = (".xlsx", ".xlsm", ".csv")
MAX_FILE_BYTES = 20 * 1024 * 1024  # a register of 20,000 people is a few MB
MAX_XML_BYTES = 64 * 1024 * 1024  # a workbook's sheet and shared strings, unpacked
MAX_CELLS = 1_000_000  # cells written in the sheet, empty ones included
MAX_ROWS = 20_000  # rows with anything in them
MAX_COLUMNS = 200  # columns read; a people list has a dozen
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
HEADER_SEARCH_ROWS = 10
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")


@dataclass
class SheetRows:
    rows: list[tuple[int, list[object]]]  # (line as the user sees it, cells), rows with anything in them
    sheet: str = ""  # the worksheet read ("" for a CSV)
    sheets: int = 1  # visible worksheets in the workbook
    encoding: str = ""  # a CSV's encoding, when it is not UTF-8
    unsaved_formulas: set[tuple[int, int]] = field(default_factory=set)  # (line, column): formula, no value
    merged_lines: dict[int, int] = field(default_factory=dict)  # line -> last line an open quote took in


def read_rows(path: Path, is_header: Callable[[list[object]], bool] | None = None) -> SheetRows:
    """MalformedSheetError with reason "unsupported_type", "unreadable", "too_large" (detail: what is
    too large), "encoding" (detail: the encoding found) or "open_quote" (detail: the line).

    `is_header` tells a CSV's header row: the separator is the one that gives one."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise MalformedSheetError(path, "unsupported_type")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise MalformedSheetError(path, "unreadable", str(exc)) from exc
    if size > MAX_FILE_BYTES:
        raise MalformedSheetError(path, "too_large", f"{size // (1024 * 1024)} MB > {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        return _csv_rows(path, is_header) if suffix == ".csv" else _xlsx_rows(path)
    except MalformedSheetError:
        raise
    except Exception as exc:  # a damaged file can fail anywhere in zipfile, the XML parser or openpyxl
        raise MalformedSheetError(path, "unreadable", str(exc) or type(exc).__name__) from exc


def filled(cell: object) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _keep(path: Path, rows: list[tuple[int, list[object]]], line: int, cells: list[object]) -> None:
    if not any(map(filled, cells)):
        return
    if len(rows) >= MAX_ROWS:
        raise MalformedSheetError(path, "too_many_rows", str(MAX_ROWS))
    while cells and cells[-1] is None:
        cells.pop()
    rows.append((line, cells))


# ------------------------------------------------------------------------------------------- xlsx

def _xlsx_rows(path: Path) -> SheetRows:
    """The active worksheet if it is visible, else the first visible one: a hidden first sheet is
    usually an old copy or a lookup list, never the one the user looked at."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        visible = [sheet for sheet in book.worksheets if sheet.sheet_state == "visible"]
        if not visible:
            raise MalformedSheetError(path, "no_visible_sheet")
        active = book.active
        sheet = active if active in visible else visible[0]
        part = getattr(sheet, "_worksheet_path", "")
        has_formulas = _check_parts(path, part)
        result = SheetRows([], sheet=sheet.title, sheets=len(visible))
        sheet.reset_dimensions()  # some programs write a wrong sheet size, which read-only mode would trust
        for line, row in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            if row.count(None) < len(row):  # in C: a million empty rows below the list pass quickly
                _keep(path, result.rows, line, list(row))
    finally:
        book.close()  # read-only mode keeps the file open (and locked on Windows) until closed
    if has_formulas:
        result.unsaved_formulas = _unsaved_formulas(path, sheet.title, result.rows)
        read = {line for line, _ in result.rows}
        if missing := {line for line, _ in result.unsaved_formulas} - read:  # rows of nothing but such formulas
            result.rows = sorted([*result.rows, *((line, []) for line in missing)], key=lambda row: row[0])
    return result


def _check_parts(path: Path, sheet_part: str) -> bool:
    """Refuse a workbook whose sheet unpacks to more than the limits; tell whether it has formulas."""
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        parts = [name for name in (sheet_part.lstrip("/"), "xl/sharedStrings.xml") if name in names]
        # every XML part counts (openpyxl reads styles and the workbook whole); zipfile never unpacks
        # more than a part's declared size, so the declared sizes bound what is read
        unpacked = sum(info.file_size for info in package.infolist() if info.filename.endswith((".xml", ".rels")))
        if unpacked > MAX_XML_BYTES:
            raise MalformedSheetError(path, "too_large", f"{unpacked // (1024 * 1024)} MB of sheet data")
        if not parts or parts[0] != sheet_part.lstrip("/"):
            return False
        cells, formulas, tail = 0, False, b""
        with package.open(parts[0]) as stream:  # counted in chunks: the limit is checked before parsing
            while chunk := stream.read(1 << 20):
                cells += len(_CELL.findall(chunk))  # one may be cut at a chunk's end: a limit need not be exact
                formulas = formulas or bool(_FORMULA.search(tail + chunk))
                tail = chunk[-8:]
                if cells > MAX_CELLS:
                    raise MalformedSheetError(path, "too_large", f"> {MAX_CELLS:,} cells")
        return formulas


def _unsaved_formulas(path: Path, title: str, rows: list[tuple[int, list[object]]]) -> set[tuple[int, int]]:
    """Cells that hold a formula but no saved result (a program wrote the formula and never computed
    it): read as empty, they would import as "not given" without a word."""
    read = dict(rows)
    found: set[tuple[int, int]] = set()
    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        sheet = book[title]
        sheet.reset_dimensions()
        for line, row in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            if row.count(None) == len(row):
                continue
            for column, cell in enumerate(row):
                if isinstance(cell, str) and cell.startswith("="):
                    cells = read.get(line, [])
                    if column >= len(cells) or cells[column] is None:
                        found.add((line, column))
    finally:
        book.close()
    return found


# -------------------------------------------------------------------------------------------- csv

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32-LE's BOM begins like UTF-16-LE's
ENCODING_NAMES = {"utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "utf-32": "UTF-32",
                  "gb18030": "GBK", "big5": "Big5", "cp932": "Shift-JIS"}
_REFUSED = ("cp932",)  # Japanese text: no people list of a Chinese office, and its words are not ours


def _csv_rows(path: Path, is_header: Callable[[list[object]], bool] | None) -> SheetRows:
    raw = path.read_bytes()
    text, encoding = decode(path, raw)
    if encoding in _REFUSED:
        raise MalformedSheetError(path, "encoding", ENCODING_NAMES[encoding])
    delimiter = _delimiter(text, is_header)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    result = SheetRows([], encoding=ENCODING_NAMES.get(encoding, ""))
    start = 1
    try:
        for record in reader:
            if reader.line_num > start and _swallows_rows(record, delimiter):
                result.merged_lines[start] = reader.line_num
            _keep(path, result.rows, start, list(record))
            start = reader.line_num + 1
    except csv.Error as exc:  # a field over csv's limit: an open quote took in the rest of the file
        raise MalformedSheetError(path, "open_quote", str(start)) from exc
    return result


def _delimiter(text: str, is_header: Callable[[list[object]], bool] | None) -> str:
    """Comma, or the ';' of European Excel, or the tab of "Unicode text": the one under which a header
    row appears in the first lines, else the most frequent there (quoted text may hold the others)."""
    sample = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    candidates = sorted(",\t;", key=sample.count, reverse=True)
    if is_header is not None:
        for delimiter in candidates:
            try:
                rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
            except csv.Error:
                continue
            if any(is_header(list(row)) for row in rows):
                return delimiter
    return candidates[0]


def _swallows_rows(record: list[str], delimiter: str) -> bool:
    """A cell holding line breaks followed by more separated fields is rows taken in by a quote mark
    left open, not a note written on two lines."""
    return any("\n" in cell and any(line.count(delimiter) >= 1 for line in cell.split("\n")[1:])
               for cell in record)


def decode(path: Path, raw: bytes) -> tuple[str, str]:
    """The text and its codec. A BOM decides; then UTF-16 recognised by its zero bytes, UTF-8, and the
    Chinese and Japanese double-byte encodings, of which the one whose characters are the common ones
    of its own language wins (any of them decodes the others' bytes into valid, but rare, characters)."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _strict(path, raw, codec), codec
    if codec := _utf16_without_bom(raw):
        return _strict(path, raw, codec), codec
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    scored = []
    for codec in ("gb18030", "big5", "cp932"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        scored.append((_plausibility(text, codec), codec, text))
    if not scored:
        raise MalformedSheetError(path, "encoding", "")
    score, codec, text = max(scored)
    if score < 0.5:
        raise MalformedSheetError(path, "encoding", "")
    return text, codec


def _strict(path: Path, raw: bytes, codec: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise MalformedSheetError(path, "encoding", ENCODING_NAMES.get(codec.removesuffix("-sig"), codec)) from exc


def _utf16_without_bom(raw: bytes) -> str | None:
    """Latin letters, digits and separators in UTF-16 have a zero byte each; Chinese ones rarely do,
    but every CSV has separators and line breaks."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.2 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.2 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _plausibility(text: str, codec: str) -> float:
    """The share of non-ASCII characters that are common in the language of `codec`."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 1.0
    return sum(_common(c, codec) for c in wide) / len(wide)


def _common(character: str, codec: str) -> bool:
    try:
        if codec == "gb18030":  # GB2312: punctuation (rows 1-3) and the 3,755 common characters (16-55)
            lead = character.encode("gb2312")[0]
            return lead in (0xA1, 0xA3) or 0xB0 <= lead <= 0xD7
        if codec == "big5":  # Big5: symbols and the 5,401 frequently used characters
            lead = character.encode("big5")[0]
            return 0xA1 <= lead <= 0xA3 or 0xA4 <= lead <= 0xC6
        if "\u3040" <= character <= "\u30ff":
            return True  # kana; not the half-width ones, which the lead bytes of Big5 and GBK decode to
        lead = character.encode("cp932")[0]
        return lead == 0x81 or 0x88 <= lead <= 0x98  # symbols and JIS level 1 kanji
    except UnicodeEncodeError:
        return False
