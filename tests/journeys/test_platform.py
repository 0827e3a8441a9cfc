"""The journeys run where CI says they run: offscreen, and under a real X server (xvfb-run with
QT_QPA_PLATFORM=xcb), so a journey that passes only without a display cannot pass unnoticed."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication


def test_the_platform_is_the_one_asked_for(qapp):
    assert QGuiApplication.platformName() == os.environ["QT_QPA_PLATFORM"]
