"""Draw the PartyPlan icon with Qt and write resources/icons/partyplan.png and partyplan.ico.

A red rounded square with a white calendar page, a red tick on it and a small gold star: plans and
rosters for a party-branch office. Drawn by code, so it can be changed here and rebuilt:

    .venv/bin/python scripts/make_icon.py

The .ico holds every size Windows asks for (16 to 256 px), each drawn at its own size (not scaled
down from 256) and stored as PNG, which Windows Vista and later read for every size.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
RED_TOP = QColor("#d9261c")
RED_BOTTOM = QColor("#b0141b")
RED_MARK = QColor("#c81d1d")
GOLD = QColor("#ffd23f")
PAGE = QColor("#ffffff")
PAGE_SHADE = QColor("#f1e4e1")


def draw(size: int) -> QImage:
    """The icon at `size` px; the smallest sizes leave out the binder rings and the star."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    small = size <= 24

    # Background: a rounded square with a gentle top-to-bottom gradient.
    gradient = QLinearGradient(0, 0, 0, s)
    gradient.setColorAt(0.0, RED_TOP)
    gradient.setColorAt(1.0, RED_BOTTOM)
    inset = s * 0.03
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(QRectF(inset, inset, s - 2 * inset, s - 2 * inset), s * 0.22, s * 0.22)

    # The calendar page, with a shaded header band.
    page = QRectF(s * 0.21, s * 0.27, s * 0.58, s * 0.54) if not small else QRectF(s * 0.18, s * 0.2, s * 0.64, s * 0.62)
    radius = max(1.0, s * 0.06)
    p.setBrush(PAGE)
    p.drawRoundedRect(page, radius, radius)
    if not small:
        band = QPainterPath()
        band.addRoundedRect(page, radius, radius)
        header = QPainterPath()
        header.addRect(QRectF(page.left(), page.top(), page.width(), page.height() * 0.22))
        p.setBrush(PAGE_SHADE)
        p.drawPath(band.intersected(header))
        # Two binder rings over the top edge.
        ring_w, ring_h = s * 0.06, s * 0.13
        for x in (0.37, 0.63):
            p.setBrush(PAGE)
            p.setPen(QPen(RED_BOTTOM, max(1.0, s * 0.015)))
            p.drawRoundedRect(QRectF(s * x - ring_w / 2, page.top() - ring_h * 0.55, ring_w, ring_h), ring_w / 2, ring_w / 2)
        p.setPen(Qt.PenStyle.NoPen)

    # A red tick on the page.
    pen = QPen(RED_MARK, max(1.6, s * (0.075 if not small else 0.11)))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    top = page.top() + page.height() * (0.22 if not small else 0.0)
    h = page.bottom() - top
    tick = QPainterPath(QPointF(page.left() + page.width() * 0.24, top + h * 0.52))
    tick.lineTo(QPointF(page.left() + page.width() * 0.43, top + h * 0.72))
    tick.lineTo(QPointF(page.left() + page.width() * 0.77, top + h * 0.30))
    p.drawPath(tick)

    # A small gold star in the top-right corner (too fussy below 48 px).
    if size >= 48:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(GOLD)
        p.drawPolygon(star(QPointF(s * 0.80, s * 0.19), s * 0.095))
    p.end()
    return image


def star(center: QPointF, radius: float) -> QPolygonF:
    import math

    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.42
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle)))
    return QPolygonF(points)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO file whose entries are PNG images (ICONDIR, then one ICONDIRENTRY per image)."""
    blobs = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for image, blob in zip(images, blobs):
        w = image.width() if image.width() < 256 else 0  # 0 means 256
        h = image.height() if image.height() < 256 else 0
        entries += struct.pack("<BBBBHHII", w, h, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return header + entries + b"".join(blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (fonts and image plugins)
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "partyplan.png").write_bytes(png_bytes(draw(256)))
    (ICONS / "partyplan.ico").write_bytes(ico_bytes([draw(size) for size in ICO_SIZES]))
    for name in ("partyplan.png", "partyplan.ico"):
        print(f"wrote {ICONS / name} ({(ICONS / name).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
