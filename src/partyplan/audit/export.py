"""The audit log of a period as a workbook an inspector can read, filter and print: one line per write
(time, user, table, record, action), its changes in one cell, `field: old → new` a line each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from sqlalchemy.orm import Session

from partyplan.audit import history
from partyplan.reports import sheets

WORDS = {
    "zh_CN": {"title": "数据修改记录（{} 至 {}）", "sheet": "修改记录", "no": "序号", "at": "时间", "user": "操作人",
              "table": "数据表", "key": "记录编号", "action": "操作", "version": "版本", "changes": "修改内容",
              "actions": {"insert": "新增", "update": "修改", "delete": "删除"}, "none": "（空）"},
    "en": {"title": "Audit log {} to {}", "sheet": "Audit log", "no": "No.", "at": "Time", "user": "User",
           "table": "Table", "key": "Record", "action": "Action", "version": "Version", "changes": "Changes",
           "actions": {"insert": "added", "update": "changed", "delete": "deleted"}, "none": "(empty)"},
}


def write_xlsx(session: Session, start: dt.date, end: dt.date, path: Path, *, language: str = "zh_CN") -> int:
    """Write the log from `start` to `end` (whole days) to `path`, times in this PC's time zone; the number
    of entries written. The file is put in place only when whole."""
    w = WORDS["zh_CN" if language.lower().startswith("zh") else "en"]
    rows = history.between(session, start, end)
    book = Workbook()
    ws = book.active
    ws.title = w["sheet"]
    header = [w["no"], w["at"], w["user"], w["table"], w["key"], w["action"], w["version"], w["changes"]]
    sheets.write_title(ws, w["title"].format(start.isoformat(), end.isoformat()), len(header))
    ws.append(header)
    sheets.style_header_row(ws, 2)
    for n, row in enumerate(rows, start=1):
        changes = "\n".join(f"{c.field}: {_shown(c.old, w)} → {_shown(c.new, w)}" if row.action == "update"
                            else f"{c.field}: {_shown(c.new if row.action == 'insert' else c.old, w)}"
                            for c in row.changes)
        ws.append([n, row.local.strftime("%Y-%m-%d %H:%M:%S"), row.user, row.table, row.key,
                   w["actions"].get(row.action, row.action), row.row_version, changes])
        ws.cell(ws.max_row, 8).alignment = Alignment(wrap_text=True, vertical="top")
    if rows:
        sheets.style_body(ws, 3, ws.max_row)
    sheets.fit_columns(ws, max_width=60)
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:H{max(ws.max_row, 2)}"
    sheets.save_workbook(book, Path(path))
    return len(rows)


def _shown(value: object, w: dict) -> str:  # type: ignore[type-arg]
    return w["none"] if value in (None, "") else str(value)
