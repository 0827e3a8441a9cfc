"""Help > User guide (F1): the office's common tasks, step by step, in the language the window speaks.

The guide is Markdown under resources/help (guide.zh_CN.md, guide.en.md), shipped in the bundle like
the translations, so it is there on a PC without internet. The window keeps one guide open beside the
work rather than in front of it: it is not modal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from partyplan.resources import resource_path


def guide_text(language: str) -> str:
    """The guide in `language` (zh_CN or en); English for any other."""
    path = resource_path("help", f"guide.{language}.md")
    if not path.exists():
        path = resource_path("help", "guide.en.md")
    return path.read_text(encoding="utf-8")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.browser = QTextBrowser()
        self.browser.setObjectName("user_guide")
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.retranslate()

    def language(self) -> str:
        return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PartyPlan user guide"))
        self.browser.setMarkdown(guide_text(self.language()))
