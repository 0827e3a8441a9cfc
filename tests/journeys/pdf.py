"""Reading back a PDF the window printed: its pages and their sizes, without a PDF library.

Qt's PDF writer puts each page's /MediaBox in plain text (only the drawing is compressed), which is
all a journey needs: how many pages, and whether they are portrait or landscape. Where poppler's
pdftoppm is installed, `ink_columns` also rasterises a page to see where the ink is.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page, in order."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-"), f"{path} is not a PDF"
    return [(float(w), float(h)) for w, h in MEDIA_BOX.findall(data)]


def landscape(path: Path) -> bool:
    sizes = page_sizes(path)
    assert sizes, f"{path} has no pages"
    return all(w > h for w, h in sizes)


def ink_columns(path: Path, work: Path) -> tuple[float, float] | None:
    """Where the ink starts and ends across the first page, as fractions of its width (None without
    poppler): a centred page has as much white on the left as on the right."""
    if shutil.which("pdftoppm") is None:
        return None
    from PySide6.QtGui import QImage

    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(work / "page")],
                   check=True, capture_output=True, timeout=120)
    image = QImage(str(next(work.glob("page*.png"))))
    dark = [x for x in range(image.width()) for y in range(0, image.height(), 2)
            if image.pixelColor(x, y).lightness() < 128]
    assert dark, "the page is blank"
    return min(dark) / image.width(), max(dark) / image.width()
