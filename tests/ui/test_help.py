"""Help > User guide (F1): a short guide to the office's common tasks, in the window's language, shipped
with the app; every button, tab and menu it names in bold is one the window really shows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtTest import QTest

from partyplan.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
NOT_LABELS = {"F1"}  # keys, not words on screen


def screen_words(language: str) -> set[str]:
    """Every label the window can show in `language`, as a sentence names it (no accelerator; %1 as N)."""
    root = ET.parse(ROOT / "resources" / "translations" / "partyplan_zh_CN.ts").getroot()
    words = set()
    for message in root.iter("message"):
        text = message.findtext("source") if language == "en" else message.findtext("translation")
        words.add(re.sub(r"\(&\w\)", "", text or "").replace("&", "").replace("%1", "N"))
    return words


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_label_the_guide_names_is_on_screen(language):
    guide = resource_path("help", f"guide.{language}.md").read_text(encoding="utf-8")
    named = [" ".join(bold.split()) for bold in re.findall(r"\*\*(.+?)\*\*", guide, re.S)]
    assert len(named) > 60, "the guide walks through the common tasks by their buttons"
    words = screen_words(language)
    unknown = [part for bold in named for part in bold.split(" > ") if part not in words | NOT_LABELS]
    assert unknown == []


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_guide_renders_without_stray_markup(qapp, language):
    """Markdown's bold needs a space after "...**" before a Chinese character, or the stars show."""
    document = QTextDocument()
    document.setMarkdown(resource_path("help", f"guide.{language}.md").read_text(encoding="utf-8"))
    assert "**" not in document.toPlainText()
    if language == "zh_CN":  # a line break inside a paragraph reads as a space in the middle of a Chinese phrase
        lines = resource_path("help", "guide.zh_CN.md").read_text(encoding="utf-8").splitlines()
        assert [line for line in lines if line.startswith(" ")] == []


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_f1_opens_the_guide_in_the_windows_language(make_window, database, qtbot, language):
    window = make_window(database, language)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal(), "read beside the work"
    text = dialog.browser.toPlainText()
    heading = "PartyPlan 使用说明" if language == "zh_CN" else "PartyPlan user guide"
    assert text.startswith(heading) and ("每月值班表" if language == "zh_CN" else "The monthly duty roster") in text
    action = window.findChild(QAction, "action_guide")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert action.text().replace("&", "") in ("User guide", "使用说明(U)")
    window.set_language("en" if language == "zh_CN" else "zh_CN")  # follows a live switch
    assert dialog.browser.toPlainText().startswith("PartyPlan user guide" if language == "zh_CN" else "PartyPlan 使用说明")
    action.trigger()
    assert window.help_dialog is dialog, "one guide, brought to the front"
