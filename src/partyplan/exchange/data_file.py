"""The whole store as one JSON file: `partyplan data export` / `partyplan data import`.

Generic over `Base.metadata`: every table and column the models declare is written, in foreign-key
order, so a table another area adds is covered without a change here (docs/data-format.md lists them;
scripts/make_data_format_doc.py regenerates that list from the models).

Import is validate-then-write. The whole file is read and every record checked against the models
(types, lengths, required fields, choices, duplicate keys, references to rows that are not in the
file, a row that is its own parent) and against the rules the forms check (`data_rules`: years,
quarters, phone numbers, resident IDs...) before anything is written; each problem names its record, e.g. `people[12].birth_date`. Only
a file without a single problem is written, in one transaction, and only into an empty store, so an
import either adds the whole file or nothing. On PostgreSQL the id sequences are moved past the
imported ids afterwards. `copy_store` reuses the same path to move a store to another server.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import decimal
import enum
import errno
import functools
import json
import math
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError, StatementError

import partyplan.db.models  # noqa: F401  (every model registers its table on Base.metadata)
from partyplan import __version__
from partyplan.db import schema, text_rules
from partyplan.db.base import Base
from partyplan.db.database import Database
from partyplan.errors import PartyPlanError
from partyplan.exchange import data_rules
from partyplan.files import PRIVATE, atomic_write

FORMAT = "partyplan-data"
FORMAT_VERSION = 1
MAX_BYTES = 1024 * 1024 * 1024  # 1 GB: far above an office's years of records, far below trouble
MAX_PROBLEMS = 1000  # listed in full; beyond that only counted
CHUNK = 1000

# PostgreSQL's limits, the stricter of the two back ends, so a file that validates imports on both.
INT_RANGES = {"SmallInteger": 2**15, "Integer": 2**31, "BigInteger": 2**63}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = r"\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?"
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]" + _TIME)
_DATETIME_TZ = re.compile(r"\d{4}-\d{2}-\d{2}[T ]" + _TIME + r"(Z|[+-]\d{2}:\d{2})?")
_TIME_RE = re.compile(_TIME)
_INDEX = "\0index"  # a converted row's place in the file, for messages; never a column name


@dataclass(frozen=True)
class RecordProblem:
    where: str  # "people[12].birth_date", "tables.foo", "counts.people"
    code: str  # see texts.data_problem
    detail: str = ""  # the limit, the allowed values, the table referred to...

    def __str__(self) -> str:
        return f"{self.where}: {self.code}" + (f" ({self.detail})" if self.detail else "")


@dataclass
class DataFileError(PartyPlanError):
    """reason: "unreadable", "too_large", "not_utf8", "not_json", "not_partyplan", "newer_format",
    "newer_schema", "invalid" (see `problems`), "not_empty" (the target holds data: `detail` names the
    tables), "read_only", "unreadable_store" (a value in the store cannot be read), "write_failed";
    for an export: "disk_full", "cannot_write" (the old file, if any, is kept). Nothing was written."""

    location: str
    reason: str
    detail: str = ""
    problems: tuple[RecordProblem, ...] = ()
    more: int = 0  # problems found beyond the MAX_PROBLEMS listed


@dataclass(frozen=True)
class ValidData:
    """A checked document: Python values per table, in the order they can be inserted."""

    revision: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(len(rows) for rows in self.rows.values())


@dataclass(frozen=True)
class Summary:
    location: str
    tables: int
    rows: int


# ------------------------------------------------------------------------------------------- export


def tables() -> list[Table]:
    """Every table of the models, parents before children; not those that describe the file rather than
    the office's data (`info["data_file"] = False`: the store's identity stays with its file)."""
    return [table for table in Base.metadata.sorted_tables if table.info.get("data_file", True)]


def export_document(conn: Connection, location: str = "") -> dict[str, Any]:
    """The store as a JSON-ready document (see docs/data-format.md)."""
    revision = schema.stored_revision(conn) or schema.HEAD
    data: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        try:
            rows = conn.execute(sa.select(table).order_by(*table.primary_key.columns)).mappings().all()
            data[table.name] = [{c.name: to_json_value(row[c.name]) for c in table.columns} for row in rows]
        except (ValueError, TypeError, LookupError) as exc:  # a stored value the model cannot read back
            raise DataFileError(location, "unreadable_store", f"{table.name}: {exc}") from exc
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": revision,
        "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
        "app_version": __version__,
        "counts": {name: len(rows) for name, rows in data.items()},
        "tables": data,
    }


def write_data_file(db: Database, path: Path) -> Summary:
    """Export into `path` atomically (a failed write leaves no half file); readable by the user only."""
    path = Path(path)
    with snapshot(db) as conn:
        document = export_document(conn, db.display_name)
    with atomic_write(path, ".json", mode=PRIVATE) as temp:  # personal data: 0600, while written too
        try:
            with temp.open("w", encoding="utf-8", newline="\n") as fh:
                for chunk in _dump(document):
                    fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:  # the disk filled up, the stick was pulled out: the old file stays
            reason = "disk_full" if exc.errno == errno.ENOSPC else "cannot_write"
            raise DataFileError(str(path), reason, exc.strerror or str(exc)) from exc
    counts = document["counts"].values()
    return Summary(str(path), sum(1 for n in counts if n), sum(counts))


@contextmanager
def snapshot(db: Database) -> Iterator[Connection]:
    """A connection whose reads all see one moment of the store, even while the app writes to it."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN")  # pysqlite would run each SELECT in its own snapshot
        elif conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        try:
            yield conn
        finally:
            conn.rollback()


def to_json_value(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, (dict, list)):
        return value
    raise TypeError(f"no JSON form for {type(value).__name__}")


def _dump(document: dict[str, Any]) -> Iterator[str]:
    """Readable and diffable: the header first, then one record per line."""
    yield "{\n"
    for key, value in document.items():
        if key != "tables":
            yield f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n"
    yield ' "tables": {'
    for n, (name, rows) in enumerate(document["tables"].items()):
        yield ("," if n else "") + f"\n  {json.dumps(name)}: ["
        for m, row in enumerate(rows):
            yield ("," if m else "") + "\n   " + json.dumps(row, ensure_ascii=False)
        yield "\n  ]" if rows else "]"
    yield "\n }\n}\n"


# ------------------------------------------------------------------------------------------- import


def read_data_file(path: Path, max_bytes: int = MAX_BYTES) -> Any:
    """The parsed JSON of `path`; DataFileError for a file that is missing, too large, not UTF-8 or not JSON."""
    path = Path(path)
    location = str(path)
    try:
        if path.is_dir():
            raise DataFileError(location, "unreadable", "it is a folder")
        size = path.stat().st_size
        if size > max_bytes:
            raise DataFileError(location, "too_large", str(size))
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise DataFileError(location, "unreadable", exc.strerror or str(exc)) from exc
    if len(raw) > max_bytes:
        raise DataFileError(location, "too_large", str(len(raw)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataFileError(location, "not_utf8", f"byte {exc.start}") from exc
    return parse_json(text, location)


def parse_json(text: str, location: str = "") -> Any:
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise DataFileError(location, "not_json", f"line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError as exc:
        raise DataFileError(location, "not_json", "nested too deeply") from exc
    except ValueError as exc:  # NaN/Infinity, or an integer of thousands of digits
        raise DataFileError(location, "not_json", str(exc)) from exc


def validate_document(document: Any, location: str = "") -> ValidData:
    """Check everything; ValidData when there is not a single problem, else DataFileError("invalid")."""
    revision = _check_header(document, location)
    problems = _Problems()
    raw_tables = document.get("tables")
    if not isinstance(raw_tables, dict):
        problems.add("tables", "not_an_object")
        raise problems.error(location)
    known = {table.name: table for table in tables()}
    for name in raw_tables:
        if name not in known:
            problems.add(f"tables.{name}", "unknown_table")
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in known.values():
        value = raw_tables.get(table.name, [])
        if not isinstance(value, list):
            problems.add(table.name, "not_a_list")
            value = []
        rows[table.name] = _convert_table(table, value, problems)
    _check_counts(document.get("counts"), raw_tables, problems)
    for table in known.values():
        _check_unique(table, rows[table.name], problems)
    data_rules.check(rows, problems.add, _INDEX)  # what the forms would have refused
    for table in known.values():
        _check_references(table, rows, problems)
        rows[table.name] = _parents_first(table, rows[table.name], problems)
    if problems:
        raise problems.error(location)
    return ValidData(revision, rows)


def import_data(db: Database, data: ValidData, location: str = "") -> Summary:
    """Write checked data into the empty store `db`, in one transaction: all of it or nothing."""
    if db.read_only:
        raise DataFileError(db.display_name, "read_only")
    try:
        with db.session() as session:
            conn = session.connection()
            ensure_empty(conn, db.display_name)
            for table in tables():
                for run in _runs(data.rows.get(table.name, [])):
                    for start in range(0, len(run), CHUNK):
                        conn.execute(table.insert(), run[start:start + CHUNK])
            if conn.dialect.name == "postgresql":
                reset_sequences(conn)
    except StatementError as exc:  # something the checks did not foresee: rolled back, nothing written
        detail = _first_line(exc.orig) if isinstance(exc, DBAPIError) or exc.orig is not None else type(exc).__name__
        raise DataFileError(location or db.display_name, "write_failed", detail) from exc
    return Summary(db.display_name, sum(1 for rows in data.rows.values() if rows), data.total)


def import_data_file(db: Database, path: Path, max_bytes: int = MAX_BYTES) -> Summary:
    """Read, check and import `path` into the empty store `db`; on any problem nothing is written."""
    location = str(path)
    if db.read_only:
        raise DataFileError(db.display_name, "read_only")
    with db.engine.connect() as conn:
        ensure_empty(conn, db.display_name)  # say so before reading a large file
    data = validate_document(read_data_file(Path(path), max_bytes), location)
    return import_data(db, data, location)


def ensure_empty(conn: Connection, location: str) -> None:
    filled = [t.name for t in tables() if conn.execute(sa.select(sa.literal(1)).select_from(t).limit(1)).first()]
    if filled:
        raise DataFileError(location, "not_empty", ", ".join(filled[:8]) + (", ..." if len(filled) > 8 else ""))


def reset_sequences(conn: Connection) -> None:
    """PostgreSQL: move each serial id's sequence past the largest id, so the next insert does not collide."""
    quote = conn.dialect.identifier_preparer.quote
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or column_kind(pk[0]) != "integer":
            continue
        column = pk[0]
        conn.execute(sa.text(
            f"SELECT setval(pg_get_serial_sequence(:table, :column), COALESCE(MAX({quote(column.name)}), 1), "
            f"MAX({quote(column.name)}) IS NOT NULL) FROM {quote(table.name)}"
        ), {"table": quote(table.name), "column": column.name})


# ----------------------------------------------------------------------------------- column kinds


def column_kind(column: sa.Column[Any]) -> str:
    """How a column's values are written in the file."""
    kind = column.type
    while isinstance(kind, sa.TypeDecorator):
        kind = kind.impl_instance
    for cls, name in _KINDS:
        if isinstance(kind, cls):
            return name
    raise TypeError(f"{column.table.name}.{column.name}: no data-file form for {type(kind).__name__}")


_KINDS: tuple[tuple[type, str], ...] = (
    (sa.Enum, "enum"),
    (sa.Boolean, "boolean"),
    (sa.Integer, "integer"),
    (sa.Float, "float"),
    (sa.Numeric, "decimal"),
    (sa.DateTime, "datetime"),
    (sa.Date, "date"),
    (sa.Time, "time"),
    (sa.LargeBinary, "binary"),
    (sa.JSON, "json"),
    (sa.String, "text"),
)


def int_limit(column: sa.Column[Any]) -> int:
    kind = column.type
    for cls in type(kind).__mro__:
        if cls.__name__ in INT_RANGES:
            return INT_RANGES[cls.__name__]
    return INT_RANGES["Integer"]


def has_default(column: sa.Column[Any]) -> bool:
    return column.default is not None or column.server_default is not None


# ------------------------------------------------------------------------------------------ private


class _Problems:
    def __init__(self) -> None:
        self.items: list[RecordProblem] = []
        self.count = 0

    def add(self, where: str, code: str, detail: str = "") -> None:
        self.count += 1
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(RecordProblem(where, code, detail))

    def __bool__(self) -> bool:
        return self.count > 0

    def error(self, location: str) -> DataFileError:
        return DataFileError(location, "invalid", problems=tuple(self.items), more=self.count - len(self.items))


class _Bad(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code, self.detail = code, detail


def _first_line(error: BaseException | None) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is out of range")
    return value


def _check_header(document: Any, location: str) -> str:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DataFileError(location, "not_partyplan")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DataFileError(location, "not_partyplan", "format_version")
    if version > FORMAT_VERSION:
        raise DataFileError(location, "newer_format", str(version))
    revision = document.get("schema_revision")
    if not isinstance(revision, str):
        raise DataFileError(location, "not_partyplan", "schema_revision")
    if revision != schema.HEAD and revision not in _known_revisions():
        raise DataFileError(location, "newer_schema", revision)
    return revision


@functools.lru_cache(maxsize=1)
def _known_revisions() -> frozenset[str]:
    from partyplan.db import migrate  # Alembic reads the migration scripts: once is enough

    return frozenset(migrate.known_revisions())


def _check_counts(counts: Any, raw_tables: dict[str, Any], problems: _Problems) -> None:
    """The header's counts guard against a file cut short or edited by hand."""
    if counts is None:
        return
    if not isinstance(counts, dict):
        problems.add("counts", "not_an_object")
        return
    for name, said in counts.items():
        rows = raw_tables.get(name, [])
        held = len(rows) if isinstance(rows, list) else 0
        if said != held:
            problems.add(f"counts.{name}", "count_mismatch", f"{said}/{held}")


def _convert_table(table: Table, rows: list[Any], problems: _Problems) -> list[dict[str, Any]]:
    columns = {column.name: column for column in table.columns}
    converters = {name: _CONVERTERS[column_kind(column)] for name, column in columns.items()}
    out = []
    for index, row in enumerate(rows):
        where = f"{table.name}[{index}]"
        if not isinstance(row, dict):
            problems.add(where, "not_an_object")
            continue
        for key in row:
            if key not in columns:
                problems.add(f"{where}.{key}", "unknown_column")
        clean: dict[str, Any] = {}
        for name, column in columns.items():
            if name not in row:
                if not (column.nullable and not column.primary_key) and not has_default(column):
                    problems.add(f"{where}.{name}", "required")
                continue  # the column's default (or NULL) applies, as for a record written by the app
            value = row[name]
            if value is None:
                if not column.nullable or column.primary_key:
                    problems.add(f"{where}.{name}", "required")
                clean[name] = None
                continue
            try:
                clean[name] = converters[name](column, value)
            except _Bad as bad:
                problems.add(f"{where}.{name}", bad.code, bad.detail)
        clean[_INDEX] = index
        out.append(clean)
    return out


def _integer(column: sa.Column[Any], value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Bad("not_integer")
    limit = int_limit(column)
    if not -limit <= value < limit:
        raise _Bad("out_of_range")
    return value


def _float(_column: sa.Column[Any], value: Any) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise _Bad("not_number")
    try:
        result = float(value)
    except OverflowError:
        raise _Bad("out_of_range") from None
    if not math.isfinite(result):
        raise _Bad("out_of_range")
    return result


def _decimal(_column: sa.Column[Any], value: Any) -> decimal.Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise _Bad("not_number")
    try:
        result = decimal.Decimal(str(value))
    except decimal.InvalidOperation:
        raise _Bad("not_number") from None
    if not result.is_finite():
        raise _Bad("out_of_range")
    return result


def _text(column: sa.Column[Any], value: Any) -> str:
    if not isinstance(value, str):
        raise _Bad("not_text")
    length = getattr(column.type, "length", None)
    if length is not None and len(value) > length:
        raise _Bad("too_long", str(length))
    if "\x00" in value:
        raise _Bad("bad_character", "NUL")
    bad = text_rules.has_unstorable(value)  # what the forms strip: a control character, a lone surrogate
    if bad is not None:
        raise _Bad("bad_character", bad)
    return value


def _enum(column: sa.Column[Any], value: Any) -> str:
    allowed = list(column.type.enums)  # type: ignore[attr-defined]
    if not isinstance(value, str) or value not in allowed:
        raise _Bad("bad_choice", ", ".join(allowed))
    return value  # SQLAlchemy's Enum binds the stored string as it is


def _boolean(_column: sa.Column[Any], value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Bad("not_boolean")
    return value


def _parsed(pattern: re.Pattern[str], parse: Callable[[str], Any], code: str, value: Any) -> Any:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise _Bad(code)
    try:
        return parse(value)
    except ValueError:
        raise _Bad(code) from None


def _date(_column: sa.Column[Any], value: Any) -> dt.date:
    return _parsed(_DATE, dt.date.fromisoformat, "not_a_date", value)


def _datetime(column: sa.Column[Any], value: Any) -> dt.datetime:
    pattern = _DATETIME_TZ if getattr(column.type, "timezone", False) else _DATETIME
    return _parsed(pattern, dt.datetime.fromisoformat, "not_a_datetime", value)


def _time(_column: sa.Column[Any], value: Any) -> dt.time:
    return _parsed(_TIME_RE, dt.time.fromisoformat, "not_a_time", value)


def _binary(_column: sa.Column[Any], value: Any) -> bytes:
    if not isinstance(value, str):
        raise _Bad("not_base64")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _Bad("not_base64") from None


def _json(_column: sa.Column[Any], value: Any) -> Any:
    return value


_CONVERTERS: dict[str, Callable[[sa.Column[Any], Any], Any]] = {
    "integer": _integer, "float": _float, "decimal": _decimal, "text": _text, "enum": _enum,
    "boolean": _boolean, "date": _date, "datetime": _datetime, "time": _time, "binary": _binary, "json": _json,
}


def _unique_sets(table: Table) -> list[tuple[tuple[str, ...], tuple[str, Any] | None]]:
    """Each set of columns whose values the table holds once, with the condition of a partial index
    (its `info["where"]`: (column, value); the rule holds only among the rows that have that value)."""
    sets: list[tuple[tuple[str, ...], tuple[str, Any] | None]] = [(tuple(c.name for c in table.primary_key.columns), None)]
    for constraint in table.constraints:
        if isinstance(constraint, sa.UniqueConstraint):
            sets.append((tuple(c.name for c in constraint.columns), None))
    sets += [((c.name,), None) for c in table.columns if c.unique]
    sets += [(tuple(c.name for c in index.columns), index.info.get("where")) for index in table.indexes if index.unique]
    return list(dict.fromkeys(s for s in sets if s[0]))


def _check_unique(table: Table, rows: list[dict[str, Any]], problems: _Problems) -> None:
    for names, where in _unique_sets(table):
        seen: dict[tuple[Any, ...], int] = {}
        for row in rows:
            if where is not None and getattr(row.get(where[0]), "value", row.get(where[0])) != where[1]:
                continue
            key = tuple(row.get(name) for name in names)
            if any(value is None for value in key):
                continue
            first = seen.setdefault(key, row[_INDEX])
            if first != row[_INDEX]:
                problems.add(f"{table.name}[{row[_INDEX]}].{names[0]}", "duplicate_key",
                             f"{table.name}[{first}]")


def _check_references(table: Table, rows: dict[str, list[dict[str, Any]]], problems: _Problems) -> None:
    for fk in table.foreign_key_constraints:
        local = [c.name for c in fk.columns]
        target = fk.referred_table
        remote = [element.column.name for element in fk.elements]
        present = {tuple(row.get(name) for name in remote) for row in rows.get(target.name, [])}
        for row in rows[table.name]:
            key = tuple(row.get(name) for name in local)
            if any(value is None for value in key) or key in present:
                continue
            if any(name not in row for name in local):
                continue  # missing or bad value: already reported
            shown = ",".join(str(v) for v in key)
            problems.add(f"{table.name}[{row[_INDEX]}].{local[0]}", "missing_reference", f"{target.name} {shown}")


def _parents_first(table: Table, rows: list[dict[str, Any]], problems: _Problems) -> list[dict[str, Any]]:
    """A table that refers to itself (sections within sections) is inserted parents first, since the
    foreign key is checked row by row. A cycle cannot be inserted at all and is reported."""
    own = [fk for fk in table.foreign_key_constraints if fk.referred_table is table]
    if not own:
        return [_strip(row) for row in rows]
    pk = [c.name for c in table.primary_key.columns]
    by_key = {tuple(row.get(name) for name in pk): row for row in rows}
    order: list[dict[str, Any]] = []
    state: dict[int, int] = {}  # 1 visiting, 2 done
    for row in rows:
        stack = [(row, False)]
        while stack:
            current, expanded = stack.pop()
            mark = state.get(id(current))
            if expanded:
                state[id(current)] = 2
                order.append(current)
                continue
            if mark == 2:
                continue
            if mark == 1:
                problems.add(f"{table.name}[{current[_INDEX]}]", "circular_reference")
                continue
            state[id(current)] = 1
            stack.append((current, True))
            for fk in own:
                key = tuple(current.get(c.name) for c in fk.columns)
                parent = by_key.get(key) if len(fk.elements) == len(pk) else None
                if parent is current:  # the database would take it; no screen could show it
                    problems.add(f"{table.name}[{current[_INDEX]}].{fk.columns[0].name}", "own_parent")
                elif parent is not None and state.get(id(parent)) != 2:
                    if state.get(id(parent)) == 1:
                        problems.add(f"{table.name}[{current[_INDEX]}]", "circular_reference")
                    else:
                        stack.append((parent, False))
    return [_strip(row) for row in order]


def _strip(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key != _INDEX}


def _runs(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Consecutive rows with the same fields, so an executemany never mixes rows with and without a field
    (a missing field takes the column default) and the insertion order is kept."""
    run: list[dict[str, Any]] = []
    for row in rows:
        if run and row.keys() != run[0].keys():
            yield run
            run = []
        run.append(row)
    if run:
        yield run
