"""`partyplan report year|quarter` as a separate process, and every command's output piped into a reader
that stops early (`partyplan meeting check | head`): no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from partyplan.cli import report as report_command
from partyplan.reports import yearly


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def, type-arg]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "partyplan", *args], capture_output="stdout" not in kwargs,
                          text=True, env=env, timeout=180, **kwargs, encoding="utf-8")


@pytest.fixture
def demo_store(demo_database, db_location):  # type: ignore[no-untyped-def]
    return db_location


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(path).paragraphs if p.text.strip()]


def test_report_year_and_quarter_write_the_summary(demo_store, tmp_path):
    year = run("report", "year", "2026", "--docx", str(tmp_path / "year.docx"), "--db", demo_store, "--lang",
               "zh_CN", "--date", "2026-12-28")
    assert year.returncode == 0, year.stderr
    assert "柳北桥社区党委2026年工作总结" in year.stdout and str(tmp_path / "year.docx") in year.stdout
    text = _paragraphs(tmp_path / "year.docx")
    assert text[0] == "柳北桥社区党委2026年工作总结" and text[-1] == "2026年12月28日"
    assert "一、工作计划完成情况" in text and "六、发展党员工作情况" in text
    quarter = run("report", "quarter", "2026-Q3", "--docx", str(tmp_path / "q3.docx"), "--db", demo_store,
                  "--lang", "en", "--sections", "plans,duty")
    assert quarter.returncode == 0, quarter.stderr
    text = _paragraphs(tmp_path / "q3.docx")
    assert text[0] == "柳北桥社区党委: Progress report, Q3 2026" and text[1].startswith("In Q3 2026, ")
    assert "1. Plan results" in text and "2. Staggered-hours duty" in text and "3. Volunteer posts and household visits" not in text


def test_report_refuses_a_bad_quarter_part_or_folder_with_a_message(demo_store, tmp_path):
    bad_quarter = run("report", "quarter", "2026-Q5", "--docx", str(tmp_path / "q.docx"), "--db", demo_store)
    assert bad_quarter.returncode == 2 and "not a quarter: '2026-Q5'" in bad_quarter.stderr
    bad_part = run("report", "year", "2026", "--docx", str(tmp_path / "y.docx"), "--sections", "plans,budget",
                   "--db", demo_store)
    assert bad_part.returncode == 2 and "unknown part: 'budget'" in bad_part.stderr
    missing = run("report", "year", "2026", "--docx", str(tmp_path / "no" / "y.docx"), "--db", demo_store,
                  "--lang", "en")
    assert missing.returncode == 1 and "the folder does not exist" in missing.stderr
    assert "Traceback" not in missing.stderr and not list(tmp_path.glob("*.docx"))


def test_the_command_line_knows_every_part_of_the_report():
    assert report_command.SECTIONS == yearly.SECTIONS


@pytest.mark.parametrize("command", [("meeting", "check", "--year", "2026"), ("plan", "list"),
                                     ("members", "pipeline"), ("--help",)])
def test_output_into_a_closed_pipe_ends_quietly(demo_store, command):
    """The reader is gone before anything is written, as when `head` has had its lines."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        args = [*command] if command == ("--help",) else [*command, "--db", demo_store]
        result = run(*args, stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert result.stderr == "", result.stderr
    assert result.returncode in (0, 1)


def test_meeting_check_into_head_prints_its_first_line(demo_store):
    shell = (f'"{sys.executable}" -m partyplan meeting check --year 2026 --db "{demo_store}" --lang en | head -n 1; '
             'echo "status=${PIPESTATUS[0]}"')
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=180,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), encoding="utf-8")
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[1] in ("status=0", "status=1") and result.stderr == ""
