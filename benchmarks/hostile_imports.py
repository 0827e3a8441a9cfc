"""Time and peak memory of the importers on hostile files: small files that unpack or parse into a lot.

Run: ``.venv/bin/python benchmarks/hostile_imports.py [--limit-gb 3] [--timeout 300]``. It writes the
files into a temporary folder, then reads or saves each in a child process of its own (so each peak
is its own), with its address space capped at --limit-gb so that a runaway case stops with a
MemoryError instead of taking the machine. It prints one line per case: the file's size, the
outcome (what was read, or the refusal), the seconds and the peak resident memory.

- sheet-wide: a 200 KB .xlsx of 19,998 people whose rows each carry one cell in the last column (XFD);
- sheet-tall: a 300 KB .xlsx of 60,000 styled empty rows and a name in row 1,048,576;
- docx-paragraphs: a 64 KB .docx of 200,000 short paragraphs;
- docx-one-item: a 46 KB .docx whose 100,000 unnumbered lines all continue one item;
- txt-one-item: a 1 MB .txt (the most a plan may hold) whose 55,000 lines all continue one item;
- plan-save-N: storing a parsed plan of N items (one section) in an empty store; N = 10,000,
  20,000, 40,000 and 110,000 show whether saving grows with the square of the items.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)


def write_xlsx(path: Path, rows_xml: str) -> None:
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f"<sheetData>{rows_xml}</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", ROOT_RELS)
        package.writestr("xl/workbook.xml", WORKBOOK)
        package.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        package.writestr("xl/worksheets/sheet1.xml", sheet)


def header_xml() -> str:
    return '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'


def sheet_wide(path: Path) -> None:
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>张{n}</t></is></c><c r="XFD{n}"><v>1</v></c></row>'
                   for n in range(2, 20_000))
    write_xlsx(path, header_xml() + rows)


def sheet_tall(path: Path) -> None:
    rows = "".join(f'<row r="{n}"><c r="A{n}" s="1"/></row>' for n in range(2, 60_000))
    write_xlsx(path, header_xml() + rows + '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>末行</t></is></c></row>')


def write_docx(path: Path, paragraphs: str) -> None:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode()
                start = text.index("<w:body>") + len("<w:body>")
                data = (text[:start] + paragraphs + text[start:]).encode()
            target.writestr(item.filename, data)


def docx_paragraphs(path: Path) -> None:
    write_docx(path, "".join("<w:p><w:r><w:t>1. 学习</w:t></w:r></w:p>" for _ in range(200_000)))


def docx_one_item(path: Path) -> None:
    head = "<w:p><w:r><w:t>计划</w:t></w:r></w:p><w:p><w:r><w:t>一、学习</w:t></w:r></w:p><w:p><w:r><w:t>1. 读书</w:t></w:r></w:p>"
    write_docx(path, head + "".join("<w:p><w:r><w:t>继续学习</w:t></w:r></w:p>" for _ in range(100_000)))


def txt_one_item(path: Path) -> None:
    path.write_text("计划\n一、学习\n1. 读书\n" + "".join(f"继续学习{n}\n" for n in range(55_000)), encoding="utf-8")


def run_case(case: str, path: str) -> dict[str, object]:
    """In the child: do one case, return what happened."""
    started = time.perf_counter()
    outcome: str
    try:
        if case.startswith("sheet"):
            from partyplan.db.database import open_database
            from partyplan.people.sheet_import import read_people_sheet

            home = Path(tempfile.mkdtemp())
            db = open_database(home / "s.sqlite3", backup_dir=home / "b")
            with db.session() as session:
                preview = read_people_sheet(Path(path), session)
            outcome = f"{len(preview.rows)} rows read"
        elif case.startswith(("docx", "txt")):
            from partyplan.plans.text_import import count_items, parse_plan, read_plan_file

            plan = parse_plan(read_plan_file(Path(path)))
            outcome = f"{sum(count_items(s) for s in plan.sections)} items parsed"
        else:
            from partyplan.db.database import open_database
            from partyplan.plans.importing import store_parsed
            from partyplan.plans.text_import import ParsedItem, ParsedPlan, ParsedSection

            count = int(case.rsplit("-", 1)[1])
            parsed = ParsedPlan("Plan", "", [ParsedSection("一", "Work", items=[
                ParsedItem(str(n), f"Task {n}") for n in range(1, count + 1)])])
            home = Path(tempfile.mkdtemp())
            db = open_database(home / "p.sqlite3", backup_dir=home / "b")
            started = time.perf_counter()
            with db.session() as session:
                store_parsed(session, parsed, 2027)
            outcome = f"{count} items saved"
    except MemoryError:
        outcome = "MemoryError"
    except Exception as exc:  # noqa: BLE001 - a refusal is an outcome to print
        outcome = f"refused: {type(exc).__name__} {getattr(exc, 'reason', '')} {getattr(exc, 'detail', '')}".strip()
    return {"outcome": outcome, "seconds": round(time.perf_counter() - started, 2),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


MAKERS = {"sheet-wide": sheet_wide, "sheet-tall": sheet_tall, "docx-paragraphs": docx_paragraphs,
          "docx-one-item": docx_one_item, "txt-one-item": txt_one_item}
PLAN_SIZES = (10_000, 20_000, 40_000, 110_000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-gb", type=float, default=3.0)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--only", nargs="*", help="case names to run")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        limit = int(args.limit_gb * 1024**3)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        print(json.dumps(run_case(*args.child)))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="hostile-"))
    cases = [*MAKERS, *(f"plan-save-{n}" for n in PLAN_SIZES)]
    for case in cases:
        if args.only and case not in args.only:
            continue
        path = folder / (case + {"sheet": ".xlsx", "docx": ".docx", "txt": ".txt"}.get(case.split("-")[0], ""))
        size = ""
        if case in MAKERS:
            MAKERS[case](path)
            size = f"{path.stat().st_size // 1024} KB"
        command = [sys.executable, __file__, "--limit-gb", str(args.limit_gb), "--child", case, str(path)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout, encoding="utf-8")
            result = json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else {
                "outcome": "crashed: " + done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "crashed"}
        except subprocess.TimeoutExpired:
            result = {"outcome": f"still running after {args.timeout:.0f} s (stopped)"}
        print(f"{case:18} {size:>8}  {result.get('outcome')}  {result.get('seconds', '-')} s  "
              f"{result.get('peak_mb', '-')} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
