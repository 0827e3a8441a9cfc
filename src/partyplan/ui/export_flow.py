"""Exporting to a file, the one way every page does it.

Ask for a name; write the file off the GUI thread (a progress dialog after 300 ms with Cancel, which
leaves no file behind and an existing one as it was); when the target is locked (open in Excel or
Word) or cannot be written, say why and ask again with the same name filled in; then say where the
file went. On a ten-year store some of these files take a second to write, and the window must not
freeze meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from partyplan import texts
from partyplan.errors import PartyPlanError
from partyplan.ui import background, prompts

translate = QCoreApplication.translate


def export_file(parent: QWidget, title: str, suggested: str | Path, file_filter: str, write: Callable[[Path], object],
                *, explain: Callable[[PartyPlanError], str] = texts.error_message, confirm: bool = True,
                written: Callable[[Path], object] | None = None) -> None:
    """Ask for a name and start writing; `written(path)` once the file is in place (not when the user gave
    up or cancelled).

    `write(path)` runs on a worker thread: it must not touch widgets (work out the language and the
    like before), and reads the store through its own session. Its suffix is `suggested`'s."""
    suffix = Path(suggested).suffix
    path = prompts.save_file(parent, title, str(suggested), file_filter)
    if not path:
        return
    if suffix and not path.lower().endswith(suffix.lower()):
        path += suffix

    def done(target: Path) -> None:
        if confirm:
            prompts.info(parent, title, written_text(target))
        if written is not None:
            written(target)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, PartyPlanError):
            raise exc
        prompts.error(parent, title, explain(exc))
        export_file(parent, title, path, file_filter, write, explain=explain, confirm=confirm, written=written)

    background.write_file(parent, title, translate("ExportFlow", "Writing %1...").replace("%1", Path(path).name),
                          Path(path), write, done=done, failed=failed)


def written_text(path: str | Path) -> str:
    return translate("ExportFlow", "Written to %1.").replace("%1", str(path))
