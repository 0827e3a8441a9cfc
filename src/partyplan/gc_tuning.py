"""The garbage collector, tuned for the window's start (no Qt here: set before Qt is imported)."""

from __future__ import annotations

import gc


def collect_less_often() -> None:
    """Full garbage collections walk every object the imports made (~130,000); with Python's default
    thresholds they ran a dozen times while a big store loaded, over a second of the start."""
    gc.set_threshold(50_000, 20, 20)
