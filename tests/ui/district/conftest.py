from __future__ import annotations

import pytest

from partyplan.ui import conflicts


class ConflictAnswers:
    """Stands in for the conflict dialog: records each conflict shown and answers it as told."""

    def __init__(self) -> None:
        self.answer = conflicts.CANCEL
        self.shown: list = []  # the ConflictErrors the user was shown
        self.offered_new: list[bool] = []

    def ask(self, _parent, exc, can_save_new: bool = False) -> str:  # type: ignore[no-untyped-def]
        self.shown.append(exc)
        self.offered_new.append(can_save_new)
        return self.answer


@pytest.fixture
def conflict_answers(monkeypatch: pytest.MonkeyPatch, prompt_log) -> ConflictAnswers:  # type: ignore[no-untyped-def]
    answers = ConflictAnswers()
    monkeypatch.setattr(conflicts, "ask", answers.ask)
    return answers
