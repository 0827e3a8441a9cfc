from __future__ import annotations

import pytest

from partyplan import i18n
from partyplan.ui import prompts
from partyplan.ui.main_window import MainWindow
from partyplan.ui.operations import Operations


class PromptLog:
    """Stands in for the modal message boxes: records what the user would have been told."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.warnings: list[str] = []
        self.confirm_answer = True
        self.files: list[str] = []
        self.answers: list[object] = []  # what the date and year pickers are answered (None: Cancel)
        self.offered: list[tuple[object, object, object]] = []  # each picker's (value, earliest, latest)
        self.discard_answer = prompts.DISCARD  # what "Discard your changes?" is answered
        self.discards: list[str] = []  # the titles of the dialogs and pages that asked it
        self.conflicts: list[object] = []  # another PC's saves the user was asked about (answered Cancel)

    def pick(self, _parent, _title: str, _label: str, value, earliest, latest):  # type: ignore[no-untyped-def]
        self.offered.append((value, earliest, latest))
        return self.answers.pop(0) if self.answers else None

    def discard_changes(self, _parent, title: str) -> str:  # type: ignore[no-untyped-def]
        self.discards.append(title)
        return self.discard_answer

    def next_file(self, *_args, **_kwargs) -> str:  # type: ignore[no-untyped-def]
        return self.files.pop(0) if self.files else ""


@pytest.fixture
def prompt_log(monkeypatch: pytest.MonkeyPatch) -> PromptLog:
    log = PromptLog()
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: log.errors.append(text))
    monkeypatch.setattr(prompts, "info", lambda _p, _t, text: log.infos.append(text))
    monkeypatch.setattr(prompts, "warning", lambda _p, _t, text: log.warnings.append(text))
    monkeypatch.setattr(prompts, "confirm", lambda *_a: log.confirm_answer)
    monkeypatch.setattr(prompts, "open_file", log.next_file)
    monkeypatch.setattr(prompts, "save_file", log.next_file)
    monkeypatch.setattr(prompts, "folder", log.next_file)
    monkeypatch.setattr(prompts, "pick_date", log.pick)
    monkeypatch.setattr(prompts, "pick_year", log.pick)
    monkeypatch.setattr(prompts, "discard_changes", log.discard_changes)
    from partyplan.ui import conflicts  # a test that meets a conflict it did not expect fails, never hangs

    monkeypatch.setattr(conflicts, "ask", lambda _p, exc, _new=False: log.conflicts.append(exc) or conflicts.CANCEL)
    return log


@pytest.fixture
def make_window(qtbot, qapp, prompt_log):  # type: ignore[no-untyped-def]
    i18n.install("en")
    windows: list[MainWindow] = []

    def make(database, language: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
        i18n.install(language)
        window = MainWindow(Operations(database), language)
        qtbot.addWidget(window)
        window.resize(1200, 700)
        window.show()
        windows.append(window)
        return window

    yield make
    i18n.install("en")


@pytest.fixture
def window(make_window, database):  # type: ignore[no-untyped-def]
    return make_window(database)
