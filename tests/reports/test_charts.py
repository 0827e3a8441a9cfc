"""The yearly summary's charts: the frozen app keeps matplotlib's font list between runs."""

from __future__ import annotations

import sys

from partyplan.reports import charts


def test_frozen_app_keeps_the_font_cache_in_the_users_cache_folder(tmp_path, monkeypatch):
    hook_folder = tmp_path / "_MEI12345" / "mplconfig"  # what PyInstaller's runtime hook sets at every start
    monkeypatch.setenv("MPLCONFIGDIR", str(hook_folder))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delitem(sys.modules, "matplotlib", raising=False)  # as before the first chart of a run
    charts.keep_font_cache()
    folder = tmp_path / "home" / "cache" / "matplotlib"
    assert folder.is_dir() and charts.os.environ["MPLCONFIGDIR"] == str(folder)


def test_source_installs_leave_matplotlib_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mine"))
    monkeypatch.delattr(sys, "frozen", raising=False)
    charts.keep_font_cache()
    assert charts.os.environ["MPLCONFIGDIR"] == str(tmp_path / "mine")


def test_a_chart_is_a_png():
    png = charts.bar_chart("发展党员", ["一季度", "二季度"], [1, 2])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 1000
