"""What a page of the window hands to File > Print (kept apart from the printing code, so a page can say
what it would print without loading Qt's print support at start)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PrintJob:
    title: str  # the dialogs' title and the printed document's name
    html: str
    landscape: bool
    one_page: bool  # True: scaled to one sheet (a posted roster); False: as many pages as it takes
