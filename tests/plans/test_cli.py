"""`partyplan plan ...` as another program would call it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "plans"


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "partyplan", *args], capture_output=True, text=True, env=env,
                          timeout=120, encoding="utf-8")


def test_dry_run_json_has_exactly_the_promised_shape(db_location):
    """The real entry point, in a process of its own; the other tests run the same main() in this one."""
    result = run("plan", "import", str(SAMPLES / "district-committee-2019-quarters.txt"), "--year", "2019",
                 "--dry-run", "--json", "--db", db_location, "--lang", "en")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert set(plan) == {"title", "text", "sections", "notes"}
    assert plan["title"] == "2019 District Party Work Plan"
    assert [len(s["items"]) for s in plan["sections"]] == [9, 10, 6, 10]
    assert set(plan["sections"][0]) == {"title", "text", "sections", "items"}
    assert set(plan["sections"][0]["items"][0]) == {"number", "text", "items"}
    assert "2019 District Party Work Plan: 4 sections, 35 items" in result.stderr


def test_dry_run_writes_nothing_and_names_sections_without_items(cli, db_location, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("2027年计划\n一、指导思想\n坚持学习。\n二、任务\n1. 走访。\n", encoding="utf-8")
    result = cli("plan", "import", str(plan), "--year", "2027", "--dry-run", "--db", db_location, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Sections without items, with nothing to track: 一 指导思想",
                                          "2027年计划: 2 sections, 1 items, 0 lines kept as notes."]
    assert json.loads(cli("plan", "list", "--json", "--db", db_location).stdout) == []


def test_import_list_and_export(cli, db_location, tmp_path):
    imported = cli("plan", "import", str(SAMPLES / "zh-community-party-committee-2026.txt"), "--year", "2026",
                   "--db", db_location, "--lang", "en")
    assert imported.returncode == 0, imported.stderr
    assert "4 sections, 13 items" in imported.stdout
    plans = json.loads(cli("plan", "list", "--json", "--db", db_location).stdout)
    assert [(p["year"], p["title"]) for p in plans] == [(2026, "柳北桥社区党委2026年工作计划")]
    docx_out, xlsx_out = tmp_path / "plan.docx", tmp_path / "plan.xlsx"
    exported = cli("plan", "export", str(plans[0]["id"]), "--docx", str(docx_out), "--xlsx", str(xlsx_out),
                   "--db", db_location, "--lang", "zh_CN")
    assert exported.returncode == 0, exported.stderr
    assert Document(docx_out).paragraphs[0].text == "柳北桥社区党委2026年工作计划"
    assert load_workbook(xlsx_out).active.max_row == 2 + 13
    missing = cli("plan", "export", "99", "--docx", str(tmp_path / "x.docx"), "--db", db_location, "--lang", "en")
    assert missing.returncode == 1 and "no plan 99" in missing.stderr


def test_bad_input_is_refused_with_a_reason_and_writes_nothing(cli, db_location, tmp_path):
    big = tmp_path / "huge.txt"
    big.write_text("一、学习\n" + "1. 读书。" * 1_000_000, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    for path, words in ((big, "too large"), (empty, "no text"), (binary, "not a text document")):
        result = cli("plan", "import", str(path), "--year", "2026", "--db", db_location, "--lang", "en")
        assert result.returncode == 1 and path.name in result.stderr and words in result.stderr, result.stderr
    assert json.loads(cli("plan", "list", "--json", "--db", db_location).stdout) == []
