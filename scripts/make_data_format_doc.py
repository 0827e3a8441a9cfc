#!/usr/bin/env python3
"""Regenerate the table list of docs/data-format.md from the models (Base.metadata).

    python scripts/make_data_format_doc.py          rewrite the part between the markers
    python scripts/make_data_format_doc.py --check  exit 1 when the document is out of date

Only the part between BEGIN/END markers is written; the explanations around it are by hand.
tests/exchange/test_data_file.py fails while the document is out of date, so a table added to the
models without running this script is noticed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "data-format.md"
BEGIN = "<!-- BEGIN GENERATED TABLES: scripts/make_data_format_doc.py -->"
END = "<!-- END GENERATED TABLES -->"


def tables_markdown() -> str:
    from partyplan.exchange import data_file

    parts = []
    for table in data_file.tables():
        parents = sorted({fk.referred_table.name for fk in table.foreign_key_constraints} - {table.name})
        head = f"### `{table.name}`\n"
        if parents:
            head += "\nAfter: " + ", ".join(f"`{name}`" for name in parents) + ".\n"
        rows = ["| Field | Value in the file | Required | Notes |", "|---|---|---|---|"]
        for column in table.columns:
            rows.append(f"| `{column.name}` | {_kind(data_file, column)} | {_required(data_file, column)} | "
                        f"{_notes(table, column)} |")
        parts.append(head + "\n" + "\n".join(rows) + "\n")
    return "\n".join(parts)


def _kind(data_file: Any, column: Any) -> str:
    kind = data_file.column_kind(column)
    if kind == "text":
        length = getattr(column.type, "length", None)
        return f"text, at most {length} characters" if length else "text"
    if kind == "enum":
        return "one of " + ", ".join(f"`{value}`" for value in column.type.enums)
    if kind == "integer":
        limit = data_file.int_limit(column)
        return f"integer ({-limit} to {limit - 1})"
    return {
        "float": "number",
        "decimal": "decimal number (string or number)",
        "boolean": "`true` or `false`",
        "date": "date `YYYY-MM-DD`",
        "datetime": "date and time `YYYY-MM-DDTHH:MM:SS[.ffffff]`",
        "time": "time `HH:MM[:SS[.ffffff]]`",
        "binary": "base64 text",
        "json": "any JSON value",
    }[kind]


def _required(data_file: Any, column: Any) -> str:
    if column.primary_key or (not column.nullable and not data_file.has_default(column)):
        return "yes"
    if not column.nullable:
        default = column.default.arg if column.default is not None and column.default.is_scalar else None
        if default is not None:
            value = data_file.to_json_value(default)
            return f"no (default `{str(value).lower() if isinstance(value, bool) else value}`)" if value != "" \
                else "no (default empty)"
        return "no (default set by the database)"
    return "no (may be `null`)"


def _notes(table: Any, column: Any) -> str:
    notes = []
    if column.primary_key:
        notes.append("key" if len(table.primary_key.columns) == 1 else "part of the key")
    for fk in column.foreign_keys:
        notes.append(f"refers to `{fk.column.table.name}.{fk.column.name}`")
    for constraint in table.constraints:
        cols = list(getattr(constraint, "columns", []))
        if constraint.__class__.__name__ == "UniqueConstraint" and len(cols) > 1 and cols[0] is column:
            notes.append("unique together with " + ", ".join(f"`{c.name}`" for c in cols[1:]))
    single = [list(c.columns) for c in table.constraints if c.__class__.__name__ == "UniqueConstraint"]
    if column.unique or any(len(cols) == 1 and cols[0] is column for cols in single):
        notes.append("unique")
    return "; ".join(notes)


def render(document: str) -> str:
    if BEGIN not in document or END not in document:
        raise SystemExit(f"{DOC}: the markers {BEGIN!r} and {END!r} are missing")
    head, rest = document.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n\n{tables_markdown()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    current = DOC.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in argv:
        if wanted != current:
            print(f"{DOC} is out of date: run python scripts/make_data_format_doc.py", file=sys.stderr)
            return 1
        return 0
    if wanted != current:
        DOC.write_text(wanted, encoding="utf-8")
        print(f"{DOC} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
