"""Small bar charts for the yearly summary, drawn with matplotlib (Agg) to PNG bytes for Word.

A Chinese font must be named explicitly, or matplotlib draws boxes: the first installed of the usual
Windows and Linux CJK fonts is used.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence

from partyplan.settings import cache_dir

CJK_FONTS = ("Microsoft YaHei", "SimHei", "SimSun", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC",
             "WenQuanYi Zen Hei", "Source Han Sans SC", "PingFang SC")
BAR = "#b22222"
DONE = "#3c8d40"


def keep_font_cache() -> None:
    """In the frozen app, PyInstaller's matplotlib hook points MPLCONFIGDIR at a new temporary folder
    at every start, so matplotlib scanned every installed font again (seconds on an office PC, at the
    first chart of every run). Point it at the user's cache folder instead, before matplotlib loads."""
    if getattr(sys, "frozen", False) and "matplotlib" not in sys.modules:
        folder = cache_dir() / "matplotlib"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # the hook's temporary folder still works, only slower
        os.environ["MPLCONFIGDIR"] = str(folder)


def _pyplot():  # type: ignore[no-untyped-def]
    keep_font_cache()
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    installed = {f.name for f in font_manager.fontManager.ttflist}
    chosen = [name for name in CJK_FONTS if name in installed]
    plt.rcParams["font.sans-serif"] = chosen + ["DejaVu Sans"]
    plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["axes.unicode_minus"] = False
    return plt


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float], *, totals: Sequence[float] | None = None,
              horizontal: bool = False, width_in: float = 6.0, height_in: float = 3.0) -> bytes:
    """Bars for `values`; with `totals`, grey bars behind show the whole (done of total)."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(width_in, height_in), dpi=150)
    positions = range(len(labels))
    draw = axes.barh if horizontal else axes.bar
    if totals is not None:
        draw(positions, totals, color="#dddddd")
    draw(positions, values, color=DONE if totals is not None else BAR)
    if horizontal:
        axes.set_yticks(list(positions), labels)
        axes.invert_yaxis()
    else:
        axes.set_xticks(list(positions), labels)
    axes.set_title(title)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    return buffer.getvalue()
