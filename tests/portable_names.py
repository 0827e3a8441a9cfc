"""What Windows refuses in a file or folder name, so that no test depends on a name the office's PCs
could not hold (the suite is meant to pass on a Windows runner too). Documented rules: "Naming Files,
Paths, and Namespaces" (learn.microsoft.com): no <>:"/\\|?* or control characters, no reserved device
names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without an extension), no trailing dot or space."""

from __future__ import annotations

import os
import re
from pathlib import Path

FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def why_hostile(name: str) -> str | None:
    """None for a name Windows takes, else the reason it would refuse it."""
    if FORBIDDEN.search(name):
        return f"forbidden character {FORBIDDEN.search(name).group()!r}"  # type: ignore[union-attr]
    if name.split(".")[0].upper().rstrip() in RESERVED:
        return "reserved device name"
    if name.endswith((".", " ")):
        return "ends with a dot or space"
    return None


def hostile_names(folder: Path) -> list[str]:
    """Every name under `folder` Windows would refuse, as paths relative to it."""
    found = []
    for current, dirs, files in os.walk(folder):
        for name in dirs + files:
            reason = why_hostile(name)
            if reason:
                found.append(f"{Path(current, name).relative_to(folder)}: {reason}")
    return found
